/*
 * tests/unit/test_stats.c - unit tests of edubal/stats.h (SPEC §1).
 *
 * Expected values are computed independently of edubal: by hand (the
 * arithmetic is written beside each value) or with python3 (fractions and
 * math modules) from the formulas documented in stats.h.
 */
#include <check.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#define SENTINEL 42.0
#define LEN(a) (sizeof (a) / sizeof *(a))
#define TOL 1e-12

/* |got - want| <= rel * |want| (or <= rel when want is 0). */
#define ASSERT_REL(got, want, rel) do { \
	double got_ = (got), want_ = (want); \
	double lim_ = (rel) * (want_ == 0.0 ? 1.0 : fabs(want_)); \
	ck_assert_msg(fabs(got_ - want_) <= lim_, \
		"%s = %.17g, want %.17g (rel. tol. %g)", #got, got_, want_, \
		(double) (rel)); \
} while (0)

/* Assert that CALL returned OK; print the error message if it did not. */
#define ASSERT_OK(call) do { \
	edubal_error *e_ = edubal_error_new(); \
	ck_assert_ptr_nonnull(e_); \
	edubal_status s_ = (call); \
	ck_assert_msg(s_ == EDUBAL_OK, "%s failed: %s", #call, \
		edubal_error_message(e_)); \
	edubal_error_free(e_); \
} while (0)
/* In ASSERT_OK calls, pass ERR as the error argument. */
#define ERR e_

/* ---------------------------------------------------------------------
 * Failure checks
 * ------------------------------------------------------------------- */

/* What a failing call must report. */
struct failure {
	edubal_status status;
	const char *needle;  /* must occur in edubal_error_message() */
	size_t row;          /* edubal_error_row(): 1-based element, 0 = none */
	const char *column;  /* edubal_error_column(), NULL = not checked */
};

#define FAIL(status, needle, row, column) \
	((struct failure) { (status), (needle), (row), (column) })

static void
check_failure(const char *what, edubal_status got, const edubal_error *err,
	struct failure want)
{
	ck_assert_msg(got == want.status, "%s: status %d (%s), want %d (%s)",
		what, (int) got, edubal_strerror(got), (int) want.status,
		edubal_strerror(want.status));
	if (!err)
		return;
	const char *msg = edubal_error_message(err);
	ck_assert_msg(edubal_error_status(err) == want.status,
		"%s: edubal_error_status() = %d, want %d", what,
		(int) edubal_error_status(err), (int) want.status);
	ck_assert_msg(msg[0] != '\0', "%s: empty error message", what);
	ck_assert_msg(strstr(msg, want.needle) != NULL,
		"%s: message \"%s\" does not mention \"%s\"", what, msg,
		want.needle);
	ck_assert_msg(edubal_error_row(err) == want.row,
		"%s: error row %zu, want %zu (message \"%s\")", what,
		edubal_error_row(err), want.row, msg);
	if (want.column)
		ck_assert_msg(strcmp(edubal_error_column(err), want.column) == 0,
			"%s: error column \"%s\", want \"%s\"", what,
			edubal_error_column(err), want.column);
}

/*
 * Run CALL twice, once with an error object and once with err = NULL.  CALL
 * is an expression in the names `err` and `out`, `out2`, `out3` (doubles
 * initialised to SENTINEL).  Both runs must return WANT's status, leave
 * every out-parameter untouched, and the first must describe the failure.
 */
#define EXPECT_FAILURE(want, call) do { \
	for (int pass_ = 0; pass_ < 2; pass_++) { \
		edubal_error *err = pass_ ? NULL : edubal_error_new(); \
		double out = SENTINEL, out2 = SENTINEL, out3 = SENTINEL; \
		edubal_status st_ = (call); \
		check_failure(#call, st_, err, (want)); \
		ck_assert_double_eq(out, SENTINEL); \
		ck_assert_double_eq(out2, SENTINEL); \
		ck_assert_double_eq(out3, SENTINEL); \
		edubal_error_free(err); \
	} \
} while (0)

/* ---------------------------------------------------------------------
 * Every stats function behind one signature, for the shared tests
 * ------------------------------------------------------------------- */

typedef edubal_status (*stat_fn)(const double *values, size_t n,
	const double *weights, size_t n_weights, double *out, edubal_error *err);

static const int zero_groups[64];

static edubal_status
call_mean(const double *v, size_t n, const double *w, size_t nw, double *out,
	edubal_error *err)
{
	return edubal_stats_mean(v, n, w, nw, EDUBAL_CV_OFFICIAL, out, err);
}

static edubal_status
call_sd(const double *v, size_t n, const double *w, size_t nw, double *out,
	edubal_error *err)
{
	return edubal_stats_sd(v, n, w, nw, EDUBAL_CV_OFFICIAL, out, err);
}

static edubal_status
call_cv(const double *v, size_t n, const double *w, size_t nw, double *out,
	edubal_error *err)
{
	return edubal_stats_cv(v, n, w, nw, EDUBAL_CV_OFFICIAL, out, err);
}

/* Summary: out is the CV; on failure mean and SD must be untouched too. */
static edubal_status
call_summary(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	double mean = SENTINEL, sd = SENTINEL;
	edubal_status st = edubal_stats_summary(v, n, w, nw, EDUBAL_CV_OFFICIAL,
		&mean, &sd, out, err);
	if (st != EDUBAL_OK) {
		ck_assert_double_eq(mean, SENTINEL);
		ck_assert_double_eq(sd, SENTINEL);
	}
	return st;
}

static edubal_status
call_gini(const double *v, size_t n, const double *w, size_t nw, double *out,
	edubal_error *err)
{
	return edubal_stats_gini(v, n, w, nw, out, err);
}

static edubal_status
call_theil_t(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	return edubal_stats_theil(v, n, w, nw, EDUBAL_THEIL_T, out, err);
}

static edubal_status
call_theil_l(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	return edubal_stats_theil(v, n, w, nw, EDUBAL_THEIL_L, out, err);
}

/* Decomposition with one group: out is the total. */
static edubal_status
call_decompose_t(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	double between = SENTINEL, within = SENTINEL;
	ck_assert_uint_le(n, LEN(zero_groups));
	edubal_status st = edubal_stats_theil_decompose(v, n, w, nw, zero_groups,
		n, EDUBAL_THEIL_T, out, &between, &within, err);
	if (st != EDUBAL_OK) {
		ck_assert_double_eq(between, SENTINEL);
		ck_assert_double_eq(within, SENTINEL);
	}
	return st;
}

static edubal_status
call_quantile(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	return edubal_stats_quantile(v, n, w, nw, 0.5, out, err);
}

static edubal_status
call_range_ratio(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	return edubal_stats_range_ratio(v, n, w, nw, out, err);
}

static edubal_status
call_mcloone(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	return edubal_stats_mcloone(v, n, w, nw, out, err);
}

static edubal_status
call_share_below(const double *v, size_t n, const double *w, size_t nw,
	double *out, edubal_error *err)
{
	return edubal_stats_share_below(v, n, w, nw, 5.0, out, err);
}

enum scaling {
	SCALE_FREE,       /* f(c·x) = f(x): CV, Gini, Theil, McLoone, P95/P5 */
	SCALE_LINEAR,     /* f(c·x) = c·f(x): mean, SD, quantile */
	SCALE_NONE        /* share below a fixed threshold */
};

struct stat_info {
	const char *name;
	stat_fn fn;
	bool nonnegative;     /* negative values give EDUBAL_EDOM */
	enum scaling scaling;
};

static const struct stat_info stat_infos[] = {
	{ "mean", call_mean, false, SCALE_LINEAR },
	{ "sd", call_sd, false, SCALE_LINEAR },
	{ "cv", call_cv, false, SCALE_FREE },
	{ "summary", call_summary, false, SCALE_FREE },
	{ "gini", call_gini, true, SCALE_FREE },
	{ "theil T", call_theil_t, true, SCALE_FREE },
	{ "theil L", call_theil_l, true, SCALE_FREE },
	{ "theil_decompose", call_decompose_t, true, SCALE_FREE },
	{ "quantile", call_quantile, false, SCALE_LINEAR },
	{ "range_ratio", call_range_ratio, true, SCALE_FREE },
	{ "mcloone", call_mcloone, true, SCALE_FREE },
	{ "share_below", call_share_below, false, SCALE_NONE },
};

static const struct stat_info *
find_info(const char *name)
{
	for (size_t i = 0; i < LEN(stat_infos); i++) {
		if (strcmp(stat_infos[i].name, name) == 0)
			return &stat_infos[i];
	}
	ck_abort_msg("no stats function %s", name);
	return NULL;
}

/* ---------------------------------------------------------------------
 * Invalid input shared by every function (stats.h, file comment)
 * ------------------------------------------------------------------- */

static const double v3[] = { 1.0, 2.0, 3.0 };
static const double w3[] = { 1.0, 1.0, 1.0 };
static const double v_nan1[] = { 1.0, NAN, 3.0 };
static const double v_inf2[] = { 1.0, 2.0, INFINITY };
static const double v_minf0[] = { -INFINITY, 2.0, 3.0 };
static const double w_nan1[] = { 1.0, NAN, 1.0 };
static const double w_inf2[] = { 1.0, 1.0, INFINITY };
static const double w_minf0[] = { -INFINITY, 1.0, 1.0 };
static const double w_neg2[] = { 1.0, 1.0, -1.0 };
static const double w_zero[] = { 0.0, 0.0, 0.0 };
static const double w_zero4[] = { 0.0, 0.0, 0.0, 0.0 };

