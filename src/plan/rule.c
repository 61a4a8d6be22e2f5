/*
 * src/plan/rule.c - step 1 of the planner (SPEC §7.7): the cheapest
 * additions that make each failing school pass the school rule of SPEC
 * §2.2 (at least min_met indicators meet the standard, every other one
 * reaches floor_fraction of it).
 *
 * For a section, a choice of which n - min_met indicators may stay below
 * standard fixes a target for every indicator (the standard, or the floor
 * for the ones chosen), and the cheapest additions for that choice are the
 * smallest whole steps that reach every target.  A combined school's
 * sections can share a school-wide resource (SPEC §2.3), so the choices of
 * all its sections are tried together: at most C(7,1)^2 = 49 for a
 * nine-year school under the 2017 standard.  The cheapest feasible
 * combination wins; ties go to the first one tried.
 */
#include "plan.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../evaluate/resource.h"

/* The smallest whole number of steps that lifts indicator i of section k
 * to target, in resource units (0 when it is already there). */
static double
units_needed(const struct edubal__plan_model *m,
	const struct edubal__plan_school *s, size_t i, size_t k, double target)
{
	double step = m->resources[i].step;
	double now = edubal__plan_value(m, s, i, k, 0);
	if (now >= target)
		return 0;
	double per_step = edubal__plan_value(m, s, i, k, step) - now;
	double n = per_step > 0 ? ceil((target - now) / per_step) : 1;
	if (!(n >= 1))
		n = 1;
	/* The estimate can miss by one through rounding: settle it with the
	 * evaluation's own arithmetic. */
	while (edubal__plan_value(m, s, i, k, n * step) < target)
		n++;
	while (n > 1 && edubal__plan_value(m, s, i, k, (n - 1) * step) >= target)
		n--;
	return n * step;
}

/* A choice of exempt indicators for every section of a school. */
struct choice {
	size_t exempt_count[EDUBAL__SECTION_COUNT];
	size_t eligible_count[EDUBAL__SECTION_COUNT];
	size_t *eligible[EDUBAL__SECTION_COUNT];   /* indicators with a threshold */
	size_t *pick[EDUBAL__SECTION_COUNT];       /* positions into eligible */
};

static bool
exempt(const struct choice *c, size_t k, size_t i)
{
	for (size_t e = 0; e < c->exempt_count[k]; e++) {
		if (c->eligible[k][c->pick[k][e]] == i)
			return true;
	}
	return false;
}

/* Next combination of one section; false when it wraps to the first. */
static bool
next_combination(size_t *pick, size_t r, size_t n)
{
	for (size_t j = r; j-- > 0;) {
		if (pick[j] < n - r + j) {
			pick[j]++;
			for (size_t t = j + 1; t < r; t++)
				pick[t] = pick[t - 1] + 1;
			return true;
		}
	}
	for (size_t j = 0; j < r; j++)
		pick[j] = j;
	return false;
}

/* Next choice of the whole school; false after the last one. */
static bool
next_choice(struct choice *c, size_t sections)
{
	for (size_t k = 0; k < sections; k++) {
		if (next_combination(c->pick[k], c->exempt_count[k],
		    c->eligible_count[k]))
			return true;
	}
	return false;
}

/* Additions per indicator and holder slot for the current choice;
 * returns the cost, and in *over the first indicator over its limit
 * (SIZE_MAX when none). */
static double
price_choice(const struct edubal__plan_model *m,
	const struct edubal__plan_school *s, const struct choice *c,
	double *add, size_t *over)
{
	const edubal_standard *std = m->std;
	double cost = 0;
	*over = (size_t) -1;
	for (size_t i = 0; i < std->indicator_count; i++) {
		double *a = &add[i * EDUBAL__PLAN_SLOTS], total = 0;
		for (size_t slot = 0; slot < EDUBAL__PLAN_SLOTS; slot++)
			a[slot] = 0;
		for (size_t k = 0; k < s->section_count; k++) {
			const struct edubal__indicator *ind = &std->indicators[i];
			enum edubal__section sec = s->sections[k].section;
			if (!ind->has_threshold[sec])
				continue;
			double target = ind->threshold[sec] *
				(exempt(c, k, i) ? std->floor_fraction : 1.0);
			double need = units_needed(m, s, i, k, target);
			size_t slot = edubal__plan_slot(s, i, k);
			if (need > a[slot])
				a[slot] = need;
		}
		for (size_t slot = 0; slot < EDUBAL__PLAN_SLOTS; slot++)
			total += a[slot];
		if (total > s->limit[i] * (1 + 1e-12) && *over == (size_t) -1)
			*over = i;
		cost += total * m->resources[i].unit_cost;
	}
	return cost;
}

