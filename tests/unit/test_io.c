/*
 * tests/unit/test_io.c - unit tests of edubal/io.h and edubal/status.h:
 * CSV tables, typed column access, the error object, status text and the
 * library version.
 *
 * Environment (set by tests/unit/meson.build, all optional):
 *   EDUBAL_TEST_DATA    directory of tests/data (five-schools.csv)
 *   EDUBAL_TEST_TMPDIR  where temporary CSV files are written (else /tmp)
 *   LOCPATH             may hold a generated de_DE.UTF-8 locale
 */
#include <check.h>
#include <locale.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <edubal/edubal.h>

#define LEN(a) (sizeof (a) / sizeof *(a))
#define SENTINEL 42.0

/* Never a real table: parse and read must leave *out_table alone. */
static char sentinel_storage;
#define SENTINEL_TABLE ((edubal_table *) (void *) &sentinel_storage)

/* ---------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------- */

static edubal_table *
parse_ok(const char *text, const char *source)
{
	edubal_error *err = edubal_error_new();
	edubal_table *t = NULL;
	edubal_status st = edubal_table_parse_csv(text, strlen(text), source, &t,
		err);
	ck_assert_msg(st == EDUBAL_OK, "parse failed: %s",
		edubal_error_message(err));
	ck_assert_ptr_nonnull(t);
	edubal_error_free(err);
	return t;
}

/* What a failing call must report. */
struct failure {
	edubal_status status;
	const char *needle;  /* must occur in the message */
	size_t row;          /* edubal_error_row() */
	const char *column;  /* edubal_error_column(), NULL = not checked */
	const char *value;   /* edubal_error_value(), NULL = not checked */
};

#define FAIL(status, needle, row, column, value) \
	((struct failure) { (status), (needle), (row), (column), (value) })

static void
check_failure(const char *what, edubal_status got, const edubal_error *err,
	struct failure want)
{
	ck_assert_msg(got == want.status, "%s: status %d (%s), want %d (%s)",
		what, (int) got, edubal_strerror(got), (int) want.status,
		edubal_strerror(want.status));
	if (!err)
		return;
	const char *msg = edubal_error_message(err);
	ck_assert_msg(edubal_error_status(err) == want.status,
		"%s: edubal_error_status() = %d, want %d (message \"%s\")", what,
		(int) edubal_error_status(err), (int) want.status, msg);
	ck_assert_msg(msg[0] != '\0', "%s: empty message", what);
	ck_assert_msg(strstr(msg, want.needle) != NULL,
		"%s: message \"%s\" does not mention \"%s\"", what, msg,
		want.needle);
	ck_assert_msg(edubal_error_row(err) == want.row,
		"%s: row %zu, want %zu (message \"%s\")", what,
		edubal_error_row(err), want.row, msg);
	if (want.column)
		ck_assert_msg(strcmp(edubal_error_column(err), want.column) == 0,
			"%s: column \"%s\", want \"%s\"", what,
			edubal_error_column(err), want.column);
	if (want.value)
		ck_assert_msg(strcmp(edubal_error_value(err), want.value) == 0,
			"%s: value \"%s\", want \"%s\"", what, edubal_error_value(err),
			want.value);
}

/*
 * Run CALL twice, with an error object and with err = NULL.  CALL is an
 * expression in `err` and `table` (initialised to SENTINEL_TABLE); both runs
 * must fail with WANT's status and leave `table` alone.
 */
#define EXPECT_TABLE_FAILURE(want, call) do { \
	for (int pass_ = 0; pass_ < 2; pass_++) { \
		edubal_error *err = pass_ ? NULL : edubal_error_new(); \
		edubal_table *table = SENTINEL_TABLE; \
		edubal_status st_ = (call); \
		check_failure(#call, st_, err, (want)); \
		ck_assert_ptr_eq(table, SENTINEL_TABLE); \
		edubal_error_free(err); \
	} \
} while (0)

/* Parsing TEXT (a string literal or array) must fail with WANT. */
#define EXPECT_PARSE_FAILURE(text, want) \
	EXPECT_TABLE_FAILURE(want, edubal_table_parse_csv((text), \
		sizeof (text) - 1, "s.csv", &table, err))

/* Directory for temporary files. */
static const char *
tmp_dir(void)
{
	const char *dir = getenv("EDUBAL_TEST_TMPDIR");
	return dir && dir[0] ? dir : "/tmp";
}

