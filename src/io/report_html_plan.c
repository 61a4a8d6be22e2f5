/*
 * src/io/report_html_plan.c - the gap-closing plan in the HTML report
 * (edubal/html.h): per county what each school must add, at what cost,
 * the county totals and the CVs before and after.
 *
 * Every number shown is also written at full precision in a data-
 * attribute under the name the plan's JSON uses (docs/plan.md), so tests
 * check the page against `edubal plan --format json`.  The totals use the
 * plan's own sum (each school's addition once, sections sharing a
 * school-wide resource counted once), so they equal the JSON's.
 */
#include <math.h>
#include <string.h>

#include "../evaluate/resource.h"
#include "../plan/plan.h"
#include "html.h"
#include "html_sections.h"

struct plan_words {
	const char *title, *intro, *county, *resources, *pass, *fail;
	const char *before, *after, *total_cost, *schools, *no_schools;
	const char *col_school, *col_section, *col_indicator, *col_current,
		*col_target, *col_threshold, *col_addition, *col_unit, *col_cost;
	const char *shared, *totals, *col_resource, *cvs, *col_level,
		*col_before, *col_after, *col_limit, *none;
};

static const struct plan_words zh_words = {
	"补齐差距方案",
	"使每所学校达到校际指标要求、各项差异系数不超过限值的最低费用增配方案"
	"(按单位成本计算,方案已用增配后的数据重新评估验证)。",
	"县", "资源配置", "达标", "未达标", "方案前", "方案后", "总费用",
	"涉及学校", "没有参评学校,无需方案",
	"学校", "学段", "指标", "现值", "目标值", "标准", "增配", "单位",
	"费用(元)",
	"各学段共用", "合计", "资源", "差异系数(方案前后)", "学段", "方案前",
	"方案后", "限值", "无需增配",
};

static const struct plan_words en_words = {
	"Gap-closing plan",
	"The cheapest additions, at the given unit costs, that make every "
	"school meet the school rule and every CV its limit; the plan was "
	"checked by evaluating the data with the additions.",
	"County", "Resources", "pass", "fail", "before", "after", "total cost",
	"schools", "no assessed schools, nothing to plan",
	"School", "Section", "Indicator", "Current", "Target", "Standard",
	"Addition", "Unit", "Cost (元)",
	"shared by sections", "Totals", "Resource", "CVs before and after the "
	"plan", "Level", "Before", "After", "Limit", "nothing to add",
};

struct plan_ctx {
	struct edubal__strbuf *b;
	const edubal_plan *plan;
	const struct plan_words *w;
	bool zh;
};

static void
text(struct plan_ctx *x, const char *s)
{
	edubal__html_escape(x->b, s);
}

static const char *
indicator_name(const struct plan_ctx *x, size_t i)
{
	const struct edubal__indicator *ind = &x->plan->model.std->indicators[i];
	const char *s = x->zh ? ind->name_zh : ind->name_en;
	return s && *s ? s : ind->key;
}

static const char *
yes_no(bool v)
{
	return v ? "true" : "false";
}

static void
heads(struct plan_ctx *x, const char *const *names, size_t n, size_t texts)
{
	edubal__strbuf_puts(x->b, "<tr>");
	for (size_t i = 0; i < n; i++) {
		edubal__strbuf_puts(x->b, i < texts ? "<th class=\"text\">" : "<th>");
		text(x, names[i]);
		edubal__strbuf_puts(x->b, "</th>");
	}
	edubal__strbuf_puts(x->b, "</tr>\n");
}

/* A cell of v with digits significant digits, or digits decimals when
 * fixed; "–" when not finite. */
static void
cell(struct plan_ctx *x, double v, int digits, bool fixed)
{
	edubal__strbuf_puts(x->b, "<td>");
	if (isfinite(v) && fixed)
		edubal__strbuf_printf(x->b, "%.*f", digits, v);
	else if (isfinite(v))
		edubal__strbuf_printf(x->b, "%.*g", digits, v);
	else
		edubal__strbuf_puts(x->b, "–");
	edubal__strbuf_puts(x->b, "</td>");
}

