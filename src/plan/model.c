/*
 * src/plan/model.c - the planner's model of a dataset: each assessed
 * school with its sections, the cells that hold each indicator's resource,
 * unit costs and limits.
 *
 * The model reads amounts exactly as src/evaluate/resource.c does (a
 * section's own <resource>_<section> cell wins; otherwise a school-wide
 * resource is split by weighted students, SPEC §2.3), so that a value the
 * planner computes is the value the evaluation will compute.
 */
#include "plan.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../util/index.h"
#include "../util/strbuf.h"

size_t
edubal__plan_slot(const struct edubal__plan_school *s, size_t i, size_t k)
{
	return s->slots[i * EDUBAL__SECTION_COUNT + k];
}

double
edubal__plan_value(const struct edubal__plan_model *m,
	const struct edubal__plan_school *s, size_t i, size_t k, double extra)
{
	const struct edubal__plan_section *sec = &s->sections[k];
	size_t slot = edubal__plan_slot(s, i, k);
	const struct edubal__plan_holder *h = edubal__plan_holder(s, i, slot);
	double amount = h->base + h->rule + h->cv + extra;
	if (slot == EDUBAL__PLAN_WHOLE)
		amount = amount * sec->share;
	return amount * m->std->indicators[i].scale / sec->students;
}

double
edubal__plan_added(const struct edubal__plan_school *s, size_t i)
{
	double total = 0;
	for (size_t slot = 0; slot < EDUBAL__PLAN_SLOTS; slot++) {
		const struct edubal__plan_holder *h = edubal__plan_holder(s, i, slot);
		if (h->used)
			total += h->rule + h->cv;
	}
	return total;
}

void
edubal__plan_model_free(struct edubal__plan_model *m)
{
	for (size_t i = 0; i < m->school_count; i++) {
		free(m->schools[i].holders);
		free(m->schools[i].slots);
		free(m->schools[i].limit);
		free(m->schools[i].limit_from);
	}
	free(m->schools);
	for (size_t i = 0; m->resources && i < m->std->indicator_count; i++)
		free(m->resources[i].unit);
	free(m->resources);
	memset(m, 0, sizeof *m);
}

/* The profile shapes the planner serves; see docs/plan.md. */
static edubal_status
check_profile(const edubal_standard *std, edubal_error *err)
{
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (std->level[s] && std->composite.judged &&
		    std->composite.has_limit[s])
			return edubal__fail(err, EDUBAL_EINVAL, "%s judges the composite "
				"CV; the planner closes single-indicator CV limits only",
				std->id);
	}
	for (size_t i = 0; i < std->indicator_count; i++) {
		for (size_t j = 0; j < i; j++) {
			if (strcmp(std->indicators[i].resource,
			    std->indicators[j].resource) == 0)
				return edubal__fail(err, EDUBAL_EINVAL, "%s: indicators %s and "
					"%s read the same resource %s; the planner needs one "
					"resource per indicator", std->id, std->indicators[j].key,
					std->indicators[i].key, std->indicators[i].resource);
		}
	}
	return EDUBAL_OK;
}

static edubal_status
resolve_costs(struct edubal__plan_model *m, const edubal_plan_inputs *in,
	edubal_error *err)
{
	size_t n = m->std->indicator_count;
	m->resources = calloc(n ? n : 1, sizeof *m->resources);
	if (!m->resources)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++) {
		const struct edubal__indicator *ind = &m->std->indicators[i];
		const struct edubal__plan_cost *c = edubal__plan_find_cost(in,
			ind->resource);
		if (!c)
			return edubal__fail(err, EDUBAL_EINVAL, "no unit cost for resource "
				"%s (indicator %s): give it in the costs file", ind->resource,
				ind->key);
		/* A copy: the plan outlives the inputs it was computed from. */
		char *unit = edubal__strdup(c->unit ? c->unit : "");
		if (!unit)
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
		m->resources[i] = (struct edubal__plan_resource) {c->unit_cost,
			c->step, unit};
	}
	return EDUBAL_OK;
}

