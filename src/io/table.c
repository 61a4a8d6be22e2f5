/*
 * src/io/table.c - CSV files as tables of text cells, parsed by libcsv.
 *
 * All cell text lives in one growing buffer, each cell NUL-terminated and
 * addressed by its offset, so a national file of 200,000 rows costs two
 * allocations that grow geometrically instead of millions of small ones.
 * The CSV rules (src/io/csv_stream.c) are shared with the dataset, which
 * reads a file straight into its columns; a table is one sink of them.
 */
#include <edubal/io.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "csv_stream.h"
#include "number.h"

struct edubal_table {
	char *source;
	size_t columns;
	size_t rows;
	char *text;          /* every cell, NUL-terminated */
	size_t text_len, text_cap;
	/* offsets into text: header, then rows.  32 bits: half the memory of
	 * size_t for a national file of 11 million cells (text over 4 GiB is
	 * refused, see on_field) */
	uint32_t *cells;
	size_t cell_count, cell_cap;
	size_t *row_numbers; /* spreadsheet row of each data row */
	size_t row_cap;
};

static bool
grow(void **buf, size_t *cap, size_t need, size_t elem)
{
	if (need <= *cap)
		return true;
	size_t cap2 = *cap ? *cap : 256;
	while (cap2 < need)
		cap2 *= 2;
	void *p = realloc(*buf, cap2 * elem);
	if (!p)
		return false;
	*buf = p;
	*cap = cap2;
	return true;
}

static bool
append_cell(struct edubal_table *t, const char *text, size_t len)
{
	if (!grow((void **) &t->text, &t->text_cap, t->text_len + len + 1, 1) ||
	    !grow((void **) &t->cells, &t->cell_cap, t->cell_count + 1,
	          sizeof *t->cells))
		return false;
	memcpy(t->text + t->text_len, text, len);
	t->text[t->text_len + len] = '\0';
	t->cells[t->cell_count++] = (uint32_t) t->text_len;
	t->text_len += len + 1;
	return true;
}

static const char *
cell_text(const struct edubal_table *t, size_t index)
{
	return t->text + t->cells[index];
}

/* ---- the table as a sink of src/io/csv_stream.c ---- */

static edubal_status
on_header(void *data, const char *const *names, size_t count, size_t row,
	edubal_error *err)
{
	struct edubal_table *t = data;
	(void) row;
	t->columns = count;
	for (size_t c = 0; c < count; c++) {
		if (!append_cell(t, names[c], strlen(names[c])))
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}

static edubal_status
on_field(void *data, size_t row, size_t index, const char *text, size_t len,
	edubal_error *err)
{
	struct edubal_table *t = data;
	(void) index;
	if (t->text_len + len + 1 > UINT32_MAX)
		return edubal__fail_cell(err, EDUBAL_EDATA, t->source, row, NULL,
			NULL, "the file is too large: edubal reads up to 4 GiB of cell "
			"text per CSV file (split it, e.g. by province)");
	if (!append_cell(t, text, len))
		return edubal__fail(err, EDUBAL_ENOMEM, "%s: out of memory at row %zu",
			t->source, row);
	return EDUBAL_OK;
}

static edubal_status
on_row(void *data, size_t row, edubal_error *err)
{
	struct edubal_table *t = data;
	if (!grow((void **) &t->row_numbers, &t->row_cap, t->rows + 1,
	          sizeof *t->row_numbers))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	t->row_numbers[t->rows++] = row;
	return EDUBAL_OK;
}

static struct edubal_table *
table_new(const char *source)
{
	struct edubal_table *t = calloc(1, sizeof *t);
	if (!t)
		return NULL;
	t->source = strdup(source ? source : "<memory>");
	if (!t->source) {
		free(t);
		return NULL;
	}
	return t;
}

void
edubal_table_free(edubal_table *table)
{
	if (!table)
		return;
	free(table->source);
	free(table->text);
	free(table->cells);
	free(table->row_numbers);
	free(table);
}

/* Give back the spare capacity of geometric growth (up to half of each
 * buffer): the table lives while the dataset converts it, so this lowers
 * the peak of a load.  A failed shrink keeps the larger block. */
static void
shrink(struct edubal_table *t)
{
	char *text = realloc(t->text, t->text_len ? t->text_len : 1);
	if (text) {
		t->text = text;
		t->text_cap = t->text_len ? t->text_len : 1;
	}
	uint32_t *cells = realloc(t->cells,
		(t->cell_count ? t->cell_count : 1) * sizeof *cells);
	if (cells) {
		t->cells = cells;
		t->cell_cap = t->cell_count ? t->cell_count : 1;
	}
}

/* Hand the parsed table out, or free it on failure. */
static edubal_status
deliver(struct edubal_table *t, edubal_status st, edubal_table **out_table)
{
	if (st != EDUBAL_OK) {
		edubal_table_free(t);
		return st;
	}
	shrink(t);
	*out_table = t;
	return EDUBAL_OK;
}

edubal_status
edubal_table_parse_csv(const char *text, size_t len, const char *source_name,
	edubal_table **out_table, edubal_error *err)
{
	if (!text || !out_table)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			text ? "out_table" : "text");
	struct edubal_table *t = table_new(source_name);
	if (!t)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	struct edubal__csv_sink sink = {t, on_header, on_field, on_row};
	edubal_status st = edubal__csv_parse_text(text, len, t->source, &sink,
		err);
	return deliver(t, st, out_table);
}

