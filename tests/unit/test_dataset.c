/*
 * tests/unit/test_dataset.c - unit tests of edubal/dataset.h and of the
 * private view src/dataset/dataset.h.
 *
 * Every validation rule is exercised through CSV text (parsed with
 * edubal_table_parse_csv() and added with edubal_dataset_add_table()) and,
 * where the rule applies to arrays, through begin/set/end.  Each failure
 * checks status, row, column, value and a substring of the reason.
 *
 * usage: test_dataset SAMPLE_DIR [DATA_DOC]
 *   SAMPLE_DIR  the bundled data/sample directory
 *   DATA_DOC    docs/data.md (default SAMPLE_DIR/../../docs/data.md)
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

#include "dataset/catalog.h"
#include "dataset/dataset.h"

#define LEN(a) (sizeof (a) / sizeof *(a))

static const char *sample_dir = "data/sample";

/* ---------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------- */

static const char *const file_names[] = {
	"schools.csv", "classes.csv", "counties.csv", "kindergartens.csv",
	"funding.csv",
};

/* Whether two cells hold the same number, NaN (not given) included. */
static bool
same_number(double a, double b)
{
	return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

/* The frames of kind in a and b hold the same rows, row numbers, columns
 * and cells. */
static void
check_same_frames(const edubal_dataset *a, const edubal_dataset *b,
	enum edubal_table_kind kind)
{
	const struct edubal__frame *x = edubal__dataset_frame(a, kind);
	const struct edubal__frame *y = edubal__dataset_frame(b, kind);
	ck_assert_ptr_nonnull(x);
	ck_assert_ptr_nonnull(y);
	ck_assert_uint_eq(x->rows, y->rows);
	ck_assert_uint_eq(x->column_count, y->column_count);
	for (size_t i = 0; i < x->rows; i++)
		ck_assert_uint_eq(edubal__frame_row_number(x, i),
			edubal__frame_row_number(y, i));
	for (size_t c = 0; c < x->column_count; c++) {
		const struct edubal__column *cx = &x->columns[c];
		const struct edubal__column *cy = edubal__frame_column(y, cx->name);
		ck_assert_ptr_nonnull(cy);
		for (size_t i = 0; i < x->rows; i++) {
			const char *tx = edubal__cell_text(cx, i);
			const char *ty = edubal__cell_text(cy, i);
			ck_assert(same_number(edubal__cell_number(cx, i),
				edubal__cell_number(cy, i)));
			ck_assert((tx == NULL) == (ty == NULL));
			if (tx)
				ck_assert_str_eq(tx, ty);
		}
	}
	/* b holds this table alone; a may hold others, with their notes.  A
	 * note names the file, so compare what follows the name. */
	for (size_t n = 0; n < edubal_dataset_note_count(b); n++) {
		const char *note = strchr(edubal_dataset_note(b, n), ':');
		bool found = false;
		for (size_t m = 0; m < edubal_dataset_note_count(a); m++) {
			const char *other = strchr(edubal_dataset_note(a, m), ':');
			found = found || (other && strcmp(other, note) == 0);
		}
		ck_assert_msg(found, "note %s only when streamed",
			edubal_dataset_note(b, n));
	}
}

/*
 * Read csv from a file as edubal_dataset_read_csv does, in chunks of
 * chunk bytes, and check that it gives what the table path gave: the same
 * status and message, or the same frame (want).
 */
static void
check_stream_agrees(enum edubal_table_kind kind, const char *csv,
	size_t chunk, edubal_status want_st, const edubal_error *want_err,
	const edubal_dataset *want)
{
	char path[] = "/tmp/edubal-test-dataset-XXXXXX";
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	FILE *f = fdopen(fd, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(csv, 1, strlen(csv), f), strlen(csv));
	ck_assert_int_eq(fclose(f), 0);
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	edubal_status st = edubal__dataset_read_csv_chunked(ds, kind, path, chunk,
		err);
	remove(path);
	ck_assert_msg(st == want_st, "stream (chunk %zu): status %d, table %d: "
		"%s", chunk, (int) st, (int) want_st, edubal_error_message(err));
	if (st != EDUBAL_OK) {
		/* The message names the file: compare what follows its name. */
		const char *got = strchr(edubal_error_message(err), ':');
		const char *exp = strchr(edubal_error_message(want_err), ':');
		ck_assert_uint_eq(edubal_error_row(err), edubal_error_row(want_err));
		ck_assert_str_eq(edubal_error_column(err),
			edubal_error_column(want_err));
		ck_assert_str_eq(edubal_error_value(err),
			edubal_error_value(want_err));
		ck_assert_str_eq(got ? got : "", exp ? exp : "");
	} else {
		check_same_frames(want, ds, kind);
	}
	edubal_error_free(err);
	edubal_dataset_free(ds);
}

/*
 * Parse csv as file_names[kind] and add it to ds.  Every table of these
 * tests is also read as a file, streamed (edubal_dataset_read_csv), in
 * whole chunks and, for small files, in chunks of 1 and 3 bytes that end
 * inside fields and UTF-8 sequences: both ways must agree exactly.
 */
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
	static const size_t chunks[] = {0, 1, 3};
	size_t tries = strlen(csv) < 4096 ? LEN(chunks) : 1;
	for (size_t t = 0; t < tries; t++)
		check_stream_agrees(kind, csv, chunks[t], st, err, ds);
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
#define FUNDING EDUBAL_TABLE_FUNDING

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

/* Array text skips the CSV reader: GBK bytes (城关, "\xB3\xC7\xB9\xD8")
 * must still be refused, naming the element, not reach the report. */
START_TEST(test_arrays_text_must_be_utf8)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	static const char *const ids[] = { "s1", "\xB3\xC7\xB9\xD8", "s3" };
	ck_assert_int_eq(edubal_dataset_begin_table(ds, SCHOOLS, 3, "arrays",
		err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, SCHOOLS, "school_id", ids,
		3, err), EDUBAL_EDATA);
	ck_assert_uint_eq(edubal_error_row(err), 2);
	ck_assert_str_eq(edubal_error_column(err), "school_id");
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "UTF-8"));
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

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
		(enum edubal_table_kind) 5, 3, NULL, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_dataset_begin_table(ds,
		(enum edubal_table_kind) -1, 3, NULL, err), EDUBAL_EINVAL);
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
 * funding.csv and the columns for the other standards (SPEC §3-§6)
 * ------------------------------------------------------------------- */

