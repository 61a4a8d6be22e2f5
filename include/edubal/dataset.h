/*
 * edubal/dataset.h - the input data of an evaluation: schools, classes,
 * counties, kindergartens and yearly county funding, held column by column.
 *
 * Column names are those of SCHEMA.md and docs/data.md (schools.csv,
 * classes.csv, counties.csv, kindergartens.csv, funding.csv).  A table is
 * built either from a CSV file (edubal_dataset_read_csv), from a parsed
 * edubal_table, or from arrays: edubal_dataset_begin_table(), one
 * edubal_dataset_set_*() per column, then edubal_dataset_end_table().
 * Every cell is validated on entry: a bad cell is an EDUBAL_EDATA error
 * naming source, row, column, value and reason, and the table is not
 * added.  Nothing is coerced: a negative count, a rate outside [0, 1], an
 * unknown school type, a duplicate id (or county_id and year in
 * funding.csv) or a missing section enrollment is an error, never a silent
 * fix.  An empty cell means "not given"; evaluations report such gaps as
 * missing inputs.
 *
 * Columns that edubal does not know are kept out and reported once in a
 * note (edubal_dataset_note()), not as an error.
 *
 * Thread safety: a dataset may be read (evaluated) by several threads at
 * once; building or changing it needs exclusive access.
 */
#ifndef EDUBAL_DATASET_H
#define EDUBAL_DATASET_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/status.h>
#include <edubal/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The tables of a dataset.  Values are ABI, append only. */
enum edubal_table_kind {
	EDUBAL_TABLE_SCHOOLS = 0,       /**< schools.csv, one row per school */
	EDUBAL_TABLE_CLASSES = 1,       /**< classes.csv, one row per class */
	EDUBAL_TABLE_COUNTIES = 2,      /**< counties.csv, one row per county */
	EDUBAL_TABLE_KINDERGARTENS = 3, /**< kindergartens.csv */
	EDUBAL_TABLE_FUNDING = 4        /**< funding.csv, one row per county and year (@since 0.3) */
};

/** @return a new empty dataset, or NULL when out of memory.  @since 0.2 */
EDUBAL_API edubal_dataset *edubal_dataset_new(void);

/** Free a dataset; NULL is a no-op.  @since 0.2 */
EDUBAL_API void edubal_dataset_free(edubal_dataset *ds);

/**
 * Read a CSV file into table @p kind, replacing any table of that kind.
 * The file is read in chunks straight into the table's columns, never
 * held whole: a load needs about the memory of the loaded table.
 * @retval EDUBAL_EIO the file cannot be read.
 * @retval EDUBAL_EDATA malformed CSV or a bad cell (see the file comment).
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_dataset_read_csv(edubal_dataset *ds,
	enum edubal_table_kind kind, const char *path, edubal_error *err);

/**
 * Add a parsed CSV table as table @p kind (copied; @p table stays the
 * caller's).  Same validation as edubal_dataset_read_csv().
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_dataset_add_table(edubal_dataset *ds,
	enum edubal_table_kind kind, const edubal_table *table,
	edubal_error *err);

/**
 * Start building table @p kind from arrays, with @p rows rows.
 * @p source_name (may be NULL: the table's name, e.g. "schools") names
 * the table in error messages, whose rows are 1-based element numbers
 * (element i of the arrays is row i + 1; CSV input counts the header as
 * row 1 instead).  Any unfinished or existing table of the kind is
 * discarded.  Any failing edubal_dataset_set_*() or
 * edubal_dataset_end_table() call discards the table being built: begin
 * again.  Columns the catalog does not know are accepted, ignored and
 * named in one note when the table ends.
 * @retval EDUBAL_EINVAL NULL @p ds or unknown @p kind.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_dataset_begin_table(edubal_dataset *ds,
	enum edubal_table_kind kind, size_t rows, const char *source_name,
	edubal_error *err);

/**
 * Set a column from text cells, read exactly as CSV cells are (numbers,
 * percentages, booleans, type names in English or Chinese).  A NULL
 * element or "" means "not given".
 * @retval EDUBAL_EINVAL no table begun, wrong length, NULL column.
 * @retval EDUBAL_EDATA a cell cannot be read (the error names the row).
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_dataset_set_text(edubal_dataset *ds,
	enum edubal_table_kind kind, const char *column,
	const char *const *values, size_t n, edubal_error *err);

/**
 * Set a numeric column.  @p given (may be NULL: all given) marks which
 * elements are given; elements not given are ignored.  Given values must be
 * finite and valid for the column (non-negative counts, whole numbers where
 * the column counts things, rates in [0, 1], booleans 0 or 1).
 * Named-value columns (type, location, section, ownership) take text:
 * use edubal_dataset_set_text() for them.
 * @retval EDUBAL_EINVAL no table begun, wrong length, a text or
 *         named-value column.
 * @retval EDUBAL_EDATA a value is invalid, NaN or infinite (the error
 *         names the row).
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_dataset_set_numbers(edubal_dataset *ds,
	enum edubal_table_kind kind, const char *column, const double *values,
	size_t n, const unsigned char *given, size_t n_given, edubal_error *err);

/**
 * Finish table @p kind: check required columns and cells, duplicate ids,
 * the sections each school type must report, and counts that cannot
 * exceed others (qualified teachers within teachers, ...).  Only a table
 * that passes is added to the dataset.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_dataset_end_table(edubal_dataset *ds,
	enum edubal_table_kind kind, edubal_error *err);

/** @return rows in table @p kind (0 if absent).  @since 0.2 */
EDUBAL_API size_t edubal_dataset_rows(const edubal_dataset *ds,
	enum edubal_table_kind kind);

/** @return how many notes (e.g. ignored unknown columns) were recorded.  @since 0.2 */
EDUBAL_API size_t edubal_dataset_note_count(const edubal_dataset *ds);

/** @return note @p i (borrowed), or NULL if out of range.  @since 0.2 */
EDUBAL_API const char *edubal_dataset_note(const edubal_dataset *ds, size_t i);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_DATASET_H */
