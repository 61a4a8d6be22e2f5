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

/*
 * Schools are taken CHUNK_ROWS rows at a time and their sections grouped
 * by level; each indicator is then worked out for all of a level's
 * sections at once.  A column's storage is looked at once per group, not
 * once per cell, the level's threshold is fixed, and the chunk's cells,
 * shares and counts stay in cache.  (School by school, section by
 * section, the loads and branches of each cell were a fifth of a
 * national evaluation.)
 */
enum { CHUNK_ROWS = 64 };

/* The sections of one level in a chunk of rows (at most one a row). */
struct level_group {
	size_t n;
	size_t row[CHUNK_ROWS];        /* schools.csv row of each */
	size_t slot[CHUNK_ROWS];       /* its result: index in the chunk's */
	double students[CHUNK_ROWS];
	double share[CHUNK_ROWS];      /* of school-wide resources */
	/* The school rule (SPEC §2.2), counted indicator by indicator. */
	int met[CHUNK_ROWS], unknown[CHUNK_ROWS];
	bool below_floor[CHUNK_ROWS];
};

/* The school results of a chunk of rows, in row and then section order
 * (the order of report->schools), grouped by level. */
struct chunk {
	size_t n;
	struct level_group level[EDUBAL__SECTION_COUNT];
	size_t schools;                    /* the schools with a result */
	size_t school_row[CHUNK_ROWS];
	size_t school_first[CHUNK_ROWS];   /* slot of the school's first */
};

/* The cells of column at rows[0..n) into out (NaN = not given).  One
 * loop per storage, each on a local copy of the column, so that the
 * compiler knows in each which way edubal__cell_number goes and drops the
 * test from the cell (gcc -O2 does not split a loop by itself). */
static void
read_cells(const struct edubal__column *c, const size_t *rows, size_t n,
	double *out)
{
	if (!c) {
		for (size_t k = 0; k < n; k++)
			out[k] = NAN;
		return;
	}
	const struct edubal__column column = *c;
	if (column.ints) {
		for (size_t k = 0; k < n; k++)
			out[k] = edubal__cell_number(&column, rows[k]);
	} else if (!column.is_text && column.numbers) {
		for (size_t k = 0; k < n; k++)
			out[k] = edubal__cell_number(&column, rows[k]);
	} else {
		for (size_t k = 0; k < n; k++)
			out[k] = NAN;
	}
}

/* Share of a school-wide resource that belongs to section s, of a school
 * of type `type` with students[t] in each section (NaN: not given). */
static double
section_share(const edubal_standard *std, enum edubal__school_type type,
	const double students[EDUBAL__SECTION_COUNT], enum edubal__section s)
{
	double total = 0, mine = 0;
	for (int t = 0; t < EDUBAL__SECTION_COUNT; t++) {
		if (!edubal__type_has_section(type, (enum edubal__section) t))
			continue;
		if (isnan(students[t]))
			continue;
		double w = std->has_split[type] ? std->split[type][t] : 1.0;
		total += students[t] * w;
		if (t == (int) s)
			mine = students[t] * w;
	}
	return total > 0 ? mine / total : NAN;
}

/* Whether section s of a school of type `type` with `students` in it is
 * a school of its level (SPEC §2.3). */
static bool
assessed_section(const edubal_standard *std, enum edubal__school_type type,
	enum edubal__section s, double students)
{
	return std->level[s] && edubal__type_has_section(type, s) &&
		students > 0;
}

/* The school results that rows[0..n) make (n <= CHUNK_ROWS), with their
 * students and shares; each students column is read once for the rows. */
static void
find_sections(const edubal_standard *std,
	const struct edubal__school_columns *cols, const size_t *rows, size_t n,
	struct chunk *ch)
{
	double students[EDUBAL__SECTION_COUNT][CHUNK_ROWS];
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		read_cells(cols->students[s], rows, n, students[s]);
		ch->level[s].n = 0;
	}
	ch->n = 0;
	ch->schools = 0;
	for (size_t j = 0; j < n; j++) {
		if (!cols->assessed[rows[j]])
			continue;
		enum edubal__school_type type = edubal__school_type_of(cols, rows[j]);
		double mine[EDUBAL__SECTION_COUNT];
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
			mine[s] = students[s][j];
		size_t first = ch->n;
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
			enum edubal__section sec = (enum edubal__section) s;
			if (!assessed_section(std, type, sec, mine[s]))
				continue;
			struct level_group *g = &ch->level[s];
			g->row[g->n] = rows[j];
			g->slot[g->n] = ch->n++;
			g->students[g->n] = mine[s];
			g->share[g->n] = section_share(std, type, mine, sec);
			g->n++;
		}
		if (ch->n > first) {
			ch->school_row[ch->schools] = rows[j];
			ch->school_first[ch->schools++] = first;
		}
	}
}

