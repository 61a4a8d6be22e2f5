/*
 * bench/bench_project.c - time the projection models at national scale.
 *
 *   bench_project [COUNTIES [REPEATS]]
 *
 * For each of COUNTIES counties (default 2,850) it generates, from a
 * seeded stream of its own (so the same arguments give the same numbers),
 * a base population by single age 0..18, survival, migration rates, three
 * years of births and three observed years of enrollment in grades 1..9,
 * and then, through the C API of include/edubal/project.h, runs what
 * `edubal project` runs for one county:
 *
 *   cohort     edubal_cohort_project: base year 2025 and 19 more years
 *              (20 years), 19 ages (SPEC §7.1), births extrapolated by
 *              the linear trend;
 *   grades     edubal_grades_project: grades 1..9 observed 2023..2025,
 *              ratios fitted (mean), intake fitted from the projected
 *              population aged 6 (SPEC §7.2), to 2044;
 *   sections   for primary (grades 1..6) and junior (7..9), each of the 20
 *              years: classes, planning-standard seats of the residents,
 *              seat gap against capacity and new schools (SPEC §7.3),
 *              teachers required and the gap against current staff (§7.4).
 *
 * The inputs are generated before the clock starts; each repeat runs every
 * county once and the median and minimum over REPEATS (default 5) are
 * printed, in total and per phase (the sum over counties of each phase's
 * own clock), with the peak resident set size of the program.  A checksum of the outputs
 * (projected students, classes, seats, schools, teachers) shows that runs
 * computed the same thing.
 *
 * The last line is a summary in key=value form for bench/harness.py.
 * A benchmark, not a test: it exits 0 whatever the timings are, 1 for a
 * usage error and 2 when a call fails (the message says which and why).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sys/resource.h>

#include <edubal/edubal.h>

#define DEFAULT_COUNTIES 2850
#define MAX_COUNTIES 100000
#define DEFAULT_REPEATS 5
#define MAX_REPEATS 1000
#define AGES 19          /* 0 .. 18, the last an open group */
#define BASE_YEAR 2025
#define YEARS 20         /* BASE_YEAR .. LAST_YEAR */
#define LAST_YEAR (BASE_YEAR + YEARS - 1)
#define OBSERVED 3       /* enrollment observed BASE_YEAR-2 .. BASE_YEAR */
#define FIRST_OBSERVED (BASE_YEAR - OBSERVED + 1)
#define GRADES 9         /* 1 .. 9 */
#define BIRTH_YEARS 3    /* births given BASE_YEAR .. BASE_YEAR+2 */
#define SOURCE_YEARS (LAST_YEAR - FIRST_OBSERVED + 1)
#define SECTIONS 2
#define PHASES 3

/* What one section of the planning rules uses (the CLI's defaults, SPEC §5,
 * and planning standards of a typical province). */
struct section {
	size_t g_lo, g_hi;         /* grade indexes, 0 = grade 1 */
	double class_size;         /* students per class */
	double per_1000;           /* planning seats per 1,000 residents */
	double school_seats;       /* seats of a standard new school */
	double students_per_teacher;
};

static const struct section sections[SECTIONS] = {
	{0, 5, 45.0, 80.0, 1350.0, 19.0},   /* primary: grades 1..6 */
	{6, 8, 50.0, 40.0, 1500.0, 13.5},   /* junior: grades 7..9 */
};

/* One county's generated inputs. */
struct county {
	double base[AGES];
	double survival[AGES];
	double migration[AGES];        /* net rates */
	double births[BIRTH_YEARS];
	double observed[OBSERVED * GRADES];
	double capacity[SECTIONS];
	double staff[SECTIONS];
};

static double
now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double) ts.tv_sec * 1e3 + (double) ts.tv_nsec / 1e6;
}

/*
 * Peak resident set size of this program, MiB.  VmHWM of /proc/self/status
 * first: getrusage's ru_maxrss survives execve on Linux, so under a Python
 * harness it would report the harness's own peak.
 */
