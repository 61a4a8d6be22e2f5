/*
 * Compiled school rules (src/evaluate/program.h).
 *
 * A program only decides which schools certainly pass a school- or
 * section-scope item; every other school is judged again by the general
 * evaluator.  So the tests check two things:
 *   1. hand-worked truths (SPEC §2.4: every assessed school must comply)
 *      for each construct a program knows, with the cases where it must
 *      not say "pass": a missing cell, a ratio over zero, a section
 *      without a threshold, a "when" that cannot be judged;
 *   2. that reports are the same bytes with and without programs, for
 *      every built-in profile over the bundled and test data sets.
 *
 * Linked from the library's objects for edubal__evaluate_with().
 * argv[1]: the source root.
 */
#include <check.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <edubal/edubal.h>

#include "evaluate/program.h"

static const char *root;

/* Five schools of one county, worked by hand in the tests below. */
static const char schools_csv[] =
	"school_id,county_id,name,type,location,boarding,students_primary,"
	"students_junior,classes_primary,classes_junior,teachers_primary,"
	"teachers_junior,public_funds_budget,training_funds,computers\n"
	/* S1 passes everything */
	"S1,T1,s1,primary,rural,1,500,,12,,30,,100000,5000,50\n"
	/* S2 urban, not boarding, no budget, no computers */
	"S2,T1,s2,primary,urban,0,650,,14,,5,,0,0,\n"
	/* S3 boarding not given, rural with no budget */
	"S3,T1,s3,junior,rural,,,550,,12,,40,0,0,55\n"
	/* S4 a nine-year school, one computer short */
	"S4,T1,s4,nine_year,town,1,400,450,10,10,20,30,90000,9000,84\n"
	/* S5 rural, training just under 5 % */
	"S5,T1,s5,primary,rural,1,300,,8,,12,,100000,4999,30\n";

static const char profile_json[] =
	"{\"format\": \"edubal-profile/1\", \"id\": \"test-programs\","
	" \"parent\": \"cn-2017-compulsory\","
	" \"name\": {\"zh\": \"测试\", \"en\": \"test\"}, \"items\": ["
	"{\"key\": \"t_flag\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"a\", \"en\": \"a\"},"
	" \"all\": [{\"flag\": \"boarding\"}]},"
	"{\"key\": \"t_when\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"b\", \"en\": \"b\"},"
	" \"when\": [{\"left\": \"location\", \"op\": \"in\", \"right\": [\"rural\"]}],"
	" \"all\": [{\"left\": {\"ratio\": [\"training_funds\", \"public_funds_budget\"]},"
	" \"op\": \">=\", \"right\": 0.05}]},"
	"{\"key\": \"t_section\", \"part\": \"quality\", \"scope\": \"section\","
	" \"name\": {\"zh\": \"c\", \"en\": \"c\"},"
	" \"all\": [{\"left\": \"teachers\", \"op\": \">=\","
	" \"right\": {\"by_section\": {\"primary\": 10}}}]},"
	"{\"key\": \"t_type\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"d\", \"en\": \"d\"},"
	" \"all\": [{\"left\": {\"sum\": [\"students_primary\", \"students_junior\"]},"
	" \"op\": \"<\", \"right\": {\"by_type\": {\"nine_year\": 900}, \"default\": 600}}]},"
	"{\"key\": \"t_ceil\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"e\", \"en\": \"e\"},"
	" \"all\": [{\"left\": \"computers\", \"op\": \">=\", \"right\": {\"ceil_div\":"
	" [{\"sum\": [\"students_primary\", \"students_junior\"]}, 10]}}]}"
	"]}";

/* Items that share columns and sub-expressions, between conditions and
 * between items, and a column read in two sections: what a chunk keeps
 * and reads again (program.c) must be each scope's own. */
