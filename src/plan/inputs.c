/*
 * src/plan/inputs.c - the planner's inputs: unit costs per resource and
 * per-school limits, from the API or from CSV files (docs/plan.md).
 */
#include "plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../io/number.h"
#include "../util/strbuf.h"

edubal_plan_inputs *
edubal_plan_inputs_new(void)
{
	return calloc(1, sizeof(edubal_plan_inputs));
}

void
edubal_plan_inputs_free(edubal_plan_inputs *in)
{
	if (!in)
		return;
	for (size_t i = 0; i < in->cost_count; i++) {
		free(in->costs[i].resource);
		free(in->costs[i].unit);
	}
	for (size_t i = 0; i < in->limit_count; i++) {
		free(in->limits[i].school_id);
		free(in->limits[i].resource);
		free(in->limits[i].source);
	}
	free(in->costs);
	free(in->limits);
	free(in);
}

const struct edubal__plan_cost *
edubal__plan_find_cost(const edubal_plan_inputs *in, const char *resource)
{
	for (size_t i = 0; in && i < in->cost_count; i++) {
		if (strcmp(in->costs[i].resource, resource) == 0)
			return &in->costs[i];
	}
	return NULL;
}

static struct edubal__plan_limit *
find_limit(edubal_plan_inputs *in, const char *school_id,
	const char *resource)
{
	for (size_t i = 0; i < in->limit_count; i++) {
		struct edubal__plan_limit *l = &in->limits[i];
		if (strcmp(l->school_id, school_id) == 0 &&
		    strcmp(l->resource, resource) == 0)
			return l;
	}
	return NULL;
}

static bool
positive(double x)
{
	return isfinite(x) && x > 0;
}

