/*
 * tests/fuzz/fuzz_dataset.c - libFuzzer target for the CSV dataset loader.
 *
 * Input: one byte choosing the table kind (schools, classes, counties,
 * kindergartens, funding), then CSV text.  The text goes through
 * edubal_table_parse_csv() and edubal_dataset_add_table(); a table that loads is evaluated against a
 * standard that reads that table (and the report rendered), so that
 * whatever the loader lets through is also something the evaluation must
 * survive.  Any status is fine; a crash, a leak or UB is the bug, and so
 * is a stream read of the same bytes (edubal_dataset_read_csv's way,
 * through fmemopen) that does not end with the same status and message.
 */
#define _POSIX_C_SOURCE 200809L  /* fmemopen */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#include "dataset/dataset.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {
	"schools.csv", "classes.csv", "counties.csv", "kindergartens.csv",
	"funding.csv",
};

/* A standard that reads each table kind (classes alone are an error). */
static const char *const standards[] = {
	"cn-2017-compulsory", "cn-class-size", "cn-2017-compulsory",
	"cn-2020-preschool", "cn-special-funding-teachers",
};

static void
evaluate(const edubal_dataset *ds, enum edubal_table_kind kind,
	edubal_error *err)
{
	/* Parsed once each: the fuzzer is one process; reachable at exit. */
	static edubal_standard *cache[5];
	edubal_standard **std = &cache[kind];
	edubal_report *report = NULL;
	if (!*std && edubal_standard_builtin(standards[kind], std,
	    err) != EDUBAL_OK)
		return;
	if (edubal_evaluate(*std, ds, &report, err) != EDUBAL_OK)
		return;
	/* Every renderer: each formats the numbers and names differently. */
	for (int f = EDUBAL_FORMAT_TEXT; f <= EDUBAL_FORMAT_CSV; f++) {
		char *text = NULL;
		if (edubal_report_render(report, (enum edubal_report_format) f,
		    f == EDUBAL_FORMAT_TEXT ? "zh" : "en", &text, err) == EDUBAL_OK)
			edubal_free(text);
	}
	edubal_report_free(report);
}

/*
 * edubal_dataset_read_csv streams a file into the dataset instead of going
 * through an edubal_table: read the same bytes that way (fmemopen), in
 * chunks of 1 to 37 bytes chosen by the input, and abort unless it ends
 * exactly as the table path did (want: its status and message).
 */
static void
compare_stream(const uint8_t *data, size_t size, enum edubal_table_kind kind,
	edubal_status want_st, const edubal_error *want)
{
	FILE *f = size > 1 ? fmemopen((void *) (data + 1), size - 1, "rb")
	                   : NULL;
	if (!f)
		return;
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	size_t chunk = 1 + (size_t) (data[0] / 5) % 37;
	edubal_status st = edubal__dataset_read_file(ds, kind, f, names[kind],
		chunk, err);
	fclose(f);
	if (st != want_st || (st != EDUBAL_OK &&
	    strcmp(edubal_error_message(err), edubal_error_message(want)) != 0)) {
		fprintf(stderr, "stream: %s\ntable:  %s\n",
			edubal_error_message(err), edubal_error_message(want));
		abort();
	}
	edubal_dataset_free(ds);
	edubal_error_free(err);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	enum edubal_table_kind kind = (enum edubal_table_kind) (data[0] % 5);
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	edubal_table *table = NULL;
	edubal_status st = edubal_table_parse_csv((const char *) data + 1,
		size - 1, names[kind], &table, err);
	if (st == EDUBAL_OK)
		st = edubal_dataset_add_table(ds, kind, table, err);
	compare_stream(data, size, kind, st, err);
	if (st == EDUBAL_OK)
		evaluate(ds, kind, err);
	edubal_table_free(table);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	return 0;
}
