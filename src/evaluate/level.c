/*
 * src/evaluate/level.c - per-level means, SDs and CVs, and the level
 * verdict: every school passes the k-of-n rule and every CV is within its
 * limit (SPEC §2.2).  The composite CV is reported, and judged only where
 * the profile says so (the 2012 standard).
 */
#include "level.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/stats.h>

#include "../error.h"
#include "../stats/moment_set.h"
#include "../util/strbuf.h"
#include "reasons.h"

/* Half-up rounding to digits decimals, as provinces publish CVs. */
static double
round_half_up(double x, int digits)
{
	double scale = pow(10, digits);
	return floor(x * scale + 0.5) / scale;
}

static enum edubal__truth
judge_cv(const struct edubal__cv_rule *rule, enum edubal__section s,
	double cv, bool *has_limit, double *limit)
{
	*has_limit = rule->judged && rule->has_limit[s];
	*limit = *has_limit ? rule->limit[s] : NAN;
	if (!*has_limit)
		return EDUBAL__TRUE;
	double x = rule->round_digits >= 0 ? round_half_up(cv, rule->round_digits)
	                                   : cv;
	return edubal__cmp_holds(rule->op, x, *limit) ? EDUBAL__TRUE
	                                              : EDUBAL__FALSE;
}

/* Working memory of a county's levels: the indicators' sums, summed
 * together over the level's schools (moment_set.h), and which indicators
 * some school lacks. */
struct level_work {
	struct edubal__moment_set moments;
	size_t *missing;       /* schools without indicator i */
	size_t *first_missing; /* the first of them, as a report->schools index */
	double *cvs;           /* the composite's input */
};

/* Schools of level s without indicator i (NaN), and the first of them. */
static void
count_missing(const edubal_report *report,
	const struct edubal__school_result *schools, size_t count,
	enum edubal__section s, size_t i, struct level_work *work)
{
	for (size_t k = 0; k < count; k++) {
		const struct edubal__school_result *sr = &schools[k];
		if (sr->section == s && isnan(sr->indicators[i]) &&
		    !work->missing[i]++)
			work->first_missing[i] = (size_t) (sr - report->schools);
	}
}

/* Indicator i's mean, SD and CV where every school has it; its verdict
 * and reason. */
static edubal_status
indicator_stats(edubal_report *report, struct edubal__county_result *c,
	struct edubal__level_result *level, size_t i,
	const struct level_work *work)
{
	const edubal_standard *std = report->standard;
	struct edubal__indicator_result *r = &level->indicators[i];
	r->pass = EDUBAL__UNKNOWN;
	if (work->missing[i] > 0)
		return edubal__reason_missing_indicator(c, level->section, i,
			work->missing[i], work->first_missing[i]);
	if (edubal__moment_set_summary(&work->moments, i, &r->mean, &r->sd,
	    &r->cv) != EDUBAL_OK)
		return edubal__reason_undefined_cv(c, level->section, i);
	r->computed = true;
	r->pass = judge_cv(&std->cv, level->section, r->cv, &r->has_limit,
		&r->limit);
	if (r->pass == EDUBAL__FALSE)
		return edubal__reason_cv(c, level->section, i, r->cv, r->limit);
	return EDUBAL_OK;
}

static edubal_status
composite(const edubal_standard *std, struct edubal__county_result *c,
	struct edubal__level_result *level, double *cvs)
{
	size_t n = std->indicator_count;
	for (size_t i = 0; i < n; i++) {
		if (!level->indicators[i].computed)
			return EDUBAL_OK;
		cvs[i] = level->indicators[i].cv;
	}
	if (edubal_stats_composite_cv(cvs, n, &level->composite_cv, NULL))
		return EDUBAL_OK;
	level->has_composite = true;
	bool has_limit;
	double limit;
	enum edubal__truth pass = judge_cv(&std->composite, level->section,
		level->composite_cv, &has_limit, &limit);
	if (pass == EDUBAL__FALSE)
		return edubal__reason_composite(c, level->section,
			level->composite_cv, limit);
	return EDUBAL_OK;
}

