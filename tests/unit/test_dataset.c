/*
 * tests/unit/test_dataset.c - unit tests of edubal/dataset.h and of the
 * private view src/dataset/dataset.h.
 *
 * Every validation rule is exercised through CSV text (parsed with
 * edubal_table_parse_csv() and added with edubal_dataset_add_table()) and,
 * where the rule applies to arrays, through begin/set/end.  Each failure
 * checks status, row, column, value and a substring of the reason.
 *
 * usage: test_dataset SAMPLE_DIR   (the bundled data/sample directory)
 */
#include <check.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/dataset.h>
#include <edubal/io.h>
#include <edubal/status.h>

#include "dataset/dataset.h"

#define LEN(a) (sizeof (a) / sizeof *(a))

static const char *sample_dir = "data/sample";

/* ---------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------- */

static const char *const file_names[] = {
	"schools.csv", "classes.csv", "counties.csv", "kindergartens.csv",
};

/* Parse csv as file_names[kind] and add it to ds. */
static edubal_status
add_csv(edubal_dataset *ds, enum edubal_table_kind kind, const char *csv,
	edubal_error *err)
{
	edubal_table *table = NULL;
	edubal_status st = edubal_table_parse_csv(csv, strlen(csv),
		file_names[kind], &table, err);
	ck_assert_msg(st == EDUBAL_OK, "CSV parse failed: %s",
		edubal_error_message(err));
	st = edubal_dataset_add_table(ds, kind, table, err);
	edubal_table_free(table);
	return st;
}

/* What a failing call must report. */
struct failure {
	edubal_status status;
	size_t row;
	const char *column;   /* NULL: not checked */
	const char *value;    /* NULL: not checked */
	const char *needle;   /* must occur in the message */
};

static void
check_failure(edubal_status got, const edubal_error *err, struct failure want)
{
	const char *msg = edubal_error_message(err);
	ck_assert_msg(got == want.status, "status %d, want %d (%s)", (int) got,
		(int) want.status, msg);
	ck_assert_int_eq(edubal_error_status(err), want.status);
	ck_assert_msg(edubal_error_row(err) == want.row, "row %zu, want %zu (%s)",
		edubal_error_row(err), want.row, msg);
	if (want.column)
		ck_assert_str_eq(edubal_error_column(err), want.column);
	if (want.value)
		ck_assert_str_eq(edubal_error_value(err), want.value);
	ck_assert_msg(strstr(msg, want.needle) != NULL,
		"message \"%s\" lacks \"%s\"", msg, want.needle);
}

/* Adding csv as table kind of a fresh dataset must fail as described. */
static void
expect_csv_failure(enum edubal_table_kind kind, const char *csv,
	struct failure want)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	edubal_status st = add_csv(ds, kind, csv, err);
	check_failure(st, err, want);
	ck_assert_msg(strstr(edubal_error_message(err), file_names[kind]),
		"message names no file: %s", edubal_error_message(err));
	ck_assert_uint_eq(edubal_dataset_rows(ds, kind), 0);
	ck_assert_ptr_null(edubal__dataset_frame(ds, kind));
	edubal_error_free(err);
	edubal_dataset_free(ds);
}

#define EXPECT(kind, csv, row, column, value, needle) \
	expect_csv_failure((kind), (csv), (struct failure) { EDUBAL_EDATA, \
		(row), (column), (value), (needle) })

/* A dataset holding csv as table kind; fails the test otherwise. */
static edubal_dataset *
load_csv(enum edubal_table_kind kind, const char *csv)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_ptr_nonnull(ds);
	edubal_status st = add_csv(ds, kind, csv, err);
	ck_assert_msg(st == EDUBAL_OK, "add_table failed: %s",
		edubal_error_message(err));
	edubal_error_free(err);
	return ds;
}

static void
expect_csv_ok(enum edubal_table_kind kind, const char *csv)
{
	edubal_dataset_free(load_csv(kind, csv));
}

/* Number in row of column name of table kind. */
static double
number_at(const edubal_dataset *ds, enum edubal_table_kind kind,
	const char *name, size_t row)
{
	const struct edubal__frame *f = edubal__dataset_frame(ds, kind);
	ck_assert_ptr_nonnull(f);
	const struct edubal__column *c = edubal__frame_column(f, name);
	ck_assert_msg(c != NULL, "no column %s", name);
	ck_assert_msg(row < f->rows, "row %zu out of range", row);
	return edubal__cell_number(c, row);
}

static const char *
text_at(const edubal_dataset *ds, enum edubal_table_kind kind,
	const char *name, size_t row)
{
	const struct edubal__frame *f = edubal__dataset_frame(ds, kind);
	ck_assert_ptr_nonnull(f);
	return edubal__cell_text(edubal__frame_column(f, name), row);
}

#define SCHOOLS EDUBAL_TABLE_SCHOOLS
#define CLASSES EDUBAL_TABLE_CLASSES
#define COUNTIES EDUBAL_TABLE_COUNTIES
#define KINDERGARTENS EDUBAL_TABLE_KINDERGARTENS

/* A header and a first row that are valid; tests append bad rows. */
#define SCHOOL_HEAD "school_id,county_id,type,students_primary," \
	"students_junior,teachers_primary,qualified_teachers_primary\n"

/* ---------------------------------------------------------------------
 * The bundled sample and the private view
 * ------------------------------------------------------------------- */

static void
read_sample(edubal_dataset *ds, enum edubal_table_kind kind, const char *file)
{
	char path[4096];
	edubal_error *err = edubal_error_new();
	snprintf(path, sizeof path, "%s/%s", sample_dir, file);
	edubal_status st = edubal_dataset_read_csv(ds, kind, path, err);
	ck_assert_msg(st == EDUBAL_OK, "%s: %s", path, edubal_error_message(err));
	edubal_error_free(err);
}

