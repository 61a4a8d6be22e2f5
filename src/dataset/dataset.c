/*
 * src/dataset/dataset.c - the dataset handle, table builders and CSV
 * input.
 *
 * A CSV file is read as a stream (src/io/csv_stream.c): each field goes
 * straight into its column, so the file is never held as text.
 *
 * A dataset holds at most one finished frame per table kind, the note of
 * each table (ignored columns) and, per kind, a table being built from
 * arrays (arrays.c).  A table enters the dataset only through
 * edubal__builder_finish(), after every rule holds; any failure frees the
 * builder and leaves the dataset as it was.
 */
#include "internal.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/io.h>

#include "../error.h"
#include "../io/csv_stream.h"

struct edubal_dataset {
	struct edubal__frame *frames[EDUBAL__TABLE_KIND_COUNT];
	char *notes[EDUBAL__TABLE_KIND_COUNT];  /* NULL: no note */
	struct edubal__builder *building[EDUBAL__TABLE_KIND_COUNT];
};

edubal_dataset *
edubal_dataset_new(void)
{
	return calloc(1, sizeof(edubal_dataset));
}

void
edubal_dataset_free(edubal_dataset *ds)
{
	if (!ds)
		return;
	for (size_t k = 0; k < EDUBAL__TABLE_KIND_COUNT; k++) {
		edubal__frame_free(ds->frames[k]);
		free(ds->notes[k]);
		edubal__builder_free(ds->building[k]);
	}
	free(ds);
}

static bool
valid_kind(enum edubal_table_kind kind)
{
	return (size_t) kind < EDUBAL__TABLE_KIND_COUNT;
}

size_t
edubal_dataset_rows(const edubal_dataset *ds, enum edubal_table_kind kind)
{
	if (!ds || !valid_kind(kind) || !ds->frames[kind])
		return 0;
	return ds->frames[kind]->rows;
}

size_t
edubal_dataset_note_count(const edubal_dataset *ds)
{
	size_t n = 0;
	for (size_t k = 0; ds && k < EDUBAL__TABLE_KIND_COUNT; k++)
		n += ds->notes[k] != NULL;
	return n;
}

const char *
edubal_dataset_note(const edubal_dataset *ds, size_t i)
{
	for (size_t k = 0; ds && k < EDUBAL__TABLE_KIND_COUNT; k++) {
		if (ds->notes[k] && i-- == 0)
			return ds->notes[k];
	}
	return NULL;
}

const struct edubal__frame *
edubal__dataset_frame(const edubal_dataset *ds, enum edubal_table_kind kind)
{
	if (!ds || !valid_kind(kind))
		return NULL;
	return ds->frames[kind];
}

/* ---- builders ---- */

struct edubal__builder *
edubal__builder_new(enum edubal_table_kind kind, size_t rows,
	const char *source, size_t row_base)
{
	const struct edubal__table_spec *spec = edubal__catalog_table(kind);
	struct edubal__builder *b = spec ? calloc(1, sizeof *b) : NULL;
	if (!b)
		return NULL;
	b->kind = kind;
	b->spec = spec;
	b->row_base = row_base;
	b->frame = edubal__frame_new(source ? source : spec->name, rows);
	if (!b->frame) {
		free(b);
		return NULL;
	}
	b->frame->row_base = row_base;
	return b;
}

void
edubal__builder_free(struct edubal__builder *b)
{
	if (!b)
		return;
	edubal__frame_free(b->frame);
	free(b->unknown);
	free(b);
}

/* Whether name is already in the ", "-separated list. */
static bool
list_has(const char *list, const char *name)
{
	size_t len = strlen(name);
	for (const char *p = list; p; p = strstr(p, ", ")) {
		if (p != list)
			p += 2;
		if (strncmp(p, name, len) == 0 && (p[len] == ',' || p[len] == '\0'))
			return true;
	}
	return false;
}

bool
edubal__builder_note_unknown(struct edubal__builder *b, const char *name)
{
	if (b->unknown && list_has(b->unknown, name))
		return true;
	size_t old = b->unknown ? strlen(b->unknown) : 0;
	size_t len = old + (old ? 2 : 0) + strlen(name) + 1;
	char *grown = realloc(b->unknown, len);
	if (!grown)
		return false;
	snprintf(grown + old, len - old, "%s%s", old ? ", " : "", name);
	b->unknown = grown;
	return true;
}

