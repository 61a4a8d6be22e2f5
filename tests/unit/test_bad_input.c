/*
 * tests/unit/test_bad_input.c - the bad-input corpus of tests/data/bad/:
 * one file per class of broken input (issue 11, SPEC "bad input gets a
 * clear error").  Each case reads the file as schools.csv through the
 * public API and asserts the exact status, row, column and value, and
 * that the message itself names the file, the row and the column, so a
 * person with only the message can find the cell.
 *
 * usage: test_bad_input BAD_DIR   (tests/data/bad)
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#define LEN(a) (sizeof (a) / sizeof *(a))

static const char *bad_dir = "tests/data/bad";

struct bad_case {
	const char *file;
	edubal_status status;
	size_t row;           /* spreadsheet row; 0: the file has none */
	const char *column;   /* "" when no column applies */
	const char *value;    /* NULL when no value is shown */
	const char *reason;   /* a substring of the message */
};

static const struct bad_case cases[] = {
	/* GBK or Latin-1 bytes: the cell cannot be shown, its column is named. */
	{ "invalid-utf8.csv", EDUBAL_EDATA, 3, "type", NULL,
	  "field 3 is not valid UTF-8" },
	/* A BOM glued to a cell (concatenated exports) is no number. */
	{ "bom-in-cell.csv", EDUBAL_EDATA, 3, "students_primary",
	  "\xEF\xBB\xBF" "300", "not a number" },
	/* A quote inside an unquoted field. */
	{ "broken-quoting.csv", EDUBAL_EDATA, 3, "teachers_primary", NULL,
	  "malformed CSV in field 5" },
	/* A short row: the first missing column is named. */
	{ "ragged-row.csv", EDUBAL_EDATA, 3, "qualified_teachers_primary", NULL,
	  "the row has 5 fields but the header has 6" },
	/* Beyond DBL_MAX and below the smallest subnormal: never rounded to
	 * infinity or zero behind the user's back. */
	{ "huge-number.csv", EDUBAL_EDATA, 3, "students_primary", "1e400",
	  "out of the range of a double" },
	{ "tiny-number.csv", EDUBAL_EDATA, 3, "qualified_teachers_primary",
	  "1e-400", "out of the range of a double" },
	{ "nan.csv", EDUBAL_EDATA, 4, "equipment_value", "NaN",
	  "NaN and infinity are not accepted" },
	/* No header at all: there is no row or column to name. */
	{ "empty.csv", EDUBAL_EDATA, 0, "", NULL,
	  "the file is empty: a header row is required" },
	/* 1000 unknown columns before the known ones: still the right name. */
	{ "many-columns.csv", EDUBAL_EDATA, 3, "qualified_teachers_primary",
	  "x19", "not a number" },
	{ "duplicate-id.csv", EDUBAL_EDATA, 5, "school_id", "C03000-0001",
	  "duplicate school_id (first at row 3)" },
	/* A primary school reporting junior students mixes school levels. */
	{ "mixed-levels.csv", EDUBAL_EDATA, 3, "students_junior", "120",
	  "type primary has no junior section" },
};

static void
path_of(char *path, size_t size, const char *file)
{
	int n = snprintf(path, size, "%s/%s", bad_dir, file);
	ck_assert(n > 0 && (size_t) n < size);
}

/* The error and its message say what the case says. */
static void
check_error(const edubal_error *err, edubal_status got, const char *path,
	const struct bad_case *c)
{
	const char *msg = edubal_error_message(err);
	ck_assert_msg(got == c->status, "%s: status %d, want %d (%s)", c->file,
		(int) got, (int) c->status, msg);
	ck_assert_int_eq(edubal_error_status(err), c->status);
	ck_assert_str_eq(edubal_error_source(err), path);
	ck_assert_msg(strstr(msg, path) != NULL, "message names no file: %s", msg);
	ck_assert_msg(edubal_error_row(err) == c->row, "%s: row %zu, want %zu",
		c->file, edubal_error_row(err), c->row);
	ck_assert_str_eq(edubal_error_column(err), c->column);
	char want[256];
	if (c->row > 0) {
		snprintf(want, sizeof want, "row %zu", c->row);
		ck_assert_msg(strstr(msg, want) != NULL, "message names no row: %s",
			msg);
	}
	if (c->column[0] != '\0') {
		snprintf(want, sizeof want, "column \"%s\"", c->column);
		ck_assert_msg(strstr(msg, want) != NULL,
			"message names no column: %s", msg);
	}
	if (c->value) {
		ck_assert_str_eq(edubal_error_value(err), c->value);
		snprintf(want, sizeof want, "value \"%s\"", c->value);
		ck_assert_msg(strstr(msg, want) != NULL, "message shows no value: %s",
			msg);
	}
	ck_assert_msg(strstr(msg, c->reason) != NULL, "message \"%s\" lacks "
		"\"%s\"", msg, c->reason);
}