struct bad_input {
	const char *what;
	const double *values;
	size_t n;
	const double *weights;
	size_t n_weights;
	bool null_out;
	struct failure want;
};

static const struct bad_input bad_inputs[] = {
	{ "values NULL", NULL, 3, w3, 3, false,
	  { EDUBAL_EINVAL, "values", 0, NULL } },
	{ "n = 0", v3, 0, NULL, 0, false, { EDUBAL_EINVAL, "values", 0, NULL } },
	{ "n_weights < n", v3, 3, w3, 2, false,
	  { EDUBAL_EINVAL, "weights", 0, NULL } },
	{ "n_weights > n", v3, 2, w3, 3, false,
	  { EDUBAL_EINVAL, "weights", 0, NULL } },
	{ "weights NULL, n_weights 3", v3, 3, NULL, 3, false,
	  { EDUBAL_EINVAL, "weights", 0, NULL } },
	{ "NaN value", v_nan1, 3, w3, 3, false,
	  { EDUBAL_EINVAL, "values[1]", 2, "values" } },
	{ "+Inf value", v_inf2, 3, NULL, 0, false,
	  { EDUBAL_EINVAL, "values[2]", 3, "values" } },
	{ "-Inf value", v_minf0, 3, w3, 3, false,
	  { EDUBAL_EINVAL, "values[0]", 1, "values" } },
	{ "NaN weight", v3, 3, w_nan1, 3, false,
	  { EDUBAL_EINVAL, "weights[1]", 2, "weights" } },
	{ "+Inf weight", v3, 3, w_inf2, 3, false,
	  { EDUBAL_EINVAL, "weights[2]", 3, "weights" } },
	{ "-Inf weight", v3, 3, w_minf0, 3, false,
	  { EDUBAL_EINVAL, "weights[0]", 1, "weights" } },
	{ "negative weight", v3, 3, w_neg2, 3, false,
	  { EDUBAL_EINVAL, "weights[2]", 3, "weights" } },
	{ "total weight 0", v3, 3, w_zero, 3, false,
	  { EDUBAL_EDOM, "weight", 0, NULL } },
	{ "out NULL", v3, 3, w3, 3, true, { EDUBAL_EINVAL, "out", 0, NULL } },
};

static void
run_bad_input(const char *fn_name, int index)
{
	const struct stat_info *info = find_info(fn_name);
	const struct bad_input *b = &bad_inputs[index];
	char what[160];
	snprintf(what, sizeof what, "%s: %s", info->name, b->what);
	for (int pass = 0; pass < 2; pass++) {
		edubal_error *err = pass ? NULL : edubal_error_new();
		double out = SENTINEL;
		edubal_status st = info->fn(b->values, b->n, b->weights,
			b->n_weights, b->null_out ? NULL : &out, err);
		check_failure(what, st, err, b->want);
		ck_assert_double_eq(out, SENTINEL);
		edubal_error_free(err);
	}
}

/* A negative value: EDUBAL_EDOM naming the element, for the indices. */
static void
run_negative_value(const char *fn_name)
{
	static const double v[] = { 1.0, -2.0, 3.0 };
	const struct stat_info *info = find_info(fn_name);
	ck_assert(info->nonnegative);
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "values[1]", 2, "values"),
		info->fn(v, 3, w3, 3, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "values[1]", 2, "values"),
		info->fn(v, 3, NULL, 0, &out, err));
}

