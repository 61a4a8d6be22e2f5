/*
 * tests/thread/test_threads.c - thread safety (issue 11): 8 threads load
 * and evaluate 8 different datasets at once, each against its own
 * standard, and every report (text, JSON and CSV) must be byte for byte
 * the one a serial run produced.  A second round has 8 threads evaluate
 * one shared dataset and standard, which edubal/dataset.h allows ("a
 * dataset may be read by several threads at once").  A third has 8
 * threads ask for the reasons of one report at once: their texts are made
 * on first access, and all must get the same pointers and texts.
 *
 * Run under ThreadSanitizer (scripts/dev tsan, -Db_sanitize=thread) any
 * data race is reported and fails the test; without TSan the test still
 * checks that concurrent results equal serial ones.
 *
 * usage: test_threads SOURCE_ROOT
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

enum { THREADS = 8, ROUNDS = 20, KINDS = 5 };

static const char *root = ".";

struct job {
	const char *standard;
	const char *files[KINDS];   /* indexed by enum edubal_table_kind */
};

#define SAMPLE "data/sample/"
#define T "tests/data/"

/* Eight different datasets, each with a standard that reads it. */
static const struct job jobs[THREADS] = {
	{ "cn-2017-compulsory", { SAMPLE "schools.csv", NULL,
	  SAMPLE "counties.csv", NULL, NULL } },
	{ "cn-2012-compulsory-basic", { T "evaluate/pass-schools.csv", NULL, NULL,
	  NULL, NULL } },
	{ "cn-2017-compulsory", { T "evaluate/pass-schools.csv", NULL,
	  T "evaluate/pass-counties.csv", NULL, NULL } },
	{ "cn-class-size", { T "classes/maxima-schools.csv",
	  T "classes/classes-large.csv", NULL, NULL, NULL } },
	{ "cn-class-size", { T "evaluate/pass-schools.csv",
	  T "evaluate/classes-46.csv", NULL, NULL, NULL } },
	{ "cn-2020-preschool", { NULL, NULL, T "preschool/counties.csv",
	  T "preschool/kindergartens.csv", NULL } },
	{ "cn-special-funding-teachers", { NULL, NULL, NULL, NULL,
	  T "funding/funding.csv" } },
	{ "gd-jiedong-2023", { T "bad/bom-leading.csv", NULL, NULL, NULL,
	  NULL } },
};

/* What one job produced: its reports, or the error, as one string. */
static char *
append(char *acc, const char *part)
{
	size_t a = acc ? strlen(acc) : 0, b = strlen(part);
	char *out = realloc(acc, a + b + 2);
	if (!out) {
		free(acc);
		return NULL;
	}
	memcpy(out + a, part, b);
	out[a + b] = '\n';
	out[a + b + 1] = '\0';
	return out;
}

/* Errors are results too (compared like reports), marked as such. */
static const char FAILURE[] = "FAILED: ";

static char *
failure(const edubal_error *err)
{
	char *out = append(NULL, FAILURE);
	return out ? append(out, edubal_error_message(err)) : NULL;
}

static char *
render_all(const edubal_report *report, edubal_error *err)
{
	static const struct {
		enum edubal_report_format format;
		const char *lang;
	} outputs[] = {
		{ EDUBAL_FORMAT_TEXT, "zh" }, { EDUBAL_FORMAT_TEXT, "en" },
		{ EDUBAL_FORMAT_JSON, "en" }, { EDUBAL_FORMAT_CSV, "en" },
	};
	char *acc = NULL;
	for (size_t i = 0; i < sizeof outputs / sizeof *outputs; i++) {
		char *text = NULL;
		edubal_status st = edubal_report_render(report, outputs[i].format,
			outputs[i].lang, &text, err);
		acc = append(acc, st == EDUBAL_OK ? text : edubal_error_message(err));
		edubal_free(text);
		if (!acc)
			return NULL;
	}
	return acc;
}

static char *
evaluate(const edubal_standard *std, const edubal_dataset *ds,
	edubal_error *err)
{
	edubal_report *report = NULL;
	if (edubal_evaluate(std, ds, &report, err) != EDUBAL_OK)
		return failure(err);
	char *out = render_all(report, err);
	edubal_report_free(report);
	return out;
}

static edubal_dataset *
load(const struct job *job, edubal_error *err)
{
	edubal_dataset *ds = edubal_dataset_new();
	for (int k = 0; ds && k < KINDS; k++) {
		if (!job->files[k])
			continue;
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", root, job->files[k]);
		if (edubal_dataset_read_csv(ds, (enum edubal_table_kind) k, path,
		    err) != EDUBAL_OK) {
			edubal_dataset_free(ds);
			return NULL;
		}
	}
	return ds;
}

