/*
 * src/dataset/checks.c - the rules a whole table must follow once every
 * cell has been read: required columns and cells, the sections of each
 * school type, counts within the counts that bound them, unique keys.
 *
 * Row rules run row by row, so the first failing row is reported; the
 * duplicate-key rule (school_id, ...; county_id and year in funding.csv)
 * runs last, on a sorted copy of the keys (O(n log n)).
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"

struct limit_columns {
	const char *name;
	const char *limit_name;
	const struct edubal__column *column;
	const struct edubal__column *limit;
};

struct context {
	const struct edubal__builder *b;
	const struct edubal__table_spec *spec;
	const struct edubal__frame *frame;
	const struct edubal__column **cols;  /* by catalog index; NULL: absent */
	struct limit_columns *limits;        /* spec->limit_count */
	size_t type_index;                   /* catalog index of schools' type */
	size_t students_index[EDUBAL__SECTION_COUNT];
	/* catalog indexes, in catalog order, of the required columns and of
	 * the present columns of each section: the row rules visit these
	 * rather than the whole catalog for every row */
	size_t *required, required_count;
	size_t *of_section[EDUBAL__SECTION_COUNT];
	size_t section_count[EDUBAL__SECTION_COUNT];
	edubal_error *err;
};

static edubal_status
fail_row(const struct context *ctx, size_t i, const char *column,
	const char *value, const char *reason)
{
	return edubal__fail_cell(ctx->err, EDUBAL_EDATA, ctx->frame->source,
		edubal__frame_row_number(ctx->b->frame, i), column, value, "%s", reason);
}

static bool
is_given(const struct edubal__column *col, size_t i)
{
	if (!col)
		return false;
	return col->is_text ? col->texts[i] != NULL
	                    : !isnan(edubal__cell_number(col, i));
}

/* ---- setup ---- */

static const struct edubal__column *
column_named(const struct context *ctx, const char *name, size_t *index)
{
	size_t k;
	if (!edubal__catalog_find(ctx->spec, name, &k))
		return NULL;
	if (index)
		*index = k;
	return ctx->cols[k];
}

static void
resolve_sections(struct context *ctx)
{
	char name[64];
	(void) column_named(ctx, "type", &ctx->type_index);
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		snprintf(name, sizeof name, "students_%s",
			edubal__section_name((enum edubal__section) s));
		(void) column_named(ctx, name, &ctx->students_index[s]);
	}
}

/* Fill ctx->required and ctx->of_section; false on OOM. */
static bool
list_columns(struct context *ctx)
{
	size_t n = ctx->spec->column_count;
	ctx->required = malloc((n ? n : 1) * sizeof *ctx->required);
	bool ok = ctx->required != NULL;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		ctx->of_section[s] = malloc((n ? n : 1) * sizeof *ctx->of_section[s]);
		ok = ok && ctx->of_section[s];
	}
	for (size_t k = 0; ok && k < n; k++) {
		const struct edubal__column_spec *cs = &ctx->spec->columns[k];
		if (cs->required)
			ctx->required[ctx->required_count++] = k;
		if (cs->section >= 0 && cs->section < EDUBAL__SECTION_COUNT &&
		    ctx->cols[k])
			ctx->of_section[cs->section][ctx->section_count[cs->section]++] = k;
	}
	return ok;
}