static edubal_status
init_choice(const struct edubal__plan_model *m,
	const struct edubal__plan_school *s, struct choice *c, edubal_error *err)
{
	const edubal_standard *std = m->std;
	memset(c, 0, sizeof *c);
	for (size_t k = 0; k < s->section_count; k++) {
		size_t n = 0;
		c->eligible[k] = malloc((std->indicator_count + 1) * sizeof(size_t));
		c->pick[k] = malloc((std->indicator_count + 1) * sizeof(size_t));
		if (!c->eligible[k] || !c->pick[k])
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
		for (size_t i = 0; i < std->indicator_count; i++) {
			if (std->indicators[i].has_threshold[s->sections[k].section])
				c->eligible[k][n++] = i;
		}
		if (std->min_met > 0 && (size_t) std->min_met > n)
			return edubal__fail(err, EDUBAL_EINVAL, "%s asks for %d indicators "
				"met but school %s (%s) has only %zu with a threshold",
				std->id, std->min_met, s->id,
				edubal__level_name(s->sections[k].section, "en"), n);
		c->eligible_count[k] = n;
		c->exempt_count[k] = n - (std->min_met > 0 ? (size_t) std->min_met : 0);
		for (size_t j = 0; j < c->exempt_count[k]; j++)
			c->pick[k][j] = j;
	}
	return EDUBAL_OK;
}

static void
free_choice(struct choice *c)
{
	for (int k = 0; k < EDUBAL__SECTION_COUNT; k++) {
		free(c->eligible[k]);
		free(c->pick[k]);
	}
}

static edubal_status
infeasible(const struct edubal__plan_model *m,
	const struct edubal__plan_school *s, const double *add, size_t i,
	edubal_error *err)
{
	const struct edubal__indicator *ind = &m->std->indicators[i];
	const struct edubal__plan_limit *l = s->limit_from[i];
	double total = 0;
	const char *where = "all sections";   /* a school-wide resource */
	for (size_t slot = 0; slot < EDUBAL__PLAN_SLOTS; slot++) {
		total += add[i * EDUBAL__PLAN_SLOTS + slot];
		if (slot != EDUBAL__PLAN_WHOLE && add[i * EDUBAL__PLAN_SLOTS + slot] > 0)
			where = edubal__level_name((enum edubal__section) (slot - 1), "en");
	}
	if (s->section_count == 1)
		where = edubal__level_name(s->sections[0].section, "en");
	char value[64];
	snprintf(value, sizeof value, "%.15g", s->limit[i]);
	return edubal__fail_cell(err, EDUBAL_EDATA, l ? l->source : "limits",
		l ? l->row : 0, "max_addition", value, "school %s (%s) cannot pass "
		"the school rule within its limits: indicator %s needs %.15g %s of "
		"%s in the cheapest plan, over the limit of %.15g, and no other "
		"choice of the indicators left below standard fits the limits",
		s->id, where, ind->key,
		total, m->resources[i].unit, ind->resource, s->limit[i]);
}

/* Step 1 for one failing school. */
static edubal_status
plan_school(struct edubal__plan_model *m, struct edubal__plan_school *s,
	double *add, double *best, double *cheapest, edubal_error *err)
{
	size_t n = m->std->indicator_count * EDUBAL__PLAN_SLOTS;
	struct choice c;
	edubal_status st = init_choice(m, s, &c, err);
	double best_cost = INFINITY, cheapest_cost = INFINITY;
	size_t cheapest_over = 0;
	bool more = st == EDUBAL_OK;
	while (more) {
		size_t over;
		double cost = price_choice(m, s, &c, add, &over);
		if (over == (size_t) -1 && cost < best_cost) {
			best_cost = cost;
			memcpy(best, add, n * sizeof *add);
		}
		if (cost < cheapest_cost) {
			cheapest_cost = cost;
			cheapest_over = over;
			memcpy(cheapest, add, n * sizeof *add);
		}
		more = next_choice(&c, s->section_count);
	}
	free_choice(&c);
	if (st != EDUBAL_OK)
		return st;
	if (best_cost == INFINITY)
		return infeasible(m, s, cheapest, cheapest_over, err);
	for (size_t j = 0; j < n; j++)
		s->holders[j].rule += best[j];
	return EDUBAL_OK;
}

edubal_status
edubal__plan_rule_step(struct edubal__plan_model *m, edubal_error *err)
{
	size_t n = (m->std->indicator_count + 1) * EDUBAL__PLAN_SLOTS;
	double *add = malloc(n * sizeof *add), *best = malloc(n * sizeof *best);
	double *cheapest = malloc(n * sizeof *cheapest);
	edubal_status st = add && best && cheapest ? EDUBAL_OK :
		edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t k = 0; st == EDUBAL_OK && k < m->school_count; k++) {
		if (m->schools[k].failing)
			st = plan_school(m, &m->schools[k], add, best, cheapest, err);
	}
	free(add);
	free(best);
	free(cheapest);
	return st;
}
