/*
 * src/project/render.c - population and enrollment results as text tables
 * and as JSON (docs/projections.md documents every field).
 */
#include "internal.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>

#include "../io/render.h"
#include "../util/strbuf.h"

/* The school-age groups of SPEC §5 and §7.1. */
static const struct { const char *name; size_t lo, hi; } age_groups[] = {
	{"3-5", 3, 5}, {"6-11", 6, 11}, {"12-14", 12, 14}, {"15-17", 15, 17},
};
enum { N_GROUPS = sizeof age_groups / sizeof age_groups[0], TEXT_AGES = 18 };

/* JSON number, or null for NaN (the births of the base year). */
static json_t *
number_or_null(double x)
{
	return isnan(x) ? json_null() : json_real(x);
}

static json_t *
population_year_json(const edubal_population *p, size_t y)
{
	json_t *groups = json_object(), *ages = json_array();
	for (size_t i = 0; i < N_GROUPS; i++)
		json_object_set_new(groups, age_groups[i].name, json_real(
			edubal_population_group(p, y, age_groups[i].lo,
				age_groups[i].hi)));
	for (size_t a = 0; a < p->ages; a++)
		json_array_append_new(ages, json_real(p->counts[y * p->ages + a]));
	return json_pack("{s:i, s:b, s:o, s:f, s:o, s:o}",
		"year", p->first_year + (int) y, "projected", y > 0,
		"births", number_or_null(p->births[y]),
		"total", edubal_population_group(p, y, 0, p->ages - 1),
		"groups", groups, "ages", ages);
}

static char *
population_json(const edubal_population *p)
{
	json_t *years = json_array();
	for (size_t y = 0; y < p->years; y++)
		json_array_append_new(years, population_year_json(p, y));
	return edubal__json_dump(json_pack("{s:s, s:s, s:i, s:i, s:I, s:o}",
		"edubal_version", edubal_version(), "model", "population",
		"base_year", p->first_year,
		"last_year", p->first_year + (int) p->years - 1,
		"ages", (json_int_t) p->ages, "years", years));
}

static char *
population_text(const edubal_population *p)
{
	struct edubal__strbuf b = {0};
	edubal__strbuf_printf(&b, "Population projection (SPEC §7.1), base year "
		"%d, ages 0-%zu (the last is open-ended)\n\n", p->first_year,
		p->ages - 1);
	edubal__strbuf_printf(&b, "%-6s %12s %12s %12s %12s %12s %14s\n", "year",
		"births", "3-5", "6-11", "12-14", "15-17", "total");
	for (size_t y = 0; y < p->years; y++) {
		edubal__strbuf_printf(&b, "%-6d ", p->first_year + (int) y);
		if (isnan(p->births[y]))
			edubal__strbuf_printf(&b, "%12s", "-");
		else
			edubal__strbuf_printf(&b, "%12.1f", p->births[y]);
		for (size_t i = 0; i < N_GROUPS; i++)
			edubal__strbuf_printf(&b, " %12.1f", edubal_population_group(p,
				y, age_groups[i].lo, age_groups[i].hi));
		edubal__strbuf_printf(&b, " %14.1f\n",
			edubal_population_group(p, y, 0, p->ages - 1));
	}
	edubal__strbuf_puts(&b, "\nSingle ages 0-17\nyear  ");
	for (size_t a = 0; a < TEXT_AGES && a < p->ages; a++)
		edubal__strbuf_printf(&b, " %8zu", a);
	edubal__strbuf_puts(&b, "\n");
	for (size_t y = 0; y < p->years; y++) {
		edubal__strbuf_printf(&b, "%-6d", p->first_year + (int) y);
		for (size_t a = 0; a < TEXT_AGES && a < p->ages; a++)
			edubal__strbuf_printf(&b, " %8.1f", p->counts[y * p->ages + a]);
		edubal__strbuf_puts(&b, "\n");
	}
	return edubal__strbuf_finish(&b);
}

/* Finish a render: NULL text means memory ran out. */
static edubal_status
hand_over(char *text, char **out, edubal_error *err)
{
	if (!text)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	*out = text;
	return EDUBAL_OK;
}

edubal_status
edubal_population_render(const edubal_population *p,
	enum edubal_report_format format, char **out, edubal_error *err)
{
	if (!p || !out)
		return edubal__fail(err, EDUBAL_EINVAL, "population and out_text "
			"must not be NULL");
	if (format == EDUBAL_FORMAT_TEXT)
		return hand_over(population_text(p), out, err);
	if (format == EDUBAL_FORMAT_JSON)
		return hand_over(population_json(p), out, err);
	return edubal__fail(err, EDUBAL_EINVAL, "population renders as text or "
		"JSON only (format %d)", (int) format);
}

