/*
 * src/project/scenario.c - the band over low, medium and high scenario
 * outputs (SPEC §7: "an uncertainty band when scenario ranges are given").
 * Taken element by element as min and max, because a scenario's name need
 * not order its outputs (a ratio method may raise one grade and lower
 * another).
 */
#include "internal.h"

#include <math.h>

edubal_status
edubal_project_band(const double *a, size_t n, const double *b, size_t n_b,
	const double *c, size_t n_c, double *out_low, size_t low_len,
	double *out_high, size_t high_len, edubal_error *err)
{
	if (n_b != n || n_c != n)
		return edubal__fail(err, EDUBAL_EINVAL, "scenario outputs differ in "
			"length: %zu, %zu, %zu", n, n_b, n_c);
	edubal_status st = edubal__project_check_counts("a", a, n, true, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_counts("b", b, n, true, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_counts("c", c, n, true, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_low", out_low, low_len, n, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_high", out_high, high_len, n,
			err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++) {
		out_low[i] = fmin(a[i], fmin(b[i], c[i]));
		out_high[i] = fmax(a[i], fmax(b[i], c[i]));
	}
	return EDUBAL_OK;
}
