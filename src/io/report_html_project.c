/*
 * src/io/report_html_project.c - projections in the HTML report
 * (edubal/html.h): a chart of the school-age population groups, a chart
 * of enrollment against each section's capacity, and every series by
 * year in a table.
 *
 * Series carry the names of `edubal project --format json`; each value
 * is also written at full precision in data-value, so tests check the
 * page against that JSON.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"
#include "html_sections.h"
#include "svg_lines.h"

struct project_words {
	const char *title, *groups_chart, *enrollment_chart, *legend;
	const char *col_series, *capacity, *col_section, *col_seats;
	const char *section[EDUBAL__HTML_SECTIONS];
};

static const struct project_words zh_words = {
	"人口与在校生预测", "学龄人口预测", "在校生预测与学位容量",
	"实线为预测值;虚线为同色学段的现有学位数。", "序列", "学位容量",
	"学段", "学位数",
	{"学前教育", "小学", "初中", "高中"},
};

static const struct project_words en_words = {
	"Projections", "School-age population",
	"Projected enrollment and capacity",
	"Solid lines are projections; a dashed line is the seats of the "
	"section drawn in its colour.", "Series", "Capacity", "Section",
	"Seats",
	{"preschool", "primary", "junior secondary", "senior secondary"},
};

/* Titles of the series `edubal project` names <section>_<what>. */
static const struct {
	const char *what, *zh, *en;
} section_series[] = {
	{"students", "在校生", "students"},
	{"seats_needed", "所需学位", "seats needed"},
	{"standard_seats", "规划标准学位", "planning-standard seats"},
	{"classes", "班数", "classes"},
	{"seat_gap", "学位缺口(负数为富余)", "seat gap (negative: spare)"},
	{"new_schools", "新建学校", "new schools"},
	{"teachers", "所需教师", "teachers required"},
	{"teacher_gap", "教师缺口", "teacher gap"},
	{"target_seats", "目标学位", "target seats"},
	{"public_seats", "公办学位", "public seats"},
	{"inclusive_seats", "普惠性学位", "inclusive seats"},
	{"target_gap", "目标学位缺口", "target seat gap"},
};

struct project_ctx {
	struct edubal__strbuf *b;
	const edubal_html_options *opt;
	const struct project_words *w;
	bool zh;
};

/* The section a "<section>_<what>" name starts with, or -1. */
static int
section_of(const char *name, const char **what)
{
	for (size_t s = 0; s < EDUBAL__HTML_SECTIONS; s++) {
		size_t n = strlen(edubal__html_section_names[s]);
		if (strncmp(name, edubal__html_section_names[s], n) == 0 &&
		    name[n] == '_') {
			*what = name + n + 1;
			return (int) s;
		}
	}
	return -1;
}

/* The title of series name, in buf; the name itself when unknown. */
static const char *
series_title(const struct project_ctx *x, const char *name, char *buf,
	size_t size)
{
	unsigned lo, hi;
	const char *what;
	int s = section_of(name, &what);
	if (strcmp(name, "population_births") == 0)
		return x->zh ? "出生人口" : "births";
	if (strcmp(name, "population_total") == 0)
		return x->zh ? "总人口" : "total population";
	if (sscanf(name, "population_age_%u_%u", &lo, &hi) == 2) {
		snprintf(buf, size, x->zh ? "%u–%u 岁人口" : "population aged %u–%u",
			lo, hi);
		return buf;
	}
	for (size_t i = 0; s >= 0 && i < sizeof section_series /
	    sizeof section_series[0]; i++) {
		if (strcmp(what, section_series[i].what) == 0) {
			snprintf(buf, size, x->zh ? "%s%s" : "%s %s", x->w->section[s],
				x->zh ? section_series[i].zh : section_series[i].en);
			return buf;
		}
	}
	return name;
}

static void
groups_chart(struct project_ctx *x)
{
	const edubal_html_options *o = x->opt;
	struct edubal__line *lines = calloc(o->series_count, sizeof *lines);
	char (*titles)[64] = calloc(o->series_count, sizeof *titles);
	size_t n = 0;
	if (!lines || !titles) {
		x->b->failed = true;
	} else {
		for (size_t i = 0; i < o->series_count; i++) {
			const char *name = o->series[i].name;
			if (strncmp(name, "population_age_", 15) != 0)
				continue;
			lines[n] = (struct edubal__line) {name, series_title(x, name,
				titles[n], sizeof titles[n]), o->series[i].values, false, n};
			n++;
		}
	}
	if (n > 0) {
		edubal__strbuf_puts(x->b, "<figure>\n");
		edubal__svg_line_chart(x->b, lines, n, o->first_year, o->years,
			x->w->groups_chart);
		edubal__strbuf_puts(x->b, "</figure>\n");
	}
	free(lines);
	free(titles);
}

