/*
 * Per-school indicators and the school rule (src/evaluate/resource.c),
 * against values worked out by hand from SPEC §2.1-§2.3 for the
 * cn-2017-compulsory profile:
 *
 *   indicator (i)                     basis    scale  primary  junior
 *   0 qualified_teachers_per100       section  100    4.2      5.3
 *   1 backbone_teachers_per100        section  100    1.0      1.0
 *   2 pe_art_teachers_per100          section  100    0.9      0.9
 *   3 teaching_room_area_per_student  shared   1      4.5      5.8
 *   4 sports_area_per_student         shared   1      7.5      10.2
 *   5 equipment_value_per_student     shared   1      2000     2500
 *   6 multimedia_classrooms_per100    shared   100    2.3      2.4
 *
 * A school passes (SPEC §2.2) when at least 6 indicators meet the
 * standard and every unmet one is at least 0.85 of it.  Split weights
 * (SPEC §2.3): nine-year primary:junior = 1:1.1, complete secondary
 * junior:senior = 1:1.2.
 *
 * Linked from the library's objects to read the report's school results.
 * The schools are evaluated as one county whose rows follow each other,
 * and again as counties whose rows interleave (rows found through the
 * county index), the second time with more schools than one chunk of
 * resource.c takes, so that a school's sections straddle chunks.
 */
#include <check.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#include "evaluate/report.h"

static const char header[] =
	"school_id,county_id,type,students_primary,students_junior,"
	"students_senior,teachers_primary,teachers_junior,"
	"qualified_teachers_primary,qualified_teachers_junior,"
	"backbone_teachers_primary,backbone_teachers_junior,"
	"pe_art_teachers_primary,pe_art_teachers_junior,teaching_room_area,"
	"sports_area,sports_area_junior,equipment_value,multimedia_classrooms\n";

/* A profile that assesses special schools (its parent excludes them),
 * so that a school can have no students in a section it teaches. */
static const char profile_json[] =
	"{\"format\": \"edubal-profile/1\", \"id\": \"test-resources\","
	" \"parent\": \"cn-2017-compulsory\","
	" \"name\": {\"zh\": \"测试\", \"en\": \"test\"},"
	" \"exclude\": {\"types\": [\"senior\"], \"teaching_points_under\": 0}}";

/* Each school's line after its id and county. */
static const char *const lines[] = {
	/* A: nine-year, 166 primary + 210 junior students; weighted
	 * 166 + 1.1 x 210 = 397, so the primary section holds 166/397 and
	 * the junior 231/397 of a school-wide resource.  Its junior sports
	 * area is given (2100), which wins over the split. */
	"nine_year,166,210,,20,25,10,14,2,3,2,2,3970,7940,2100,1191000,20\n",
	/* B: primary, 200 students, no equipment value; backbone 1 teacher
	 * is 0.5 per 100, under 0.85 x 1.0. */
	"primary,200,,,20,,10,,1,,2,,1000,2000,,,5\n",
	/* C: special, no primary students: its primary section is not a
	 * school (SPEC §2.3), and the junior holds 120/(0 + 120) = all of the
	 * school's resources.  No sports area. */
	"special,0,120,,,12,,9,,3,,3,720,,,360000,3\n",
	/* D: complete secondary, 100 junior + 200 senior students; weighted
	 * 100 + 1.2 x 200 = 340: the junior section holds 100/340.  Senior
	 * is not a level of the profile, yet its students take their share. */
	"complete_secondary,,100,200,,10,,6,,1,,1,6800,3400,,1020000,17\n",
	/* E: a senior school, excluded by the profile. */
	"senior,,,50,,,,,,,,,500,500,,100000,1\n",
	/* F: special, 60 primary + 40 junior students; no split weights for
	 * its type, so students count alike: 60/100 and 40/100. */
	"special,60,40,,6,4,3,3,1,1,1,1,1000,1000,,300000,5\n",
};

enum { SCHOOLS = sizeof lines / sizeof lines[0] };

/* The school results worked by hand, in order (E makes none). */
struct expected {
	const char *school_id;
	enum edubal__section section;
	double students;
	double indicators[7];
	unsigned met;
	enum edubal__truth pass;
};