START_TEST(test_sample_county_loads)
{
	edubal_dataset *ds = edubal_dataset_new();
	read_sample(ds, SCHOOLS, "schools.csv");
	read_sample(ds, COUNTIES, "counties.csv");
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 36);
	ck_assert_uint_eq(edubal_dataset_rows(ds, COUNTIES), 1);
	ck_assert_uint_eq(edubal_dataset_rows(ds, CLASSES), 0);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 0);
	ck_assert_str_eq(text_at(ds, SCHOOLS, "school_id", 0), "C03000-0000");
	ck_assert_str_eq(text_at(ds, SCHOOLS, "name", 0), "乡村小学(场地不足)");
	ck_assert(number_at(ds, SCHOOLS, "type", 3) == EDUBAL__TYPE_NINE_YEAR);
	ck_assert(number_at(ds, SCHOOLS, "location", 0) == EDUBAL__RURAL);
	ck_assert(number_at(ds, SCHOOLS, "students_primary", 0) == 725);
	ck_assert(isnan(number_at(ds, SCHOOLS, "students_junior", 0)));
	ck_assert(number_at(ds, COUNTIES, "certified_teacher_rate", 0) == 1.0);
	ck_assert(number_at(ds, COUNTIES, "population", 0) == 497012);
	const struct edubal__frame *f = edubal__dataset_frame(ds, SCHOOLS);
	ck_assert(f->present);
	ck_assert_ptr_nonnull(strstr(f->source, "schools.csv"));
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_missing_file_is_eio)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_dataset_read_csv(ds, SCHOOLS,
		"/nonexistent/schools.csv", err), EDUBAL_EIO);
	ck_assert_int_eq(edubal_dataset_read_csv(NULL, SCHOOLS, "x", err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_read_csv(ds, SCHOOLS, NULL, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_read_csv(ds,
		(enum edubal_table_kind) 9, "x", err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_add_table(ds, SCHOOLS, NULL, err),
		EDUBAL_EINVAL);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_null_handles)
{
	edubal_dataset_free(NULL);
	ck_assert_uint_eq(edubal_dataset_rows(NULL, SCHOOLS), 0);
	ck_assert_uint_eq(edubal_dataset_note_count(NULL), 0);
	ck_assert_ptr_null(edubal_dataset_note(NULL, 0));
	ck_assert_ptr_null(edubal__dataset_frame(NULL, SCHOOLS));
	ck_assert_ptr_null(edubal__frame_column(NULL, "x"));
	ck_assert(isnan(edubal__cell_number(NULL, 0)));
	ck_assert_ptr_null(edubal__cell_text(NULL, 0));
	edubal_dataset *ds = edubal_dataset_new();
	ck_assert_uint_eq(edubal_dataset_rows(ds, (enum edubal_table_kind) 7), 0);
	ck_assert_ptr_null(edubal_dataset_note(ds, 0));
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_type_sections)
{
	static const struct {
		enum edubal__school_type type;
		const char *name;
		const char *has;     /* 'p', 'j', 's' present */
		const char *needs;
	} want[] = {
		{ EDUBAL__TYPE_PRIMARY, "primary", "p", "p" },
		{ EDUBAL__TYPE_JUNIOR, "junior", "j", "j" },
		{ EDUBAL__TYPE_NINE_YEAR, "nine_year", "pj", "pj" },
		{ EDUBAL__TYPE_TWELVE_YEAR, "twelve_year", "pjs", "pjs" },
		{ EDUBAL__TYPE_COMPLETE_SECONDARY, "complete_secondary", "js", "js" },
		{ EDUBAL__TYPE_SENIOR, "senior", "s", "s" },
		{ EDUBAL__TYPE_SPECIAL, "special", "pjs", "" },
		{ EDUBAL__TYPE_TEACHING_POINT, "teaching_point", "p", "p" },
	};
	static const char letters[] = "pjs";
	for (size_t i = 0; i < LEN(want); i++) {
		ck_assert_str_eq(edubal__school_type_name(want[i].type), want[i].name);
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
			enum edubal__section sec = (enum edubal__section) s;
			bool has = strchr(want[i].has, letters[s]) != NULL;
			bool needs = strchr(want[i].needs, letters[s]) != NULL;
			ck_assert(edubal__type_has_section(want[i].type, sec) == has);
			ck_assert(edubal__type_requires_section(want[i].type, sec) ==
				needs);
		}
	}
	ck_assert_str_eq(edubal__section_name(EDUBAL__PRIMARY), "primary");
	ck_assert_str_eq(edubal__section_name(EDUBAL__JUNIOR), "junior");
	ck_assert_str_eq(edubal__section_name(EDUBAL__SENIOR), "senior");
}
END_TEST

START_TEST(test_frame_columns_present_only)
{
	edubal_dataset *ds = load_csv(SCHOOLS,
		"school_id,county_id,type,students_primary\n"
		"  s1 ,c1, primary ,  120 \n");
	const struct edubal__frame *f = edubal__dataset_frame(ds, SCHOOLS);
	ck_assert_uint_eq(f->rows, 1);
	ck_assert_uint_eq(f->column_count, 4);
	ck_assert_ptr_null(edubal__frame_column(f, "students_junior"));
	ck_assert(isnan(edubal__cell_number(edubal__frame_column(f,
		"students_junior"), 0)));
	/* Ids are trimmed; a text column gives NaN as a number and vice versa. */
	ck_assert_str_eq(text_at(ds, SCHOOLS, "school_id", 0), "s1");
	ck_assert(isnan(number_at(ds, SCHOOLS, "school_id", 0)));
	ck_assert_ptr_null(text_at(ds, SCHOOLS, "students_primary", 0));
	ck_assert(number_at(ds, SCHOOLS, "students_primary", 0) == 120);
	ck_assert(number_at(ds, SCHOOLS, "type", 0) == EDUBAL__TYPE_PRIMARY);
	edubal_dataset_free(ds);
}
END_TEST

/* ---------------------------------------------------------------------
 * Cells
 * ------------------------------------------------------------------- */

START_TEST(test_negative_count)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,100,,5,5\ns2,c1,primary,-3,,,\n",
		3, "students_primary", "-3", "negative count");
}
END_TEST

START_TEST(test_not_whole)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,30.5,,,\n",
		2, "students_primary", "30.5", "not a whole number");
	/* A whole number written with decimals is fine. */
	edubal_dataset *ds = load_csv(SCHOOLS, SCHOOL_HEAD
		"s1,c1,primary,30.0,,,\n");
	ck_assert(number_at(ds, SCHOOLS, "students_primary", 0) == 30);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_not_a_number)
{
	static const char *const bad[] = { "abc", "nan", "inf", "0x10",
		"1,200", "12 apples", "--3" };
	char csv[256];
	for (size_t i = 0; i < LEN(bad); i++) {
		snprintf(csv, sizeof csv, "school_id,county_id,type,teachers_primary,"
			"students_primary\ns1,c1,primary,\"%s\",10\n", bad[i]);
		EXPECT(SCHOOLS, csv, 2, "teachers_primary", bad[i], "not");
	}
}
END_TEST

START_TEST(test_percent_outside_rate_column)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,100%,,,\n",
		2, "students_primary", "100%", "only accepted in rate columns");
}
END_TEST

START_TEST(test_negative_amount)
{
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,sports_area\n"
		"s1,c1,primary,100,-1.5\n", 2, "sports_area", "-1.5",
		"negative amount");
}
END_TEST

