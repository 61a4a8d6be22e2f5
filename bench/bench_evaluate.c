/*
 * bench/bench_evaluate.c - time the phases of an evaluation.
 *
 *   bench_evaluate SCHOOLS.csv COUNTIES.csv [REPEATS]
 *
 * Loads the two files (edubal_dataset_read_csv), evaluates them against the
 * built-in cn-2017-compulsory profile (edubal_evaluate) and renders the JSON
 * report (edubal_report_render), each phase REPEATS times (default 5), and
 * prints the median and minimum wall time of each phase in milliseconds,
 * the row counts and a tally of verdicts.  Then a micro-benchmark: the
 * official (enrollment-weighted) CV of 210,000 values, median of 20 runs.
 *
 * Each phase also shows the peak resident set size of the process so far
 * (getrusage), in MiB: a peak that grows at a phase is that phase's memory.
 *
 * The last line is a summary in key=value form for scripts (bench/harness.py).
 * A benchmark, not a test: it exits 0 whatever the timings are, 1 for a
 * usage error and 2 when a call fails (the message says which and why).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sys/resource.h>

#include <edubal/edubal.h>

#define DEFAULT_REPEATS 5
#define MAX_REPEATS 1000
#define CV_VALUES 210000
#define CV_RUNS 20
#define PROFILE "cn-2017-compulsory"

static double
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/* Peak resident set size of the process so far, MiB (0 if unknown). */
static double
peak_rss_mib(void)
{
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return 0;
	return (double) ru.ru_maxrss / 1024.0;  /* Linux: KiB */
}

static int
compare_doubles(const void *a, const void *b)
{
	double x = *(const double *) a, y = *(const double *) b;
	return (x > y) - (x < y);
}

struct timing {
	double median, min;
	double peak_mib;   /* peak RSS after the phase */
};

/* Sorts t in place. */
static struct timing
summarize(double *t, size_t n)
{
	qsort(t, n, sizeof *t, compare_doubles);
	struct timing r;
	r.peak_mib = 0;
	r.min = t[0];
	r.median = n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
	return r;
}

static int
fail(const char *what, edubal_status st, const edubal_error *err)
{
	const char *msg = err ? edubal_error_message(err) : "";
	fprintf(stderr, "bench_evaluate: %s: %s%s%s\n", what,
		edubal_strerror(st), *msg ? ": " : "", msg);
	return 2;
}

static edubal_status
load(const char *schools, const char *counties, edubal_dataset **out,
	edubal_error *err)
{
	edubal_dataset *ds = edubal_dataset_new();
	if (!ds)
		return EDUBAL_ENOMEM;
	edubal_status st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		schools, err);
	if (st == EDUBAL_OK && counties)
		st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES, counties,
			err);
	if (st != EDUBAL_OK) {
		edubal_dataset_free(ds);
		return st;
	}
	*out = ds;
	return EDUBAL_OK;
}

static void
print_timing(const char *phase, struct timing t, const char *extra)
{
	printf("  %-12s %12.3f %12.3f %10.1f   %s\n", phase, t.median, t.min,
		t.peak_mib, extra);
}

/* Deterministic pseudo-random doubles in [lo, hi) (xorshift64*). */
static double
next_uniform(unsigned long long *state, double lo, double hi)
{
	unsigned long long x = *state;
	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	*state = x;
	unsigned long long r = (x * 0x2545F4914F6CDD1DULL) >> 11;
	return lo + (hi - lo) * ((double) r / 9007199254740992.0);
}

/* Official CV of CV_VALUES values with enrollment weights. */
static int
bench_cv(struct timing *out, double *out_cv)
{
	double *x = malloc(CV_VALUES * sizeof *x);
	double *w = malloc(CV_VALUES * sizeof *w);
	double t[CV_RUNS];
	edubal_error *err = edubal_error_new();
	int rc = 0;
	if (!x || !w || !err) {
		fprintf(stderr, "bench_evaluate: out of memory\n");
		rc = 2;
		goto done;
	}
	unsigned long long state = 0x9E3779B97F4A7C15ULL;
	for (size_t i = 0; i < CV_VALUES; i++) {
		x[i] = next_uniform(&state, 2.0, 12.0);
		w[i] = (double) (int) next_uniform(&state, 20.0, 2000.0);
	}
	double cv = 0;
	for (size_t r = 0; r < CV_RUNS; r++) {
		double t0 = now_ms();
		edubal_status st = edubal_stats_cv(x, CV_VALUES, w, CV_VALUES,
			EDUBAL_CV_OFFICIAL, &cv, err);
		t[r] = now_ms() - t0;
		if (st != EDUBAL_OK) {
			rc = fail("edubal_stats_cv", st, err);
			goto done;
		}
	}
	*out = summarize(t, CV_RUNS);
	*out_cv = cv;
done:
	free(x);
	free(w);
	edubal_error_free(err);
	return rc;
}

static int
usage(void)
{
	fprintf(stderr, "usage: bench_evaluate SCHOOLS.csv COUNTIES.csv "
		"[REPEATS]\n"
		"  times loading, evaluating (" PROFILE ") and rendering JSON,\n"
		"  REPEATS times each (default %d); COUNTIES may be '-' for none\n",
		DEFAULT_REPEATS);
	return 1;
}