/* "<source>: unknown columns ignored: a, b", or NULL with *ok false. */
static char *
make_note(const struct edubal__builder *b, bool *ok)
{
	*ok = true;
	if (!b->unknown)
		return NULL;
#define NOTE_FORMAT "%s: unknown columns ignored: %s"
	int n = snprintf(NULL, 0, NOTE_FORMAT, b->frame->source, b->unknown);
	char *note = n < 0 ? NULL : malloc((size_t) n + 1);
	if (!note) {
		*ok = false;
		return NULL;
	}
	snprintf(note, (size_t) n + 1, NOTE_FORMAT, b->frame->source, b->unknown);
#undef NOTE_FORMAT
	return note;
}

edubal_status
edubal__builder_finish(edubal_dataset *ds, struct edubal__builder *b,
	edubal_error *err)
{
	edubal_status st = edubal__check_frame(b, err);
	bool ok = true;
	char *note = st == EDUBAL_OK ? make_note(b, &ok) : NULL;
	if (st == EDUBAL_OK && (!ok || !edubal__frame_index_names(b->frame))) {
		free(note);
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	if (st == EDUBAL_OK) {
		edubal__frame_free(ds->frames[b->kind]);
		free(ds->notes[b->kind]);
		b->frame->present = true;
		ds->frames[b->kind] = b->frame;
		ds->notes[b->kind] = note;
		b->frame = NULL;
	}
	edubal__builder_free(b);
	return st;
}

/* The table being built from arrays for kind (NULL if none). */
struct edubal__builder **
edubal__dataset_building(edubal_dataset *ds, enum edubal_table_kind kind)
{
	return &ds->building[kind];
}

/* Drop the finished table of kind and its note. */
void
edubal__dataset_drop(edubal_dataset *ds, enum edubal_table_kind kind)
{
	edubal__frame_free(ds->frames[kind]);
	free(ds->notes[kind]);
	ds->frames[kind] = NULL;
	ds->notes[kind] = NULL;
}

/* ---- CSV input ---- */

static edubal_status
check_arguments(const edubal_dataset *ds, enum edubal_table_kind kind,
	const void *input, const char *input_name, edubal_error *err)
{
	if (!ds)
		return edubal__fail(err, EDUBAL_EINVAL, "ds is NULL");
	if (!valid_kind(kind))
		return edubal__fail(err, EDUBAL_EINVAL, "unknown table kind %d",
			(int) kind);
	if (!input)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL", input_name);
	return EDUBAL_OK;
}

/*
 * A CSV table being read into a builder, field by field.  Both ways in
 * share it: edubal_dataset_add_table() walks an edubal_table, and
 * edubal_dataset_read_csv() takes the fields straight from the parser
 * (src/io/csv_stream.c) without ever holding the file as text.
 */
/* Where a field of a CSV column goes. */
struct field_slot {
	struct edubal__column *col;     /* NULL: unknown column, ignored */
	const struct edubal__column_spec *spec;
	bool words;                     /* a named or boolean column */
	/* a named column's last word and its value: a type or a location
	 * repeats down the column, and the catalog's lookup is not cheap */
	char memo[24];
	size_t memo_len;                /* SIZE_MAX: nothing kept */
	double memo_value;
};

struct csv_load {
	struct edubal__builder *b;
	struct edubal__number_reader *reader;
	struct field_slot *slots;       /* per CSV column */
	size_t columns;
	/* the first bad cell, reported unless the file turns out not to be
	 * valid CSV (CSV errors come first, as when a table is read whole) */
	edubal_status deferred;
	char why[EDUBAL__WHY_SIZE];     /* why a cell is refused */
};

static edubal_status
load_begin(struct csv_load *l, struct edubal__builder *b, edubal_error *err)
{
	memset(l, 0, sizeof *l);
	l->b = b;
	l->reader = b ? edubal__number_reader_new() : NULL;
	if (!l->reader)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

static void
load_end(struct csv_load *l)
{
	edubal__number_reader_free(l->reader);
	free(l->slots);
}

/* Whether a column of kind reads words (type, location, ..., booleans). */
static bool
reads_words(enum edubal__value_kind kind)
{
	return kind == EDUBAL__VALUE_BOOL || edubal__value_is_named(kind);
}

/* Add a frame column for each known column of the header; note the others. */
static edubal_status
load_header(struct csv_load *l, const char *const *names, size_t count,
	edubal_error *err)
{
	struct edubal__builder *b = l->b;
	size_t *column = malloc((count ? count : 1) * sizeof *column);
	l->slots = calloc(count ? count : 1, sizeof *l->slots);
	l->columns = count;
	bool ok = column && l->slots;
	for (size_t c = 0; ok && c < count; c++) {
		size_t k;
		column[c] = SIZE_MAX;
		l->slots[c].memo_len = SIZE_MAX;
		if (!edubal__catalog_find(b->spec, names[c], &k)) {
			ok = edubal__builder_note_unknown(b, names[c]);
			continue;
		}
		struct edubal__column col;
		column[c] = b->frame->column_count;
		l->slots[c].spec = &b->spec->columns[k];
		l->slots[c].words = reads_words(l->slots[c].spec->kind);
		ok = edubal__column_init(&col, names[c],
			edubal__value_is_text(l->slots[c].spec->kind),
			b->frame->capacity) && edubal__frame_put(b->frame, &col);
		if (!ok)
			edubal__column_clear(&col);
	}
	/* The frame's columns no longer move: point at them. */
	for (size_t c = 0; ok && c < count; c++) {
		if (column[c] != SIZE_MAX)
			l->slots[c].col = &b->frame->columns[column[c]];
	}
	free(column);
	return ok ? EDUBAL_OK : edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
}

/* Convert text[0..len) for slot s, through its memo for named columns. */
static bool
convert(struct csv_load *l, struct field_slot *s, const char *text,
	size_t len, double *value, char *why)
{
	if (len == s->memo_len && memcmp(text, s->memo, len) == 0) {
		*value = s->memo_value;
		return true;
	}
	if (!edubal__convert_cell(l->reader, s->spec, text, len, value, why))
		return false;
	if (s->words && len < sizeof s->memo) {
		memcpy(s->memo, text, len);
		s->memo_len = len;
		s->memo_value = *value;
	}
	return true;
}

/* Field index of the row being read (frame->rows), spreadsheet row `row`:
 * text, len bytes, NUL-terminated. */
static edubal_status
load_field(struct csv_load *l, size_t row, size_t index, const char *text,
	size_t len, edubal_error *err)
{
	struct edubal__frame *frame = l->b->frame;
	if (index == 0 && !edubal__frame_reserve(frame, frame->rows + 1))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (index >= l->columns || !l->slots[index].col)
		return EDUBAL_OK;  /* unknown, or beyond the header (fails later) */
	struct field_slot *s = &l->slots[index];
	bool ok;
	if (s->col->is_text) {
		ok = edubal__column_set_text(frame, s->col, frame->rows, text);
	} else {
		double value;
		if (!convert(l, s, text, len, &value, l->why))
			return edubal__fail_cell(err, EDUBAL_EDATA, frame->source, row,
				s->col->name, text, "%s", l->why);
		ok = edubal__column_set_number(s->col, frame->rows, value,
			frame->capacity);
	}
	return ok ? EDUBAL_OK : edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
}

/* The row being read is complete; its spreadsheet row is `row`. */
static edubal_status
load_row(struct csv_load *l, size_t row, edubal_error *err)
{
	struct edubal__frame *frame = l->b->frame;
	/* Its room was reserved at field 0: every row has one. */
	if (!edubal__frame_set_row_number(frame, frame->rows, row))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	frame->rows++;
	return EDUBAL_OK;
}

/* Convert row by row, so the first bad cell in reading order is reported. */
static edubal_status
load_table(struct csv_load *l, const edubal_table *table, edubal_error *err)
{
	size_t columns = edubal_table_columns(table);
	const char **names = malloc((columns ? columns : 1) * sizeof *names);
	if (!names)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t c = 0; c < columns; c++)
		names[c] = edubal_table_column_name(table, c);
	edubal_status st = load_header(l, names, columns, err);
	free(names);
	if (st == EDUBAL_OK && !edubal__frame_reserve(l->b->frame,
	    edubal_table_rows(table)))
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < edubal_table_rows(table) && st == EDUBAL_OK; i++) {
		size_t row = edubal_table_row_number(table, i);
		for (size_t c = 0; c < columns && st == EDUBAL_OK; c++) {
			const char *text = edubal_table_cell(table, i, c);
			st = load_field(l, row, c, text, strlen(text), err);
		}
		if (st == EDUBAL_OK)
			st = load_row(l, row, err);
	}
	return st;
}