START_TEST(test_rate_outside)
{
	EXPECT(COUNTIES, "county_id,training_360h_rate\nc1,0.5\nc2,85\n",
		3, "training_360h_rate", "85", "rate outside [0, 1]");
	EXPECT(COUNTIES, "county_id,training_360h_rate\nc1,85\n",
		2, "training_360h_rate", "85",
		"rates are fractions in [0, 1] or percentages like 85%");
	EXPECT(COUNTIES, "county_id,social_recognition_rate\nc1,150%\n",
		2, "social_recognition_rate", "150%", "rate outside [0, 1]");
	EXPECT(COUNTIES, "county_id,quota_allocation_rate\nc1,-0.1\n",
		2, "quota_allocation_rate", "-0.1", "rate outside [0, 1]");
}
END_TEST

START_TEST(test_percent_rates)
{
	edubal_dataset *ds = load_csv(COUNTIES,
		"county_id,training_360h_rate,certified_teacher_rate\n"
		"c1,100%,1\nc2,85%,0.85\nc3,0%,0\nc4,,\n");
	ck_assert(number_at(ds, COUNTIES, "training_360h_rate", 0) == 1.0);
	ck_assert(fabs(number_at(ds, COUNTIES, "training_360h_rate", 1) - 0.85)
		< 1e-15);
	ck_assert(number_at(ds, COUNTIES, "training_360h_rate", 2) == 0.0);
	ck_assert(isnan(number_at(ds, COUNTIES, "training_360h_rate", 3)));
	ck_assert(number_at(ds, COUNTIES, "certified_teacher_rate", 0) == 1.0);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_booleans)
{
	static const struct {
		const char *text;
		double value;
	} cells[] = {
		{ "1", 1 }, { "0", 0 }, { "true", 1 }, { "false", 0 },
		{ "TRUE", 1 }, { "False", 0 }, { "yes", 1 }, { "no", 0 },
		{ "Yes", 1 }, { "NO", 0 }, { "是", 1 }, { "否", 0 },
		{ " 1 ", 1 }, { "1.0", 1 }, { "0.0", 0 },
	};
	char csv[1024] = "county_id,layout_planned,veto_falsified\n";
	for (size_t i = 0; i < LEN(cells); i++) {
		size_t used = strlen(csv);
		snprintf(csv + used, sizeof csv - used, "c%zu,%s,%s\n", i,
			cells[i].text, cells[i].text);
	}
	edubal_dataset *ds = load_csv(COUNTIES, csv);
	for (size_t i = 0; i < LEN(cells); i++) {
		ck_assert_msg(number_at(ds, COUNTIES, "layout_planned", i) ==
			cells[i].value, "%s", cells[i].text);
		ck_assert(number_at(ds, COUNTIES, "veto_falsified", i) ==
			cells[i].value);
	}
	edubal_dataset_free(ds);
	static const char *const bad[] = { "2", "maybe", "y", "0.5", "100%",
		"-1", "真" };
	for (size_t i = 0; i < LEN(bad); i++) {
		snprintf(csv, sizeof csv, "county_id,it_teaching\nc1,%s\n", bad[i]);
		EXPECT(COUNTIES, csv, 2, "it_teaching", bad[i],
			"not a boolean (expected 1/0, true/false, yes/no or 是/否)");
	}
}
END_TEST

START_TEST(test_school_type_names)
{
	static const struct {
		const char *name;
		enum edubal__school_type type;
	} names[] = {
		{ "primary", EDUBAL__TYPE_PRIMARY },
		{ "小学", EDUBAL__TYPE_PRIMARY },
		{ "Primary", EDUBAL__TYPE_PRIMARY },
		{ "junior", EDUBAL__TYPE_JUNIOR },
		{ "初中", EDUBAL__TYPE_JUNIOR },
		{ "nine_year", EDUBAL__TYPE_NINE_YEAR },
		{ "九年一贯制", EDUBAL__TYPE_NINE_YEAR },
		{ "twelve_year", EDUBAL__TYPE_TWELVE_YEAR },
		{ "十二年一贯制", EDUBAL__TYPE_TWELVE_YEAR },
		{ "complete_secondary", EDUBAL__TYPE_COMPLETE_SECONDARY },
		{ "完全中学", EDUBAL__TYPE_COMPLETE_SECONDARY },
		{ "senior", EDUBAL__TYPE_SENIOR },
		{ "高中", EDUBAL__TYPE_SENIOR },
		{ "special", EDUBAL__TYPE_SPECIAL },
		{ "特殊教育学校", EDUBAL__TYPE_SPECIAL },
		{ "teaching_point", EDUBAL__TYPE_TEACHING_POINT },
		{ "教学点", EDUBAL__TYPE_TEACHING_POINT },
	};
	/* Only the sections each type has may be non-zero: zero the others. */
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_dataset_begin_table(ds, SCHOOLS, LEN(names),
		"names", err), EDUBAL_OK);
	const char *ids[LEN(names)], *types[LEN(names)];
	char id_text[LEN(names)][8];
	double students[EDUBAL__SECTION_COUNT][LEN(names)];
	for (size_t i = 0; i < LEN(names); i++) {
		snprintf(id_text[i], sizeof id_text[i], "s%zu", i);
		ids[i] = id_text[i];
		types[i] = names[i].name;
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
			students[s][i] = edubal__type_has_section(names[i].type,
				(enum edubal__section) s) ? 10 : 0;
	}
	static const char *const cols[] = { "students_primary",
		"students_junior", "students_senior" };
	const char *county[LEN(names)];
	for (size_t i = 0; i < LEN(names); i++)
		county[i] = "c1";
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "school_id", ids,
		LEN(names), err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "county_id", county,
		LEN(names), err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "type", types,
		LEN(names), err), EDUBAL_OK);
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, cols[s],
			students[s], LEN(names), NULL, 0, err), EDUBAL_OK);
	ck_assert_msg(edubal_dataset_end_table(ds, SCHOOLS, err) == EDUBAL_OK,
		"%s", edubal_error_message(err));
	for (size_t i = 0; i < LEN(names); i++)
		ck_assert_msg(number_at(ds, SCHOOLS, "type", i) == names[i].type,
			"%s", names[i].name);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_unknown_school_type)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,college,100,,,\n", 2, "type",
		"college", "unknown school type (expected primary, junior, "
		"nine_year, twelve_year, complete_secondary, senior, special, "
		"teaching_point or the Chinese names)");
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,大学,100,,,\n", 2, "type", "大学",
		"unknown school type");
}
END_TEST

