/*
 * tools/edubal/project_trajectory.c - `edubal project trajectory`: the
 * yearly path to a target (SPEC §7.6), an observed series checked against
 * it, and the first year the series meets the target.
 */
#include <math.h>
#include <stdio.h>

#include "project_cli.h"

struct trajectory {
	double path[MAX_YEARS], shortfall[MAX_YEARS];
	size_t n, behind;
	int met, year;
};

static int
print_json(const struct project_options *o, const struct trajectory *t)
{
	json_t *years = json_array();
	for (size_t i = 0; i < t->n; i++) {
		json_t *row = json_pack("{s:i, s:f}", "year", o->base_year + (int) i,
			"path", t->path[i]);
		if (i < o->n_observed) {
			json_object_set_new(row, "observed", json_real(o->observed[i]));
			json_object_set_new(row, "shortfall", json_real(t->shortfall[i]));
			json_object_set_new(row, "on_track",
				json_boolean(t->shortfall[i] <= 0));
		}
		json_array_append_new(years, row);
	}
	json_t *root = json_pack("{s:s, s:s, s:s, s:f, s:i, s:f, s:i, s:o}",
		"edubal_version", edubal_version(), "command", "trajectory",
		"kind", isnan(o->fraction) ? "linear" : "fraction",
		"base", o->base_value, "base_year", o->base_year,
		"target", o->target, "target_year", o->target_year, "years", years);
	if (!isnan(o->fraction))
		json_object_set_new(root, "fraction", json_real(o->fraction));
	if (o->n_observed) {
		json_object_set_new(root, "years_behind", json_integer(
			(json_int_t) t->behind));
		json_object_set_new(root, "attained", t->met ?
			json_integer(t->year) : json_null());
	}
	int rc = json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	                    JSON_REAL_PRECISION(17));
	fputc('\n', stdout);
	json_decref(root);
	return rc == 0 ? CLI_OK : CLI_INTERNAL;
}

static void
print_text(const struct project_options *o, const struct trajectory *t)
{
	printf("Trajectory (SPEC §7.6): %g in %d to %g in %d, ", o->base_value,
	       o->base_year, o->target, o->target_year);
	if (isnan(o->fraction))
		printf("linear\n");
	else
		printf("at least %g of what remains each year\n", o->fraction);
	printf("%-6s %14s %14s %12s\n", "year", "path", "observed", "shortfall");
	for (size_t i = 0; i < t->n; i++) {
		printf("%-6d %14.6g", o->base_year + (int) i, t->path[i]);
		if (i < o->n_observed)
			printf(" %14.6g %12.6g%s", o->observed[i], t->shortfall[i],
			       t->shortfall[i] > 0 ? "  behind" : "");
		putchar('\n');
	}
	if (o->n_observed) {
		printf("years behind the path: %zu\n", t->behind);
		if (t->met)
			printf("target first met in %d\n", t->year);
		else
			printf("target not met in the years observed\n");
	}
}

int
project_trajectory(const struct project_options *o)
{
	if (!o->have_base || !o->have_target || !o->base_year || !o->target_year)
		return cli_usage_error("project trajectory ", "--base, --base-year, "
			"--target and --target-year are required");
	if (o->target_year <= o->base_year ||
	    o->target_year - o->base_year >= MAX_YEARS)
		return cli_usage_error("project trajectory ", "--target-year must "
			"come after --base-year, at most %d years on", MAX_YEARS - 1);
	struct trajectory t = {.n = (size_t) (o->target_year - o->base_year) + 1};
	if (o->n_observed > t.n)
		return cli_usage_error("project trajectory ", "--observed has %zu "
			"values for %zu years", o->n_observed, t.n);
	edubal_error *err = edubal_error_new();
	if (!err)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	int rising = o->target >= o->base_value;
	edubal_status st = edubal_trajectory_path(o->base_value, o->base_year,
		o->target, o->target_year, isnan(o->fraction) ? EDUBAL_PATH_LINEAR :
		EDUBAL_PATH_FRACTION, o->fraction, t.path, t.n, err);
	if (st == EDUBAL_OK && o->n_observed)
		st = edubal_trajectory_check(t.path, o->n_observed, o->observed,
			o->n_observed, rising, t.shortfall, o->n_observed, &t.behind, err);
	if (st == EDUBAL_OK && o->n_observed)
		st = edubal_trajectory_attainment(o->base_year, o->observed,
			o->n_observed, o->target, rising, &t.year, &t.met, err);
	int rc;
	if (st != EDUBAL_OK)
		rc = cli_fail(st, err);
	else if (o->json)
		rc = print_json(o, &t);
	else {
		print_text(o, &t);
		rc = CLI_OK;
	}
	edubal_error_free(err);
	return rc;
}