/* START_TEST bodies for the shared checks of one function. */
#define SHARED_TESTS(id, name) \
	START_TEST(test_##id##_bad_input) { run_bad_input(name, _i); } END_TEST

SHARED_TESTS(mean, "mean")
SHARED_TESTS(sd, "sd")
SHARED_TESTS(cv, "cv")
SHARED_TESTS(summary, "summary")
SHARED_TESTS(gini, "gini")
SHARED_TESTS(theil_t, "theil T")
SHARED_TESTS(theil_l, "theil L")
SHARED_TESTS(decompose, "theil_decompose")
SHARED_TESTS(quantile, "quantile")
SHARED_TESTS(range_ratio, "range_ratio")
SHARED_TESTS(mcloone, "mcloone")
SHARED_TESTS(share_below, "share_below")

/* ---------------------------------------------------------------------
 * Properties shared by every function, one loop index per function
 * ------------------------------------------------------------------- */

/* Six schools, value and enrollment (positive, distinct values). */
static const double prop_v[] = { 6.2, 3.7, 10.5, 2.1, 7.3, 5.5 };
static const double prop_w[] = { 45, 37, 89, 76, 55, 20 };

static double
eval_ok(const struct stat_info *info, const double *v, size_t n,
	const double *w, size_t nw)
{
	edubal_error *err = edubal_error_new();
	double out = SENTINEL;
	edubal_status st = info->fn(v, n, w, nw, &out, err);
	ck_assert_msg(st == EDUBAL_OK, "%s failed: %s", info->name,
		edubal_error_message(err));
	edubal_error_free(err);
	return out;
}

/* Elements with weight 0 (extreme values, and a 0 that Theil L rejects
 * with positive weight) change nothing. */
START_TEST(test_zero_weights_excluded)
{
	static const double v[] = { 1000.0, 6.2, 3.7, 0.0, 10.5, 2.1, 7.3,
	                            5.5, 0.001 };
	static const double w[] = { 0, 45, 37, 0, 89, 76, 55, 20, 0 };
	const struct stat_info *info = &stat_infos[_i];
	double want = eval_ok(info, prop_v, LEN(prop_v), prop_w, LEN(prop_w));
	double got = eval_ok(info, v, LEN(v), w, LEN(w));
	ck_assert_msg(fabs(got - want) <= TOL * fabs(want),
		"%s: %.17g with zero-weight extras, %.17g without", info->name,
		got, want);
}
END_TEST

/* Reversing or rotating the data changes nothing beyond rounding. */
START_TEST(test_permutation_invariant)
{
	const struct stat_info *info = &stat_infos[_i];
	size_t n = LEN(prop_v);
	double rv[LEN(prop_v)], rw[LEN(prop_v)], tv[LEN(prop_v)], tw[LEN(prop_v)];
	for (size_t i = 0; i < n; i++) {
		rv[i] = prop_v[n - 1 - i];
		rw[i] = prop_w[n - 1 - i];
		tv[i] = prop_v[(i + 2) % n];
		tw[i] = prop_w[(i + 2) % n];
	}
	double want = eval_ok(info, prop_v, n, prop_w, n);
	ASSERT_REL(eval_ok(info, rv, n, rw, n), want, TOL);
	ASSERT_REL(eval_ok(info, tv, n, tw, n), want, TOL);
}
END_TEST

/* Values ×100 (per student vs per 100 students, SPEC §1): scale-free
 * indices do not change, the mean, SD and quantiles scale.  Weights ×7
 * change nothing: only the relative enrollments matter. */
START_TEST(test_scaling)
{
	const struct stat_info *info = &stat_infos[_i];
	size_t n = LEN(prop_v);
	double sv[LEN(prop_v)], sw[LEN(prop_v)];
	for (size_t i = 0; i < n; i++) {
		sv[i] = 100.0 * prop_v[i];
		sw[i] = 7.0 * prop_w[i];
	}
	double base = eval_ok(info, prop_v, n, prop_w, n);
	ASSERT_REL(eval_ok(info, prop_v, n, sw, n), base, TOL);
	if (info->scaling == SCALE_FREE)
		ASSERT_REL(eval_ok(info, sv, n, prop_w, n), base, TOL);
	else if (info->scaling == SCALE_LINEAR)
		ASSERT_REL(eval_ok(info, sv, n, prop_w, n), 100.0 * base, TOL);
}
END_TEST

/* Integer weights are the same as repeating the values. */
START_TEST(test_weights_replicate)
{
	static const double v[] = { 2.0, 4.0, 8.0 };
	static const double w[] = { 1.0, 3.0, 2.0 };
	static const double rep[] = { 2.0, 4.0, 4.0, 4.0, 8.0, 8.0 };
	const struct stat_info *info = &stat_infos[_i];
	ASSERT_REL(eval_ok(info, v, 3, w, 3), eval_ok(info, rep, 6, NULL, 0),
		TOL);
}
END_TEST

/* ---------------------------------------------------------------------
 * SPEC §1.1: five primary schools, books per student
 * ------------------------------------------------------------------- */

static const double five_students[] = { 45, 37, 89, 76, 55 };
static const double five_books[] = { 279, 137, 935, 160, 402 };

static void
five_values(double x[5])
{
	for (size_t i = 0; i < 5; i++)
		x[i] = five_books[i] / five_students[i];
}

static double
five_stat(edubal_status (*fn)(const double *, size_t, const double *, size_t,
	enum edubal_cv_method, double *, edubal_error *),
	enum edubal_cv_method method)
{
	double x[5], out = SENTINEL;
	five_values(x);
	ASSERT_OK(fn(x, 5, five_students, 5, method, &out, ERR));
	return out;
}

/* ---------------------------------------------------------------------
 * edubal_stats_mean
 * ------------------------------------------------------------------- */

/* SPEC §1.1: X̄ = Σ P_i X_i / P = 1913 books / 302 students = 6.334437. */
START_TEST(test_mean_spec_1_1)
{
	double mean = five_stat(edubal_stats_mean, EDUBAL_CV_OFFICIAL);
	ck_assert_double_eq_tol(mean, 6.334437, 1e-6);
	ASSERT_REL(mean, 1913.0 / 302.0, TOL);
}
END_TEST

/* SPEC §1.1 unweighted: (6.2 + 137/37 + 935/89 + 160/76 + 402/55) / 5
 * = 5.964534949443288 (python fractions); the sample method has the same
 * mean. */
START_TEST(test_mean_spec_1_1_unweighted)
{
	ASSERT_REL(five_stat(edubal_stats_mean, EDUBAL_CV_UNWEIGHTED),
		5.964534949443288, TOL);
	ASSERT_REL(five_stat(edubal_stats_mean, EDUBAL_CV_SAMPLE),
		5.964534949443288, TOL);
}
END_TEST

START_TEST(test_mean_small)
{
	static const double v[] = { -1.0, -2.0, 6.0 };
	static const double w[] = { 1.0, 2.0, 1.0 };
	double mean = SENTINEL;
	/* (−1·1 − 2·2 + 6·1) / 4 = 1/4 */
	ASSERT_OK(edubal_stats_mean(v, 3, w, 3, EDUBAL_CV_OFFICIAL, &mean, ERR));
	ASSERT_REL(mean, 0.25, TOL);
	/* (−1 − 2 + 6) / 3 = 1 */
	ASSERT_OK(edubal_stats_mean(v, 3, w, 3, EDUBAL_CV_UNWEIGHTED, &mean,
		ERR));
	ASSERT_REL(mean, 1.0, TOL);
	/* No weights under the official method: equal weights. */
	ASSERT_OK(edubal_stats_mean(v, 3, NULL, 0, EDUBAL_CV_OFFICIAL, &mean,
		ERR));
	ASSERT_REL(mean, 1.0, TOL);
}
END_TEST

START_TEST(test_mean_unknown_method)
{
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "method", 0, NULL),
		edubal_stats_mean(v3, 3, NULL, 0, (enum edubal_cv_method) 3, &out,
			err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "method", 0, NULL),
		edubal_stats_mean(v3, 3, w3, 3, (enum edubal_cv_method) -1, &out,
			err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_sd
 * ------------------------------------------------------------------- */

/* SPEC §1.1: S = sqrt(Σ P_i (X_i − X̄)² / P) = 3.263861 (published);
 * python fractions: 3.2638607051953756.  Unweighted population
 * 2.9152898126963422, n−1 form 3.2593930976508254. */
START_TEST(test_sd_spec_1_1)
{
	double sd = five_stat(edubal_stats_sd, EDUBAL_CV_OFFICIAL);
	ck_assert_double_eq_tol(sd, 3.263861, 1e-6);
	ASSERT_REL(sd, 3.2638607051953756, TOL);
	ASSERT_REL(five_stat(edubal_stats_sd, EDUBAL_CV_UNWEIGHTED),
		2.9152898126963422, TOL);
	ASSERT_REL(five_stat(edubal_stats_sd, EDUBAL_CV_SAMPLE),
		3.2593930976508254, TOL);
}
END_TEST

START_TEST(test_sd_small)
{
	static const double v[] = { 1.0, 3.0 };
	static const double w[] = { 1.0, 3.0 };
	double sd = SENTINEL;
	/* mean 10/4 = 2.5; (1·1.5² + 3·0.5²) / 4 = 3/4 → sqrt(0.75) */
	ASSERT_OK(edubal_stats_sd(v, 2, w, 2, EDUBAL_CV_OFFICIAL, &sd, ERR));
	ASSERT_REL(sd, sqrt(0.75), TOL);
	/* unweighted: mean 2, (1 + 1) / 2 = 1 → 1; sample: 2 / 1 → sqrt(2) */
	ASSERT_OK(edubal_stats_sd(v, 2, w, 2, EDUBAL_CV_UNWEIGHTED, &sd, ERR));
	ASSERT_REL(sd, 1.0, TOL);
	ASSERT_OK(edubal_stats_sd(v, 2, w, 2, EDUBAL_CV_SAMPLE, &sd, ERR));
	ASSERT_REL(sd, sqrt(2.0), TOL);
}
END_TEST

/* One value, or one value with positive weight, gives 0. */
START_TEST(test_sd_single)
{
	static const double v[] = { 3.0, 9.0, 5.0 };
	static const double w[] = { 0.0, 4.0, 0.0 };
	double sd = SENTINEL;
	ASSERT_OK(edubal_stats_sd(v, 1, NULL, 0, EDUBAL_CV_OFFICIAL, &sd, ERR));
	ck_assert_double_eq(sd, 0.0);
	sd = SENTINEL;
	ASSERT_OK(edubal_stats_sd(v, 1, NULL, 0, EDUBAL_CV_UNWEIGHTED, &sd, ERR));
	ck_assert_double_eq(sd, 0.0);
	sd = SENTINEL;
	ASSERT_OK(edubal_stats_sd(v, 3, w, 3, EDUBAL_CV_OFFICIAL, &sd, ERR));
	ck_assert_double_eq(sd, 0.0);
}
END_TEST

START_TEST(test_sd_constant)
{
	static const double v[] = { 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 };
	static const double w[] = { 3, 1, 4, 1, 5, 9, 2 };
	double sd = SENTINEL;
	ASSERT_OK(edubal_stats_sd(v, 7, w, 7, EDUBAL_CV_OFFICIAL, &sd, ERR));
	ck_assert_double_eq_tol(sd, 0.0, 1e-16);
}
END_TEST

START_TEST(test_sd_errors)
{
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "sample", 0, NULL),
		edubal_stats_sd(v3, 1, NULL, 0, EDUBAL_CV_SAMPLE, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "method", 0, NULL),
		edubal_stats_sd(v3, 3, NULL, 0, (enum edubal_cv_method) 7, &out,
			err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_cv
 * ------------------------------------------------------------------- */

/* SPEC §1.1: CV = S / X̄ = 3.263861 / 6.334437 = 0.515257 (published,
 * rounded 0.52); python fractions 0.5152566298844764. */
START_TEST(test_cv_spec_1_1_official)
{
	double cv = five_stat(edubal_stats_cv, EDUBAL_CV_OFFICIAL);
	ck_assert_double_eq_tol(cv, 0.515257, 1e-6);
	ASSERT_REL(cv, 0.5152566298844764, TOL);
	ck_assert_int_eq(EDUBAL_CV_OFFICIAL, 0); /* the default method */
}
END_TEST

/* SPEC §1.1: only the weighted formula reproduces the published value;
 * the default must not be any of the formulas of common libraries. */
START_TEST(test_cv_spec_1_1_default_is_not_other_methods)
{
	double cv = five_stat(edubal_stats_cv, EDUBAL_CV_OFFICIAL);
	ck_assert_double_gt(fabs(cv - 0.488771), 1e-3); /* unweighted */
	ck_assert_double_gt(fabs(cv - 0.546462), 1e-3); /* n − 1 */
	/* reliability weights: S² · a²/(a² − b), a = ΣP = 302,
	 * b = ΣP² = 20536 → CV 0.583623 (GSL's gsl_stats_wvariance) */
	ck_assert_double_gt(fabs(cv - 0.583623), 1e-3);
}
END_TEST

/* SPEC §1.1: unweighted population CV 0.488771 and n−1 CV 0.546462
 * (python: 2.9152898126963422 / 5.964534949443288 = 0.48877068160501713,
 * 3.2593930976508254 / 5.964534949443288 = 0.5464622347388621). */
START_TEST(test_cv_spec_1_1_other_methods)
{
	double unweighted = five_stat(edubal_stats_cv, EDUBAL_CV_UNWEIGHTED);
	double sample = five_stat(edubal_stats_cv, EDUBAL_CV_SAMPLE);
	ck_assert_double_eq_tol(unweighted, 0.488771, 1e-6);
	ck_assert_double_eq_tol(sample, 0.546462, 1e-6);
	ASSERT_REL(unweighted, 0.48877068160501713, TOL);
	ASSERT_REL(sample, 0.5464622347388621, TOL);
}
END_TEST

/* SPEC §1 rule: one school → CV 0; constant data → CV 0. */
START_TEST(test_cv_single_and_constant)
{
	static const double one[] = { 7.5 };
	static const double w1[] = { 120.0 };
	static const double same[] = { 2.5, 2.5, 2.5, 2.5 };
	static const double w4[] = { 10, 200, 3, 45 };
	double cv = SENTINEL;
	ASSERT_OK(edubal_stats_cv(one, 1, w1, 1, EDUBAL_CV_OFFICIAL, &cv, ERR));
	ck_assert_double_eq(cv, 0.0);
	cv = SENTINEL;
	ASSERT_OK(edubal_stats_cv(one, 1, NULL, 0, EDUBAL_CV_UNWEIGHTED, &cv,
		ERR));
	ck_assert_double_eq(cv, 0.0);
	cv = SENTINEL;
	ASSERT_OK(edubal_stats_cv(same, 4, w4, 4, EDUBAL_CV_OFFICIAL, &cv, ERR));
	ck_assert_double_eq_tol(cv, 0.0, 1e-15);
	cv = SENTINEL;
	ASSERT_OK(edubal_stats_cv(same, 4, NULL, 0, EDUBAL_CV_SAMPLE, &cv, ERR));
	ck_assert_double_eq_tol(cv, 0.0, 1e-15);
}
END_TEST

/* CV = S / |X̄|: a negative mean still gives a positive CV. */
START_TEST(test_cv_negative_mean)
{
	static const double v[] = { -1.0, -3.0 };
	double cv = SENTINEL;
	/* mean −2, S = sqrt((1 + 1) / 2) = 1 → CV = 1 / 2 */
	ASSERT_OK(edubal_stats_cv(v, 2, NULL, 0, EDUBAL_CV_OFFICIAL, &cv, ERR));
	ASSERT_REL(cv, 0.5, TOL);
}
END_TEST

/*
 * stats.h: "a zero weight removes its value from every result".  The
 * unweighted methods ignore the size of the weights, but a school with
 * weight 0 (e.g. one a profile excludes) must still be left out, and all
 * weights zero is EDUBAL_EDOM as for every method.
 */
START_TEST(test_cv_unweighted_zero_weights)
{
	static const double v[] = { 6.2, 100.0, 3.7, 10.5 };
	static const double w[] = { 45.0, 0.0, 37.0, 89.0 };
	static const double kept[] = { 6.2, 3.7, 10.5 };
	static const double one_left[] = { 0.0, 0.0, 37.0, 0.0 };
	static const enum edubal_cv_method methods[] = { EDUBAL_CV_UNWEIGHTED,
		EDUBAL_CV_SAMPLE };
	for (size_t k = 0; k < LEN(methods); k++) {
		double with_zero = SENTINEL, without = SENTINEL;
		ASSERT_OK(edubal_stats_cv(kept, 3, NULL, 0, methods[k], &without,
			ERR));
		ASSERT_OK(edubal_stats_cv(v, 4, w, 4, methods[k], &with_zero, ERR));
		ASSERT_REL(with_zero, without, TOL);
		EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "weight", 0, NULL),
			edubal_stats_cv(v, 4, w_zero4, 4, methods[k], &out, err));
	}
	/* one school left: the sample SD needs two */
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "", 0, NULL),
		edubal_stats_sd(v, 4, one_left, 4, EDUBAL_CV_SAMPLE, &out, err));
}
END_TEST