/* Write LEN bytes to a new temporary file; its path goes to PATH. */
static void
write_temp(char *path, size_t size, const char *text, size_t len)
{
	snprintf(path, size, "%s/edubal-test-XXXXXX", tmp_dir());
	int fd = mkstemp(path);
	ck_assert_msg(fd >= 0, "mkstemp(%s) failed", path);
	FILE *f = fdopen(fd, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(text, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
}

/* ---------------------------------------------------------------------
 * edubal_table_parse_csv: well-formed input
 * ------------------------------------------------------------------- */

/* SPEC §1.1 five schools, as in testdata/five-schools.csv. */
static const char five_csv[] =
	"school_id,students,books\n"
	"小学1,45,279\n小学2,37,137\n小学3,89,935\n小学4,76,160\n小学5,55,402\n";

START_TEST(test_parse_basic)
{
	edubal_table *t = parse_ok(five_csv, "five.csv");
	ck_assert_uint_eq(edubal_table_rows(t), 5);
	ck_assert_uint_eq(edubal_table_columns(t), 3);
	ck_assert_str_eq(edubal_table_source(t), "five.csv");
	ck_assert_str_eq(edubal_table_column_name(t, 0), "school_id");
	ck_assert_str_eq(edubal_table_column_name(t, 2), "books");
	ck_assert_ptr_null(edubal_table_column_name(t, 3));
	ck_assert_str_eq(edubal_table_cell(t, 0, 0), "小学1");
	ck_assert_str_eq(edubal_table_cell(t, 4, 2), "402");
	ck_assert_ptr_null(edubal_table_cell(t, 5, 0));
	ck_assert_ptr_null(edubal_table_cell(t, 0, 3));
	edubal_table_free(t);
}
END_TEST

/* RFC 4180: commas, line breaks and doubled quotes inside quotes; CRLF. */
START_TEST(test_parse_quoted)
{
	static const char text[] =
		"name,note,n\r\n"
		"\"Li, Wei\",\"line 1\nline 2\",1\r\n"
		"\"say \"\"hi\"\"\",\"\",2\r\n"
		"plain,\"a,b\r\nc\",3";          /* no final line break */
	edubal_table *t = parse_ok(text, "q.csv");
	ck_assert_uint_eq(edubal_table_rows(t), 3);
	ck_assert_uint_eq(edubal_table_columns(t), 3);
	ck_assert_str_eq(edubal_table_column_name(t, 2), "n");
	ck_assert_str_eq(edubal_table_cell(t, 0, 0), "Li, Wei");
	ck_assert_str_eq(edubal_table_cell(t, 0, 1), "line 1\nline 2");
	ck_assert_str_eq(edubal_table_cell(t, 1, 0), "say \"hi\"");
	ck_assert_str_eq(edubal_table_cell(t, 1, 1), "");
	ck_assert_str_eq(edubal_table_cell(t, 2, 1), "a,b\r\nc");
	ck_assert_str_eq(edubal_table_cell(t, 2, 2), "3");
	edubal_table_free(t);
}
END_TEST

/* A UTF-8 BOM (Excel's "CSV UTF-8") is not part of the first name. */
START_TEST(test_parse_bom)
{
	static const char text[] = "\xEF\xBB\xBFschool_id,students\nA,45\n";
	edubal_table *t = parse_ok(text, "bom.csv");
	size_t col = 99;
	ck_assert_str_eq(edubal_table_column_name(t, 0), "school_id");
	ck_assert_int_eq(edubal_table_find_column(t, "school_id", &col, NULL),
		EDUBAL_OK);
	ck_assert_uint_eq(col, 0);
	edubal_table_free(t);
}
END_TEST

START_TEST(test_parse_chinese)
{
	static const char text[] = "学校名称,学段,学生数\n城关小学,小学,1200\n"
	                           "实验中学（初中部）,初中,\"860\"\n";
	edubal_table *t = parse_ok(text, "学校.csv");
	double students[2] = { SENTINEL, SENTINEL };
	ck_assert_str_eq(edubal_table_column_name(t, 1), "学段");
	ck_assert_str_eq(edubal_table_cell(t, 1, 0), "实验中学（初中部）");
	ck_assert_str_eq(edubal_table_source(t), "学校.csv");
	ck_assert_int_eq(edubal_table_column_numbers(t, "学生数", students, 2,
		NULL), EDUBAL_OK);
	ck_assert_double_eq(students[0], 1200.0);
	ck_assert_double_eq(students[1], 860.0);
	edubal_table_free(t);
}
END_TEST

START_TEST(test_parse_header_only)
{
	edubal_table *t = parse_ok("a,b\n", NULL);
	ck_assert_uint_eq(edubal_table_rows(t), 0);
	ck_assert_uint_eq(edubal_table_columns(t), 2);
	ck_assert_ptr_nonnull(edubal_table_source(t));
	ck_assert_ptr_null(edubal_table_cell(t, 0, 0));
	edubal_table_free(t);
}
END_TEST

/*
 * GBK "小学" is D0 A1 D1 A7, which is also well-formed UTF-8 (U+0421
 * U+0467, "Сѧ"): no validator can reject it.  GBK text is caught when a
 * byte cannot start or continue a UTF-8 sequence, as in 城关 (B3 C7 B9 D8).
 */
START_TEST(test_parse_gbk_lookalike_is_utf8)
{
	edubal_table *t = parse_ok("a\n\xD0\xA1\xD1\xA7\n", "gbk.csv");
	ck_assert_str_eq(edubal_table_cell(t, 0, 0), "\xD0\xA1\xD1\xA7");
	edubal_table_free(t);
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_table_parse_csv: malformed input
 * ------------------------------------------------------------------- */

START_TEST(test_parse_ragged)
{
	/* too few fields in spreadsheet row 3 */
	EXPECT_PARSE_FAILURE("a,b\n1,2\n3\n4,5\n",
		FAIL(EDUBAL_EDATA, "row 3", 3, NULL, NULL));
	/* too many in row 2 */
	EXPECT_PARSE_FAILURE("a,b\n1,2,3\n",
		FAIL(EDUBAL_EDATA, "row 2", 2, NULL, NULL));
	/* a quoted line break does not start a new row: the ragged record
	 * is spreadsheet row 3 although it is on line 4 */
	EXPECT_PARSE_FAILURE("a,b\n\"x\ny\",2\n3\n",
		FAIL(EDUBAL_EDATA, "row 3", 3, NULL, NULL));
	/* the message names the source */
	EXPECT_PARSE_FAILURE("a,b\n1\n", FAIL(EDUBAL_EDATA, "s.csv", 2, NULL,
		NULL));
}
END_TEST

START_TEST(test_parse_bad_quotes)
{
	EXPECT_PARSE_FAILURE("a,b\n1,\"2\n",
		FAIL(EDUBAL_EDATA, "row 2", 2, NULL, NULL));
	EXPECT_PARSE_FAILURE("a,b\n1,\"2\n3,4\n5,6\n",
		FAIL(EDUBAL_EDATA, "row 2", 2, NULL, NULL));
	EXPECT_PARSE_FAILURE("a,b\n1,2\n3,x\"y\n",
		FAIL(EDUBAL_EDATA, "row 3", 3, NULL, NULL));
	EXPECT_PARSE_FAILURE("a,\"b\"c\n1,2\n",
		FAIL(EDUBAL_EDATA, "row 1", 1, NULL, NULL));
}
END_TEST

START_TEST(test_parse_empty)
{
	EXPECT_PARSE_FAILURE("", FAIL(EDUBAL_EDATA, "s.csv", 0, NULL, NULL));
	EXPECT_PARSE_FAILURE("\n", FAIL(EDUBAL_EDATA, "s.csv", 0, NULL, NULL));
	EXPECT_PARSE_FAILURE("\xEF\xBB\xBF",
		FAIL(EDUBAL_EDATA, "s.csv", 0, NULL, NULL));
}
END_TEST

START_TEST(test_parse_bad_header)
{
	EXPECT_PARSE_FAILURE("students,books,students\n1,2,3\n",
		FAIL(EDUBAL_EDATA, "students", 1, "students", NULL));
	EXPECT_PARSE_FAILURE("a,,c\n1,2,3\n",
		FAIL(EDUBAL_EDATA, "row 1", 1, NULL, NULL));
	EXPECT_PARSE_FAILURE("a, ,c\n1,2,3\n",
		FAIL(EDUBAL_EDATA, "row 1", 1, NULL, NULL));
	EXPECT_PARSE_FAILURE("a,\"\"\n1,2\n",
		FAIL(EDUBAL_EDATA, "row 1", 1, NULL, NULL));
	EXPECT_PARSE_FAILURE("a,\" \t\",c\n1,2,3\n",
		FAIL(EDUBAL_EDATA, "row 1", 1, NULL, NULL));
}
END_TEST

/* Invalid UTF-8 (RFC 3629) in row 3 of a table, loop index = case. */
static const char *const bad_utf8[] = {
	"\xB3\xC7\xB9\xD8\xD0\xA1\xD1\xA7", /* GBK 城关小学 */
	"\xD6\xD0\xD1\xA7",                 /* GBK 中学 */
	"\xC0\xAF",                         /* overlong '/' */
	"\xE0\x80\xAF",                     /* overlong, 3 bytes */
	"\xED\xA0\x80",                     /* surrogate U+D800 */
	"\xF4\x90\x80\x80",                 /* above U+10FFFF */
	"ab\xE5\xAD",                       /* truncated 学 */
	"\x80",                             /* lone continuation byte */
	"\xFF",
};

START_TEST(test_parse_invalid_utf8)
{
	char text[128];
	snprintf(text, sizeof text, "name,n\nok,1\n%s,2\n", bad_utf8[_i]);
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EDATA, "UTF-8", 3, NULL, NULL),
		edubal_table_parse_csv(text, strlen(text), "s.csv", &table, err));
	/* in the header: row 1 */
	snprintf(text, sizeof text, "name,%s\nok,1\n", bad_utf8[_i]);
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EDATA, "UTF-8", 1, NULL, NULL),
		edubal_table_parse_csv(text, strlen(text), "s.csv", &table, err));
}
END_TEST

