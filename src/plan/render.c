/*
 * src/plan/render.c - a plan as text, JSON or CSV (docs/plan.md).
 */
#include "plan.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/version.h>

#include "../error.h"
#include "../evaluate/resource.h"
#include "../io/render.h"
#include "../util/strbuf.h"

/* Units added to indicator i's resource in county c, each school once. */
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

static double
row_number(const edubal_plan *plan, size_t r, enum edubal_plan_number_field f)
{
	double x = NAN;
	edubal_plan_row_number(plan, r, f, &x, NULL);
	return x;
}

/* ---- text ---- */

static void
text_county(struct edubal__strbuf *b, const edubal_plan *plan, size_t c,
	bool zh)
{
	const struct edubal__plan_county *pc = &plan->counties[c];
	const edubal_standard *std = plan->model.std;
	if (!pc->pass_after) {   /* only a county without assessed schools */
		edubal__strbuf_printf(b, zh ? "\n县 %s: 没有参评学校, 无需方案\n"
			: "\nCounty %s: no assessed schools, nothing to plan\n", pc->id);
		return;
	}
	edubal__strbuf_printf(b, zh ? "\n县 %s: 资源配置 方案前%s, 方案后%s; "
		"总费用 %.2f 元, 涉及 %zu 所学校\n" : "\nCounty %s: resources %s "
		"before, %s after; total cost %.2f 元 at %zu schools\n", pc->id,
		pc->pass_before ? (zh ? "达标" : "pass") : (zh ? "未达标" : "fail"),
		pc->pass_after ? (zh ? "达标" : "pass") : (zh ? "未达标" : "fail"),
		pc->cost, pc->schools);
	for (size_t r = 0; r < plan->row_count; r++) {
		if (plan->rows[r].county != c)
			continue;
		edubal__strbuf_printf(b, "  %s %s %s: %.6g -> %.6g (%s %.6g): +%.15g "
			"%s %s, %.2f 元%s\n",
			edubal_plan_row_text(plan, r, EDUBAL_PLAN_SCHOOL_ID),
			edubal__level_name(plan->model.schools[plan->rows[r].school]
				.sections[plan->rows[r].section_k].section, zh ? "zh" : "en"),
			edubal_plan_row_text(plan, r, EDUBAL_PLAN_INDICATOR),
			row_number(plan, r, EDUBAL_PLAN_CURRENT),
			row_number(plan, r, EDUBAL_PLAN_TARGET), zh ? "标准" : "standard",
			row_number(plan, r, EDUBAL_PLAN_THRESHOLD),
			row_number(plan, r, EDUBAL_PLAN_ADDITION),
			edubal_plan_row_text(plan, r, EDUBAL_PLAN_UNIT),
			edubal_plan_row_text(plan, r, EDUBAL_PLAN_RESOURCE),
			row_number(plan, r, EDUBAL_PLAN_COST),
			plan->rows[r].shared ? (zh ? " (各学段共用)" : " (shared by "
				"sections)") : "");
	}
	edubal__strbuf_puts(b, zh ? "  合计:\n" : "  Totals:\n");
	for (size_t i = 0; i < std->indicator_count; i++) {
		double add = county_addition(plan, c, i);
		if (add > 0)
			edubal__strbuf_printf(b, "    %s +%.15g %s, %.2f 元\n",
				std->indicators[i].resource, add,
				plan->model.resources[i].unit,
				add * plan->model.resources[i].unit_cost);
	}
	edubal__strbuf_puts(b, zh ? "  差异系数 (前 -> 后, 限值):\n"
	                          : "  CVs (before -> after, limit):\n");
	for (size_t k = 0; k < plan->cv_count; k++) {
		const struct edubal__plan_cv_row *cv = &plan->cvs[k];
		if (cv->county == c)
			edubal__strbuf_printf(b, "    %s %s: %.6f -> %.6f (%.6g)\n",
				edubal__level_name(cv->level, zh ? "zh" : "en"),
				std->indicators[cv->indicator].key, cv->before, cv->after,
				cv->limit);
	}
}

char *
edubal__plan_render_text(const edubal_plan *plan, const char *lang)
{
	bool zh = !lang || strcmp(lang, "en") != 0;
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__strbuf_printf(&b, zh ? "补齐差距方案 (SPEC §7.7), 标准 %s\n"
		: "Gap-closing plan (SPEC §7.7), standard %s\n", plan->model.std->id);
	for (size_t c = 0; c < plan->county_count; c++)
		text_county(&b, plan, c, zh);
	return edubal__strbuf_finish(&b);
}

/* ---- JSON ---- */

static json_t *
number_or_null(double x)
{
	return isfinite(x) ? json_real(x) : json_null();
}

static json_t *
json_county(const edubal_plan *plan, size_t c)
{
	const struct edubal__plan_county *pc = &plan->counties[c];
	const edubal_standard *std = plan->model.std;
	json_t *totals = json_array(), *cvs = json_array();
	for (size_t i = 0; i < std->indicator_count; i++) {
		double add = county_addition(plan, c, i);
		json_array_append_new(totals, json_pack("{s:s,s:s,s:s,s:f,s:f}",
			"resource", std->indicators[i].resource, "indicator",
			std->indicators[i].key, "unit", plan->model.resources[i].unit,
			"addition", add, "cost", add * plan->model.resources[i].unit_cost));
	}
	for (size_t k = 0; k < plan->cv_count; k++) {
		const struct edubal__plan_cv_row *cv = &plan->cvs[k];
		if (cv->county == c)
			json_array_append_new(cvs, json_pack("{s:s,s:s,s:o,s:o,s:o}",
				"level", edubal__section_name(cv->level), "indicator",
				std->indicators[cv->indicator].key, "before",
				number_or_null(cv->before), "after", number_or_null(cv->after),
				"limit", number_or_null(cv->limit)));
	}
	return json_pack("{s:s,s:b,s:b,s:f,s:I,s:o,s:o}", "county_id", pc->id,
		"resource_pass_before", pc->pass_before, "resource_pass_after",
		pc->pass_after, "total_cost", pc->cost, "schools",
		(json_int_t) pc->schools, "totals", totals, "cvs", cvs);
}

