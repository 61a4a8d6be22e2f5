/*
 * tests/unit/test_report_extras.c - the plan and projection sections of
 * the HTML report (edubal/html.h, issue 9 item 1): the options handle,
 * the line chart's geometry and the section writers, with the expected
 * numbers worked out by hand in the comments.
 *
 * Linked from the library's objects for the private chart helper.
 */
#include <check.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#include "io/svg_lines.h"
#include "util/strbuf.h"

static const char *root;

static char *
path_of(const char *rel)
{
	static char buf[4][4096];
	static int next;
	char *p = buf[next++ % 4];
	snprintf(p, 4096, "%.3000s/%.1000s", root, rel);
	return p;
}

static size_t
count(const char *s, const char *what)
{
	size_t n = 0;
	for (const char *p = strstr(s, what); p; p = strstr(p + 1, what))
		n++;
	return n;
}

/* The number in attribute name="..." after the first occurrence of
 * anchor in s. */
static double
attr_after(const char *s, const char *anchor, const char *name)
{
	const char *p = strstr(s, anchor);
	ck_assert_msg(p != NULL, "no %s", anchor);
	char key[64];
	snprintf(key, sizeof key, " %s=\"", name);
	p = strstr(p, key);
	ck_assert_msg(p != NULL, "no %s after %s", name, anchor);
	return strtod(p + strlen(key), NULL);
}

/* The standard and dataset of sample(), which a plan keeps pointers
 * into; freed by release(). */
static edubal_standard *std;
static edubal_dataset *ds;

static void
release(void)
{
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	std = NULL;
	ds = NULL;
}

/* The bundled sample county evaluated against the 2017 standard, and
 * (when plan is not NULL) its plan at data/sample/costs.csv. */
static edubal_report *
sample(edubal_plan **plan, edubal_plan_inputs **inputs)
{
	edubal_error *err = edubal_error_new();
	edubal_report *report = NULL;
	ds = edubal_dataset_new();
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		path_of("data/sample/schools.csv"), err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
		path_of("data/sample/counties.csv"), err), EDUBAL_OK);
	ck_assert_int_eq(edubal_standard_builtin("cn-2017-compulsory", &std,
		err), EDUBAL_OK);
	ck_assert_int_eq(edubal_evaluate(std, ds, &report, err), EDUBAL_OK);
	if (plan) {
		*inputs = edubal_plan_inputs_new();
		ck_assert_int_eq(edubal_plan_inputs_read_costs(*inputs,
			path_of("data/sample/costs.csv"), err), EDUBAL_OK);
		ck_assert_msg(edubal_plan_compute(std, ds, *inputs, plan, err) ==
			EDUBAL_OK, "%s", edubal_error_message(err));
	}
	edubal_error_free(err);
	return report;
}

/* ---- the line chart ---------------------------------------------------- */

/*
 * Geometry by hand: plot x from 64 to 704, y from 236 (value 0) up to 24,
 * 212 units.  Largest value 40: 40 × 1.05 / 4 ticks = 10.5, rounded up
 * to a round step, 12: the axis tops at 48 with ticks 12, 24, 36.
 * Years 2024-2026 at x = 64, 384, 704.
 * 10 → y = 236 − 212 × 10/48 = 191.83; 20 → 147.67; 40 → 59.33;
 * the capacity 30 → 103.5.
 */
START_TEST(line_chart_geometry)
{
	const double students[] = {10, 20, 40}, seats[] = {30, 30, 30};
	const double gap[] = {10, NAN, 40};
	struct edubal__line lines[] = {
		{"primary_students", "小学 <在校生>", students, false, 0},
		{"primary", "小学学位", seats, true, 0},
		{"junior_students", "初中", gap, false, 1},
	};
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__svg_line_chart(&b, lines, 3, 2024, 3, "在校生");
	char *s = edubal__strbuf_finish(&b);
	ck_assert_ptr_nonnull(strstr(s, "<title>在校生</title>"));
	ck_assert_ptr_nonnull(strstr(s, "<polyline class=\"line\" "
		"data-series=\"primary_students\" stroke=\"#2f6fb0\" "
		"points=\"64.0,191.8 384.0,147.7 704.0,59.3 \"/>"));
	ck_assert_ptr_nonnull(strstr(s, "<polyline class=\"line capacity\" "
		"data-series=\"primary\" stroke=\"#2f6fb0\" "
		"points=\"64.0,103.5 384.0,103.5 704.0,103.5 \"/>"));
	/* a year without a value breaks the line in two */
	ck_assert_uint_eq(count(s, "data-series=\"junior_students\""), 2);
	ck_assert_ptr_nonnull(strstr(s, "points=\"64.0,191.8 \""));
	ck_assert_ptr_nonnull(strstr(s, "points=\"704.0,59.3 \""));
	ck_assert_ptr_nonnull(strstr(s, ">12</text>"));
	ck_assert_ptr_nonnull(strstr(s, ">36</text>"));
	ck_assert_ptr_nonnull(strstr(s, ">48</text>"));
	ck_assert_ptr_nonnull(strstr(s, ">2024</text>"));
	ck_assert_ptr_nonnull(strstr(s, ">2026</text>"));
	/* the legend escapes its text */
	ck_assert_ptr_nonnull(strstr(s, "小学 &lt;在校生&gt;"));
	ck_assert_ptr_null(strstr(s, "http"));
	free(s);
}
END_TEST

