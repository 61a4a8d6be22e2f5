/*
 * Unit tests of the gap-closing planner (SPEC §7.7) against independent
 * calculations written out here: a brute-force search over every
 * combination of additions for step 1, hand-computed plans for the bundled
 * sample county, and weighted CVs recomputed from the planned amounts.
 *
 * argv[1]: the source root (data/sample and tests/data/plan are read).
 */
#include <check.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

static const char *root;

static char *
path_of(const char *rel)
{
	static char buf[8][4096];
	static int next;
	char *p = buf[next++ % 8];
	snprintf(p, 4096, "%s/%s", root, rel);
	return p;
}

/* The 2017 resources in profile order (SPEC §2.1) and their scales. */
#define NRES 7
static const char *const resources[NRES] = {"qualified_teachers",
	"backbone_teachers", "pe_art_teachers", "teaching_room_area",
	"sports_area", "equipment_value", "multimedia_classrooms"};
static const double scale[NRES] = {100, 100, 100, 1, 1, 1, 100};
/* SPEC §2.1 小学 thresholds, written out independently of the profile. */
static const double primary_threshold[NRES] = {4.2, 1.0, 0.9, 4.5, 7.5,
	2000, 2.3};
static const bool per_section[NRES] = {true, true, true, false, false, false,
	false};

/* A primary school: id, students and the seven resource amounts. */
struct school {
	const char *id;
	double students;
	double amount[NRES];
};

static edubal_standard *
std2017(void)
{
	edubal_standard *std = NULL;
	ck_assert_int_eq(edubal_standard_builtin("cn-2017-compulsory", &std,
		NULL), EDUBAL_OK);
	return std;
}

