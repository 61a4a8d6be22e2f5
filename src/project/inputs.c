/*
 * src/project/inputs.c - population.csv, births.csv, enrollment.csv and
 * capacity.csv (SCHEMA.md "Projection inputs") for one county, read
 * through the edubal_table API and checked cell by cell: every error
 * names the file, row, column, value and reason.
 */
#include "inputs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../util/strbuf.h"

int
edubal__grade_index(const char *label)
{
	static const char *const names[EDUBAL__GRADES] = {"K1", "K2", "K3",
		"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
	for (int i = 0; i < EDUBAL__GRADES; i++) {
		if (label && strcmp(label, names[i]) == 0)
			return i;
	}
	return -1;
}

int
edubal__section_index(const char *name)
{
	static const char *const names[EDUBAL__SECTIONS] = {"preschool",
		"primary", "junior", "senior"};
	for (int i = 0; i < EDUBAL__SECTIONS; i++) {
		if (name && strcmp(name, names[i]) == 0)
			return i;
	}
	return -1;
}

static const char *
cell(const edubal_table *t, size_t row, const char *column)
{
	size_t col;
	if (edubal_table_find_column(t, column, &col, NULL) != EDUBAL_OK)
		return "";
	return edubal_table_cell(t, row, col);
}

edubal_status
edubal__column(const edubal_table *t, const char *name, double **out,
	edubal_error *err)
{
	size_t n = edubal_table_rows(t);
	double *x = malloc((n ? n : 1) * sizeof *x);
	if (!x)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = edubal_table_column_numbers(t, name, x, n, err);
	if (st != EDUBAL_OK) {
		free(x);
		return st;
	}
	*out = x;
	return EDUBAL_OK;
}

edubal_status
edubal__whole(const edubal_table *t, size_t row, const char *column, double x,
	double lo, double hi, edubal_error *err)
{
	if (x != floor(x) || x < lo || x > hi)
		return edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(t),
			edubal_table_row_number(t, row), column, cell(t, row, column),
			"must be a whole number from %g to %g", lo, hi);
	return EDUBAL_OK;
}

edubal_status
edubal__nonnegative(const edubal_table *t, size_t row, const char *column,
	double x, edubal_error *err)
{
	if (x < 0)
		return edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(t),
			edubal_table_row_number(t, row), column, cell(t, row, column),
			"must not be negative");
	return EDUBAL_OK;
}

/* The county of the inputs: the one asked for, or the only one seen. */
static edubal_status
choose_county(struct edubal_inputs *in, const edubal_table *t, size_t col,
	edubal_error *err)
{
	size_t n = edubal_table_rows(t);
	for (size_t r = 0; r < n; r++) {
		const char *id = edubal_table_cell(t, r, col);
		if (!in->county) {
			if (!(in->county = edubal__strdup(id)))
				return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
		} else if (strcmp(id, in->county) != 0 && !in->county_given) {
			return edubal__fail_cell(err, EDUBAL_EDATA,
				edubal_table_source(t), edubal_table_row_number(t, r),
				"county_id", id, "the file holds several counties (\"%s\" "
				"and this one): choose one", in->county);
		}
	}
	return EDUBAL_OK;
}

edubal_status
edubal__rows_select(struct edubal_inputs *in, const edubal_table *t,
	struct edubal__rows *r, edubal_error *err)
{
	size_t col, n = edubal_table_rows(t);
	memset(r, 0, sizeof *r);
	r->table = t;
	edubal_status st = edubal_table_find_column(t, "county_id", &col, err);
	if (st == EDUBAL_OK)
		st = choose_county(in, t, col, err);
	if (st == EDUBAL_OK)
		st = edubal__column(t, "year", &r->year, err);
	if (st != EDUBAL_OK)
		return st;
	if (!(r->rows = malloc((n ? n : 1) * sizeof *r->rows)))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		if (in->county && strcmp(edubal_table_cell(t, i, col),
		                         in->county) == 0)
			r->rows[r->n++] = i;
	}
	if (r->n == 0)
		return edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(t),
			0, "county_id", in->county ? in->county : "", "no rows for "
			"this county");
	for (size_t i = 0; i < r->n; i++) {
		st = edubal__whole(t, r->rows[i], "year", r->year[r->rows[i]], 1900,
			2200, err);
		if (st != EDUBAL_OK)
			return st;
	}
	return EDUBAL_OK;
}

void
edubal__rows_free(struct edubal__rows *r)
{
	free(r->rows);
	free(r->year);
}

edubal_status
edubal__year_span(const struct edubal__rows *r, int *first, size_t *years,
	edubal_error *err)
{
	int lo = (int) r->year[r->rows[0]], hi = lo;
	for (size_t i = 1; i < r->n; i++) {
		int y = (int) r->year[r->rows[i]];
		lo = y < lo ? y : lo;
		hi = y > hi ? y : hi;
	}
	/* Every year between lo and hi needs a row: find the first missing. */
	for (int y = lo + 1; y < hi; y++) {
		size_t after = 0;
		bool seen = false;
		for (size_t i = 0; i < r->n && !seen; i++) {
			int yi = (int) r->year[r->rows[i]];
			seen = yi == y;
			if (yi > y && (!after || r->rows[i] < after - 1))
				after = r->rows[i] + 1;
		}
		if (!seen)
			return edubal__fail_cell(err, EDUBAL_EDATA,
				edubal_table_source(r->table),
				edubal_table_row_number(r->table, after - 1), "year",
				cell(r->table, after - 1, "year"), "year %d is missing: the "
				"years must run without gaps from %d to %d", y, lo, hi);
	}
	*first = lo;
	*years = (size_t) (hi - lo) + 1;
	return EDUBAL_OK;
}