static const char shared_json[] =
	"{\"format\": \"edubal-profile/1\", \"id\": \"test-shared\","
	" \"parent\": \"cn-2017-compulsory\","
	" \"name\": {\"zh\": \"测试\", \"en\": \"test\"}, \"items\": ["
	"{\"key\": \"v_rooms\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"a\", \"en\": \"a\"},"
	" \"all\": [{\"left\": \"computers\", \"op\": \">=\", \"right\": {\"ceil_div\":"
	" [{\"sum\": [\"students_primary\", \"students_junior\"]}, 10]}},"
	" {\"left\": {\"ceil_div\": [{\"sum\": [\"students_primary\","
	" \"students_junior\"]}, 10]}, \"op\": \"<=\", \"right\": 60}]},"
	"{\"key\": \"v_ratio\", \"part\": \"quality\", \"scope\": \"school\","
	" \"name\": {\"zh\": \"b\", \"en\": \"b\"},"
	" \"all\": [{\"left\": {\"ratio\": [{\"sum\": [\"students_primary\","
	" \"students_junior\"]}, \"computers\"]}, \"op\": \"<=\", \"right\": 10.5}]},"
	"{\"key\": \"v_teach\", \"part\": \"quality\", \"scope\": \"section\","
	" \"name\": {\"zh\": \"c\", \"en\": \"c\"},"
	" \"all\": [{\"left\": \"teachers\", \"op\": \">=\","
	" \"right\": {\"by_section\": {\"primary\": 12, \"junior\": 35}}},"
	" {\"left\": {\"ratio\": [\"students\", \"teachers\"]}, \"op\": \"<=\","
	" \"right\": {\"by_section\": {\"primary\": 25, \"junior\": 15}}}]}"
	"]}";

static edubal_dataset *
dataset_from_text(const char *csv)
{
	edubal_error *err = edubal_error_new();
	edubal_table *table = NULL;
	edubal_dataset *ds = edubal_dataset_new();
	ck_assert_int_eq(edubal_table_parse_csv(csv, strlen(csv), "schools.csv",
		&table, err), EDUBAL_OK);
	ck_assert_msg(edubal_dataset_add_table(ds, EDUBAL_TABLE_SCHOOLS, table,
		err) == EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_table_free(table);
	edubal_error_free(err);
	return ds;
}

static char *
report_json(const edubal_standard *std, const edubal_dataset *ds,
	bool compile)
{
	edubal_error *err = edubal_error_new();
	edubal_report *report = NULL;
	ck_assert_msg(edubal__evaluate_with(std, ds, compile, &report, err) ==
		EDUBAL_OK, "%s", edubal_error_message(err));
	char *text = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_JSON, "zh",
		&text, err), EDUBAL_OK);
	edubal_report_free(report);
	edubal_error_free(err);
	return text;
}

/* The item `key` of the only county: its pass (1, 0, -1 for null) and
 * its English detail. */
static int
item_pass(json_t *report, const char *key, const char **reason)
{
	json_t *items = json_object_get(json_array_get(json_object_get(report,
		"counties"), 0), "items");
	for (size_t i = 0; i < json_array_size(items); i++) {
		json_t *item = json_array_get(items, i);
		if (strcmp(json_string_value(json_object_get(item, "key")), key))
			continue;
		*reason = json_string_value(json_object_get(item, "reason"));
		json_t *pass = json_object_get(item, "pass");
		return json_is_null(pass) ? -1 : json_is_true(pass);
	}
	ck_abort_msg("no item %s", key);
	return -2;
}

/* The schools a detail names, in order: "S2 S3". */
static void
named_schools(const char *reason, char *out, size_t size)
{
	out[0] = '\0';
	for (const char *p = reason; (p = strstr(p, "S")) != NULL; p++) {
		if (p[1] < '1' || p[1] > '5' || p[2] != ':')
			continue;
		size_t len = strlen(out);
		snprintf(out + len, size - len, "%s%c%c", len ? " " : "", p[0], p[1]);
	}
}

static void
check_item(json_t *report, const char *key, int pass, const char *schools)
{
	const char *reason = NULL;
	ck_assert_msg(item_pass(report, key, &reason) == pass, "%s", key);
	char named[64];
	named_schools(reason ? reason : "", named, sizeof named);
	ck_assert_msg(strcmp(named, schools) == 0, "%s names \"%s\", not \"%s\" "
		"(%s)", key, named, schools, reason);
}

