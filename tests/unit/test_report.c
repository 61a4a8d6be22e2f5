/*
 * Unit tests of the report renderers of issue 9: display width of CJK
 * text (text report alignment), HTML escaping, the SVG chart's geometry,
 * the HTML page and edubal_report_save() (xlsx included).
 *
 * Linked from the library's objects to reach the private helpers.
 * argv[1]: the source root (data/sample, tests/data/report).
 * EDUBAL_TEST_TMPDIR: where files are written.
 */
#include <check.h>
#include <stdbool.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

#include "io/html.h"
#include "io/svg_chart.h"
#include "io/width.h"
#include "util/strbuf.h"

static const char *root;

static char *
path_of(const char *dir, const char *rel)
{
	static char buf[4][4096];
	static int next;
	char *p = buf[next++ % 4];
	snprintf(p, 4096, "%.3000s/%.1000s", dir, rel);
	return p;
}

static const char *
tmpdir(void)
{
	const char *d = getenv("EDUBAL_TEST_TMPDIR");
	return d && *d ? d : "/tmp";
}

/* ---- display width ----------------------------------------------------- */

/* Widths by hand from Unicode's East Asian Width property: W and F are 2
 * columns (汉字 U+4E00.., fullwidth Ａ U+FF21, 、U+3001, Hangul 한
 * U+D55C, 😀 U+1F600, 𠀀 U+20000), halfwidth ｱ U+FF71 and ✓ U+2713
 * are 1, a combining acute U+0301 is 0. */
START_TEST(display_width_by_hand)
{
	ck_assert_uint_eq(edubal__display_width(""), 0);
	ck_assert_uint_eq(edubal__display_width("abc"), 3);
	ck_assert_uint_eq(edubal__display_width("城关"), 4);
	ck_assert_uint_eq(edubal__display_width("城关 No.1"), 9);
	ck_assert_uint_eq(edubal__display_width("\xEF\xBC\xA1"), 2);      /* Ａ */
	ck_assert_uint_eq(edubal__display_width("\xEF\xBD\xB1"), 1);      /* ｱ */
	ck_assert_uint_eq(edubal__display_width("、"), 2);
	ck_assert_uint_eq(edubal__display_width("한"), 2);
	ck_assert_uint_eq(edubal__display_width("\xF0\x9F\x98\x80"), 2);  /* 😀 */
	ck_assert_uint_eq(edubal__display_width("\xF0\xA0\x80\x80"), 2);  /* 𠀀 */
	ck_assert_uint_eq(edubal__display_width("e\xCC\x81"), 1);         /* é */
	ck_assert_uint_eq(edubal__display_width("✓ 达标"), 6);
	ck_assert_uint_eq(edubal__display_width("✗ 未达标"), 8);
}
END_TEST

/* A byte that does not decode counts one column, and a truncated
 * sequence does not read past the terminator. */
START_TEST(display_width_of_bad_utf8)
{
	ck_assert_uint_eq(edubal__display_width("\xFF"), 1);
	ck_assert_uint_eq(edubal__display_width("a\xE5\x9F"), 3);
	ck_assert_int_eq(edubal__codepoint_width(0x07), 0);
	ck_assert_int_eq(edubal__codepoint_width(0x4E00), 2);
	ck_assert_int_eq(edubal__codepoint_width(0x41), 1);
}
END_TEST

/* A table of mixed Chinese and ASCII school names: every second column
 * starts at display column 20 + 1 whatever the bytes of the name. */