/* SPEC §1.1 with the values per 100 students: same CV. */
START_TEST(test_cv_spec_1_1_scaled)
{
	double x[5], cv = SENTINEL;
	five_values(x);
	for (size_t i = 0; i < 5; i++)
		x[i] *= 100.0;
	ASSERT_OK(edubal_stats_cv(x, 5, five_students, 5, EDUBAL_CV_OFFICIAL,
		&cv, ERR));
	ASSERT_REL(cv, 0.5152566298844764, TOL);
}
END_TEST

/*
 * 10^6 values x_i = 10^8 + (i mod 8)·3/128, all exact in binary.  Exactly:
 * mean = 10^8 + 3.5·3/128 = 100000000.08203125,
 * S = (3/128)·sqrt(var(0..7)) = (3/128)·sqrt(63/12),
 * CV = S / mean ≈ 5.3702058881211282e-10.
 * A naive running sum loses ~1e-3 in the mean (python: relative CV error
 * 2.3e-4 for a naive two-pass computation); compensated sums meet 1e-9.
 */
START_TEST(test_cv_large_n)
{
	size_t n = 1000000;
	double *x = malloc(n * sizeof *x), *w = malloc(n * sizeof *w);
	ck_assert_ptr_nonnull(x);
	ck_assert_ptr_nonnull(w);
	for (size_t i = 0; i < n; i++) {
		x[i] = 1e8 + (double) (i % 8) * 3.0 / 128.0;
		w[i] = 3.0;
	}
	double want_mean = 1e8 + 21.0 / 256.0;
	double want_sd = 3.0 / 128.0 * sqrt(63.0 / 12.0);
	double mean = SENTINEL, sd = SENTINEL, cv = SENTINEL;
	ASSERT_OK(edubal_stats_summary(x, n, NULL, 0, EDUBAL_CV_OFFICIAL, &mean,
		&sd, &cv, ERR));
	ck_assert_double_eq_tol(mean, want_mean, 1e-7); /* a few ulp of 1e8 */
	ASSERT_REL(sd, want_sd, 1e-9);
	ASSERT_REL(cv, want_sd / want_mean, 1e-9);
	ASSERT_OK(edubal_stats_cv(x, n, w, n, EDUBAL_CV_OFFICIAL, &cv, ERR));
	ASSERT_REL(cv, want_sd / want_mean, 1e-9);
	ASSERT_OK(edubal_stats_cv(x, n, NULL, 0, EDUBAL_CV_UNWEIGHTED, &cv, ERR));
	ASSERT_REL(cv, want_sd / want_mean, 1e-9);
	free(x);
	free(w);
}
END_TEST