START_TEST(test_parse_null_args)
{
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL),
		edubal_table_parse_csv(NULL, 3, "s.csv", &table, err));
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL),
		edubal_table_parse_csv("a\n1\n", 4, "s.csv", NULL, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * Spreadsheet row numbers (io.h: "numbered as a spreadsheet shows them")
 * ------------------------------------------------------------------- */

/*
 * A blank line is a row in a spreadsheet.  Either the parser rejects it
 * (naming spreadsheet row 3), or it keeps counting it, so that the bad cell
 * on line 4 is reported as row 4.  Reporting row 3 sends the user to the
 * blank line.
 */
START_TEST(test_rows_blank_line_counts)
{
	static const char text[] = "id,x\n1,2\n\n3,bad\n";
	edubal_error *err = edubal_error_new();
	edubal_table *t = NULL;
	edubal_status st = edubal_table_parse_csv(text, sizeof text - 1, "s.csv",
		&t, err);
	if (st != EDUBAL_OK) {
		check_failure("blank line", st, err,
			FAIL(EDUBAL_EDATA, "row 3", 3, NULL, NULL));
	} else {
		double out[3] = { SENTINEL, SENTINEL, SENTINEL };
		st = edubal_table_column_numbers(t, "x", out,
			edubal_table_rows(t), err);
		check_failure("cell after a blank line", st, err,
			FAIL(EDUBAL_EDATA, "row 4", 4, "x", "bad"));
	}
	edubal_table_free(t);
	edubal_error_free(err);
}
END_TEST

/*
 * In a one-column file an empty cell is written as an empty line.  Skipping
 * it silently drops a school: it must be an empty cell (then an error when
 * read as a number) or a parse error, never a shorter table.
 */
START_TEST(test_rows_one_column_empty_cell)
{
	static const char text[] = "students\n45\n\n37\n";
	edubal_error *err = edubal_error_new();
	edubal_table *t = NULL;
	edubal_status st = edubal_table_parse_csv(text, sizeof text - 1, "s.csv",
		&t, err);
	if (st != EDUBAL_OK) {
		check_failure("empty line", st, err,
			FAIL(EDUBAL_EDATA, "row 3", 3, NULL, NULL));
	} else {
		ck_assert_msg(edubal_table_rows(t) == 3,
			"%zu rows: the empty cell of row 3 was dropped",
			edubal_table_rows(t));
		ck_assert_str_eq(edubal_table_cell(t, 1, 0), "");
	}
	edubal_table_free(t);
	edubal_error_free(err);
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_table_read_csv
 * ------------------------------------------------------------------- */

START_TEST(test_read_file)
{
	static const char text[] = "\xEF\xBB\xBF学校,note,students\r\n"
	                           "城关小学,\"a,\nb\",45\r\n";
	char path[512];
	write_temp(path, sizeof path, text, sizeof text - 1);
	edubal_table *t = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_table_read_csv(path, &t, err), EDUBAL_OK);
	ck_assert_str_eq(edubal_table_source(t), path);
	ck_assert_str_eq(edubal_table_column_name(t, 0), "学校");
	ck_assert_str_eq(edubal_table_cell(t, 0, 1), "a,\nb");
	ck_assert_str_eq(edubal_table_cell(t, 0, 2), "45");
	edubal_table_free(t);
	edubal_error_free(err);
	unlink(path);
}
END_TEST

/* SPEC §1.1 end to end: tests/data/five-schools.csv → CV 0.515257. */
START_TEST(test_read_five_schools)
{
	const char *dir = getenv("EDUBAL_TEST_DATA");
	if (!dir || !dir[0])
		return; /* run outside meson: nothing to read */
	char path[1024];
	snprintf(path, sizeof path, "%s/five-schools.csv", dir);
	edubal_table *t = NULL;
	edubal_error *err = edubal_error_new();
	double students[5], books[5], x[5], cv = SENTINEL;
	ck_assert_msg(edubal_table_read_csv(path, &t, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	ck_assert_int_eq(edubal_table_column_numbers(t, "students", students, 5,
		err), EDUBAL_OK);
	ck_assert_int_eq(edubal_table_column_numbers(t, "books", books, 5, err),
		EDUBAL_OK);
	for (size_t i = 0; i < 5; i++)
		x[i] = books[i] / students[i];
	ck_assert_int_eq(edubal_stats_cv(x, 5, students, 5, EDUBAL_CV_OFFICIAL,
		&cv, err), EDUBAL_OK);
	ck_assert_double_eq_tol(cv, 0.515257, 1e-6);
	edubal_table_free(t);
	edubal_error_free(err);
}
END_TEST

/* Build a file of ROWS data rows (well over the reader's buffer) with
 * multi-byte names and quoted line breaks, then a ragged last row when
 * RAGGED. */
static char *
big_csv(size_t rows, bool ragged, size_t *len)
{
	size_t cap = 64 * (rows + 2), n = 0;
	char *text = malloc(cap);
	ck_assert_ptr_nonnull(text);
	n += (size_t) snprintf(text, cap, "\xEF\xBB\xBF学校,备注,students\n");
	for (size_t i = 0; i < rows; i++)
		n += (size_t) snprintf(text + n, cap - n,
			"第%zu小学,\"第一行\n第二行\",%zu\n", i + 1, i + 1);
	if (ragged)
		n += (size_t) snprintf(text + n, cap - n, "末尾学校\n");
	*len = n;
	return text;
}

START_TEST(test_read_large)
{
	size_t rows = 20000, len;
	char *text = big_csv(rows, false, &len);
	char path[512];
	ck_assert_uint_gt(len, 4u << 16);
	write_temp(path, sizeof path, text, len);
	edubal_table *t = NULL;
	edubal_error *err = edubal_error_new();
	double *students = malloc(rows * sizeof *students);
	ck_assert_ptr_nonnull(students);
	ck_assert_int_eq(edubal_table_read_csv(path, &t, err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_table_rows(t), rows);
	ck_assert_str_eq(edubal_table_column_name(t, 0), "学校");
	ck_assert_str_eq(edubal_table_cell(t, rows - 1, 1), "第一行\n第二行");
	ck_assert_int_eq(edubal_table_column_numbers(t, "students", students,
		rows, err), EDUBAL_OK);
	double sum = 0;
	for (size_t i = 0; i < rows; i++)
		sum += students[i];
	ck_assert_double_eq(sum, 20000.0 * 20001.0 / 2.0); /* 1 + … + 20000 */
	edubal_table_free(t);
	edubal_error_free(err);
	free(students);
	free(text);
	unlink(path);
}
END_TEST

/* The ragged last record of a large file is spreadsheet row rows + 2. */
START_TEST(test_read_large_ragged)
{
	size_t rows = 20000, len;
	char *text = big_csv(rows, true, &len);
	char path[512];
	write_temp(path, sizeof path, text, len);
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EDATA, "row 20002", 20002, NULL, NULL),
		edubal_table_read_csv(path, &table, err));
	edubal_error *err = edubal_error_new();
	edubal_table *t = NULL;
	ck_assert_int_eq(edubal_table_read_csv(path, &t, err), EDUBAL_EDATA);
	ck_assert_str_eq(edubal_error_source(err), path);
	edubal_error_free(err);
	free(text);
	unlink(path);
}
END_TEST

START_TEST(test_read_missing)
{
	char path[512];
	snprintf(path, sizeof path, "%s/edubal-no-such-file.csv", tmp_dir());
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EIO, "edubal-no-such-file.csv", 0, NULL,
		NULL), edubal_table_read_csv(path, &table, err));
}
END_TEST