/* The composite's verdict when the profile judges it. */
static enum edubal__truth
composite_truth(const edubal_standard *std,
	const struct edubal__level_result *level)
{
	if (!std->composite.judged || !std->composite.has_limit[level->section])
		return EDUBAL__TRUE;
	if (!level->has_composite)
		return EDUBAL__UNKNOWN;
	bool has_limit;
	double limit;
	return judge_cv(&std->composite, level->section, level->composite_cv,
		&has_limit, &limit);
}

/*
 * One pass over the schools of level: count them and their students,
 * record each failing one (a reason whose texts are written from the
 * school's result only if asked: reasons.h), and add its indicators to
 * the first sums of the moments.  Counted in locals: the reasons written
 * in between would make the compiler reload level's fields per school.
 */
static edubal_status
first_pass(edubal_report *report, struct edubal__county_result *c,
	struct edubal__level_result *level,
	const struct edubal__school_result *schools, size_t count,
	struct level_work *work, enum edubal__truth *all_pass)
{
	const edubal_standard *std = report->standard;
	enum edubal__section s = level->section;
	enum edubal__truth pass = EDUBAL__TRUE;
	size_t n = 0, failing = 0;
	double students = 0;
	edubal_status st = EDUBAL_OK;
	edubal__moment_set_reset(&work->moments);
	for (size_t k = 0; k < count && st == EDUBAL_OK; k++) {
		const struct edubal__school_result *sr = &schools[k];
		if (sr->section != s)
			continue;
		n++;
		students += sr->students;
		pass = edubal__truth_and(pass, sr->pass);
		edubal__moment_set_add(&work->moments, sr->indicators,
			sr->students);
		if (sr->pass == EDUBAL__FALSE) {
			failing++;
			st = edubal__reason_school(report, c, s,
				(size_t) (sr - report->schools));
		}
	}
	level->schools = n;
	level->schools_failing = failing;
	level->students = students;
	*all_pass = std->all_schools ? pass : EDUBAL__TRUE;
	return st;
}

/* The rest of the moments: which indicators some school lacks, and the
 * second pass.  A school without an indicator makes its sums NaN, and
 * nothing else can (indicators are finite otherwise and every school has
 * students), so only such indicators are looked into. */
static void
finish_moments(const edubal_report *report,
	const struct edubal__school_result *schools, size_t count,
	enum edubal__section s, struct level_work *work)
{
	struct edubal__moment_set *m = &work->moments;
	for (size_t i = 0; i < m->k; i++) {
		work->missing[i] = 0;
		if (isnan(edubal__ksum_value(&m->sums[i])))
			count_missing(report, schools, count, s, i, work);
	}
	edubal__moment_set_center(m);
	for (size_t k = 0; k < count; k++)
		if (schools[k].section == s)
			edubal__moment_set_add_squares(m, schools[k].indicators,
				schools[k].students);
}

static edubal_status
evaluate_level(edubal_report *report, struct edubal__county_result *c,
	struct edubal__level_result *level,
	const struct edubal__school_result *schools, size_t count,
	struct level_work *work)
{
	const edubal_standard *std = report->standard;
	enum edubal__truth pass;
	edubal_status st = first_pass(report, c, level, schools, count, work,
		&pass);
	if (st != EDUBAL_OK)
		return st;
	if (level->schools == 0) {
		level->pass = EDUBAL__UNKNOWN;
		return edubal__reason_no_schools(c, level->section);
	}
	finish_moments(report, schools, count, level->section, work);
	for (size_t i = 0; i < std->indicator_count && st == EDUBAL_OK; i++) {
		st = indicator_stats(report, c, level, i, work);
		pass = edubal__truth_and(pass, level->indicators[i].pass);
	}
	if (st == EDUBAL_OK)
		st = composite(std, c, level, work->cvs);
	level->pass = edubal__truth_and(pass, composite_truth(std, level));
	return st;
}

