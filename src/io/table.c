/*
 * src/io/table.c - CSV files as tables of text cells, parsed by libcsv.
 *
 * All cell text lives in one growing buffer, each cell NUL-terminated and
 * addressed by its offset, so a national file of 200,000 rows costs two
 * allocations that grow geometrically instead of millions of small ones.
 * libcsv's callbacks cannot stop the parse, so the first error is recorded
 * and everything after it ignored.
 */
#include <edubal/io.h>

#include <csv.h>
#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "number.h"
#include "utf8.h"

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

struct reader {
	struct edubal_table *table;
	size_t record;             /* lines completed, header and blanks included */
	size_t fields;             /* fields seen in the current record */
	int last_terminator;       /* to see the \n of a \r\n pair */
	bool have_header;
	edubal_status status;
	edubal_error *err;
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

/* The header name of field i (0-based) of a data row, or NULL in the
 * header itself and beyond its last column: errors name the column. */
static const char *
column_of_field(const struct reader *r, size_t i)
{
	if (!r->have_header || i >= r->table->columns)
		return NULL;
	return cell_text(r->table, i);
}

static void
on_field(void *field, size_t len, void *data)
{
	struct reader *r = data;
	if (r->status != EDUBAL_OK)
		return;
	const char *text = field ? field : "";
	size_t row = r->record + 1;
	if (!edubal__utf8_valid(text, len)) {
		r->status = edubal__fail_cell(r->err, EDUBAL_EDATA, r->table->source,
			row, column_of_field(r, r->fields), NULL, "field %zu is not "
			"valid UTF-8 (save the file as UTF-8; GBK exports must be "
			"converted)", r->fields + 1);
		return;
	}
	if (r->table->text_len + len + 1 > UINT32_MAX) {
		r->status = edubal__fail_cell(r->err, EDUBAL_EDATA, r->table->source,
			row, NULL, NULL, "the file is too large: edubal reads up to "
			"4 GiB of cell text per CSV file (split it, e.g. by province)");
		return;
	}
	if (!append_cell(r->table, text, len)) {
		r->status = edubal__fail(r->err, EDUBAL_ENOMEM,
			"%s: out of memory at row %zu", r->table->source, row);
		return;
	}
	r->fields++;
}

static void
trim_blanks(char *s)
{
	size_t start = strspn(s, " \t");
	size_t len = strlen(s + start);
	memmove(s, s + start, len + 1);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		s[--len] = '\0';
}

static edubal_status
check_header(struct reader *r)
{
	struct edubal_table *t = r->table;
	t->columns = r->fields;
	for (size_t c = 0; c < t->columns; c++) {
		trim_blanks(t->text + t->cells[c]);
		const char *name = cell_text(t, c);
		if (name[0] == '\0')
			return edubal__fail_cell(r->err, EDUBAL_EDATA, t->source, r->record,
				NULL, NULL, "header field %zu is empty: every column "
				"needs a name", c + 1);
		for (size_t d = 0; d < c; d++) {
			if (strcmp(name, cell_text(t, d)) == 0)
				return edubal__fail_cell(r->err, EDUBAL_EDATA, t->source,
					r->record, name, name, "duplicate column name (columns %zu "
					"and %zu)", d + 1, c + 1);
		}
	}
	return EDUBAL_OK;
}

/*
 * libcsv runs with CSV_REPALL_NL so that blank lines are seen: they count
 * as rows, keeping row numbers equal to what a spreadsheet shows.  In a
 * one-column table a blank line is an empty cell, which must not vanish;
 * elsewhere it holds no data and is skipped.
 */
static bool
skip_blank_line(struct reader *r, int terminator)
{
	bool crlf_tail = terminator == '\n' && r->last_terminator == '\r';
	r->last_terminator = terminator;
	if (r->fields > 0 || crlf_tail)
		return crlf_tail;
	if (!r->have_header || r->table->columns != 1) {
		r->record++;
		return true;
	}
	if (!append_cell(r->table, "", 0)) {
		r->status = edubal__fail(r->err, EDUBAL_ENOMEM, "out of memory");
		return true;
	}
	r->fields = 1;
	return false;
}

static void
on_record(int terminator, void *data)
{
	struct reader *r = data;
	if (r->status != EDUBAL_OK || skip_blank_line(r, terminator))
		return;
	r->record++;
	if (!r->have_header) {
		r->have_header = true;
		r->status = check_header(r);
	} else if (r->fields != r->table->columns) {
		/* Name the first missing column; extra fields have none. */
		r->status = edubal__fail_cell(r->err, EDUBAL_EDATA, r->table->source,
			r->record, column_of_field(r, r->fields), NULL, "the row has %zu "
			"fields but the header has %zu", r->fields, r->table->columns);
	} else if (!grow((void **) &r->table->row_numbers, &r->table->row_cap,
	                 r->table->rows + 1, sizeof *r->table->row_numbers)) {
		r->status = edubal__fail(r->err, EDUBAL_ENOMEM, "out of memory");
	} else {
		r->table->row_numbers[r->table->rows++] = r->record;
	}
	r->fields = 0;
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

/* Feeds chunks of CSV text to libcsv; the first chunk may start with a BOM. */
struct parse {
	struct csv_parser parser;
	struct reader reader;
	bool started;
};

static edubal_status
parse_begin(struct parse *p, struct edubal_table *t, edubal_error *err)
{
	memset(p, 0, sizeof *p);
	p->reader.table = t;
	p->reader.err = err;
	if (csv_init(&p->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	              CSV_REPALL_NL) != 0)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

static edubal_status
libcsv_failure(struct parse *p)
{
	struct edubal_table *t = p->reader.table;
	/* The field being read when libcsv gave up is the one after those
	 * completed in this row. */
	return edubal__fail_cell(p->reader.err, EDUBAL_EDATA, t->source,
		p->reader.record + 1, column_of_field(&p->reader, p->reader.fields),
		NULL, "malformed CSV in field %zu: %s", p->reader.fields + 1,
		csv_strerror(csv_error(&p->parser)));
}

static edubal_status
parse_chunk(struct parse *p, const char *text, size_t len)
{
	if (!p->started && len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	p->started = true;
	if (csv_parse(&p->parser, text, len, on_field, on_record, &p->reader) != len
	    && p->reader.status == EDUBAL_OK)
		return libcsv_failure(p);
	return p->reader.status;
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

static edubal_status
parse_end(struct parse *p)
{
	edubal_status st = p->reader.status;
	if (st == EDUBAL_OK &&
	    csv_fini(&p->parser, on_field, on_record, &p->reader) != 0)
		st = libcsv_failure(p);
	if (st == EDUBAL_OK)
		st = p->reader.status;
	csv_free(&p->parser);
	if (st == EDUBAL_OK && !p->reader.have_header)
		st = edubal__fail_cell(p->reader.err, EDUBAL_EDATA,
			p->reader.table->source, 0, NULL, NULL,
			"the file is empty: a header row is required");
	if (st == EDUBAL_OK)
		shrink(p->reader.table);
	return st;
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
	struct parse p;
	edubal_status st = parse_begin(&p, t, err);
	if (st == EDUBAL_OK) {
		st = parse_chunk(&p, text, len);
		if (st == EDUBAL_OK)
			st = parse_end(&p);
		else
			csv_free(&p.parser);
	}
	if (st != EDUBAL_OK) {
		edubal_table_free(t);
		return st;
	}
	*out_table = t;
	return EDUBAL_OK;
}

static edubal_status
parse_stream(struct parse *p, FILE *f, const char *path, edubal_error *err)
{
	char buf[1 << 16];
	size_t got;
	edubal_status st = EDUBAL_OK;
	while (st == EDUBAL_OK && (got = fread(buf, 1, sizeof buf, f)) > 0)
		st = parse_chunk(p, buf, got);
	if (st == EDUBAL_OK && ferror(f))
		st = edubal__fail_cell(err, EDUBAL_EIO, path, 0, NULL, NULL,
			"read error: %s", strerror(errno));
	if (st != EDUBAL_OK) {
		csv_free(&p->parser); /* keep the first error, skip end checks */
		return st;
	}
	return parse_end(p);
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
	struct parse p;
	edubal_status st = t ? parse_begin(&p, t, err)
	                     : edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (st == EDUBAL_OK)
		st = parse_stream(&p, f, path, err);
	fclose(f);
	if (st != EDUBAL_OK) {
		edubal_table_free(t);
		return st;
	}
	*out_table = t;
	return EDUBAL_OK;
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