START_TEST(test_locations_and_sections)
{
	edubal_dataset *ds = load_csv(SCHOOLS,
		"school_id,county_id,type,location,students_primary\n"
		"s1,c1,primary,urban,1\ns2,c1,primary,城区,1\ns3,c1,primary,镇区,1\n"
		"s4,c1,primary,Town,1\ns5,c1,primary,乡村,1\ns6,c1,primary,rural,1\n"
		"s7,c1,primary,,1\n");
	static const double want[] = { EDUBAL__URBAN, EDUBAL__URBAN,
		EDUBAL__TOWN, EDUBAL__TOWN, EDUBAL__RURAL, EDUBAL__RURAL };
	for (size_t i = 0; i < LEN(want); i++)
		ck_assert(number_at(ds, SCHOOLS, "location", i) == want[i]);
	ck_assert(isnan(number_at(ds, SCHOOLS, "location", 6)));
	edubal_dataset_free(ds);
	EXPECT(SCHOOLS, "school_id,county_id,type,location,students_primary\n"
		"s1,c1,primary,suburb,1\n", 2, "location", "suburb",
		"unknown location");

	ds = load_csv(CLASSES, "school_id,section,grade,students\n"
		"s1,primary,1,40\ns1,小学,6,40\ns1,初中,7,45\ns1,junior,9,50\n"
		"s1,高中,10,50\ns1,senior,12,50\n");
	static const double sections[] = { EDUBAL__PRIMARY, EDUBAL__PRIMARY,
		EDUBAL__JUNIOR, EDUBAL__JUNIOR, EDUBAL__SENIOR, EDUBAL__SENIOR };
	for (size_t i = 0; i < LEN(sections); i++)
		ck_assert(number_at(ds, CLASSES, "section", i) == sections[i]);
	ck_assert(number_at(ds, CLASSES, "grade", 5) == 12);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_classes_cells)
{
	EXPECT(CLASSES, "school_id,section,grade,students\ns1,primary,13,40\n",
		2, "grade", "13", "grade outside 1-12");
	EXPECT(CLASSES, "school_id,section,grade,students\ns1,primary,0,40\n",
		2, "grade", "0", "grade outside 1-12");
	EXPECT(CLASSES, "school_id,section,grade,students\ns1,primary,2.5,40\n",
		2, "grade", "2.5", "not a whole number");
	EXPECT(CLASSES, "school_id,section,grade,students\ns1,middle,2,40\n",
		2, "section", "middle", "unknown section");
	EXPECT(CLASSES, "school_id,section,grade,students\ns1,primary,2,250\n",
		2, "students", "250",
		"implausibly large (over 200 students): check the units");
	EXPECT(CLASSES, "school_id,section,grade,students\ns1,primary,2,\n",
		2, "students", "", "empty cell in a required column");
	EXPECT(CLASSES, "school_id,section,students\ns1,primary,2\n",
		0, "grade", NULL, "required column missing");
}
END_TEST

START_TEST(test_implausible_magnitudes)
{
	static const struct {
		const char *column;
		const char *value;
		const char *needle;
	} cases[] = {
		{ "students_primary", "200000", "over 100000 students" },
		{ "max_class_size_primary", "201", "over 200 students" },
		{ "teachers_primary", "10001", "over 10000 teachers" },
		{ "teaching_room_area", "2e7", "over 10000000 m²" },
		{ "sports_area_primary", "10000001", "over 10000000 m²" },
		{ "equipment_value", "2e11", "over 100000000000 元" },
		{ "public_funds_budget", "1e12", "over 100000000000 元" },
		{ "music_rooms", "10001", "over 10000 rooms" },
		{ "books", "200000000", "over 100000000 books" },
		{ "computers_primary", "2000000", "over 1000000 computers" },
	};
	char csv[512];
	for (size_t i = 0; i < LEN(cases); i++) {
		if (strcmp(cases[i].column, "students_primary") == 0)
			snprintf(csv, sizeof csv, "school_id,county_id,type,"
				"students_primary\ns1,c1,primary,%s\n", cases[i].value);
		else
			snprintf(csv, sizeof csv, "school_id,county_id,type,"
				"students_primary,%s\ns1,c1,primary,100,%s\n",
				cases[i].column, cases[i].value);
		EXPECT(SCHOOLS, csv, 2, cases[i].column, cases[i].value,
			cases[i].needle);
	}
	EXPECT(COUNTIES, "county_id,population\nc1,3e8\n", 2, "population",
		"3e8", "implausibly large (over 200000000 people): check the units");
	EXPECT(COUNTIES, "county_id,teacher_avg_salary\nc1,2e7\n", 2,
		"teacher_avg_salary", "2e7", "over 10000000 元");
	EXPECT(COUNTIES, "county_id,preschool_funds_per_child\nc1,20000000\n", 2,
		"preschool_funds_per_child", "20000000", "check the units");
	/* The bound itself is plausible. */
	expect_csv_ok(SCHOOLS, "school_id,county_id,type,students_primary,"
		"max_class_size_primary\ns1,c1,primary,100000,200\n");
}
END_TEST

/* ---------------------------------------------------------------------
 * Table rules
 * ------------------------------------------------------------------- */

START_TEST(test_required_columns)
{
	EXPECT(SCHOOLS, "school_id,county_id,students_primary\ns1,c1,10\n",
		0, "type", NULL, "required column missing");
	EXPECT(SCHOOLS, "county_id,type,students_primary\nc1,primary,10\n",
		0, "school_id", NULL, "required column missing");
	EXPECT(COUNTIES, "name,population\nx,10\n", 0, "county_id", NULL,
		"required column missing");
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership\nk1,c1,public\n",
		0, "children", NULL, "required column missing");
	/* The message names file and column. */
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	add_csv(ds, SCHOOLS, "school_id,county_id\ns1,c1\n", err);
	ck_assert_str_eq(edubal_error_message(err),
		"schools.csv: column \"type\": required column missing");
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_required_cells)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,10,,,\ns2,,primary,10,,,\n",
		3, "county_id", "", "empty cell in a required column");
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,10,,,\n  ,c1,primary,10,,,\n",
		3, "school_id", "", "empty cell in a required column");
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,,10,,,\n",
		2, "type", "", "empty cell in a required column");
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership,children\n"
		"k1,c1,,10\n", 2, "ownership", "", "empty cell in a required column");
}
END_TEST

START_TEST(test_duplicate_ids)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,10,,,\ns2,c1,primary,10,,,\n"
		"s1,c1,primary,10,,,\n", 4, "school_id", "s1",
		"duplicate school_id (first at row 2)");
	/* The earliest repeat is reported, whatever the sort order. */
	EXPECT(SCHOOLS, SCHOOL_HEAD "z,c1,primary,10,,,\na,c1,primary,10,,,\n"
		"b,c1,primary,10,,,\na,c1,primary,10,,,\nz,c1,primary,10,,,\n",
		5, "school_id", "a", "duplicate school_id (first at row 3)");
	EXPECT(COUNTIES, "county_id\nc1\nc2\nc2\n", 4, "county_id", "c2",
		"duplicate county_id (first at row 3)");
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership,children\n"
		"k1,c1,public,10\nk1,c1,public,20\n", 3, "kindergarten_id", "k1",
		"duplicate kindergarten_id (first at row 2)");
	/* Ids are compared after trimming blanks. */
	EXPECT(COUNTIES, "county_id\nc1\n c1 \n", 3, "county_id", "c1",
		"duplicate county_id (first at row 2)");
	/* classes.csv has no id. */
	expect_csv_ok(CLASSES, "school_id,section,grade,students\n"
		"s1,primary,1,40\ns1,primary,1,40\n");
}
END_TEST