/* A directory opens on Linux but cannot be read: EDUBAL_EIO, and the
 * error object must say so too (not "the file is empty"). */
START_TEST(test_read_directory)
{
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EIO, tmp_dir(), 0, NULL, NULL),
		edubal_table_read_csv(tmp_dir(), &table, err));
}
END_TEST

START_TEST(test_read_errors_name_file)
{
	static const char text[] = "a,b\n1,2\n\"x\n";
	char path[512];
	write_temp(path, sizeof path, text, sizeof text - 1);
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EDATA, path, 3, NULL, NULL),
		edubal_table_read_csv(path, &table, err));
	unlink(path);
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL),
		edubal_table_read_csv(NULL, &table, err));
	EXPECT_TABLE_FAILURE(FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL),
		edubal_table_read_csv(path, NULL, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_table_find_column
 * ------------------------------------------------------------------- */

START_TEST(test_find_column)
{
	edubal_table *t = parse_ok(five_csv, "five.csv");
	edubal_error *err = edubal_error_new();
	size_t col = 99;
	ck_assert_int_eq(edubal_table_find_column(t, "books", &col, err),
		EDUBAL_OK);
	ck_assert_uint_eq(col, 2);
	/* exact names only */
	static const char *const missing[] = { "Books", " books", "book", "" };
	for (size_t k = 0; k < LEN(missing); k++) {
		col = 99;
		check_failure(missing[k],
			edubal_table_find_column(t, missing[k], &col, err), err,
			FAIL(EDUBAL_ENOTFOUND, "five.csv", 0, missing[k], NULL));
		ck_assert_uint_eq(col, 99);
	}
	check_failure("NULL err", edubal_table_find_column(t, "x", &col, NULL),
		NULL, FAIL(EDUBAL_ENOTFOUND, "", 0, NULL, NULL));
	check_failure("NULL name", edubal_table_find_column(t, NULL, &col, err),
		err, FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL));
	check_failure("NULL out", edubal_table_find_column(t, "books", NULL, err),
		err, FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL));
	check_failure("NULL table", edubal_table_find_column(NULL, "a", &col,
		err), err, FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL));
	ck_assert_uint_eq(col, 99);
	edubal_table_free(t);
	edubal_error_free(err);
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_table_column_numbers
 * ------------------------------------------------------------------- */