static edubal_status
setup(struct context *ctx, const struct edubal__builder *b,
	edubal_error *err)
{
	memset(ctx, 0, sizeof *ctx);
	ctx->b = b;
	ctx->spec = b->spec;
	ctx->frame = b->frame;
	ctx->err = err;
	ctx->cols = calloc(ctx->spec->column_count, sizeof *ctx->cols);
	ctx->limits = calloc(ctx->spec->limit_count + 1, sizeof *ctx->limits);
	if (!ctx->cols || !ctx->limits)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t c = 0; c < ctx->frame->column_count; c++) {
		size_t k;
		if (edubal__catalog_find(ctx->spec, ctx->frame->columns[c].name, &k))
			ctx->cols[k] = &ctx->frame->columns[c];
	}
	for (size_t l = 0; l < ctx->spec->limit_count; l++) {
		struct limit_columns *lc = &ctx->limits[l];
		lc->name = ctx->spec->limits[l].column;
		lc->limit_name = ctx->spec->limits[l].limit;
		lc->column = column_named(ctx, lc->name, NULL);
		lc->limit = column_named(ctx, lc->limit_name, NULL);
	}
	if (b->kind == EDUBAL_TABLE_SCHOOLS)
		resolve_sections(ctx);
	return list_columns(ctx) ? EDUBAL_OK
	                         : edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
}

static void
teardown(struct context *ctx)
{
	free(ctx->cols);
	free(ctx->limits);
	free(ctx->required);
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		free(ctx->of_section[s]);
}

/* ---- required columns and cells ---- */

static edubal_status
check_required_columns(const struct context *ctx)
{
	for (size_t k = 0; k < ctx->spec->column_count; k++) {
		const struct edubal__column_spec *cs = &ctx->spec->columns[k];
		if (cs->required && !ctx->cols[k])
			return edubal__fail_cell(ctx->err, EDUBAL_EDATA,
				ctx->frame->source, 0, cs->name, NULL,
				"required column missing");
	}
	return EDUBAL_OK;
}

static edubal_status
check_required_cells(const struct context *ctx, size_t i)
{
	for (size_t r = 0; r < ctx->required_count; r++) {
		size_t k = ctx->required[r];
		if (!is_given(ctx->cols[k], i))
			return fail_row(ctx, i, ctx->spec->columns[k].name, NULL,
				"empty cell in a required column");
	}
	return EDUBAL_OK;
}

/* ---- sections of school types ---- */

static edubal_status
check_enrollment(const struct context *ctx, size_t i,
	enum edubal__school_type t, enum edubal__section s)
{
	size_t k = ctx->students_index[s];
	const char *name = ctx->spec->columns[k].name;
	double students = edubal__cell_number(ctx->cols[k], i);
	char reason[EDUBAL__WHY_SIZE];
	if (isnan(students)) {
		snprintf(reason, sizeof reason, "type %s needs %s",
			edubal__school_type_name(t), name);
		return fail_row(ctx, i, name, NULL, reason);
	}
	if (students == 0)
		return fail_row(ctx, i, name, "0", "zero enrollment in a section "
			"the type requires: per-student indicators are undefined");
	return EDUBAL_OK;
}

static edubal_status
fail_absent_section(const struct context *ctx, size_t i,
	enum edubal__school_type t, enum edubal__section s, const char *name,
	double value)
{
	char text[40];
	char reason[EDUBAL__WHY_SIZE + 64];
	edubal__format_number(value, text, sizeof text);
	snprintf(reason, sizeof reason, "type %s has no %s section but %s is %s",
		edubal__school_type_name(t), edubal__section_name(s), name, text);
	return fail_row(ctx, i, name, text, reason);
}

/* Every column of section s must be empty or 0 (absent ones are). */
static edubal_status
check_absent_section(const struct context *ctx, size_t i,
	enum edubal__school_type t, enum edubal__section s)
{
	for (size_t j = 0; j < ctx->section_count[s]; j++) {
		size_t k = ctx->of_section[s][j];
		const struct edubal__column_spec *cs = &ctx->spec->columns[k];
		double value = edubal__cell_number(ctx->cols[k], i);
		if (!isnan(value) && value != 0)
			return fail_absent_section(ctx, i, t, s, cs->name, value);
	}
	return EDUBAL_OK;
}