static double
cell(const struct edubal__frame *f, const char *name, size_t row)
{
	return edubal__cell_number(edubal__frame_column(f, name), row);
}

/* Share of school-wide resources of each section: resource.c's formula. */
static void
shares(const struct edubal__plan_model *m, struct edubal__plan_school *s)
{
	enum edubal__school_type type = (enum edubal__school_type)
		cell(m->frame, "type", s->row);
	double total = 0, mine[EDUBAL__SECTION_COUNT] = {0};
	for (int t = 0; t < EDUBAL__SECTION_COUNT; t++) {
		if (!edubal__type_has_section(type, (enum edubal__section) t))
			continue;
		char name[32];
		snprintf(name, sizeof name, "students_%s",
			edubal__section_name((enum edubal__section) t));
		double students = cell(m->frame, name, s->row);
		if (isnan(students))
			continue;
		double w = m->std->has_split[type] ? m->std->split[type][t] : 1.0;
		total += students * w;
		mine[t] = students * w;
	}
	for (size_t k = 0; k < s->section_count; k++)
		s->sections[k].share = total > 0 ? mine[s->sections[k].section] / total
		                                 : NAN;
}

static edubal_status
missing_input(const struct edubal__plan_model *m,
	const struct edubal__plan_school *s, size_t i, const char *column,
	edubal_error *err)
{
	return edubal__fail_cell(err, EDUBAL_EDATA, m->frame->source,
		edubal__frame_row_number(m->frame, s->row), column, "",
		"school %s has no %s, which indicator %s needs: the planner needs "
		"every input of every assessed school", s->id, column,
		m->std->indicators[i].key);
}

/* Find the cell that holds indicator i of section k. */
static edubal_status
find_holder(const struct edubal__plan_model *m, struct edubal__plan_school *s,
	size_t i, size_t k, edubal_error *err)
{
	const struct edubal__indicator *ind = &m->std->indicators[i];
	enum edubal__section sec = s->sections[k].section;
	char own[96];
	snprintf(own, sizeof own, "%s_%s", ind->resource,
		edubal__section_name(sec));
	const struct edubal__column *col = edubal__frame_column(m->frame, own);
	size_t slot = 1 + (size_t) sec;
	if (isnan(edubal__cell_number(col, s->row))) {
		if (ind->basis == EDUBAL__BASIS_SECTION)
			return missing_input(m, s, i, own, err);
		col = edubal__frame_column(m->frame, ind->resource);
		if (isnan(edubal__cell_number(col, s->row)))
			return missing_input(m, s, i, ind->resource, err);
		slot = EDUBAL__PLAN_WHOLE;
	}
	struct edubal__plan_holder *h = edubal__plan_holder(s, i, slot);
	h->used = true;
	h->column = col->name;
	h->base = edubal__cell_number(col, s->row);
	s->slots[i * EDUBAL__SECTION_COUNT + k] = slot;
	return EDUBAL_OK;
}

static edubal_status
build_school(struct edubal__plan_model *m, struct edubal__plan_school *s,
	edubal_error *err)
{
	size_t n = m->std->indicator_count ? m->std->indicator_count : 1;
	s->holders = calloc(n * EDUBAL__PLAN_SLOTS, sizeof *s->holders);
	s->slots = calloc(n * EDUBAL__SECTION_COUNT, sizeof *s->slots);
	s->limit = malloc(n * sizeof *s->limit);
	s->limit_from = calloc(n, sizeof *s->limit_from);
	if (!s->holders || !s->slots || !s->limit || !s->limit_from)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		s->limit[i] = INFINITY;
	shares(m, s);
	for (size_t i = 0; i < m->std->indicator_count; i++) {
		for (size_t k = 0; k < s->section_count; k++) {
			edubal_status st = find_holder(m, s, i, k, err);
			if (st != EDUBAL_OK)
				return st;
		}
	}
	return EDUBAL_OK;
}