/* Load, open the standard, evaluate, render: everything a user does. */
static char *
run_job(const struct job *job)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	edubal_dataset *ds = NULL;
	char *out;
	if (!err)
		return NULL;
	if (edubal_standard_builtin(job->standard, &std, err) != EDUBAL_OK ||
	    !(ds = load(job, err)))
		out = failure(err);
	else
		out = evaluate(std, ds, err);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
	return out;
}

static char *serial[THREADS];
static pthread_barrier_t start_line;

struct worker {
	size_t job;
	const edubal_standard *shared_std;   /* round 2: shared inputs */
	const edubal_dataset *shared_ds;
	const char *expected;
	int mismatches;
};

static void *
work(void *arg)
{
	struct worker *w = arg;
	pthread_barrier_wait(&start_line);
	for (int r = 0; r < ROUNDS; r++) {
		char *out;
		if (w->shared_ds) {
			edubal_error *err = edubal_error_new();
			out = err ? evaluate(w->shared_std, w->shared_ds, err) : NULL;
			edubal_error_free(err);
		} else {
			out = run_job(&jobs[w->job]);
		}
		if (!out || strcmp(out, w->expected) != 0)
			w->mismatches++;
		free(out);
	}
	return NULL;
}

static int
run_threads(struct worker *workers)
{
	pthread_t threads[THREADS];
	int failed = 0;
	if (pthread_barrier_init(&start_line, NULL, THREADS) != 0)
		return 1;
	for (size_t t = 0; t < THREADS; t++)
		if (pthread_create(&threads[t], NULL, work, &workers[t]) != 0) {
			fprintf(stderr, "pthread_create failed\n");
			exit(1);   /* the barrier would wait forever */
		}
	for (size_t t = 0; t < THREADS; t++) {
		pthread_join(threads[t], NULL);
		if (workers[t].mismatches) {
			fprintf(stderr, "thread %zu: %d of %d results differ from the "
				"serial run\n", t, workers[t].mismatches, ROUNDS);
			failed = 1;
		}
	}
	pthread_barrier_destroy(&start_line);
	return failed;
}

/*
 * Round 3: one report read by every thread.  A reason's texts are made on
 * its first access (src/evaluate/reasons.h), so threads asking for the
 * same reason at once race to make them: every thread must get the same
 * pointers, and the texts of a serial report.  Each round reads a fresh
 * report, each thread starting at a different reason and part.
 */
#define REASONS_DATA T "reasons/schools.csv"

struct reasons_round {
	const edubal_report *report;
	size_t n;                 /* reasons of all counties */
	size_t *county, *index;   /* flat reason k is county[k]'s index[k] */
};

struct reader {
	const struct reasons_round *round;
	size_t start;
	const char **seen;        /* 3 per flat reason: code, zh, en */
};

static const char *
reason_part(const edubal_report *r, size_t c, size_t i, int part)
{
	return part == 0 ? edubal_report_reason_code(r, c, i) :
	       edubal_report_reason_message(r, c, i, part == 1 ? "zh" : "en");
}

static void *
read_reasons(void *arg)
{
	struct reader *rd = arg;
	const struct reasons_round *round = rd->round;
	pthread_barrier_wait(&start_line);
	for (size_t j = 0; j < round->n; j++) {
		size_t k = (rd->start + j) % round->n;
		for (int q = 0; q < 3; q++) {
			int part = (int) ((rd->start + (size_t) q) % 3);
			rd->seen[3 * k + (size_t) part] = reason_part(round->report,
				round->county[k], round->index[k], part);
		}
	}
	return NULL;
}

static edubal_report *
reasons_report(const edubal_standard *std, const edubal_dataset *ds)
{
	edubal_report *report = NULL;
	edubal_error *err = edubal_error_new();
	if (edubal_evaluate(std, ds, &report, err) != EDUBAL_OK)
		fprintf(stderr, "%s\n", edubal_error_message(err));
	edubal_error_free(err);
	return report;
}

/* Flat reasons of report; false when out of memory. */
static bool
flatten(struct reasons_round *round, const edubal_report *report)
{
	round->report = report;
	round->n = 0;
	for (size_t c = 0; c < edubal_report_county_count(report); c++)
		round->n += edubal_report_reason_count(report, c);
	round->county = malloc((round->n + 1) * sizeof *round->county);
	round->index = malloc((round->n + 1) * sizeof *round->index);
	if (!round->county || !round->index)
		return false;
	size_t k = 0;
	for (size_t c = 0; c < edubal_report_county_count(report); c++)
		for (size_t i = 0; i < edubal_report_reason_count(report, c); i++) {
			round->county[k] = c;
			round->index[k++] = i;
		}
	return true;
}

/* One round: 0 when every thread saw the same pointers and the serial
 * report's texts. */