START_TEST(test_numbers_good)
{
	static const char text[] = "x\n12\n\" -3.5 \"\n4.2e3\n85%\n12.5%\n+7\n"
	                           ".5\n5.\n1E-2\n\"\t8 \"\n";
	static const double want[] = { 12, -3.5, 4200, 0.85, 0.125, 7, 0.5, 5,
	                               0.01, 8 };
	double out[LEN(want)];
	edubal_table *t = parse_ok(text, "n.csv");
	ck_assert_int_eq(edubal_table_column_numbers(t, "x", out, LEN(out),
		NULL), EDUBAL_OK);
	for (size_t i = 0; i < LEN(want); i++)
		ck_assert_msg(out[i] == want[i], "row %zu: %.17g, want %.17g",
			i + 2, out[i], want[i]);
	edubal_table_free(t);
}
END_TEST

/* Cells that are not numbers, as CSV text and as the cell reads. */
static const struct {
	const char *csv, *cell;
} bad_numbers[] = {
	{ "", "" },
	{ "\"   \"", "   " },
	{ "abc", "abc" },
	{ "\"1,000\"", "1,000" },
	{ "\"3,5\"", "3,5" },
	{ "nan", "nan" },
	{ "NaN", "NaN" },
	{ "inf", "inf" },
	{ "-Infinity", "-Infinity" },
	{ "0x10", "0x10" },
	{ "1e5junk", "1e5junk" },
	{ "1e", "1e" },
	{ "--1", "--1" },
	{ "1.2.3", "1.2.3" },
	{ "%", "%" },
	{ "1e400", "1e400" },
};