#define FUNDING_HEAD "county_id,year,education_spending,students\n"

START_TEST(test_funding_loads)
{
	edubal_dataset *ds = load_csv(FUNDING, FUNDING_HEAD
		"c1,2021,1250000000,80000\nc1,2022,1300000000.5,81000\n"
		"c2,2022,,\nc1,2020.0,1200000000,79000\n");
	ck_assert_uint_eq(edubal_dataset_rows(ds, FUNDING), 4);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 0);
	ck_assert_str_eq(text_at(ds, FUNDING, "county_id", 2), "c2");
	ck_assert(number_at(ds, FUNDING, "year", 0) == 2021);
	ck_assert(number_at(ds, FUNDING, "year", 3) == 2020);
	ck_assert(number_at(ds, FUNDING, "education_spending", 1) ==
		1300000000.5);
	ck_assert(number_at(ds, FUNDING, "students", 0) == 80000);
	ck_assert(isnan(number_at(ds, FUNDING, "education_spending", 2)));
	ck_assert(isnan(number_at(ds, FUNDING, "students", 2)));
	ck_assert_ptr_nonnull(strstr(edubal__dataset_frame(ds, FUNDING)->source,
		"funding.csv"));
	/* The bounds themselves are plausible. */
	expect_csv_ok(FUNDING, FUNDING_HEAD "c1,1949,1e12,100000000\n"
		"c1,2100,0,0\n");
	/* Other tables are untouched; replacing works like any table. */
	edubal_error *err = edubal_error_new();
	ck_assert_uint_eq(edubal_dataset_rows(ds, COUNTIES), 0);
	ck_assert_int_eq(add_csv(ds, FUNDING, "county_id,year,mayor\nc9,2023,x\n",
		err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_rows(ds, FUNDING), 1);
	ck_assert_str_eq(edubal_dataset_note(ds, 0),
		"funding.csv: unknown columns ignored: mayor");
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_funding_duplicate_pair)
{
	EXPECT(FUNDING, FUNDING_HEAD "c1,2020,1,1\nc2,2020,1,1\nc1,2021,1,1\n"
		"c1,2020,2,2\n", 5, "year", "2020",
		"duplicate county_id and year (first at row 2)");
	/* Years are compared as numbers, ids after trimming blanks. */
	EXPECT(FUNDING, "county_id,year\nc1,2021\n c2 ,2020\nc2,2020.0\n",
		4, "year", "2020", "duplicate county_id and year (first at row 3)");
	/* The earliest repeat is reported, whatever the sort order. */
	EXPECT(FUNDING, "county_id,year\nz,2024\na,2023\nz,2024\na,2023\n",
		4, "year", "2024", "duplicate county_id and year (first at row 2)");
	/* Same year in two counties, two years in one county: fine. */
	expect_csv_ok(FUNDING, "county_id,year\nc1,2020\nc2,2020\nc1,2021\n");
	/* The full message names the file. */
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(add_csv(ds, FUNDING, "county_id,year\nc1,2020\nc1,2020\n",
		err), EDUBAL_EDATA);
	ck_assert_str_eq(edubal_error_message(err), "funding.csv: row 3, column "
		"\"year\": value \"2020\": duplicate county_id and year (first at "
		"row 2)");
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_funding_year_range)
{
	EXPECT(FUNDING, "county_id,year\nc1,1948\n", 2, "year", "1948",
		"year outside 1949-2100");
	EXPECT(FUNDING, "county_id,year\nc1,2020\nc1,2101\n", 3, "year", "2101",
		"year outside 1949-2100");
	EXPECT(FUNDING, "county_id,year\nc1,2020.5\n", 2, "year", "2020.5",
		"not a whole number");
	EXPECT(FUNDING, "county_id,year\nc1,20%\n", 2, "year", "20%",
		"only accepted in rate columns");
	EXPECT(FUNDING, "county_id,year\nc1,二〇二〇\n", 2, "year", "二〇二〇",
		"not");
	EXPECT(FUNDING, "county_id,year\nc1,\n", 2, "year", "",
		"empty cell in a required column");
	EXPECT(FUNDING, "county_id,education_spending\nc1,5\n", 0, "year", NULL,
		"required column missing");
	EXPECT(FUNDING, "year\n2020\n", 0, "county_id", NULL,
		"required column missing");
	EXPECT(FUNDING, FUNDING_HEAD "c1,2020,2e12,1\n", 2, "education_spending",
		"2e12", "implausibly large (over 1000000000000 元): check the units");
	EXPECT(FUNDING, FUNDING_HEAD "c1,2020,-1,1\n", 2, "education_spending",
		"-1", "negative amount");
	EXPECT(FUNDING, FUNDING_HEAD "c1,2020,1,100000001\n", 2, "students",
		"100000001", "over 100000000 students");
	EXPECT(FUNDING, FUNDING_HEAD "c1,2020,1,1.5\n", 2, "students", "1.5",
		"not a whole number");
}
END_TEST