START_TEST(test_cv_errors)
{
	static const double zero_mean[] = { -1.0, 1.0, 0.0 };
	/* SPEC §1: X̄ = 0 → CV undefined → error, never silently 0. */
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "mean", 0, NULL),
		edubal_stats_cv(zero_mean, 3, NULL, 0, EDUBAL_CV_OFFICIAL, &out,
			err));
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "mean", 0, NULL),
		edubal_stats_cv(zero_mean, 3, w3, 3, EDUBAL_CV_UNWEIGHTED, &out,
			err));
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "sample", 0, NULL),
		edubal_stats_cv(v3, 1, NULL, 0, EDUBAL_CV_SAMPLE, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "method", 0, NULL),
		edubal_stats_cv(v3, 3, NULL, 0, (enum edubal_cv_method) 3, &out,
			err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_summary
 * ------------------------------------------------------------------- */

/* SPEC §1.1, all three methods; each agrees with the single functions. */
START_TEST(test_summary_spec_1_1)
{
	static const struct {
		enum edubal_cv_method method;
		double mean, sd, cv;
	} want[] = {
		{ EDUBAL_CV_OFFICIAL, 6.3344370860927155, 3.2638607051953756,
		  0.5152566298844764 },
		{ EDUBAL_CV_UNWEIGHTED, 5.964534949443288, 2.9152898126963422,
		  0.48877068160501713 },
		{ EDUBAL_CV_SAMPLE, 5.964534949443288, 3.2593930976508254,
		  0.5464622347388621 },
	};
	double x[5];
	five_values(x);
	for (size_t k = 0; k < LEN(want); k++) {
		double mean = SENTINEL, sd = SENTINEL, cv = SENTINEL;
		ASSERT_OK(edubal_stats_summary(x, 5, five_students, 5,
			want[k].method, &mean, &sd, &cv, ERR));
		ASSERT_REL(mean, want[k].mean, TOL);
		ASSERT_REL(sd, want[k].sd, TOL);
		ASSERT_REL(cv, want[k].cv, TOL);
		ASSERT_REL(mean, five_stat(edubal_stats_mean, want[k].method), TOL);
		ASSERT_REL(sd, five_stat(edubal_stats_sd, want[k].method), TOL);
		ASSERT_REL(cv, five_stat(edubal_stats_cv, want[k].method), TOL);
	}
}
END_TEST

START_TEST(test_summary_errors)
{
	static const double zero_mean[] = { 2.0, -2.0 };
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "out", 0, NULL),
		edubal_stats_summary(v3, 3, w3, 3, EDUBAL_CV_OFFICIAL, NULL, &out2,
			&out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "out", 0, NULL),
		edubal_stats_summary(v3, 3, w3, 3, EDUBAL_CV_OFFICIAL, &out, NULL,
			&out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "out", 0, NULL),
		edubal_stats_summary(v3, 3, w3, 3, EDUBAL_CV_OFFICIAL, &out, &out2,
			NULL, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "mean", 0, NULL),
		edubal_stats_summary(zero_mean, 2, NULL, 0, EDUBAL_CV_OFFICIAL,
			&out, &out2, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "sample", 0, NULL),
		edubal_stats_summary(v3, 1, NULL, 0, EDUBAL_CV_SAMPLE, &out, &out2,
			&out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "method", 0, NULL),
		edubal_stats_summary(v3, 3, NULL, 0, (enum edubal_cv_method) 9,
			&out, &out2, &out3, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_composite_cv
 * ------------------------------------------------------------------- */

START_TEST(test_composite_small)
{
	static const double cvs[] = { 0.1, 0.2, 0.6 };
	static const double zeros[] = { 0.0, 0.0 };
	double c = SENTINEL;
	/* (0.1 + 0.2 + 0.6) / 3 = 0.3 */
	ASSERT_OK(edubal_stats_composite_cv(cvs, 3, &c, ERR));
	ASSERT_REL(c, 0.3, TOL);
	ASSERT_OK(edubal_stats_composite_cv(cvs + 2, 1, &c, ERR));
	ASSERT_REL(c, 0.6, TOL);
	ASSERT_OK(edubal_stats_composite_cv(zeros, 2, &c, ERR));
	ck_assert_double_eq(c, 0.0);
}
END_TEST

/* SPEC §3 published check data (合肥庐阳区) and SPEC §8 鸠江区 2023. */
START_TEST(test_composite_published)
{
	static const double luyang_primary[] = { .881, 1.299, .977, .379, .170,
	                                         .334, .286, .408 };
	static const double luyang_junior[] = { .353, .784, .146, .491, .037,
	                                        .226, .223, .253 };
	static const double jiujiang[] = { 0.297929, 0.501787, 0.401952,
	                                   0.288419, 0.37545, 0.312782,
	                                   0.394205 };
	double c = SENTINEL;
	/* 4.734 / 8 = 0.59175 → published 0.592 */
	ASSERT_OK(edubal_stats_composite_cv(luyang_primary, 8, &c, ERR));
	ASSERT_REL(c, 0.59175, TOL);
	/* 2.513 / 8 = 0.314125 → published 0.314 */
	ASSERT_OK(edubal_stats_composite_cv(luyang_junior, 8, &c, ERR));
	ASSERT_REL(c, 0.314125, TOL);
	/* 2.572524 / 7 = 0.36750343 → published 0.367503 */
	ASSERT_OK(edubal_stats_composite_cv(jiujiang, 7, &c, ERR));
	ck_assert_double_eq_tol(c, 0.367503, 1e-6);
}
END_TEST

START_TEST(test_composite_errors)
{
	static const double bad_nan[] = { 0.1, NAN, 0.3 };
	static const double bad_inf[] = { 0.1, 0.2, INFINITY };
	static const double bad_minf[] = { -INFINITY, 0.2 };
	static const double bad_neg[] = { 0.1, 0.2, -0.3 };
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "cvs", 0, NULL),
		edubal_stats_composite_cv(NULL, 3, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "n = 0", 0, NULL),
		edubal_stats_composite_cv(v3, 0, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "out", 0, NULL),
		edubal_stats_composite_cv(v3, 3, NULL, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "cvs[1]", 2, "cvs"),
		edubal_stats_composite_cv(bad_nan, 3, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "cvs[2]", 3, "cvs"),
		edubal_stats_composite_cv(bad_inf, 3, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "cvs[0]", 1, "cvs"),
		edubal_stats_composite_cv(bad_minf, 2, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "cvs[2]", 3, "cvs"),
		edubal_stats_composite_cv(bad_neg, 3, &out, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_gini
 * ------------------------------------------------------------------- */

static double
gini_ok(const double *v, size_t n, const double *w, size_t nw)
{
	return eval_ok(find_info("gini"), v, n, w, nw);
}

START_TEST(test_gini_hand)
{
	static const double v4[] = { 3.0, 1.0, 4.0, 2.0 };
	static const double v2[] = { 1.0, 3.0 };
	static const double w2[] = { 1.0, 3.0 };
	static const double v248[] = { 2.0, 4.0, 8.0 };
	static const double w121[] = { 1.0, 2.0, 1.0 };
	static const double top[] = { 0.0, 0.0, 1.0, 0.0 };
	/* G = ΣΣ|xi−xj| / (2n²μ) = 2·(1+2+3+1+2+1) / (2·16·2.5) = 20/80 = 0.25 */
	ASSERT_REL(gini_ok(v4, 4, NULL, 0), 0.25, TOL);
	/* W = 4, μ = 10/4; ΣΣ wi wj |xi−xj| = 2·1·3·2 = 12;
	 * G = 12 / (2·16·2.5) = 0.15 */
	ASSERT_REL(gini_ok(v2, 2, w2, 2), 0.15, TOL);
	/* W = 4, μ = 18/4 = 4.5; ΣΣ = 2·(1·2·2 + 1·1·6 + 2·1·4) = 36;
	 * G = 36 / (2·16·4.5) = 0.25 */
	ASSERT_REL(gini_ok(v248, 3, w121, 3), 0.25, TOL);
	/* one of four has everything: μ = 1/4, ΣΣ = 2·3·1 = 6;
	 * G = 6 / (2·16·0.25) = 0.75 = 1 − 1/n */
	ASSERT_REL(gini_ok(top, 4, NULL, 0), 0.75, TOL);
}
END_TEST

/* SPEC §1.1 data: python fractions ΣΣ Pi Pj |Xi−Xj| / (2 P² X̄)
 * = 166603/577726 = 0.2883771891865694. */
START_TEST(test_gini_spec_1_1)
{
	double x[5];
	five_values(x);
	ASSERT_REL(gini_ok(x, 5, five_students, 5), 0.2883771891865694, TOL);
}
END_TEST

START_TEST(test_gini_equal)
{
	static const double same[] = { 4.0, 4.0, 4.0 };
	static const double w[] = { 1.0, 5.0, 2.0 };
	static const double one[] = { 9.0 };
	ck_assert_double_eq_tol(gini_ok(same, 3, w, 3), 0.0, 1e-15);
	ck_assert_double_eq(gini_ok(one, 1, NULL, 0), 0.0);
}
END_TEST

START_TEST(test_gini_errors)
{
	static const double zeros[] = { 0.0, 0.0, 0.0 };
	static const double zero_mean_w[] = { 0.0, 5.0 };
	static const double w10[] = { 1.0, 0.0 };
	run_negative_value("gini");
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "mean", 0, NULL),
		edubal_stats_gini(zeros, 3, NULL, 0, &out, err));
	/* the only positive weight is on a zero: mean zero */
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "mean", 0, NULL),
		edubal_stats_gini(zero_mean_w, 2, w10, 2, &out, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_theil
 * ------------------------------------------------------------------- */

static double
theil_ok(enum edubal_theil_kind kind, const double *v, size_t n,
	const double *w, size_t nw)
{
	return eval_ok(find_info(kind == EDUBAL_THEIL_T ? "theil T" : "theil L"),
		v, n, w, nw);
}

START_TEST(test_theil_hand)
{
	static const double v13[] = { 1.0, 3.0 };
	static const double w13[] = { 1.0, 3.0 };
	/* μ = 2: T = ½[(1/2)ln(1/2) + (3/2)ln(3/2)] = 0.13081203594113697 */
	ASSERT_REL(theil_ok(EDUBAL_THEIL_T, v13, 2, NULL, 0),
		0.13081203594113697, TOL);
	/* L = ½[ln(2/1) + ln(2/3)] = ½ln(4/3) = 0.14384103622589042 */
	ASSERT_REL(theil_ok(EDUBAL_THEIL_L, v13, 2, NULL, 0),
		0.14384103622589042, TOL);
	/* W = 4, μ = 2.5: T = ¼[1·0.4·ln 0.4 + 3·1.2·ln 1.2]
	 * = 0.072460327927143631 */
	ASSERT_REL(theil_ok(EDUBAL_THEIL_T, v13, 2, w13, 2),
		0.072460327927143631, TOL);
	/* L = ¼[ln(2.5/1) + 3·ln(2.5/3)] = 0.092331515373072826 */
	ASSERT_REL(theil_ok(EDUBAL_THEIL_L, v13, 2, w13, 2),
		0.092331515373072826, TOL);
}
END_TEST

/* SPEC §1.1 data, python: T = (1/P) Σ Pi (Xi/X̄) ln(Xi/X̄),
 * L = (1/P) Σ Pi ln(X̄/Xi). */
START_TEST(test_theil_spec_1_1)
{
	double x[5];
	five_values(x);
	ASSERT_REL(theil_ok(EDUBAL_THEIL_T, x, 5, five_students, 5),
		0.14362955479650913, TOL);
	ASSERT_REL(theil_ok(EDUBAL_THEIL_L, x, 5, five_students, 5),
		0.17103714540013809, TOL);
}
END_TEST

/* T: 0·ln 0 = 0.  L: a zero with positive weight → EDUBAL_EDOM, with zero
 * weight it is excluded. */
START_TEST(test_theil_zeros)
{
	static const double v02[] = { 0.0, 2.0 };
	static const double v013[] = { 0.0, 1.0, 3.0 };
	static const double w011[] = { 0.0, 1.0, 1.0 };
	/* μ = 1: T = ½[0 + 2·ln 2] = ln 2 */
	ASSERT_REL(theil_ok(EDUBAL_THEIL_T, v02, 2, NULL, 0), log(2.0), TOL);
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "values[0]", 1, "values"),
		edubal_stats_theil(v02, 2, NULL, 0, EDUBAL_THEIL_L, &out, err));
	/* as {1, 3}: ½ln(4/3) */
	ASSERT_REL(theil_ok(EDUBAL_THEIL_L, v013, 3, w011, 3),
		0.14384103622589042, TOL);
}
END_TEST