/* Grade names: the caller's labels, else 1, 2, ... */
static const char *
label(const char *const *labels, size_t g, char *buf, size_t size)
{
	if (labels)
		return labels[g];
	snprintf(buf, size, "%zu", g + 1);
	return buf;
}

static char *
enrollment_json(const edubal_enrollment *e, const char *const *labels)
{
	json_t *grades = json_array(), *ratios = json_array(),
	       *years = json_array();
	char buf[24];
	for (size_t g = 0; g < e->grades; g++)
		json_array_append_new(grades,
			json_string(label(labels, g, buf, sizeof buf)));
	for (size_t g = 0; g + 1 < e->grades; g++) {
		char from[24];
		snprintf(from, sizeof from, "%s", label(labels, g, buf, sizeof buf));
		json_array_append_new(ratios, json_pack("{s:s, s:s, s:f}",
			"from", from, "to", label(labels, g + 1, buf, sizeof buf),
			"ratio", e->ratios[g]));
	}
	for (size_t y = 0; y < e->years; y++) {
		json_t *students = json_array();
		for (size_t g = 0; g < e->grades; g++)
			json_array_append_new(students,
				json_real(e->students[y * e->grades + g]));
		json_array_append_new(years, json_pack("{s:i, s:b, s:f, s:o}",
			"year", e->first_year + (int) y, "projected",
			y >= e->observed_years, "total",
			edubal_enrollment_sum(e, y, 0, e->grades - 1),
			"students", students));
	}
	return edubal__json_dump(json_pack("{s:s, s:s, s:o, s:o, s:f, s:o}",
		"edubal_version", edubal_version(), "model", "enrollment",
		"grades", grades, "ratios", ratios, "intake_rate", e->intake_rate,
		"years", years));
}

static char *
enrollment_text(const edubal_enrollment *e, const char *const *labels)
{
	struct edubal__strbuf b = {0};
	char buf[24];
	edubal__strbuf_puts(&b, "Enrollment projection (SPEC §7.2)\n"
		"Fitted grade-progression ratios:\n");
	for (size_t g = 0; g + 1 < e->grades; g++) {
		edubal__strbuf_printf(&b, "  %s -> ", label(labels, g, buf,
			sizeof buf));
		edubal__strbuf_printf(&b, "%s: %.6f\n", label(labels, g + 1, buf,
			sizeof buf), e->ratios[g]);
	}
	edubal__strbuf_printf(&b, "Intake rate: %.6f\n\n%-6s %-9s",
		e->intake_rate, "year", "");
	for (size_t g = 0; g < e->grades; g++)
		edubal__strbuf_printf(&b, " %9s", label(labels, g, buf, sizeof buf));
	edubal__strbuf_printf(&b, " %10s\n", "total");
	for (size_t y = 0; y < e->years; y++) {
		edubal__strbuf_printf(&b, "%-6d %-9s", e->first_year + (int) y,
			y < e->observed_years ? "observed" : "projected");
		for (size_t g = 0; g < e->grades; g++)
			edubal__strbuf_printf(&b, " %9.1f",
				e->students[y * e->grades + g]);
		edubal__strbuf_printf(&b, " %10.1f\n",
			edubal_enrollment_sum(e, y, 0, e->grades - 1));
	}
	return edubal__strbuf_finish(&b);
}

edubal_status
edubal_enrollment_render(const edubal_enrollment *e,
	const char *const *labels, size_t n_labels,
	enum edubal_report_format format, char **out, edubal_error *err)
{
	if (!e || !out)
		return edubal__fail(err, EDUBAL_EINVAL, "enrollment and out_text "
			"must not be NULL");
	if (labels && n_labels != e->grades)
		return edubal__fail(err, EDUBAL_EINVAL, "%zu labels for %zu grades",
			n_labels, e->grades);
	for (size_t g = 0; labels && g < n_labels; g++) {
		if (!labels[g])
			return edubal__fail(err, EDUBAL_EINVAL, "label %zu is NULL",
				g + 1);
	}
	if (format == EDUBAL_FORMAT_TEXT)
		return hand_over(enrollment_text(e, labels), out, err);
	if (format == EDUBAL_FORMAT_JSON)
		return hand_over(enrollment_json(e, labels), out, err);
	return edubal__fail(err, EDUBAL_EINVAL, "enrollment renders as text or "
		"JSON only (format %d)", (int) format);
}