START_TEST(test_funding_arrays)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	static const char *const ids[] = { "c1", "c1", "c2" };
	static const double years[] = { 2021, 2022, 2022 };
	static const double spending[] = { 1e9, 1.1e9, 5e8 };
	ck_assert_int_eq(edubal_dataset_begin_table(ds, FUNDING, 3, NULL, err),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, FUNDING, "county_id", ids,
		3, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, FUNDING, "year", years,
		3, NULL, 0, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, FUNDING,
		"education_spending", spending, 3, NULL, 0, err), EDUBAL_OK);
	ck_assert_msg(edubal_dataset_end_table(ds, FUNDING, err) == EDUBAL_OK,
		"%s", edubal_error_message(err));
	ck_assert_uint_eq(edubal_dataset_rows(ds, FUNDING), 3);
	ck_assert(number_at(ds, FUNDING, "year", 2) == 2022);

	/* Without a source name, messages name the table "funding". */
	static const double bad_years[] = { 2021, 1800, 2022 };
	ck_assert_int_eq(edubal_dataset_begin_table(ds, FUNDING, 3, NULL, err),
		EDUBAL_OK);
	check_failure(edubal_dataset_set_numbers(ds, FUNDING, "year", bad_years,
		3, NULL, 0, err), err, (struct failure) { EDUBAL_EDATA, 2, "year",
		"1800", "year outside 1949-2100" });
	ck_assert_str_eq(edubal_error_source(err), "funding");
	ck_assert_str_eq(edubal_error_message(err), "funding: row 2, column "
		"\"year\": value \"1800\": year outside 1949-2100");

	static const double same_years[] = { 2021, 2022, 2021 };
	static const char *const same_ids[] = { "c1", "c1", "c1" };
	ck_assert_int_eq(edubal_dataset_begin_table(ds, FUNDING, 3, NULL, err),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, FUNDING, "county_id",
		same_ids, 3, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, FUNDING, "year",
		same_years, 3, NULL, 0, err), EDUBAL_OK);
	check_failure(edubal_dataset_end_table(ds, FUNDING, err), err,
		(struct failure) { EDUBAL_EDATA, 3, "year", "2021",
		"funding: row 3, column \"year\": value \"2021\": duplicate "
		"county_id and year (first at row 1)" });
	ck_assert_uint_eq(edubal_dataset_rows(ds, FUNDING), 0);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