START_TEST(test_theil_equal)
{
	static const double same[] = { 3.0, 3.0, 3.0, 3.0 };
	static const double w[] = { 1.0, 2.0, 3.0, 4.0 };
	ck_assert_double_eq_tol(theil_ok(EDUBAL_THEIL_T, same, 4, w, 4), 0.0,
		1e-15);
	ck_assert_double_eq_tol(theil_ok(EDUBAL_THEIL_L, same, 4, w, 4), 0.0,
		1e-15);
	ck_assert_double_eq_tol(theil_ok(EDUBAL_THEIL_T, same, 1, NULL, 0), 0.0,
		1e-15);
}
END_TEST

START_TEST(test_theil_errors)
{
	static const double zeros[] = { 0.0, 0.0 };
	run_negative_value("theil T");
	run_negative_value("theil L");
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "mean", 0, NULL),
		edubal_stats_theil(zeros, 2, NULL, 0, EDUBAL_THEIL_T, &out, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "kind", 0, NULL),
		edubal_stats_theil(v3, 3, NULL, 0, (enum edubal_theil_kind) 2, &out,
			err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "kind", 0, NULL),
		edubal_stats_theil(v3, 3, w3, 3, (enum edubal_theil_kind) -1, &out,
			err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_theil_decompose
 * ------------------------------------------------------------------- */

struct decomposition {
	double total, between, within;
};

static struct decomposition
decompose_ok(const double *v, size_t n, const double *w, size_t nw,
	const int *groups, enum edubal_theil_kind kind)
{
	struct decomposition d = { SENTINEL, SENTINEL, SENTINEL };
	ASSERT_OK(edubal_stats_theil_decompose(v, n, w, nw, groups, n, kind,
		&d.total, &d.between, &d.within, ERR));
	ck_assert_double_eq_tol(d.total, d.between + d.within, TOL);
	ASSERT_REL(d.total, theil_ok(kind, v, n, w, nw), TOL);
	return d;
}

static void
assert_decomposition(struct decomposition got, double total, double between,
	double within)
{
	ASSERT_REL(got.total, total, TOL);
	ASSERT_REL(got.between, between, TOL);
	ASSERT_REL(got.within, within, TOL);
}

/*
 * Groups 7 = {1, 3} and −5 = {2, 6}, equal weights; group 99 has only a
 * zero weight and is ignored.  μ = 3, μ7 = 2, μ−5 = 4.
 */
START_TEST(test_decompose_equal_weights)
{
	static const double v[] = { 1.0, 2.0, 3.0, 6.0, 50.0 };
	static const double w[] = { 1.0, 1.0, 1.0, 1.0, 0.0 };
	static const int g[] = { 7, -5, 7, -5, 99 };
	/* T total = ¼[(1/3)ln(1/3) + 1·ln 1 + (2/3)ln(2/3) + 2·ln 2]
	 * = 0.18744504820626945;
	 * s7 = 2·2/(4·3) = 1/3, s−5 = 2·4/12 = 2/3;
	 * between = (1/3)ln(2/3) + (2/3)ln(4/3) = 0.056633012265132426;
	 * T7 = T−5 = ½[½ln ½ + (3/2)ln(3/2)], within = T7
	 * = 0.13081203594113697 */
	assert_decomposition(decompose_ok(v, 5, w, 5, g, EDUBAL_THEIL_T),
		0.18744504820626945, 0.056633012265132426, 0.13081203594113697);
	/* L total = ¼[ln 3 + ln 1 + ln(3/2) + ln(1/2)] = ½ln(3/2)
	 * = 0.2027325540540822; p7 = p−5 = ½;
	 * between = ½ln(3/2) + ½ln(3/4) = ½ln(9/8) = 0.05889151782819173;
	 * within = L7 = ½ln(4/3) = 0.14384103622589042 */
	assert_decomposition(decompose_ok(v, 5, w, 5, g, EDUBAL_THEIL_L),
		0.2027325540540822, 0.05889151782819173, 0.14384103622589042);
}
END_TEST

/*
 * values 1 4 2 8 5, weights 2 1 1 3 1, groups 0 0 1 1 2.
 * W = 8, Σwx = 37, μ = 37/8; group 0: W0 = 3, μ0 = 6/3 = 2;
 * group 1: W1 = 4, μ1 = 26/4 = 6.5; group 2: W2 = 1, μ2 = 5.
 */
START_TEST(test_decompose_weighted)
{
	static const double v[] = { 1.0, 4.0, 2.0, 8.0, 5.0 };
	static const double w[] = { 2.0, 1.0, 1.0, 3.0, 1.0 };
	static const int g[] = { 0, 0, 1, 1, 2 };
	/* s = (6, 26, 5)/37; between = Σ s ln(μg/μ) = 0.11373793295376157;
	 * T0 = ⅓[2·½ln ½ + 2 ln 2] = ln2/3,
	 * T1 = ¼[(2/6.5)ln(2/6.5) + 3(8/6.5)ln(8/6.5)];
	 * within = (6/37)T0 + (26/37)T1 = 0.10844132765174236;
	 * total (python, direct) 0.22217926060550394 */
	assert_decomposition(decompose_ok(v, 5, w, 5, g, EDUBAL_THEIL_T),
		0.22217926060550394, 0.11373793295376157, 0.10844132765174236);
	/* p = (3, 4, 1)/8; between = Σ p ln(μ/μg) = 0.13446535074935079;
	 * L0 = ⅓[2 ln 2 + ln ½] = ln2/3, L1 = ¼[ln(6.5/2) + 3 ln(6.5/8)];
	 * within = (3/8)L0 + (4/8)L1 = 0.15611051032085727;
	 * total (python, direct) 0.29057586107020805 */
	assert_decomposition(decompose_ok(v, 5, w, 5, g, EDUBAL_THEIL_L),
		0.29057586107020805, 0.13446535074935079, 0.15611051032085727);
}
END_TEST

/* One group: all within.  One group per value: all between. */
START_TEST(test_decompose_extremes)
{
	static const double v[] = { 1.0, 4.0, 2.0, 8.0, 5.0 };
	static const double w[] = { 2.0, 1.0, 1.0, 3.0, 1.0 };
	static const int one[] = { 3, 3, 3, 3, 3 };
	static const int each[] = { 0, 1, 2, 3, 4 };
	for (int k = 0; k <= 1; k++) {
		enum edubal_theil_kind kind = (enum edubal_theil_kind) k;
		double total = theil_ok(kind, v, 5, w, 5);
		struct decomposition d = decompose_ok(v, 5, w, 5, one, kind);
		ck_assert_double_eq_tol(d.between, 0.0, TOL);
		ASSERT_REL(d.within, total, TOL);
		d = decompose_ok(v, 5, w, 5, each, kind);
		ck_assert_double_eq_tol(d.within, 0.0, TOL);
		ASSERT_REL(d.between, total, TOL);
	}
}
END_TEST

/* Theil T with a zero value inside a group: 0·ln 0 = 0. */
START_TEST(test_decompose_zero_value_t)
{
	static const double v[] = { 0.0, 2.0, 4.0 };
	static const int g[] = { 1, 1, 2 };
	/* μ = 2, μ1 = 1, μ2 = 4; total = ⅓[0 + 0 + 2 ln 2] = (2/3)ln 2;
	 * s1 = 2·1/(3·2) = 1/3, s2 = 4/6 = 2/3; T1 = ln 2 (as {0, 2}), T2 = 0;
	 * within = (1/3)ln 2; between = (1/3)ln(1/2) + (2/3)ln 2 = (1/3)ln 2 */
	struct decomposition d = decompose_ok(v, 3, NULL, 0, g, EDUBAL_THEIL_T);
	assert_decomposition(d, 2.0 / 3.0 * log(2.0), log(2.0) / 3.0,
		log(2.0) / 3.0);
}
END_TEST

/* Theil T with a group whose values are all zero: it has no share of the
 * total (s = 0) and adds nothing to either part. */
START_TEST(test_decompose_zero_group_t)
{
	static const double v[] = { 0.0, 0.0, 3.0, 5.0 };
	static const int g[] = { 1, 1, 2, 2 };
	/* μ = 2, μ2 = 4, s2 = 1; total = ¼[(3/2)ln(3/2) + (5/2)ln(5/2)]
	 * = 0.72473118... ; between = ln(4/2) = ln 2;
	 * within = T2 = ½[(3/4)ln(3/4) + (5/4)ln(5/4)] */
	double within = 0.5 * (0.75 * log(0.75) + 1.25 * log(1.25));
	struct decomposition d = decompose_ok(v, 4, NULL, 0, g, EDUBAL_THEIL_T);
	assert_decomposition(d, 0.25 * (1.5 * log(1.5) + 2.5 * log(2.5)),
		log(2.0), within);
}
END_TEST

START_TEST(test_decompose_errors)
{
	static const int g3[] = { 0, 1, 0 };
	static const double v0[] = { 0.0, 1.0, 2.0 };
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "groups", 0, NULL),
		edubal_stats_theil_decompose(v3, 3, w3, 3, NULL, 3, EDUBAL_THEIL_T,
			&out, &out2, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "groups", 0, NULL),
		edubal_stats_theil_decompose(v3, 3, w3, 3, NULL, 0, EDUBAL_THEIL_T,
			&out, &out2, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "groups", 0, NULL),
		edubal_stats_theil_decompose(v3, 3, w3, 3, g3, 2, EDUBAL_THEIL_L,
			&out, &out2, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "groups", 0, NULL),
		edubal_stats_theil_decompose(v3, 2, NULL, 0, g3, 3, EDUBAL_THEIL_L,
			&out, &out2, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "kind", 0, NULL),
		edubal_stats_theil_decompose(v3, 3, w3, 3, g3, 3,
			(enum edubal_theil_kind) 5, &out, &out2, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "out", 0, NULL),
		edubal_stats_theil_decompose(v3, 3, w3, 3, g3, 3, EDUBAL_THEIL_T,
			NULL, &out2, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "out", 0, NULL),
		edubal_stats_theil_decompose(v3, 3, w3, 3, g3, 3, EDUBAL_THEIL_T,
			&out, NULL, &out3, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "out", 0, NULL),
		edubal_stats_theil_decompose(v3, 3, w3, 3, g3, 3, EDUBAL_THEIL_T,
			&out, &out2, NULL, err));
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "values[0]", 1, "values"),
		edubal_stats_theil_decompose(v0, 3, w3, 3, g3, 3, EDUBAL_THEIL_L,
			&out, &out2, &out3, err));
	run_negative_value("theil_decompose");
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_quantile
 * ------------------------------------------------------------------- */

