/*
 * src/plan/plan.c - edubal_plan_compute(): evaluate, plan steps 1 and 2,
 * apply the additions to a copy of the dataset and evaluate it again
 * (step 3), then list the additions and the CVs before and after.
 */
#include "plan.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/evaluate.h>

#include "../dataset/catalog.h"
#include "../error.h"
#include "../evaluate/resource.h"

void
edubal_plan_free(edubal_plan *plan)
{
	if (!plan)
		return;
	edubal__plan_model_free(&plan->model);
	edubal_report_free(plan->before);
	edubal_report_free(plan->after);
	free(plan->counties);
	free(plan->rows);
	free(plan->cvs);
	free(plan);
}

/* Add units to a schools.csv cell, and to every count that bounds it in
 * the catalog: a hired qualified teacher is also one more teacher. */
static bool
add_cell(edubal_dataset *copy, size_t row, const char *column, double units)
{
	if (!edubal__dataset_add_number(copy, EDUBAL_TABLE_SCHOOLS, row, column,
	    units))
		return false;
	const struct edubal__table_spec *spec = edubal__catalog_table(
		EDUBAL_TABLE_SCHOOLS);
	for (size_t l = 0; l < spec->limit_count; l++) {
		if (strcmp(spec->limits[l].column, column) == 0)
			edubal__dataset_add_number(copy, EDUBAL_TABLE_SCHOOLS, row,
				spec->limits[l].limit, units);
	}
	return true;
}

/* Step 3: the dataset with every addition applied, evaluated as usual. */
static edubal_status
reevaluate(edubal_plan *plan, const edubal_dataset *ds, edubal_error *err)
{
	const struct edubal__plan_model *m = &plan->model;
	edubal_dataset *copy = NULL;
	if (edubal__dataset_copy(ds, &copy) != EDUBAL_OK)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t j = 0; j < m->school_count; j++) {
		const struct edubal__plan_school *s = &m->schools[j];
		for (size_t h = 0; h < m->std->indicator_count * EDUBAL__PLAN_SLOTS;
		     h++) {
			const struct edubal__plan_holder *hd = &s->holders[h];
			double units = hd->rule + hd->cv;
			if (hd->used && units > 0 && !add_cell(copy, s->row, hd->column,
			    units)) {
				edubal_dataset_free(copy);
				return edubal__fail(err, EDUBAL_EINTERNAL, "cannot add to "
					"%s of school %s", hd->column, s->id);
			}
		}
	}
	edubal_status st = edubal_evaluate(m->std, copy, &plan->after, err);
	edubal_dataset_free(copy);
	return st;
}

static bool
has_schools(const struct edubal__county_result *c)
{
	for (size_t l = 0; l < c->level_count; l++) {
		if (c->levels[l].schools > 0)
			return true;
	}
	return false;
}

/* Every level with schools passes; a county without assessed schools
 * (only in counties.csv) cannot pass and has nothing to plan. */
static bool
resource_pass(const struct edubal__county_result *c)
{
	for (size_t l = 0; l < c->level_count; l++) {
		if (c->levels[l].schools > 0 && c->levels[l].pass != EDUBAL__TRUE)
			return false;
	}
	return has_schools(c);
}

/* Step 3's proof: the same schools, and every county's resources pass. */
static edubal_status
verify(edubal_plan *plan, edubal_error *err)
{
	const edubal_report *a = plan->after, *b = plan->before;
	if (a->school_count != b->school_count ||
	    a->county_count != b->county_count)
		return edubal__fail(err, EDUBAL_EINTERNAL, "re-evaluation changed "
			"the schools assessed");
	for (size_t j = 0; j < a->school_count; j++) {
		if (strcmp(a->schools[j].school_id, b->schools[j].school_id) != 0 ||
		    a->schools[j].section != b->schools[j].section)
			return edubal__fail(err, EDUBAL_EINTERNAL, "re-evaluation changed "
				"the schools assessed");
	}
	for (size_t c = 0; c < a->county_count; c++) {
		if (!has_schools(&a->counties[c]) || resource_pass(&a->counties[c]))
			continue;
		const char *why = a->counties[c].reason_count ?
			edubal_report_reason_message(a, c, 0, "en") : "no reason";
		return edubal__fail(err, EDUBAL_EINTERNAL, "county %s: the "
			"resource part still fails after the plan (%s)",
			a->counties[c].county_id, why ? why : "out of memory");
	}
	return EDUBAL_OK;
}

double
edubal__plan_row_addition(const edubal_plan *plan,
	const struct edubal__plan_row *row, int part)
{
	const struct edubal__plan_holder *h = edubal__plan_holder(
		&plan->model.schools[row->school], row->indicator, row->slot);
	return part == 1 ? h->rule : part == 2 ? h->cv : h->rule + h->cv;
}