START_TEST(test_type_needs_section)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,nine_year,300,,,\n",
		2, "students_junior", "", "type nine_year needs students_junior");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary\n"
		"s1,c1,junior,\n", 2, "students_junior", "",
		"type junior needs students_junior");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,"
		"students_junior\ns1,c1,twelve_year,10,10\n", 2, "students_senior",
		"", "type twelve_year needs students_senior");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_junior,students_senior\n"
		"s1,c1,complete_secondary,,10\n", 2, "students_junior", "",
		"type complete_secondary needs students_junior");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary\n"
		"s1,c1,教学点,\n", 2, "students_primary", "",
		"type teaching_point needs students_primary");
}
END_TEST

START_TEST(test_zero_enrollment)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,junior,,0,,\n", 2, "students_junior",
		"0", "zero enrollment in a section the type requires: per-student "
		"indicators are undefined");
}
END_TEST

START_TEST(test_section_the_type_lacks)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,300,30,,\n", 2,
		"students_junior", "30",
		"type primary has no junior section but students_junior is 30");
	static const char *const columns[] = { "classes_junior",
		"teachers_junior", "max_class_size_junior", "qualified_teachers_junior",
		"backbone_teachers_junior", "pe_art_teachers_junior",
		"senior_title_teachers_junior", "teaching_room_area_junior",
		"sports_area_junior", "equipment_value_junior",
		"multimedia_classrooms_junior", "computers_junior", "books_junior",
		"students_senior", "books_senior", "teachers_senior" };
	char csv[512], needle[128];
	for (size_t i = 0; i < LEN(columns); i++) {
		snprintf(csv, sizeof csv, "school_id,county_id,type,students_primary,"
			"%s\ns1,c1,primary,300,7\n", columns[i]);
		snprintf(needle, sizeof needle, "type primary has no %s section but "
			"%s is 7", strstr(columns[i], "senior") &&
			!strstr(columns[i], "senior_title") ? "senior" : "junior",
			columns[i]);
		EXPECT(SCHOOLS, csv, 2, columns[i], "7", needle);
	}
	EXPECT(SCHOOLS, "school_id,county_id,type,students_junior,teachers_primary\n"
		"s1,c1,junior,300,4\n", 2, "teachers_primary", "4",
		"type junior has no primary section but teachers_primary is 4");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,students_junior\n"
		"s1,c1,teaching_point,30,2\n", 2, "students_junior", "2",
		"type teaching_point has no junior section");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,"
		"students_junior,students_senior\ns1,c1,nine_year,30,20,5\n",
		2, "students_senior", "5",
		"type nine_year has no senior section but students_senior is 5");
}
END_TEST

START_TEST(test_absent_section_empty_or_zero)
{
	/* A primary school's junior columns may be empty or 0. */
	edubal_dataset *ds = load_csv(SCHOOLS,
		"school_id,county_id,type,students_primary,students_junior,"
		"teachers_junior,books_junior,students_senior\n"
		"s1,c1,primary,300,,,,\ns2,c1,primary,300,0,0,0,0\n");
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 2);
	ck_assert(isnan(number_at(ds, SCHOOLS, "students_junior", 0)));
	ck_assert(number_at(ds, SCHOOLS, "students_junior", 1) == 0);
	edubal_dataset_free(ds);
	/* A special school may report any sections, or none. */
	expect_csv_ok(SCHOOLS, "school_id,county_id,type,students_primary,"
		"students_junior,students_senior\ns1,c1,special,10,5,3\n"
		"s2,c1,special,,,\ns3,c1,特殊教育学校,0,4,\n");
	/* School-wide resources belong to no section. */
	expect_csv_ok(SCHOOLS, "school_id,county_id,type,students_primary,"
		"books,computers,teaching_room_area\ns1,c1,primary,10,500,20,300\n");
}
END_TEST

START_TEST(test_teacher_limits)
{
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,300,,39,39\n"
		"s2,c1,primary,300,,39,40\n", 3, "qualified_teachers_primary", "40",
		"qualified_teachers_primary (40) exceeds teachers_primary (39)");
	static const char *const kinds[] = { "qualified", "backbone", "pe_art",
		"senior_title" };
	static const char *const sections[] = { "primary", "junior" };
	char csv[512], needle[160], column[64];
	for (size_t k = 0; k < LEN(kinds); k++) {
		for (size_t s = 0; s < LEN(sections); s++) {
			snprintf(column, sizeof column, "%s_teachers_%s", kinds[k],
				sections[s]);
			snprintf(csv, sizeof csv, "school_id,county_id,type,"
				"students_primary,students_junior,teachers_%s,%s\n"
				"s1,c1,nine_year,100,100,10,11\n", sections[s], column);
			snprintf(needle, sizeof needle, "%s (11) exceeds teachers_%s (10)",
				column, sections[s]);
			EXPECT(SCHOOLS, csv, 2, column, "11", needle);
		}
	}
	/* Not checked when either count is not given. */
	expect_csv_ok(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,300,,,40\n"
		"s2,c1,primary,300,,39,\ns3,c1,primary,300,,39,39\n");
}
END_TEST

START_TEST(test_county_limits)
{
	EXPECT(COUNTIES, "county_id,rotation_eligible,rotated,rotated_backbone\n"
		"c1,800,96,25\nc2,100,101,5\n", 3, "rotated", "101",
		"rotated (101) exceeds rotation_eligible (100)");
	EXPECT(COUNTIES, "county_id,rotation_eligible,rotated,rotated_backbone\n"
		"c1,800,96,97\n", 2, "rotated_backbone", "97",
		"rotated_backbone (97) exceeds rotated (96)");
	EXPECT(COUNTIES, "county_id,population,urban_population\nc1,1000,1001\n",
		2, "urban_population", "1001",
		"urban_population (1001) exceeds population (1000)");
}
END_TEST