START_TEST(test_new_columns_load)
{
	edubal_dataset *ds = load_csv(SCHOOLS, "school_id,county_id,type,"
		"students_primary,students_junior,students_senior,teachers_primary,"
		"teachers_junior,teachers_senior,staff_primary,staff_junior,"
		"staff_senior,teachers_bachelor_primary,teachers_bachelor_junior,"
		"teachers_postgraduate_senior,disabled_students,resource_room\n"
		"s1,c1,twelve_year,600,400,300,40,35,30,44,38,33,30,35,4,6,是\n"
		"s2,c1,primary,100,,,8,,,8,,,,,,,\n");
	ck_assert(number_at(ds, SCHOOLS, "staff_senior", 0) == 33);
	ck_assert(number_at(ds, SCHOOLS, "teachers_bachelor_junior", 0) == 35);
	ck_assert(number_at(ds, SCHOOLS, "teachers_postgraduate_senior", 0) == 4);
	ck_assert(number_at(ds, SCHOOLS, "disabled_students", 0) == 6);
	ck_assert(number_at(ds, SCHOOLS, "resource_room", 0) == 1);
	ck_assert(isnan(number_at(ds, SCHOOLS, "resource_room", 1)));
	edubal_dataset_free(ds);

	ds = load_csv(COUNTIES, "county_id,population,government_work_score,"
		"public_satisfaction_rate,basic_standard_rate,"
		"disabled_school_age_children,home_delivered_students,"
		"education_spending,preschool_spending,population_15_17,"
		"senior_stage_enrolled,seats_primary,seats_junior,"
		"retention_9year_rate,fitness_good_rate,backbone_teacher_rate\n"
		"c1,500000,92.5,88%,1,420,35,1.5e9,8e7,21000,20160,40000,20000,"
		"0.97,56%,0.1\n");
	ck_assert(number_at(ds, COUNTIES, "government_work_score", 0) == 92.5);
	ck_assert(fabs(number_at(ds, COUNTIES, "public_satisfaction_rate", 0) -
		0.88) < 1e-15);
	ck_assert(number_at(ds, COUNTIES, "basic_standard_rate", 0) == 1);
	ck_assert(number_at(ds, COUNTIES, "home_delivered_students", 0) == 35);
	ck_assert(number_at(ds, COUNTIES, "education_spending", 0) == 1.5e9);
	ck_assert(number_at(ds, COUNTIES, "preschool_spending", 0) == 8e7);
	ck_assert(number_at(ds, COUNTIES, "population_15_17", 0) == 21000);
	ck_assert(number_at(ds, COUNTIES, "senior_stage_enrolled", 0) == 20160);
	ck_assert(number_at(ds, COUNTIES, "seats_junior", 0) == 20000);
	ck_assert(fabs(number_at(ds, COUNTIES, "fitness_good_rate", 0) - 0.56) <
		1e-15);
	ck_assert(number_at(ds, COUNTIES, "backbone_teacher_rate", 0) == 0.1);
	edubal_dataset_free(ds);

	ds = load_csv(KINDERGARTENS, "kindergarten_id,county_id,ownership,"
		"children,teachers,teachers_associate\nk1,c1,public,300,20,17\n");
	ck_assert(number_at(ds, KINDERGARTENS, "teachers_associate", 0) == 17);
	edubal_dataset_free(ds);

	/* Rates, booleans and counts are read as everywhere else. */
	EXPECT(COUNTIES, "county_id,fitness_good_rate\nc1,56\n", 2,
		"fitness_good_rate", "56", "rate outside [0, 1]");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,resource_room\n"
		"s1,c1,primary,10,2\n", 2, "resource_room", "2", "not a boolean");
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,"
		"disabled_students\ns1,c1,primary,10,-2\n", 2, "disabled_students",
		"-2", "negative count");
	EXPECT(COUNTIES, "county_id,seats_primary\nc1,2e8\n", 2, "seats_primary",
		"2e8", "over 100000000 seats");
	EXPECT(COUNTIES, "county_id,education_spending\nc1,1.5e12\n", 2,
		"education_spending", "1.5e12", "over 1000000000000 元");
}
END_TEST