static double
row_number(const edubal_plan *plan, size_t r, enum edubal_plan_number_field f)
{
	double v = NAN;
	edubal_plan_row_number(plan, r, f, &v, NULL);
	return v;
}

static void
addition_row(struct plan_ctx *x, size_t r)
{
	const edubal_plan *p = x->plan;
	const struct edubal__plan_row *row = &p->rows[r];
	enum edubal__section sec =
		p->model.schools[row->school].sections[row->section_k].section;
	static const struct { const char *attr; enum edubal_plan_number_field f; }
	numbers[] = {{"data-current", EDUBAL_PLAN_CURRENT},
		{"data-target", EDUBAL_PLAN_TARGET},
		{"data-threshold", EDUBAL_PLAN_THRESHOLD},
		{"data-addition", EDUBAL_PLAN_ADDITION},
		{"data-addition-rule", EDUBAL_PLAN_ADDITION_RULE},
		{"data-addition-cv", EDUBAL_PLAN_ADDITION_CV},
		{"data-cost", EDUBAL_PLAN_COST}};
	edubal__strbuf_puts(x->b, "<tr class=\"addition\"");
	edubal__html_attr(x->b, "data-school",
		edubal_plan_row_text(p, r, EDUBAL_PLAN_SCHOOL_ID));
	edubal__html_attr(x->b, "data-section", edubal__section_name(sec));
	edubal__html_attr(x->b, "data-indicator",
		edubal_plan_row_text(p, r, EDUBAL_PLAN_INDICATOR));
	edubal__html_attr(x->b, "data-resource",
		edubal_plan_row_text(p, r, EDUBAL_PLAN_RESOURCE));
	edubal__html_attr(x->b, "data-unit",
		edubal_plan_row_text(p, r, EDUBAL_PLAN_UNIT));
	for (size_t i = 0; i < sizeof numbers / sizeof numbers[0]; i++)
		edubal__html_number_attr(x->b, numbers[i].attr, true,
			row_number(p, r, numbers[i].f));
	edubal__html_attr(x->b, "data-shared", yes_no(row->shared));
	edubal__strbuf_puts(x->b, "><td class=\"text\">");
	text(x, edubal_plan_row_text(p, r, EDUBAL_PLAN_SCHOOL_ID));
	edubal__strbuf_puts(x->b, "</td><td class=\"text\">");
	text(x, edubal__level_name(sec, x->zh ? "zh" : "en"));
	edubal__strbuf_puts(x->b, "</td><td class=\"text\">");
	text(x, indicator_name(x, row->indicator));
	edubal__strbuf_puts(x->b, "</td>");
	cell(x, row_number(p, r, EDUBAL_PLAN_CURRENT), 6, false);
	cell(x, row_number(p, r, EDUBAL_PLAN_TARGET), 6, false);
	cell(x, row_number(p, r, EDUBAL_PLAN_THRESHOLD), 6, false);
	edubal__strbuf_printf(x->b, "<td>+%.15g", row_number(p, r,
		EDUBAL_PLAN_ADDITION));
	if (row->shared) {
		edubal__strbuf_puts(x->b, " (");
		text(x, x->w->shared);
		edubal__strbuf_puts(x->b, ")");
	}
	edubal__strbuf_puts(x->b, "</td><td class=\"text\">");
	text(x, edubal_plan_row_text(p, r, EDUBAL_PLAN_UNIT));
	edubal__strbuf_puts(x->b, "</td>");
	cell(x, row_number(p, r, EDUBAL_PLAN_COST), 2, true);
	edubal__strbuf_puts(x->b, "</tr>\n");
}

