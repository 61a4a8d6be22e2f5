/*
 * tests/fuzz/fuzz_dataset.c - libFuzzer target for the CSV dataset loader.
 *
 * Input: one byte choosing the table kind (schools, classes, counties,
 * kindergartens, funding), then CSV text.  The text goes through
 * edubal_table_parse_csv() and edubal_dataset_add_table(), the path of
 * edubal_dataset_read_csv(); a schools table that loads is evaluated
 * against cn-2017-compulsory so that whatever the loader lets through is
 * also something the evaluation must survive.  Any status is fine; a
 * crash, a leak or UB is the bug.
 */
#include <stddef.h>
#include <stdint.h>

#include <edubal/edubal.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const names[] = {
	"schools.csv", "classes.csv", "counties.csv", "kindergartens.csv",
	"funding.csv",
};

static void
evaluate(const edubal_dataset *ds, edubal_error *err)
{
	/* Parsed once: the fuzzer is one process; still reachable at exit. */
	static edubal_standard *std;
	edubal_report *report = NULL;
	if (!std && edubal_standard_builtin("cn-2017-compulsory", &std,
	    err) != EDUBAL_OK)
		return;
	if (edubal_evaluate(std, ds, &report, err) == EDUBAL_OK) {
		char *text = NULL;
		if (edubal_report_render(report, EDUBAL_FORMAT_JSON, "en", &text,
		    err) == EDUBAL_OK)
			edubal_free(text);
	}
	edubal_report_free(report);
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
	if (edubal_table_parse_csv((const char *) data + 1, size - 1,
	    names[kind], &table, err) == EDUBAL_OK &&
	    edubal_dataset_add_table(ds, kind, table, err) == EDUBAL_OK &&
	    kind == EDUBAL_TABLE_SCHOOLS)
		evaluate(ds, err);
	edubal_table_free(table);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	return 0;
}