edubal_status
edubal_table_read_csv(const char *path, edubal_table **out_table,
	edubal_error *err)
{
	if (!path || !out_table)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			path ? "out_table" : "path");
	FILE *f = fopen(path, "rb");
	if (!f)
		return edubal__fail_cell(err, EDUBAL_EIO, path, 0, NULL, NULL,
			"cannot open: %s", strerror(errno));
	struct edubal_table *t = table_new(path);
	edubal_status st;
	if (!t) {
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	} else {
		struct edubal__csv_sink sink = {t, on_header, on_field, on_row};
		st = edubal__csv_parse_file(f, path, 0, &sink, err);
	}
	fclose(f);
	return deliver(t, st, out_table);
}

size_t
edubal_table_rows(const edubal_table *table)
{
	return table ? table->rows : 0;
}

size_t
edubal_table_columns(const edubal_table *table)
{
	return table ? table->columns : 0;
}

const char *
edubal_table_source(const edubal_table *table)
{
	return table ? table->source : "";
}

const char *
edubal_table_column_name(const edubal_table *table, size_t col)
{
	if (!table || col >= table->columns)
		return NULL;
	return cell_text(table, col);
}

edubal_status
edubal_table_find_column(const edubal_table *table, const char *name,
	size_t *out_col, edubal_error *err)
{
	if (!table || !name || !out_col)
		return edubal__fail(err, EDUBAL_EINVAL,
			"table, name and out_col must not be NULL");
	for (size_t c = 0; c < table->columns; c++) {
		if (strcmp(cell_text(table, c), name) == 0) {
			*out_col = c;
			return EDUBAL_OK;
		}
	}
	return edubal__fail_cell(err, EDUBAL_ENOTFOUND, table->source, 0, name,
		NULL, "no such column in the header");
}

size_t
edubal_table_row_number(const edubal_table *table, size_t row)
{
	if (!table || row >= table->rows)
		return 0;
	return table->row_numbers[row];
}

const char *
edubal_table_cell(const edubal_table *table, size_t row, size_t col)
{
	if (!table || row >= table->rows || col >= table->columns)
		return NULL;
	return cell_text(table, (row + 1) * table->columns + col);
}

edubal_status
edubal_table_column_numbers(const edubal_table *table, const char *name,
	double *out, size_t out_len, edubal_error *err)
{
	size_t col;
	edubal_status st = edubal_table_find_column(table, name, &col, err);
	if (st != EDUBAL_OK)
		return st;
	if (!out || out_len != table->rows)
		return edubal__fail(err, EDUBAL_EINVAL, "out must hold exactly %zu "
			"numbers, got %zu", table->rows, out_len);
	/* Convert into scratch so that out is written only on success. */
	double *values = malloc((table->rows ? table->rows : 1) * sizeof *values);
	struct edubal__number_reader *numbers = edubal__number_reader_new();
	if (!values || !numbers)
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t row = 0; row < table->rows && st == EDUBAL_OK; row++) {
		const char *text = edubal_table_cell(table, row, col);
		const char *why;
		if (!edubal__read_number(numbers, text, &values[row], &why))
			st = edubal__fail_cell(err, EDUBAL_EDATA, table->source,
				table->row_numbers[row], name, text, "%s", why);
	}
	if (st == EDUBAL_OK)
		memcpy(out, values, table->rows * sizeof *values);
	edubal__number_reader_free(numbers);
	free(values);
	return st;
}
