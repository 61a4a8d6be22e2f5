/*
 * src/io/html_options.c - edubal_html_options (edubal/html.h) and the
 * HTML renderings that use them.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../util/strbuf.h"
#include "html_sections.h"
#include "render.h"

const char *const edubal__html_section_names[EDUBAL__HTML_SECTIONS] = {
	"preschool", "primary", "junior", "senior"};

edubal_html_options *
edubal_html_options_new(void)
{
	edubal_html_options *o = calloc(1, sizeof *o);
	if (!o)
		return NULL;
	for (size_t s = 0; s < EDUBAL__HTML_SECTIONS; s++)
		o->capacity[s] = NAN;
	return o;
}

void
edubal_html_options_free(edubal_html_options *options)
{
	if (!options)
		return;
	for (size_t i = 0; i < options->series_count; i++) {
		free(options->series[i].name);
		free(options->series[i].values);
	}
	free(options->series);
	free(options);
}

edubal_status
edubal_html_options_set_plan(edubal_html_options *options,
	const edubal_plan *plan, edubal_error *err)
{
	if (!options)
		return edubal__fail(err, EDUBAL_EINVAL, "options must not be NULL");
	options->plan = plan;
	return EDUBAL_OK;
}

static edubal_status
check_series(const edubal_html_options *o, const char *name, int first_year,
	const double *values, size_t n, edubal_error *err)
{
	if (!o || !name || !values)
		return edubal__fail(err, EDUBAL_EINVAL,
			"options, name and values must not be NULL");
	if (!*name || n == 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"series \"%s\": a name and at least one year are needed", name);
	/* All series share one table and one x axis. */
	if (o->years && (first_year != o->first_year || n != o->years))
		return edubal__fail(err, EDUBAL_EINVAL, "series \"%s\" covers %d-%d, "
			"the series before it %d-%d: every series needs the same years",
			name, first_year, first_year + (int) n - 1, o->first_year,
			o->first_year + (int) o->years - 1);
	for (size_t i = 0; i < n; i++) {
		if (isinf(values[i]))
			return edubal__fail_element(err, EDUBAL_EINVAL, "values", i,
				values[i], "series \"%s\", year %d: not a finite number",
				name, first_year + (int) i);
	}
	return EDUBAL_OK;
}

edubal_status
edubal_html_options_add_series(edubal_html_options *options,
	const char *name, int first_year, const double *values, size_t n,
	edubal_error *err)
{
	edubal_status st = check_series(options, name, first_year, values, n,
		err);
	if (st != EDUBAL_OK)
		return st;
	double *copy = malloc(n * sizeof *copy);
	if (!copy)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	memcpy(copy, values, n * sizeof *copy);
	for (size_t i = 0; i < options->series_count; i++) {
		if (strcmp(options->series[i].name, name) == 0) {
			free(options->series[i].values);
			options->series[i].values = copy;
			return EDUBAL_OK;
		}
	}
	struct edubal__html_series *grown = realloc(options->series,
		(options->series_count + 1) * sizeof *grown);
	char *dup = grown ? edubal__strdup(name) : NULL;
	if (grown)
		options->series = grown;
	if (!dup) {
		free(copy);
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	options->series[options->series_count++] =
		(struct edubal__html_series) {dup, copy};
	options->first_year = first_year;
	options->years = n;
	return EDUBAL_OK;
}

edubal_status
edubal_html_options_set_capacity(edubal_html_options *options,
	const char *section, double seats, edubal_error *err)
{
	if (!options || !section)
		return edubal__fail(err, EDUBAL_EINVAL,
			"options and section must not be NULL");
	if (!isfinite(seats) || seats < 0)
		return edubal__fail(err, EDUBAL_EINVAL, "capacity of %s: %g seats: "
			"must be a finite number >= 0", section, seats);
	for (size_t s = 0; s < EDUBAL__HTML_SECTIONS; s++) {
		if (strcmp(section, edubal__html_section_names[s]) == 0) {
			options->capacity[s] = seats;
			return EDUBAL_OK;
		}
	}
	return edubal__fail(err, EDUBAL_EINVAL, "unknown section \"%s\" "
		"(preschool, primary, junior or senior)", section);
}

edubal_status
edubal_report_render_html(const edubal_report *report, const char *lang,
	const edubal_html_options *options, char **out_text, edubal_error *err)
{
	if (!report || !out_text)
		return edubal__fail(err, EDUBAL_EINVAL,
			"report and out_text must not be NULL");
	if (lang && strcmp(lang, "zh") != 0 && strcmp(lang, "en") != 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"unknown language \"%s\" (zh or en)", lang);
	char *text = edubal__render_html(report, lang, options);
	if (!text)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory rendering "
			"the report");
	*out_text = text;
	return EDUBAL_OK;
}

edubal_status
edubal_report_save_html(const edubal_report *report, const char *lang,
	const edubal_html_options *options, const char *path, edubal_error *err)
{
	if (!path)
		return edubal__fail(err, EDUBAL_EINVAL, "path must not be NULL");
	char *text;
	edubal_status st = edubal_report_render_html(report, lang, options,
		&text, err);
	if (st != EDUBAL_OK)
		return st;
	st = edubal__write_text(text, path, err);
	edubal_free(text);
	return st;
}