START_TEST(test_staff_within_teachers)
{
	/* The message of the brief, word for word. */
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,"
		"teachers_primary,staff_primary\ns1,c1,primary,300,39,39\n"
		"s2,c1,primary,300,40,39\n", 3, "teachers_primary", "40",
		"teachers_primary (40) exceeds staff_primary (39)");
	static const char *const sections[] = { "primary", "junior", "senior" };
	char csv[512], needle[160];
	for (size_t s = 0; s < LEN(sections); s++) {
		snprintf(csv, sizeof csv, "school_id,county_id,type,students_primary,"
			"students_junior,students_senior,teachers_%s,staff_%s\n"
			"s1,c1,twelve_year,100,100,100,12,11\n", sections[s],
			sections[s]);
		snprintf(needle, sizeof needle, "teachers_%s (12) exceeds staff_%s "
			"(11)", sections[s], sections[s]);
		char column[64];
		snprintf(column, sizeof column, "teachers_%s", sections[s]);
		EXPECT(SCHOOLS, csv, 2, column, "12", needle);
	}
	/* Equal is fine; not checked when either is not given. */
	expect_csv_ok(SCHOOLS, "school_id,county_id,type,students_primary,"
		"teachers_primary,staff_primary\ns1,c1,primary,300,39,39\n"
		"s2,c1,primary,300,,39\ns3,c1,primary,300,40,\n");
	/* Staff columns are section columns. */
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,staff_senior\n"
		"s1,c1,primary,300,7\n", 2, "staff_senior", "7",
		"type primary has no senior section but staff_senior is 7");
}
END_TEST

START_TEST(test_degree_teachers_within_teachers)
{
	static const struct {
		const char *column;
		const char *teachers;
	} cases[] = {
		{ "teachers_bachelor_primary", "teachers_primary" },
		{ "teachers_bachelor_junior", "teachers_junior" },
		{ "teachers_postgraduate_senior", "teachers_senior" },
	};
	char csv[512], needle[160];
	for (size_t i = 0; i < LEN(cases); i++) {
		snprintf(csv, sizeof csv, "school_id,county_id,type,students_primary,"
			"students_junior,students_senior,%s,%s\n"
			"s1,c1,twelve_year,100,100,100,10,10\n"
			"s2,c1,twelve_year,100,100,100,10,11\n", cases[i].teachers,
			cases[i].column);
		snprintf(needle, sizeof needle, "%s (11) exceeds %s (10)",
			cases[i].column, cases[i].teachers);
		EXPECT(SCHOOLS, csv, 3, cases[i].column, "11", needle);
	}
	/* A primary school reports no postgraduate senior teachers. */
	EXPECT(SCHOOLS, "school_id,county_id,type,students_primary,"
		"teachers_postgraduate_senior\ns1,c1,primary,300,1\n", 2,
		"teachers_postgraduate_senior", "1",
		"type primary has no senior section");
	EXPECT(KINDERGARTENS, "kindergarten_id,county_id,ownership,children,"
		"teachers,teachers_associate\nk1,c1,public,100,8,8\n"
		"k2,c1,public,100,8,9\n", 3, "teachers_associate", "9",
		"teachers_associate (9) exceeds teachers (8)");
}
END_TEST

START_TEST(test_new_county_limits)
{
	EXPECT(COUNTIES, "county_id,disabled_school_age_children,"
		"home_delivered_students\nc1,400,40\nc2,30,31\n", 3,
		"home_delivered_students", "31",
		"home_delivered_students (31) exceeds disabled_school_age_children "
		"(30)");
	EXPECT(COUNTIES, "county_id,education_spending,preschool_spending\n"
		"c1,1000000.5,1000000.75\n", 2, "preschool_spending", "1000000.75",
		"preschool_spending (1000000.75) exceeds education_spending "
		"(1000000.5)");
	EXPECT(COUNTIES, "county_id,population,population_15_17\n"
		"c1,10000,10001\n", 2, "population_15_17", "10001",
		"population_15_17 (10001) exceeds population (10000)");
	expect_csv_ok(COUNTIES, "county_id,population,population_15_17,"
		"education_spending,preschool_spending,disabled_school_age_children,"
		"home_delivered_students\nc1,10000,10000,5,5,3,3\nc2,,7,,9,,4\n");
}
END_TEST

