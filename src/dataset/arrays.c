/*
 * src/dataset/arrays.c - building a table from arrays, one column per
 * call: edubal_dataset_begin_table(), edubal_dataset_set_text() or
 * edubal_dataset_set_numbers() per column, edubal_dataset_end_table().
 *
 * Rows in messages are 1-based element numbers.  A failed call discards
 * the table being built, so a half-checked table can never be finished.
 */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "../error.h"
#include "../io/utf8.h"

static edubal_status
check_kind(const edubal_dataset *ds, enum edubal_table_kind kind,
	edubal_error *err)
{
	if (!ds)
		return edubal__fail(err, EDUBAL_EINVAL, "ds is NULL");
	if (!edubal__catalog_table(kind))
		return edubal__fail(err, EDUBAL_EINVAL, "unknown table kind %d",
			(int) kind);
	return EDUBAL_OK;
}

/* The table being built for kind, or EDUBAL_EINVAL. */
static edubal_status
find_builder(edubal_dataset *ds, enum edubal_table_kind kind,
	struct edubal__builder **out, edubal_error *err)
{
	edubal_status st = check_kind(ds, kind, err);
	if (st != EDUBAL_OK)
		return st;
	*out = *edubal__dataset_building(ds, kind);
	if (!*out)
		return edubal__fail(err, EDUBAL_EINVAL, "no %s table is being "
			"built: call edubal_dataset_begin_table() first (a failed "
			"call discards the table being built)",
			edubal__catalog_table(kind)->name);
	return EDUBAL_OK;
}

/* Discard the table being built for kind; returns st. */
static edubal_status
discard(edubal_dataset *ds, enum edubal_table_kind kind, edubal_status st)
{
	struct edubal__builder **slot = edubal__dataset_building(ds, kind);
	edubal__builder_free(*slot);
	*slot = NULL;
	return st;
}

edubal_status
edubal_dataset_begin_table(edubal_dataset *ds, enum edubal_table_kind kind,
	size_t rows, const char *source_name, edubal_error *err)
{
	edubal_status st = check_kind(ds, kind, err);
	if (st != EDUBAL_OK)
		return st;
	(void) discard(ds, kind, EDUBAL_OK);
	edubal__dataset_drop(ds, kind);
	struct edubal__builder *b = edubal__builder_new(kind, rows, source_name,
		1);
	if (!b)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	*edubal__dataset_building(ds, kind) = b;
	return EDUBAL_OK;
}

/* Checks shared by the set functions: column name, lengths, pointers. */
static edubal_status
check_column_args(const struct edubal__builder *b, const char *column,
	const void *values, size_t n, edubal_error *err)
{
	if (!column)
		return edubal__fail(err, EDUBAL_EINVAL, "column is NULL");
	if (n != b->frame->rows)
		return edubal__fail(err, EDUBAL_EINVAL, "column %s has %zu values "
			"but the table was begun with %zu rows", column, n,
			b->frame->rows);
	if (!values && n > 0)
		return edubal__fail(err, EDUBAL_EINVAL, "values is NULL");
	return EDUBAL_OK;
}

