/*
 * src/project/population.c - the cohort-component projection (SPEC §7.1)
 * and its result: P(a+1,t+1) = P(a,t)·s(a) + M(a,t), P(0,t+1) = B(t+1)·s₀,
 * with the oldest age an open group.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

#include "../stats/ksum.h"

static edubal_status
check_lengths(const edubal_cohort *c, int last_year, edubal_error *err)
{
	if (!c->has_base)
		return edubal__fail(err, EDUBAL_EINVAL, "no base population set");
	if (last_year <= c->base_year)
		return edubal__fail(err, EDUBAL_EINVAL, "the last year %d must come "
			"after the base year %d", last_year, c->base_year);
	if (c->survival && c->n_survival != c->n_ages)
		return edubal__fail(err, EDUBAL_EINVAL, "survival has %zu ages, the "
			"base population %zu", c->n_survival, c->n_ages);
	if (c->migration && c->n_migration != c->n_ages)
		return edubal__fail(err, EDUBAL_EINVAL, "migration has %zu ages, the "
			"base population %zu", c->n_migration, c->n_ages);
	return edubal__births_check(c, last_year, err);
}

/* One year on: prev (year t) to next (year t+1). */
static edubal_status
step(const edubal_cohort *c, int next_year, const double *prev, double *next,
	double births, edubal_error *err)
{
	size_t A = c->n_ages;
	next[0] = births * c->s0;
	for (size_t a = 1; a < A; a++)
		next[a] = 0.0;
	for (size_t a = 0; a < A; a++) {
		double s = c->survival ? c->survival[a] : 1.0;
		size_t dest = a + 1 < A ? a + 1 : A - 1;
		next[dest] += prev[a] * s + edubal__migration_at(c, a, prev[a]);
	}
	for (size_t a = 1; a < A; a++) {
		if (next[a] < 0)
			return edubal__fail(err, EDUBAL_EDOM, "year %d, age %zu: "
				"migrants leaving exceed the people there (%.17g)",
				next_year, a, next[a]);
	}
	return EDUBAL_OK;
}

static edubal_population *
population_alloc(int first_year, size_t years, size_t ages)
{
	edubal_population *p = calloc(1, sizeof *p);
	if (!p)
		return NULL;
	p->first_year = first_year;
	p->years = years;
	p->ages = ages;
	p->counts = malloc(years * ages * sizeof *p->counts);
	p->births = malloc(years * sizeof *p->births);
	if (!p->counts || !p->births) {
		edubal_population_free(p);
		return NULL;
	}
	return p;
}

edubal_status
edubal_cohort_project(const edubal_cohort *c, int last_year,
	edubal_population **out, edubal_error *err)
{
	if (!c || !out)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort and out_population "
			"must not be NULL");
	edubal_status st = check_lengths(c, last_year, err);
	if (st != EDUBAL_OK)
		return st;
	size_t years = (size_t) (last_year - c->base_year) + 1;
	size_t A = c->n_ages;
	edubal_population *p = population_alloc(c->base_year, years, A);
	if (!p)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t a = 0; a < A; a++)
		p->counts[a] = c->base[a];
	p->births[0] = NAN;
	for (size_t y = 1; y < years && st == EDUBAL_OK; y++) {
		int year = c->base_year + (int) y;
		const double *prev = p->counts + (y - 1) * A;
		st = edubal__births_extrapolate(c, year, prev, &p->births[y], err);
		if (st == EDUBAL_OK)
			st = step(c, year, prev, p->counts + y * A, p->births[y], err);
	}
	if (st != EDUBAL_OK) {
		edubal_population_free(p);
		return st;
	}
	*out = p;
	return EDUBAL_OK;
}

void
edubal_population_free(edubal_population *p)
{
	if (!p)
		return;
	free(p->counts);
	free(p->births);
	free(p);
}

int
edubal_population_first_year(const edubal_population *p)
{
	return p ? p->first_year : 0;
}

size_t
edubal_population_years(const edubal_population *p)
{
	return p ? p->years : 0;
}

size_t
edubal_population_ages(const edubal_population *p)
{
	return p ? p->ages : 0;
}

double
edubal_population_count(const edubal_population *p, size_t y, size_t age)
{
	if (!p || y >= p->years || age >= p->ages)
		return NAN;
	return p->counts[y * p->ages + age];
}

double
edubal_population_group(const edubal_population *p, size_t y, size_t lo,
	size_t hi)
{
	if (!p || y >= p->years || lo > hi)
		return NAN;
	struct edubal__ksum s = {0, 0};
	for (size_t a = lo; a <= hi && a < p->ages; a++)
		edubal__ksum_add(&s, p->counts[y * p->ages + a]);
	return edubal__ksum_value(&s);
}

double
edubal_population_births(const edubal_population *p, size_t y)
{
	if (!p || y >= p->years)
		return NAN;
	return p->births[y];
}