/* ---- the options ------------------------------------------------------- */

START_TEST(options_reject_bad_series)
{
	edubal_html_options *o = edubal_html_options_new();
	edubal_error *err = edubal_error_new();
	const double x[] = {1, 2, 3}, bad[] = {1, INFINITY, 3};
	ck_assert_int_eq(edubal_html_options_add_series(NULL, "a", 2024, x, 3,
		err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_html_options_add_series(o, NULL, 2024, x, 3, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_html_options_add_series(o, "", 2024, x, 3, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_html_options_add_series(o, "a", 2024, x, 0, err),
		EDUBAL_EINVAL);
	/* an infinite value is named by element (row = index + 1) and year */
	ck_assert_int_eq(edubal_html_options_add_series(o, "a", 2024, bad, 3,
		err), EDUBAL_EINVAL);
	ck_assert_uint_eq(edubal_error_row(err), 2);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "2025"));
	ck_assert_int_eq(edubal_html_options_add_series(o, "a", 2024, x, 3, err),
		EDUBAL_OK);
	/* every series covers the same years */
	ck_assert_int_eq(edubal_html_options_add_series(o, "b", 2025, x, 3, err),
		EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "2024-2026"));
	ck_assert_int_eq(edubal_html_options_add_series(o, "b", 2024, x, 2, err),
		EDUBAL_EINVAL);
	/* the same name again replaces the values */
	ck_assert_int_eq(edubal_html_options_add_series(o, "a", 2024, x, 3, err),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_html_options_set_capacity(o, "middle", 1, err),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_html_options_set_capacity(o, "primary", -1,
		err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_html_options_set_capacity(o, "primary", NAN,
		err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_html_options_set_capacity(NULL, "primary", 1,
		err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_html_options_set_plan(NULL, NULL, err),
		EDUBAL_EINVAL);
	edubal_html_options_free(o);
	edubal_html_options_free(NULL);
	edubal_error_free(err);
}
END_TEST

/* No options, or options with nothing in them: the page of
 * edubal_report_render(), byte for byte. */
START_TEST(empty_options_change_nothing)
{
	edubal_report *report = sample(NULL, NULL);
	edubal_html_options *o = edubal_html_options_new();
	char *plain = NULL, *none = NULL, *empty = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_HTML, "en",
		&plain, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_report_render_html(report, "en", NULL, &none,
		NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_report_render_html(report, "en", o, &empty,
		NULL), EDUBAL_OK);
	ck_assert_str_eq(plain, none);
	ck_assert_str_eq(plain, empty);
	ck_assert_int_eq(edubal_report_render_html(report, "fr", o, &empty,
		NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_report_render_html(NULL, "zh", o, &empty, NULL),
		EDUBAL_EINVAL);
	edubal_free(plain);
	edubal_free(none);
	edubal_free(empty);
	edubal_html_options_free(o);
	edubal_report_free(report);
	release();
}
END_TEST

/* ---- the projection section -------------------------------------------- */

/*
 * County X of tests/data/project worked by hand (tests/cli/
 * test-project.sh): ages 6-11 are 645 in 2024 and 6 × 98 + 51 = 639 in
 * 2025 (2023's ages 4-9); 150 primary seats.  A year without students is
 * shown as "–" and has no data-value.
 */
START_TEST(projection_section)
{
	edubal_report *report = sample(NULL, NULL);
	edubal_html_options *o = edubal_html_options_new();
	const double ages[] = {645, 639}, pupils[] = {205, NAN};
	ck_assert_int_eq(edubal_html_options_add_series(o,
		"population_age_6_11", 2024, ages, 2, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_html_options_add_series(o, "primary_students",
		2024, pupils, 2, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_html_options_add_series(o, "my <own>", 2024,
		ages, 2, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_html_options_set_capacity(o, "primary", 150,
		NULL), EDUBAL_OK);
	char *zh = NULL, *en = NULL;
	ck_assert_int_eq(edubal_report_render_html(report, "zh", o, &zh, NULL),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_report_render_html(report, "en", o, &en, NULL),
		EDUBAL_OK);
	ck_assert_ptr_nonnull(strstr(zh, "<section class=\"projection\" "
		"data-first-year=\"2024\" data-years=\"2\">"));
	ck_assert_ptr_nonnull(strstr(zh, "<tr class=\"series\" "
		"data-series=\"population_age_6_11\"><td class=\"text\">6–11 岁人口"
		"</td><td data-year=\"2024\" data-value=\"645\">645</td>"
		"<td data-year=\"2025\" data-value=\"639\">639</td></tr>"));
	ck_assert_ptr_nonnull(strstr(zh, "<td class=\"text\">小学在校生</td>"
		"<td data-year=\"2024\" data-value=\"205\">205</td>"
		"<td data-year=\"2025\">–</td>"));
	ck_assert_ptr_nonnull(strstr(en, ">population aged 6–11</td>"));
	ck_assert_ptr_nonnull(strstr(en, ">primary students</td>"));
	/* an unknown series keeps its (escaped) name */
	ck_assert_ptr_nonnull(strstr(en, ">my &lt;own&gt;</td>"));
	ck_assert_ptr_nonnull(strstr(zh, "data-section=\"primary\" "
		"data-seats=\"150\""));
	/* two charts: the age group; students with the seats dashed */
	ck_assert_uint_eq(count(zh, "<svg class=\"chart lines\""), 2);
	ck_assert_ptr_nonnull(strstr(zh, "class=\"line capacity\" "
		"data-series=\"primary\""));
	/* after the counties, and nothing outside the page */
	ck_assert(strstr(zh, "<section class=\"projection\"") >
		strstr(zh, "<section class=\"county\""));
	ck_assert_ptr_null(strstr(zh, "http"));
	edubal_free(zh);
	edubal_free(en);
	edubal_html_options_free(o);
	edubal_report_free(report);
	release();
}
END_TEST

/* ---- the plan section -------------------------------------------------- */

/*
 * The sample county's plan (SPEC §7.7) at data/sample/costs.csv: school
 * C03000-0000 (725 primary pupils) gets 416 m² of sports ground at 500
 * 元 = 208000 元, raising its m² per pupil by 416 / 725, and 6 multimedia
 * rooms at 60000 元 = 360000 元, from 11 to 17 rooms: per 100 pupils
 * 1100 / 725 = 1.5172 to 1700 / 725 = 2.3448.  County total 568000 元.
 */
START_TEST(plan_section)
{
	edubal_plan *plan = NULL;
	edubal_plan_inputs *in = NULL;
	edubal_report *report = sample(&plan, &in);
	edubal_html_options *o = edubal_html_options_new();
	ck_assert_int_eq(edubal_html_options_set_plan(o, plan, NULL), EDUBAL_OK);
	char *zh = NULL, *en = NULL;
	ck_assert_int_eq(edubal_report_render_html(report, "zh", o, &zh, NULL),
		EDUBAL_OK);
	ck_assert_int_eq(edubal_report_render_html(report, "en", o, &en, NULL),
		EDUBAL_OK);
	ck_assert_ptr_nonnull(strstr(zh, "<h2>补齐差距方案</h2>"));
	ck_assert_ptr_nonnull(strstr(en, "<h2>Gap-closing plan</h2>"));
	ck_assert_ptr_nonnull(strstr(zh, "data-county=\"C03000\" "
		"data-total-cost=\"568000\" data-pass-before=\"false\" "
		"data-pass-after=\"true\" data-schools=\"1\""));
	ck_assert_uint_eq(count(zh, "<tr class=\"addition\""), 2);
	const char *sports = "data-indicator=\"sports_area_per_student\" "
		"data-resource=\"sports_area\" data-unit=\"m²\"";
	double cur = attr_after(zh, sports, "data-current");
	double tgt = attr_after(zh, sports, "data-target");
	ck_assert_double_eq_tol(tgt - cur, 416.0 / 725, 1e-12);
	ck_assert_double_eq(attr_after(zh, sports, "data-addition"), 416);
	ck_assert_double_eq(attr_after(zh, sports, "data-cost"), 416 * 500.0);
	ck_assert_double_eq(attr_after(zh, sports, "data-threshold"), 7.5);
	const char *rooms = "data-indicator=\"multimedia_classrooms_per100\"";
	ck_assert_double_eq_tol(attr_after(zh, rooms, "data-current"),
		1100.0 / 725, 1e-12);
	ck_assert_double_eq_tol(attr_after(zh, rooms, "data-target"),
		1700.0 / 725, 1e-12);
	ck_assert_double_eq(attr_after(zh, rooms, "data-cost"), 6 * 60000.0);
	/* totals: the same two, and nothing for the other five resources */
	ck_assert_uint_eq(count(zh, "<tr class=\"total\""), 7);
	ck_assert_double_eq(attr_after(zh, "<tr class=\"total\" "
		"data-resource=\"sports_area\"", "data-cost"), 208000);
	ck_assert_double_eq(attr_after(zh, "<tr class=\"total\" "
		"data-resource=\"qualified_teachers\"", "data-addition"), 0);
	ck_assert_ptr_nonnull(strstr(zh, "总费用 568000.00 元"));
	ck_assert_ptr_nonnull(strstr(en, "total cost 568000.00 元"));
	/* a CV row per level and indicator: 2 levels × 7 */
	ck_assert_uint_eq(count(zh, "<tr class=\"cv"), 14);
	ck_assert(strstr(zh, "<section class=\"plan\"") >
		strstr(zh, "<section class=\"county\""));
	ck_assert_ptr_null(strstr(zh, "http"));
	edubal_free(zh);
	edubal_free(en);
	edubal_html_options_free(o);
	edubal_plan_free(plan);
	edubal_plan_inputs_free(in);
	edubal_report_free(report);
	release();
}
END_TEST

START_TEST(save_html_writes_the_page)
{
	edubal_report *report = sample(NULL, NULL);
	edubal_html_options *o = edubal_html_options_new();
	const double x[] = {1, 2};
	ck_assert_int_eq(edubal_html_options_add_series(o, "population_age_3_5",
		2030, x, 2, NULL), EDUBAL_OK);
	const char *dir = getenv("EDUBAL_TEST_TMPDIR");
	char path[4096];
	snprintf(path, sizeof path, "%.4000s/extras.html", dir && *dir ? dir :
		"/tmp");
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_report_save_html(report, "zh", o, path, err),
		EDUBAL_OK);
	char *want = NULL;
	ck_assert_int_eq(edubal_report_render_html(report, "zh", o, &want,
		NULL), EDUBAL_OK);
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	size_t n = strlen(want);
	char *got = malloc(n + 2);
	ck_assert_uint_eq(fread(got, 1, n + 1, f), n);
	fclose(f);
	ck_assert_int_eq(memcmp(got, want, n), 0);
	remove(path);
	ck_assert_int_eq(edubal_report_save_html(report, "zh", o,
		"/no/such/dir/r.html", err), EDUBAL_EIO);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"/no/such/dir/r.html"));
	ck_assert_int_eq(edubal_report_save_html(report, "zh", o, NULL, err),
		EDUBAL_EINVAL);
	free(got);
	edubal_free(want);
	edubal_error_free(err);
	edubal_html_options_free(o);
	edubal_report_free(report);
	release();
}
END_TEST

static Suite *
extras_suite(void)
{
	Suite *s = suite_create("report_extras");
	TCase *t = tcase_create("html");
	tcase_add_test(t, line_chart_geometry);
	tcase_add_test(t, options_reject_bad_series);
	tcase_add_test(t, empty_options_change_nothing);
	tcase_add_test(t, projection_section);
	tcase_add_test(t, plan_section);
	tcase_add_test(t, save_html_writes_the_page);
	tcase_set_timeout(t, 60);
	suite_add_tcase(s, t);
	return s;
}

int
main(int argc, char **argv)
{
	root = argc > 1 ? argv[1] : ".";
	SRunner *sr = srunner_create(extras_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