static double
peak_rss_mib(void)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	double kib = -1;
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "VmHWM: %lf kB", &kib) == 1)
			break;
	if (f)
		fclose(f);
	if (kib >= 0)
		return kib / 1024.0;
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

/* Median of t (sorted in place). */
static double
median(double *t, size_t n)
{
	qsort(t, n, sizeof *t, compare_doubles);
	return n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
}

/* splitmix64: a stream per county seeded by its index, so county k's
 * inputs do not depend on how many counties are generated. */
static double
uniform(unsigned long long *state, double lo, double hi)
{
	unsigned long long z = (*state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	z ^= z >> 31;
	return lo + (hi - lo) * ((double) (z >> 11) / 9007199254740992.0);
}

/*
 * County k: a cohort of 2,000 to 12,000 per age, births falling 1–3 % a
 * year (as in most counties since 2017), survival near 1, net migration of
 * −1 % to +1 % a year, enrollment of the observed years from the cohort
 * then of that age (97–100 % enrolled), capacity and staff within ±15 % of
 * the base year's need.
 */
static void
generate(size_t k, struct county *c)
{
	unsigned long long s = 0x5EED0000ULL + (unsigned long long) k;
	double size = uniform(&s, 2000.0, 12000.0);
	double decline = uniform(&s, 0.01, 0.03);
	for (size_t a = 0; a < AGES; a++) {
		/* Older ages were born when births were higher. */
		c->base[a] = floor(size * (1.0 - decline * (18.0 - (double) a)
			/ 18.0) * uniform(&s, 0.95, 1.05));
		c->survival[a] = a == 0 ? uniform(&s, 0.993, 0.997) :
			uniform(&s, 0.9990, 0.9998);
		c->migration[a] = uniform(&s, -0.01, 0.01);
	}
	for (size_t y = 0; y < BIRTH_YEARS; y++)
		c->births[y] = floor(c->base[0] * (1.0 - decline * (double) (y + 1))
			* uniform(&s, 0.98, 1.02));
	/* Grade g in year BASE_YEAR - back was the cohort aged 6+g then, which
	 * is aged 6+g+back in the base year. */
	for (size_t y = 0; y < OBSERVED; y++) {
		size_t back = OBSERVED - 1 - y;
		for (size_t g = 0; g < GRADES; g++) {
			size_t age = 6 + g + back;
			double cohort = c->base[age < AGES ? age : AGES - 1];
			c->observed[y * GRADES + g] = floor(cohort *
				uniform(&s, 0.97, 1.0));
		}
	}
	for (size_t i = 0; i < SECTIONS; i++) {
		const struct section *sec = &sections[i];
		double students = 0;
		for (size_t g = sec->g_lo; g <= sec->g_hi; g++)
			students += c->observed[(OBSERVED - 1) * GRADES + g];
		c->capacity[i] = floor(students * uniform(&s, 0.85, 1.15));
		c->staff[i] = floor(students / sec->students_per_teacher *
			uniform(&s, 0.85, 1.15));
	}
}

struct totals {
	double ms[PHASES];      /* cohort, grades, sections */
	double checksum;
};

static edubal_status
run_cohort(const struct county *c, edubal_population **out, edubal_error *err)
{
	edubal_cohort *m = edubal_cohort_new();
	edubal_status st = m ? EDUBAL_OK : EDUBAL_ENOMEM;
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_base(m, BASE_YEAR, c->base, AGES, err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_survival(m, c->survival, AGES, err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_migration(m, EDUBAL_MIGRATION_RATES,
			c->migration, AGES, err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_births(m, BASE_YEAR, c->births, BIRTH_YEARS,
			err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_set_births_method(m, EDUBAL_BIRTHS_LINEAR, err);
	if (st == EDUBAL_OK)
		st = edubal_cohort_project(m, LAST_YEAR, out, err);
	edubal_cohort_free(m);
	return st;
}

/* Intake source: the population aged 6, FIRST_OBSERVED .. LAST_YEAR.  The
 * years before the base year are the base-year cohorts that were 6 then
 * (aged 6 + years back now), so the intake rate can be fitted over the
 * observed years. */
static void
intake_source(const struct county *c, const edubal_population *p,
	double *src)
{
	for (size_t i = 0; i < SOURCE_YEARS; i++) {
		int year = FIRST_OBSERVED + (int) i;
		src[i] = year < BASE_YEAR ?
			c->base[6 + (size_t) (BASE_YEAR - year)] :
			edubal_population_count(p, (size_t) (year - BASE_YEAR), 6);
	}
}

static edubal_status
run_grades(const struct county *c, const edubal_population *p,
	edubal_enrollment **out, edubal_error *err)
{
	double src[SOURCE_YEARS];
	intake_source(c, p, src);
	edubal_grades *m = edubal_grades_new();
	edubal_status st = m ? EDUBAL_OK : EDUBAL_ENOMEM;
	if (st == EDUBAL_OK)
		st = edubal_grades_set_observed(m, FIRST_OBSERVED, c->observed,
			OBSERVED * GRADES, GRADES, err);
	if (st == EDUBAL_OK)
		st = edubal_grades_set_fit(m, EDUBAL_RATIO_MEAN, OBSERVED - 1, err);
	if (st == EDUBAL_OK)
		st = edubal_grades_set_intake(m, FIRST_OBSERVED, src, SOURCE_YEARS,
			0, NAN, err);
	if (st == EDUBAL_OK)
		st = edubal_grades_project(m, LAST_YEAR, out, err);
	edubal_grades_free(m);
	return st;
}

/* Seats, classes, gap, new schools and teachers of both sections, every
 * year BASE_YEAR .. LAST_YEAR; adds the outputs to *checksum. */
static edubal_status
run_sections(const struct county *c, const edubal_population *p,
	const edubal_enrollment *e, double *checksum, edubal_error *err)
{
	double residents[YEARS], students[YEARS], classes[YEARS], seats[YEARS],
		need[YEARS], gap[YEARS], schools[YEARS], teachers[YEARS],
		tgap[YEARS];
	for (size_t y = 0; y < YEARS; y++)
		residents[y] = edubal_population_group(p, y, 0, AGES - 1);
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < SECTIONS; i++) {
		const struct section *sec = &sections[i];
		for (size_t y = 0; y < YEARS; y++)
			students[y] = edubal_enrollment_sum(e, OBSERVED - 1 + y,
				sec->g_lo, sec->g_hi);
		st = edubal_project_classes(students, YEARS, sec->class_size,
			classes, YEARS, err);
		if (st == EDUBAL_OK)
			st = edubal_project_standard_seats(residents, YEARS,
				sec->per_1000, seats, YEARS, err);
		for (size_t y = 0; st == EDUBAL_OK && y < YEARS; y++)
			need[y] = fmax(students[y], seats[y]);
		if (st == EDUBAL_OK)
			st = edubal_project_seat_gap(need, YEARS, c->capacity[i],
				sec->school_seats, gap, YEARS, schools, YEARS, err);
		if (st == EDUBAL_OK)
			st = edubal_project_teachers(students, YEARS, NULL, 0,
				sec->students_per_teacher, 0, c->staff[i], teachers,
				YEARS, tgap, YEARS, err);
		for (size_t y = 0; st == EDUBAL_OK && y < YEARS; y++)
			*checksum += students[y] + classes[y] + need[y] + schools[y]
				+ teachers[y];
	}
	return st;
}

/* Every county once; each phase on its own clock. */
static int
run_all(const struct county *counties, size_t n, struct totals *t,
	edubal_error *err)
{
	memset(t, 0, sizeof *t);
	for (size_t k = 0; k < n; k++) {
		edubal_population *p = NULL;
		edubal_enrollment *e = NULL;
		const char *what = "edubal_cohort_project";
		double t0 = now_ms();
		edubal_status st = run_cohort(&counties[k], &p, err);
		double t1 = now_ms();
		if (st == EDUBAL_OK) {
			what = "edubal_grades_project";
			st = run_grades(&counties[k], p, &e, err);
		}
		double t2 = now_ms();
		if (st == EDUBAL_OK) {
			what = "sections";
			st = run_sections(&counties[k], p, e, &t->checksum, err);
		}
		double t3 = now_ms();
		edubal_enrollment_free(e);
		edubal_population_free(p);
		if (st != EDUBAL_OK) {
			fprintf(stderr, "bench_project: county %zu: %s: %s: %s\n",
				k + 1, what, edubal_strerror(st),
				edubal_error_message(err));
			return 2;
		}
		t->ms[0] += t1 - t0;
		t->ms[1] += t2 - t1;
		t->ms[2] += t3 - t2;
	}
	return 0;
}

static int
usage(void)
{
	fprintf(stderr, "usage: bench_project [COUNTIES [REPEATS]]\n"
		"  projects COUNTIES generated counties (default %d), %d years,\n"
		"  %d ages, REPEATS times (default %d)\n", DEFAULT_COUNTIES, YEARS,
		AGES, DEFAULT_REPEATS);
	return 1;
}

static int
parse_count(const char *s, long max, size_t *out)
{
	char *end;
	long v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || v < 1 || v > max)
		return -1;
	*out = (size_t) v;
	return 0;
}

int
main(int argc, char **argv)
{
	size_t n = DEFAULT_COUNTIES, repeats = DEFAULT_REPEATS;
	if (argc > 3 || (argc > 1 && parse_count(argv[1], MAX_COUNTIES, &n)) ||
	    (argc > 2 && parse_count(argv[2], MAX_REPEATS, &repeats)))
		return usage();
	struct county *counties = malloc(n * sizeof *counties);
	double *t[PHASES + 1];
	for (size_t i = 0; i <= PHASES; i++)
		t[i] = calloc(repeats, sizeof *t[i]);
	edubal_error *err = edubal_error_new();
	int rc = 2;
	if (!counties || !t[0] || !t[1] || !t[2] || !t[3] || !err) {
		fprintf(stderr, "bench_project: out of memory\n");
		goto done;
	}
	for (size_t k = 0; k < n; k++)
		generate(k, &counties[k]);

	double checksum = 0, total_min = INFINITY;
	for (size_t r = 0; r < repeats; r++) {
		struct totals tot;
		double t0 = now_ms();
		if (run_all(counties, n, &tot, err) != 0)
			goto done;
		t[0][r] = now_ms() - t0;
		total_min = fmin(total_min, t[0][r]);
		for (size_t i = 0; i < PHASES; i++)
			t[i + 1][r] = tot.ms[i];
		if (r > 0 && tot.checksum != checksum) {
			fprintf(stderr, "bench_project: repeat %zu computed another "
				"checksum (%.17g, not %.17g)\n", r + 1, tot.checksum,
				checksum);
			goto done;
		}
		checksum = tot.checksum;
	}
	double total = median(t[0], repeats), cohort = median(t[1], repeats),
		grades = median(t[2], repeats), sect = median(t[3], repeats);
	printf("edubal %s, %zu counties x %d years x %d ages, %zu repeats\n",
		edubal_version(), n, YEARS, AGES, repeats);
	printf("  %-10s %12s\n", "phase", "median ms");
	printf("  %-10s %12.3f   min %.3f ms, %.2f us/county\n", "total", total,
		total_min, total * 1e3 / (double) n);
	printf("  %-10s %12.3f\n", "cohort", cohort);
	printf("  %-10s %12.3f\n", "grades", grades);
	printf("  %-10s %12.3f\n", "sections", sect);
	printf("checksum %.17g, peak %.1f MiB\n", checksum, peak_rss_mib());
	printf("summary: counties=%zu years=%d ages=%d total_ms=%.3f "
		"min_ms=%.3f cohort_ms=%.3f grades_ms=%.3f sections_ms=%.3f "
		"checksum=%.17g peak_mib=%.1f\n", n, YEARS, AGES, total, total_min,
		cohort, grades, sect, checksum, peak_rss_mib());
	rc = 0;
done:
	for (size_t i = 0; i <= PHASES; i++)
		free(t[i]);
	free(counties);
	edubal_error_free(err);
	return rc;
}
