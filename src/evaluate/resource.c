/*
 * src/evaluate/resource.c - per-school indicators and the school rule.
 *
 * Each section of a combined school counts as a school of its level
 * (SPEC §2.3).  Teacher counts are reported per section; a school-wide
 * resource is split between sections in proportion to students weighted
 * by the profile's split weights, unless the file gives the section's own
 * value (<resource>_<section>), which always wins.
 */
#include "resource.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../standard/profile.h"
#include "../util/strbuf.h"
#include "level.h"

const char *
edubal__level_name(enum edubal__section s, const char *lang)
{
	return lang && strcmp(lang, "en") == 0 ? edubal__section_name(s)
	                                       : edubal__profile_section_zh(s);
}

/* Share of a school-wide resource that belongs to section s, of a school
 * of type `type` with students[t] in each section (NaN: not given). */
static double
section_share(const edubal_standard *std, enum edubal__school_type type,
	const double students[EDUBAL__SECTION_COUNT], enum edubal__section s)
{
	double total = 0, mine = 0;
	for (int t = 0; t < EDUBAL__SECTION_COUNT; t++) {
		if (!edubal__type_has_section(type, (enum edubal__section) t) ||
		    isnan(students[t]))
			continue;
		double w = std->has_split[type] ? std->split[type][t] : 1.0;
		total += students[t] * w;
		if (t == (int) s)
			mine = students[t] * w;
	}
	return total > 0 ? mine / total : NAN;
}

/* Resource amount of indicator i held by section s; NaN = not given.
 * share: the section's share of school-wide resources. */
static double
section_resource(const edubal_standard *std,
	const struct edubal__school_columns *cols, size_t row,
	enum edubal__section s, size_t i, double share)
{
	double own = edubal__cell_number(cols->own[i][s], row);
	if (!isnan(own) || std->indicators[i].basis == EDUBAL__BASIS_SECTION)
		return own;
	return edubal__cell_number(cols->whole[i], row) * share;
}

/* SPEC §2.2: at least min_met indicators meet the standard and every
 * unmet one reaches floor_fraction of it.  Counted without branches:
 * whether a school meets a standard is data, which a branch predictor
 * guesses badly (the branches cost more than the counting). */
static enum edubal__truth
school_rule(const edubal_standard *std,
	const struct edubal__school_columns *cols,
	struct edubal__school_result *sr)
{
	const struct edubal__threshold *th = cols->thresholds[sr->section];
	size_t count = cols->threshold_count[sr->section];
	const double *x = sr->indicators;
	int met = 0, unknown = 0;
	bool below_floor = false;
	for (size_t j = 0; j < count; j++) {
		double v = x[th[j].indicator];
		bool meets = v >= th[j].value;   /* false for NaN */
		met += meets;
		unknown += isnan(v);
		below_floor |= !meets & (v < th[j].lowest);
	}
	sr->met = (uint16_t) met;   /* met <= indicator_count < 2^16 */
	if (below_floor || met + unknown < std->min_met)
		return EDUBAL__FALSE;
	if (unknown > 0)
		return EDUBAL__UNKNOWN;
	return EDUBAL__TRUE;
}

/* A new school result at the end of the report's, its indicators' room
 * set and the rest for the caller to fill; NULL when out of memory. */
static struct edubal__school_result *
push_school(edubal_report *report)
{
	if (report->school_count == report->school_cap) {
		size_t cap = report->school_cap ? 2 * report->school_cap : 64;
		void *p = realloc(report->schools, cap * sizeof *report->schools);
		if (!p)
			return NULL;
		report->schools = p;
		report->school_cap = cap;
		/* The block was sized for the old capacity. */
		report->indicator_block = NULL;
	}
	struct edubal__school_result *sr = &report->schools[report->school_count];
	size_t n = report->standard->indicator_count;
	if (report->indicator_block)
		sr->indicators = report->indicator_block +
			report->school_count * (n ? n : 1);
	else
		sr->indicators = edubal__arena_alloc(&report->school_arena,
			(n ? n : 1) * sizeof *sr->indicators);
	if (!sr->indicators)
		return NULL;
	report->school_count++;
	return sr;
}

/* Section s of the school of row, with students[] in its sections. */
static edubal_status
add_section(edubal_report *report, size_t county,
	const struct edubal__school_columns *cols, size_t row,
	enum edubal__school_type type, enum edubal__section s,
	const double students[EDUBAL__SECTION_COUNT], char *id)
{
	const edubal_standard *std = report->standard;
	struct edubal__school_result *sr = push_school(report);
	if (!sr)
		return EDUBAL_ENOMEM;
	sr->school_id = id;
	sr->county = (uint32_t) county;   /* < 2^32 (edubal_evaluate) */
	sr->section = (unsigned char) s;
	sr->students = students[s];
	double share = section_share(std, type, students, s);
	for (size_t i = 0; i < std->indicator_count; i++) {
		double amount = section_resource(std, cols, row, s, i, share);
		sr->indicators[i] = amount * std->indicators[i].scale / students[s];
	}
	sr->pass = (unsigned char) school_rule(std, cols, sr);
	return EDUBAL_OK;
}

/* The school results of the school of row: one per section that counts
 * as a school of its level (columns.h), its students read once for all
 * of them and its id copied once. */
static edubal_status
add_school(edubal_report *report, size_t county,
	const struct edubal__school_columns *cols, size_t row)
{
	unsigned sections = cols->sections[row];
	if (!sections)
		return EDUBAL_OK;
	enum edubal__school_type type = edubal__school_type_of(cols, row);
	double students[EDUBAL__SECTION_COUNT];
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		students[s] = edubal__cell_number(cols->students[s], row);
	char *id = edubal__arena_strdup(&report->school_arena,
		edubal__cell_text(cols->school_id, row));
	if (!id)
		return EDUBAL_ENOMEM;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (!(sections >> s & 1))
			continue;
		edubal_status st = add_section(report, county, cols, row, type,
			(enum edubal__section) s, students, id);
		if (st != EDUBAL_OK)
			return st;
	}
	return EDUBAL_OK;
}

edubal_status
edubal__evaluate_resources(edubal_report *report, size_t county_index,
	const struct edubal__school_columns *schools, const size_t *rows,
	size_t row_count, edubal_error *err)
{
	size_t first = report->school_count;
	for (size_t i = 0; i < row_count; i++) {
		if (add_school(report, county_index, schools, rows[i]) != EDUBAL_OK)
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return edubal__evaluate_levels(report, county_index,
		report->schools + first, report->school_count - first, err);
}
