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
#include <stdio.h>
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

static double
cell(const struct edubal__frame *f, const char *name, size_t row)
{
	return edubal__cell_number(edubal__frame_column(f, name), row);
}

static double
section_cell(const struct edubal__frame *f, const char *stem,
	enum edubal__section s, size_t row)
{
	char name[96];
	snprintf(name, sizeof name, "%s_%s", stem, edubal__section_name(s));
	return cell(f, name, row);
}

/* Share of a school-wide resource that belongs to section s. */
static double
section_share(const edubal_standard *std, const struct edubal__frame *f,
	size_t row, enum edubal__school_type type, enum edubal__section s)
{
	double total = 0, mine = 0;
	for (int t = 0; t < EDUBAL__SECTION_COUNT; t++) {
		if (!edubal__type_has_section(type, (enum edubal__section) t))
			continue;
		double students = section_cell(f, "students",
			(enum edubal__section) t, row);
		if (isnan(students))
			continue;
		double w = std->has_split[type] ? std->split[type][t] : 1.0;
		total += students * w;
		if (t == (int) s)
			mine = students * w;
	}
	return total > 0 ? mine / total : NAN;
}

/* Resource amount of indicator ind held by section s; NaN = not given. */
static double
section_resource(const edubal_standard *std, const struct edubal__frame *f,
	size_t row, enum edubal__school_type type, enum edubal__section s,
	const struct edubal__indicator *ind)
{
	double own = section_cell(f, ind->resource, s, row);
	if (!isnan(own) || ind->basis == EDUBAL__BASIS_SECTION)
		return own;
	double whole = cell(f, ind->resource, row);
	return whole * section_share(std, f, row, type, s);
}

/* SPEC §2.2: at least min_met indicators meet the standard and every
 * unmet one reaches floor_fraction of it. */
static enum edubal__truth
school_rule(const edubal_standard *std, struct edubal__school_result *sr)
{
	int met = 0, unknown = 0;
	bool below_floor = false;
	for (size_t i = 0; i < std->indicator_count; i++) {
		const struct edubal__indicator *ind = &std->indicators[i];
		if (!ind->has_threshold[sr->section])
			continue;
		double x = sr->indicators[i], t = ind->threshold[sr->section];
		if (isnan(x))
			unknown++;
		else if (x >= t)
			met++;
		else if (x < std->floor_fraction * t)
			below_floor = true;
	}
	sr->met = met;
	if (below_floor || met + unknown < std->min_met)
		return EDUBAL__FALSE;
	if (unknown > 0)
		return EDUBAL__UNKNOWN;
	return EDUBAL__TRUE;
}

static edubal_status
push_school(edubal_report *report, struct edubal__school_result **out)
{
	if (report->school_count == report->school_cap) {
		size_t cap = report->school_cap ? 2 * report->school_cap : 64;
		void *p = realloc(report->schools, cap * sizeof *report->schools);
		if (!p)
			return EDUBAL_ENOMEM;
		report->schools = p;
		report->school_cap = cap;
	}
	struct edubal__school_result *sr = &report->schools[report->school_count];
	memset(sr, 0, sizeof *sr);
	size_t n = report->standard->indicator_count;
	sr->indicators = malloc((n ? n : 1) * sizeof *sr->indicators);
	if (!sr->indicators)
		return EDUBAL_ENOMEM;
	report->school_count++;
	*out = sr;
	return EDUBAL_OK;
}

static edubal_status
add_section(edubal_report *report, size_t county,
	const struct edubal__frame *f, size_t row,
	enum edubal__school_type type, enum edubal__section s, double students)
{
	const edubal_standard *std = report->standard;
	struct edubal__school_result *sr;
	if (push_school(report, &sr) != EDUBAL_OK)
		return EDUBAL_ENOMEM;
	sr->school_id = edubal__strdup(edubal__cell_text(
		edubal__frame_column(f, "school_id"), row));
	if (!sr->school_id)
		return EDUBAL_ENOMEM;
	sr->county = county;
	sr->section = s;
	sr->students = students;
	for (size_t i = 0; i < std->indicator_count; i++) {
		const struct edubal__indicator *ind = &std->indicators[i];
		double amount = section_resource(std, f, row, type, s, ind);
		sr->indicators[i] = amount * ind->scale / students;
	}
	sr->pass = school_rule(std, sr);
	return EDUBAL_OK;
}

static double
school_students(const struct edubal__frame *f, size_t row)
{
	double total = 0;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		double v = section_cell(f, "students", (enum edubal__section) s, row);
		if (!isnan(v))
			total += v;
	}
	return total;
}

enum edubal__school_type
edubal__school_type_at(const struct edubal__frame *f, size_t row)
{
	return (enum edubal__school_type) cell(f, "type", row);
}

bool
edubal__school_assessed(const edubal_standard *std,
	const struct edubal__frame *f, size_t row)
{
	enum edubal__school_type type = edubal__school_type_at(f, row);
	if (edubal__standard_excludes(std, type, school_students(f, row)))
		return false;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (std->level[s] &&
		    edubal__type_has_section(type, (enum edubal__section) s))
			return true;
	}
	return false;
}

static edubal_status
add_school(edubal_report *report, size_t county,
	const struct edubal__frame *f, size_t row)
{
	const edubal_standard *std = report->standard;
	enum edubal__school_type type = edubal__school_type_at(f, row);
	if (!edubal__school_assessed(std, f, row))
		return EDUBAL_OK;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		enum edubal__section sec = (enum edubal__section) s;
		double students = section_cell(f, "students", sec, row);
		if (!std->level[s] || !edubal__type_has_section(type, sec) ||
		    !(students > 0))
			continue;
		edubal_status st = add_section(report, county, f, row, type, sec,
			students);
		if (st != EDUBAL_OK)
			return st;
	}
	return EDUBAL_OK;
}

edubal_status
edubal__evaluate_resources(edubal_report *report, size_t county_index,
	const struct edubal__frame *schools, const size_t *rows,
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
