/*
 * src/plan/cv.c - step 2 of the planner (SPEC §7.7): while a CV of a
 * county's level exceeds its limit (SPEC §2.2), add one lot of that
 * indicator's resource at the school where the CV falls most per 元.
 *
 * A lot is 1% of the amount the standard asks of the school (at least one
 * step, in whole steps): a teacher, about 25 m² or 10,000 元 for a school
 * of 500.  Candidates are ranked by the CV after the lot, from running
 * weighted sums around a fixed centre (O(1) each); whether the limit holds
 * is always decided by edubal_stats_summary(), the function the
 * evaluation uses.  A lot at a combined school's shared resource also
 * raises its other sections; a lot that would push another level's CV of
 * the same indicator over its limit is not taken.
 */
#include "plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../evaluate/resource.h"

bool
edubal__plan_cv_holds(const edubal_standard *std, enum edubal__section s,
	double cv)
{
	const struct edubal__cv_rule *rule = &std->cv;
	if (!rule->judged || !rule->has_limit[s])
		return true;
	double x = cv;
	if (rule->round_digits >= 0) {
		double scale = pow(10, rule->round_digits);
		x = floor(cv * scale + 0.5) / scale;
	}
	return edubal__cmp_holds(rule->op, x, rule->limit[s]);
}

struct candidate {
	size_t slot;
	double amount, x, y, w;
};

/* The sections of one county and level: school and section position. */
struct level_set {
	size_t county, indicator;
	enum edubal__section level;
	size_t from, to;            /* the county's schools (contiguous) */
	size_t n;
	size_t *school, *k;
	double *values, *weights;   /* scratch for edubal_stats_summary */
	/* per entry, kept current as lots are added: the holder slot, the
	 * next lot, the value now and after that lot, the ranking weight */
	struct candidate *cand;
};

static void
gather(const struct edubal__plan_model *m, struct level_set *ls)
{
	ls->n = 0;
	for (size_t j = ls->from; j < ls->to; j++) {
		const struct edubal__plan_school *s = &m->schools[j];
		if (s->county != ls->county)
			continue;
		for (size_t k = 0; k < s->section_count; k++) {
			if (s->sections[k].section != ls->level)
				continue;
			ls->school[ls->n] = j;
			ls->k[ls->n] = k;
			ls->n++;
		}
	}
}

static double
weight(const struct edubal__plan_model *m, const struct level_set *ls,
	size_t e)
{
	return m->std->cv.method == EDUBAL_CV_OFFICIAL ?
		m->schools[ls->school[e]].sections[ls->k[e]].students : 1.0;
}

static double
value(const struct edubal__plan_model *m, const struct level_set *ls,
	size_t e, double extra)
{
	return edubal__plan_value(m, &m->schools[ls->school[e]], ls->indicator,
		ls->k[e], extra);
}

/* The evaluation's CV of the level; EDUBAL_EDOM when undefined. */
static edubal_status
exact_cv(const struct edubal__plan_model *m, struct level_set *ls,
	double *cv)
{
	for (size_t e = 0; e < ls->n; e++) {
		ls->values[e] = value(m, ls, e, 0);
		ls->weights[e] = m->schools[ls->school[e]].sections[ls->k[e]].students;
	}
	double mean, sd;
	return edubal_stats_summary(ls->values, ls->n, ls->weights, ls->n,
		m->std->cv.method, &mean, &sd, cv, NULL);
}

/* Running sums around centre c: S0 = Σw, S1 = Σw(x−c), S2 = Σw(x−c)². */
struct sums {
	double c, s0, s1, s2;
};

static void
sums_build(const struct edubal__plan_model *m, const struct level_set *ls,
	struct sums *t)
{
	double s0 = 0, s1 = 0;
	for (size_t e = 0; e < ls->n; e++) {
		s0 += weight(m, ls, e);
		s1 += weight(m, ls, e) * value(m, ls, e, 0);
	}
	t->c = s0 > 0 ? s1 / s0 : 0;
	t->s0 = s0;
	t->s1 = t->s2 = 0;
	for (size_t e = 0; e < ls->n; e++) {
		double d = value(m, ls, e, 0) - t->c;
		t->s1 += weight(m, ls, e) * d;
		t->s2 += weight(m, ls, e) * d * d;
	}
}

/* The CV after x_e moves from x to y (population form; ranking only). */
static double
cv_after(const struct sums *t, double w, double x, double y)
{
	double s1 = t->s1 + w * (y - x);
	double s2 = t->s2 + w * ((y - t->c) * (y - t->c) - (x - t->c) * (x - t->c));
	double mean = s1 / t->s0;
	double var = s2 / t->s0 - mean * mean;
	return sqrt(var > 0 ? var : 0) / (t->c + mean);
}