START_TEST(cells_align_mixed_names)
{
	static const char *const names[] = {"城关小学", "No.2 Middle School",
		"实验School一部", "Riverside 小学"};
	/* display widths by hand: 8, 18, 4 + 6 + 4 = 14, 10 + 4 = 14 */
	static const size_t widths[] = {8, 18, 14, 14};
	for (size_t i = 0; i < 4; i++) {
		struct edubal__strbuf b = {NULL, 0, 0, false};
		edubal__strbuf_cell(&b, names[i], 20, EDUBAL__ALIGN_LEFT);
		edubal__strbuf_puts(&b, " ");
		edubal__strbuf_cell(&b, "0.52", 8, EDUBAL__ALIGN_RIGHT);
		char *line = edubal__strbuf_finish(&b);
		size_t name_len = strlen(names[i]);
		/* the name, then 20 - width spaces, the separator, 4 blanks */
		ck_assert_uint_eq(strlen(line), name_len + (20 - widths[i]) + 1 +
			4 + 4);
		ck_assert_str_eq(line + strlen(line) - 9, " " "    0.52");
		ck_assert_uint_eq(edubal__display_width(line), 20 + 1 + 8);
		free(line);
	}
	/* a name wider than its cell is never cut */
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__strbuf_cell(&b, "城关小学", 3, EDUBAL__ALIGN_LEFT);
	char *line = edubal__strbuf_finish(&b);
	ck_assert_str_eq(line, "城关小学");
	free(line);
}
END_TEST

/* ---- HTML helpers ------------------------------------------------------ */

START_TEST(html_escape_and_attributes)
{
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__html_escape(&b, "<a href='x'>&\"县\"");
	edubal__html_escape(&b, NULL);
	edubal__html_attr(&b, "data-k", "a\"b");
	edubal__html_number_attr(&b, "data-x", true, 0.1);
	edubal__html_number_attr(&b, "data-nan", true, NAN);
	edubal__html_number_attr(&b, "data-absent", false, 1.0);
	char *s = edubal__strbuf_finish(&b);
	/* 0.1 at 17 significant digits reads back as the same double */
	ck_assert_str_eq(s, "&lt;a href=&#39;x&#39;&gt;&amp;&quot;县&quot;"
		" data-k=\"a&quot;b\" data-x=\"0.10000000000000001\"");
	free(s);
}
END_TEST

/*
 * Chart geometry by hand: plot y from 236 (value 0) up to 24, 212 units
 * tall; top of the axis 1.15 × the largest value or limit = 0.8625.
 * 0.25 → y = 236 − 212 × 0.25 / 0.8625 = 174.55, height 61.45;
 * 0.75 → y = 51.65, height 184.35; limit 0.5 → y = 113.10.
 * Three slots of 648 / 3 = 216 from x = 56; bars 0.6 × 216 = 129.6 wide,
 * centred: x = 56 + 108 − 64.8 = 99.2 and 315.2.
 */
START_TEST(svg_chart_geometry)
{
	struct edubal__bar bars[] = {
		{"a", "1", true, 0.25, true, 0.5, false},
		{"b", "2", true, 0.75, true, 0.5, true},
		{"c", "3", false, 0, true, 0.5, false},
	};
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__svg_bar_chart(&b, bars, 3, "小学 <CV>");
	char *s = edubal__strbuf_finish(&b);
	ck_assert_ptr_nonnull(strstr(s, "<title>小学 &lt;CV&gt;</title>"));
	ck_assert_ptr_nonnull(strstr(s, "data-key=\"a\" data-value=\"0.25\" "
		"x=\"99.2\" y=\"174.6\" width=\"129.6\" height=\"61.4\" "
		"fill=\"" EDUBAL__BAR_PASS "\""));
	ck_assert_ptr_nonnull(strstr(s, "data-key=\"b\" data-value=\"0.75\" "
		"x=\"315.2\" y=\"51.7\" width=\"129.6\" height=\"184.3\" "
		"fill=\"" EDUBAL__BAR_FAIL "\""));
	ck_assert_ptr_null(strstr(s, "data-key=\"c\""));
	ck_assert_ptr_nonnull(strstr(s, "x1=\"56.0\" y1=\"113.1\" x2=\"272.0\" "
		"y2=\"113.1\""));
	ck_assert_ptr_null(strstr(s, "http"));
	free(s);
}
END_TEST

/* ---- the page and saved files ------------------------------------------ */