static double
quantile_ok(const double *v, size_t n, const double *w, size_t nw, double p)
{
	double q = SENTINEL;
	ASSERT_OK(edubal_stats_quantile(v, n, w, nw, p, &q, ERR));
	return q;
}

/* Equal weights: R's quantile(type = 1), x(ceil(n·p)), x(1) for p = 0. */
START_TEST(test_quantile_type1)
{
	static const double v[] = { 40.0, 10.0, 30.0, 20.0 };
	static const struct { double p, q; } want[] = {
		{ 0.0, 10.0 },   /* smallest value */
		{ 0.25, 10.0 },  /* n·p = 1 reached at x(1) */
		{ 0.26, 20.0 },  /* 1.04 → x(2) */
		{ 0.5, 20.0 },   /* 2 → x(2): no interpolation */
		{ 0.75, 30.0 },  /* 3 → x(3) */
		{ 0.76, 40.0 },  /* 3.04 → x(4) */
		{ 1.0, 40.0 },
	};
	for (size_t k = 0; k < LEN(want); k++)
		ck_assert_msg(quantile_ok(v, 4, NULL, 0, want[k].p) == want[k].q,
			"p = %g: want %g", want[k].p, want[k].q);
}
END_TEST

/* Sorted (value, weight): (0.5, 0) (1, 1) (3, 1) (5, 2) (100, 0); W = 4. */
START_TEST(test_quantile_weighted)
{
	static const double v[] = { 5.0, 1.0, 100.0, 3.0, 0.5 };
	static const double w[] = { 2.0, 1.0, 0.0, 1.0, 0.0 };
	static const struct { double p, q; } want[] = {
		{ 0.0, 1.0 },    /* smallest with positive weight, not 0.5 */
		{ 0.25, 1.0 },   /* p·W = 1: cumulative 1 ≥ 1 at 1 */
		{ 0.5, 3.0 },    /* 2: cumulative 1, 2 → 3 */
		{ 0.6, 5.0 },    /* 2.4: cumulative 4 at 5 */
		{ 1.0, 5.0 },    /* 4 reached at 5; 100 has no weight */
	};
	for (size_t k = 0; k < LEN(want); k++)
		ck_assert_msg(quantile_ok(v, 5, w, 5, want[k].p) == want[k].q,
			"p = %g: want %g", want[k].p, want[k].q);
}
END_TEST

/* p·n that rounds just above an integer: 0.28·25 = 7.000000000000001 in
 * binary, but 0.28 means 7/25, and R's type 1 (with its fuzz of a few ulp)
 * gives x(7); likewise 0.56·25 → x(14). */
START_TEST(test_quantile_rounding)
{
	double v[25];
	for (size_t i = 0; i < 25; i++)
		v[i] = (double) (i + 1);
	ck_assert_double_eq(quantile_ok(v, 25, NULL, 0, 0.28), 7.0);
	ck_assert_double_eq(quantile_ok(v, 25, NULL, 0, 0.56), 14.0);
	ck_assert_double_eq(quantile_ok(v, 25, NULL, 0, 0.2801), 8.0);
}
END_TEST

START_TEST(test_quantile_negative_values)
{
	static const double v[] = { 2.0, -3.0, -1.0 };
	ck_assert_double_eq(quantile_ok(v, 3, NULL, 0, 0.5), -1.0);
	ck_assert_double_eq(quantile_ok(v, 3, NULL, 0, 0.0), -3.0);
}
END_TEST