/* Finish the builder of a load that went well, or free it. */
static edubal_status
finish_load(edubal_dataset *ds, struct csv_load *l, edubal_status st,
	edubal_error *err)
{
	struct edubal__builder *b = l->b;
	load_end(l);
	if (st == EDUBAL_OK && !edubal__frame_fit(b->frame))
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (st != EDUBAL_OK) {
		edubal__builder_free(b);
		return st;
	}
	return edubal__builder_finish(ds, b, err);
}

edubal_status
edubal_dataset_add_table(edubal_dataset *ds, enum edubal_table_kind kind,
	const edubal_table *table, edubal_error *err)
{
	edubal_status st = check_arguments(ds, kind, table, "table", err);
	if (st != EDUBAL_OK)
		return st;
	struct csv_load l;
	st = load_begin(&l, edubal__builder_new(kind, 0,
		edubal_table_source(table), 2), err);
	if (st == EDUBAL_OK)
		st = load_table(&l, table, err);
	return finish_load(ds, &l, st, err);
}

/* ---- the parser's sink (src/io/csv_stream.h) ---- */

static edubal_status
sink_header(void *data, const char *const *names, size_t count, size_t row,
	edubal_error *err)
{
	(void) row;
	return load_header(data, names, count, err);
}

/* A bad cell is kept for later: a CSV error further on would come first. */
static edubal_status
sink_field(void *data, size_t row, size_t index, const char *text,
	size_t len, edubal_error *err)
{
	struct csv_load *l = data;
	if (l->deferred != EDUBAL_OK)
		return EDUBAL_OK;
	edubal_status st = load_field(l, row, index, text, len, err);
	if (st == EDUBAL_EDATA) {
		l->deferred = st;
		return EDUBAL_OK;
	}
	return st;
}