static edubal_report *
sample_report(void)
{
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	edubal_standard *std = NULL;
	edubal_report *report = NULL;
	char dir[4096];
	snprintf(dir, sizeof dir, "%.4000s/tests/data/report", root);
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		path_of(dir, "schools.csv"), err), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
		path_of(dir, "counties.csv"), err), EDUBAL_OK);
	ck_assert_int_eq(edubal_standard_builtin("cn-2017-compulsory", &std,
		err), EDUBAL_OK);
	ck_assert_msg(edubal_evaluate(std, ds, &report, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	return report;
}

static size_t
count(const char *s, const char *what)
{
	size_t n = 0;
	for (const char *p = strstr(s, what); p; p = strstr(p + 1, what))
		n++;
	return n;
}

/* Two counties of two levels: four charts; C03001's primary backbone CV
 * (0.919 > 0.5, SPEC §2.2) is the one red bar; C03001 has no junior
 * school, so its junior chart has no bar at all: 7 + 7 + 7 + 0 - 1 blue. */
START_TEST(html_page_structure)
{
	edubal_report *report = sample_report();
	char *html = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_HTML, "zh",
		&html, NULL), EDUBAL_OK);
	ck_assert_ptr_nonnull(strstr(html, "<html lang=\"zh-CN\">"));
	ck_assert_uint_eq(count(html, "<svg"), 4);
	ck_assert_uint_eq(count(html, "fill=\"" EDUBAL__BAR_FAIL "\""), 1);
	ck_assert_uint_eq(count(html, "fill=\"" EDUBAL__BAR_PASS "\""), 20);
	ck_assert_uint_eq(count(html, "<section class=\"county\""), 2);
	/* two counties: a table of verdicts first */
	ck_assert_ptr_nonnull(strstr(html, "<h2>各县结论</h2>"));
	const char *summary = strstr(html, "<table class=\"summary\">");
	ck_assert_ptr_nonnull(summary);
	ck_assert(summary < strstr(html, "<section class=\"county\""));
	ck_assert_ptr_nonnull(strstr(html, "Mixed 混合县 County"));
	ck_assert_ptr_nonnull(strstr(html, "结论:未通过"));
	ck_assert_ptr_null(strstr(html, "http"));
	ck_assert_ptr_null(strstr(html, "src="));
	/* 39 + 4 school sections, each one row */
	ck_assert_uint_eq(count(html, "<tr class=\"school"), 43);
	edubal_free(html);
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_HTML, "en",
		&html, NULL), EDUBAL_OK);
	ck_assert_ptr_nonnull(strstr(html, "Verdict: fail"));
	edubal_free(html);
	edubal_report_free(report);
}
END_TEST

START_TEST(xlsx_is_not_text)
{
	edubal_report *report = sample_report();
	char *text = (char *) "untouched";
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_XLSX, "zh",
		&text, err), EDUBAL_EINVAL);
	ck_assert_str_eq(text, "untouched");
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"edubal_report_save"));
	edubal_error_free(err);
	edubal_report_free(report);
}
END_TEST

static size_t
read_file(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, size, f);
	fclose(f);
	return n;
}

START_TEST(save_writes_every_format)
{
	edubal_report *report = sample_report();
	edubal_error *err = edubal_error_new();
	const char *xlsx = path_of(tmpdir(), "test_report.xlsx");
	remove(xlsx);
	ck_assert_msg(edubal_report_save(report, EDUBAL_FORMAT_XLSX, "en", xlsx,
		err) == EDUBAL_OK, "%s", edubal_error_message(err));
	char head[4];
	ck_assert_uint_eq(read_file(xlsx, head, 4), 4);
	ck_assert_int_eq(memcmp(head, "PK\x03\x04", 4), 0);  /* a zip */
	const char *html = path_of(tmpdir(), "test_report.html");
	ck_assert_int_eq(edubal_report_save(report, EDUBAL_FORMAT_HTML, NULL,
		html, err), EDUBAL_OK);
	char *want = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_HTML, NULL,
		&want, err), EDUBAL_OK);
	size_t len = strlen(want);
	char *got = malloc(len + 2);
	ck_assert_uint_eq(read_file(html, got, len + 1), len);
	ck_assert_int_eq(memcmp(got, want, len), 0);
	free(got);
	edubal_free(want);
	edubal_error_free(err);
	edubal_report_free(report);
}
END_TEST