static const struct expected by_hand[] = {
	/* A primary: 100 x 10/166, 100 x 2/166 (twice); the shared ones are
	 * amount x (166/397) / 166 = amount / 397: 3970/397 = 10,
	 * 7940/397 = 20, 1191000/397 = 3000, 100 x 20/397.  All 7 met. */
	{ "A", EDUBAL__PRIMARY, 166,
	  { 1000.0 / 166, 200.0 / 166, 200.0 / 166, 10, 20, 3000,
	    2000.0 / 397 }, 7, EDUBAL__TRUE },
	/* A junior: 100 x 14/210, 100 x 3/210, 100 x 2/210; shared ones are
	 * amount x (231/397) / 210 = amount x 1.1 / 397: 3970 -> 11,
	 * 1191000 -> 3300, 100 x 20 -> 2200/397; the sports area is its own,
	 * 2100/210 = 10 < 10.2 but >= 0.85 x 10.2 = 8.67: 6 met, passes. */
	{ "A", EDUBAL__JUNIOR, 210,
	  { 1400.0 / 210, 300.0 / 210, 200.0 / 210, 11, 10, 3300,
	    2200.0 / 397 }, 6, EDUBAL__TRUE },
	/* B: 5, 0.5 (below 0.85), 1, 5, 10, not given, 2.5: fails on the
	 * floor although only one indicator is missing. */
	{ "B", EDUBAL__PRIMARY, 200,
	  { 5, 0.5, 1, 5, 10, NAN, 2.5 }, 5, EDUBAL__FALSE },
	/* C junior: 100 x 9/120, 100 x 3/120 (twice), 720/120, not given,
	 * 360000/120, 100 x 3/120: 6 met, but the missing one could be under
	 * the floor: unknown. */
	{ "C", EDUBAL__JUNIOR, 120,
	  { 7.5, 2.5, 2.5, 6, NAN, 3000, 2.5 }, 6, EDUBAL__UNKNOWN },
	/* D junior: 6, 1, 1; amount x (100/340) / 100 = amount / 340:
	 * 6800 -> 20, 3400 -> 10 (< 10.2, >= 8.67), 1020000 -> 3000,
	 * 100 x 17 -> 5: 6 met. */
	{ "D", EDUBAL__JUNIOR, 100,
	  { 6, 1, 1, 20, 10, 3000, 5 }, 6, EDUBAL__TRUE },
	/* F primary: 100 x 3/60, 100 x 1/60 (twice); shared: amount x 0.6 /
	 * 60 = amount / 100: 10, 10, 3000, 100 x 5/100.  All 7 met. */
	{ "F", EDUBAL__PRIMARY, 60,
	  { 5, 100.0 / 60, 100.0 / 60, 10, 10, 3000, 5 }, 7, EDUBAL__TRUE },
	/* F junior: 100 x 3/40, 100 x 1/40 (twice); shared: amount x 0.4 /
	 * 40 = amount / 100 again; sports 10 < 10.2 (>= 8.67): 6 met. */
	{ "F", EDUBAL__JUNIOR, 40,
	  { 7.5, 2.5, 2.5, 10, 10, 3000, 5 }, 6, EDUBAL__TRUE },
};

enum { RESULTS = sizeof by_hand / sizeof by_hand[0] };