/* A dataset of primary schools of county "K" built from arrays. */
static edubal_dataset *
primary_county(const struct school *s, size_t n)
{
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	const char *ids[16], *county[16], *type[16];
	double students[16], teachers[16], amount[16];
	ck_assert(n <= 16);
	ck_assert_int_eq(edubal_dataset_begin_table(ds, EDUBAL_TABLE_SCHOOLS, n,
		"schools", err), EDUBAL_OK);
	for (size_t i = 0; i < n; i++) {
		ids[i] = s[i].id;
		county[i] = "K";
		type[i] = "primary";
		students[i] = s[i].students;
		teachers[i] = s[i].amount[0] + s[i].amount[1] + s[i].amount[2] + 5;
	}
	ck_assert_int_eq(edubal_dataset_set_text(ds, EDUBAL_TABLE_SCHOOLS,
		"school_id", ids, n, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, EDUBAL_TABLE_SCHOOLS,
		"county_id", county, n, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_text(ds, EDUBAL_TABLE_SCHOOLS,
		"type", type, n, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, EDUBAL_TABLE_SCHOOLS,
		"students_primary", students, n, NULL, 0, err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_set_numbers(ds, EDUBAL_TABLE_SCHOOLS,
		"teachers_primary", teachers, n, NULL, 0, err), EDUBAL_OK);
	for (int r = 0; r < NRES; r++) {
		char name[64];
		snprintf(name, sizeof name, "%s%s", resources[r],
			per_section[r] ? "_primary" : "");
		for (size_t i = 0; i < n; i++)
			amount[i] = s[i].amount[r];
		ck_assert_msg(edubal_dataset_set_numbers(ds, EDUBAL_TABLE_SCHOOLS,
			name, amount, n, NULL, 0, err) == EDUBAL_OK, "%s",
			edubal_error_message(err));
	}
	ck_assert_msg(edubal_dataset_end_table(ds, EDUBAL_TABLE_SCHOOLS, err) ==
		EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_error_free(err);
	return ds;
}

static edubal_plan_inputs *
inputs_with(const double cost[NRES], const double step[NRES])
{
	edubal_plan_inputs *in = edubal_plan_inputs_new();
	ck_assert_ptr_nonnull(in);
	for (int r = 0; r < NRES; r++)
		ck_assert_int_eq(edubal_plan_inputs_set_cost(in, resources[r],
			cost[r], step[r], NULL, NULL), EDUBAL_OK);
	return in;
}

static edubal_plan *
make_plan(const edubal_standard *std, const edubal_dataset *ds,
	const edubal_plan_inputs *in)
{
	edubal_plan *plan = NULL;
	edubal_error *err = edubal_error_new();
	edubal_status st = edubal_plan_compute(std, ds, in, &plan, err);
	ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_error_free(err);
	return plan;
}

static double
row_number(const edubal_plan *plan, size_t r, enum edubal_plan_number_field f)
{
	double x = NAN;
	ck_assert_int_eq(edubal_plan_row_number(plan, r, f, &x, NULL), EDUBAL_OK);
	return x;
}

/* Sum of a numeric field over the rows of one resource at one school. */
static double
planned(const edubal_plan *plan, const char *school, const char *resource,
	enum edubal_plan_number_field f)
{
	double total = 0;
	for (size_t r = 0; r < edubal_plan_row_count(plan); r++) {
		if (strcmp(edubal_plan_row_text(plan, r, EDUBAL_PLAN_SCHOOL_ID),
		    school) == 0 && strcmp(edubal_plan_row_text(plan, r,
		    EDUBAL_PLAN_RESOURCE), resource) == 0)
			total += row_number(plan, r, f);
	}
	return total;
}

/*
 * Brute force of SPEC §2.2 for one primary school: try every combination
 * of additions (in steps, up to max_steps[r] of each resource) and keep
 * the cheapest one after which at least 6 of 7 indicators meet the
 * standard and every indicator reaches 85% of it.
 */
static double
brute_force_min_cost(const struct school *s, const double cost[NRES],
	const double step[NRES], const int max_steps[NRES])
{
	double best = INFINITY;
	int a[NRES] = {0};
	for (;;) {
		int met = 0;
		bool floor_ok = true;
		double c = 0;
		for (int r = 0; r < NRES; r++) {
			double x = (s->amount[r] + a[r] * step[r]) * scale[r] / s->students;
			met += x >= primary_threshold[r];
			floor_ok = floor_ok && x >= 0.85 * primary_threshold[r];
			c += a[r] * step[r] * cost[r];
		}
		if (met >= 6 && floor_ok && c < best)
			best = c;
		int r = 0;
		while (r < NRES && ++a[r] > max_steps[r])
			a[r++] = 0;
		if (r == NRES)
			return best;
	}
}

/* Two well-equipped schools keep the county's CVs low, so that only
 * step 1 adds anything. */
static const struct school good1 = {"G1", 60,
	{3, 1, 1, 300, 480, 130000, 2}};
static const struct school good2 = {"G2", 55,
	{3, 1, 1, 260, 430, 120000, 2}};

static void
check_against_brute_force(const struct school *failing,
	const double cost[NRES], const double step[NRES],
	const int max_steps[NRES])
{
	struct school all[3] = {*failing, good1, good2};
	edubal_standard *std = std2017();
	edubal_dataset *ds = primary_county(all, 3);
	edubal_plan_inputs *in = inputs_with(cost, step);
	edubal_plan *plan = make_plan(std, ds, in);
	double step1 = 0, step2 = 0;
	for (size_t r = 0; r < edubal_plan_row_count(plan); r++) {
		ck_assert_str_eq(edubal_plan_row_text(plan, r, EDUBAL_PLAN_SCHOOL_ID),
			failing->id);
		int k = 0;
		while (strcmp(resources[k], edubal_plan_row_text(plan, r,
		       EDUBAL_PLAN_RESOURCE)) != 0)
			k++;
		step1 += row_number(plan, r, EDUBAL_PLAN_ADDITION_RULE) * cost[k];
		step2 += row_number(plan, r, EDUBAL_PLAN_ADDITION_CV);
	}
	double want = brute_force_min_cost(failing, cost, step, max_steps);
	ck_assert_msg(isfinite(want), "the brute force found no plan");
	ck_assert_double_eq_tol(step1, want, 1e-6);
	ck_assert_double_eq(step2, 0);
	double county_cost;
	ck_assert_int_eq(edubal_plan_county_number(plan, 0,
		EDUBAL_PLAN_COUNTY_COST, &county_cost, NULL), EDUBAL_OK);
	ck_assert_double_eq_tol(county_cost, want, 1e-6);
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}

/*
 * A 50-pupil school: qualified 2.0 per 100 (< 4.2, >= 85%: 3.57), no
 * backbone teacher (0 < 85%), PE/art met, rooms 3.6 m² (< 85% of 4.5),
 * sports 6.0 m² (< 85% of 7.5), equipment 1800 (>= 85%), multimedia
 * 2.0 per 100 (>= 85% of 2.3).  Several indicators are below the floor,
 * so the choice of the one left below standard decides the cost.
 */
static const struct school poor = {"F", 50, {1, 0, 1, 180, 300, 90000, 1}};
static const double steps[NRES] = {1, 1, 1, 10, 10, 1000, 1};
static const int ranges[NRES] = {3, 2, 1, 6, 10, 12, 2};

START_TEST(spec77_step1_equals_brute_force_cheap_area)
{
	const double cost[NRES] = {100000, 120000, 100000, 3000, 500, 1, 60000};
	check_against_brute_force(&poor, cost, steps, ranges);
}
END_TEST

START_TEST(spec77_step1_equals_brute_force_dear_teachers)
{
	/* Teachers so dear that leaving qualified teachers at the floor wins. */
	const double cost[NRES] = {900000, 120000, 100000, 100, 50, 1, 60000};
	check_against_brute_force(&poor, cost, steps, ranges);
}
END_TEST

START_TEST(spec77_step1_equals_brute_force_dear_equipment)
{
	/* Equipment dear: it should be the indicator left below standard. */
	const double cost[NRES] = {1000, 1000, 1000, 100, 50, 500, 1000};
	check_against_brute_force(&poor, cost, steps, ranges);
}
END_TEST

START_TEST(spec77_step1_equals_brute_force_one_short)
{
	/* 120 pupils, every indicator met but backbone teachers (0, below
	 * the floor 0.85 per 100): one backbone teacher gives 0.83 < 0.85, so
	 * two are needed (240,000 元). */
	const struct school one = {"F1", 120, {6, 0, 2, 560, 950, 250000, 3}};
	const double cost[NRES] = {100000, 120000, 100000, 3000, 500, 1, 60000};
	const int r[NRES] = {2, 3, 2, 3, 3, 3, 2};
	check_against_brute_force(&one, cost, steps, r);
}
END_TEST

/* Costs of data/sample/costs.csv. */
static edubal_plan_inputs *
sample_inputs(void)
{
	edubal_plan_inputs *in = edubal_plan_inputs_new();
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_plan_inputs_read_costs(in,
		path_of("data/sample/costs.csv"), err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_error_free(err);
	return in;
}

static edubal_dataset *
sample_dataset(void)
{
	edubal_dataset *ds = edubal_dataset_new();
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		path_of("data/sample/schools.csv"), NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
		path_of("data/sample/counties.csv"), NULL), EDUBAL_OK);
	return ds;
}

/*
 * SPEC §7.7 on the bundled sample county.  School C03000-0000 (725
 * pupils) has 4205.9 m² of sports ground (5.801 m², below 85% of 7.5 =
 * 6.375) and 11 multimedia rooms (1.517 per 100, below 85% of 2.3 =
 * 1.955): both below the floor, so one must reach the standard and the
 * other the floor.  By hand, with the sample costs (500 元/m², 60,000
 * 元/room):
 *   sports to the floor: 6.375 × 725 = 4621.875 → +416 m² = 208,000
 *   rooms to standard: 2.3 × 7.25 = 16.675 → 17 rooms, +6 = 360,000
 *   total 568,000 元;
 *   the other way: sports 7.5 × 725 = 5437.5 → +1232 m² = 616,000,
 *   rooms 1.955 × 7.25 = 14.17 → 15, +4 = 240,000: 856,000 元.
 */
START_TEST(spec77_sample_plan_makes_failing_school_pass)
{
	edubal_standard *std = std2017();
	edubal_dataset *ds = sample_dataset();
	edubal_plan_inputs *in = sample_inputs();
	edubal_plan *plan = make_plan(std, ds, in);
	ck_assert_uint_eq(edubal_plan_county_count(plan), 1);
	double before, after, cost, schools;
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_PASS_BEFORE,
		&before, NULL);
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_PASS_AFTER, &after,
		NULL);
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_COST, &cost, NULL);
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_SCHOOLS, &schools,
		NULL);
	ck_assert_double_eq(before, 0);
	ck_assert_double_eq(after, 1);
	ck_assert_double_eq(schools, 1);
	ck_assert_double_eq_tol(cost, 568000, 1e-6);
	ck_assert_double_eq(planned(plan, "C03000-0000", "sports_area",
		EDUBAL_PLAN_ADDITION), 416);
	ck_assert_double_eq(planned(plan, "C03000-0000", "multimedia_classrooms",
		EDUBAL_PLAN_ADDITION), 6);
	ck_assert_uint_eq(edubal_plan_row_count(plan), 2);
	/* After: (4205.9 + 416) / 725 and 17 / 725 × 100, by hand. */
	ck_assert_double_eq_tol(planned(plan, "C03000-0000", "sports_area",
		EDUBAL_PLAN_TARGET), 4621.9 / 725, 1e-12);
	ck_assert_double_eq_tol(planned(plan, "C03000-0000",
		"multimedia_classrooms", EDUBAL_PLAN_TARGET), 1700.0 / 725, 1e-12);

	/* Step 3's report is an ordinary evaluation: the school now passes
	 * and no resource reason is left for the county. */
	const edubal_report *rep = edubal_plan_report(plan);
	ck_assert_ptr_nonnull(rep);
	for (size_t i = 0; i < edubal_report_reason_count(rep, 0); i++)
		ck_assert_msg(strncmp(edubal_report_reason_code(rep, 0, i),
			"resource.", 9) != 0, "left: %s",
			edubal_report_reason_code(rep, 0, i));
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST

/*
 * plan.h: a plan keeps no reference to its arguments.  The units come
 * from costs.csv ("m2", "room", ...);
 * reading them after the inputs, dataset and standard are freed must give
 * the same text (ASan catches a dangling pointer here).
 */
START_TEST(plan_outlives_its_arguments)
{
	edubal_standard *std = std2017();
	edubal_dataset *ds = sample_dataset();
	edubal_plan_inputs *in = sample_inputs();
	edubal_plan *plan = make_plan(std, ds, in);
	char *before = NULL;
	ck_assert_int_eq(edubal_plan_render(plan, EDUBAL_FORMAT_JSON, "en",
		&before, NULL), EDUBAL_OK);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	char *after = NULL;
	ck_assert_int_eq(edubal_plan_render(plan, EDUBAL_FORMAT_JSON, "en",
		&after, NULL), EDUBAL_OK);
	ck_assert_str_eq(after, before);
	for (size_t r = 0; r < edubal_plan_row_count(plan); r++)
		ck_assert_str_ne(edubal_plan_row_text(plan, r, EDUBAL_PLAN_UNIT), "");
	edubal_free(before);
	edubal_free(after);
	edubal_plan_free(plan);
}
END_TEST

START_TEST(spec77_passing_county_gets_empty_plan)
{
	const struct school all[2] = {good1, good2};
	edubal_standard *std = std2017();
	edubal_dataset *ds = primary_county(all, 2);
	edubal_plan_inputs *in = sample_inputs();
	edubal_plan *plan = make_plan(std, ds, in);
	double before, cost;
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_PASS_BEFORE,
		&before, NULL);
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_COST, &cost, NULL);
	ck_assert_double_eq(before, 1);
	ck_assert_double_eq(cost, 0);
	ck_assert_uint_eq(edubal_plan_row_count(plan), 0);
	char *csv = NULL;
	ck_assert_int_eq(edubal_plan_render(plan, EDUBAL_FORMAT_CSV, NULL, &csv,
		NULL), EDUBAL_OK);
	ck_assert_str_eq(csv, "county_id,school_id,section,indicator,resource,"
		"unit,current,target,threshold,addition,addition_rule,addition_cv,"
		"cost,shared\n");
	edubal_free(csv);
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST


/*
 * SPEC §2.3 and §7.7: a nine-year school of 100 + 100 pupils shares its 2
 * multimedia rooms 1 : 1.1, so the primary section holds 2 × 100/210 =
 * 0.952 per 100 (< 85% of 2.3) and the junior 2 × 110/210 = 1.048 (< 85%
 * of 2.4); every other indicator is met.  By hand: the primary section
 * needs R × 100/210 ≥ 0.85 × 2.3 even when it is the one left below, so R
 * ≥ 4.1055 → 5 rooms, which also gives the junior 5 × 110/210 = 2.619 ≥
 * 2.4.  Three rooms, bought once (180,000 元), appear on both sections'
 * rows marked shared.
 */
START_TEST(spec77_combined_school_shares_its_rooms)
{
	edubal_standard *std = std2017();
	edubal_dataset *ds = edubal_dataset_new();
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		path_of("tests/data/plan/nine-year.csv"), NULL), EDUBAL_OK);
	edubal_plan_inputs *in = sample_inputs();
	edubal_plan *plan = make_plan(std, ds, in);
	ck_assert_uint_eq(edubal_plan_row_count(plan), 2);
	for (size_t r = 0; r < 2; r++) {
		ck_assert_str_eq(edubal_plan_row_text(plan, r, EDUBAL_PLAN_RESOURCE),
			"multimedia_classrooms");
		ck_assert_double_eq(row_number(plan, r, EDUBAL_PLAN_ADDITION), 3);
		ck_assert_double_eq(row_number(plan, r, EDUBAL_PLAN_SHARED), 1);
	}
	ck_assert_str_eq(edubal_plan_row_text(plan, 0, EDUBAL_PLAN_SECTION),
		"primary");
	ck_assert_double_eq_tol(row_number(plan, 0, EDUBAL_PLAN_TARGET),
		5.0 * 100 / 210, 1e-12);
	ck_assert_double_eq_tol(row_number(plan, 1, EDUBAL_PLAN_TARGET),
		5.0 * 110 / 210, 1e-12);
	double cost;
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_COST, &cost, NULL);
	ck_assert_double_eq_tol(cost, 180000, 1e-6);
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST

static void
expect_plan_error(const edubal_plan_inputs *in, edubal_status want,
	const char *const *needles)
{
	edubal_standard *std = std2017();
	edubal_dataset *ds = sample_dataset();
	edubal_error *err = edubal_error_new();
	edubal_plan *plan = (edubal_plan *) 1;
	ck_assert_int_eq(edubal_plan_compute(std, ds, in, &plan, err), want);
	ck_assert_ptr_eq(plan, (edubal_plan *) 1);
	for (; *needles; needles++)
		ck_assert_msg(strstr(edubal_error_message(err), *needles), "\"%s\" "
			"lacks \"%s\"", edubal_error_message(err), *needles);
	edubal_error_free(err);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}

/* No land for sports ground at C03000-0000: its sports area (below 85%)
 * can never pass, whatever else is added. */
START_TEST(spec77_infeasible_limit_names_school_and_indicator)
{
	edubal_plan_inputs *in = sample_inputs();
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_plan_inputs_read_limits(in,
		path_of("tests/data/plan/limits-no-land.csv"), err), EDUBAL_OK);
	const char *const needles[] = {"limits-no-land.csv", "row 2",
		"C03000-0000", "sports_area_per_student", NULL};
	expect_plan_error(in, EDUBAL_EDATA, needles);
	edubal_error_free(err);
	edubal_plan_inputs_free(in);
}
END_TEST

/* A limit that still leaves a way: no more multimedia rooms forces the
 * dearer plan computed by hand above (856,000 元). */