START_TEST(save_bad_arguments)
{
	edubal_report *report = sample_report();
	edubal_error *err = edubal_error_new();
	const char *nowhere = path_of(tmpdir(), "no/such/dir/r.xlsx");
	ck_assert_int_eq(edubal_report_save(NULL, EDUBAL_FORMAT_HTML, "zh",
		"x.html", err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_report_save(report, EDUBAL_FORMAT_HTML, "zh",
		NULL, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_report_save(report, EDUBAL_FORMAT_HTML, "fr",
		"x.html", err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_report_save(report,
		(enum edubal_report_format) 99, "zh", "x.html", err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_report_save(report, EDUBAL_FORMAT_XLSX, "zh",
		nowhere, err), EDUBAL_EIO);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), nowhere));
	ck_assert_int_eq(edubal_report_save(report, EDUBAL_FORMAT_TEXT, "zh",
		nowhere, err), EDUBAL_EIO);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), nowhere));
	edubal_error_free(err);
	edubal_report_free(report);
}
END_TEST

/* Under a comma-decimal LC_NUMERIC libxlsxwriter would write "0,5":
 * refused rather than a workbook Excel cannot read.  Needs a de_DE
 * locale (built into the build dir by tests/unit/meson.build when
 * localedef can; otherwise whatever the system offers). */
START_TEST(xlsx_refuses_comma_locale)
{
	if (!setlocale(LC_NUMERIC, "de_DE.UTF-8") &&
	    !setlocale(LC_NUMERIC, "de_DE.utf8") &&
	    !setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
		fprintf(stderr, "xlsx_refuses_comma_locale: no comma-decimal "
			"locale here, not checked\n");
		return;
	}
	ck_assert_str_eq(localeconv()->decimal_point, ",");
	edubal_report *report = sample_report();
	edubal_error *err = edubal_error_new();
	ck_assert_int_eq(edubal_report_save(report, EDUBAL_FORMAT_XLSX, "zh",
		path_of(tmpdir(), "comma.xlsx"), err), EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "LC_NUMERIC"));
	setlocale(LC_NUMERIC, "C");
	ck_assert_int_eq(edubal_report_save(report, EDUBAL_FORMAT_XLSX, "zh",
		path_of(tmpdir(), "comma.xlsx"), err), EDUBAL_OK);
	edubal_error_free(err);
	edubal_report_free(report);
}
END_TEST

/* The zh text report's items table: the part column starts at display
 * column 2 + 10 + 1 = 13 on a ✓ 达标 row (6 columns of mark) and on a
 * ✗ 未达标 row (8 columns) alike. */
START_TEST(text_items_line_up)
{
	edubal_report *report = sample_report();
	char *text = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_TEXT, "zh",
		&text, NULL), EDUBAL_OK);
	static const char *const keys[] = {" layout_planned ", " class_size ",
		" migrant_children "};
	for (size_t i = 0; i < 3; i++) {
		char *key = strstr(text, keys[i]);
		ck_assert_ptr_nonnull(key);
		char *line = key;
		while (line > text && line[-1] != '\n')
			line--;
		char *part = strstr(line, "assurance");
		char prefix[256];
		size_t n = (size_t) (part - line);
		ck_assert_uint_lt(n, sizeof prefix);
		memcpy(prefix, line, n);
		prefix[n] = '\0';
		ck_assert_uint_eq(edubal__display_width(prefix), 13);
	}
	edubal_free(text);
	edubal_report_free(report);
}
END_TEST

static Suite *
report_suite(void)
{
	Suite *s = suite_create("report");
	TCase *width = tcase_create("width");
	tcase_add_test(width, display_width_by_hand);
	tcase_add_test(width, display_width_of_bad_utf8);
	tcase_add_test(width, cells_align_mixed_names);
	tcase_add_test(width, text_items_line_up);
	suite_add_tcase(s, width);
	TCase *html = tcase_create("html");
	tcase_add_test(html, html_escape_and_attributes);
	tcase_add_test(html, svg_chart_geometry);
	tcase_add_test(html, html_page_structure);
	suite_add_tcase(s, html);
	TCase *save = tcase_create("save");
	tcase_add_test(save, xlsx_is_not_text);
	tcase_add_test(save, save_writes_every_format);
	tcase_add_test(save, save_bad_arguments);
	tcase_add_test(save, xlsx_refuses_comma_locale);
	suite_add_tcase(s, save);
	return s;
}

int
main(int argc, char **argv)
{
	root = argc > 1 ? argv[1] : ".";
	SRunner *sr = srunner_create(report_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