static edubal_status
list_rows(edubal_plan *plan, edubal_error *err)
{
	const struct edubal__plan_model *m = &plan->model;
	size_t cap = m->school_count * EDUBAL__SECTION_COUNT *
		m->std->indicator_count + 1;
	plan->rows = malloc(cap * sizeof *plan->rows);
	if (!plan->rows)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t j = 0; j < m->school_count; j++) {
		const struct edubal__plan_school *s = &m->schools[j];
		for (size_t i = 0; i < m->std->indicator_count; i++) {
			for (size_t k = 0; k < s->section_count; k++) {
				size_t slot = edubal__plan_slot(s, i, k);
				const struct edubal__plan_holder *h = edubal__plan_holder(s, i,
					slot);
				if (!(h->rule + h->cv > 0))
					continue;
				size_t r = s->sections[k].result;
				size_t sharers = 0;
				for (size_t q = 0; q < s->section_count; q++)
					sharers += edubal__plan_slot(s, i, q) == slot;
				plan->rows[plan->row_count++] = (struct edubal__plan_row) {
					s->county, j, k, i, slot,
					plan->before->schools[r].indicators[i],
					plan->after->schools[r].indicators[i], sharers > 1};
			}
		}
	}
	return EDUBAL_OK;
}

static void
count_cost(edubal_plan *plan)
{
	const struct edubal__plan_model *m = &plan->model;
	for (size_t j = 0; j < m->school_count; j++) {
		const struct edubal__plan_school *s = &m->schools[j];
		struct edubal__plan_county *c = &plan->counties[s->county];
		double cost = 0;
		for (size_t i = 0; i < m->std->indicator_count; i++)
			cost += edubal__plan_added(s, i) * m->resources[i].unit_cost;
		c->cost += cost;
		c->schools += cost > 0;
	}
}

static edubal_status
list_counties(edubal_plan *plan, edubal_error *err)
{
	const edubal_report *a = plan->after, *b = plan->before;
	size_t levels = 0;
	for (size_t c = 0; c < a->county_count; c++)
		levels += a->counties[c].level_count;
	plan->counties = calloc(a->county_count + 1, sizeof *plan->counties);
	plan->cvs = calloc(levels * plan->model.std->indicator_count + 1,
		sizeof *plan->cvs);
	if (!plan->counties || !plan->cvs)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	plan->county_count = a->county_count;
	for (size_t c = 0; c < a->county_count; c++) {
		const struct edubal__county_result *ca = &a->counties[c];
		const struct edubal__county_result *cb = &b->counties[c];
		plan->counties[c] = (struct edubal__plan_county) {ca->county_id, 0,
			resource_pass(cb), resource_pass(ca), 0};
		for (size_t l = 0; l < ca->level_count; l++) {
			if (ca->levels[l].schools == 0)
				continue;
			for (size_t i = 0; i < plan->model.std->indicator_count; i++) {
				const struct edubal__indicator_result *ra =
					&ca->levels[l].indicators[i];
				const struct edubal__indicator_result *rb =
					&cb->levels[l].indicators[i];
				plan->cvs[plan->cv_count++] = (struct edubal__plan_cv_row) {
					c, ca->levels[l].section, i,
					rb->computed ? rb->cv : NAN, ra->computed ? ra->cv : NAN,
					ra->has_limit ? ra->limit : NAN};
			}
		}
	}
	count_cost(plan);
	return EDUBAL_OK;
}

static edubal_status
compute(edubal_plan *plan, const edubal_standard *std,
	const edubal_dataset *ds, const edubal_plan_inputs *in,
	edubal_error *err)
{
	edubal_status st = edubal_evaluate(std, ds, &plan->before, err);
	if (st == EDUBAL_OK)
		st = edubal__plan_model_build(&plan->model, plan->before->standard,
			ds, plan->before, in, err);
	if (st == EDUBAL_OK)
		st = edubal__plan_rule_step(&plan->model, err);
	if (st == EDUBAL_OK)
		st = edubal__plan_cv_step(&plan->model, err);
	if (st == EDUBAL_OK)
		st = reevaluate(plan, ds, err);
	if (st == EDUBAL_OK)
		st = verify(plan, err);
	if (st == EDUBAL_OK)
		st = list_counties(plan, err);
	if (st == EDUBAL_OK)
		st = list_rows(plan, err);
	/* The frame is the caller's; the plan must not keep it (plan.h). */
	plan->model.frame = NULL;
	return st;
}

edubal_status
edubal_plan_compute(const edubal_standard *standard,
	const edubal_dataset *dataset, const edubal_plan_inputs *inputs,
	edubal_plan **out_plan, edubal_error *err)
{
	if (!standard || !dataset || !inputs || !out_plan)
		return edubal__fail(err, EDUBAL_EINVAL, "standard, dataset, inputs "
			"and out_plan must not be NULL");
	edubal_plan *plan = calloc(1, sizeof *plan);
	if (!plan)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = compute(plan, standard, dataset, inputs, err);
	if (st != EDUBAL_OK) {
		edubal_plan_free(plan);
		return st;
	}
	*out_plan = plan;
	return EDUBAL_OK;
}

const edubal_report *
edubal_plan_report(const edubal_plan *plan)
{
	return plan ? plan->after : NULL;
}

size_t
edubal_plan_county_count(const edubal_plan *plan)
{
	return plan ? plan->county_count : 0;
}