START_TEST(test_score_bounds)
{
	edubal_dataset *ds = load_csv(COUNTIES, "county_id,government_work_score\n"
		"c1,100\nc2,0\nc3,85.5\nc4,\nc5,100.0\n");
	ck_assert(number_at(ds, COUNTIES, "government_work_score", 0) == 100);
	ck_assert(number_at(ds, COUNTIES, "government_work_score", 1) == 0);
	ck_assert(number_at(ds, COUNTIES, "government_work_score", 2) == 85.5);
	ck_assert(isnan(number_at(ds, COUNTIES, "government_work_score", 3)));
	edubal_dataset_free(ds);
	EXPECT(COUNTIES, "county_id,government_work_score\nc1,90\nc2,100.5\n", 3,
		"government_work_score", "100.5", "score outside [0, 100]");
	EXPECT(COUNTIES, "county_id,government_work_score\nc1,-1\n", 2,
		"government_work_score", "-1", "score outside [0, 100]");
	EXPECT(COUNTIES, "county_id,government_work_score\nc1,90%\n", 2,
		"government_work_score", "90%", "only accepted in rate columns");

	/* Arrays: the same rule. */
	ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	static const char *const ids[] = { "c1", "c2" };
	static const double ok[] = { 100, 0 };
	static const double bad[] = { 100, 100.5 };
	ck_assert_int_eq(edubal_dataset_begin_table(ds, COUNTIES, 2, NULL, err),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, COUNTIES, "county_id", ids,
		2, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, COUNTIES,
		"government_work_score", ok, 2, NULL, 0, err), EDUBAL_OK);
	check_failure(edubal_dataset_set_numbers(ds, COUNTIES,
		"government_work_score", bad, 2, NULL, 0, err), err,
		(struct failure) { EDUBAL_EDATA, 2, "government_work_score",
		"100.5", "score outside [0, 100]" });
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

/* ---------------------------------------------------------------------
 * Words of the enumerated columns (profile conditions)
 * ------------------------------------------------------------------- */

START_TEST(test_enum_word_value)
{
	static const struct {
		const char *column;
		const char *word;
		double value;
	} hits[] = {
		{ "type", "primary", EDUBAL__TYPE_PRIMARY },
		{ "type", "小学", EDUBAL__TYPE_PRIMARY },
		{ "type", "Nine_Year", EDUBAL__TYPE_NINE_YEAR },
		{ "type", "十二年一贯制", EDUBAL__TYPE_TWELVE_YEAR },
		{ "type", "complete_secondary", EDUBAL__TYPE_COMPLETE_SECONDARY },
		{ "type", "特殊教育学校", EDUBAL__TYPE_SPECIAL },
		{ "type", "teaching_point", EDUBAL__TYPE_TEACHING_POINT },
		{ "type", "教学点", EDUBAL__TYPE_TEACHING_POINT },
		{ "location", "urban", EDUBAL__URBAN },
		{ "location", "镇区", EDUBAL__TOWN },
		{ "location", "RURAL", EDUBAL__RURAL },
		{ "location", "乡村", EDUBAL__RURAL },
		{ "section", "junior", EDUBAL__JUNIOR },
		{ "section", "高中", EDUBAL__SENIOR },
		{ "section", "小学", EDUBAL__PRIMARY },
		{ "ownership", "public", EDUBAL__PUBLIC },
		{ "ownership", "inclusive_private", EDUBAL__INCLUSIVE_PRIVATE },
		{ "ownership", "private", EDUBAL__OTHER_PRIVATE },
		{ "ownership", "公办", EDUBAL__PUBLIC },
		{ "ownership", "普惠性民办", EDUBAL__INCLUSIVE_PRIVATE },
		{ "ownership", "其他民办", EDUBAL__OTHER_PRIVATE },
		{ "ownership", "民办", EDUBAL__OTHER_PRIVATE },
	};
	for (size_t i = 0; i < LEN(hits); i++) {
		double v = -1;
		ck_assert_msg(edubal__enum_word_value(hits[i].column, hits[i].word,
			&v), "%s %s", hits[i].column, hits[i].word);
		ck_assert_msg(v == hits[i].value, "%s %s: %g", hits[i].column,
			hits[i].word, v);
	}
	static const struct {
		const char *column;
		const char *word;
	} misses[] = {
		{ "type", "college" },          /* unknown word */
		{ "type", "public" },           /* a word of another column */
		{ "ownership", "urban" },
		{ "location", "suburb" },
		{ "section", "middle" },
		{ "type", "" },
		{ "type", " primary" },         /* words are not trimmed */
		{ "boarding", "yes" },          /* a boolean, not an enum */
		{ "county_id", "c1" },          /* not enumerated */
		{ "students_primary", "1" },
		{ "Type", "primary" },          /* column names are exact */
		{ "colour", "red" },            /* unknown column */
	};
	for (size_t i = 0; i < LEN(misses); i++) {
		double v = 42;
		ck_assert_msg(!edubal__enum_word_value(misses[i].column,
			misses[i].word, &v), "%s \"%s\"", misses[i].column,
			misses[i].word);
		ck_assert(v == 42);   /* untouched */
	}
	double v = 42;
	ck_assert(!edubal__enum_word_value(NULL, "primary", &v));
	ck_assert(!edubal__enum_word_value("type", NULL, &v));
	ck_assert(!edubal__enum_word_value("type", "primary", NULL));
	ck_assert(v == 42);
	/* A word gives what a cell with that word holds. */
	edubal_dataset *ds = load_csv(KINDERGARTENS, "kindergarten_id,county_id,"
		"ownership,children\nk1,c1,普惠性民办,10\n");
	ck_assert(edubal__enum_word_value("ownership", "inclusive_private", &v));
	ck_assert(number_at(ds, KINDERGARTENS, "ownership", 0) == v);
	edubal_dataset_free(ds);
}
END_TEST

