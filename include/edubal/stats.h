/*
 * edubal/stats.h - dispersion and inequality over plain arrays (SPEC §1).
 *
 * Every function takes values x[0..n) and optional weights w[0..n_weights):
 * pass weights = NULL and n_weights = 0 for equal weights; otherwise
 * n_weights must equal n.  In the balance standards the weight of a school is
 * its enrollment.  Values and weights must be finite; weights must be >= 0
 * and a zero weight removes its value from every result.
 *
 * Results are written to the out-parameters only on success.  On failure the
 * status says what went wrong and @p err, when not NULL, names the argument
 * and element (1-based) and says why.  Nothing here returns NaN or a silent
 * zero for an undefined result: EDUBAL_EDOM is returned instead.
 *
 * Sums are compensated (Neumaier), so results do not drift with n or with
 * the order of the data beyond a few units in the last place.
 *
 * All functions are thread-safe: they read their inputs and write only their
 * out-parameters.  Functions that rank or group values (Gini, Theil,
 * quantiles, McLoone) allocate O(n) scratch memory and may return
 * EDUBAL_ENOMEM; mean, SD, CV and shares do not allocate.
 */
#ifndef EDUBAL_STATS_H
#define EDUBAL_STATS_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/status.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * How the mean, standard deviation and coefficient of variation are formed.
 * Values are ABI, append only.
 */
enum edubal_cv_method {
	/**
	 * The official formula of the balance standards (SPEC §1), the default:
	 * weighted mean X = Σw·x / Σw, population SD S = sqrt(Σw·(x−X)² / Σw),
	 * CV = S / |X|.  This is the only method that reproduces published
	 * county figures.
	 */
	EDUBAL_CV_OFFICIAL = 0,
	/**
	 * Every value counts once: mean = Σx / n, SD = sqrt(Σ(x−mean)² / n).
	 * Weights only select: values of weight 0 are left out, like
	 * everywhere else, and n counts the others.
	 */
	EDUBAL_CV_UNWEIGHTED = 1,
	/** As EDUBAL_CV_UNWEIGHTED with the sample SD sqrt(Σ(x−mean)² / (n−1));
	 *  needs n >= 2. */
	EDUBAL_CV_SAMPLE = 2
};

/** Which Theil index.  Values are ABI, append only. */
enum edubal_theil_kind {
	/** Theil T = (1/W) Σ w·(x/μ)·ln(x/μ); zeros allowed (0·ln 0 = 0). */
	EDUBAL_THEIL_T = 0,
	/** Theil L (mean log deviation) = (1/W) Σ w·ln(μ/x); undefined if any x = 0. */
	EDUBAL_THEIL_L = 1
};