static int
read_one_report(const edubal_report *report, const edubal_report *serial_r)
{
	struct reasons_round round;
	struct reader readers[THREADS];
	pthread_t threads[THREADS];
	int failed = !flatten(&round, report);
	for (size_t t = 0; t < THREADS && !failed; t++) {
		readers[t] = (struct reader) { &round, t * 5,
			calloc(3 * round.n + 1, sizeof(const char *)) };
		failed |= !readers[t].seen;
	}
	if (failed || pthread_barrier_init(&start_line, NULL, THREADS) != 0) {
		fprintf(stderr, "out of memory\n");
		exit(1);
	}
	for (size_t t = 0; t < THREADS; t++)
		if (pthread_create(&threads[t], NULL, read_reasons, &readers[t])) {
			fprintf(stderr, "pthread_create failed\n");
			exit(1);
		}
	for (size_t t = 0; t < THREADS; t++)
		pthread_join(threads[t], NULL);
	pthread_barrier_destroy(&start_line);
	for (size_t k = 0; k < 3 * round.n; k++) {
		const char *want = reason_part(serial_r, round.county[k / 3],
			round.index[k / 3], (int) (k % 3));
		for (size_t t = 0; t < THREADS; t++) {
			const char *got = readers[t].seen[k];
			if (got != readers[0].seen[k] || !got || strcmp(got, want)) {
				fprintf(stderr, "reason %zu part %zu: thread %zu saw %p "
					"\"%s\", thread 0 %p, serially \"%s\"\n", k / 3, k % 3,
					t, (const void *) got, got ? got : "(null)",
					(const void *) readers[0].seen[k], want);
				failed = 1;
			}
		}
	}
	for (size_t t = 0; t < THREADS; t++)
		free(readers[t].seen);
	free(round.county);
	free(round.index);
	return failed;
}

static int
shared_report_rounds(void)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	const struct job job = { "cn-2017-compulsory", { REASONS_DATA, NULL,
		NULL, NULL, NULL } };
	edubal_dataset *ds = load(&job, err);
	if (!ds || edubal_standard_builtin(job.standard, &std, err) !=
	    EDUBAL_OK) {
		fprintf(stderr, "%s\n", edubal_error_message(err));
		exit(1);
	}
	edubal_report *serial_r = reasons_report(std, ds);
	int failed = !serial_r;
	for (int r = 0; r < ROUNDS && !failed; r++) {
		edubal_report *report = reasons_report(std, ds);
		failed = !report || read_one_report(report, serial_r);
		edubal_report_free(report);
	}
	edubal_report_free(serial_r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	return failed;
}

int
main(int argc, char **argv)
{
	if (argc > 1)
		root = argv[1];
	int failed = 0;

	/* Serial runs first: the reference, and each job must succeed. */
	for (size_t j = 0; j < THREADS; j++) {
		serial[j] = run_job(&jobs[j]);
		if (!serial[j] || strncmp(serial[j], FAILURE, strlen(FAILURE)) == 0) {
			fprintf(stderr, "job %zu (%s) failed serially: %s", j,
				jobs[j].standard, serial[j] ? serial[j] : "out of memory\n");
			return 1;
		}
		for (size_t i = 0; i < j; i++)
			if (strcmp(serial[i], serial[j]) == 0) {
				fprintf(stderr, "jobs %zu and %zu give the same report: "
					"the datasets must differ\n", i, j);
				return 1;
			}
	}

	/* Round 1: eight different datasets at once. */
	struct worker workers[THREADS];
	for (size_t t = 0; t < THREADS; t++)
		workers[t] = (struct worker) { t, NULL, NULL, serial[t], 0 };
	failed |= run_threads(workers);
	printf("%s different datasets on %d threads x %d rounds\n",
		failed ? "FAIL" : "ok", THREADS, ROUNDS);

	/* Round 2: one dataset and one standard shared by every thread. */
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	edubal_dataset *ds = load(&jobs[0], err);
	if (!ds || edubal_standard_builtin(jobs[0].standard, &std, err) !=
	    EDUBAL_OK) {
		fprintf(stderr, "%s\n", edubal_error_message(err));
		return 1;
	}
	for (size_t t = 0; t < THREADS; t++)
		workers[t] = (struct worker) { 0, std, ds, serial[0], 0 };
	int shared_failed = run_threads(workers);
	printf("%s one shared dataset on %d threads x %d rounds\n",
		shared_failed ? "FAIL" : "ok", THREADS, ROUNDS);
	failed |= shared_failed;

	/* Round 3: the reasons of one report read by every thread at once. */
	int reasons_failed = shared_report_rounds();
	printf("%s one report's reasons read on %d threads x %d rounds\n",
		reasons_failed ? "FAIL" : "ok", THREADS, ROUNDS);
	failed |= reasons_failed;
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	for (size_t j = 0; j < THREADS; j++)
		free(serial[j]);
	return failed;
}