/* ---------------------------------------------------------------------
 * docs/data.md documents every catalog column as the catalog has it
 * ------------------------------------------------------------------- */

static const char *docs_path = NULL;

static const char *
kind_word(enum edubal__value_kind kind)
{
	switch (kind) {
	case EDUBAL__VALUE_ID: return "id";
	case EDUBAL__VALUE_TEXT: return "text";
	case EDUBAL__VALUE_COUNT: return "count";
	case EDUBAL__VALUE_AMOUNT: return "amount";
	case EDUBAL__VALUE_RATE: return "rate";
	case EDUBAL__VALUE_BOOL: return "boolean";
	case EDUBAL__VALUE_GRADE: return "grade";
	case EDUBAL__VALUE_SCORE: return "score";
	case EDUBAL__VALUE_YEAR: return "year";
	default: return "word";
	}
}

/* A bound as the doc writes it: 200, 100000, 1e7, 2e8, 1e12. */
static void
bound_text(double max, char *buf, size_t size)
{
	if (max < 1e6) {
		snprintf(buf, size, "%.0f", max);
		return;
	}
	int e = (int) floor(log10(max));
	snprintf(buf, size, "%.15ge%d", max / pow(10, e), e);
}

/* "| `name` | kind | unit | range | required |" of a catalog column. */
static void
doc_row(const struct edubal__column_spec *c, char *buf, size_t size)
{
	char range[64] = "—", bound[32];
	const char *unit = "—";
	switch (c->kind) {
	case EDUBAL__VALUE_COUNT:
	case EDUBAL__VALUE_AMOUNT:
		unit = c->unit ? c->unit : "—";
		if (c->max > 0) {
			bound_text(c->max, bound, sizeof bound);
			snprintf(range, sizeof range, "0 – %s", bound);
		} else {
			snprintf(range, sizeof range, "≥ 0");
		}
		break;
	case EDUBAL__VALUE_RATE:
		unit = "fraction";
		snprintf(range, sizeof range, "0 – 1");
		break;
	case EDUBAL__VALUE_SCORE:
		unit = "points";
		snprintf(range, sizeof range, "0 – %d", EDUBAL__SCORE_MAX);
		break;
	case EDUBAL__VALUE_GRADE:
		snprintf(range, sizeof range, "%d – %d", EDUBAL__GRADE_MIN,
			EDUBAL__GRADE_MAX);
		break;
	case EDUBAL__VALUE_YEAR:
		snprintf(range, sizeof range, "%d – %d", EDUBAL__YEAR_MIN,
			EDUBAL__YEAR_MAX);
		break;
	default:
		break;
	}
	snprintf(buf, size, "| `%s` | %s | %s | %s | %s |", c->name,
		kind_word(c->kind), unit, range, c->required ? "yes" : "no");
}

static char *
read_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_msg(f != NULL, "cannot open %s", path);
	ck_assert_int_eq(fseek(f, 0, SEEK_END), 0);
	long n = ftell(f);
	ck_assert(n >= 0);
	ck_assert_int_eq(fseek(f, 0, SEEK_SET), 0);
	char *text = malloc((size_t) n + 1);
	ck_assert_ptr_nonnull(text);
	ck_assert_uint_eq(fread(text, 1, (size_t) n, f), (size_t) n);
	text[n] = '\0';
	fclose(f);
	return text;
}

/* The section "### <file>.csv ..." of the doc, up to the next heading. */
static char *
doc_section(const char *doc, const char *table)
{
	char heading[64];
	snprintf(heading, sizeof heading, "\n### %s.csv", table);
	const char *start = strstr(doc, heading);
	ck_assert_msg(start != NULL, "docs: no heading \"### %s.csv\"", table);
	start++;
	const char *end = start + 1;
	while ((end = strstr(end, "\n#")) != NULL && strncmp(end, "\n####", 5) == 0)
		end++;
	size_t len = end ? (size_t) (end - start) : strlen(start);
	char *section = malloc(len + 1);
	ck_assert_ptr_nonnull(section);
	memcpy(section, start, len);
	section[len] = '\0';
	return section;
}