static edubal_status
allocate_levels(const edubal_standard *std, struct edubal__county_result *c)
{
	size_t n = 0;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		n += std->level[s];
	c->levels = calloc(n ? n : 1, sizeof *c->levels);
	if (!c->levels)
		return EDUBAL_ENOMEM;
	c->level_count = n;
	size_t k = 0;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (!std->level[s])
			continue;
		struct edubal__level_result *level = &c->levels[k++];
		level->section = (enum edubal__section) s;
		level->indicators = calloc(std->indicator_count ?
			std->indicator_count : 1, sizeof *level->indicators);
		if (!level->indicators)
			return EDUBAL_ENOMEM;
	}
	return EDUBAL_OK;
}

edubal_status
edubal__evaluate_levels(edubal_report *report, size_t county_index,
	const struct edubal__school_result *schools, size_t count,
	edubal_error *err)
{
	const edubal_standard *std = report->standard;
	struct edubal__county_result *c = &report->counties[county_index];
	size_t indicators = std->indicator_count ? std->indicator_count : 1;
	struct level_work work;
	edubal_status st = edubal__moment_set_init(&work.moments,
		std->indicator_count, std->cv.method);
	work.missing = malloc(indicators * (2 * sizeof(size_t) +
		sizeof(double)));
	if (st == EDUBAL_OK && !work.missing)
		st = EDUBAL_ENOMEM;
	if (st == EDUBAL_OK) {
		work.first_missing = work.missing + indicators;
		work.cvs = (double *) (work.first_missing + indicators);
		st = allocate_levels(std, c);
	}
	for (size_t l = 0; l < c->level_count && st == EDUBAL_OK; l++)
		st = evaluate_level(report, c, &c->levels[l], schools, count,
			&work);
	edubal__moment_set_free(&work.moments);
	free(work.missing);
	if (st != EDUBAL_OK)
		return edubal__fail(err, st, "out of memory evaluating county %s",
			c->county_id);
	return EDUBAL_OK;
}

static bool
section_named(const char *name, enum edubal__section *out)
{
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (strcmp(name, edubal__section_name((enum edubal__section) s)) == 0) {
			*out = (enum edubal__section) s;
			return true;
		}
	}
	return false;
}

static edubal_status
check_cvs_args(const edubal_standard *std, const char *level,
	const double *cvs, size_t n, enum edubal__section *s, edubal_error *err)
{
	if (!std || !level || !cvs)
		return edubal__fail(err, EDUBAL_EINVAL,
			"standard, level and cvs must not be NULL");
	if (!section_named(level, s))
		return edubal__fail(err, EDUBAL_EINVAL, "unknown level \"%s\" "
			"(primary, junior or senior)", level);
	if (!std->level[*s])
		return edubal__fail(err, EDUBAL_ENOTFOUND, "%s does not assess the "
			"%s level", std->id, level);
	if (n != std->indicator_count)
		return edubal__fail(err, EDUBAL_EINVAL, "%s has %zu indicators but "
			"%zu CVs were given", std->id, std->indicator_count, n);
	return EDUBAL_OK;
}

edubal_status
edubal_evaluate_cvs(const edubal_standard *standard, const char *level,
	const double *cvs, size_t n, size_t *out_failing, double *out_composite,
	int *out_pass, edubal_error *err)
{
	enum edubal__section s = EDUBAL__PRIMARY;
	edubal_status st = check_cvs_args(standard, level, cvs, n, &s, err);
	if (st != EDUBAL_OK)
		return st;
	if (!out_failing || !out_composite || !out_pass)
		return edubal__fail(err, EDUBAL_EINVAL, "out-parameters must not be "
			"NULL");
	double composite_cv;
	st = edubal_stats_composite_cv(cvs, n, &composite_cv, err);
	if (st != EDUBAL_OK)
		return st;
	bool has_limit;
	double limit;
	size_t failing = 0;
	for (size_t i = 0; i < n; i++)
		failing += judge_cv(&standard->cv, s, cvs[i], &has_limit, &limit)
			== EDUBAL__FALSE;
	enum edubal__truth composite_ok = judge_cv(&standard->composite, s,
		composite_cv, &has_limit, &limit);
	*out_failing = failing;
	*out_composite = composite_cv;
	*out_pass = failing == 0 && composite_ok == EDUBAL__TRUE;
	return EDUBAL_OK;
}