START_TEST(test_quantile_errors)
{
	static const double bad_p[] = { -0.1, 1.1, -1e-300, 1.0000000000000002,
	                                 NAN, INFINITY, -INFINITY };
	for (size_t k = 0; k < LEN(bad_p); k++)
		EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "p", 0, NULL),
			edubal_stats_quantile(v3, 3, w3, 3, bad_p[k], &out, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_range_ratio
 * ------------------------------------------------------------------- */

static double
range_ratio_ok(const double *v, size_t n, const double *w, size_t nw)
{
	return eval_ok(find_info("range_ratio"), v, n, w, nw);
}

START_TEST(test_range_ratio_hand)
{
	static const double v[] = { 8.0, 2.0, 4.0, 1.0 };
	static const double w[] = { 1.0, 19.0, 19.0, 1.0 };
	double v30[30];
	for (size_t i = 0; i < 30; i++)
		v30[i] = (double) (30 - i);
	/* W = 40; P5: 2 → cumulative 1, 20 → 2; P95: 38 → 1, 20, 39 → 4;
	 * 4 / 2 = 2 */
	ASSERT_REL(range_ratio_ok(v, 4, w, 4), 2.0, TOL);
	/* equal weights, n = 4: P5 = x(1) = 1, P95 = x(4) = 8 */
	ASSERT_REL(range_ratio_ok(v, 4, NULL, 0), 8.0, TOL);
	/* 1..30: P5 → 1.5 → x(2) = 2; P95 → 28.5 → x(29) = 29; 29/2 = 14.5 */
	ASSERT_REL(range_ratio_ok(v30, 30, NULL, 0), 14.5, TOL);
}
END_TEST

/* SPEC §1.1 data sorted: 160/76 (76), 137/37 (37), 279/45 (45),
 * 402/55 (55), 935/89 (89); P = 302.  P5: 15.1 → 160/76; P95: 286.9 →
 * cumulative 76, 113, 158, 213, 302 → 935/89;
 * ratio = 935·76 / (89·160) = 3553/712 = 4.990168539325842. */
START_TEST(test_range_ratio_spec_1_1)
{
	double x[5];
	five_values(x);
	ASSERT_REL(range_ratio_ok(x, 5, five_students, 5), 3553.0 / 712.0, TOL);
}
END_TEST

START_TEST(test_range_ratio_errors)
{
	static const double zero_p5[] = { 0.0, 1.0, 2.0 };
	run_negative_value("range_ratio");
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "P5", 0, NULL),
		edubal_stats_range_ratio(zero_p5, 3, NULL, 0, &out, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_mcloone
 * ------------------------------------------------------------------- */

static double
mcloone_ok(const double *v, size_t n, const double *w, size_t nw)
{
	return eval_ok(find_info("mcloone"), v, n, w, nw);
}

/* M = (Σ_{x<m} w·x + (W/2 − Σ_{x<m} w)·m) / (m·W/2) */
START_TEST(test_mcloone_hand)
{
	static const double v5[] = { 5.0, 1.0, 4.0, 2.0, 3.0 };
	static const double top[] = { 1000.0, 1.0, 4.0, 2.0, 3.0 };
	static const double v4[] = { 1.0, 2.0, 3.0, 4.0 };
	static const double ties[] = { 3.0, 1.0, 3.0, 3.0 };
	static const double v248[] = { 2.0, 4.0, 8.0 };
	static const double w121[] = { 1.0, 2.0, 1.0 };
	static const double v1510[] = { 10.0, 1.0, 5.0 };
	static const double w413[] = { 4.0, 3.0, 1.0 };
	/* W/2 = 2.5, m = 3 (cumulative 3 ≥ 2.5); below: 1 + 2, weight 2;
	 * (3 + 0.5·3) / (3·2.5) = 4.5/7.5 = 0.6 */
	ASSERT_REL(mcloone_ok(v5, 5, NULL, 0), 0.6, TOL);
	/* values above the median do not matter */
	ASSERT_REL(mcloone_ok(top, 5, NULL, 0), 0.6, TOL);
	/* W/2 = 2, m = 2 (cumulative 2 ≥ 2); (1 + 1·2) / (2·2) = 0.75 */
	ASSERT_REL(mcloone_ok(v4, 4, NULL, 0), 0.75, TOL);
	/* m = 3; below: 1, weight 1; (1 + 1·3) / (3·2) = 2/3 */
	ASSERT_REL(mcloone_ok(ties, 4, NULL, 0), 2.0 / 3.0, TOL);
	/* W/2 = 2, m = 4 (cumulative 1, 3); the median school supplies
	 * 1 of its 2: (2·1 + 1·4) / (4·2) = 0.75 */
	ASSERT_REL(mcloone_ok(v248, 3, w121, 3), 0.75, TOL);
	/* sorted (1, 3) (5, 1) (10, 4), W/2 = 4, m = 5 (cumulative 3, 4);
	 * (1·3 + 1·5) / (5·4) = 0.4 */
	ASSERT_REL(mcloone_ok(v1510, 3, w413, 3), 0.4, TOL);
}
END_TEST

/* SPEC §1.1 data: W/2 = 151, m = 279/45 = 6.2 (cumulative 76, 113, 158);
 * below: 160 + 137 = 297 books for 113 students;
 * M = (297 + 38·6.2) / (6.2·151) = 532.6 / 936.2 = 0.5688955351420637. */
START_TEST(test_mcloone_spec_1_1)
{
	double x[5];
	five_values(x);
	ASSERT_REL(mcloone_ok(x, 5, five_students, 5), 532.6 / 936.2, TOL);
}
END_TEST

START_TEST(test_mcloone_equal)
{
	static const double same[] = { 2.0, 2.0, 2.0 };
	static const double w[] = { 5.0, 1.0, 7.0 };
	ASSERT_REL(mcloone_ok(same, 3, w, 3), 1.0, TOL);
	ASSERT_REL(mcloone_ok(same, 1, NULL, 0), 1.0, TOL);
}
END_TEST

START_TEST(test_mcloone_errors)
{
	static const double zero_median[] = { 0.0, 0.0, 1.0 };
	run_negative_value("mcloone");
	EXPECT_FAILURE(FAIL(EDUBAL_EDOM, "median", 0, NULL),
		edubal_stats_mcloone(zero_median, 3, NULL, 0, &out, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * edubal_stats_share_below
 * ------------------------------------------------------------------- */

static double
share_ok(const double *v, size_t n, const double *w, size_t nw, double t)
{
	double s = SENTINEL;
	ASSERT_OK(edubal_stats_share_below(v, n, w, nw, t, &s, ERR));
	return s;
}

START_TEST(test_share_below_hand)
{
	static const double v[] = { 4.0, 1.0, 3.0, 2.0, -7.0 };
	static const double w[] = { 40.0, 10.0, 30.0, 20.0, 0.0 };
	/* strictly below 3: 10 + 20 of 100 */
	ASSERT_REL(share_ok(v, 5, w, 5, 3.0), 0.3, TOL);
	ASSERT_REL(share_ok(v, 5, w, 5, 2.5), 0.3, TOL);
	ck_assert_double_eq(share_ok(v, 5, w, 5, 1.0), 0.0);
	ck_assert_double_eq(share_ok(v, 5, w, 5, 4.5), 1.0);
	/* equal weights, below 3: 1, 2 and −7 of 5 */
	ASSERT_REL(share_ok(v, 5, NULL, 0, 3.0), 0.6, TOL);
}
END_TEST

/* SPEC §1.1 data, a standard of 6 books per student: schools 2 (37
 * students) and 4 (76) are below → 113/302 = 0.3741721854304636. */
START_TEST(test_share_below_spec_1_1)
{
	double x[5];
	five_values(x);
	ASSERT_REL(share_ok(x, 5, five_students, 5, 6.0), 113.0 / 302.0, TOL);
}
END_TEST

START_TEST(test_share_below_errors)
{
	static const double bad[] = { NAN, INFINITY, -INFINITY };
	for (size_t k = 0; k < LEN(bad); k++)
		EXPECT_FAILURE(FAIL(EDUBAL_EINVAL, "threshold", 0, NULL),
			edubal_stats_share_below(v3, 3, w3, 3, bad[k], &out, err));
}
END_TEST

/* ---------------------------------------------------------------------
 * Suites
 * ------------------------------------------------------------------- */

static TCase *
add_tcase(Suite *s, const char *name, const TTest *bad_input)
{
	TCase *tc = tcase_create(name);
	if (bad_input)
		tcase_add_loop_test(tc, bad_input, 0, (int) LEN(bad_inputs));
	suite_add_tcase(s, tc);
	return tc;
}

static Suite *
dispersion_suite(void)
{
	Suite *s = suite_create("stats: dispersion (SPEC §1)");
	TCase *tc = add_tcase(s, "mean", test_mean_bad_input);
	tcase_add_test(tc, test_mean_spec_1_1);
	tcase_add_test(tc, test_mean_spec_1_1_unweighted);
	tcase_add_test(tc, test_mean_small);
	tcase_add_test(tc, test_mean_unknown_method);
	tc = add_tcase(s, "sd", test_sd_bad_input);
	tcase_add_test(tc, test_sd_spec_1_1);
	tcase_add_test(tc, test_sd_small);
	tcase_add_test(tc, test_sd_single);
	tcase_add_test(tc, test_sd_constant);
	tcase_add_test(tc, test_sd_errors);
	tc = add_tcase(s, "cv", test_cv_bad_input);
	tcase_add_test(tc, test_cv_spec_1_1_official);
	tcase_add_test(tc, test_cv_spec_1_1_default_is_not_other_methods);
	tcase_add_test(tc, test_cv_spec_1_1_other_methods);
	tcase_add_test(tc, test_cv_single_and_constant);
	tcase_add_test(tc, test_cv_negative_mean);
	tcase_add_test(tc, test_cv_unweighted_zero_weights);
	tcase_add_test(tc, test_cv_spec_1_1_scaled);
	tcase_add_test(tc, test_cv_large_n);
	tcase_add_test(tc, test_cv_errors);
	tcase_set_timeout(tc, 60);
	tc = add_tcase(s, "summary", test_summary_bad_input);
	tcase_add_test(tc, test_summary_spec_1_1);
	tcase_add_test(tc, test_summary_errors);
	tc = add_tcase(s, "composite_cv", NULL);
	tcase_add_test(tc, test_composite_small);
	tcase_add_test(tc, test_composite_published);
	tcase_add_test(tc, test_composite_errors);
	return s;
}

static Suite *
inequality_suite(void)
{
	Suite *s = suite_create("stats: inequality (SPEC §1)");
	TCase *tc = add_tcase(s, "gini", test_gini_bad_input);
	tcase_add_test(tc, test_gini_hand);
	tcase_add_test(tc, test_gini_spec_1_1);
	tcase_add_test(tc, test_gini_equal);
	tcase_add_test(tc, test_gini_errors);
	tc = add_tcase(s, "theil", test_theil_t_bad_input);
	tcase_add_loop_test(tc, test_theil_l_bad_input, 0, (int) LEN(bad_inputs));
	tcase_add_test(tc, test_theil_hand);
	tcase_add_test(tc, test_theil_spec_1_1);
	tcase_add_test(tc, test_theil_zeros);
	tcase_add_test(tc, test_theil_equal);
	tcase_add_test(tc, test_theil_errors);
	tc = add_tcase(s, "theil_decompose", test_decompose_bad_input);
	tcase_add_test(tc, test_decompose_equal_weights);
	tcase_add_test(tc, test_decompose_weighted);
	tcase_add_test(tc, test_decompose_extremes);
	tcase_add_test(tc, test_decompose_zero_value_t);
	tcase_add_test(tc, test_decompose_zero_group_t);
	tcase_add_test(tc, test_decompose_errors);
	tc = add_tcase(s, "quantile", test_quantile_bad_input);
	tcase_add_test(tc, test_quantile_type1);
	tcase_add_test(tc, test_quantile_weighted);
	tcase_add_test(tc, test_quantile_rounding);
	tcase_add_test(tc, test_quantile_negative_values);
	tcase_add_test(tc, test_quantile_errors);
	tc = add_tcase(s, "range_ratio", test_range_ratio_bad_input);
	tcase_add_test(tc, test_range_ratio_hand);
	tcase_add_test(tc, test_range_ratio_spec_1_1);
	tcase_add_test(tc, test_range_ratio_errors);
	tc = add_tcase(s, "mcloone", test_mcloone_bad_input);
	tcase_add_test(tc, test_mcloone_hand);
	tcase_add_test(tc, test_mcloone_spec_1_1);
	tcase_add_test(tc, test_mcloone_equal);
	tcase_add_test(tc, test_mcloone_errors);
	tc = add_tcase(s, "share_below", test_share_below_bad_input);
	tcase_add_test(tc, test_share_below_hand);
	tcase_add_test(tc, test_share_below_spec_1_1);
	tcase_add_test(tc, test_share_below_errors);
	return s;
}

/* Properties every function must have, one loop index per function. */
static Suite *
property_suite(void)
{
	Suite *s = suite_create("stats: properties");
	TCase *tc = tcase_create("all functions");
	int n = (int) LEN(stat_infos);
	tcase_add_loop_test(tc, test_zero_weights_excluded, 0, n);
	tcase_add_loop_test(tc, test_permutation_invariant, 0, n);
	tcase_add_loop_test(tc, test_scaling, 0, n);
	tcase_add_loop_test(tc, test_weights_replicate, 0, n);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(dispersion_suite());
	srunner_add_suite(sr, inequality_suite());
	srunner_add_suite(sr, property_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