START_TEST(test_kindergartens)
{
	edubal_dataset *ds = load_csv(KINDERGARTENS,
		"kindergarten_id,county_id,ownership,children,classes,teachers,"
		"certified_teachers,care_staff,classes_within_size_limit\n"
		"k1,c1,public,300,10,20,20,10,9\nk2,c1,公办,100,4,8,7,4,4\n"
		"k3,c1,inclusive_private,90,3,6,6,3,3\nk4,c1,普惠性民办,0,,,,,\n"
		"k5,c1,private,50,2,4,4,2,2\nk6,c1,其他民办,50,2,4,4,2,2\n"
		"k7,c1,民办,50,2,4,4,2,2\n");
	static const double want[] = { EDUBAL__PUBLIC, EDUBAL__PUBLIC,
		EDUBAL__INCLUSIVE_PRIVATE, EDUBAL__INCLUSIVE_PRIVATE,
		EDUBAL__OTHER_PRIVATE, EDUBAL__OTHER_PRIVATE, EDUBAL__OTHER_PRIVATE };
	for (size_t i = 0; i < LEN(want); i++)
		ck_assert(number_at(ds, KINDERGARTENS, "ownership", i) == want[i]);
	edubal_dataset_free(ds);
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership,children\n"
		"k1,c1,state,10\n", 2, "ownership", "state", "unknown ownership");
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership,children,"
		"teachers,certified_teachers\nk1,c1,public,100,8,9\n", 2,
		"certified_teachers", "9",
		"certified_teachers (9) exceeds teachers (8)");
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership,children,"
		"classes,classes_within_size_limit\nk1,c1,public,100,4,5\n", 2,
		"classes_within_size_limit", "5",
		"classes_within_size_limit (5) exceeds classes (4)");
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership,children\n"
		"k1,c1,public,-1\n", 2, "children", "-1", "negative count");
}
END_TEST

/* ---------------------------------------------------------------------
 * Notes, replacement, atomicity
 * ------------------------------------------------------------------- */

START_TEST(test_unknown_columns_one_note)
{
	edubal_dataset *ds = load_csv(SCHOOLS,
		"school_id,foo,county_id,type,students_primary,Students_Junior\n"
		"s1,x,c1,primary,10,bad\ns2,y,c1,primary,10,\n");
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 1);
	ck_assert_str_eq(edubal_dataset_note(ds, 0),
		"schools.csv: unknown columns ignored: foo, Students_Junior");
	ck_assert_ptr_null(edubal_dataset_note(ds, 1));
	ck_assert_ptr_null(edubal__frame_column(edubal__dataset_frame(ds,
		SCHOOLS), "foo"));
	/* A second table adds its own note; replacing a table replaces it. */
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(add_csv(ds, COUNTIES, "county_id,mayor\nc1,x\n", err),
		EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 2);
	ck_assert_str_eq(edubal_dataset_note(ds, 1),
		"counties.csv: unknown columns ignored: mayor");
	ck_assert_int_eq(add_csv(ds, SCHOOLS, "school_id,county_id,type,"
		"students_primary\ns1,c1,primary,10\n", err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 1);
	ck_assert_str_eq(edubal_dataset_note(ds, 0),
		"counties.csv: unknown columns ignored: mayor");
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_failed_table_leaves_dataset)
{
	edubal_dataset *ds = load_csv(SCHOOLS, SCHOOL_HEAD
		"s1,c1,primary,10,,,\ns2,c1,primary,10,,,\n");
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(add_csv(ds, SCHOOLS, "school_id,county_id,type,"
		"students_primary,other\ns9,c1,primary,-1,x\n", err), EDUBAL_EDATA);
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 2);
	ck_assert_str_eq(text_at(ds, SCHOOLS, "school_id", 1), "s2");
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 0);
	/* Replacing with a good table works. */
	ck_assert_int_eq(add_csv(ds, SCHOOLS, SCHOOL_HEAD "s3,c1,primary,1,,,\n",
		err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 1);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_header_only_table)
{
	edubal_dataset *ds = load_csv(SCHOOLS, "school_id,county_id,type\n");
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 0);
	ck_assert_ptr_nonnull(edubal__dataset_frame(ds, SCHOOLS));
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_first_bad_cell_in_reading_order)
{
	/* Row 2 has a bad cell in a later column than row 3's: row 2 wins. */
	EXPECT(SCHOOLS, SCHOOL_HEAD "s1,c1,primary,10,,,-1\n"
		"s2,c1,bogus,10,,,\n", 2, "qualified_teachers_primary", "-1",
		"negative count");
}
END_TEST

/* ---------------------------------------------------------------------
 * Arrays
 * ------------------------------------------------------------------- */

static const char *const arr_ids[] = { "s1", "s2", "s3" };
static const char *const arr_county[] = { "c1", "c1", "c2" };
static const char *const arr_types[] = { "primary", "初中", "nine_year" };
static const double arr_primary[] = { 100, 0, 80 };
static const double arr_junior[] = { 0, 90, 70 };

/* Begin a 3-row schools table in ds with valid id, county and type. */
static void
begin_schools(edubal_dataset *ds, edubal_error *err)
{
	ck_assert_int_eq(edubal_dataset_begin_table(ds, SCHOOLS, 3, "arrays",
		err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "school_id",
		arr_ids, 3, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "county_id",
		arr_county, 3, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "type", arr_types,
		3, err), EDUBAL_OK);
}

static void
set_enrollment(edubal_dataset *ds, edubal_error *err)
{
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS,
		"students_primary", arr_primary, 3, NULL, 0, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS,
		"students_junior", arr_junior, 3, NULL, 0, err), EDUBAL_OK);
}

START_TEST(test_arrays_build)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	begin_schools(ds, err);
	set_enrollment(ds, err);
	static const double books[] = { 1000, -5, 2000 };
	static const unsigned char given[] = { 1, 0, 1 };
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "books", books,
		3, given, 3, err), EDUBAL_OK);
	static const char *const boarding[] = { "是", NULL, "" };
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "boarding",
		boarding, 3, err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 0);
	ck_assert_msg(edubal_dataset_end_table(ds, SCHOOLS, err) == EDUBAL_OK,
		"%s", edubal_error_message(err));
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 3);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 0);
	ck_assert(number_at(ds, SCHOOLS, "type", 1) == EDUBAL__TYPE_JUNIOR);
	ck_assert(number_at(ds, SCHOOLS, "books", 0) == 1000);
	ck_assert(isnan(number_at(ds, SCHOOLS, "books", 1)));
	ck_assert(number_at(ds, SCHOOLS, "boarding", 0) == 1);
	ck_assert(isnan(number_at(ds, SCHOOLS, "boarding", 1)));
	ck_assert_str_eq(edubal__dataset_frame(ds, SCHOOLS)->source, "arrays");
	/* The table is finished: no more columns without a new begin. */
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "books", books,
		3, NULL, 0, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_end_table(ds, SCHOOLS, err),
		EDUBAL_EINVAL);
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 3);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_arrays_set_twice_replaces)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	begin_schools(ds, err);
	static const double bad[] = { 0, 0, 0 };
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS,
		"students_primary", bad, 3, NULL, 0, err), EDUBAL_OK);
	set_enrollment(ds, err);
	ck_assert_int_eq(edubal_dataset_end_table(ds, SCHOOLS, err), EDUBAL_OK);
	ck_assert(number_at(ds, SCHOOLS, "students_primary", 0) == 100);
	ck_assert_uint_eq(edubal__dataset_frame(ds, SCHOOLS)->column_count, 5);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

