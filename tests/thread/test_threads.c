/*
 * tests/thread/test_threads.c - thread safety (issue 11): 8 threads load
 * and evaluate 8 different datasets at once, each against its own
 * standard, and every report (text, JSON and CSV) must be byte for byte
 * the one a serial run produced.  A second round has 8 threads evaluate
 * one shared dataset and standard, which edubal/dataset.h allows ("a
 * dataset may be read by several threads at once").
 *
 * Run under ThreadSanitizer (scripts/dev tsan, -Db_sanitize=thread) any
 * data race is reported and fails the test; without TSan the test still
 * checks that concurrent results equal serial ones.
 *
 * usage: test_threads SOURCE_ROOT
 */
#include <pthread.h>
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
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	for (size_t j = 0; j < THREADS; j++)
		free(serial[j]);
	return failed;
}
