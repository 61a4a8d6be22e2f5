/*
 * src/stats/summary.h - edubal_stats_summary() for callers inside the
 * library that have already made sure of its input.
 *
 * The evaluator computes some 40,000 CVs for a national run, from
 * indicators it made itself (finite) and enrollments it selected (> 0).
 * Checking each sample again element by element was a twentieth of an
 * evaluation.
 */
#ifndef EDUBAL_SRC_STATS_SUMMARY_H
#define EDUBAL_SRC_STATS_SUMMARY_H

#include <stddef.h>

#include <edubal/stats.h>

/*
 * edubal_stats_summary() of values[0..n) with weights[0..n) (NULL: all
 * 1), bit for bit, without its argument checks (and, with `total`, without
 * summing the weights): the caller guarantees
 * n > 0 (else EDUBAL_EINVAL), every value and weight finite and every
 * weight >= 0, and non-NULL out-parameters.  EDUBAL_EDOM as
 * edubal_stats_summary() (zero total weight, zero mean, a sample SD of
 * fewer than 2 values), with no message.
 */
edubal_status edubal__stats_summary_checked(const double *values, size_t n,
	const double *weights, const double *total, enum edubal_cv_method method,
	double *out_mean, double *out_sd, double *out_cv);

/*
 * The compensated total of weights[0..n) (NULL: n), the same bits the
 * official method computes.  A caller with several samples of one set of
 * weights (a level's seven indicators) passes it to each as `total`
 * instead of having it summed again; NULL `total` sums it.
 */
double edubal__stats_total_weight(const double *weights, size_t n);

#endif /* EDUBAL_SRC_STATS_SUMMARY_H */