const char *
edubal_plan_county_id(const edubal_plan *plan, size_t county)
{
	return plan && county < plan->county_count ? plan->counties[county].id
	                                           : NULL;
}

edubal_status
edubal_plan_county_number(const edubal_plan *plan, size_t county,
	enum edubal_plan_county_field field, double *out_value, edubal_error *err)
{
	if (!plan || !out_value || county >= plan->county_count)
		return edubal__fail(err, EDUBAL_EINVAL, "NULL argument or county %zu "
			"out of range", county);
	const struct edubal__plan_county *c = &plan->counties[county];
	switch (field) {
	case EDUBAL_PLAN_COUNTY_COST: *out_value = c->cost; break;
	case EDUBAL_PLAN_COUNTY_PASS_BEFORE: *out_value = c->pass_before; break;
	case EDUBAL_PLAN_COUNTY_PASS_AFTER: *out_value = c->pass_after; break;
	case EDUBAL_PLAN_COUNTY_SCHOOLS: *out_value = (double) c->schools; break;
	default:
		return edubal__fail(err, EDUBAL_EINVAL, "unknown county field %d",
			(int) field);
	}
	return EDUBAL_OK;
}

size_t
edubal_plan_row_count(const edubal_plan *plan)
{
	return plan ? plan->row_count : 0;
}

const char *
edubal_plan_row_text(const edubal_plan *plan, size_t row,
	enum edubal_plan_text_field field)
{
	if (!plan || row >= plan->row_count)
		return NULL;
	const struct edubal__plan_row *r = &plan->rows[row];
	const struct edubal__plan_school *s = &plan->model.schools[r->school];
	const struct edubal__indicator *ind =
		&plan->model.std->indicators[r->indicator];
	switch (field) {
	case EDUBAL_PLAN_COUNTY_ID: return plan->counties[r->county].id;
	case EDUBAL_PLAN_SCHOOL_ID: return s->id;
	case EDUBAL_PLAN_SECTION:
		return edubal__section_name(s->sections[r->section_k].section);
	case EDUBAL_PLAN_INDICATOR: return ind->key;
	case EDUBAL_PLAN_RESOURCE: return ind->resource;
	case EDUBAL_PLAN_UNIT: return plan->model.resources[r->indicator].unit;
	default: return NULL;
	}
}

edubal_status
edubal_plan_row_number(const edubal_plan *plan, size_t row,
	enum edubal_plan_number_field field, double *out_value, edubal_error *err)
{
	if (!plan || !out_value || row >= plan->row_count)
		return edubal__fail(err, EDUBAL_EINVAL, "NULL argument or row %zu "
			"out of range", row);
	const struct edubal__plan_row *r = &plan->rows[row];
	const struct edubal__plan_school *s = &plan->model.schools[r->school];
	double cost = plan->model.resources[r->indicator].unit_cost;
	switch (field) {
	case EDUBAL_PLAN_CURRENT: *out_value = r->current; break;
	case EDUBAL_PLAN_TARGET: *out_value = r->target; break;
	case EDUBAL_PLAN_THRESHOLD: {
		const struct edubal__indicator *ind =
			&plan->model.std->indicators[r->indicator];
		enum edubal__section sec = s->sections[r->section_k].section;
		*out_value = ind->has_threshold[sec] ? ind->threshold[sec] : NAN;
		break;
	}
	case EDUBAL_PLAN_ADDITION:
		*out_value = edubal__plan_row_addition(plan, r, 0);
		break;
	case EDUBAL_PLAN_ADDITION_RULE:
		*out_value = edubal__plan_row_addition(plan, r, 1);
		break;
	case EDUBAL_PLAN_ADDITION_CV:
		*out_value = edubal__plan_row_addition(plan, r, 2);
		break;
	case EDUBAL_PLAN_COST:
		*out_value = edubal__plan_row_addition(plan, r, 0) * cost;
		break;
	case EDUBAL_PLAN_SHARED: *out_value = r->shared; break;
	default:
		return edubal__fail(err, EDUBAL_EINVAL, "unknown row field %d",
			(int) field);
	}
	return EDUBAL_OK;
}

size_t
edubal_plan_cv_count(const edubal_plan *plan)
{
	return plan ? plan->cv_count : 0;
}

edubal_status
edubal_plan_cv(const edubal_plan *plan, size_t i, size_t *out_county,
	const char **out_level, const char **out_indicator, double *out_before,
	double *out_after, double *out_limit, edubal_error *err)
{
	if (!plan || i >= plan->cv_count)
		return edubal__fail(err, EDUBAL_EINVAL, "NULL plan or CV row %zu out "
			"of range", i);
	const struct edubal__plan_cv_row *c = &plan->cvs[i];
	if (out_county)
		*out_county = c->county;
	if (out_level)
		*out_level = edubal__section_name(c->level);
	if (out_indicator)
		*out_indicator = plan->model.std->indicators[c->indicator].key;
	if (out_before)
		*out_before = c->before;
	if (out_after)
		*out_after = c->after;
	if (out_limit)
		*out_limit = c->limit;
	return EDUBAL_OK;
}