/* The bad cell is in spreadsheet row 3, column "x". */
START_TEST(test_numbers_bad)
{
	char text[128];
	snprintf(text, sizeof text, "id,x\n1,2\n2,%s\n3,4\n", bad_numbers[_i].csv);
	edubal_table *t = parse_ok(text, "n.csv");
	const char *cell = bad_numbers[_i].cell;
	for (int pass = 0; pass < 2; pass++) {
		edubal_error *err = pass ? NULL : edubal_error_new();
		double out[3] = { SENTINEL, SENTINEL, SENTINEL };
		edubal_status st = edubal_table_column_numbers(t, "x", out, 3, err);
		check_failure(cell, st, err, FAIL(EDUBAL_EDATA,
			cell[0] ? cell : "row 3", 3, "x", cell));
		if (err) {
			ck_assert_str_eq(edubal_error_source(err), "n.csv");
			ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "row 3"));
		}
		for (size_t i = 0; i < 3; i++)
			ck_assert_double_eq(out[i], SENTINEL);
		edubal_error_free(err);
	}
	edubal_table_free(t);
}
END_TEST

START_TEST(test_numbers_bad_args)
{
	edubal_table *t = parse_ok("id,x\n1,2\n2,3\n", "n.csv");
	edubal_error *err = edubal_error_new();
	double out[3] = { SENTINEL, SENTINEL, SENTINEL };
	check_failure("no column", edubal_table_column_numbers(t, "y", out, 2,
		err), err, FAIL(EDUBAL_ENOTFOUND, "y", 0, "y", NULL));
	check_failure("out_len 1", edubal_table_column_numbers(t, "x", out, 1,
		err), err, FAIL(EDUBAL_EINVAL, "2", 0, NULL, NULL));
	check_failure("out_len 3", edubal_table_column_numbers(t, "x", out, 3,
		err), err, FAIL(EDUBAL_EINVAL, "2", 0, NULL, NULL));
	check_failure("out NULL", edubal_table_column_numbers(t, "x", NULL, 2,
		err), err, FAIL(EDUBAL_EINVAL, "out", 0, NULL, NULL));
	check_failure("table NULL", edubal_table_column_numbers(NULL, "x", out,
		2, err), err, FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL));
	check_failure("name NULL", edubal_table_column_numbers(t, NULL, out, 2,
		err), err, FAIL(EDUBAL_EINVAL, "NULL", 0, NULL, NULL));
	check_failure("NULL err", edubal_table_column_numbers(t, "x", out, 1,
		NULL), NULL, FAIL(EDUBAL_EINVAL, "", 0, NULL, NULL));
	for (size_t i = 0; i < 3; i++)
		ck_assert_double_eq(out[i], SENTINEL);
	edubal_table_free(t);
	edubal_error_free(err);
}
END_TEST

