/*
 * edubal/io.h - reading data files.
 *
 * The io module is the only part of edubal that touches files or text
 * formats.  A table is a CSV file held as text cells, column names from its
 * header row (RFC 4180 quoting, UTF-8, an optional BOM, comma separated).
 * Typed access converts cells and reports any cell that cannot be read with
 * its file, row, column, value and reason.
 *
 * Rows are numbered as a spreadsheet shows them: the header is row 1 and the
 * first data row is row 2.  Functions taking a data row index use 0-based
 * indices (index 0 is spreadsheet row 2).
 *
 * A table is immutable once read: concurrent reads from several threads are
 * safe.
 */
#ifndef EDUBAL_IO_H
#define EDUBAL_IO_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/status.h>
#include <edubal/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Read a CSV file.
 * @param[in] path file to read.
 * @param[out] out_table new table, owned by the caller (edubal_table_free()).
 * @retval EDUBAL_EINVAL NULL argument.
 * @retval EDUBAL_EIO the file cannot be opened or read.
 * @retval EDUBAL_EDATA malformed CSV (unterminated quote, ragged row, empty
 *         or duplicate column name, no header, invalid UTF-8); @p err names
 *         the row.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_table_read_csv(const char *path,
	edubal_table **out_table, edubal_error *err);

/**
 * Parse CSV text already in memory; @p source_name (may be NULL) is used in
 * error messages in place of a file name.  Same statuses as
 * edubal_table_read_csv() except EDUBAL_EIO.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_table_parse_csv(const char *text, size_t len,
	const char *source_name, edubal_table **out_table, edubal_error *err);

/** Free a table; NULL is a no-op.  @since 0.1 */
EDUBAL_API void edubal_table_free(edubal_table *table);

/** @return the number of data rows (the header not counted).  @since 0.1 */
EDUBAL_API size_t edubal_table_rows(const edubal_table *table);

/** @return the number of columns.  @since 0.1 */
EDUBAL_API size_t edubal_table_columns(const edubal_table *table);

/** @return the source name given when the table was read (borrowed).  @since 0.1 */
EDUBAL_API const char *edubal_table_source(const edubal_table *table);

/**
 * @return the name of column @p col (borrowed), or NULL if out of range.
 * @since 0.1
 */
EDUBAL_API const char *edubal_table_column_name(const edubal_table *table,
	size_t col);

/**
 * Find a column by its exact header name.
 * @retval EDUBAL_ENOTFOUND no such column; @p err names the file and column.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_table_find_column(const edubal_table *table,
	const char *name, size_t *out_col, edubal_error *err);

/**
 * @return the text of a cell (borrowed, "" for an empty cell), or NULL if
 * @p row or @p col is out of range.
 * @since 0.1
 */
EDUBAL_API const char *edubal_table_cell(const edubal_table *table, size_t row,
	size_t col);

/**
 * @return the spreadsheet row number of data row @p row (the header is row
 * 1; blank lines count, as in a spreadsheet), or 0 if out of range.
 * @since 0.2
 */
EDUBAL_API size_t edubal_table_row_number(const edubal_table *table,
	size_t row);

/**
 * Convert one whole column to numbers.  A cell is a plain decimal number
 * (leading and trailing blanks allowed) or a percentage such as "85%"
 * (read as 0.85).  Empty cells, NaN, infinities, hexadecimal, thousands
 * separators and any trailing text are errors naming file, row, column and
 * value.
 * @param[out] out array of @p out_len doubles; @p out_len must equal
 *             edubal_table_rows().  Written only on success.
 * @retval EDUBAL_ENOTFOUND no such column.
 * @retval EDUBAL_EDATA a cell is not a number.
 * @retval EDUBAL_EINVAL NULL argument or wrong @p out_len.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_table_column_numbers(const edubal_table *table,
	const char *name, double *out, size_t out_len, edubal_error *err);

/** Output formats of edubal_report_render().  Values are ABI, append only. */
enum edubal_report_format {
	/** A readable report, in Chinese ("zh") or English ("en"). */
	EDUBAL_FORMAT_TEXT = 0,
	/** The JSON report of SCHEMA.md, numbers at full double precision. */
	EDUBAL_FORMAT_JSON = 1,
	/**
	 * One row per county and rule: county_id, verdict, part, level, key,
	 * mean, sd, value, threshold, pass (RFC 4180, UTF-8, header row).
	 */
	EDUBAL_FORMAT_CSV = 2,
	/**
	 * One self-contained HTML page (inline CSS and SVG, nothing loaded
	 * from elsewhere): the verdict and every failing item, per level a
	 * chart of the CVs against their limit and the indicator table, a
	 * school × indicator table marked met / ≥ 85% / below 85%, and the
	 * items.  Every number shown is also in a data- attribute at full
	 * precision.  @since 0.4
	 */
	EDUBAL_FORMAT_HTML = 3,
	/**
	 * An Excel workbook (Office Open XML, .xlsx), written by libxlsxwriter:
	 * binary, so only edubal_report_save() writes it.  @since 0.4
	 */
	EDUBAL_FORMAT_XLSX = 4
};

/**
 * Render an evaluation report.
 * @param lang "zh" (default when NULL) or "en": the language of text
 *        output and of reason messages.
 * @param[out] out_text new NUL-terminated string; free with edubal_free().
 * @retval EDUBAL_EINVAL NULL report or out_text, unknown format.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.2
 */
EDUBAL_API edubal_status edubal_report_render(const edubal_report *report,
	enum edubal_report_format format, const char *lang, char **out_text,
	edubal_error *err);

/**
 * Write an evaluation report to a file, in any format; the only way to get
 * EDUBAL_FORMAT_XLSX, which is binary.  Text formats are written exactly
 * as edubal_report_render() returns them.  An existing file is replaced.
 * @param lang "zh" (default when NULL) or "en".
 * @param path file to write.
 * @retval EDUBAL_EINVAL NULL report or path, unknown format or language;
 *         for xlsx also an LC_NUMERIC whose decimal point is not "."
 *         (libxlsxwriter writes numbers with the C library's printf).
 * @retval EDUBAL_EIO the file cannot be created or written; @p err names it.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_report_save(const edubal_report *report,
	enum edubal_report_format format, const char *lang, const char *path,
	edubal_error *err);

/**
 * Roll a report of many counties up to cities and provinces (counties.csv
 * `city` and `province`): counties, pass, fail and incomplete counts and the
 * share passing for all counties, each province and each city, compared
 * with the targets of a profile ("30% of counties pass by 2023").
 * Incomplete counties count as not passing.
 * @param targets the profile whose targets apply (NULL: the report's own
 *        standard); only targets about the report's standard are used.
 * @param format EDUBAL_FORMAT_TEXT or EDUBAL_FORMAT_JSON.
 * @param[out] out_text new string; free with edubal_free().
 * @since 0.3
 */
EDUBAL_API edubal_status edubal_report_rollup(const edubal_report *report,
	const edubal_standard *targets, enum edubal_report_format format,
	const char *lang, char **out_text, edubal_error *err);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_IO_H */