static edubal_status
sink_row(void *data, size_t row, edubal_error *err)
{
	struct csv_load *l = data;
	return l->deferred != EDUBAL_OK ? EDUBAL_OK : load_row(l, row, err);
}

/* Lines of f, an upper bound of its rows (quoted newlines count too), so
 * that the columns are allocated once; then back to the start.  0 when f
 * cannot be read twice, a pipe say, which is then left unread (the frame
 * grows as it goes). */
static size_t
count_lines(FILE *f)
{
	if (fseek(f, 0, SEEK_SET) != 0) {
		clearerr(f);
		return 0;
	}
	char buf[1 << 16];
	size_t lines = 1, got;
	while ((got = fread(buf, 1, sizeof buf, f)) > 0) {
		for (const char *p = buf, *end = buf + got;
		     (p = memchr(p, '\n', (size_t) (end - p))) != NULL; p++)
			lines++;
	}
	if (ferror(f) || fseek(f, 0, SEEK_SET) != 0) {
		clearerr(f);
		return 0;
	}
	return lines;
}

edubal_status
edubal__dataset_read_file(edubal_dataset *ds, enum edubal_table_kind kind,
	FILE *f, const char *path, size_t chunk, edubal_error *err)
{
	struct csv_load l;
	edubal_status st = load_begin(&l, edubal__builder_new(kind, 0, path, 2),
		err);
	if (st == EDUBAL_OK && !edubal__frame_reserve(l.b->frame,
	    count_lines(f)))
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (st == EDUBAL_OK) {
		struct edubal__csv_sink sink = {&l, sink_header, sink_field,
			sink_row};
		st = edubal__csv_parse_file(f, path, chunk, &sink, err);
	}
	if (st == EDUBAL_OK)
		st = l.deferred;
	return finish_load(ds, &l, st, err);
}

edubal_status
edubal__dataset_read_csv_chunked(edubal_dataset *ds,
	enum edubal_table_kind kind, const char *path, size_t chunk,
	edubal_error *err)
{
	edubal_status st = check_arguments(ds, kind, path, "path", err);
	if (st != EDUBAL_OK)
		return st;
	FILE *f = fopen(path, "rb");
	if (!f)
		return edubal__fail_cell(err, EDUBAL_EIO, path, 0, NULL, NULL,
			"cannot open: %s", strerror(errno));
	st = edubal__dataset_read_file(ds, kind, f, path, chunk, err);
	fclose(f);
	return st;
}

edubal_status
edubal_dataset_read_csv(edubal_dataset *ds, enum edubal_table_kind kind,
	const char *path, edubal_error *err)
{
	return edubal__dataset_read_csv_chunked(ds, kind, path, 0, err);
}

struct edubal__frame **
edubal__dataset_slot(edubal_dataset *ds, enum edubal_table_kind kind)
{
	return &ds->frames[kind];
}