static edubal_status
check_sections(const struct context *ctx, size_t i)
{
	double code = edubal__cell_number(ctx->cols[ctx->type_index], i);
	enum edubal__school_type t = (enum edubal__school_type) (int) code;
	edubal_status st = EDUBAL_OK;
	for (int s = 0; s < EDUBAL__SECTION_COUNT && st == EDUBAL_OK; s++) {
		enum edubal__section sec = (enum edubal__section) s;
		if (edubal__type_requires_section(t, sec))
			st = check_enrollment(ctx, i, t, sec);
		else if (!edubal__type_has_section(t, sec))
			st = check_absent_section(ctx, i, t, sec);
	}
	return st;
}

/* ---- counts within counts ---- */

static edubal_status
check_limits(const struct context *ctx, size_t i)
{
	for (size_t l = 0; l < ctx->spec->limit_count; l++) {
		const struct limit_columns *lc = &ctx->limits[l];
		double value = edubal__cell_number(lc->column, i);
		double limit = edubal__cell_number(lc->limit, i);
		if (isnan(value) || isnan(limit) || value <= limit)
			continue;
		char v[40], m[40], reason[EDUBAL__WHY_SIZE + 128];
		edubal__format_number(value, v, sizeof v);
		edubal__format_number(limit, m, sizeof m);
		snprintf(reason, sizeof reason, "%s (%s) exceeds %s (%s)",
			lc->name, v, lc->limit_name, m);
		return fail_row(ctx, i, lc->name, v, reason);
	}
	return EDUBAL_OK;
}

static edubal_status
check_rows(const struct context *ctx)
{
	bool schools = ctx->b->kind == EDUBAL_TABLE_SCHOOLS;
	for (size_t i = 0; i < ctx->frame->rows; i++) {
		edubal_status st = check_required_cells(ctx, i);
		if (st == EDUBAL_OK && schools)
			st = check_sections(ctx, i);
		if (st == EDUBAL_OK)
			st = check_limits(ctx, i);
		if (st != EDUBAL_OK)
			return st;
	}
	return EDUBAL_OK;
}

/* ---- unique keys ---- */

/*
 * The key columns of a table, for sorting its rows by key.  Rows are
 * sorted as 32-bit indexes, the keys read from the columns: a copy of
 * each row's key (40 bytes) was the largest block of a national load.
 */
struct keys {
	const struct edubal__column *cols[EDUBAL__KEY_MAX];
	size_t count;
};

static int
compare_numbers(double a, double b)
{
	return (a > b) - (a < b);
}

/* Texts with NULL (not given) first; key cells are required, though. */
static int
compare_texts(const char *a, const char *b)
{
	if (!a || !b)
		return (a != NULL) - (b != NULL);
	return strcmp(a, b);
}

/* Order of the keys of rows x and y alone. */
static int
compare_keys(const struct keys *keys, uint32_t x, uint32_t y)
{
	for (size_t k = 0; k < keys->count; k++) {
		const struct edubal__column *col = keys->cols[k];
		int c = col->is_text
			? compare_texts(edubal__cell_text(col, x),
			                edubal__cell_text(col, y))
			: compare_numbers(edubal__cell_number(col, x),
			                  edubal__cell_number(col, y));
		if (c != 0)
			return c;
	}
	return 0;
}

/* Sort rows[0..n) by key, stably (equal keys stay in row order), using
 * tmp[0..n/2]: a merge sort, as qsort takes no context. */
static void
sort_rows(const struct keys *keys, uint32_t *rows, uint32_t *tmp, size_t n)
{
	if (n < 2)
		return;
	size_t half = n / 2;
	sort_rows(keys, rows, tmp, half);
	sort_rows(keys, rows + half, tmp, n - half);
	if (compare_keys(keys, rows[half - 1], rows[half]) <= 0)
		return;  /* already in order, as in a file sorted by id */
	memcpy(tmp, rows, half * sizeof *rows);
	size_t i = 0, j = half, o = 0;
	while (i < half && j < n) {
		if (compare_keys(keys, rows[j], tmp[i]) < 0)
			rows[o++] = rows[j++];
		else
			rows[o++] = tmp[i++];
	}
	while (i < half)
		rows[o++] = tmp[i++];
}

