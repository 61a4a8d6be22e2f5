/*
 * src/dataset/dataset.c - the dataset handle, table builders and CSV
 * input.
 *
 * A dataset holds at most one finished frame per table kind, the note of
 * each table (ignored columns) and, per kind, a table being built from
 * arrays (arrays.c).  A table enters the dataset only through
 * edubal__builder_finish(), after every rule holds; any failure frees the
 * builder and leaves the dataset as it was.
 */
#include "internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/io.h>

#include "../error.h"

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

/* Where a CSV column goes: frame column and catalog entry. */
struct column_map {
	size_t column;      /* SIZE_MAX: unknown column, ignored */
	const struct edubal__column_spec *spec;
};

/* Add a frame column for each known column of table; note the others. */
static edubal_status
map_columns(struct edubal__builder *b, const edubal_table *table,
	struct column_map *map, edubal_error *err)
{
	for (size_t c = 0; c < edubal_table_columns(table); c++) {
		const char *name = edubal_table_column_name(table, c);
		size_t k;
		bool ok;
		map[c].column = SIZE_MAX;
		if (!edubal__catalog_find(b->spec, name, &k)) {
			ok = edubal__builder_note_unknown(b, name);
		} else {
			struct edubal__column col;
			map[c].column = b->frame->column_count;
			map[c].spec = &b->spec->columns[k];
			ok = edubal__column_init(&col, name,
				edubal__value_is_text(map[c].spec->kind),
				b->frame->rows) && edubal__frame_put(b->frame, &col);
			if (!ok)
				edubal__column_clear(&col, 0);
		}
		if (!ok)
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}

static edubal_status
read_cell(const struct edubal__builder *b,
	struct edubal__number_reader *reader, const struct column_map *m,
	size_t i, const char *text, edubal_error *err)
{
	struct edubal__column *col = &b->frame->columns[m->column];
	if (col->is_text) {
		bool oom;
		col->texts[i] = edubal__trimmed_copy(text, &oom);
		return oom ? edubal__fail(err, EDUBAL_ENOMEM, "out of memory")
		           : EDUBAL_OK;
	}
	char why[EDUBAL__WHY_SIZE];
	if (edubal__convert_cell(reader, m->spec, text, &col->numbers[i], why))
		return EDUBAL_OK;
	return edubal__fail_cell(err, EDUBAL_EDATA, b->frame->source,
		edubal__frame_row_number(b->frame, i), col->name, text, "%s", why);
}

/* Convert row by row, so the first bad cell in reading order is reported. */
static edubal_status
read_rows(const struct edubal__builder *b, const edubal_table *table,
	const struct column_map *map, edubal_error *err)
{
	struct edubal__number_reader *reader = edubal__number_reader_new();
	if (!reader)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = EDUBAL_OK;
	size_t columns = edubal_table_columns(table);
	for (size_t i = 0; i < b->frame->rows && st == EDUBAL_OK; i++) {
		for (size_t c = 0; c < columns && st == EDUBAL_OK; c++) {
			if (map[c].column != SIZE_MAX)
				st = read_cell(b, reader, &map[c], i,
					edubal_table_cell(table, i, c), err);
		}
	}
	edubal__number_reader_free(reader);
	return st;
}

/* Keep the CSV's own row numbers: blank lines count in a spreadsheet. */
static edubal_status
copy_row_numbers(struct edubal__frame *frame, const edubal_table *table,
	edubal_error *err)
{
	frame->row_numbers = malloc((frame->rows ? frame->rows : 1) *
		sizeof *frame->row_numbers);
	if (!frame->row_numbers)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < frame->rows; i++)
		frame->row_numbers[i] = edubal_table_row_number(table, i);
	return EDUBAL_OK;
}

edubal_status
edubal_dataset_add_table(edubal_dataset *ds, enum edubal_table_kind kind,
	const edubal_table *table, edubal_error *err)
{
	edubal_status st = check_arguments(ds, kind, table, "table", err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__builder *b = edubal__builder_new(kind,
		edubal_table_rows(table), edubal_table_source(table), 2);
	size_t columns = edubal_table_columns(table);
	struct column_map *map = malloc((columns ? columns : 1) * sizeof *map);
	if (!b || !map)
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (st == EDUBAL_OK)
		st = copy_row_numbers(b->frame, table, err);
	if (st == EDUBAL_OK)
		st = map_columns(b, table, map, err);
	if (st == EDUBAL_OK)
		st = read_rows(b, table, map, err);
	free(map);
	if (st != EDUBAL_OK) {
		edubal__builder_free(b);
		return st;
	}
	return edubal__builder_finish(ds, b, err);
}

edubal_status
edubal_dataset_read_csv(edubal_dataset *ds, enum edubal_table_kind kind,
	const char *path, edubal_error *err)
{
	edubal_status st = check_arguments(ds, kind, path, "path", err);
	if (st != EDUBAL_OK)
		return st;
	edubal_table *table;
	st = edubal_table_read_csv(path, &table, err);
	if (st != EDUBAL_OK)
		return st;
	st = edubal_dataset_add_table(ds, kind, table, err);
	edubal_table_free(table);
	return st;
}

struct edubal__frame **
edubal__dataset_slot(edubal_dataset *ds, enum edubal_table_kind kind)
{
	return &ds->frames[kind];
}