edubal_status
edubal_plan_inputs_set_cost(edubal_plan_inputs *in, const char *resource,
	double unit_cost, double step, const char *unit, edubal_error *err)
{
	if (!in || !resource || !*resource)
		return edubal__fail(err, EDUBAL_EINVAL,
			"inputs and resource must not be NULL or empty");
	if (!positive(unit_cost) || !positive(step))
		return edubal__fail(err, EDUBAL_EINVAL, "resource %s: unit cost %g "
			"and step %g must be finite and positive", resource, unit_cost,
			step);
	struct edubal__plan_cost c = {edubal__strdup(resource), unit_cost, step,
		edubal__strdup(unit ? unit : "")};
	struct edubal__plan_cost *old = (struct edubal__plan_cost *)
		edubal__plan_find_cost(in, resource);
	void *grown = old ? in->costs :
		realloc(in->costs, (in->cost_count + 1) * sizeof *in->costs);
	if (!c.resource || !c.unit || !grown) {
		free(c.resource);
		free(c.unit);
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	in->costs = grown;
	if (old) {
		free(old->resource);
		free(old->unit);
		*old = c;
	} else {
		in->costs[in->cost_count++] = c;
	}
	return EDUBAL_OK;
}

static edubal_status
put_limit(edubal_plan_inputs *in, const char *school_id, const char *resource,
	double max_addition, const char *source, size_t row, edubal_error *err)
{
	struct edubal__plan_limit l = {edubal__strdup(school_id),
		edubal__strdup(resource), max_addition, edubal__strdup(source), row};
	struct edubal__plan_limit *old = find_limit(in, school_id, resource);
	void *grown = old ? in->limits :
		realloc(in->limits, (in->limit_count + 1) * sizeof *in->limits);
	if (!l.school_id || !l.resource || !l.source || !grown) {
		free(l.school_id);
		free(l.resource);
		free(l.source);
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	in->limits = grown;
	if (old) {
		free(old->school_id);
		free(old->resource);
		free(old->source);
		*old = l;
	} else {
		in->limits[in->limit_count++] = l;
	}
	return EDUBAL_OK;
}

edubal_status
edubal_plan_inputs_set_limit(edubal_plan_inputs *in, const char *school_id,
	const char *resource, double max_addition, edubal_error *err)
{
	if (!in || !school_id || !resource)
		return edubal__fail(err, EDUBAL_EINVAL,
			"inputs, school_id and resource must not be NULL");
	if (!isfinite(max_addition) || max_addition < 0)
		return edubal__fail(err, EDUBAL_EINVAL, "school %s, resource %s: "
			"limit %g must be finite and not negative", school_id, resource,
			max_addition);
	return put_limit(in, school_id, resource, max_addition, "limits", 0, err);
}

/* A CSV file being read: its table, columns and number reader. */
struct csv_file {
	edubal_table *table;
	struct edubal__number_reader *numbers;
};

static edubal_status
open_csv(struct csv_file *f, const char *path, edubal_error *err)
{
	f->numbers = NULL;
	f->table = NULL;
	edubal_status st = edubal_table_read_csv(path, &f->table, err);
	if (st != EDUBAL_OK)
		return st;
	f->numbers = edubal__number_reader_new();
	if (!f->numbers)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

static void
close_csv(struct csv_file *f)
{
	edubal_table_free(f->table);
	edubal__number_reader_free(f->numbers);
}

/* Column index of name; optional columns give SIZE_MAX when absent. */
static edubal_status
column(const struct csv_file *f, const char *name, bool required,
	size_t *out, edubal_error *err)
{
	*out = (size_t) -1;
	if (edubal_table_find_column(f->table, name, out, NULL) == EDUBAL_OK ||
	    !required)
		return EDUBAL_OK;
	return edubal__fail_cell(err, EDUBAL_EDATA,
		edubal_table_source(f->table), 1, name, NULL,
		"required column is missing");
}

static const char *
cell(const struct csv_file *f, size_t row, size_t col)
{
	if (col == (size_t) -1)
		return NULL;
	const char *text = edubal_table_cell(f->table, row, col);
	return text && !edubal__is_blank(text) ? text : NULL;
}

static edubal_status
cell_error(const struct csv_file *f, size_t row, const char *name,
	const char *value, const char *why, edubal_error *err)
{
	return edubal__fail_cell(err, EDUBAL_EDATA, edubal_table_source(f->table),
		edubal_table_row_number(f->table, row), name, value ? value : "",
		"%s", why);
}

/* A number cell: required unless fallback is given (not NaN); must be > 0
 * when positive_only, else >= 0. */
static edubal_status
number_cell(const struct csv_file *f, size_t row, size_t col,
	const char *name, double fallback, bool positive_only, double *out,
	edubal_error *err)
{
	const char *text = cell(f, row, col);
	if (!text) {
		*out = fallback;
		return isnan(fallback) ? cell_error(f, row, name, "", "a number is "
			"required", err) : EDUBAL_OK;
	}
	const char *why = NULL;
	if (!edubal__read_number(f->numbers, text, out, &why))
		return cell_error(f, row, name, text, why, err);
	if (positive_only && !(*out > 0))
		return cell_error(f, row, name, text, "must be positive", err);
	if (*out < 0)
		return cell_error(f, row, name, text, "must not be negative", err);
	return EDUBAL_OK;
}

static edubal_status
text_cell(const struct csv_file *f, size_t row, size_t col, const char *name,
	const char **out, edubal_error *err)
{
	*out = cell(f, row, col);
	return *out ? EDUBAL_OK : cell_error(f, row, name, "", "a value is "
		"required", err);
}

static edubal_status
read_cost_row(edubal_plan_inputs *in, const struct csv_file *f, size_t row,
	const size_t col[4], edubal_error *err)
{
	const char *resource, *unit = cell(f, row, col[3]);
	double cost, step;
	edubal_status st = text_cell(f, row, col[0], "resource", &resource, err);
	if (st == EDUBAL_OK)
		st = number_cell(f, row, col[1], "unit_cost", NAN, true, &cost, err);
	if (st == EDUBAL_OK)
		st = number_cell(f, row, col[2], "step", 1.0, true, &step, err);
	if (st != EDUBAL_OK)
		return st;
	if (edubal__plan_find_cost(in, resource))
		return cell_error(f, row, "resource", resource, "this resource's "
			"cost is given twice", err);
	return edubal_plan_inputs_set_cost(in, resource, cost, step, unit, err);
}

edubal_status
edubal_plan_inputs_read_costs(edubal_plan_inputs *in, const char *path,
	edubal_error *err)
{
	if (!in || !path)
		return edubal__fail(err, EDUBAL_EINVAL,
			"inputs and path must not be NULL");
	struct csv_file f;
	edubal_status st = open_csv(&f, path, err);
	size_t col[4];
	static const char *const names[4] = {"resource", "unit_cost", "step",
		"unit"};
	for (int c = 0; c < 4 && st == EDUBAL_OK; c++)
		st = column(&f, names[c], c < 2, &col[c], err);
	for (size_t r = 0; st == EDUBAL_OK && r < edubal_table_rows(f.table); r++)
		st = read_cost_row(in, &f, r, col, err);
	close_csv(&f);
	return st;
}

static edubal_status
read_limit_row(edubal_plan_inputs *in, const struct csv_file *f, size_t row,
	const size_t col[3], edubal_error *err)
{
	const char *school, *resource;
	double max;
	edubal_status st = text_cell(f, row, col[0], "school_id", &school, err);
	if (st == EDUBAL_OK)
		st = text_cell(f, row, col[1], "resource", &resource, err);
	if (st == EDUBAL_OK)
		st = number_cell(f, row, col[2], "max_addition", NAN, false, &max,
			err);
	if (st != EDUBAL_OK)
		return st;
	if (find_limit(in, school, resource))
		return cell_error(f, row, "resource", resource, "a limit on this "
			"school and resource is given twice", err);
	return put_limit(in, school, resource, max,
		edubal_table_source(f->table), edubal_table_row_number(f->table, row),
		err);
}

edubal_status
edubal_plan_inputs_read_limits(edubal_plan_inputs *in, const char *path,
	edubal_error *err)
{
	if (!in || !path)
		return edubal__fail(err, EDUBAL_EINVAL,
			"inputs and path must not be NULL");
	struct csv_file f;
	edubal_status st = open_csv(&f, path, err);
	size_t col[3];
	static const char *const names[3] = {"school_id", "resource",
		"max_addition"};
	for (int c = 0; c < 3 && st == EDUBAL_OK; c++)
		st = column(&f, names[c], true, &col[c], err);
	for (size_t r = 0; st == EDUBAL_OK && r < edubal_table_rows(f.table); r++)
		st = read_limit_row(in, &f, r, col, err);
	close_csv(&f);
	return st;
}
