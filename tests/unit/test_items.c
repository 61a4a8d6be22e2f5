/*
 * Item details (src/evaluate/items.c): the texts of items that fail or
 * cannot be judged, written out by hand (SPEC §2.4: every assessed school
 * must comply; §2.6: a verdict lists every failing item with a reason code
 * and a message in Chinese and English; SCHEMA "JSON report": an item's
 * "reason" is its English detail, the county's "reasons" carry code, zh
 * and en).
 *
 * The wording, as the reports have it since issue 3:
 *   a school's failure     "<school_id>: <column> = <value>, required <op>
 *                          <threshold>" (zh ",要求 "), the column with its
 *                          section ("teachers_junior") in section scope,
 *                          "value" when the left side is not one column;
 *   a missing figure       "<column> not given or undefined"
 *                          (zh "未提供或无法计算 <column>");
 *   several failures       joined by "; " (zh ";"); at most five schools
 *                          listed, then "and N more schools"
 *                          (zh "另有 N 所学校");
 *   a county without a row " (counties.csv has no row for this county)"
 *                          (zh "(counties.csv 中没有该县的行)") after it;
 *   the reason message     "<name>: <detail>", or for an item that cannot
 *                          be judged "missing input: <name> (<detail>)"
 *                          (zh "<name>:<detail>", "缺少数据:<name>(<detail>)").
 *
 * Every case is run with the school rules compiled (program.h) and judged
 * by the general evaluator only, and with schools.csv grouped by county or
 * not: the texts must be the same.  County items
 * are read through the columns found once per evaluation in both.
 *
 * Linked from the library's objects for edubal__evaluate_with().
 */
#include <check.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <edubal/edubal.h>

#include "evaluate/program.h"

/*
 * County T1: S1..S7 have 101..107 primary pupils, S8 100 (the limit, which
 * holds), S9 a nine-year school with 15 junior teachers (20 required) and
 * S8 no computers given.  T2 has a school but no row in counties.csv; T3
 * and T4 one passing school each.
 */
static const char schools_csv[] =
	"school_id,county_id,name,type,location,students_primary,"
	"students_junior,classes_primary,classes_junior,teachers_primary,"
	"teachers_junior,computers\n"
	"S1,T1,s1,primary,rural,101,,4,,10,,10\n"
	"S2,T1,s2,primary,rural,102,,4,,10,,10\n"
	"S3,T1,s3,primary,rural,103,,4,,10,,10\n"
	"S4,T1,s4,primary,rural,104,,4,,10,,10\n"
	"S5,T1,s5,primary,rural,105,,4,,10,,10\n"
	"S6,T1,s6,primary,rural,106,,4,,10,,10\n"
	"S7,T1,s7,primary,rural,107,,4,,10,,10\n"
	"S8,T1,s8,primary,rural,100,,4,,10,,\n"
	"S9,T1,s9,nine_year,town,100,200,4,4,8,15,10\n"
	"S10,T2,s10,primary,rural,50,,2,,10,,10\n"
	"S11,T3,s11,primary,rural,50,,2,,10,,10\n"
	"S12,T4,s12,primary,rural,50,,2,,10,,10\n";

/* T1 fails both county items, T3 passes them, T4 has no rotation-eligible
 * teachers (a ratio over zero). */
static const char counties_csv[] =
	"county_id,name,population,quota_allocation_rate,curriculum,rotated,"
	"rotation_eligible\n"
	"T1,t1,100000,0.4,1,2,40\n"
	"T3,t3,100000,0.6,1,5,40\n"
	"T4,t4,100000,0.6,1,0,0\n";

static const char profile_json[] =
	"{\"format\": \"edubal-profile/1\", \"id\": \"test-items\","
	" \"parent\": \"cn-2017-compulsory\","
	" \"name\": {\"zh\": \"测试\", \"en\": \"test\"}, \"items\": ["
	"{\"key\": \"t_many\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"规模\", \"en\": \"size\"},"
	" \"all\": [{\"left\": \"students_primary\", \"op\": \"<=\", \"right\": 100}]},"
	"{\"key\": \"t_section\", \"part\": \"quality\", \"scope\": \"section\","
	" \"name\": {\"zh\": \"教师\", \"en\": \"teachers\"},"
	" \"all\": [{\"left\": \"teachers\", \"op\": \">=\","
	" \"right\": {\"by_section\": {\"primary\": 5, \"junior\": 20}}}]},"
	"{\"key\": \"t_unknown\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"计算机\", \"en\": \"computers\"},"
	" \"all\": [{\"left\": \"computers\", \"op\": \">=\", \"right\": 1}]},"
	"{\"key\": \"t_county\", \"part\": \"quality\","
	" \"name\": {\"zh\": \"名额\", \"en\": \"quota\"},"
	" \"all\": [{\"left\": \"quota_allocation_rate\", \"op\": \">=\", \"right\": 0.5},"
	" {\"flag\": \"curriculum\"}]},"
	"{\"key\": \"t_ratio\", \"part\": \"quality\","
	" \"name\": {\"zh\": \"交流\", \"en\": \"rotation\"},"
	" \"all\": [{\"left\": {\"ratio\": [\"rotated\", \"rotation_eligible\"]},"
	" \"op\": \">=\", \"right\": 0.1}]}"
	"]}";

