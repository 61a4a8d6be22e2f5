/*
 * edubal/html.h - extra sections of the HTML report: the gap-closing plan
 * (edubal/plan.h) and projections (edubal/project.h).
 *
 * edubal_report_render() writes the evaluation alone.  To add the plan
 * and projections, collect them in an edubal_html_options handle and
 * render with edubal_report_render_html() or edubal_report_save_html():
 *
 *     edubal_html_options *o = edubal_html_options_new();
 *     edubal_html_options_set_plan(o, plan, err);
 *     edubal_html_options_add_series(o, "primary_students", 2024, x, 12, err);
 *     edubal_html_options_set_capacity(o, "primary", 40500, err);
 *     edubal_report_save_html(report, "zh", o, "report.html", err);
 *
 * The plan section shows, per county, each school section and indicator
 * the plan raises (current value, target, standard, addition in the
 * resource's unit, cost), the county totals per resource and the CVs
 * before and after.  The projection section shows a table of every series
 * by year, a line chart of the school-age population groups and a line
 * chart of enrollment against the capacity of each section.  Every number
 * is also in a data- attribute at full precision (docs/reports.md).
 *
 * Options hold plain values and pointers only: no callbacks, no structs
 * to fill, so bindings can wrap them as they are.  Not thread-safe while
 * being changed; rendering only reads them.
 */
#ifndef EDUBAL_HTML_H
#define EDUBAL_HTML_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/io.h>
#include <edubal/plan.h>
#include <edubal/status.h>
#include <edubal/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** What the HTML report shows besides the evaluation (opaque). */
typedef struct edubal_html_options edubal_html_options;

/** @return new options with no plan and no projections, or NULL when out
 *  of memory.  @since 0.4 */
EDUBAL_API edubal_html_options *edubal_html_options_new(void);

/** Free options (not the plan they name); NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_html_options_free(edubal_html_options *options);

/**
 * Show a plan in the report.  The plan is borrowed, not copied: it, and
 * the standard, dataset and edubal_plan_inputs it was computed from (it
 * reads their names and units), must outlive every rendering with these
 * options.  NULL removes the plan.
 * @retval EDUBAL_EINVAL NULL @p options.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_html_options_set_plan(
	edubal_html_options *options, const edubal_plan *plan, edubal_error *err);

/**
 * Add a projected series, values[i] for the year first_year + i (copied).
 * Every series of one options handle covers the same years.  Names as in
 * `edubal project --format json` ("population_age_6_11",
 * "primary_students", "junior_seat_gap", ...) get a title in the report's
 * language and a place in the charts: "population_age_*" in the chart of
 * school-age groups, "<section>_students" in the chart of enrollment
 * against capacity.  Other names are shown in the table under their name.
 * Adding a name again replaces its values.
 * @param values @p n finite numbers; NaN marks a year without a value.
 * @retval EDUBAL_EINVAL NULL argument, an empty name, n == 0, an infinite
 *         value (@p err names the element), years that differ from the
 *         series added before.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_html_options_add_series(
	edubal_html_options *options, const char *name, int first_year,
	const double *values, size_t n, edubal_error *err);

/**
 * The seats of a section ("preschool", "primary", "junior" or "senior";
 * capacity.csv), drawn as a dashed line across the enrollment chart.
 * @retval EDUBAL_EINVAL NULL argument, an unknown section, seats negative
 *         or not finite.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_html_options_set_capacity(
	edubal_html_options *options, const char *section, double seats,
	edubal_error *err);

/**
 * Render the HTML report (EDUBAL_FORMAT_HTML) with the sections the
 * options add; NULL options give the page of edubal_report_render().
 * @param lang "zh" (default when NULL) or "en".
 * @param[out] out_text new string; free with edubal_free().
 * @retval EDUBAL_EINVAL NULL report or out_text, unknown language.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_report_render_html(
	const edubal_report *report, const char *lang,
	const edubal_html_options *options, char **out_text, edubal_error *err);

/**
 * Write the page of edubal_report_render_html() to @p path (replaced if
 * it exists).
 * @retval EDUBAL_EINVAL NULL report or path, unknown language.
 * @retval EDUBAL_EIO the file cannot be created or written; @p err names it.
 * @retval EDUBAL_ENOMEM out of memory.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_report_save_html(const edubal_report *report,
	const char *lang, const edubal_html_options *options, const char *path,
	edubal_error *err);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_HTML_H */