START_TEST(test_bad_file)
{
	const struct bad_case *c = &cases[_i];
	char path[4096];
	path_of(path, sizeof path, c->file);
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_ptr_nonnull(ds);
	ck_assert_ptr_nonnull(err);
	edubal_status st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS, path,
		err);
	check_error(err, st, path, c);
	/* A failed read adds nothing. */
	ck_assert_uint_eq(edubal_dataset_rows(ds, EDUBAL_TABLE_SCHOOLS), 0);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

/* A header and no rows loads (an empty table is a table), but evaluating
 * it is refused where the first row should be: an empty report and exit 0
 * would hide a truncated export. */
START_TEST(test_header_only)
{
	static const struct bad_case c = { "header-only.csv", EDUBAL_EDATA, 2,
		"school_id", NULL, "the table has a header but no data rows" };
	char path[4096];
	path_of(path, sizeof path, c.file);
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	edubal_report *report = NULL;
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS, path,
		err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_rows(ds, EDUBAL_TABLE_SCHOOLS), 0);
	ck_assert_int_eq(edubal_standard_builtin("cn-2017-compulsory", &std, err),
		EDUBAL_OK);
	edubal_status st = edubal_evaluate(std, ds, &report, err);
	check_error(err, st, path, &c);
	ck_assert_ptr_null(report);
	edubal_standard_free(std);
	edubal_error_free(err);
	edubal_dataset_free(ds);
}
END_TEST

/* A BOM at the start of the file is what Excel writes for "CSV UTF-8":
 * it is not part of the first column's name. */
START_TEST(test_leading_bom_is_accepted)
{
	char path[4096];
	path_of(path, sizeof path, "bom-leading.csv");
	edubal_table *t = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_table_read_csv(path, &t, err), EDUBAL_OK);
	ck_assert_str_eq(edubal_table_column_name(t, 0), "school_id");
	ck_assert_uint_eq(edubal_table_rows(t), 2);
	edubal_table_free(t);
	edubal_dataset *ds = edubal_dataset_new();
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS, path,
		err), EDUBAL_OK);
	ck_assert_uint_eq(edubal_dataset_rows(ds, EDUBAL_TABLE_SCHOOLS), 2);
	ck_assert_uint_eq(edubal_dataset_note_count(ds), 0);
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

/* The corpus file of each class exists and nothing else is implied: a
 * class whose file went missing would otherwise fail as EIO, not pass. */
START_TEST(test_every_class_has_a_file)
{
	for (size_t i = 0; i < LEN(cases); i++) {
		char path[4096];
		path_of(path, sizeof path, cases[i].file);
		FILE *f = fopen(path, "rb");
		ck_assert_msg(f != NULL, "missing corpus file %s", path);
		fclose(f);
	}
}
END_TEST

static Suite *
bad_input_suite(void)
{
	Suite *s = suite_create("bad_input");
	TCase *tc = tcase_create("corpus");
	tcase_add_loop_test(tc, test_bad_file, 0, (int) LEN(cases));
	tcase_add_test(tc, test_header_only);
	tcase_add_test(tc, test_leading_bom_is_accepted);
	tcase_add_test(tc, test_every_class_has_a_file);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char **argv)
{
	if (argc > 1)
		bad_dir = argv[1];
	SRunner *sr = srunner_create(bad_input_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