/* Group the report's school sections (consecutive per school) into
 * schools, and find each one's schools.csv row. */
static edubal_status
group_schools(struct edubal__plan_model *m, const struct edubal__index *ids,
	edubal_error *err)
{
	const edubal_report *r = m->before;
	m->schools = calloc(r->school_count + 1, sizeof *m->schools);
	if (!m->schools)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t j = 0; j < r->school_count; j++) {
		const struct edubal__school_result *sr = &r->schools[j];
		struct edubal__plan_school *s = m->school_count ?
			&m->schools[m->school_count - 1] : NULL;
		if (!s || strcmp(s->id, sr->school_id) != 0 || s->county != sr->county) {
			const struct edubal__index_entry *e = edubal__index_find(ids,
				sr->school_id);
			if (!e)
				return edubal__fail(err, EDUBAL_EINTERNAL, "school %s of the "
					"report is not in the schools table", sr->school_id);
			s = &m->schools[m->school_count++];
			s->row = e->row;
			s->id = sr->school_id;
			s->county = sr->county;
		}
		struct edubal__plan_section *sec = &s->sections[s->section_count++];
		sec->result = j;
		sec->section = sr->section;
		sec->students = sr->students;
		s->failing = s->failing || sr->pass == EDUBAL__FALSE;
	}
	return EDUBAL_OK;
}

static edubal_status
apply_limit(struct edubal__plan_model *m, const struct edubal__index *ids,
	const struct edubal__plan_limit *l, edubal_error *err)
{
	size_t i = 0;
	while (i < m->std->indicator_count &&
	       strcmp(m->std->indicators[i].resource, l->resource) != 0)
		i++;
	if (i == m->std->indicator_count)
		return edubal__fail_cell(err, EDUBAL_EDATA, l->source, l->row,
			"resource", l->resource, "%s has no indicator on this resource",
			m->std->id);
	const struct edubal__index_entry *e = edubal__index_find(ids,
		l->school_id);
	if (!e)
		return edubal__fail_cell(err, EDUBAL_EDATA, l->source, l->row,
			"school_id", l->school_id, "no school with this id in %s",
			m->frame->source);
	for (size_t k = 0; k < m->school_count; k++) {
		if (m->schools[k].row == e->row) {
			m->schools[k].limit[i] = l->max_addition;
			m->schools[k].limit_from[i] = l;
		}
	}
	return EDUBAL_OK;   /* a school that is not assessed needs nothing */
}

static edubal_status
build(struct edubal__plan_model *m, const edubal_plan_inputs *in,
	const struct edubal__index *ids, edubal_error *err)
{
	edubal_status st = group_schools(m, ids, err);
	for (size_t k = 0; st == EDUBAL_OK && k < m->school_count; k++)
		st = build_school(m, &m->schools[k], err);
	for (size_t l = 0; st == EDUBAL_OK && l < in->limit_count; l++)
		st = apply_limit(m, ids, &in->limits[l], err);
	return st;
}

edubal_status
edubal__plan_model_build(struct edubal__plan_model *m,
	const edubal_standard *std, const edubal_dataset *ds,
	const edubal_report *before, const edubal_plan_inputs *in,
	edubal_error *err)
{
	memset(m, 0, sizeof *m);
	m->std = std;
	m->before = before;
	m->frame = edubal__dataset_frame(ds, EDUBAL_TABLE_SCHOOLS);
	edubal_status st = check_profile(std, err);
	if (st == EDUBAL_OK)
		st = resolve_costs(m, in, err);
	if (st != EDUBAL_OK)
		return st;
	const struct edubal__column *id_col = edubal__frame_column(m->frame,
		"school_id");
	struct edubal__index ids = {NULL, 0};
	if (m->frame && (!id_col || !id_col->is_text ||
	    edubal__index_build(&ids, id_col->texts, m->frame->rows) != 0))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	st = build(m, in, &ids, err);
	edubal__index_free(&ids);
	return st;
}