/* Catalog entry of column, or NULL after noting it as ignored. */
static edubal_status
find_spec(struct edubal__builder *b, const char *column,
	const struct edubal__column_spec **out, edubal_error *err)
{
	size_t k;
	*out = NULL;
	if (edubal__catalog_find(b->spec, column, &k)) {
		*out = &b->spec->columns[k];
		return EDUBAL_OK;
	}
	if (!edubal__builder_note_unknown(b, column))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

/* Text from arrays did not pass the CSV reader's UTF-8 check; a garbled id
 * would otherwise be unrepresentable in the JSON report and vanish. */
static edubal_status
read_texts(const struct edubal__builder *b, struct edubal__column *col,
	const char *const *values, edubal_error *err)
{
	for (size_t i = 0; i < b->frame->rows; i++) {
		if (values[i] && !edubal__utf8_valid(values[i], strlen(values[i])))
			return edubal__fail_cell(err, EDUBAL_EDATA, b->frame->source,
				edubal__frame_row_number(b->frame, i), col->name, NULL,
				"not valid UTF-8 (convert GBK text to UTF-8 first)");
		if (!edubal__column_set_text(b->frame, col, i, values[i]))
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}

static edubal_status
read_cells(const struct edubal__builder *b,
	const struct edubal__column_spec *spec, struct edubal__column *col,
	const char *const *values, edubal_error *err)
{
	struct edubal__number_reader *reader = edubal__number_reader_new();
	if (!reader)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = EDUBAL_OK;
	char why[EDUBAL__WHY_SIZE];
	for (size_t i = 0; i < b->frame->rows && st == EDUBAL_OK; i++) {
		const char *text = values[i] ? values[i] : "";
		double value;
		if (!edubal__convert_cell(reader, spec, text, strlen(text), &value,
		                          why))
			st = edubal__fail_cell(err, EDUBAL_EDATA, b->frame->source,
				edubal__frame_row_number(b->frame, i), spec->name, text,
				"%s", why);
		else if (!edubal__column_set_number(col, i, value, b->frame->rows))
			st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	edubal__number_reader_free(reader);
	return st;
}

/* Read a text column into the builder (replacing a column of that name). */
static edubal_status
set_text(struct edubal__builder *b, const char *column,
	const char *const *values, edubal_error *err)
{
	const struct edubal__column_spec *spec;
	edubal_status st = find_spec(b, column, &spec, err);
	if (st != EDUBAL_OK || !spec)
		return st;
	struct edubal__column col;
	bool is_text = edubal__value_is_text(spec->kind);
	if (!edubal__column_init(&col, spec->name, is_text, b->frame->rows))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	st = is_text ? read_texts(b, &col, values, err)
	             : read_cells(b, spec, &col, values, err);
	if (st == EDUBAL_OK && !edubal__frame_put(b->frame, &col))
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal__column_clear(&col);
	return st;
}

edubal_status
edubal_dataset_set_text(edubal_dataset *ds, enum edubal_table_kind kind,
	const char *column, const char *const *values, size_t n,
	edubal_error *err)
{
	struct edubal__builder *b;
	edubal_status st = find_builder(ds, kind, &b, err);
	if (st != EDUBAL_OK)
		return st;
	st = check_column_args(b, column, values, n, err);
	if (st == EDUBAL_OK)
		st = set_text(b, column, values, err);
	return st == EDUBAL_OK ? st : discard(ds, kind, st);
}

static edubal_status
check_given_args(const struct edubal__builder *b, const char *column,
	const unsigned char *given, size_t n_given, edubal_error *err)
{
	if (!given && n_given != 0)
		return edubal__fail(err, EDUBAL_EINVAL, "given is NULL but "
			"n_given is %zu", n_given);
	if (given && n_given != b->frame->rows)
		return edubal__fail(err, EDUBAL_EINVAL, "column %s: given has %zu "
			"elements but the table has %zu rows", column, n_given,
			b->frame->rows);
	return EDUBAL_OK;
}

static edubal_status
check_numeric_column(const struct edubal__column_spec *spec,
	edubal_error *err)
{
	if (edubal__value_is_text(spec->kind) ||
	    edubal__value_is_named(spec->kind))
		return edubal__fail(err, EDUBAL_EINVAL, "column %s holds text or "
			"names, not numbers: use edubal_dataset_set_text()",
			spec->name);
	return EDUBAL_OK;
}

static edubal_status
read_numbers(const struct edubal__builder *b,
	const struct edubal__column_spec *spec, struct edubal__column *col,
	const double *values, const unsigned char *given, edubal_error *err)
{
	char why[EDUBAL__WHY_SIZE], text[40];
	for (size_t i = 0; i < b->frame->rows; i++) {
		if (given && !given[i])
			continue;
		double v = values[i];
		bool ok = isfinite(v);
		if (!ok)
			snprintf(why, sizeof why, "NaN and infinity are not accepted "
				"(mark the element as not given instead)");
		else
			ok = edubal__check_value(spec, v, why);
		if (!ok) {
			edubal__format_number(v, text, sizeof text);
			return edubal__fail_cell(err, EDUBAL_EDATA, b->frame->source,
				edubal__frame_row_number(b->frame, i), spec->name, text, "%s", why);
		}
		if (!edubal__column_set_number(col, i, v, b->frame->rows))
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}

static edubal_status
set_numbers(struct edubal__builder *b, const char *column,
	const double *values, const unsigned char *given, edubal_error *err)
{
	const struct edubal__column_spec *spec;
	edubal_status st = find_spec(b, column, &spec, err);
	if (st != EDUBAL_OK || !spec)
		return st;
	st = check_numeric_column(spec, err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__column col;
	if (!edubal__column_init(&col, spec->name, false, b->frame->rows))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	st = read_numbers(b, spec, &col, values, given, err);
	if (st == EDUBAL_OK && !edubal__frame_put(b->frame, &col))
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal__column_clear(&col);
	return st;
}

edubal_status
edubal_dataset_set_numbers(edubal_dataset *ds, enum edubal_table_kind kind,
	const char *column, const double *values, size_t n,
	const unsigned char *given, size_t n_given, edubal_error *err)
{
	struct edubal__builder *b;
	edubal_status st = find_builder(ds, kind, &b, err);
	if (st != EDUBAL_OK)
		return st;
	st = check_column_args(b, column, values, n, err);
	if (st == EDUBAL_OK)
		st = check_given_args(b, column, given, n_given, err);
	if (st == EDUBAL_OK)
		st = set_numbers(b, column, values, given, err);
	return st == EDUBAL_OK ? st : discard(ds, kind, st);
}

edubal_status
edubal_dataset_end_table(edubal_dataset *ds, enum edubal_table_kind kind,
	edubal_error *err)
{
	struct edubal__builder *b;
	edubal_status st = find_builder(ds, kind, &b, err);
	if (st != EDUBAL_OK)
		return st;
	*edubal__dataset_building(ds, kind) = NULL;
	return edubal__builder_finish(ds, b, err);
}
