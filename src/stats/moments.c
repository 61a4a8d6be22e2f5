/*
 * src/stats/moments.c - mean, standard deviation and CV (SPEC §1).
 *
 * The official estimator is the enrollment-weighted population form,
 *   X = Σ P_i X_i / P,   S = sqrt(Σ P_i (X_i − X)² / P),   CV = S / X,
 * the only one that reproduces published county figures.  The unweighted
 * and n−1 forms exist because local systems and common libraries use them,
 * and users must be able to show the difference.  Both passes use
 * compensated sums; the second pass centres on the first pass's mean, so no
 * catastrophic cancellation of Σx² − n·mean² can occur.
 */
#include <math.h>

#include <edubal/stats.h>

#include "../error.h"
#include "input.h"
#include "ksum.h"

static edubal_status
weighted_moments(const double *x, size_t n, const double *w, double *mean,
	double *sd, edubal_error *err)
{
	struct edubal__ksum total = {0, 0}, weighted = {0, 0};
	for (size_t i = 0; i < n; i++) {
		double wi = edubal__weight(w, i);
		edubal__ksum_add(&total, wi);
		edubal__ksum_add(&weighted, wi * x[i]);
	}
	double W = edubal__ksum_value(&total);
	if (W == 0)
		return edubal__fail(err, EDUBAL_EDOM,
			"total weight is zero: the weighted mean is undefined");
	double m = edubal__ksum_value(&weighted) / W;
	struct edubal__ksum squares = {0, 0};
	for (size_t i = 0; i < n; i++) {
		double d = x[i] - m;
		edubal__ksum_add(&squares, edubal__weight(w, i) * d * d);
	}
	*mean = m;
	*sd = sqrt(edubal__ksum_value(&squares) / W);
	return EDUBAL_OK;
}

/* Equal weights for every value whose weight is positive: weights only
 * select, as a zero weight removes a value from every result. */
static edubal_status
unweighted_moments(const double *x, size_t n, const double *w, int sample,
	double *mean, double *sd, edubal_error *err)
{
	struct edubal__ksum sum = {0, 0};
	size_t count = 0;
	for (size_t i = 0; i < n; i++) {
		if (edubal__weight(w, i) == 0)
			continue;
		edubal__ksum_add(&sum, x[i]);
		count++;
	}
	if (count == 0)
		return edubal__fail(err, EDUBAL_EDOM,
			"total weight is zero: every value is excluded");
	if (sample && count < 2)
		return edubal__fail(err, EDUBAL_EDOM,
			"the sample (n-1) SD needs at least 2 values, got %zu", count);
	double m = edubal__ksum_value(&sum) / (double) count;
	struct edubal__ksum squares = {0, 0};
	for (size_t i = 0; i < n; i++) {
		if (edubal__weight(w, i) != 0)
			edubal__ksum_add(&squares, (x[i] - m) * (x[i] - m));
	}
	double dof = sample ? (double) (count - 1) : (double) count;
	*mean = m;
	*sd = sqrt(edubal__ksum_value(&squares) / dof);
	return EDUBAL_OK;
}

static edubal_status
moments(const double *values, size_t n, const double *weights,
	size_t n_weights, enum edubal_cv_method method, double *mean,
	double *sd, edubal_error *err)
{
	edubal_status st = edubal__check_sample(values, n, weights, n_weights, err);
	if (st != EDUBAL_OK)
		return st;
	switch (method) {
	case EDUBAL_CV_OFFICIAL:
		return weighted_moments(values, n, weights, mean, sd, err);
	case EDUBAL_CV_UNWEIGHTED:
		return unweighted_moments(values, n, weights, 0, mean, sd, err);
	case EDUBAL_CV_SAMPLE:
		return unweighted_moments(values, n, weights, 1, mean, sd, err);
	}
	return edubal__fail(err, EDUBAL_EINVAL, "unknown CV method %d",
		(int) method);
}

edubal_status
edubal_stats_summary(const double *values, size_t n, const double *weights,
	size_t n_weights, enum edubal_cv_method method, double *out_mean,
	double *out_sd, double *out_cv, edubal_error *err)
{
	edubal_status st;
	if ((st = edubal__check_out(out_mean, "out_mean", err)) != EDUBAL_OK ||
	    (st = edubal__check_out(out_sd, "out_sd", err)) != EDUBAL_OK ||
	    (st = edubal__check_out(out_cv, "out_cv", err)) != EDUBAL_OK)
		return st;
	double mean, sd;
	st = moments(values, n, weights, n_weights, method, &mean, &sd, err);
	if (st != EDUBAL_OK)
		return st;
	if (mean == 0)
		return edubal__fail(err, EDUBAL_EDOM,
			"the mean is zero: the coefficient of variation is undefined");
	*out_mean = mean;
	*out_sd = sd;
	*out_cv = sd / fabs(mean);
	return EDUBAL_OK;
}

edubal_status
edubal_stats_mean(const double *values, size_t n, const double *weights,
	size_t n_weights, enum edubal_cv_method method, double *out_mean,
	edubal_error *err)
{
	edubal_status st = edubal__check_out(out_mean, "out_mean", err);
	if (st != EDUBAL_OK)
		return st;
	double mean, sd;
	st = moments(values, n, weights, n_weights, method, &mean, &sd, err);
	if (st == EDUBAL_OK)
		*out_mean = mean;
	return st;
}

edubal_status
edubal_stats_sd(const double *values, size_t n, const double *weights,
	size_t n_weights, enum edubal_cv_method method, double *out_sd,
	edubal_error *err)
{
	edubal_status st = edubal__check_out(out_sd, "out_sd", err);
	if (st != EDUBAL_OK)
		return st;
	double mean, sd;
	st = moments(values, n, weights, n_weights, method, &mean, &sd, err);
	if (st == EDUBAL_OK)
		*out_sd = sd;
	return st;
}

edubal_status
edubal_stats_cv(const double *values, size_t n, const double *weights,
	size_t n_weights, enum edubal_cv_method method, double *out_cv,
	edubal_error *err)
{
	edubal_status st = edubal__check_out(out_cv, "out_cv", err);
	if (st != EDUBAL_OK)
		return st;
	double mean, sd, cv;
	st = edubal_stats_summary(values, n, weights, n_weights, method, &mean,
		&sd, &cv, err);
	if (st == EDUBAL_OK)
		*out_cv = cv;
	return st;
}

edubal_status
edubal_stats_composite_cv(const double *cvs, size_t n, double *out_composite,
	edubal_error *err)
{
	edubal_status st = edubal__check_out(out_composite, "out_composite", err);
	if (st != EDUBAL_OK)
		return st;
	if (!cvs)
		return edubal__fail(err, EDUBAL_EINVAL, "cvs is NULL");
	if (n == 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"no CVs (n = 0): the composite is undefined");
	struct edubal__ksum sum = {0, 0};
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(cvs[i]) || cvs[i] < 0)
			return edubal__fail_element(err, EDUBAL_EINVAL, "cvs", i, cvs[i],
				"a CV must be a finite number >= 0");
		edubal__ksum_add(&sum, cvs[i]);
	}
	*out_composite = edubal__ksum_value(&sum) / (double) n;
	return EDUBAL_OK;
}