/* Room for ch's school results at the end of the report's, *out the
 * first of them, with their indicators, county, section and students. */
static edubal_status
push_schools(edubal_report *report, size_t county, const struct chunk *ch,
	struct edubal__school_result **out)
{
	size_t n = ch->n;
	if (report->school_cap - report->school_count < n) {
		size_t cap = report->school_cap ? 2 * report->school_cap : 64;
		if (cap < report->school_count + n)
			cap = report->school_count + n;
		void *p = realloc(report->schools, cap * sizeof *report->schools);
		if (!p)
			return EDUBAL_ENOMEM;
		report->schools = p;
		report->school_cap = cap;
		/* The block was sized for the old capacity. */
		report->indicator_block = NULL;
	}
	size_t stride = report->standard->indicator_count ?
		report->standard->indicator_count : 1;
	double *indicators = report->indicator_block ?
		report->indicator_block + report->school_count * stride :
		edubal__arena_alloc(&report->school_arena,
			n * stride * sizeof *indicators);
	if (!indicators)
		return EDUBAL_ENOMEM;
	struct edubal__school_result *sr = report->schools + report->school_count;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		const struct level_group *g = &ch->level[s];
		for (size_t k = 0; k < g->n; k++) {
			struct edubal__school_result *r = &sr[g->slot[k]];
			r->school_id = NULL;
			r->indicators = indicators + g->slot[k] * stride;
			r->students = g->students[k];
			r->county = (uint32_t) county;  /* < 2^32 (edubal_evaluate) */
			r->section = (unsigned char) s;
			r->pass = EDUBAL__FALSE;
			r->met = 0;
		}
	}
	report->school_count += n;
	*out = sr;
	return EDUBAL_OK;
}

/* The ids of ch's schools, copied into one block of the report's arena
 * (the report outlives the dataset), one copy for all of a school's
 * sections. */
static edubal_status
copy_ids(edubal_report *report, const struct edubal__school_columns *cols,
	const struct chunk *ch, struct edubal__school_result *sr)
{
	const char *id[CHUNK_ROWS];
	size_t len[CHUNK_ROWS], bytes = 0;
	for (size_t m = 0; m < ch->schools; m++) {
		id[m] = edubal__cell_text(cols->school_id, ch->school_row[m]);
		if (!id[m])
			return EDUBAL_ENOMEM;   /* as edubal__arena_strdup(NULL) */
		len[m] = strlen(id[m]) + 1;
		bytes += len[m];
	}
	char *p = edubal__arena_alloc(&report->school_arena, bytes);
	if (!p)
		return EDUBAL_ENOMEM;
	for (size_t m = 0; m < ch->schools; m++) {
		memcpy(p, id[m], len[m]);
		size_t end = m + 1 < ch->schools ? ch->school_first[m + 1] : ch->n;
		for (size_t k = ch->school_first[m]; k < end; k++)
			sr[k].school_id = p;
		p += len[m];
	}
	return EDUBAL_OK;
}

/* amount[k]: the resource of indicator i that section k of group g
 * (level s) holds, NaN = not given.  The section's own value
 * (<resource>_<section>) always wins; otherwise a section-basis
 * indicator has none, and a shared one is the school-wide value times the
 * section's share (SPEC §2.3). */
static void
section_amounts(const edubal_standard *std,
	const struct edubal__school_columns *cols, size_t i,
	enum edubal__section s, const struct level_group *g, double *amount)
{
	const struct edubal__column *own = cols->own[i][s];
	if (std->indicators[i].basis == EDUBAL__BASIS_SECTION) {
		read_cells(own, g->row, g->n, amount);
		return;
	}
	read_cells(cols->whole[i], g->row, g->n, amount);
	for (size_t k = 0; k < g->n; k++)
		amount[k] *= g->share[k];
	if (!own)
		return;
	double given[CHUNK_ROWS];
	read_cells(own, g->row, g->n, given);
	for (size_t k = 0; k < g->n; k++)
		if (!isnan(given[k]))
			amount[k] = given[k];
}