static json_t *
json_row(const edubal_plan *plan, size_t r)
{
	return json_pack("{s:s,s:s,s:s,s:s,s:s,s:s,s:o,s:o,s:o,s:f,s:f,s:f,s:f,"
		"s:b}",
		"county_id", edubal_plan_row_text(plan, r, EDUBAL_PLAN_COUNTY_ID),
		"school_id", edubal_plan_row_text(plan, r, EDUBAL_PLAN_SCHOOL_ID),
		"section", edubal_plan_row_text(plan, r, EDUBAL_PLAN_SECTION),
		"indicator", edubal_plan_row_text(plan, r, EDUBAL_PLAN_INDICATOR),
		"resource", edubal_plan_row_text(plan, r, EDUBAL_PLAN_RESOURCE),
		"unit", edubal_plan_row_text(plan, r, EDUBAL_PLAN_UNIT),
		"current", number_or_null(row_number(plan, r, EDUBAL_PLAN_CURRENT)),
		"target", number_or_null(row_number(plan, r, EDUBAL_PLAN_TARGET)),
		"threshold", number_or_null(row_number(plan, r,
			EDUBAL_PLAN_THRESHOLD)),
		"addition", row_number(plan, r, EDUBAL_PLAN_ADDITION),
		"addition_rule", row_number(plan, r, EDUBAL_PLAN_ADDITION_RULE),
		"addition_cv", row_number(plan, r, EDUBAL_PLAN_ADDITION_CV),
		"cost", row_number(plan, r, EDUBAL_PLAN_COST),
		"shared", plan->rows[r].shared);
}

char *
edubal__plan_render_json(const edubal_plan *plan)
{
	json_t *counties = json_array(), *rows = json_array();
	for (size_t c = 0; c < plan->county_count; c++)
		json_array_append_new(counties, json_county(plan, c));
	for (size_t r = 0; r < plan->row_count; r++)
		json_array_append_new(rows, json_row(plan, r));
	return edubal__json_dump(json_pack("{s:s,s:s,s:o,s:o}", "edubal_version",
		EDUBAL_VERSION_STRING, "standard", plan->model.std->id, "counties",
		counties, "additions", rows));
}

/* ---- CSV ---- */

static void
put_field(struct edubal__strbuf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		edubal__strbuf_puts(b, s);
		return;
	}
	edubal__strbuf_puts(b, "\"");
	for (const char *p = s; *p; p++)
		edubal__strbuf_puts(b, *p == '"' ? "\"\"" : (char[]){*p, '\0'});
	edubal__strbuf_puts(b, "\"");
}

static void
put_number(struct edubal__strbuf *b, double x)
{
	if (isfinite(x))
		edubal__strbuf_printf(b, ",%.17g", x);
	else
		edubal__strbuf_puts(b, ",");
}

char *
edubal__plan_render_csv(const edubal_plan *plan)
{
	static const enum edubal_plan_number_field numbers[] = {
		EDUBAL_PLAN_CURRENT, EDUBAL_PLAN_TARGET, EDUBAL_PLAN_THRESHOLD,
		EDUBAL_PLAN_ADDITION, EDUBAL_PLAN_ADDITION_RULE,
		EDUBAL_PLAN_ADDITION_CV, EDUBAL_PLAN_COST, EDUBAL_PLAN_SHARED};
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__strbuf_puts(&b, "county_id,school_id,section,indicator,resource,"
		"unit,current,target,threshold,addition,addition_rule,addition_cv,"
		"cost,shared\n");
	for (size_t r = 0; r < plan->row_count; r++) {
		for (int f = EDUBAL_PLAN_COUNTY_ID; f <= EDUBAL_PLAN_UNIT; f++) {
			if (f > EDUBAL_PLAN_COUNTY_ID)
				edubal__strbuf_puts(&b, ",");
			put_field(&b, edubal_plan_row_text(plan, r,
				(enum edubal_plan_text_field) f));
		}
		for (size_t f = 0; f < sizeof numbers / sizeof numbers[0]; f++)
			put_number(&b, row_number(plan, r, numbers[f]));
		edubal__strbuf_puts(&b, "\n");
	}
	return edubal__strbuf_finish(&b);
}

edubal_status
edubal_plan_render(const edubal_plan *plan, enum edubal_report_format format,
	const char *lang, char **out_text, edubal_error *err)
{
	if (!plan || !out_text)
		return edubal__fail(err, EDUBAL_EINVAL,
			"plan and out_text must not be NULL");
	if (lang && strcmp(lang, "zh") != 0 && strcmp(lang, "en") != 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"unknown language \"%s\" (zh or en)", lang);
	char *text;
	switch (format) {
	case EDUBAL_FORMAT_TEXT: text = edubal__plan_render_text(plan, lang); break;
	case EDUBAL_FORMAT_JSON: text = edubal__plan_render_json(plan); break;
	case EDUBAL_FORMAT_CSV: text = edubal__plan_render_csv(plan); break;
	default:
		return edubal__fail(err, EDUBAL_EINVAL, "unknown plan format %d",
			(int) format);
	}
	if (!text)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory rendering "
			"the plan");
	*out_text = text;
	return EDUBAL_OK;
}