START_TEST(spec77_limit_forces_the_other_choice)
{
	edubal_standard *std = std2017();
	edubal_dataset *ds = sample_dataset();
	edubal_plan_inputs *in = sample_inputs();
	ck_assert_int_eq(edubal_plan_inputs_set_limit(in, "C03000-0000",
		"multimedia_classrooms", 4, NULL), EDUBAL_OK);
	edubal_plan *plan = make_plan(std, ds, in);
	double cost;
	edubal_plan_county_number(plan, 0, EDUBAL_PLAN_COUNTY_COST, &cost, NULL);
	ck_assert_double_eq_tol(cost, 856000, 1e-6);
	ck_assert_double_eq(planned(plan, "C03000-0000", "sports_area",
		EDUBAL_PLAN_ADDITION), 1232);
	ck_assert_double_eq(planned(plan, "C03000-0000", "multimedia_classrooms",
		EDUBAL_PLAN_ADDITION), 4);
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST

START_TEST(spec77_unknown_school_in_limits_is_bad_data)
{
	edubal_plan_inputs *in = sample_inputs();
	ck_assert_int_eq(edubal_plan_inputs_read_limits(in,
		path_of("tests/data/plan/limits-unknown-school.csv"), NULL),
		EDUBAL_OK);
	const char *const needles[] = {"limits-unknown-school.csv", "row 3",
		"NOPE-1", "no school with this id", NULL};
	expect_plan_error(in, EDUBAL_EDATA, needles);
	edubal_plan_inputs_free(in);
}
END_TEST

/* Weighted population CV of SPEC §1, written out here. */
static double
weighted_cv(const double *x, const double *w, size_t n)
{
	double sw = 0, swx = 0, ss = 0;
	for (size_t i = 0; i < n; i++) {
		sw += w[i];
		swx += w[i] * x[i];
	}
	double mean = swx / sw;
	for (size_t i = 0; i < n; i++)
		ss += w[i] * (x[i] - mean) * (x[i] - mean);
	return sqrt(ss / sw) / mean;
}

/*
 * SPEC §7.7 step 2: three schools of 100 pupils pass the school rule,
 * but equipment per pupil is 2000, 2000 and 8000: mean 4000, SD
 * sqrt((2000² + 2000² + 4000²)/3) = 2828.43, CV 0.707107 > 0.50.  The
 * plan must add equipment at the poorer schools until the CV is within
 * 0.50, and the CVs before and after must agree with the formula applied
 * to the planned amounts.
 */
START_TEST(spec77_cv_step_brings_cv_within_limit)
{
	const struct school all[3] = {
		{"A", 100, {5, 1, 1, 460, 760, 200000, 3}},
		{"B", 100, {5, 1, 1, 460, 760, 200000, 3}},
		{"C", 100, {5, 1, 1, 460, 760, 800000, 3}}};
	edubal_standard *std = std2017();
	edubal_dataset *ds = primary_county(all, 3);
	edubal_plan_inputs *in = sample_inputs();
	edubal_plan *plan = make_plan(std, ds, in);
	double x[3], w[3] = {100, 100, 100};
	for (int i = 0; i < 3; i++)
		x[i] = (all[i].amount[5] + planned(plan, all[i].id, "equipment_value",
			EDUBAL_PLAN_ADDITION)) / 100;
	ck_assert_double_eq(planned(plan, "C", "equipment_value",
		EDUBAL_PLAN_ADDITION), 0);
	ck_assert_double_eq(planned(plan, "A", "equipment_value",
		EDUBAL_PLAN_ADDITION_RULE), 0);
	double want_after = weighted_cv(x, w, 3);
	ck_assert(want_after <= 0.50);
	bool seen = false;
	for (size_t k = 0; k < edubal_plan_cv_count(plan); k++) {
		const char *level, *key;
		double before, after, limit;
		ck_assert_int_eq(edubal_plan_cv(plan, k, NULL, &level, &key, &before,
			&after, &limit, NULL), EDUBAL_OK);
		if (strcmp(key, "equipment_value_per_student") != 0)
			continue;
		seen = true;
		ck_assert_str_eq(level, "primary");
		ck_assert_double_eq_tol(before, sqrt(8e6) / 4000, 1e-12);
		ck_assert_double_eq_tol(after, want_after, 1e-12);
		ck_assert_double_eq(limit, 0.50);
	}
	ck_assert(seen);
	/* Lots are 1% of the standard's 200,000 元: 2,000 元 each, so the CV
	 * ends within one lot of the limit: adding one lot less at either
	 * school would leave it over 0.50. */
	for (int i = 0; i < 2; i++) {
		double y[3] = {x[0], x[1], x[2]};
		if (planned(plan, all[i].id, "equipment_value",
		    EDUBAL_PLAN_ADDITION) == 0)
			continue;
		y[i] -= 2000.0 / 100;
		ck_assert(weighted_cv(y, w, 3) > 0.50);
	}
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST


/* The same county with no equipment allowed at A and B: only C could
 * take more, which raises the CV, so no plan exists and the error names
 * the county, level and indicator. */
START_TEST(spec77_cv_that_cannot_be_lowered_is_named)
{
	const struct school all[3] = {
		{"A", 100, {5, 1, 1, 460, 760, 200000, 3}},
		{"B", 100, {5, 1, 1, 460, 760, 200000, 3}},
		{"C", 100, {5, 1, 1, 460, 760, 800000, 3}}};
	edubal_standard *std = std2017();
	edubal_dataset *ds = primary_county(all, 3);
	edubal_plan_inputs *in = sample_inputs();
	ck_assert_int_eq(edubal_plan_inputs_set_limit(in, "A", "equipment_value",
		0, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_plan_inputs_set_limit(in, "B", "equipment_value",
		0, NULL), EDUBAL_OK);
	edubal_error *err = edubal_error_new();
	edubal_plan *plan = NULL;
	ck_assert_int_eq(edubal_plan_compute(std, ds, in, &plan, err),
		EDUBAL_EDATA);
	ck_assert_ptr_null(plan);
	const char *msg = edubal_error_message(err);
	ck_assert_msg(strstr(msg, "county K") && strstr(msg, "primary") &&
		strstr(msg, "equipment_value_per_student") && strstr(msg, "0.707107"),
		"%s", msg);
	edubal_error_free(err);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST

START_TEST(plan_rejects_bad_arguments)
{
	edubal_standard *std = std2017();
	edubal_dataset *ds = sample_dataset();
	edubal_plan_inputs *in = edubal_plan_inputs_new();
	edubal_plan *plan = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_plan_compute(NULL, ds, in, &plan, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_compute(std, ds, in, NULL, err),
		EDUBAL_EINVAL);
	/* No costs at all: the first resource is named. */
	ck_assert_int_eq(edubal_plan_compute(std, ds, in, &plan, err),
		EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"qualified_teachers"));
	ck_assert_ptr_null(plan);
	ck_assert_int_eq(edubal_plan_inputs_set_cost(in, "sports_area", -1, 1,
		NULL, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_inputs_set_cost(in, "sports_area", 1, 0,
		NULL, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_inputs_set_cost(in, "sports_area", NAN, 1,
		NULL, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_inputs_set_limit(in, "X", "sports_area", -1,
		err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_inputs_read_costs(in,
		path_of("tests/data/plan/costs-bad.csv"), err), EDUBAL_EDATA);
	ck_assert_str_eq(edubal_error_column(err), "unit_cost");
	ck_assert_uint_eq(edubal_error_row(err), 3);
	ck_assert_str_eq(edubal_error_value(err), "-5");
	ck_assert_int_eq(edubal_plan_inputs_read_costs(in,
		path_of("tests/data/plan/no-such-file.csv"), err), EDUBAL_EIO);
	ck_assert_uint_eq(edubal_plan_row_count(NULL), 0);
	ck_assert_ptr_null(edubal_plan_county_id(NULL, 0));
	edubal_plan_free(NULL);
	edubal_plan_inputs_free(NULL);
	edubal_error_free(err);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST


/* Accessors and render refuse what is out of range and leave their
 * out-parameters alone. */
START_TEST(plan_accessors_reject_bad_arguments)
{
	edubal_standard *std = std2017();
	edubal_dataset *ds = sample_dataset();
	edubal_plan_inputs *in = sample_inputs();
	edubal_plan *plan = make_plan(std, ds, in);
	double x = 42;
	ck_assert_int_eq(edubal_plan_row_number(plan, 2, EDUBAL_PLAN_COST, &x,
		NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_row_number(plan, 0,
		(enum edubal_plan_number_field) 99, &x, NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_row_number(NULL, 0, EDUBAL_PLAN_COST, &x,
		NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_county_number(plan, 1,
		EDUBAL_PLAN_COUNTY_COST, &x, NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_county_number(plan, 0,
		(enum edubal_plan_county_field) 99, &x, NULL), EDUBAL_EINVAL);
	ck_assert_double_eq(x, 42);
	ck_assert_ptr_null(edubal_plan_row_text(plan, 2, EDUBAL_PLAN_SCHOOL_ID));
	ck_assert_ptr_null(edubal_plan_row_text(plan, 0,
		(enum edubal_plan_text_field) 99));
	ck_assert_ptr_null(edubal_plan_county_id(plan, 1));
	ck_assert_str_eq(edubal_plan_county_id(plan, 0), "C03000");
	/* 2 levels × 7 indicators of CV rows. */
	ck_assert_uint_eq(edubal_plan_cv_count(plan), 14);
	ck_assert_int_eq(edubal_plan_cv(plan, 14, NULL, NULL, NULL, &x, NULL,
		NULL, NULL), EDUBAL_EINVAL);
	ck_assert_double_eq(x, 42);
	char *text = (char *) "untouched";
	ck_assert_int_eq(edubal_plan_render(plan, (enum edubal_report_format) 9,
		NULL, &text, NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_render(plan, EDUBAL_FORMAT_TEXT, "fr", &text,
		NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_plan_render(NULL, EDUBAL_FORMAT_TEXT, NULL, &text,
		NULL), EDUBAL_EINVAL);
	ck_assert_str_eq(text, "untouched");
	ck_assert_ptr_null(edubal_plan_report(NULL));
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_standard_free(std);
}
END_TEST

static Suite *
plan_suite(void)
{
	Suite *s = suite_create("plan");
	TCase *rule = tcase_create("step1");
	tcase_add_test(rule, spec77_step1_equals_brute_force_cheap_area);
	tcase_add_test(rule, spec77_step1_equals_brute_force_dear_teachers);
	tcase_add_test(rule, spec77_step1_equals_brute_force_dear_equipment);
	tcase_add_test(rule, spec77_step1_equals_brute_force_one_short);
	tcase_set_timeout(rule, 60);
	suite_add_tcase(s, rule);
	TCase *sample = tcase_create("sample");
	tcase_add_test(sample, spec77_sample_plan_makes_failing_school_pass);
	tcase_add_test(sample, spec77_passing_county_gets_empty_plan);
	tcase_add_test(sample, spec77_combined_school_shares_its_rooms);
	tcase_add_test(sample, spec77_infeasible_limit_names_school_and_indicator);
	tcase_add_test(sample, spec77_limit_forces_the_other_choice);
	tcase_add_test(sample, spec77_unknown_school_in_limits_is_bad_data);
	tcase_add_test(sample, spec77_cv_step_brings_cv_within_limit);
	tcase_add_test(sample, spec77_cv_that_cannot_be_lowered_is_named);
	tcase_add_test(sample, plan_rejects_bad_arguments);
	tcase_add_test(sample, plan_accessors_reject_bad_arguments);
	tcase_add_test(sample, plan_outlives_its_arguments);
	suite_add_tcase(s, sample);
	return s;
}

int
main(int argc, char **argv)
{
	root = argc > 1 ? argv[1] : ".";
	SRunner *sr = srunner_create(plan_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