/**
 * Mean of @p values by @p method (weighted for EDUBAL_CV_OFFICIAL).
 * @retval EDUBAL_EINVAL NULL pointer, n = 0, length mismatch, NaN/Inf,
 *         negative weight, unknown method.
 * @retval EDUBAL_EDOM total weight is zero.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_mean(const double *values, size_t n,
	const double *weights, size_t n_weights, enum edubal_cv_method method,
	double *out_mean, edubal_error *err);

/**
 * Standard deviation of @p values by @p method; one value (or one value with
 * positive weight) gives 0, except EDUBAL_CV_SAMPLE, which needs two.
 * @retval EDUBAL_EINVAL as edubal_stats_mean().
 * @retval EDUBAL_EDOM total weight is zero, or n < 2 for EDUBAL_CV_SAMPLE.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_sd(const double *values, size_t n,
	const double *weights, size_t n_weights, enum edubal_cv_method method,
	double *out_sd, edubal_error *err);

/**
 * Coefficient of variation (差异系数) = SD / |mean| by @p method.  With
 * EDUBAL_CV_OFFICIAL and enrollments as weights this is SPEC §1: the
 * five-school example gives 0.515257.
 * @retval EDUBAL_EINVAL as edubal_stats_mean().
 * @retval EDUBAL_EDOM total weight is zero, the mean is zero (CV undefined),
 *         or n < 2 for EDUBAL_CV_SAMPLE.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_cv(const double *values, size_t n,
	const double *weights, size_t n_weights, enum edubal_cv_method method,
	double *out_cv, edubal_error *err);

/**
 * Mean, SD and CV in one pass over the data; see edubal_stats_cv().
 * All three out-parameters are required.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_summary(const double *values, size_t n,
	const double *weights, size_t n_weights, enum edubal_cv_method method,
	double *out_mean, double *out_sd, double *out_cv, edubal_error *err);

/**
 * Composite CV (综合差异系数) = arithmetic mean of single-indicator CVs
 * (SPEC §1, 2012 standard).
 * @param[in] cvs the indicator CVs, each finite and >= 0.
 * @retval EDUBAL_EINVAL NULL, n = 0, NaN/Inf or negative CV.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_composite_cv(const double *cvs, size_t n,
	double *out_composite, edubal_error *err);

/**
 * Weighted Gini coefficient G = Σi Σj wi·wj·|xi − xj| / (2·W²·μ), in [0, 1).
 * Computed in O(n log n) from sorted values.
 * @retval EDUBAL_EINVAL as edubal_stats_mean().
 * @retval EDUBAL_EDOM a negative value, zero total weight, or zero mean.
 * @retval EDUBAL_ENOMEM scratch allocation failed.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_gini(const double *values, size_t n,
	const double *weights, size_t n_weights, double *out_gini,
	edubal_error *err);

/**
 * Theil index T or L (see enum edubal_theil_kind) with μ the weighted mean.
 * Convention for zeros: in T a zero value contributes 0 (the limit of
 * t·ln t); in L a zero value with positive weight makes the index
 * undefined, and EDUBAL_EDOM is returned rather than infinity.
 * @retval EDUBAL_EINVAL as edubal_stats_mean(), or an unknown kind.
 * @retval EDUBAL_EDOM a negative value, zero total weight, zero mean, or a
 *         zero value for Theil L.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_theil(const double *values, size_t n,
	const double *weights, size_t n_weights, enum edubal_theil_kind kind,
	double *out_theil, edubal_error *err);

/**
 * Theil index with its decomposition into between-group and within-group
 * parts, groups given by an integer label per value.  Both parts are
 * computed directly, not one as the residual of the other, so
 * total = between + within is a check, not an identity of the code:
 *   T: within = Σg sg·Tg, between = Σg sg·ln(μg/μ), sg = Wg·μg / (W·μ);
 *   L: within = Σg pg·Lg, between = Σg pg·ln(μ/μg), pg = Wg / W.
 * Groups whose total weight is zero are ignored.
 * @param[in] groups one label per value (any int), n_groups must equal n.
 * @retval as edubal_stats_theil(), plus EDUBAL_EINVAL for a length mismatch
 *         of @p groups and EDUBAL_ENOMEM.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_theil_decompose(const double *values,
	size_t n, const double *weights, size_t n_weights, const int *groups,
	size_t n_groups, enum edubal_theil_kind kind, double *out_total,
	double *out_between, double *out_within, edubal_error *err);

/**
 * Weighted quantile, the inverse of the weighted empirical distribution
 * function: the smallest value x(k) of the sorted values whose cumulative
 * weight reaches p·W, with a tolerance of 4·DBL_EPSILON·W as in R so that
 * a p·W that rounds just above a cumulative weight does not skip a value.
 * No interpolation, so the result is always one of the values (R's
 * quantile type 1 when weights are equal).
 * @param[in] p probability in [0, 1]; p = 0 gives the smallest value with
 *            positive weight.
 * @retval EDUBAL_EINVAL as edubal_stats_mean(), or p outside [0, 1].
 * @retval EDUBAL_EDOM zero total weight.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_quantile(const double *values, size_t n,
	const double *weights, size_t n_weights, double p, double *out_quantile,
	edubal_error *err);

/**
 * Range ratio P95 / P5 with the quantiles of edubal_stats_quantile().
 * @retval EDUBAL_EDOM zero total weight, P5 <= 0 or a negative value.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_range_ratio(const double *values,
	size_t n, const double *weights, size_t n_weights, double *out_ratio,
	edubal_error *err);

/**
 * McLoone index: what the lower half of the weight (students) has, relative
 * to what it would have if every one of them were at the median:
 *   M = (Σ_{x < m} w·x + (W/2 − Σ_{x < m} w)·m) / (m·W/2),
 * m the weighted median (edubal_stats_quantile() at p = 0.5).  The median
 * school is counted with the part of its weight that completes the lower
 * half.  M is in [0, 1]; 1 means no one is below the median.
 * @retval EDUBAL_EDOM a negative value, zero total weight or zero median.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_mcloone(const double *values, size_t n,
	const double *weights, size_t n_weights, double *out_mcloone,
	edubal_error *err);

/**
 * Share of the total weight (students) whose value is strictly below
 * @p threshold, in [0, 1].
 * @retval EDUBAL_EINVAL as edubal_stats_mean(), or a non-finite threshold.
 * @retval EDUBAL_EDOM zero total weight.
 * @since 0.1
 */
EDUBAL_API edubal_status edubal_stats_share_below(const double *values,
	size_t n, const double *weights, size_t n_weights, double threshold,
	double *out_share, edubal_error *err);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_STATS_H */
