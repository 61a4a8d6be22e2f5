/*
 * src/project/trajectory.c - yearly paths to a target (SPEC §7.6): linear,
 * or at least a fraction of what remains each year ("≥ 25% a year"); an
 * observed series checked against a path; the first year a series meets a
 * target.
 */
#include "internal.h"

#include <math.h>

edubal_status
edubal_trajectory_path(double base_value, int base_year, double target,
	int target_year, enum edubal_path_kind kind, double fraction, double *out,
	size_t out_len, edubal_error *err)
{
	if (!isfinite(base_value) || !isfinite(target))
		return edubal__fail(err, EDUBAL_EINVAL, "base value and target must "
			"be finite");
	if (target_year <= base_year)
		return edubal__fail(err, EDUBAL_EINVAL, "the target year %d must "
			"come after the base year %d", target_year, base_year);
	size_t n = (size_t) (target_year - base_year) + 1;
	edubal_status st = edubal__project_check_out("out", out, out_len, n, err);
	if (st != EDUBAL_OK)
		return st;
	if (kind == EDUBAL_PATH_FRACTION && !(fraction > 0 && fraction <= 1))
		return edubal__fail(err, EDUBAL_EINVAL, "fraction %g must lie in "
			"(0, 1]", fraction);
	if (kind != EDUBAL_PATH_LINEAR && kind != EDUBAL_PATH_FRACTION)
		return edubal__fail(err, EDUBAL_EINVAL, "unknown path kind %d",
			(int) kind);
	double span = (double) (n - 1);
	out[0] = base_value;
	for (size_t i = 1; i < n; i++) {
		if (kind == EDUBAL_PATH_LINEAR)
			out[i] = base_value + (target - base_value) * ((double) i / span);
		else
			out[i] = out[i - 1] + fraction * (target - out[i - 1]);
	}
	out[n - 1] = target;
	return EDUBAL_OK;
}

edubal_status
edubal_trajectory_check(const double *path, size_t n, const double *observed,
	size_t n_observed, int rising, double *out_shortfall,
	size_t shortfall_len, size_t *out_behind, edubal_error *err)
{
	edubal_status st = edubal__project_check_counts("path", path, n, true,
		err);
	if (st == EDUBAL_OK && n_observed != n)
		st = edubal__fail(err, EDUBAL_EINVAL, "observed has length %zu, the "
			"path %zu", n_observed, n);
	if (st == EDUBAL_OK)
		st = edubal__project_check_counts("observed", observed, n, true,
			err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_shortfall", out_shortfall,
			shortfall_len, n, err);
	if (st == EDUBAL_OK && !out_behind)
		st = edubal__fail(err, EDUBAL_EINVAL, "out_behind is NULL");
	if (st != EDUBAL_OK)
		return st;
	size_t behind = 0;
	for (size_t i = 0; i < n; i++) {
		double s = rising ? path[i] - observed[i] : observed[i] - path[i];
		out_shortfall[i] = s;
		behind += s > 0;
	}
	*out_behind = behind;
	return EDUBAL_OK;
}

edubal_status
edubal_trajectory_attainment(int first_year, const double *series, size_t n,
	double target, int rising, int *out_year, int *out_met, edubal_error *err)
{
	edubal_status st = edubal__project_check_counts("series", series, n,
		true, err);
	if (st == EDUBAL_OK && !isfinite(target))
		st = edubal__fail(err, EDUBAL_EINVAL, "target must be finite");
	if (st == EDUBAL_OK && (!out_year || !out_met))
		st = edubal__fail(err, EDUBAL_EINVAL, "out_year and out_met must "
			"not be NULL");
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++) {
		if (rising ? series[i] >= target : series[i] <= target) {
			*out_year = first_year + (int) i;
			*out_met = 1;
			return EDUBAL_OK;
		}
	}
	*out_year = first_year - 1;
	*out_met = 0;
	return EDUBAL_OK;
}
