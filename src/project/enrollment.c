/*
 * src/project/enrollment.c - grade-progression enrollment (SPEC §7.2):
 * E(g+1,t+1) = E(g,t)·GPR(g), the entry grade from a source series (the
 * population at the entry age, or births lagged by it) times an intake
 * rate.  The same model serves K1–K3 and school grades.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

#include "../stats/ksum.h"
#include "fitting.h"

enum { DEFAULT_K = 3 };

edubal_grades *
edubal_grades_new(void)
{
	edubal_grades *m = calloc(1, sizeof *m);
	if (!m)
		return NULL;
	m->method = EDUBAL_RATIO_MEAN;
	m->k = DEFAULT_K;
	m->rate = NAN;
	return m;
}

void
edubal_grades_free(edubal_grades *m)
{
	if (!m)
		return;
	free(m->observed);
	free(m->source);
	free(m);
}

edubal_status
edubal_grades_set_observed(edubal_grades *m, int first_year,
	const double *students, size_t n, size_t n_grades, edubal_error *err)
{
	if (!m)
		return edubal__fail(err, EDUBAL_EINVAL, "grades is NULL");
	/* k = 1 is always valid with two years; the real k is checked later. */
	edubal_status st = edubal__fit_check(students, n, n_grades,
		EDUBAL_RATIO_MEAN, 1, err);
	if (st != EDUBAL_OK)
		return st;
	double *copy = edubal__project_copy(students, n);
	if (!copy)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	free(m->observed);
	m->observed = copy;
	m->first_year = first_year;
	m->n_grades = n_grades;
	m->obs_years = n / n_grades;
	return EDUBAL_OK;
}

edubal_status
edubal_grades_set_fit(edubal_grades *m, enum edubal_ratio_method method,
	size_t k, edubal_error *err)
{
	if (!m)
		return edubal__fail(err, EDUBAL_EINVAL, "grades is NULL");
	if (!edubal__ratio_method_valid(method))
		return edubal__fail(err, EDUBAL_EINVAL, "unknown ratio method %d",
			(int) method);
	if (k < 1)
		return edubal__fail(err, EDUBAL_EINVAL, "k must be at least 1");
	m->method = method;
	m->k = k;
	return EDUBAL_OK;
}

edubal_status
edubal_grades_set_intake(edubal_grades *m, int source_first_year,
	const double *source, size_t n, int lag, double rate, edubal_error *err)
{
	if (!m || !source || n == 0)
		return edubal__fail(err, EDUBAL_EINVAL, "the intake source needs at "
			"least one year");
	if (lag < 0)
		return edubal__fail(err, EDUBAL_EINVAL, "lag %d must not be "
			"negative", lag);
	if (!isnan(rate) && !(rate >= 0 && isfinite(rate)))
		return edubal__fail(err, EDUBAL_EINVAL, "intake rate %g must be "
			"finite and >= 0 (NaN: fit it)", rate);
	edubal_status st = edubal__project_check_counts("source", source, n,
		false, err);
	if (st != EDUBAL_OK)
		return st;
	double *copy = edubal__project_copy(source, n);
	if (!copy)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	free(m->source);
	m->source = copy;
	m->n_source = n;
	m->source_first_year = source_first_year;
	m->lag = lag;
	m->rate = rate;
	m->has_intake = true;
	return EDUBAL_OK;
}

/* source(year − lag), or EDUBAL_EINVAL naming the missing year. */
static edubal_status
source_at(const edubal_grades *m, int year, double *out, edubal_error *err)
{
	long i = (long) year - m->lag - m->source_first_year;
	if (i < 0 || i >= (long) m->n_source)
		return edubal__fail(err, EDUBAL_EINVAL, "the intake source has no "
			"value for %d (needed for the entry grade in %d)",
			year - m->lag, year);
	*out = m->source[i];
	return EDUBAL_OK;
}

/* Mean of E(0,t) / source(t − lag) over the last k observed years. */
static edubal_status
fit_rate(const edubal_grades *m, size_t k, double *out, edubal_error *err)
{
	struct edubal__ksum s = {0, 0};
	for (size_t y = m->obs_years - k; y < m->obs_years; y++) {
		int year = m->first_year + (int) y;
		double src = 0;
		edubal_status st = source_at(m, year, &src, err);
		if (st != EDUBAL_OK)
			return st;
		if (src == 0)
			return edubal__fail(err, EDUBAL_EDOM, "the intake source is 0 "
				"for %d: the intake rate of %d would be infinite",
				year - m->lag, year);
		edubal__ksum_add(&s, m->observed[y * m->n_grades] / src);
	}
	*out = edubal__ksum_value(&s) / (double) k;
	return EDUBAL_OK;
}