/* Begin schools, then one failing set_numbers; the build is discarded. */
static void
expect_numbers_failure(const char *column, const double *values,
	const unsigned char *given, struct failure want)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	begin_schools(ds, err);
	edubal_status st = edubal_dataset_set_numbers(ds, SCHOOLS, column,
		values, 3, given, given ? 3 : 0, err);
	check_failure(st, err, want);
	if (want.status == EDUBAL_EDATA)
		ck_assert_str_eq(edubal_error_source(err), "arrays");
	ck_assert_int_eq(edubal_dataset_end_table(ds, SCHOOLS, err),
		EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"edubal_dataset_begin_table"));
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 0);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}

#define EXPECT_NUMBERS(column, values, given, row, value, needle) \
	expect_numbers_failure((column), (values), (given), (struct failure) { \
		EDUBAL_EDATA, (row), (column), (value), (needle) })

START_TEST(test_arrays_bad_numbers)
{
	static const double negative[] = { 10, -3, 5 };
	EXPECT_NUMBERS("students_primary", negative, NULL, 2, "-3",
		"negative count");
	static const double fraction[] = { 10.5, 3, 5 };
	EXPECT_NUMBERS("teachers_primary", fraction, NULL, 1, "10.5",
		"not a whole number");
	static const double not_finite[] = { 10, 3, NAN };
	EXPECT_NUMBERS("books", not_finite, NULL, 3, "nan",
		"NaN and infinity are not accepted");
	static const double infinite[] = { INFINITY, 3, 5 };
	EXPECT_NUMBERS("sports_area", infinite, NULL, 1, "inf",
		"NaN and infinity are not accepted");
	static const double big[] = { 10, 3, 2e7 };
	EXPECT_NUMBERS("teaching_room_area", big, NULL, 3, "20000000",
		"implausibly large (over 10000000 m²): check the units");
	static const double area[] = { 10, -0.25, 5 };
	EXPECT_NUMBERS("sports_area", area, NULL, 2, "-0.25", "negative amount");
	static const double bools[] = { 1, 0, 2 };
	EXPECT_NUMBERS("boarding", bools, NULL, 3, "2", "not a boolean");
	/* Not-given elements are not checked, given ones are. */
	static const unsigned char given[] = { 1, 0, 1 };
	static const double mixed[] = { 10, NAN, -1 };
	EXPECT_NUMBERS("students_primary", mixed, given, 3, "-1",
		"negative count");
}
END_TEST

START_TEST(test_arrays_bad_arguments)
{
	static const double values[] = { 1, 2, 3 };
	expect_numbers_failure("school_id", values, NULL, (struct failure) {
		EDUBAL_EINVAL, 0, NULL, NULL, "use edubal_dataset_set_text" });
	expect_numbers_failure("type", values, NULL, (struct failure) {
		EDUBAL_EINVAL, 0, NULL, NULL, "use edubal_dataset_set_text" });

	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "books", values,
		3, NULL, 0, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_end_table(ds, SCHOOLS, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_begin_table(NULL, SCHOOLS, 3, NULL, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_begin_table(ds,
		(enum edubal_table_kind) 4, 3, NULL, err), EDUBAL_EINVAL);
	begin_schools(ds, err);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "books", values,
		2, NULL, 0, err), EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "3 rows"));
	begin_schools(ds, err);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "books", NULL,
		3, NULL, 0, err), EDUBAL_EINVAL);
	begin_schools(ds, err);
	static const unsigned char given[] = { 1, 1 };
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "books", values,
		3, given, 2, err), EDUBAL_EINVAL);
	begin_schools(ds, err);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "books", values,
		3, NULL, 3, err), EDUBAL_EINVAL);
	begin_schools(ds, err);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, NULL, arr_ids, 3,
		err), EDUBAL_EINVAL);
	begin_schools(ds, err);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "name", arr_ids, 1,
		err), EDUBAL_EINVAL);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_arrays_bad_text)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	begin_schools(ds, err);
	static const char *const types[] = { "primary", "junior", "college" };
	check_failure(edubal_dataset_set_text(ds, SCHOOLS, "type", types, 3, err),
		err, (struct failure) { EDUBAL_EDATA, 3, "type", "college",
		"unknown school type" });
	ck_assert_str_eq(edubal_error_message(err), "arrays: row 3, column "
		"\"type\": value \"college\": unknown school type (expected "
		"primary, junior, nine_year, twelve_year, complete_secondary, "
		"senior, special, teaching_point or the Chinese names)");
	ck_assert_int_eq(edubal_dataset_end_table(ds, SCHOOLS, err),
		EDUBAL_EINVAL);

	begin_schools(ds, err);
	static const char *const counts[] = { "1", "2%", NULL };
	check_failure(edubal_dataset_set_text(ds, SCHOOLS, "students_primary",
		counts, 3, err), err, (struct failure) { EDUBAL_EDATA, 2,
		"students_primary", "2%", "only accepted in rate columns" });
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_arrays_table_rules)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	/* Missing junior enrollment of the nine-year school (element 3). */
	begin_schools(ds, err);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS,
		"students_primary", arr_primary, 3, NULL, 0, err), EDUBAL_OK);
	static const unsigned char given[] = { 1, 1, 0 };
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS,
		"students_junior", arr_junior, 3, given, 3, err), EDUBAL_OK);
	check_failure(edubal_dataset_end_table(ds, SCHOOLS, err), err,
		(struct failure) { EDUBAL_EDATA, 3, "students_junior", "",
		"type nine_year needs students_junior" });
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 0);

	/* Duplicate ids: rows are element numbers. */
	static const char *const dup[] = { "a", "b", "a" };
	begin_schools(ds, err);
	set_enrollment(ds, err);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "school_id", dup,
		3, err), EDUBAL_OK);
	check_failure(edubal_dataset_end_table(ds, SCHOOLS, err), err,
		(struct failure) { EDUBAL_EDATA, 3, "school_id", "a",
		"duplicate school_id (first at row 1)" });

	/* Required column never set. */
	ck_assert_int_eq(edubal_dataset_begin_table(ds, SCHOOLS, 3, NULL, err),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "school_id",
		arr_ids, 3, err), EDUBAL_OK);
	check_failure(edubal_dataset_end_table(ds, SCHOOLS, err), err,
		(struct failure) { EDUBAL_EDATA, 0, "county_id", NULL,
		"required column missing" });
	ck_assert_str_eq(edubal_error_source(err), "schools");

	/* Teachers within teachers. */
	begin_schools(ds, err);
	set_enrollment(ds, err);
	static const double teachers[] = { 5, 0, 4 };
	static const double qualified[] = { 5, 0, 4.0 + 1 };
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS,
		"teachers_primary", teachers, 3, NULL, 0, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS,
		"pe_art_teachers_primary", qualified, 3, NULL, 0, err), EDUBAL_OK);
	check_failure(edubal_dataset_end_table(ds, SCHOOLS, err), err,
		(struct failure) { EDUBAL_EDATA, 3, "pe_art_teachers_primary", "5",
		"pe_art_teachers_primary (5) exceeds teachers_primary (4)" });
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_arrays_unknown_column_note)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	begin_schools(ds, err);
	set_enrollment(ds, err);
	static const double x[] = { 1, 2, 3 };
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "weight", x, 3,
		NULL, 0, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "principal",
		arr_ids, 3, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, SCHOOLS, "weight", x, 3,
		NULL, 0, err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 0);
	ck_assert_int_eq(edubal_dataset_end_table(ds, SCHOOLS, err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 1);
	ck_assert_str_eq(edubal_dataset_note(ds, 0),
		"arrays: unknown columns ignored: weight, principal");
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_arrays_begin_discards)
{
	edubal_dataset *ds = load_csv(COUNTIES, "county_id,x\nc1,1\n");
	edubal_error *err = edubal_error_new();
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 1);
	ck_assert_int_eq(edubal_dataset_begin_table(ds, COUNTIES, 2, NULL, err),
		EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_rows(ds, COUNTIES), 0);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 0);
	static const char *const ids[] = { "c1", "c2" };
	static const double rates[] = { 0.5, 85 };
	ck_assert_int_eq(edubal_dataset_set_text(ds, COUNTIES, "county_id", ids,
		2, err), EDUBAL_OK);
	check_failure(edubal_dataset_set_numbers(ds, COUNTIES,
		"migrant_public_rate", rates, 2, NULL, 0, err), err,
		(struct failure) { EDUBAL_EDATA, 2, "migrant_public_rate", "85",
		"percentages like 85%" });
	ck_assert_str_eq(edubal_error_source(err), "counties");
	/* A new begin replaces an unfinished table. */
	ck_assert_int_eq(edubal_dataset_begin_table(ds, COUNTIES, 2, NULL, err),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_begin_table(ds, COUNTIES, 1, NULL, err),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, COUNTIES, "county_id", ids,
		1, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_end_table(ds, COUNTIES, err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_rows(ds, COUNTIES), 1);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

/* ---------------------------------------------------------------------
 * Scale: a national file must load in O(rows x columns)
 * ------------------------------------------------------------------- */

START_TEST(test_national_scale)
{
	enum { ROWS = 210000 };
	size_t cap = (size_t) ROWS * 96 + 256, used = 0;
	char *csv = malloc(cap);
	ck_assert_ptr_nonnull(csv);
	used += (size_t) snprintf(csv, cap, "school_id,county_id,name,type,"
		"students_primary,students_junior,teachers_primary,"
		"qualified_teachers_primary,books\n");
	for (size_t i = 0; i < ROWS; i++)
		used += (size_t) snprintf(csv + used, cap - used,
			"S%07zu,C%04zu,学校%zu,primary,%zu,,%zu,%zu,%zu\n",
			(i * 7919) % ROWS, i / 70, i, 100 + i % 900, 10 + i % 50,
			5 + i % 5, 1000 + i);
	edubal_dataset *ds = load_csv(SCHOOLS, csv);
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), ROWS);
	edubal_dataset_free(ds);
	/* The same with a duplicate in the last row. */
	snprintf(csv + used, cap - used, "S0000000,C0001,x,primary,1,,,,\n");
	char needle[64];
	snprintf(needle, sizeof needle, "first at row 2");
	EXPECT(SCHOOLS, csv, ROWS + 2, "school_id", "S0000000", needle);
	free(csv);
}
END_TEST