static void
add_table(edubal_dataset *ds, enum edubal_table_kind kind, const char *csv,
	const char *name)
{
	edubal_error *err = edubal_error_new();
	edubal_table *table = NULL;
	ck_assert_msg(edubal_table_parse_csv(csv, strlen(csv), name, &table,
		err) == EDUBAL_OK, "%s", edubal_error_message(err));
	ck_assert_msg(edubal_dataset_add_table(ds, kind, table, err) ==
		EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_table_free(table);
	edubal_error_free(err);
}

/* schools_csv with S10 (county T2) moved between S4 and S5: T1's rows
 * of the file are then not one run (items.c reads the programs' counts
 * of a run eight at a time, of other rows one by one). */
static char *
interleaved(void)
{
	const char *s5 = strstr(schools_csv, "S5,");
	const char *s10 = strstr(schools_csv, "S10,");
	const char *s11 = strstr(schools_csv, "S11,");
	size_t head = (size_t) (s5 - schools_csv);
	size_t moved = (size_t) (s11 - s10);
	char *csv = malloc(sizeof schools_csv);
	ck_assert_ptr_nonnull(csv);
	memcpy(csv, schools_csv, head);
	memcpy(csv + head, s10, moved);
	memcpy(csv + head + moved, s5, (size_t) (s10 - s5));
	strcpy(csv + head + moved + (size_t) (s10 - s5), s11);
	return csv;
}

/* The JSON report of the test data; variant bit 0: schools judged with
 * programs (else by the general evaluator only), bit 1: schools.csv not
 * grouped by county. */
static json_t *
evaluate(int variant)
{
	bool compile = variant & 1;
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	ck_assert_msg(edubal_standard_parse(profile_json, strlen(profile_json),
		"test-items.json", &std, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_dataset *ds = edubal_dataset_new();
	char *mixed = variant & 2 ? interleaved() : NULL;
	add_table(ds, EDUBAL_TABLE_SCHOOLS, mixed ? mixed : schools_csv,
		"schools.csv");
	free(mixed);
	add_table(ds, EDUBAL_TABLE_COUNTIES, counties_csv, "counties.csv");
	edubal_report *report = NULL;
	ck_assert_msg(edubal__evaluate_with(std, ds, compile, &report, err) ==
		EDUBAL_OK, "%s", edubal_error_message(err));
	char *text = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_JSON, "en",
		&text, err), EDUBAL_OK);
	json_error_t jerr;
	json_t *json = json_loads(text, 0, &jerr);
	ck_assert_msg(json != NULL, "%s", jerr.text);
	edubal_free(text);
	edubal_report_free(report);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
	return json;
}

/* The element of array whose field is value; the test fails without. */
static json_t *
element(json_t *array, const char *field, const char *value)
{
	for (size_t i = 0; i < json_array_size(array); i++) {
		json_t *e = json_array_get(array, i);
		const char *s = json_string_value(json_object_get(e, field));
		if (s && strcmp(s, value) == 0)
			return e;
	}
	ck_abort_msg("no %s %s", field, value);
	return NULL;
}

static json_t *
county(json_t *report, const char *id)
{
	return element(json_object_get(report, "counties"), "county_id", id);
}

static json_t *
item(json_t *c, const char *key)
{
	return element(json_object_get(c, "items"), "key", key);
}

static json_t *
reason(json_t *c, const char *code)
{
	return element(json_object_get(c, "reasons"), "code", code);
}

static void
check_string(json_t *object, const char *field, const char *expected)
{
	const char *got = json_string_value(json_object_get(object, field));
	ck_assert_msg(got && strcmp(got, expected) == 0,
		"%s:\n  got      \"%s\"\n  expected \"%s\"", field,
		got ? got : "(none)", expected);
}

/* pass: 1 true, 0 false, -1 null. */
static void
check_item(json_t *c, const char *key, int pass, const char *detail,
	const char *code, const char *zh, const char *en)
{
	json_t *it = item(c, key);
	json_t *p = json_object_get(it, "pass");
	ck_assert_msg((pass < 0 && json_is_null(p)) ||
		(pass >= 0 && json_is_boolean(p) && json_is_true(p) == pass),
		"%s: pass", key);
	if (!detail) {
		const char *got = json_string_value(json_object_get(it, "reason"));
		ck_assert_msg(!got || !*got, "%s: reason \"%s\"", key, got);
		return;
	}
	check_string(it, "reason", detail);
	json_t *r = reason(c, code);
	check_string(r, "zh", zh);
	check_string(r, "en", en);
}

/* SPEC §2.4: S1..S7 exceed 100 primary pupils (S8 at 100 holds): the
 * first five in file order, then the count of the other two. */
START_TEST(more_than_five_schools)
{
	json_t *report = evaluate(_i);
	check_item(county(report, "T1"), "t_many", 0,
		"S1: students_primary = 101, required <= 100; "
		"S2: students_primary = 102, required <= 100; "
		"S3: students_primary = 103, required <= 100; "
		"S4: students_primary = 104, required <= 100; "
		"S5: students_primary = 105, required <= 100; "
		"and 2 more schools",
		"item.t_many",
		"规模:"
		"S1: students_primary = 101,要求 <= 100;"
		"S2: students_primary = 102,要求 <= 100;"
		"S3: students_primary = 103,要求 <= 100;"
		"S4: students_primary = 104,要求 <= 100;"
		"S5: students_primary = 105,要求 <= 100;"
		"另有 2 所学校",
		"size: "
		"S1: students_primary = 101, required <= 100; "
		"S2: students_primary = 102, required <= 100; "
		"S3: students_primary = 103, required <= 100; "
		"S4: students_primary = 104, required <= 100; "
		"S5: students_primary = 105, required <= 100; "
		"and 2 more schools");
	/* T2's one school has 50. */
	check_item(county(report, "T2"), "t_many", 1, NULL, NULL, NULL, NULL);
	json_decref(report);
}
END_TEST

/* A section-scope rule is judged per section: S9's primary section has
 * 8 >= 5 teachers, its junior section 15 < 20, named with its section. */
START_TEST(section_failure)
{
	json_t *report = evaluate(_i);
	check_item(county(report, "T1"), "t_section", 0,
		"S9: teachers_junior = 15, required >= 20",
		"item.t_section",
		"教师:S9: teachers_junior = 15,要求 >= 20",
		"teachers: S9: teachers_junior = 15, required >= 20");
	json_decref(report);
}
END_TEST

/* S8 gives no computers: unknown, and with no school false the item
 * cannot be judged (pass null, a missing-input reason). */
START_TEST(unknown_school)
{
	json_t *report = evaluate(_i);
	check_item(county(report, "T1"), "t_unknown", -1,
		"S8: computers not given or undefined",
		"missing.item.t_unknown",
		"缺少数据:计算机(S8: 未提供或无法计算 computers)",
		"missing input: computers (S8: computers not given or undefined)");
	json_decref(report);
}
END_TEST

/* County figures: T1 has 0.4 < 0.5 (its curriculum flag holds) and
 * 2 / 40 = 0.05 < 0.1 rotated; T3 passes both with 0.6 and 5 / 40 =
 * 0.125, reporting the figure and its limit; T4's ratio is over zero. */
START_TEST(county_figures)
{
	json_t *report = evaluate(_i);
	json_t *t1 = county(report, "T1");
	check_item(t1, "t_county", 0,
		"quota_allocation_rate = 0.4, required >= 0.5",
		"item.t_county",
		"名额:quota_allocation_rate = 0.4,要求 >= 0.5",
		"quota: quota_allocation_rate = 0.4, required >= 0.5");
	check_item(t1, "t_ratio", 0, "value = 0.05, required >= 0.1",
		"item.t_ratio", "交流:value = 0.05,要求 >= 0.1",
		"rotation: value = 0.05, required >= 0.1");
	json_t *t3 = county(report, "T3");
	check_item(t3, "t_county", 1, NULL, NULL, NULL, NULL);
	check_item(t3, "t_ratio", 1, NULL, NULL, NULL, NULL);
	json_t *q = item(t3, "t_county"), *r = item(t3, "t_ratio");
	ck_assert(json_real_value(json_object_get(q, "value")) == 0.6);
	ck_assert(json_real_value(json_object_get(q, "threshold")) == 0.5);
	ck_assert(json_real_value(json_object_get(r, "value")) == 0.125);
	ck_assert(json_real_value(json_object_get(r, "threshold")) == 0.1);
	check_item(county(report, "T4"), "t_ratio", -1,
		"division by zero not given or undefined",
		"missing.item.t_ratio",
		"缺少数据:交流(未提供或无法计算 division by zero)",
		"missing input: rotation (division by zero not given or undefined)");
	json_decref(report);
}
END_TEST

/* T2 has schools but no row in counties.csv: both conditions of t_county
 * are missing, and the detail says why. */
START_TEST(county_without_row)
{
	json_t *report = evaluate(_i);
	check_item(county(report, "T2"), "t_county", -1,
		"quota_allocation_rate not given or undefined; "
		"curriculum not given or undefined"
		" (counties.csv has no row for this county)",
		"missing.item.t_county",
		"缺少数据:名额(未提供或无法计算 quota_allocation_rate;"
		"未提供或无法计算 curriculum(counties.csv 中没有该县的行))",
		"missing input: quota (quota_allocation_rate not given or undefined; "
		"curriculum not given or undefined"
		" (counties.csv has no row for this county))");
	json_decref(report);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("items");
	TCase *tc = tcase_create("details");
	/* _i: the variant of evaluate(). */
	tcase_add_loop_test(tc, more_than_five_schools, 0, 4);
	tcase_add_loop_test(tc, section_failure, 0, 4);
	tcase_add_loop_test(tc, unknown_school, 0, 4);
	tcase_add_loop_test(tc, county_figures, 0, 4);
	tcase_add_loop_test(tc, county_without_row, 0, 4);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
