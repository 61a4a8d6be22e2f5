/*
 * src/io/csv_stream.h - CSV text parsed by libcsv and handed, field by
 * field, to a sink.
 *
 * The rules of a CSV file live here once: a UTF-8 BOM is skipped, every
 * field must be valid UTF-8, the header needs unique non-empty names
 * (blanks trimmed), blank lines are skipped but counted so that row
 * numbers are those a spreadsheet shows (in a one-column table a blank
 * line is an empty cell), every row has as many fields as the header,
 * and the first error wins.  Two sinks use them: edubal_table
 * (src/io/table.c) keeps every cell; the dataset (src/dataset/dataset.c)
 * converts each field into its column as it arrives, so a national file
 * is never held as text.
 */
#ifndef EDUBAL_SRC_IO_CSV_STREAM_H
#define EDUBAL_SRC_IO_CSV_STREAM_H

#include <stddef.h>
#include <stdio.h>

#include <edubal/status.h>

/* Chunk size of edubal__csv_parse_file when given 0. */
#define EDUBAL__CSV_CHUNK (256 * 1024)

/*
 * What receives a parse.  Each call returns EDUBAL_OK to go on; any
 * other status (with err filled) ends the parse with that status.
 */
struct edubal__csv_sink {
	void *data;
	/* The header: count names, trimmed, non-empty and unique; at spreadsheet
	 * row `row` (1 unless blank lines come first). */
	edubal_status (*header)(void *data, const char *const *names,
		size_t count, size_t row, edubal_error *err);
	/* Field index (0-based) of the data row at spreadsheet row `row`:
	 * len bytes of valid UTF-8 at text, NUL-terminated, untrimmed (a field
	 * holding a NUL byte ends there: strlen(text) == len).  A row
	 * may bring more or fewer fields than the header; such a row then
	 * fails before `row` is called for it. */
	edubal_status (*field)(void *data, size_t row, size_t index,
		const char *text, size_t len, edubal_error *err);
	/* The data row at spreadsheet row `row` is complete, with as many
	 * fields as the header. */
	edubal_status (*row)(void *data, size_t row, edubal_error *err);
};

/* Parse text[0..len) (source names it in messages). */
edubal_status edubal__csv_parse_text(const char *text, size_t len,
	const char *source, const struct edubal__csv_sink *sink,
	edubal_error *err);

/*
 * Parse f to its end in chunks of chunk bytes (0: EDUBAL__CSV_CHUNK);
 * path names it in messages.  Any chunk size gives the same result:
 * tests use tiny ones so that chunks end inside fields, quoted newlines
 * and UTF-8 sequences.
 */
edubal_status edubal__csv_parse_file(FILE *f, const char *path,
	size_t chunk, const struct edubal__csv_sink *sink, edubal_error *err);

#endif /* EDUBAL_SRC_IO_CSV_STREAM_H */