/* SPEC §2.4, worked school by school (T true, F false, U unknown; the
 * county fails when one school is false, and names every school that is
 * not true, in file order):
 *   t_flag   boarding:          S1 T, S2 F (0), S3 U (blank), S4 T, S5 T
 *   t_when   rural only, training/budget >= 0.05:
 *            S1 T (5000/100000), S2 T (urban: not concerned, although its
 *            budget is 0), S3 U (rural, ratio over 0), S4 T (town),
 *            S5 F (0.04999)
 *   t_section teachers >= 10 in primary, no junior threshold:
 *            S1 T (30), S2 F (5), S3 U (junior), S4 U (primary 20 T,
 *            junior undefined), S5 T (12)
 *   t_type   students < 900 nine-year, else < 600:
 *            S1 T (500), S2 F (650), S3 T (0 primary of a junior school +
 *            550), S4 T (850 < 900), S5 T (300)
 *   t_ceil   computers >= ceil(students / 10):
 *            S1 T (50 >= 50), S2 U (blank), S3 T (55 >= 55),
 *            S4 F (84 < 85), S5 T (30 >= 30) */
START_TEST(school_rules_by_hand)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	ck_assert_msg(edubal_standard_parse(profile_json, strlen(profile_json),
		"test-programs.json", &std, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_dataset *ds = dataset_from_text(schools_csv);
	for (int compile = 0; compile < 2; compile++) {
		char *text = report_json(std, ds, compile);
		json_error_t jerr;
		json_t *report = json_loads(text, 0, &jerr);
		ck_assert_ptr_nonnull(report);
		check_item(report, "t_flag", 0, "S2 S3");
		check_item(report, "t_when", 0, "S3 S5");
		check_item(report, "t_section", 0, "S2 S3 S4");
		check_item(report, "t_type", 0, "S2");
		check_item(report, "t_ceil", 0, "S2 S4");
		json_decref(report);
		edubal_free(text);
	}
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* Remove one school's line to see an item pass and go unknown. */
START_TEST(unknown_without_a_false)
{
	/* Only S1 and S3: t_flag has S3 unknown and nothing false. */
	char csv[2048];
	const char *s2 = strstr(schools_csv, "S2,");
	const char *s3 = strstr(schools_csv, "S3,");
	const char *s4 = strstr(schools_csv, "S4,");
	snprintf(csv, sizeof csv, "%.*s%.*s", (int) (s2 - schools_csv),
		schools_csv, (int) (s4 - s3), s3);
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	ck_assert_int_eq(edubal_standard_parse(profile_json,
		strlen(profile_json), NULL, &std, err), EDUBAL_OK);
	edubal_dataset *ds = dataset_from_text(csv);
	char *text = report_json(std, ds, true);
	json_error_t jerr;
	json_t *report = json_loads(text, 0, &jerr);
	ck_assert_ptr_nonnull(report);
	check_item(report, "t_flag", -1, "S3");
	check_item(report, "t_type", 1, "");
	check_item(report, "t_ceil", 1, "");
	json_decref(report);
	edubal_free(text);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* SPEC §2.4 with many failing schools: a detail lists five and counts
 * the rest by failing section.  Eight nine-year schools, each with 5
 * primary teachers (below 10) and a junior section that has no
 * threshold (unknown): 16 sections not true, 5 listed, "and 11 more";
 * the ninth school passes in primary but is unknown in junior: 12 more. */
START_TEST(more_than_five_failing)
{
	char csv[4096];
	size_t len = (size_t) snprintf(csv, sizeof csv, "%s",
		"school_id,county_id,name,type,location,boarding,"
		"students_primary,students_junior,teachers_primary,"
		"teachers_junior,computers\n");
	for (int k = 1; k <= 9; k++)
		len += (size_t) snprintf(csv + len, sizeof csv - len,
			"N%d,T1,n%d,nine_year,town,1,300,200,%d,30,50\n", k, k,
			k == 9 ? 20 : 5);
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	ck_assert_int_eq(edubal_standard_parse(profile_json,
		strlen(profile_json), NULL, &std, err), EDUBAL_OK);
	edubal_dataset *ds = dataset_from_text(csv);
	char *with = report_json(std, ds, true);
	char *without = report_json(std, ds, false);
	ck_assert_msg(strcmp(with, without) == 0, "reports differ");
	json_error_t jerr;
	json_t *report = json_loads(with, 0, &jerr);
	ck_assert_ptr_nonnull(report);
	const char *reason = NULL;
	ck_assert_int_eq(item_pass(report, "t_section", &reason), 0);
	ck_assert_msg(strstr(reason, "N1: ") && strstr(reason, "N3: ") &&
		!strstr(reason, "N4: "), "%s", reason);
	ck_assert_msg(strstr(reason, "; and 12 more schools"), "%s", reason);
	json_decref(report);
	edubal_free(with);
	edubal_free(without);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* The index of item key in std. */
static size_t
item_index(const edubal_standard *std, const char *key)
{
	for (size_t i = 0; i < std->item_count; i++)
		if (strcmp(std->items[i].key, key) == 0)
			return i;
	ck_abort_msg("no item %s", key);
	return 0;
}

/* The five schools and S6, a special school that cn-2017 does not assess
 * (its rules would not hold: no computers), `copies` times over, the
 * ids of copy n suffixed "-n" past the first: 1,500 rows span two
 * chunks of judging. */
static char *
shared_schools(size_t copies)
{
	static const char s6[] = "S6,T1,s6,special,urban,0,,,,,,,0,0,\n";
	const char *body = strchr(schools_csv, '\n') + 1;
	char rows[1024];
	snprintf(rows, sizeof rows, "%s%s", body, s6);
	size_t size = sizeof schools_csv + copies * (strlen(rows) + 6 * 8);
	char *csv = malloc(size);
	ck_assert_ptr_nonnull(csv);
	size_t len = (size_t) (body - schools_csv);
	memcpy(csv, schools_csv, len);
	for (size_t n = 0; n < copies; n++) {
		for (const char *line = rows; *line; line = strchr(line, '\n') + 1) {
			int rest = (int) (strchr(line, '\n') - line) - 2;
			if (n > 0)  /* "S1" "-n" ",T1,..." */
				len += (size_t) snprintf(csv + len, size - len,
					"%.2s-%zu%.*s\n", line, n, rest, line + 2);
			else
				len += (size_t) snprintf(csv + len, size - len,
					"%.*s\n", rest + 2, line);
		}
	}
	return csv;
}

/* SPEC §2.4 over the five schools, judged by the programs directly, with
 * E = ceil_div(students_primary + students_junior, 10) (a primary school's
 * junior students are 0): E is S1 50, S2 65, S3 55, S4 85, S5 30.
 *   v_rooms  computers >= E, E <= 60:
 *            S1 T (50 >= 50, 50 <= 60), S2 not T (blank; 65 > 60),
 *            S3 T (55, 55), S4 not T (84 < 85; 85 > 60), S5 T (30, 30)
 *   v_ratio  (sp + sj) / computers <= 10.5:
 *            S1 10 T, S2 blank, S3 10 T, S4 850/84 = 10.12 T, S5 10 T
 *   v_teach  by section, teachers >= 12 / 35 and students / teachers
 *            <= 25 / 15:
 *            primary S1 30, 500/30 = 16.7 T; S2 5 not T; S4 20, 400/20 =
 *            20 T; S5 12, 300/12 = 25 T; junior S3 40, 550/40 = 13.75 T;
 *            S4 30 < 35 not T
 * failing counts the scopes not certainly true.
 *
 * Equal nodes are one, within an item and across items, the parent's
 * too.  Besides the parent's (which has students_primary,
 * students_junior and their sum, for school_size), the three items add
 * 10 nodes: computers, E, 60, the ratio over computers, 10.5, teachers,
 * its threshold, students, students / teachers and its threshold.  Four
 * nodes more than the parent's are read twice or more and get a slot:
 * computers, E, teachers and the sum (school_size, E and v_ratio).
 *
 * Judged over shared_schools(copies) (S6: 0, not assessed), the
 * failing counts must be these; with one copy, the nodes merged and the
 * reports too. */
START_TEST(shared_nodes_by_hand)
{
	size_t copies = _i ? 250 : 1;
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	ck_assert_msg(edubal_standard_parse(shared_json, strlen(shared_json),
		"test-shared.json", &std, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	char *csv = shared_schools(copies);
	edubal_dataset *ds = dataset_from_text(csv);
	free(csv);
	const struct edubal__frame *schools = edubal__dataset_frame(ds,
		EDUBAL_TABLE_SCHOOLS);
	ck_assert_uint_eq(schools->rows, 6 * copies);
	struct edubal__school_columns cols;
	ck_assert_int_eq(edubal__school_columns_init(&cols, std, schools),
		EDUBAL_OK);
	struct edubal__programs programs, parent;
	edubal_standard *parent_std = NULL;
	ck_assert_int_eq(edubal_standard_builtin("cn-2017-compulsory",
		&parent_std, err), EDUBAL_OK);
	ck_assert_int_eq(edubal__programs_build(&parent, parent_std, schools),
		EDUBAL_OK);
	ck_assert_int_eq(edubal__programs_build(&programs, std, schools),
		EDUBAL_OK);
	ck_assert_uint_eq(programs.node_count, parent.node_count + 10);
	ck_assert_uint_eq(programs.slot_count, parent.slot_count + 4);
	edubal__programs_free(&parent);
	edubal_standard_free(parent_std);
	ck_assert_int_eq(edubal__programs_judge(&programs, std, &cols, NULL,
		schools->rows), EDUBAL_OK);
	static const struct {
		const char *key;
		unsigned char failing[6];
	} truths[] = {
		{"v_rooms", {0, 1, 0, 1, 0, 0}},
		{"v_ratio", {0, 1, 0, 0, 0, 0}},
		{"v_teach", {0, 1, 0, 1, 0, 0}},
	};
	for (size_t k = 0; k < sizeof truths / sizeof truths[0]; k++) {
		const unsigned char *failing =
			programs.failing[item_index(std, truths[k].key)];
		ck_assert_ptr_nonnull(failing);
		for (size_t row = 0; row < schools->rows; row++)
			ck_assert_msg(failing[row] == truths[k].failing[row % 6],
				"%s row %zu (S%zu): %d, not %d", truths[k].key,
				row, row % 6 + 1, failing[row],
				truths[k].failing[row % 6]);
	}
	edubal__programs_free(&programs);
	edubal__school_columns_free(&cols);
	/* The reports say the same, with programs and without. */
	for (int compile = 0; copies == 1 && compile < 2; compile++) {
		char *text = report_json(std, ds, compile);
		json_error_t jerr;
		json_t *report = json_loads(text, 0, &jerr);
		ck_assert_ptr_nonnull(report);
		/* A school is named before each condition it fails. */
		check_item(report, "v_rooms", 0, "S2 S2 S4 S4");
		check_item(report, "v_ratio", -1, "S2");
		check_item(report, "v_teach", 0, "S2 S2 S4");
		json_decref(report);
		edubal_free(text);
	}
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* SPEC §2.4, class size by section (cn-2017-compulsory: at most 45 in
 * primary, 50 in junior), over blank cells: a blank of a section the
 * school has is not given (unknown, so not certainly true), a section
 * it does not have is not judged.  failing counts the sections not
 * true:
 *   B1 primary 40: T                                   0
 *   B2 primary, blank: not given                       1
 *   B3 nine-year, primary 44 T, junior blank           1
 *   B4 junior 55 > 50 (its primary blank, not judged)  1
 *   B5 nine-year, 46 > 45 and 51 > 50                  2
 * The columns are int32 (read without a branch per school, program.c). */
START_TEST(blank_section_cells_by_hand)
{
	static const char csv[] =
		"school_id,county_id,name,type,location,students_primary,"
		"students_junior,max_class_size_primary,max_class_size_junior\n"
		"B1,T1,b1,primary,rural,300,,40,\n"
		"B2,T1,b2,primary,rural,300,,,\n"
		"B3,T1,b3,nine_year,rural,300,200,44,\n"
		"B4,T1,b4,junior,rural,,200,,55\n"
		"B5,T1,b5,nine_year,town,300,200,46,51\n";
	static const unsigned char truth[5] = {0, 1, 1, 1, 2};
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	ck_assert_int_eq(edubal_standard_builtin("cn-2017-compulsory", &std,
		err), EDUBAL_OK);
	edubal_dataset *ds = dataset_from_text(csv);
	const struct edubal__frame *schools = edubal__dataset_frame(ds,
		EDUBAL_TABLE_SCHOOLS);
	const struct edubal__column *junior = edubal__frame_column(schools,
		"max_class_size_junior");
	ck_assert_ptr_nonnull(junior->ints);
	struct edubal__school_columns cols;
	ck_assert_int_eq(edubal__school_columns_init(&cols, std, schools),
		EDUBAL_OK);
	struct edubal__programs programs;
	ck_assert_int_eq(edubal__programs_build(&programs, std, schools),
		EDUBAL_OK);
	ck_assert_int_eq(edubal__programs_judge(&programs, std, &cols, NULL,
		schools->rows), EDUBAL_OK);
	const unsigned char *failing =
		programs.failing[item_index(std, "class_size")];
	ck_assert_ptr_nonnull(failing);
	for (size_t row = 0; row < 5; row++)
		ck_assert_msg(failing[row] == truth[row], "B%zu: %d, not %d",
			row + 1, failing[row], truth[row]);
	edubal__programs_free(&programs);
	edubal__school_columns_free(&cols);
	char *with = report_json(std, ds, true);
	char *without = report_json(std, ds, false);
	ck_assert_msg(strcmp(with, without) == 0, "reports differ");
	edubal_free(with);
	edubal_free(without);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

static char *
path_of(const char *rel)
{
	static char buf[4][4096];
	static int next;
	char *p = buf[next++ % 4];
	snprintf(p, 4096, "%.3000s/%.1000s", root, rel);
	return p;
}

/* Data sets with school rules to judge: (schools, counties, classes). */
static const char *const data_sets[][3] = {
	{"data/sample/schools.csv", "data/sample/counties.csv", NULL},
	{"tests/data/evaluate/pass-schools.csv",
	 "tests/data/evaluate/pass-counties.csv", NULL},
	{"tests/data/classes/maxima-schools.csv", NULL,
	 "tests/data/classes/classes-large.csv"},
	{"data/sample/schools.csv", "data/sample/counties.csv",
	 "tests/data/evaluate/classes-46.csv"},
};

static edubal_dataset *
load_set(size_t k)
{
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	static const enum edubal_table_kind kinds[3] = {EDUBAL_TABLE_SCHOOLS,
		EDUBAL_TABLE_COUNTIES, EDUBAL_TABLE_CLASSES};
	for (int t = 0; t < 3; t++) {
		if (!data_sets[k][t])
			continue;
		edubal_status st = edubal_dataset_read_csv(ds, kinds[t],
			path_of(data_sets[k][t]), err);
		ck_assert_msg(st == EDUBAL_OK, "%s: %s", data_sets[k][t],
			edubal_error_message(err));
	}
	edubal_error_free(err);
	return ds;
}

/* Every built-in profile over every data set: the same report bytes
 * whether school rules are judged by programs or not. */
START_TEST(same_reports_with_and_without_programs)
{
	size_t k = (size_t) _i;
	edubal_dataset *ds = load_set(k);
	edubal_error *err = edubal_error_new();
	for (size_t p = 0; p < edubal_standard_builtin_count(); p++) {
		edubal_standard *std = NULL;
		ck_assert_int_eq(edubal_standard_builtin(
			edubal_standard_builtin_id(p), &std, err), EDUBAL_OK);
		char *with = report_json(std, ds, true);
		char *without = report_json(std, ds, false);
		ck_assert_msg(strcmp(with, without) == 0, "%s on %s differs",
			edubal_standard_builtin_id(p), data_sets[k][0]);
		edubal_free(with);
		edubal_free(without);
		edubal_standard_free(std);
	}
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

static Suite *
program_suite(void)
{
	Suite *s = suite_create("program");
	TCase *tc = tcase_create("program");
	tcase_add_test(tc, school_rules_by_hand);
	tcase_add_test(tc, unknown_without_a_false);
	tcase_add_test(tc, more_than_five_failing);
	tcase_add_loop_test(tc, shared_nodes_by_hand, 0, 2);
	tcase_add_test(tc, blank_section_cells_by_hand);
	tcase_add_loop_test(tc, same_reports_with_and_without_programs, 0,
		(int) (sizeof data_sets / sizeof data_sets[0]));
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: test_program SOURCE_ROOT\n");
		return 2;
	}
	root = argv[1];
	SRunner *sr = srunner_create(program_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