static edubal_dataset *
dataset_from_text(const char *csv)
{
	edubal_error *err = edubal_error_new();
	edubal_table *table = NULL;
	edubal_dataset *ds = edubal_dataset_new();
	ck_assert_msg(edubal_table_parse_csv(csv, strlen(csv), "schools.csv",
		&table, err) == EDUBAL_OK, "%s", edubal_error_message(err));
	ck_assert_msg(edubal_dataset_add_table(ds, EDUBAL_TABLE_SCHOOLS, table,
		err) == EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_table_free(table);
	edubal_error_free(err);
	return ds;
}

static edubal_report *
evaluate(const char *csv)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	ck_assert_msg(edubal_standard_parse(profile_json, strlen(profile_json),
		"test-resources.json", &std, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_dataset *ds = dataset_from_text(csv);
	edubal_report *report = NULL;
	ck_assert_msg(edubal_evaluate(std, ds, &report, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	/* The report keeps its own copies: the ids must outlive these. */
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
	return report;
}

/* Relative 1e-12, or both NaN (not given). */
static void
check_value(double got, double want, const char *id, int i)
{
	if (isnan(want)) {
		ck_assert_msg(isnan(got), "%s indicator %d: %.17g, not NaN", id, i,
			got);
		return;
	}
	ck_assert_msg(fabs(got - want) <= 1e-12 * fabs(want), "%s indicator "
		"%d: %.17g, not %.17g", id, i, got, want);
}

static void
check_result(const struct edubal__school_result *sr,
	const struct expected *e, const char *id, uint32_t county)
{
	ck_assert_str_eq(sr->school_id, id);
	ck_assert_uint_eq(sr->section, e->section);
	ck_assert_uint_eq(sr->county, county);
	ck_assert_double_eq(sr->students, e->students);
	for (int i = 0; i < 7; i++)
		check_value(sr->indicators[i], e->indicators[i], id, i);
	ck_assert_uint_eq(sr->met, e->met);
	ck_assert_uint_eq(sr->pass, e->pass);
}

static void
append(char **csv, size_t *len, const char *line, const char *id,
	const char *county)
{
	size_t add = strlen(id) + 1 + strlen(county) + 1 + strlen(line);
	*csv = realloc(*csv, *len + add + 1);
	ck_assert_ptr_nonnull(*csv);
	sprintf(*csv + *len, "%s,%s,%s", id, county, line);
	*len += add;
}

/* SPEC §2.1-§2.3: one county, its rows one run. */
START_TEST(indicators_by_hand)
{
	char *csv = strdup(header);
	size_t len = strlen(csv);
	const char *ids[SCHOOLS] = { "A", "B", "C", "D", "E", "F" };
	for (int s = 0; s < SCHOOLS; s++)
		append(&csv, &len, lines[s], ids[s], "T1");
	edubal_report *report = evaluate(csv);
	free(csv);
	ck_assert_uint_eq(report->school_count, RESULTS);
	for (int k = 0; k < RESULTS; k++)
		check_result(&report->schools[k], &by_hand[k], by_hand[k].school_id,
			0);
	/* One copy of a combined school's id for both its sections. */
	ck_assert_ptr_eq(report->schools[0].school_id,
		report->schools[1].school_id);
	edubal_report_free(report);
}
END_TEST

/* The same schools 40 times over, in two counties whose rows alternate
 * school by school: 240 rows and 280 results a county, more than a chunk,
 * found through the county index rather than as a run. */
START_TEST(indicators_interleaved_and_chunked)
{
	enum { COPIES = 40 };
	char *csv = strdup(header);
	size_t len = strlen(csv);
	for (int c = 0; c < COPIES; c++)
		for (int s = 0; s < SCHOOLS; s++)
			for (int county = 0; county < 2; county++) {
				char id[32];
				snprintf(id, sizeof id, "%c%d-%d", 'A' + s, c, county);
				append(&csv, &len, lines[s], id, county ? "T2" : "T1");
			}
	edubal_report *report = evaluate(csv);
	free(csv);
	ck_assert_uint_eq(report->school_count, 2 * COPIES * RESULTS);
	/* County by county, in file order within each. */
	size_t k = 0;
	for (uint32_t county = 0; county < 2; county++)
		for (int c = 0; c < COPIES; c++)
			for (int r = 0; r < RESULTS; r++, k++) {
				char id[32];
				snprintf(id, sizeof id, "%s%d-%u", by_hand[r].school_id, c,
					county);
				check_result(&report->schools[k], &by_hand[r], id, county);
			}
	edubal_report_free(report);
}
END_TEST

static Suite *
resources_suite(void)
{
	Suite *s = suite_create("resources");
	TCase *tc = tcase_create("indicators");
	tcase_add_test(tc, indicators_by_hand);
	tcase_add_test(tc, indicators_interleaved_and_chunked);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(resources_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