static void
additions_table(struct plan_ctx *x, size_t c)
{
	const char *head[] = {x->w->col_school, x->w->col_section,
		x->w->col_indicator, x->w->col_current, x->w->col_target,
		x->w->col_threshold, x->w->col_addition, x->w->col_unit,
		x->w->col_cost};
	if (x->plan->counties[c].schools == 0) {
		edubal__strbuf_puts(x->b, "<p class=\"no-additions\">");
		text(x, x->w->none);
		edubal__strbuf_puts(x->b, "</p>\n");
		return;
	}
	edubal__strbuf_puts(x->b, "<table class=\"additions\">\n");
	heads(x, head, sizeof head / sizeof head[0], 3);
	for (size_t r = 0; r < x->plan->row_count; r++) {
		if (x->plan->rows[r].county == c)
			addition_row(x, r);
	}
	edubal__strbuf_puts(x->b, "</table>\n");
}

/* Units added to indicator i's resource in county c, each school once
 * (the sum of src/plan/render.c, so the totals equal the JSON's). */
static double
county_addition(const edubal_plan *plan, size_t c, size_t i)
{
	double total = 0;
	for (size_t j = 0; j < plan->model.school_count; j++) {
		if (plan->model.schools[j].county == c)
			total += edubal__plan_added(&plan->model.schools[j], i);
	}
	return total;
}

static void
totals_table(struct plan_ctx *x, size_t c)
{
	const edubal_standard *std = x->plan->model.std;
	const char *head[] = {x->w->col_resource, x->w->col_indicator,
		x->w->col_addition, x->w->col_unit, x->w->col_cost};
	edubal__strbuf_puts(x->b, "<h4>");
	text(x, x->w->totals);
	edubal__strbuf_puts(x->b, "</h4>\n<table class=\"totals\">\n");
	heads(x, head, sizeof head / sizeof head[0], 2);
	for (size_t i = 0; i < std->indicator_count; i++) {
		const struct edubal__plan_resource *res = &x->plan->model.resources[i];
		double add = county_addition(x->plan, c, i);
		double cost = add * res->unit_cost;
		edubal__strbuf_puts(x->b, "<tr class=\"total\"");
		edubal__html_attr(x->b, "data-resource", std->indicators[i].resource);
		edubal__html_attr(x->b, "data-indicator", std->indicators[i].key);
		edubal__html_attr(x->b, "data-unit", res->unit);
		edubal__html_number_attr(x->b, "data-addition", true, add);
		edubal__html_number_attr(x->b, "data-cost", true, cost);
		edubal__strbuf_puts(x->b, "><td class=\"text\">");
		text(x, std->indicators[i].resource);
		edubal__strbuf_puts(x->b, "</td><td class=\"text\">");
		text(x, indicator_name(x, i));
		edubal__strbuf_printf(x->b, "</td><td>+%.15g</td><td class=\"text\">",
			add);
		text(x, res->unit);
		edubal__strbuf_printf(x->b, "</td><td>%.2f</td></tr>\n", cost);
	}
	edubal__strbuf_puts(x->b, "</table>\n");
}

static void
cv_table(struct plan_ctx *x, size_t c)
{
	const edubal_plan *p = x->plan;
	const char *head[] = {x->w->col_level, x->w->col_indicator,
		x->w->col_before, x->w->col_after, x->w->col_limit};
	edubal__strbuf_puts(x->b, "<h4>");
	text(x, x->w->cvs);
	edubal__strbuf_puts(x->b, "</h4>\n<table class=\"cvs\">\n");
	heads(x, head, sizeof head / sizeof head[0], 2);
	for (size_t k = 0; k < p->cv_count; k++) {
		const struct edubal__plan_cv_row *cv = &p->cvs[k];
		if (cv->county != c)
			continue;
		bool over = isfinite(cv->limit) && isfinite(cv->before) &&
			!edubal__plan_cv_holds(p->model.std, cv->level, cv->before);
		edubal__strbuf_printf(x->b, "<tr class=\"cv%s\"", over ? " fail" : "");
		edubal__html_attr(x->b, "data-level", edubal__section_name(cv->level));
		edubal__html_attr(x->b, "data-indicator",
			p->model.std->indicators[cv->indicator].key);
		edubal__html_number_attr(x->b, "data-before", true, cv->before);
		edubal__html_number_attr(x->b, "data-after", true, cv->after);
		edubal__html_number_attr(x->b, "data-limit", true, cv->limit);
		edubal__strbuf_puts(x->b, "><td class=\"text\">");
		text(x, edubal__level_name(cv->level, x->zh ? "zh" : "en"));
		edubal__strbuf_puts(x->b, "</td><td class=\"text\">");
		text(x, indicator_name(x, cv->indicator));
		edubal__strbuf_puts(x->b, "</td>");
		cell(x, cv->before, 4, true);
		cell(x, cv->after, 4, true);
		cell(x, cv->limit, 4, false);
		edubal__strbuf_puts(x->b, "</tr>\n");
	}
	edubal__strbuf_puts(x->b, "</table>\n");
}