int
main(int argc, char **argv)
{
	if (argc < 3 || argc > 4)
		return usage();
	const char *schools = argv[1];
	const char *counties = strcmp(argv[2], "-") == 0 ? NULL : argv[2];
	size_t repeats = DEFAULT_REPEATS;
	if (argc == 4) {
		char *end;
		long r = strtol(argv[3], &end, 10);
		if (*end != '\0' || r < 1 || r > MAX_REPEATS)
			return usage();
		repeats = (size_t) r;
	}

	double *t_load = calloc(repeats, sizeof *t_load);
	double *t_eval = calloc(repeats, sizeof *t_eval);
	double *t_json = calloc(repeats, sizeof *t_json);
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	edubal_dataset *ds = NULL;
	edubal_report *report = NULL;
	edubal_status st;
	int rc = 2;
	if (!t_load || !t_eval || !t_json || !err) {
		fprintf(stderr, "bench_evaluate: out of memory\n");
		goto done;
	}
	st = edubal_standard_builtin(PROFILE, &std, err);
	if (st != EDUBAL_OK) {
		fail("edubal_standard_builtin", st, err);
		goto done;
	}

	/* Load: both tables, into a fresh dataset each time. */
	for (size_t r = 0; r < repeats; r++) {
		edubal_dataset_free(ds);
		ds = NULL;
		double t0 = now_ms();
		st = load(schools, counties, &ds, err);
		t_load[r] = now_ms() - t0;
		if (st != EDUBAL_OK) {
			fail("edubal_dataset_read_csv", st, err);
			goto done;
		}
	}
	double peak_load = peak_rss_mib();

	/* Evaluate: a new report each time; keep the last. */
	for (size_t r = 0; r < repeats; r++) {
		edubal_report_free(report);
		report = NULL;
		double t0 = now_ms();
		st = edubal_evaluate(std, ds, &report, err);
		t_eval[r] = now_ms() - t0;
		if (st != EDUBAL_OK) {
			fail("edubal_evaluate", st, err);
			goto done;
		}
	}
	double peak_eval = peak_rss_mib();

	/* Render the JSON report. */
	size_t json_bytes = 0;
	for (size_t r = 0; r < repeats; r++) {
		char *text = NULL;
		double t0 = now_ms();
		st = edubal_report_render(report, EDUBAL_FORMAT_JSON, "en", &text,
			err);
		t_json[r] = now_ms() - t0;
		if (st != EDUBAL_OK) {
			fail("edubal_report_render", st, err);
			goto done;
		}
		json_bytes = strlen(text);
		edubal_free(text);
	}
	double peak_json = peak_rss_mib();

	size_t n_schools = edubal_dataset_rows(ds, EDUBAL_TABLE_SCHOOLS);
	size_t n_counties = edubal_dataset_rows(ds, EDUBAL_TABLE_COUNTIES);
	size_t n_evaluated = edubal_report_county_count(report);
	size_t tally[3] = {0, 0, 0};
	for (size_t c = 0; c < n_evaluated; c++) {
		enum edubal_verdict v;
		st = edubal_report_verdict(report, c, &v, err);
		if (st != EDUBAL_OK) {
			fail("edubal_report_verdict", st, err);
			goto done;
		}
		if ((size_t) v < 3)
			tally[v]++;
	}

	struct timing load_t = summarize(t_load, repeats);
	struct timing eval_t = summarize(t_eval, repeats);
	struct timing json_t = summarize(t_json, repeats);
	load_t.peak_mib = peak_load;
	eval_t.peak_mib = peak_eval;
	json_t.peak_mib = peak_json;
	struct timing cv_t = {0, 0, 0};
	double cv = 0;
	if (bench_cv(&cv_t, &cv) != 0)
		goto done;
	cv_t.peak_mib = peak_rss_mib();

	char extra[96];
	printf("edubal %s, profile %s, %zu repeats\n", edubal_version(),
		edubal_standard_id(std), repeats);
	printf("data: %s%s%s\n", schools, counties ? ", " : "",
		counties ? counties : "");
	printf("rows: %zu schools, %zu counties in counties.csv, "
		"%zu counties evaluated\n", n_schools, n_counties, n_evaluated);
	printf("verdicts: pass %zu, fail %zu, incomplete %zu\n",
		tally[EDUBAL_VERDICT_PASS], tally[EDUBAL_VERDICT_FAIL],
		tally[EDUBAL_VERDICT_INCOMPLETE]);
	printf("  %-12s %12s %12s %10s\n", "phase", "median ms", "min ms",
		"peak MiB");
	snprintf(extra, sizeof extra, "%.2f us/school",
		n_schools ? load_t.median * 1e3 / (double) n_schools : 0.0);
	print_timing("load", load_t, extra);
	snprintf(extra, sizeof extra, "%.2f us/school",
		n_schools ? eval_t.median * 1e3 / (double) n_schools : 0.0);
	print_timing("evaluate", eval_t, extra);
	snprintf(extra, sizeof extra, "%zu bytes", json_bytes);
	print_timing("render_json", json_t, extra);
	snprintf(extra, sizeof extra, "n=%d, %d runs, %.2f ns/value, cv=%.6f",
		CV_VALUES, CV_RUNS, cv_t.median * 1e6 / CV_VALUES, cv);
	print_timing("stats_cv", cv_t, extra);
	printf("summary: schools=%zu counties=%zu pass=%zu fail=%zu "
		"incomplete=%zu load_ms=%.3f evaluate_ms=%.3f render_ms=%.3f "
		"json_bytes=%zu cv_ms=%.4f peak_mib=%.1f\n",
		n_schools, n_evaluated, tally[EDUBAL_VERDICT_PASS],
		tally[EDUBAL_VERDICT_FAIL], tally[EDUBAL_VERDICT_INCOMPLETE],
		load_t.median, eval_t.median, json_t.median, json_bytes,
		cv_t.median, peak_json);
	rc = 0;
done:
	edubal_report_free(report);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
	free(t_load);
	free(t_eval);
	free(t_json);
	return rc;
}