/* Enrollment of each section, and its capacity dashed in the same colour. */
static void
enrollment_chart(struct project_ctx *x)
{
	const edubal_html_options *o = x->opt;
	size_t cap = 2 * EDUBAL__HTML_SECTIONS, n = 0, colour = 0;
	struct edubal__line lines[2 * EDUBAL__HTML_SECTIONS];
	char titles[2 * EDUBAL__HTML_SECTIONS][80];
	double *flat = calloc(EDUBAL__HTML_SECTIONS * o->years, sizeof *flat);
	if (!flat) {
		x->b->failed = true;
		return;
	}
	for (size_t s = 0; s < EDUBAL__HTML_SECTIONS && n + 2 <= cap; s++) {
		char want[48];
		snprintf(want, sizeof want, "%s_students",
			edubal__html_section_names[s]);
		for (size_t i = 0; i < o->series_count; i++) {
			if (strcmp(o->series[i].name, want) != 0)
				continue;
			lines[n] = (struct edubal__line) {o->series[i].name,
				series_title(x, want, titles[n], sizeof titles[n]),
				o->series[i].values, false, colour};
			n++;
			if (!isnan(o->capacity[s])) {
				double *v = flat + s * o->years;
				for (size_t y = 0; y < o->years; y++)
					v[y] = o->capacity[s];
				snprintf(titles[n], sizeof titles[n], "%s%s%s",
					x->w->section[s], x->zh ? "" : " ", x->w->capacity);
				lines[n] = (struct edubal__line) {
					edubal__html_section_names[s], titles[n], v, true, colour};
				n++;
			}
			colour++;
		}
	}
	if (n > 0) {
		edubal__strbuf_puts(x->b, "<figure>\n");
		edubal__svg_line_chart(x->b, lines, n, o->first_year, o->years,
			x->w->enrollment_chart);
		edubal__strbuf_puts(x->b, "<figcaption class=\"legend\">");
		edubal__html_escape(x->b, x->w->legend);
		edubal__strbuf_puts(x->b, "</figcaption>\n</figure>\n");
	}
	free(flat);
}

static void
series_row(struct project_ctx *x, const struct edubal__html_series *s)
{
	char buf[80];
	edubal__strbuf_puts(x->b, "<tr class=\"series\"");
	edubal__html_attr(x->b, "data-series", s->name);
	edubal__strbuf_puts(x->b, "><td class=\"text\">");
	edubal__html_escape(x->b, series_title(x, s->name, buf, sizeof buf));
	edubal__strbuf_puts(x->b, "</td>");
	for (size_t y = 0; y < x->opt->years; y++) {
		double v = s->values[y];
		edubal__strbuf_printf(x->b, "<td data-year=\"%d\"",
			x->opt->first_year + (int) y);
		edubal__html_number_attr(x->b, "data-value", true, v);
		/* Counts of people and seats read as whole numbers; small
		 * numbers (classes, schools) keep their digits. */
		if (!isfinite(v))
			edubal__strbuf_puts(x->b, ">–</td>");
		else if (fabs(v) >= 100)
			edubal__strbuf_printf(x->b, ">%.0f</td>", v);
		else
			edubal__strbuf_printf(x->b, ">%.4g</td>", v);
	}
	edubal__strbuf_puts(x->b, "</tr>\n");
}

static void
series_table(struct project_ctx *x)
{
	edubal__strbuf_puts(x->b, "<table class=\"projection\">\n<tr>"
		"<th class=\"text\">");
	edubal__html_escape(x->b, x->w->col_series);
	edubal__strbuf_puts(x->b, "</th>");
	for (size_t y = 0; y < x->opt->years; y++)
		edubal__strbuf_printf(x->b, "<th>%d</th>", x->opt->first_year +
			(int) y);
	edubal__strbuf_puts(x->b, "</tr>\n");
	for (size_t i = 0; i < x->opt->series_count; i++)
		series_row(x, &x->opt->series[i]);
	edubal__strbuf_puts(x->b, "</table>\n");
}

static void
capacity_table(struct project_ctx *x)
{
	bool any = false;
	for (size_t s = 0; s < EDUBAL__HTML_SECTIONS; s++)
		any = any || !isnan(x->opt->capacity[s]);
	if (!any)
		return;
	edubal__strbuf_puts(x->b, "<table class=\"capacity\">\n<tr>"
		"<th class=\"text\">");
	edubal__html_escape(x->b, x->w->col_section);
	edubal__strbuf_puts(x->b, "</th><th>");
	edubal__html_escape(x->b, x->w->col_seats);
	edubal__strbuf_puts(x->b, "</th></tr>\n");
	for (size_t s = 0; s < EDUBAL__HTML_SECTIONS; s++) {
		if (isnan(x->opt->capacity[s]))
			continue;
		edubal__strbuf_puts(x->b, "<tr class=\"capacity\"");
		edubal__html_attr(x->b, "data-section", edubal__html_section_names[s]);
		edubal__html_number_attr(x->b, "data-seats", true,
			x->opt->capacity[s]);
		edubal__strbuf_puts(x->b, "><td class=\"text\">");
		edubal__html_escape(x->b, x->w->section[s]);
		edubal__strbuf_printf(x->b, "</td><td>%.0f</td></tr>\n",
			x->opt->capacity[s]);
	}
	edubal__strbuf_puts(x->b, "</table>\n");
}

void
edubal__html_project_section(struct edubal__strbuf *b,
	const edubal_html_options *opt, bool zh)
{
	if (opt->series_count == 0)
		return;
	struct project_ctx x = {b, opt, zh ? &zh_words : &en_words, zh};
	edubal__strbuf_printf(b, "<section class=\"projection\" "
		"data-first-year=\"%d\" data-years=\"%zu\">\n<h2>", opt->first_year,
		opt->years);
	edubal__html_escape(b, x.w->title);
	edubal__strbuf_puts(b, "</h2>\n");
	groups_chart(&x);
	enrollment_chart(&x);
	series_table(&x);
	capacity_table(&x);
	edubal__strbuf_puts(b, "</section>\n");
}
