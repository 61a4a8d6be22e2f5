/*
 * src/project/readers.c - one reader per projection file (SCHEMA.md
 * "Projection inputs").  Each keeps the rows of the chosen county, checks
 * years, ages, grades and counts, and refuses duplicates and gaps with
 * the row named.
 */
#include "inputs.h"

#include "../util/strbuf.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Oldest single age accepted in population.csv. */
#define MAX_AGE 120

/* A second row for the same key: name it and the row it repeats. */
static edubal_status
duplicate(const edubal_table *t, size_t row, const char *column,
	const char *what, size_t first_row, edubal_error *err)
{
	size_t col;
	edubal_table_find_column(t, column, &col, NULL);
	return edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(t),
		edubal_table_row_number(t, row), column,
		edubal_table_cell(t, row, col), "%s repeats row %zu", what,
		edubal_table_row_number(t, first_row));
}

/* Where each (year, key) came from: row + 1, 0 when not seen. */
static size_t *
new_seen(size_t n)
{
	return calloc(n ? n : 1, sizeof(size_t));
}

static edubal_status
fill_population(struct edubal_inputs *in, const struct edubal__rows *r,
	const double *age, const double *count, size_t *seen,
	edubal_error *err)
{
	const edubal_table *t = r->table;
	for (size_t i = 0; i < r->n; i++) {
		size_t row = r->rows[i];
		size_t y = (size_t) ((int) r->year[row] - in->pop_first_year);
		size_t k = y * in->ages + (size_t) age[row];
		edubal_status st = edubal__nonnegative(t, row, "count", count[row],
			err);
		if (st == EDUBAL_OK && seen[k])
			st = duplicate(t, row, "age", "this year and age", seen[k] - 1,
				err);
		if (st != EDUBAL_OK)
			return st;
		seen[k] = row + 1;
		in->pop[k] = count[row];
	}
	for (size_t k = 0; k < in->pop_years * in->ages; k++) {
		if (!seen[k])
			return edubal__fail_cell(err, EDUBAL_EDATA,
				edubal_table_source(t), 0, "age", NULL, "year %d has no row "
				"for age %zu: every year needs every age from 0 to %zu",
				in->pop_first_year + (int) (k / in->ages), k % in->ages,
				in->ages - 1);
	}
	return EDUBAL_OK;
}

edubal_status
edubal__read_population(struct edubal_inputs *in, const edubal_table *t,
	edubal_error *err)
{
	struct edubal__rows r;
	double *age = NULL, *count = NULL;
	size_t *seen = NULL;
	edubal_status st = edubal__rows_select(in, t, &r, err);
	if (st == EDUBAL_OK)
		st = edubal__column(t, "age", &age, err);
	if (st == EDUBAL_OK)
		st = edubal__column(t, "count", &count, err);
	if (st == EDUBAL_OK)
		st = edubal__year_span(&r, &in->pop_first_year, &in->pop_years, err);
	double oldest = 0;
	for (size_t i = 0; st == EDUBAL_OK && i < r.n; i++) {
		st = edubal__whole(t, r.rows[i], "age", age[r.rows[i]], 0, MAX_AGE,
			err);
		oldest = fmax(oldest, age[r.rows[i]]);
	}
	if (st == EDUBAL_OK && oldest < 1)
		st = edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(t), 0,
			"age", NULL, "at least the ages 0 and 1 are needed");
	if (st == EDUBAL_OK) {
		in->ages = (size_t) oldest + 1;
		in->pop = calloc(in->pop_years * in->ages, sizeof *in->pop);
		seen = new_seen(in->pop_years * in->ages);
		if (!in->pop || !seen)
			st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	if (st == EDUBAL_OK)
		st = fill_population(in, &r, age, count, seen, err);
	free(seen);
	free(age);
	free(count);
	edubal__rows_free(&r);
	return st;
}

edubal_status
edubal__read_births(struct edubal_inputs *in, const edubal_table *t,
	edubal_error *err)
{
	struct edubal__rows r;
	double *births = NULL;
	size_t *seen = NULL;
	edubal_status st = edubal__rows_select(in, t, &r, err);
	if (st == EDUBAL_OK)
		st = edubal__column(t, "births", &births, err);
	if (st == EDUBAL_OK)
		st = edubal__year_span(&r, &in->births_first_year, &in->n_births,
			err);
	if (st == EDUBAL_OK) {
		in->births = calloc(in->n_births, sizeof *in->births);
		seen = new_seen(in->n_births);
		if (!in->births || !seen)
			st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	for (size_t i = 0; st == EDUBAL_OK && i < r.n; i++) {
		size_t row = r.rows[i];
		size_t y = (size_t) ((int) r.year[row] - in->births_first_year);
		st = edubal__nonnegative(t, row, "births", births[row], err);
		if (st == EDUBAL_OK && seen[y])
			st = duplicate(t, row, "year", "this year", seen[y] - 1, err);
		seen[y] = row + 1;
		in->births[y] = births[row];
	}
	free(seen);
	free(births);
	edubal__rows_free(&r);
	return st;
}

/* Grade index of each row of the county, checked. */
static edubal_status
grade_of(const edubal_table *t, size_t row, int *out, edubal_error *err)
{
	size_t col;
	edubal_status st = edubal_table_find_column(t, "grade", &col, err);
	if (st != EDUBAL_OK)
		return st;
	const char *label = edubal_table_cell(t, row, col);
	*out = edubal__grade_index(label);
	if (*out < 0)
		return edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(t),
			edubal_table_row_number(t, row), "grade", label, "not a grade "
			"(K1, K2, K3 or 1 to 12)");
	return EDUBAL_OK;
}