/* Try locales whose decimal separator is a comma; C.UTF-8 last. */
static bool
set_comma_locale(void)
{
	static const char *const names[] = { "de_DE.UTF-8", "de_DE.utf8",
		"de_DE", "fr_FR.UTF-8", "ru_RU.UTF-8", "C.UTF-8", "C.utf8" };
	for (size_t i = 0; i < LEN(names); i++) {
		if (setlocale(LC_NUMERIC, names[i]))
			return strcmp(localeconv()->decimal_point, ",") == 0;
	}
	return false;
}

/* The process locale does not change how numbers are read. */
START_TEST(test_numbers_locale)
{
	static const char text[] = "x\n3.5\n1.5%\n-2.25e1\n";
	bool comma = set_comma_locale();
	edubal_table *t = parse_ok(text, "n.csv");
	double out[3];
	ck_assert_int_eq(edubal_table_column_numbers(t, "x", out, 3, NULL),
		EDUBAL_OK);
	ck_assert_double_eq(out[0], 3.5);
	ck_assert_double_eq_tol(out[1], 0.015, 1e-17);
	ck_assert_double_eq(out[2], -22.5);
	edubal_table_free(t);
	t = parse_ok("x\n\"3,5\"\n", "n.csv");
	ck_assert_int_eq(edubal_table_column_numbers(t, "x", out, 1, NULL),
		EDUBAL_EDATA);
	edubal_table_free(t);
	if (!comma)
		fprintf(stderr, "note: no comma-decimal locale available; the "
			"locale test ran in %s\n", setlocale(LC_NUMERIC, NULL));
	setlocale(LC_NUMERIC, "C");
}
END_TEST

/* ---------------------------------------------------------------------
 * status.h: error object, status text, version
 * ------------------------------------------------------------------- */

static void
assert_error_empty(const edubal_error *err)
{
	ck_assert_int_eq(edubal_error_status(err), EDUBAL_OK);
	ck_assert_str_eq(edubal_error_message(err), "");
	ck_assert_str_eq(edubal_error_reason(err), "");
	ck_assert_str_eq(edubal_error_source(err), "");
	ck_assert_str_eq(edubal_error_column(err), "");
	ck_assert_str_eq(edubal_error_value(err), "");
	ck_assert_uint_eq(edubal_error_row(err), 0);
}

START_TEST(test_error_new_clear_free)
{
	edubal_error *err = edubal_error_new();
	ck_assert_ptr_nonnull(err);
	assert_error_empty(err);
	edubal_table *t = parse_ok("id,x\n1,abc\n", "e.csv");
	double out[1];
	ck_assert_int_eq(edubal_table_column_numbers(t, "x", out, 1, err),
		EDUBAL_EDATA);
	ck_assert_int_eq(edubal_error_status(err), EDUBAL_EDATA);
	edubal_error_clear(err);
	assert_error_empty(err);
	edubal_error_clear(NULL);
	edubal_error_free(NULL);
	edubal_free(NULL);
	edubal_table_free(NULL);
	edubal_table_free(t);
	edubal_error_free(err);
}
END_TEST