static Suite *
dataset_suite(void)
{
	Suite *s = suite_create("dataset");
	TCase *tc = tcase_create("sample");
	tcase_add_test(tc, test_sample_county_loads);
	tcase_add_test(tc, test_missing_file_is_eio);
	tcase_add_test(tc, test_null_handles);
	tcase_add_test(tc, test_type_sections);
	tcase_add_test(tc, test_frame_columns_present_only);
	suite_add_tcase(s, tc);

	tc = tcase_create("cells");
	tcase_add_test(tc, test_negative_count);
	tcase_add_test(tc, test_not_whole);
	tcase_add_test(tc, test_not_a_number);
	tcase_add_test(tc, test_percent_outside_rate_column);
	tcase_add_test(tc, test_negative_amount);
	tcase_add_test(tc, test_rate_outside);
	tcase_add_test(tc, test_percent_rates);
	tcase_add_test(tc, test_booleans);
	tcase_add_test(tc, test_school_type_names);
	tcase_add_test(tc, test_unknown_school_type);
	tcase_add_test(tc, test_locations_and_sections);
	tcase_add_test(tc, test_classes_cells);
	tcase_add_test(tc, test_implausible_magnitudes);
	suite_add_tcase(s, tc);

	tc = tcase_create("rules");
	tcase_add_test(tc, test_required_columns);
	tcase_add_test(tc, test_required_cells);
	tcase_add_test(tc, test_duplicate_ids);
	tcase_add_test(tc, test_type_needs_section);
	tcase_add_test(tc, test_zero_enrollment);
	tcase_add_test(tc, test_section_the_type_lacks);
	tcase_add_test(tc, test_absent_section_empty_or_zero);
	tcase_add_test(tc, test_teacher_limits);
	tcase_add_test(tc, test_county_limits);
	tcase_add_test(tc, test_kindergartens);
	suite_add_tcase(s, tc);

	tc = tcase_create("tables");
	tcase_add_test(tc, test_unknown_columns_one_note);
	tcase_add_test(tc, test_failed_table_leaves_dataset);
	tcase_add_test(tc, test_header_only_table);
	tcase_add_test(tc, test_first_bad_cell_in_reading_order);
	suite_add_tcase(s, tc);

	tc = tcase_create("arrays");
	tcase_add_test(tc, test_arrays_build);
	tcase_add_test(tc, test_arrays_set_twice_replaces);
	tcase_add_test(tc, test_arrays_bad_numbers);
	tcase_add_test(tc, test_arrays_bad_arguments);
	tcase_add_test(tc, test_arrays_bad_text);
	tcase_add_test(tc, test_arrays_table_rules);
	tcase_add_test(tc, test_arrays_unknown_column_note);
	tcase_add_test(tc, test_arrays_begin_discards);
	suite_add_tcase(s, tc);

	tc = tcase_create("scale");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_national_scale);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char **argv)
{
	if (argc > 1)
		sample_dir = argv[1];
	SRunner *sr = srunner_create(dataset_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