static edubal_status
check_grades_complete(const struct edubal_inputs *in, const edubal_table *t,
	const size_t *seen, edubal_error *err)
{
	static const char *const names[EDUBAL__GRADES] = {"K1", "K2", "K3",
		"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
	for (size_t y = 0; y < in->enr_years; y++) {
		for (size_t g = 0; g < EDUBAL__GRADES; g++) {
			if (in->grade_present[g] && !seen[y * EDUBAL__GRADES + g])
				return edubal__fail_cell(err, EDUBAL_EDATA,
					edubal_table_source(t), 0, "grade", names[g], "no row "
					"for year %d: a grade given in one year is needed in "
					"every year", in->enr_first_year + (int) y);
		}
	}
	return EDUBAL_OK;
}

edubal_status
edubal__read_enrollment(struct edubal_inputs *in, const edubal_table *t,
	edubal_error *err)
{
	struct edubal__rows r;
	double *students = NULL;
	size_t *seen = NULL;
	edubal_status st = edubal__rows_select(in, t, &r, err);
	if (st == EDUBAL_OK)
		st = edubal__column(t, "students", &students, err);
	if (st == EDUBAL_OK)
		st = edubal__year_span(&r, &in->enr_first_year, &in->enr_years, err);
	if (st == EDUBAL_OK) {
		size_t cells = in->enr_years * EDUBAL__GRADES;
		in->enr = calloc(cells, sizeof *in->enr);
		seen = new_seen(cells);
		in->enr_rows = new_seen(cells);
		in->enr_source = edubal__strdup(edubal_table_source(t));
		if (!in->enr || !seen || !in->enr_rows || !in->enr_source)
			st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	for (size_t i = 0; st == EDUBAL_OK && i < r.n; i++) {
		size_t row = r.rows[i];
		size_t y = (size_t) ((int) r.year[row] - in->enr_first_year);
		int g = 0;
		st = grade_of(t, row, &g, err);
		if (st == EDUBAL_OK)
			st = edubal__nonnegative(t, row, "students", students[row], err);
		size_t k = y * EDUBAL__GRADES + (size_t) g;
		if (st == EDUBAL_OK && seen[k])
			st = duplicate(t, row, "grade", "this year and grade",
				seen[k] - 1, err);
		if (st != EDUBAL_OK)
			break;
		seen[k] = row + 1;
		in->enr_rows[k] = edubal_table_row_number(t, row);
		in->enr[k] = students[row];
		in->grade_present[g] = true;
	}
	if (st == EDUBAL_OK)
		st = check_grades_complete(in, t, seen, err);
	free(seen);
	free(students);
	edubal__rows_free(&r);
	return st;
}

edubal_status
edubal__read_capacity(struct edubal_inputs *in, const edubal_table *t,
	edubal_error *err)
{
	size_t c_county, c_section, n = edubal_table_rows(t);
	size_t first[EDUBAL__SECTIONS] = {0};
	double *seats = NULL;
	edubal_status st = edubal_table_find_column(t, "county_id", &c_county,
		err);
	if (st == EDUBAL_OK)
		st = edubal_table_find_column(t, "section", &c_section, err);
	if (st == EDUBAL_OK)
		st = edubal__column(t, "seats", &seats, err);
	for (size_t row = 0; st == EDUBAL_OK && row < n; row++) {
		if (in->county && strcmp(edubal_table_cell(t, row, c_county),
		                         in->county) != 0)
			continue;
		const char *name = edubal_table_cell(t, row, c_section);
		int s = edubal__section_index(name);
		if (s < 0)
			st = edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(t),
				edubal_table_row_number(t, row), "section", name, "not a "
				"section (preschool, primary, junior or senior)");
		else if (first[s])
			st = duplicate(t, row, "section", "this section", first[s] - 1,
				err);
		else
			st = edubal__nonnegative(t, row, "seats", seats[row], err);
		if (st == EDUBAL_OK) {
			first[s] = row + 1;
			in->capacity[s] = seats[row];
			in->has_capacity[s] = true;
		}
	}
	free(seats);
	return st;
}
