/*
 * tools/edubal/report_extras.c - the plan and projections of
 * `edubal evaluate --format html` (report_extras.h).  The plan is made
 * exactly as `edubal plan` makes it and the projections by the code of
 * `edubal project seats` (project_run.c) with its default parameters, so
 * the page shows the numbers those commands print.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "project_cli.h"
#include "report_extras.h"

bool
report_extras_wanted(const struct report_extras *e)
{
	return e->plan || e->costs || e->limits || e->population || e->births ||
	       e->enrollment || e->capacity || e->county || e->to;
}

static int
add_plan(const struct report_extras *e, const edubal_standard *std,
	const edubal_dataset *ds, const char *default_costs,
	edubal_html_options *opt, struct report_plan *plan, edubal_error *err)
{
	edubal_plan_inputs *in = plan->inputs = edubal_plan_inputs_new();
	if (!in)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	const char *costs = e->costs ? e->costs : default_costs;
	if (!e->costs)
		fprintf(stderr, "edubal: note: unit costs from %s (illustrative; "
			"give yours with --costs)\n", costs);
	edubal_status st = edubal_plan_inputs_read_costs(in, costs, err);
	if (st == EDUBAL_OK && e->limits)
		st = edubal_plan_inputs_read_limits(in, e->limits, err);
	if (st == EDUBAL_OK)
		st = edubal_plan_compute(std, ds, in, &plan->plan, err);
	if (st == EDUBAL_OK)
		st = edubal_html_options_set_plan(opt, plan->plan, err);
	return st == EDUBAL_OK ? -1 : cli_fail(st, err);
}

/* The series of the page: the school-age groups, and per section the
 * students and the seat gap (when capacity.csv gives the section). */
static bool
shown(const char *name)
{
	static const char *const population[] = {"population_births",
		"population_age_3_5", "population_age_6_11", "population_age_12_14",
		"population_age_15_17", "population_total"};
	for (size_t i = 0; i < sizeof population / sizeof *population; i++) {
		if (strcmp(name, population[i]) == 0)
			return true;
	}
	const char *us = strchr(name, '_');
	return us && strncmp(name, "grade_", 6) != 0 &&
	       strncmp(name, "age_", 4) != 0 &&
	       (strcmp(us, "_students") == 0 || strcmp(us, "_seat_gap") == 0);
}

static int
put_series(const struct project_result *r, const edubal_inputs *in,
	edubal_html_options *opt, edubal_error *err)
{
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < r->n; i++) {
		if (shown(r->s[i].name))
			st = edubal_html_options_add_series(opt, r->s[i].name,
				r->first_year, r->s[i].v[0], r->years, err);
	}
	for (size_t s = 0; st == EDUBAL_OK && s < SECTIONS; s++) {
		double seats;
		if (edubal_inputs_capacity(in, project_sections[s], &seats, NULL) ==
		    EDUBAL_OK)
			st = edubal_html_options_set_capacity(opt, project_sections[s],
				seats, err);
	}
	return st == EDUBAL_OK ? -1 : cli_fail(st, err);
}

static int
add_projection(const struct report_extras *e, edubal_html_options *opt,
	edubal_error *err)
{
	struct project_options o;
	project_defaults(&o, e->enrollment ? "seats" : "population");
	o.population = e->population;
	o.births = e->births;
	o.enrollment = e->enrollment;
	o.capacity = e->capacity;
	o.county = e->county;
	o.to = e->to ? e->to : o.to;
	edubal_inputs *in = NULL;
	struct project_result *r = calloc(1, sizeof *r);
	if (!r || !(r->ratios = json_array())) {
		free(r);
		return cli_fail(EDUBAL_ENOMEM, NULL);
	}
	edubal_status st = edubal_inputs_read(o.population, o.births,
		o.enrollment, o.capacity, o.county, &in, err);
	int rc = st == EDUBAL_OK ? -1 : cli_fail(st, err);
	int base = edubal_inputs_population_first_year(in) +
		(int) edubal_inputs_population_years(in) - 1;
	if (rc < 0 && (o.to <= base || o.to - base >= MAX_YEARS))
		rc = cli_usage_error("evaluate ", "--to %d must lie after the base "
			"year %d and at most %d years on", o.to, base, MAX_YEARS - 1);
	if (rc < 0)
		rc = project_run(&o, in, 0, r, err);
	if (rc < 0)
		rc = put_series(r, in, opt, err);
	json_decref(r->ratios);
	free(r);
	edubal_inputs_free(in);
	return rc;
}

int
report_extras_build(const struct report_extras *e,
	const edubal_standard *std, const edubal_dataset *ds,
	const char *default_costs, edubal_html_options *opt,
	struct report_plan *plan, edubal_error *err)
{
	int rc = -1;
	if (e->plan)
		rc = add_plan(e, std, ds, default_costs, opt, plan, err);
	if (rc < 0 && e->population)
		rc = add_projection(e, opt, err);
	return rc;
}

void
report_plan_free(struct report_plan *plan)
{
	edubal_plan_free(plan->plan);
	edubal_plan_inputs_free(plan->inputs);
}