/* A lot for indicator i at school s: 1% of what the standard asks of the
 * sections its holder serves, in whole steps, within the limit left. */
static double
lot(const struct edubal__plan_model *m, const struct edubal__plan_school *s,
	size_t i, size_t slot)
{
	const struct edubal__indicator *ind = &m->std->indicators[i];
	double step = m->resources[i].step, asked = 0;
	for (size_t k = 0; k < s->section_count; k++) {
		enum edubal__section sec = s->sections[k].section;
		if (edubal__plan_slot(s, i, k) == slot && ind->has_threshold[sec])
			asked += ind->threshold[sec] * s->sections[k].students /
				ind->scale;
	}
	double n = ceil(0.01 * asked / step);
	double amount = (n >= 1 ? n : 1) * step;
	double room = s->limit[i] - edubal__plan_added(s, i);
	if (room < amount)
		amount = floor(room / step * (1 + 1e-12)) * step;
	return amount;
}

/* Whether adding amount at slot keeps every other level's CV of the
 * indicator that holds its limit within it (shared resources only). */
static edubal_status
others_hold(struct edubal__plan_model *m, size_t j, size_t slot,
	double amount, const struct level_set *ls, struct level_set *other,
	bool *ok)
{
	struct edubal__plan_school *s = &m->schools[j];
	*ok = true;
	for (size_t k = 0; k < s->section_count && *ok; k++) {
		enum edubal__section sec = s->sections[k].section;
		if (sec == ls->level || edubal__plan_slot(s, ls->indicator, k) != slot)
			continue;
		other->county = ls->county;
		other->indicator = ls->indicator;
		other->level = sec;
		other->from = ls->from;
		other->to = ls->to;
		gather(m, other);
		double before, after;
		if (exact_cv(m, other, &before) != EDUBAL_OK ||
		    !edubal__plan_cv_holds(m->std, sec, before))
			continue;
		struct edubal__plan_holder *h = edubal__plan_holder(s,
			ls->indicator, slot);
		h->cv += amount;
		edubal_status st = exact_cv(m, other, &after);
		h->cv -= amount;
		*ok = st == EDUBAL_OK && edubal__plan_cv_holds(m->std, sec, after);
	}
	return EDUBAL_OK;
}

struct move {
	size_t entry, slot;
	double amount, gain;
};

/* Refresh candidate e after its school's holder changed. */
static void
refresh(const struct edubal__plan_model *m, struct level_set *ls, size_t e)
{
	const struct edubal__plan_school *s = &m->schools[ls->school[e]];
	struct candidate *c = &ls->cand[e];
	c->slot = edubal__plan_slot(s, ls->indicator, ls->k[e]);
	c->amount = lot(m, s, ls->indicator, c->slot);
	c->x = value(m, ls, e, 0);
	c->y = c->amount > 0 ? value(m, ls, e, c->amount) : c->x;
	c->w = weight(m, ls, e);
}

static void
best_move(struct edubal__plan_model *m, const struct level_set *ls,
	const struct sums *t, double cv, struct level_set *other,
	struct move *best)
{
	size_t i = ls->indicator;
	best->gain = 0;
	for (size_t e = 0; e < ls->n; e++) {
		const struct candidate *c = &ls->cand[e];
		if (!(c->amount > 0))
			continue;
		double gain = (cv - cv_after(t, c->w, c->x, c->y)) /
			(c->amount * m->resources[i].unit_cost);
		if (!(gain > best->gain))
			continue;
		bool ok = true;
		const struct edubal__plan_school *s = &m->schools[ls->school[e]];
		if (c->slot == EDUBAL__PLAN_WHOLE && s->section_count > 1)
			others_hold(m, ls->school[e], c->slot, c->amount, ls, other, &ok);
		if (ok)
			*best = (struct move) {e, c->slot, c->amount, gain};
	}
}

static edubal_status
stuck(const struct edubal__plan_model *m, const struct level_set *ls,
	double cv, edubal_error *err)
{
	const struct edubal__indicator *ind = &m->std->indicators[ls->indicator];
	return edubal__fail(err, EDUBAL_EDATA, "county %s, %s: the CV of %s "
		"stays %.6f, over its limit %g: no school can take more %s within "
		"the limits without pushing another level's CV over its limit",
		m->before->counties[ls->county].county_id,
		edubal__level_name(ls->level, "en"), ind->key, cv,
		m->std->cv.limit[ls->level], ind->resource);
}

