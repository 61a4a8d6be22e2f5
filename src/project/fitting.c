/*
 * src/project/fitting.c - grade-progression ratios (SPEC §7.2) fitted from
 * the last k observed transitions by mean, geometric mean, median, last or
 * recency-weighted mean.  A zero denominator is an error naming the year
 * and grade: an infinite ratio would silently fill every later year.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

#include "../stats/ksum.h"
#include "fitting.h"

static int
compare_double(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return (x > y) - (x < y);
}

double
edubal__combine_ratios(double *r, size_t k, enum edubal_ratio_method method)
{
	struct edubal__ksum s = {0, 0};
	switch (method) {
	case EDUBAL_RATIO_LAST:
		return r[k - 1];
	case EDUBAL_RATIO_GEOMETRIC:
		for (size_t i = 0; i < k; i++) {
			if (r[i] == 0)
				return 0.0;
			edubal__ksum_add(&s, log(r[i]));
		}
		return exp(edubal__ksum_value(&s) / (double) k);
	case EDUBAL_RATIO_MEDIAN:
		qsort(r, k, sizeof *r, compare_double);
		return k % 2 ? r[k / 2] : (r[k / 2 - 1] + r[k / 2]) / 2;
	case EDUBAL_RATIO_WEIGHTED:
		for (size_t i = 0; i < k; i++)
			edubal__ksum_add(&s, (double) (i + 1) * r[i]);
		return edubal__ksum_value(&s) / ((double) k * (double) (k + 1) / 2);
	case EDUBAL_RATIO_MEAN:
	default:
		for (size_t i = 0; i < k; i++)
			edubal__ksum_add(&s, r[i]);
		return edubal__ksum_value(&s) / (double) k;
	}
}

bool
edubal__ratio_method_valid(enum edubal_ratio_method method)
{
	return method == EDUBAL_RATIO_MEAN || method == EDUBAL_RATIO_GEOMETRIC ||
	       method == EDUBAL_RATIO_MEDIAN || method == EDUBAL_RATIO_LAST ||
	       method == EDUBAL_RATIO_WEIGHTED;
}

/* Name the year as a calendar year when known, else as a year index. */
static edubal_status
zero_denominator(edubal_error *err, const struct edubal__fit *f, size_t t,
	size_t g)
{
	char column[32];
	snprintf(column, sizeof column, "grade %zu", g + 1);
	if (f->have_year)
		return edubal__fail_cell(err, EDUBAL_EDOM, "students", t + 1, column,
			"0", "year %d, grade %zu has no students: the ratio to grade "
			"%zu in %d would be infinite", f->first_year + (int) t, g + 1,
			g + 2, f->first_year + (int) t + 1);
	return edubal__fail_cell(err, EDUBAL_EDOM, "students", t + 1, column,
		"0", "year index %zu, grade %zu has no students: the ratio to "
		"grade %zu a year later would be infinite", t, g + 1, g + 2);
}

edubal_status
edubal__fit(const struct edubal__fit *f, double *out, edubal_error *err)
{
	size_t G = f->n_grades, years = f->years, k = f->k;
	double *r = malloc(k * sizeof *r);
	if (!r)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t g = 0; g + 1 < G; g++) {
		for (size_t j = 0; j < k; j++) {
			size_t t = years - 1 - k + j;
			double den = f->students[t * G + g];
			if (den == 0) {
				free(r);
				return zero_denominator(err, f, t, g);
			}
			r[j] = f->students[(t + 1) * G + g + 1] / den;
		}
		out[g] = edubal__combine_ratios(r, k, f->method);
	}
	free(r);
	return EDUBAL_OK;
}

edubal_status
edubal__fit_check(const double *students, size_t n, size_t n_grades,
	enum edubal_ratio_method method, size_t k, edubal_error *err)
{
	if (!students)
		return edubal__fail(err, EDUBAL_EINVAL, "students is NULL");
	if (n_grades < 2 || n % n_grades != 0 || n / n_grades < 2)
		return edubal__fail(err, EDUBAL_EINVAL, "students must hold at "
			"least two years of at least two grades (n = %zu, grades = %zu)",
			n, n_grades);
	if (!edubal__ratio_method_valid(method))
		return edubal__fail(err, EDUBAL_EINVAL, "unknown ratio method %d",
			(int) method);
	if (k < 1 || k > n / n_grades - 1)
		return edubal__fail(err, EDUBAL_EINVAL, "k = %zu: between 1 and the "
			"%zu observed transitions", k, n / n_grades - 1);
	return edubal__project_check_counts("students", students, n, false, err);
}

edubal_status
edubal_project_fit_ratios(const double *students, size_t n, size_t n_grades,
	enum edubal_ratio_method method, size_t k, double *out_ratios,
	size_t out_len, edubal_error *err)
{
	edubal_status st = edubal__fit_check(students, n, n_grades, method, k,
		err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_ratios", out_ratios, out_len,
			n_grades - 1, err);
	if (st != EDUBAL_OK)
		return st;
	struct edubal__fit f = {students, n / n_grades, n_grades, method, k,
		false, 0};
	double *tmp = malloc((n_grades - 1) * sizeof *tmp);
	if (!tmp)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	st = edubal__fit(&f, tmp, err);
	for (size_t g = 0; st == EDUBAL_OK && g + 1 < n_grades; g++)
		out_ratios[g] = tmp[g];
	free(tmp);
	return st;
}
