/*
 * tests/unit/test_load.c - how a dataset stores what it loads
 * (src/dataset/frame.c, pool.c) and the CSV stream that fills it
 * (src/io/csv_stream.c, edubal_dataset_read_csv).
 *
 * Storage: a numeric column is int32_t while its values are whole numbers
 * that fit and doubles otherwise, and edubal__cell_number must give back
 * exactly the number stored either way; text cells live in a frame's pool,
 * an id equal to the row above sharing its copy.  Stream: any chunk size
 * (down to one byte, so that chunks end inside fields, quoted newlines and
 * UTF-8 sequences) gives the same cells, row numbers and errors.
 */
#define _POSIX_C_SOURCE 200809L  /* popen */
#include <check.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/dataset.h>
#include <edubal/io.h>
#include <edubal/status.h>

#include "dataset/dataset.h"
#include "dataset/internal.h"

#define SCHOOLS EDUBAL_TABLE_SCHOOLS

/* ---------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------- */

/* Bitwise equality, so that -0 and +0 differ; NaN equals NaN. */
static bool
same_number(double a, double b)
{
	return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

/* Write len bytes of csv to a new file named in path[32]. */
static void
write_file(const char *csv, size_t len, char path[32])
{
	strcpy(path, "/tmp/edubal-test-load-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	FILE *f = fdopen(fd, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(csv, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
}

/* Read csv as schools.csv in chunks of chunk bytes into *ds (a new
 * dataset, freed by the caller); the status, with err filled. */
static edubal_status
read_chunked(const char *csv, size_t len, size_t chunk, edubal_dataset **ds,
	edubal_error *err)
{
	char path[32];
	write_file(csv, len, path);
	*ds = edubal_dataset_new();
	ck_assert_ptr_nonnull(*ds);
	edubal_status st = edubal__dataset_read_csv_chunked(*ds, SCHOOLS, path,
		chunk, err);
	remove(path);
	return st;
}

static const struct edubal__column *
column(const edubal_dataset *ds, const char *name)
{
	const struct edubal__column *c = edubal__frame_column(
		edubal__dataset_frame(ds, SCHOOLS), name);
	ck_assert_msg(c != NULL, "no column %s", name);
	return c;
}

/* A header and rows that satisfy every table rule. */
#define HEAD "school_id,county_id,name,type,students_primary," \
	"teachers_primary,teaching_room_area,equipment_value\n"

/* ---------------------------------------------------------------------
 * int32 columns
 * ------------------------------------------------------------------- */

/* Store value in a fresh numeric column of 4 rows at row 2 and read it
 * back; *stayed_int tells whether the column is still int32_t. */
static double
round_trip(double value, bool *stayed_int)
{
	struct edubal__column col;
	ck_assert(edubal__column_init(&col, "x", false, 4));
	ck_assert(edubal__column_set_number(&col, 2, value, 4));
	double got = edubal__cell_number(&col, 2);
	*stayed_int = col.ints != NULL;
	/* The other rows are still "not given", in either storage. */
	ck_assert(isnan(edubal__cell_number(&col, 0)));
	ck_assert(isnan(edubal__cell_number(&col, 3)));
	edubal__column_clear(&col);
	return got;
}

static void
expect_int(double value)
{
	bool as_int;
	double got = round_trip(value, &as_int);
	ck_assert_msg(as_int, "%.17g left int32 storage", value);
	ck_assert_msg(same_number(got, value), "%.17g read back as %.17g", value,
		got);
}

static void
expect_double(double value)
{
	bool as_int;
	double got = round_trip(value, &as_int);
	ck_assert_msg(!as_int, "%.17g kept as int32", value);
	ck_assert_msg(same_number(got, value), "%.17g read back as %.17g", value,
		got);
}

/* Every whole number from INT32_MIN + 1 to INT32_MAX is kept exactly as
 * an int32_t: all of them near 0 and near both limits, and a stride of
 * 65,521 (a prime) across the whole range. */
START_TEST(test_int32_round_trip_exact)
{
	for (int64_t v = -70000; v <= 70000; v++)
		expect_int((double) v);
	for (int64_t k = 0; k < 70000; k++) {
		expect_int((double) (INT32_MAX - k));
		expect_int((double) ((int64_t) INT32_MIN + 1 + k));
	}
	for (int64_t v = (int64_t) INT32_MIN + 1; v <= INT32_MAX; v += 65521)
		expect_int((double) v);
	for (int p = 0; p < 31; p++) {
		expect_int(ldexp(1, p));
		expect_int(-ldexp(1, p) + 1);
	}
}
END_TEST

/* What an int32_t cannot keep turns the column into doubles, exactly. */
START_TEST(test_values_that_need_doubles)
{
	expect_double((double) INT32_MAX + 1);
	expect_double((double) INT32_MIN);      /* the "not given" mark */
	expect_double((double) INT32_MIN - 1);
	expect_double(-0.0);                    /* would read back as +0 */
	expect_double(0.5);
	expect_double(1710.8);
	expect_double(1e11);
	expect_double(1e-300);
	expect_double(-2.5);
	/* NaN is "not given" and leaves an int column as it is. */
	bool as_int;
	ck_assert(isnan(round_trip(NAN, &as_int)));
	ck_assert(as_int);
}
END_TEST

/* A column widened mid-way keeps the values stored before, given or not. */
START_TEST(test_widening_keeps_earlier_cells)
{
	struct edubal__column col;
	ck_assert(edubal__column_init(&col, "x", false, 5));
	ck_assert(edubal__column_set_number(&col, 0, 7, 5));
	ck_assert(edubal__column_set_number(&col, 1, -2147483647.0, 5));
	ck_assert(edubal__column_set_number(&col, 3, 0.25, 5));
	ck_assert_ptr_null(col.ints);
	ck_assert(same_number(edubal__cell_number(&col, 0), 7));
	ck_assert(same_number(edubal__cell_number(&col, 1), -2147483647.0));
	ck_assert(isnan(edubal__cell_number(&col, 2)));
	ck_assert(same_number(edubal__cell_number(&col, 3), 0.25));
	ck_assert(isnan(edubal__cell_number(&col, 4)));
	edubal__column_clear(&col);
}
END_TEST

/* Loaded from CSV: counts stay int32, areas with decimals and money over
 * 2^31 - 1 yuan become doubles; every cell is the number written. */
START_TEST(test_csv_columns_int_and_double)
{
	const char *csv = HEAD
		"S1,C1,一小,primary,265,21,1710.8,716248\n"
		"S2,C1,二小,primary,466,29,2741,3000000000\n"
		"S3,C2,三小,primary,100,8,,\n";
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds;
	ck_assert_int_eq(read_chunked(csv, strlen(csv), 0, &ds, err), EDUBAL_OK);
	const struct edubal__column *students = column(ds, "students_primary");
	const struct edubal__column *area = column(ds, "teaching_room_area");
	const struct edubal__column *money = column(ds, "equipment_value");
	const struct edubal__column *type = column(ds, "type");
	ck_assert_ptr_nonnull(students->ints);
	ck_assert_ptr_nonnull(type->ints);
	ck_assert_ptr_null(area->ints);
	ck_assert_ptr_null(money->ints);
	ck_assert(same_number(edubal__cell_number(students, 1), 466));
	ck_assert(same_number(edubal__cell_number(type, 0),
		EDUBAL__TYPE_PRIMARY));
	ck_assert(same_number(edubal__cell_number(area, 0), 1710.8));
	ck_assert(same_number(edubal__cell_number(area, 1), 2741));
	ck_assert(isnan(edubal__cell_number(area, 2)));
	ck_assert(same_number(edubal__cell_number(money, 0), 716248));
	ck_assert(same_number(edubal__cell_number(money, 1), 3e9));
	ck_assert(isnan(edubal__cell_number(money, 2)));
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

/* The planner adds to cells (SPEC §7.7): a whole addition keeps an int
 * column, a fractional one widens it; a cell not given takes nothing. */
START_TEST(test_add_number_to_int_column)
{
	const char *csv = HEAD
		"S1,C1,,primary,265,21,,\n"
		"S2,C1,,primary,466,29,,\n";
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds;
	ck_assert_int_eq(read_chunked(csv, strlen(csv), 0, &ds, err), EDUBAL_OK);
	const struct edubal__column *teachers = column(ds, "teachers_primary");
	ck_assert(edubal__dataset_add_number(ds, SCHOOLS, 0, "teachers_primary",
		3));
	ck_assert_ptr_nonnull(teachers->ints);
	ck_assert(same_number(edubal__cell_number(teachers, 0), 24));
	ck_assert(edubal__dataset_add_number(ds, SCHOOLS, 1, "teachers_primary",
		0.5));
	ck_assert_ptr_null(teachers->ints);
	ck_assert(same_number(edubal__cell_number(teachers, 1), 29.5));
	ck_assert(same_number(edubal__cell_number(teachers, 0), 24));
	ck_assert(edubal__dataset_add_number(ds, SCHOOLS, 1, "teachers_primary",
		0.25));
	ck_assert(same_number(edubal__cell_number(teachers, 1), 29.75));
	/* Not given, text, unknown column, row out of range: refused. */
	ck_assert(!edubal__dataset_add_number(ds, SCHOOLS, 0,
		"teaching_room_area", 1));
	ck_assert(!edubal__dataset_add_number(ds, SCHOOLS, 0, "school_id", 1));
	ck_assert(!edubal__dataset_add_number(ds, SCHOOLS, 0, "books", 1));
	ck_assert(!edubal__dataset_add_number(ds, SCHOOLS, 2,
		"teachers_primary", 1));
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

/* ---------------------------------------------------------------------
 * The string pool
 * ------------------------------------------------------------------- */

/* Ids are trimmed and pooled; a value equal to the row above shares its
 * copy, in the loaded frame and in the planner's deep copy. */
START_TEST(test_pool_shares_repeated_ids)
{
	const char *csv = HEAD
		"S1, C1 ,一小,primary,265,21,,\n"
		"S2,C1,二小,primary,466,29,,\n"
		"S3,C2,三小,primary,100,8,,\n"
		"S4,C1,  ,primary,100,8,,\n";
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds;
	ck_assert_int_eq(read_chunked(csv, strlen(csv), 0, &ds, err), EDUBAL_OK);
	const struct edubal__column *county = column(ds, "county_id");
	const struct edubal__column *name = column(ds, "name");
	ck_assert_str_eq(edubal__cell_text(county, 0), "C1");
	ck_assert_ptr_eq(edubal__cell_text(county, 0),
		edubal__cell_text(county, 1));
	ck_assert_str_eq(edubal__cell_text(county, 2), "C2");
	ck_assert_str_eq(edubal__cell_text(county, 3), "C1");
	ck_assert_str_eq(edubal__cell_text(name, 2), "三小");
	ck_assert_ptr_null(edubal__cell_text(name, 3));   /* blank: not given */
	/* Distinct values are distinct strings in the pool. */
	ck_assert_ptr_ne(edubal__cell_text(name, 0), edubal__cell_text(name, 1));
	edubal_dataset *copy;
	ck_assert_int_eq(edubal__dataset_copy(ds, &copy), EDUBAL_OK);
	const struct edubal__column *c2 = column(copy, "county_id");
	ck_assert_ptr_ne(edubal__cell_text(c2, 0), edubal__cell_text(county, 0));
	ck_assert_ptr_eq(edubal__cell_text(c2, 0), edubal__cell_text(c2, 1));
	ck_assert_str_eq(edubal__cell_text(c2, 3), "C1");
	ck_assert_str_eq(edubal__cell_text(column(copy, "name"), 0), "一小");
	edubal_dataset_free(copy);
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

/* More text than a pool chunk (64 KiB), and one string longer than a
 * chunk: every string stays intact. */
START_TEST(test_pool_chunks)
{
	struct edubal__pool_chunk *pool = NULL;
	enum { N = 5000 };
	static char *kept[N];
	char text[32];
	for (size_t i = 0; i < N; i++) {
		int n = snprintf(text, sizeof text, "school-%zu-abcdefghij", i);
		kept[i] = edubal__pool_copy(&pool, text, (size_t) n);
		ck_assert_ptr_nonnull(kept[i]);
		if (i == N / 2) {
			static char big[100000];
			memset(big, 'x', sizeof big);
			char *b = edubal__pool_copy(&pool, big, sizeof big);
			ck_assert_ptr_nonnull(b);
			ck_assert_uint_eq(strlen(b), sizeof big);
		}
	}
	for (size_t i = 0; i < N; i++) {
		snprintf(text, sizeof text, "school-%zu-abcdefghij", i);
		ck_assert_str_eq(kept[i], text);
	}
	edubal__pool_free(&pool);
	ck_assert_ptr_null(pool);
}
END_TEST

/* ---------------------------------------------------------------------
 * The stream, in chunks of every size
 * ------------------------------------------------------------------- */

/* Read csv whole and in chunks of 1 to 40 bytes: every time EDUBAL_EDATA
 * at row, column col, with needle in the message, and no table added. */
static void
expect_error_any_chunk(const char *csv, size_t len, size_t row,
	const char *col, const char *needle)
{
	for (size_t chunk = 0; chunk <= 40; chunk++) {
		edubal_error *err = edubal_error_new();
		edubal_dataset *ds;
		edubal_status st = read_chunked(csv, len, chunk, &ds, err);
		const char *msg = edubal_error_message(err);
		ck_assert_msg(st == EDUBAL_EDATA, "chunk %zu: status %d: %s", chunk,
			(int) st, msg);
		ck_assert_msg(edubal_error_row(err) == row, "chunk %zu: row %zu, "
			"want %zu: %s", chunk, edubal_error_row(err), row, msg);
		ck_assert_str_eq(edubal_error_column(err), col);
		ck_assert_msg(strstr(msg, needle), "chunk %zu: \"%s\" lacks \"%s\"",
			chunk, msg, needle);
		ck_assert_ptr_null(edubal__dataset_frame(ds, SCHOOLS));
		edubal_dataset_free(ds);
		edubal_error_free(err);
	}
}

/* A quoted name holding two line breaks is one row: the next row is
 * spreadsheet row 3 (header 1, the quoted row 2), whatever the chunks. */
START_TEST(test_quoted_newlines_row_numbers)
{
	const char *ok = HEAD
		"S1,C1,\"第一\n小学\r\nA\",primary,265,21,,\n"
		"S2,C1,二小,primary,466,29,,\n";
	for (size_t chunk = 0; chunk <= 40; chunk++) {
		edubal_error *err = edubal_error_new();
		edubal_dataset *ds;
		ck_assert_int_eq(read_chunked(ok, strlen(ok), chunk, &ds, err),
			EDUBAL_OK);
		const struct edubal__frame *f = edubal__dataset_frame(ds, SCHOOLS);
		ck_assert_uint_eq(f->rows, 2);
		ck_assert_str_eq(edubal__cell_text(column(ds, "name"), 0),
			"第一\n小学\r\nA");
		ck_assert_uint_eq(edubal__frame_row_number(f, 0), 2);
		ck_assert_uint_eq(edubal__frame_row_number(f, 1), 3);
		edubal_dataset_free(ds);
		edubal_error_free(err);
	}
	const char *bad = HEAD
		"S1,C1,\"第一\n小学\",primary,265,21,,\n"
		"S2,C1,二小,primary,-466,29,,\n";
	expect_error_any_chunk(bad, strlen(bad), 3, "students_primary",
		"negative count");
}
END_TEST

/* Chunks that end inside a field and inside a UTF-8 sequence (every split
 * of 三 and 小, 3 bytes each) give the same text; a BOM split over the
 * first chunks is still skipped. */
START_TEST(test_chunks_split_fields_and_utf8)
{
	const char *csv = "\xEF\xBB\xBF" HEAD
		"S1,C1,三小学校三小学校三小学校,primary,265,21,1710.8,\n"
		"S2,C1,二小,primary,466,29,,\n";
	for (size_t chunk = 0; chunk <= 64; chunk++) {
		edubal_error *err = edubal_error_new();
		edubal_dataset *ds;
		ck_assert_msg(read_chunked(csv, strlen(csv), chunk, &ds, err) ==
			EDUBAL_OK, "chunk %zu: %s", chunk, edubal_error_message(err));
		ck_assert_str_eq(edubal__cell_text(column(ds, "school_id"), 0), "S1");
		ck_assert_str_eq(edubal__cell_text(column(ds, "name"), 0),
			"三小学校三小学校三小学校");
		ck_assert(same_number(edubal__cell_number(
			column(ds, "teaching_room_area"), 0), 1710.8));
		ck_assert(same_number(edubal__cell_number(
			column(ds, "students_primary"), 1), 466));
		edubal_dataset_free(ds);
		edubal_error_free(err);
	}
}
END_TEST

/* Bad UTF-8 (a lead byte cut short), a ragged row and a blank line before
 * a bad cell: the same error for every chunk size. */
START_TEST(test_errors_any_chunk)
{
	const char *utf8 = HEAD
		"S1,C1,三小,primary,265,21,,\n"
		"S2,C1,\xE4\xB8,primary,466,29,,\n";
	expect_error_any_chunk(utf8, strlen(utf8), 3, "name", "not valid UTF-8");
	const char *ragged = HEAD
		"S1,C1,三小,primary,265,21,,\n"
		"S2,C1,二小,primary,466\n";
	expect_error_any_chunk(ragged, strlen(ragged), 3, "teachers_primary",
		"the row has 5 fields but the header has 8");
	const char *blank = HEAD
		"\n"
		"S1,C1,三小,primary,265,21,,\n"
		"\r\n"
		"S2,C1,二小,primary,4x6,29,,\n";
	expect_error_any_chunk(blank, strlen(blank), 5, "students_primary",
		"not a number");
	/* A bad cell before a CSV error: the CSV error wins, as when the
	 * table was read whole before any cell was converted. */
	const char *both = HEAD
		"S1,C1,三小,primary,-1,21,,\n"
		"S2,C1,\"二小,primary,466,29,,\n";
	expect_error_any_chunk(both, strlen(both), 3, "name", "malformed CSV");
}
END_TEST

/* Blank lines keep spreadsheet row numbers; without them none are kept. */
START_TEST(test_row_numbers_kept_only_when_needed)
{
	const char *plain = HEAD "S1,C1,,primary,1,1,,\nS2,C1,,primary,1,1,,\n";
	const char *blank = HEAD "S1,C1,,primary,1,1,,\n\n\nS2,C1,,primary,1,1,,\n";
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds;
	ck_assert_int_eq(read_chunked(plain, strlen(plain), 0, &ds, err),
		EDUBAL_OK);
	const struct edubal__frame *f = edubal__dataset_frame(ds, SCHOOLS);
	ck_assert_ptr_null(f->row_numbers);
	ck_assert_uint_eq(edubal__frame_row_number(f, 1), 3);
	edubal_dataset_free(ds);
	ck_assert_int_eq(read_chunked(blank, strlen(blank), 0, &ds, err),
		EDUBAL_OK);
	f = edubal__dataset_frame(ds, SCHOOLS);
	ck_assert_uint_eq(edubal__frame_row_number(f, 0), 2);
	ck_assert_uint_eq(edubal__frame_row_number(f, 1), 5);
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

/* More rows than the first guess of room (no newlines to count: \r line
 * ends) grow the frame; the cells are all there. */
START_TEST(test_growth_beyond_the_line_count)
{
	enum { ROWS = 3000 };
	size_t cap = (size_t) ROWS * 48 + 256, used = 0;
	char *csv = malloc(cap);
	ck_assert_ptr_nonnull(csv);
	used += (size_t) snprintf(csv, cap, "school_id,county_id,type,"
		"students_primary,teachers_primary\r");
	for (size_t i = 0; i < ROWS; i++)
		used += (size_t) snprintf(csv + used, cap - used,
			"S%zu,C%zu,primary,%zu,%zu\r", i, i / 100, 100 + i, 1 + i % 9);
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds;
	ck_assert_msg(read_chunked(csv, used, 0, &ds, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	const struct edubal__frame *f = edubal__dataset_frame(ds, SCHOOLS);
	ck_assert_uint_eq(f->rows, ROWS);
	ck_assert_uint_eq(f->capacity, ROWS);
	for (size_t i = 0; i < ROWS; i++) {
		ck_assert(same_number(edubal__cell_number(
			column(ds, "students_primary"), i), (double) (100 + i)));
		ck_assert_uint_eq(edubal__frame_row_number(f, i), i + 2);
	}
	edubal_dataset_free(ds);
	edubal_error_free(err);
	free(csv);
}
END_TEST

/* A file that cannot be read twice (a pipe) is read once, growing the
 * frame as it goes: the same table as from a regular file. */
START_TEST(test_pipe_read_once)
{
	FILE *f = popen("printf 'school_id,county_id,type,students_primary,"
		"teachers_primary\\nS1,C1,primary,265,21\\n"
		"S2,C1,primary,466,29\\n'", "r");
	ck_assert_ptr_nonnull(f);
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	edubal_status st = edubal__dataset_read_file(ds, SCHOOLS, f, "pipe", 0,
		err);
	ck_assert_int_eq(pclose(f), 0);
	ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	ck_assert_uint_eq(edubal_dataset_rows(ds, SCHOOLS), 2);
	ck_assert(same_number(edubal__cell_number(column(ds, "students_primary"),
		1), 466));
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

/* A line ended by a bare \r (old Mac files) and the next ended by \n:
 * the second is a row too.  It used to be taken for the \n of a \r\n
 * pair and dropped without a word (found by fuzzing the stream against
 * the table path); both paths read it now. */
START_TEST(test_row_after_bare_cr)
{
	static const char csv[] = "school_id,county_id,type,students_primary,"
		"teachers_primary\rS1,C1,primary,265,21\nS2,C1,primary,466,29\r\n"
		"S3,C2,primary,100,8\n";
	edubal_error *err = edubal_error_new();
	for (size_t chunk = 0; chunk <= 7; chunk++) {
		edubal_dataset *ds;
		ck_assert_msg(read_chunked(csv, strlen(csv), chunk, &ds, err) ==
			EDUBAL_OK, "%s", edubal_error_message(err));
		const struct edubal__frame *f = edubal__dataset_frame(ds, SCHOOLS);
		ck_assert_uint_eq(f->rows, 3);
		ck_assert_str_eq(edubal__cell_text(column(ds, "school_id"), 0), "S1");
		ck_assert_uint_eq(edubal__frame_row_number(f, 0), 2);
		ck_assert_uint_eq(edubal__frame_row_number(f, 2), 4);
		edubal_dataset_free(ds);
	}
	edubal_table *table;
	ck_assert_int_eq(edubal_table_parse_csv(csv, strlen(csv), "t.csv",
		&table, err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_table_rows(table), 3);
	ck_assert_str_eq(edubal_table_cell(table, 0, 0), "S1");
	ck_assert_uint_eq(edubal_table_row_number(table, 2), 4);
	edubal_table_free(table);
	edubal_error_free(err);
}
END_TEST

/* A NUL byte ends a cell, as for every reader of C strings: "12\0%" is
 * 12 (not a percentage) and "\0x" is empty, as through an edubal_table. */
START_TEST(test_nul_byte_ends_a_cell)
{
	static const char csv[] = HEAD
		"S1,C1,一\0二,primary,12\0%,\0x,,\n";
	size_t len = sizeof csv - 1;
	edubal_error *err = edubal_error_new();
	for (size_t chunk = 0; chunk <= 9; chunk++) {
		edubal_dataset *ds;
		ck_assert_msg(read_chunked(csv, len, chunk, &ds, err) == EDUBAL_OK,
			"%s", edubal_error_message(err));
		ck_assert_str_eq(edubal__cell_text(column(ds, "name"), 0), "一");
		ck_assert(same_number(edubal__cell_number(
			column(ds, "students_primary"), 0), 12));
		ck_assert(isnan(edubal__cell_number(column(ds, "teachers_primary"),
			0)));
		edubal_dataset_free(ds);
	}
	edubal_table *table;
	ck_assert_int_eq(edubal_table_parse_csv(csv, len, "t.csv", &table, err),
		EDUBAL_OK);
	ck_assert_str_eq(edubal_table_cell(table, 0, 4), "12");
	ck_assert_str_eq(edubal_table_cell(table, 0, 5), "");
	edubal_table_free(table);
	edubal_error_free(err);
}
END_TEST

static Suite *
load_suite(void)
{
	Suite *s = suite_create("load");
	TCase *tc = tcase_create("int32");
	tcase_add_test(tc, test_int32_round_trip_exact);
	tcase_add_test(tc, test_values_that_need_doubles);
	tcase_add_test(tc, test_widening_keeps_earlier_cells);
	tcase_add_test(tc, test_csv_columns_int_and_double);
	tcase_add_test(tc, test_add_number_to_int_column);
	suite_add_tcase(s, tc);

	tc = tcase_create("pool");
	tcase_add_test(tc, test_pool_shares_repeated_ids);
	tcase_add_test(tc, test_pool_chunks);
	suite_add_tcase(s, tc);

	tc = tcase_create("stream");
	/* Every chunk size from 1 to 64 bytes takes about 8 s under ASan,
	 * more than Check's default limit of 4 s per case. */
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_quoted_newlines_row_numbers);
	tcase_add_test(tc, test_chunks_split_fields_and_utf8);
	tcase_add_test(tc, test_errors_any_chunk);
	tcase_add_test(tc, test_row_numbers_kept_only_when_needed);
	tcase_add_test(tc, test_growth_beyond_the_line_count);
	tcase_add_test(tc, test_nul_byte_ends_a_cell);
	tcase_add_test(tc, test_pipe_read_once);
	tcase_add_test(tc, test_row_after_bare_cr);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(load_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