/* message = location + reason; a later failure replaces every field. */
START_TEST(test_error_fields)
{
	edubal_error *err = edubal_error_new();
	edubal_table *t = parse_ok("id,x\n1,abc\n", "e.csv");
	double out[1];
	ck_assert_int_eq(edubal_table_column_numbers(t, "x", out, 1, err),
		EDUBAL_EDATA);
	const char *msg = edubal_error_message(err);
	const char *reason = edubal_error_reason(err);
	ck_assert_str_eq(edubal_error_source(err), "e.csv");
	ck_assert_str_eq(edubal_error_column(err), "x");
	ck_assert_str_eq(edubal_error_value(err), "abc");
	ck_assert_uint_eq(edubal_error_row(err), 2);
	ck_assert_uint_gt(strlen(reason), 0);
	ck_assert_uint_lt(strlen(reason), strlen(msg));
	ck_assert_str_eq(msg + strlen(msg) - strlen(reason), reason);
	ck_assert_ptr_null(strstr(reason, "e.csv"));
	ck_assert_int_eq(edubal_table_column_numbers(t, "x", NULL, 1, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_error_status(err), EDUBAL_EINVAL);
	ck_assert_str_eq(edubal_error_source(err), "");
	ck_assert_str_eq(edubal_error_column(err), "");
	ck_assert_str_eq(edubal_error_value(err), "");
	ck_assert_uint_eq(edubal_error_row(err), 0);
	edubal_table_free(t);
	edubal_error_free(err);
}
END_TEST

START_TEST(test_strerror)
{
	static const edubal_status all[] = { EDUBAL_OK, EDUBAL_EINVAL,
		EDUBAL_EDOM, EDUBAL_ENOMEM, EDUBAL_EIO, EDUBAL_EDATA,
		EDUBAL_ENOTFOUND, EDUBAL_EINTERNAL };
	for (size_t i = 0; i < LEN(all); i++) {
		ck_assert_int_eq(all[i], (int) i); /* values are ABI */
		const char *text = edubal_strerror(all[i]);
		ck_assert_ptr_nonnull(text);
		ck_assert_uint_gt(strlen(text), 0);
		ck_assert_str_ne(text, "unknown status");
		for (size_t j = 0; j < i; j++)
			ck_assert_str_ne(text, edubal_strerror(all[j]));
	}
	ck_assert_str_eq(edubal_strerror((edubal_status) 8), "unknown status");
	ck_assert_str_eq(edubal_strerror((edubal_status) 1000), "unknown status");
	ck_assert_str_eq(edubal_strerror((edubal_status) -1), "unknown status");
}
END_TEST

START_TEST(test_version)
{
	char want[64];
	snprintf(want, sizeof want, "%d.%d.%d", EDUBAL_VERSION_MAJOR,
		EDUBAL_VERSION_MINOR, EDUBAL_VERSION_PATCH);
	ck_assert_int_eq(edubal_version_number(), EDUBAL_VERSION_NUMBER);
	ck_assert_str_eq(edubal_version(), EDUBAL_VERSION_STRING);
	ck_assert_str_eq(EDUBAL_VERSION_STRING, want);
	ck_assert_int_eq(EDUBAL_VERSION_NUMBER, EDUBAL_VERSION_MAJOR * 10000 +
		EDUBAL_VERSION_MINOR * 100 + EDUBAL_VERSION_PATCH);
}
END_TEST

/* ---------------------------------------------------------------------
 * Suites
 * ------------------------------------------------------------------- */

static Suite *
table_suite(void)
{
	Suite *s = suite_create("io: tables");
	TCase *tc = tcase_create("parse_csv");
	tcase_add_test(tc, test_parse_basic);
	tcase_add_test(tc, test_parse_quoted);
	tcase_add_test(tc, test_parse_bom);
	tcase_add_test(tc, test_parse_chinese);
	tcase_add_test(tc, test_parse_header_only);
	tcase_add_test(tc, test_parse_gbk_lookalike_is_utf8);
	tcase_add_test(tc, test_parse_ragged);
	tcase_add_test(tc, test_parse_bad_quotes);
	tcase_add_test(tc, test_parse_empty);
	tcase_add_test(tc, test_parse_bad_header);
	tcase_add_loop_test(tc, test_parse_invalid_utf8, 0, (int) LEN(bad_utf8));
	tcase_add_test(tc, test_parse_null_args);
	suite_add_tcase(s, tc);
	tc = tcase_create("spreadsheet rows");
	tcase_add_test(tc, test_rows_blank_line_counts);
	tcase_add_test(tc, test_rows_one_column_empty_cell);
	suite_add_tcase(s, tc);
	tc = tcase_create("read_csv");
	tcase_add_test(tc, test_read_file);
	tcase_add_test(tc, test_read_five_schools);
	tcase_add_test(tc, test_read_large);
	tcase_add_test(tc, test_read_large_ragged);
	tcase_add_test(tc, test_read_missing);
	tcase_add_test(tc, test_read_directory);
	tcase_add_test(tc, test_read_errors_name_file);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	tc = tcase_create("find_column");
	tcase_add_test(tc, test_find_column);
	suite_add_tcase(s, tc);
	tc = tcase_create("column_numbers");
	tcase_add_test(tc, test_numbers_good);
	tcase_add_loop_test(tc, test_numbers_bad, 0, (int) LEN(bad_numbers));
	tcase_add_test(tc, test_numbers_bad_args);
	tcase_add_test(tc, test_numbers_locale);
	suite_add_tcase(s, tc);
	return s;
}

static Suite *
status_suite(void)
{
	Suite *s = suite_create("status");
	TCase *tc = tcase_create("error object");
	tcase_add_test(tc, test_error_new_clear_free);
	tcase_add_test(tc, test_error_fields);
	suite_add_tcase(s, tc);
	tc = tcase_create("strerror");
	tcase_add_test(tc, test_strerror);
	suite_add_tcase(s, tc);
	tc = tcase_create("version");
	tcase_add_test(tc, test_version);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(table_suite());
	srunner_add_suite(sr, status_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