/* Whether cv is over the limit beyond any doubt from rounding, of the
 * running sums (relative error far below 0.1%) or of the profile's
 * half-up rounding to round_digits decimals. */
static bool
clearly_over(const edubal_standard *std, enum edubal__section s, double cv)
{
	const struct edubal__cv_rule *rule = &std->cv;
	double bound = rule->limit[s] * (1 + 1e-3);
	if (rule->round_digits >= 0)
		bound += 0.5 * pow(10, -rule->round_digits);
	return cv > bound;
}

/* Close one level's CV of one indicator. */
static edubal_status
close_cv(struct edubal__plan_model *m, struct level_set *ls,
	struct level_set *other, edubal_error *err)
{
	gather(m, ls);
	for (size_t e = 0; e < ls->n; e++)
		refresh(m, ls, e);
	struct sums t;
	for (size_t moves = 0;; moves++) {
		if (moves % 64 == 0)
			sums_build(m, ls, &t);
		/* The running sums decide only while the CV is clearly over; near
		 * the limit the evaluation's own function does. */
		double cv = cv_after(&t, 0, 0, 0);
		if (!clearly_over(m->std, ls->level, cv)) {
			edubal_status st = exact_cv(m, ls, &cv);
			if (st == EDUBAL_EDOM)
				return edubal__fail(err, EDUBAL_EDATA, "county %s, %s: the CV "
					"of %s is undefined (mean 0)",
					m->before->counties[ls->county].county_id,
					edubal__level_name(ls->level, "en"),
					m->std->indicators[ls->indicator].key);
			if (st != EDUBAL_OK)
				return edubal__fail(err, st, "computing a CV failed");
			if (edubal__plan_cv_holds(m->std, ls->level, cv))
				return EDUBAL_OK;
		}
		if (moves > 10000000)
			return edubal__fail(err, EDUBAL_EINTERNAL, "the CV step did not "
				"converge");
		struct move mv;
		best_move(m, ls, &t, cv, other, &mv);
		if (!(mv.gain > 0))
			return stuck(m, ls, cv, err);
		struct edubal__plan_school *s = &m->schools[ls->school[mv.entry]];
		double w = weight(m, ls, mv.entry), x = value(m, ls, mv.entry, 0);
		edubal__plan_holder(s, ls->indicator, mv.slot)->cv += mv.amount;
		refresh(m, ls, mv.entry);
		double y = ls->cand[mv.entry].x;
		t.s1 += w * (y - x);
		t.s2 += w * ((y - t.c) * (y - t.c) - (x - t.c) * (x - t.c));
	}
}

static edubal_status
alloc_set(struct level_set *ls, size_t n)
{
	ls->school = malloc(n * sizeof *ls->school);
	ls->k = malloc(n * sizeof *ls->k);
	ls->values = malloc(n * sizeof *ls->values);
	ls->weights = malloc(n * sizeof *ls->weights);
	ls->cand = malloc(n * sizeof *ls->cand);
	return ls->school && ls->k && ls->values && ls->weights && ls->cand ?
		EDUBAL_OK : EDUBAL_ENOMEM;
}

static void
free_set(struct level_set *ls)
{
	free(ls->school);
	free(ls->k);
	free(ls->values);
	free(ls->weights);
	free(ls->cand);
}

edubal_status
edubal__plan_cv_step(struct edubal__plan_model *m, edubal_error *err)
{
	size_t n = m->before->school_count + 1;
	struct level_set ls = {0}, other = {0};
	edubal_status st = alloc_set(&ls, n);
	if (st == EDUBAL_OK)
		st = alloc_set(&other, n);
	if (st != EDUBAL_OK)
		st = edubal__fail(err, st, "out of memory");
	const edubal_standard *std = m->std;
	size_t from = 0;
	for (size_t c = 0; st == EDUBAL_OK && c < m->before->county_count; c++) {
		/* The evaluation lists each county's schools together. */
		while (from < m->school_count && m->schools[from].county < c)
			from++;
		size_t to = from;
		while (to < m->school_count && m->schools[to].county == c)
			to++;
		ls.from = from;
		ls.to = to;
		for (int s = 0; st == EDUBAL_OK && s < EDUBAL__SECTION_COUNT; s++) {
			if (!std->level[s] || !std->cv.judged || !std->cv.has_limit[s])
				continue;
			for (size_t i = 0; st == EDUBAL_OK && i < std->indicator_count;
			     i++) {
				ls.county = c;
				ls.indicator = i;
				ls.level = (enum edubal__section) s;
				gather(m, &ls);
				if (ls.n > 0)
					st = close_cv(m, &ls, &other, err);
			}
		}
	}
	free_set(&ls);
	free_set(&other);
	return st;
}