static void
county_summary(struct plan_ctx *x, const struct edubal__plan_county *pc)
{
	const char *sep = x->zh ? ";" : "; ";
	edubal__strbuf_puts(x->b, "<p class=\"summary\">");
	text(x, x->w->resources);
	edubal__strbuf_puts(x->b, " ");
	text(x, x->w->before);
	edubal__strbuf_puts(x->b, " ");
	text(x, pc->pass_before ? x->w->pass : x->w->fail);
	edubal__strbuf_puts(x->b, " → ");
	text(x, x->w->after);
	edubal__strbuf_puts(x->b, " ");
	text(x, pc->pass_after ? x->w->pass : x->w->fail);
	edubal__strbuf_puts(x->b, sep);
	text(x, x->w->total_cost);
	edubal__strbuf_printf(x->b, " %.2f 元%s", pc->cost, sep);
	text(x, x->w->schools);
	edubal__strbuf_printf(x->b, " %zu</p>\n", pc->schools);
}

static void
county(struct plan_ctx *x, size_t c)
{
	const struct edubal__plan_county *pc = &x->plan->counties[c];
	edubal__strbuf_puts(x->b, "<section class=\"plan-county\"");
	edubal__html_attr(x->b, "data-county", pc->id);
	edubal__html_number_attr(x->b, "data-total-cost", true, pc->cost);
	edubal__html_attr(x->b, "data-pass-before", yes_no(pc->pass_before));
	edubal__html_attr(x->b, "data-pass-after", yes_no(pc->pass_after));
	edubal__strbuf_printf(x->b, " data-schools=\"%zu\">\n<h3>", pc->schools);
	text(x, x->w->county);
	edubal__strbuf_puts(x->b, " ");
	text(x, pc->id);
	edubal__strbuf_puts(x->b, "</h3>\n");
	if (!pc->pass_after) {    /* only a county without assessed schools */
		edubal__strbuf_puts(x->b, "<p class=\"no-additions\">");
		text(x, x->w->no_schools);
		edubal__strbuf_puts(x->b, "</p>\n</section>\n");
		return;
	}
	county_summary(x, pc);
	additions_table(x, c);
	totals_table(x, c);
	cv_table(x, c);
	edubal__strbuf_puts(x->b, "</section>\n");
}

void
edubal__html_plan_section(struct edubal__strbuf *b,
	const edubal_html_options *opt, bool zh)
{
	if (!opt->plan)
		return;
	struct plan_ctx x = {b, opt->plan, zh ? &zh_words : &en_words, zh};
	edubal__strbuf_puts(b, "<section class=\"plan\"");
	edubal__html_attr(b, "data-standard", opt->plan->model.std->id);
	edubal__strbuf_puts(b, ">\n<h2>");
	text(&x, x.w->title);
	edubal__strbuf_puts(b, "</h2>\n<p class=\"legend\">");
	text(&x, x.w->intro);
	edubal__strbuf_puts(b, "</p>\n");
	for (size_t c = 0; c < opt->plan->county_count && !b->failed; c++)
		county(&x, c);
	edubal__strbuf_puts(b, "</section>\n");
}
