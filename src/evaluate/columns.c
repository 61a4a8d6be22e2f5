/*
 * src/evaluate/columns.c - the schools.csv columns of an evaluation.
 *
 * A national evaluation reads a dozen cells of each of 200,000 schools,
 * several times over (indicators, sections, school-scope items).  Looking
 * each column up by its name every time cost more than the evaluation
 * itself, so the columns are found here once.
 */
#include "columns.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct edubal__column *
section_column(const struct edubal__frame *f, const char *stem,
	enum edubal__section s)
{
	char name[96];
	snprintf(name, sizeof name, "%s_%s", stem, edubal__section_name(s));
	return edubal__frame_column(f, name);
}

/* Per school type, the levels of std it has (bit s: section s). */
static void
type_levels(const edubal_standard *std,
	unsigned char levels[EDUBAL__TYPE_COUNT])
{
	for (int t = 0; t < EDUBAL__TYPE_COUNT; t++) {
		levels[t] = 0;
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
			if (std->level[s] && edubal__type_has_section(
			    (enum edubal__school_type) t, (enum edubal__section) s))
				levels[t] |= (unsigned char) (1u << s);
	}
}

/* Whether the school of row (of type t) takes part: not excluded by the
 * profile, and with a section of a level the profile assesses.  The
 * sections that count as schools of their level (SPEC §2.3: with
 * students) go to cols->sections[row]. */
static bool
school_assessed(const edubal_standard *std,
	const unsigned char levels[EDUBAL__TYPE_COUNT],
	struct edubal__school_columns *cols, size_t row,
	enum edubal__school_type t)
{
	double students[EDUBAL__SECTION_COUNT], total = 0;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		students[s] = edubal__cell_number(cols->students[s], row);
		if (!isnan(students[s]))
			total += students[s];
	}
	cols->sections[row] = 0;
	if (!levels[t] || edubal__standard_excludes(std, t, total))
		return false;
	unsigned char counted = 0;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		if ((levels[t] >> s & 1) && students[s] > 0) {
			counted |= (unsigned char) (1u << s);
			cols->assessed_sections++;
		}
	cols->sections[row] = counted;
	return true;
}

static bool
find_resources(struct edubal__school_columns *cols,
	const edubal_standard *std, const struct edubal__frame *f)
{
	size_t n = std->indicator_count ? std->indicator_count : 1;
	cols->whole = calloc(n, sizeof *cols->whole);
	cols->own = calloc(n, sizeof *cols->own);
	if (!cols->whole || !cols->own)
		return false;
	for (size_t i = 0; i < std->indicator_count; i++) {
		const char *resource = std->indicators[i].resource;
		cols->whole[i] = edubal__frame_column(f, resource);
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
			cols->own[i][s] = section_column(f, resource,
				(enum edubal__section) s);
	}
	return true;
}

static bool
find_thresholds(struct edubal__school_columns *cols,
	const edubal_standard *std)
{
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		size_t n = 0;
		cols->thresholds[s] = malloc((std->indicator_count ?
			std->indicator_count : 1) * sizeof *cols->thresholds[s]);
		if (!cols->thresholds[s])
			return false;
		for (size_t i = 0; i < std->indicator_count; i++) {
			const struct edubal__indicator *ind = &std->indicators[i];
			if (!ind->has_threshold[s])
				continue;
			struct edubal__threshold *t = &cols->thresholds[s][n++];
			t->indicator = i;
			t->value = ind->threshold[s];
			t->lowest = std->floor_fraction * ind->threshold[s];
		}
		cols->threshold_count[s] = n;
	}
	return true;
}

edubal_status
edubal__school_columns_init(struct edubal__school_columns *cols,
	const edubal_standard *std, const struct edubal__frame *schools)
{
	memset(cols, 0, sizeof *cols);
	cols->type = edubal__frame_column(schools, "type");
	cols->school_id = edubal__frame_column(schools, "school_id");
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		cols->students[s] = section_column(schools, "students",
			(enum edubal__section) s);
	size_t rows = schools ? schools->rows : 0;
	cols->assessed = malloc((rows ? rows : 1) * sizeof *cols->assessed);
	cols->types = malloc(rows ? rows : 1);
	cols->sections = malloc(rows ? rows : 1);
	if (!cols->assessed || !cols->types || !cols->sections ||
	    !find_resources(cols, std, schools) || !find_thresholds(cols, std))
		return EDUBAL_ENOMEM;
	unsigned char levels[EDUBAL__TYPE_COUNT];
	type_levels(std, levels);
	for (size_t r = 0; r < rows; r++) {
		/* The loader admits only the words of the type column, whose
		 * values are the enum's (< EDUBAL__TYPE_COUNT). */
		double type = edubal__cell_number(cols->type, r);
		cols->types[r] = (unsigned char) (type >= 0 &&
			type < EDUBAL__TYPE_COUNT ? type : 0);
		cols->assessed[r] = school_assessed(std, levels, cols, r,
			(enum edubal__school_type) cols->types[r]);
	}
	return EDUBAL_OK;
}

void
edubal__school_columns_free(struct edubal__school_columns *cols)
{
	free(cols->whole);
	free(cols->own);
	free(cols->assessed);
	free(cols->types);
	free(cols->sections);
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		free(cols->thresholds[s]);
	memset(cols, 0, sizeof *cols);
}