/* Whether a line of text starts with prefix. */
static bool
has_line(const char *text, const char *prefix)
{
	size_t len = strlen(prefix);
	for (const char *p = text; p; p = strchr(p, '\n')) {
		if (*p == '\n')
			p++;
		if (strncmp(p, prefix, len) == 0)
			return true;
	}
	return false;
}

static void
check_doc_table(const char *doc, enum edubal_table_kind kind)
{
	const struct edubal__table_spec *t = edubal__catalog_table(kind);
	char *section = doc_section(doc, t->name);
	char row[256];
	for (size_t k = 0; k < t->column_count; k++) {
		doc_row(&t->columns[k], row, sizeof row);
		ck_assert_msg(has_line(section, row), "docs/data.md, %s.csv: no row "
			"starting\n%s", t->name, row);
	}
	for (size_t l = 0; l < t->limit_count; l++) {
		snprintf(row, sizeof row, "`%s` ≤ `%s`", t->limits[l].column,
			t->limits[l].limit);
		ck_assert_msg(strstr(section, row) != NULL, "docs/data.md, %s.csv: "
			"rule %s not documented", t->name, row);
	}
	/* Every column of the file's column table is in the catalog. */
	static const char header[] = "\n| column | kind | unit | range | "
		"required | meaning |\n|---|";
	const char *p = strstr(section, header);
	ck_assert_msg(p != NULL, "docs/data.md, %s.csv: no column table",
		t->name);
	p = strchr(p + 1, '\n');          /* the |---| line */
	for (p = strchr(p + 1, '\n'); p && p[1] == '|';
	     p = strchr(p + 1, '\n')) {
		ck_assert_msg(strncmp(p, "\n| `", 4) == 0, "docs/data.md, %s.csv: "
			"a row of the column table names no column", t->name);
		const char *name = p + 4;
		size_t len = strcspn(name, "`");
		char column[64];
		snprintf(column, sizeof column, "%.*s", (int) len, name);
		size_t index;
		ck_assert_msg(edubal__catalog_find(t, column, &index),
			"docs/data.md, %s.csv documents unknown column %s", t->name,
			column);
	}
	free(section);
}

START_TEST(test_docs_match_catalog)
{
	char fallback[4096];
	const char *path = docs_path;
	if (!path) {
		snprintf(fallback, sizeof fallback, "%s/../../docs/data.md",
			sample_dir);
		path = fallback;
	}
	char *doc = read_file(path);
	for (int k = 0; k < (int) LEN(file_names); k++)
		check_doc_table(doc, (enum edubal_table_kind) k);
	ck_assert_ptr_null(edubal__catalog_table((enum edubal_table_kind)
		LEN(file_names)));
	free(doc);
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
	tcase_add_test(tc, test_arrays_text_must_be_utf8);
	tcase_add_test(tc, test_arrays_set_twice_replaces);
	tcase_add_test(tc, test_arrays_bad_numbers);
	tcase_add_test(tc, test_arrays_bad_arguments);
	tcase_add_test(tc, test_arrays_bad_text);
	tcase_add_test(tc, test_arrays_table_rules);
	tcase_add_test(tc, test_arrays_unknown_column_note);
	tcase_add_test(tc, test_arrays_begin_discards);
	suite_add_tcase(s, tc);

	tc = tcase_create("funding-and-new-columns");
	tcase_add_test(tc, test_funding_loads);
	tcase_add_test(tc, test_funding_duplicate_pair);
	tcase_add_test(tc, test_funding_year_range);
	tcase_add_test(tc, test_funding_arrays);
	tcase_add_test(tc, test_new_columns_load);
	tcase_add_test(tc, test_staff_within_teachers);
	tcase_add_test(tc, test_degree_teachers_within_teachers);
	tcase_add_test(tc, test_new_county_limits);
	tcase_add_test(tc, test_score_bounds);
	suite_add_tcase(s, tc);

	tc = tcase_create("enum-words");
	tcase_add_test(tc, test_enum_word_value);
	suite_add_tcase(s, tc);

	tc = tcase_create("docs");
	tcase_add_test(tc, test_docs_match_catalog);
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
	if (argc > 2)
		docs_path = argv[2];
	SRunner *sr = srunner_create(dataset_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