/* Indicator i of group g's sections (level s), into their results'
 * indicators out[k], and its part of the school rule (SPEC §2.2): met,
 * not known, or below floor_fraction of the standard. */
static void
indicator_values(const edubal_standard *std,
	const struct edubal__school_columns *cols, size_t i,
	enum edubal__section s, struct level_group *g, double *const *out)
{
	const struct edubal__indicator *ind = &std->indicators[i];
	double amount[CHUNK_ROWS];
	section_amounts(std, cols, i, s, g, amount);
	/* Locals: the stores to out[] could otherwise change them. */
	const size_t n = g->n;
	const double scale = ind->scale, t = ind->threshold[s],
		lowest = std->floor_fraction * t;
	const bool judged = ind->has_threshold[s];
	for (size_t k = 0; k < n; k++) {
		double x = amount[k] * scale / g->students[k];
		out[k][i] = x;
		if (!judged)
			continue;
		if (x >= t)   /* the usual case first; false for NaN */
			g->met[k]++;
		else if (isnan(x))
			g->unknown[k]++;
		else if (x < lowest)
			g->below_floor[k] = true;
	}
}

/* SPEC §2.2: at least min_met indicators meet the standard and every
 * unmet one reaches floor_fraction of it. */
static void
school_rule(const edubal_standard *std, const struct level_group *g,
	struct edubal__school_result *sr)
{
	for (size_t k = 0; k < g->n; k++) {
		int met = g->met[k], unknown = g->unknown[k];
		enum edubal__truth t = EDUBAL__TRUE;
		if (g->below_floor[k] || met + unknown < std->min_met)
			t = EDUBAL__FALSE;
		else if (unknown > 0)
			t = EDUBAL__UNKNOWN;
		sr[g->slot[k]].met = (uint16_t) met;  /* <= indicator_count < 2^16 */
		sr[g->slot[k]].pass = (unsigned char) t;
	}
}

/* The school results of rows[0..n) (n <= CHUNK_ROWS) of county. */
static edubal_status
add_chunk(edubal_report *report, size_t county,
	const struct edubal__school_columns *cols, const size_t *rows, size_t n,
	struct chunk *ch)
{
	const edubal_standard *std = report->standard;
	find_sections(std, cols, rows, n, ch);
	if (ch->n == 0)
		return EDUBAL_OK;
	struct edubal__school_result *sr;
	if (push_schools(report, county, ch, &sr) != EDUBAL_OK ||
	    copy_ids(report, cols, ch, sr) != EDUBAL_OK)
		return EDUBAL_ENOMEM;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		struct level_group *g = &ch->level[s];
		if (g->n == 0)
			continue;
		memset(g->met, 0, g->n * sizeof *g->met);
		memset(g->unknown, 0, g->n * sizeof *g->unknown);
		memset(g->below_floor, 0, g->n * sizeof *g->below_floor);
		double *out[CHUNK_ROWS];
		for (size_t k = 0; k < g->n; k++)
			out[k] = sr[g->slot[k]].indicators;
		for (size_t i = 0; i < std->indicator_count; i++)
			indicator_values(std, cols, i, (enum edubal__section) s, g,
				out);
		school_rule(std, g, sr);
	}
	return EDUBAL_OK;
}

edubal_status
edubal__evaluate_resources(edubal_report *report, size_t county_index,
	const struct edubal__school_columns *schools, const size_t *rows,
	size_t row_count, edubal_error *err)
{
	size_t first = report->school_count;
	struct chunk ch;
	for (size_t at = 0; at < row_count; at += CHUNK_ROWS) {
		size_t n = row_count - at < CHUNK_ROWS ? row_count - at : CHUNK_ROWS;
		if (add_chunk(report, county_index, schools, rows + at, n, &ch) !=
		    EDUBAL_OK)
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return edubal__evaluate_levels(report, county_index,
		report->schools + first, report->school_count - first, err);
}