/*
 * In rows sorted by (key, row), find the repeat with the smallest row;
 * *first is the row of that key's first occurrence.  False if none.
 */
static bool
first_repeat(const struct keys *keys, const uint32_t *rows, size_t n,
	size_t *repeat, size_t *first)
{
	bool found = false;
	size_t group = 0;
	for (size_t k = 1; k < n; k++) {
		if (compare_keys(keys, rows[k], rows[k - 1]) != 0) {
			group = k;
			continue;
		}
		if (!found || rows[k] < *repeat) {
			*repeat = rows[k];
			*first = rows[group];
			found = true;
		}
	}
	return found;
}

/*
 * The key columns of the table; false if it has no key or lacks a key
 * column (required columns are checked before, so only for no key).
 */
static bool
key_columns(const struct context *ctx, struct keys *keys)
{
	keys->count = 0;
	for (size_t k = 0; k < EDUBAL__KEY_MAX && ctx->spec->key[k]; k++) {
		keys->cols[k] = column_named(ctx, ctx->spec->key[k], NULL);
		if (!keys->cols[k])
			return false;
		keys->count = k + 1;
	}
	return keys->count > 0;
}

_Static_assert(EDUBAL__KEY_MAX == 2, "fail_duplicate names up to 2 keys");

/*
 * "duplicate school_id (first at row 3)" or "duplicate county_id and year
 * (first at row 3)", at the row's last key column.
 */
static edubal_status
fail_duplicate(const struct context *ctx, const struct edubal__column *last,
	size_t count, size_t repeat, size_t first)
{
	char reason[EDUBAL__WHY_SIZE], number[40];
	const char *value = last->is_text ? last->texts[repeat] : number;
	if (!last->is_text)
		edubal__format_number(edubal__cell_number(last, repeat), number,
			sizeof number);
	size_t first_row = edubal__frame_row_number(ctx->b->frame, first);
	if (count == 1)
		snprintf(reason, sizeof reason, "duplicate %s (first at row %zu)",
			ctx->spec->key[0], first_row);
	else
		snprintf(reason, sizeof reason, "duplicate %s and %s (first at row "
			"%zu)", ctx->spec->key[0], ctx->spec->key[1], first_row);
	return fail_row(ctx, repeat, last->name, value, reason);
}

/* The first row whose key repeats an earlier row's key. */
static edubal_status
check_unique_keys(const struct context *ctx)
{
	struct keys keys;
	if (!key_columns(ctx, &keys))
		return EDUBAL_OK;
	size_t n = ctx->frame->rows;
	/* Row indexes are 32 bits: a table of over 4 billion rows would not
	 * fit in memory anyway. */
	uint32_t *rows = n <= UINT32_MAX ? malloc((n ? n : 1) * sizeof *rows)
	                                 : NULL;
	uint32_t *tmp = malloc((n / 2 + 1) * sizeof *tmp);
	edubal_status st = EDUBAL_OK;
	if (!rows || !tmp)
		st = edubal__fail(ctx->err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++)
		rows[i] = (uint32_t) i;
	if (st == EDUBAL_OK)
		sort_rows(&keys, rows, tmp, n);
	size_t repeat = 0, first = 0;
	if (st == EDUBAL_OK && first_repeat(&keys, rows, n, &repeat, &first))
		st = fail_duplicate(ctx, keys.cols[keys.count - 1], keys.count,
			repeat, first);
	free(rows);
	free(tmp);
	return st;
}

edubal_status
edubal__check_frame(const struct edubal__builder *b, edubal_error *err)
{
	struct context ctx;
	edubal_status st = setup(&ctx, b, err);
	if (st == EDUBAL_OK)
		st = check_required_columns(&ctx);
	if (st == EDUBAL_OK)
		st = check_rows(&ctx);
	if (st == EDUBAL_OK)
		st = check_unique_keys(&ctx);
	teardown(&ctx);
	return st;
}