static edubal_enrollment *
enrollment_alloc(const edubal_grades *m, size_t years)
{
	edubal_enrollment *e = calloc(1, sizeof *e);
	if (!e)
		return NULL;
	e->first_year = m->first_year;
	e->years = years;
	e->observed_years = m->obs_years;
	e->grades = m->n_grades;
	e->students = malloc(years * m->n_grades * sizeof *e->students);
	e->ratios = malloc((m->n_grades - 1) * sizeof *e->ratios);
	if (!e->students || !e->ratios) {
		edubal_enrollment_free(e);
		return NULL;
	}
	return e;
}

static edubal_status
fill(const edubal_grades *m, edubal_enrollment *e, size_t k,
	edubal_error *err)
{
	size_t G = m->n_grades;
	struct edubal__fit f = {m->observed, m->obs_years, G, m->method, k,
		true, m->first_year};
	edubal_status st = edubal__fit(&f, e->ratios, err);
	if (st != EDUBAL_OK)
		return st;
	e->intake_rate = m->rate;
	if (isnan(m->rate) && (st = fit_rate(m, k, &e->intake_rate, err)))
		return st;
	for (size_t i = 0; i < m->obs_years * G; i++)
		e->students[i] = m->observed[i];
	for (size_t y = m->obs_years; y < e->years; y++) {
		double src = 0;
		if ((st = source_at(m, m->first_year + (int) y, &src, err)))
			return st;
		e->students[y * G] = e->intake_rate * src;
		for (size_t g = 0; g + 1 < G; g++)
			e->students[y * G + g + 1] =
				e->students[(y - 1) * G + g] * e->ratios[g];
	}
	return EDUBAL_OK;
}

edubal_status
edubal_grades_project(const edubal_grades *m, int last_year,
	edubal_enrollment **out, edubal_error *err)
{
	if (!m || !out)
		return edubal__fail(err, EDUBAL_EINVAL, "grades and out_enrollment "
			"must not be NULL");
	if (!m->observed || !m->has_intake)
		return edubal__fail(err, EDUBAL_EINVAL, "observed enrollment and an "
			"intake source are both required");
	int last_observed = m->first_year + (int) m->obs_years - 1;
	if (last_year <= last_observed)
		return edubal__fail(err, EDUBAL_EINVAL, "the last year %d must come "
			"after the last observed year %d", last_year, last_observed);
	/* The default k shrinks to what was observed; an explicit k must fit. */
	size_t k = m->k;
	if (k > m->obs_years - 1) {
		if (k != DEFAULT_K)
			return edubal__fail(err, EDUBAL_EINVAL, "k = %zu but only %zu "
				"transitions were observed", k, m->obs_years - 1);
		k = m->obs_years - 1;
	}
	size_t years = (size_t) (last_year - m->first_year) + 1;
	edubal_enrollment *e = enrollment_alloc(m, years);
	if (!e)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = fill(m, e, k, err);
	if (st != EDUBAL_OK) {
		edubal_enrollment_free(e);
		return st;
	}
	*out = e;
	return EDUBAL_OK;
}

void
edubal_enrollment_free(edubal_enrollment *e)
{
	if (!e)
		return;
	free(e->students);
	free(e->ratios);
	free(e);
}

int
edubal_enrollment_first_year(const edubal_enrollment *e)
{
	return e ? e->first_year : 0;
}

size_t
edubal_enrollment_years(const edubal_enrollment *e)
{
	return e ? e->years : 0;
}

size_t
edubal_enrollment_observed_years(const edubal_enrollment *e)
{
	return e ? e->observed_years : 0;
}

size_t
edubal_enrollment_grades(const edubal_enrollment *e)
{
	return e ? e->grades : 0;
}

double
edubal_enrollment_students(const edubal_enrollment *e, size_t y, size_t g)
{
	if (!e || y >= e->years || g >= e->grades)
		return NAN;
	return e->students[y * e->grades + g];
}

double
edubal_enrollment_sum(const edubal_enrollment *e, size_t y, size_t lo,
	size_t hi)
{
	if (!e || y >= e->years || lo > hi || hi >= e->grades)
		return NAN;
	struct edubal__ksum s = {0, 0};
	for (size_t g = lo; g <= hi; g++)
		edubal__ksum_add(&s, e->students[y * e->grades + g]);
	return edubal__ksum_value(&s);
}

double
edubal_enrollment_ratio(const edubal_enrollment *e, size_t g)
{
	if (!e || g + 1 >= e->grades)
		return NAN;
	return e->ratios[g];
}

double
edubal_enrollment_intake_rate(const edubal_enrollment *e)
{
	return e ? e->intake_rate : NAN;
}
