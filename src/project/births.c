/*
 * src/project/births.c - births for the projected years (SPEC §7.1): given
 * per year, then carried on as a constant, a linear trend, or from the
 * women of the projected population times age-specific fertility.
 */
#include "internal.h"

#include <math.h>

#include "../stats/ksum.h"

/* First and last ages of the fertility schedule. */
enum { FERTILE_FIRST = 15, FERTILE_AGES = 35 };

edubal_status
edubal__births_check(const edubal_cohort *c, int last_year,
	edubal_error *err)
{
	int first_needed = c->base_year + 1;
	if (c->births_method == EDUBAL_BIRTHS_FERTILITY && !c->asfr)
		return edubal__fail(err, EDUBAL_EINVAL, "the fertility births "
			"method needs age-specific fertility rates");
	if (c->n_births == 0) {
		if (c->births_method == EDUBAL_BIRTHS_FERTILITY)
			return EDUBAL_OK;
		return edubal__fail(err, EDUBAL_EINVAL, "births are required for "
			"year %d unless the fertility method is used", first_needed);
	}
	int last_given = c->births_first_year + (int) c->n_births - 1;
	if (c->births_first_year > first_needed)
		return edubal__fail(err, EDUBAL_EINVAL, "births start in %d: year "
			"%d, the first projected year, is missing",
			c->births_first_year, first_needed);
	if (last_given < last_year && c->births_method == EDUBAL_BIRTHS_LINEAR &&
	    c->n_births < 2)
		return edubal__fail(err, EDUBAL_EDOM, "a linear births trend needs "
			"at least two years of births, got one (%d)", last_given);
	return EDUBAL_OK;
}

edubal_status
edubal__births_given(const edubal_cohort *c, int year, double *out,
	edubal_error *err)
{
	(void) err;
	long i = (long) year - c->births_first_year;
	if (c->n_births == 0 || i < 0 || i >= (long) c->n_births)
		return EDUBAL_ENOTFOUND;
	*out = c->births[i] * c->births_factor;
	return EDUBAL_OK;
}

/* Least-squares line through (first_year + i, births[i]), at year. */
static double
linear_trend(const edubal_cohort *c, int year)
{
	struct edubal__ksum sx = {0, 0}, sy = {0, 0};
	size_t n = c->n_births;
	for (size_t i = 0; i < n; i++) {
		edubal__ksum_add(&sx, (double) i);
		edubal__ksum_add(&sy, c->births[i]);
	}
	double mx = edubal__ksum_value(&sx) / (double) n;
	double my = edubal__ksum_value(&sy) / (double) n;
	struct edubal__ksum sxy = {0, 0}, sxx = {0, 0};
	for (size_t i = 0; i < n; i++) {
		double dx = (double) i - mx;
		edubal__ksum_add(&sxy, dx * (c->births[i] - my));
		edubal__ksum_add(&sxx, dx * dx);
	}
	double slope = edubal__ksum_value(&sxy) / edubal__ksum_value(&sxx);
	double x = (double) (year - c->births_first_year);
	double b = my + slope * (x - mx);
	return b > 0 ? b : 0.0;
}

/* Σ f · P(a) · ASFR(a) over the fertile ages present. */
static double
fertility_births(const edubal_cohort *c, const double *ages)
{
	struct edubal__ksum s = {0, 0};
	for (size_t i = 0; i < FERTILE_AGES; i++) {
		size_t a = FERTILE_FIRST + i;
		if (a < c->n_ages)
			edubal__ksum_add(&s, c->female_share * ages[a] * c->asfr[i]);
	}
	return edubal__ksum_value(&s);
}

edubal_status
edubal__births_extrapolate(const edubal_cohort *c, int year,
	const double *previous_ages, double *out, edubal_error *err)
{
	if (edubal__births_given(c, year, out, err) == EDUBAL_OK)
		return EDUBAL_OK;
	double b;
	switch (c->births_method) {
	case EDUBAL_BIRTHS_CONSTANT:
		b = c->births[c->n_births - 1];
		break;
	case EDUBAL_BIRTHS_LINEAR:
		b = linear_trend(c, year);
		break;
	case EDUBAL_BIRTHS_FERTILITY:
		b = fertility_births(c, previous_ages);
		break;
	default:
		return edubal__fail(err, EDUBAL_EINTERNAL, "unknown births method");
	}
	*out = b * c->births_factor;
	return EDUBAL_OK;
}
