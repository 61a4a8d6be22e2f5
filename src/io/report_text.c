/*
 * src/io/report_text.c - the readable report, in Chinese or English.
 *
 * What a county statistician checks by hand comes first: the verdict, then
 * per level the schools, students, failing schools and each indicator's
 * mean, SD and CV against its limit, then every item, then the reasons.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <edubal/version.h>

#include "../evaluate/reasons.h"
#include "../evaluate/report.h"
#include "../evaluate/resource.h"
#include "../util/strbuf.h"
#include "render.h"
#include "width.h"

/* Columns of the level table; marks and names may be Chinese, so cells
 * are padded by display width (width.h), never by printf's byte count. */
#define TABLE_ROW "    %-34s %12s %12s %10s %8s  "
#define MARK_WIDTH 10

struct words {
	const char *verdict[3];
	const char *truth[3];
	const char *county, *standard, *resource, *items, *reasons;
	const char *schools, *students, *failing, *composite;
	const char *statistic;
	const char *no_reasons;
};

static const struct words zh_words = {
	{"通过", "未通过", "资料不全,无法判定"},
	{"✗ 未达标", "✓ 达标", "? 缺数据"},
	"县", "标准", "资源配置(校际差异系数)", "评估项目", "未通过或缺数据的原因",
	"所学校(一贯制学校按学段计)", "学生", "未达标学校", "综合差异系数",
	"· 统计",
	"  (无)\n",
};

static const struct words en_words = {
	{"pass", "fail", "incomplete: inputs missing"},
	{"✗ fail", "✓ pass", "? missing"},
	"County", "Standard", "Resources (inter-school CVs)", "Items",
	"Reasons",
	"schools (sections of combined schools counted)", "students",
	"failing", "composite CV",
	"· statistic",
	"  (none)\n",
};

/* "%.*g" of x with digits significant digits, or "-" when absent. */
static const char *
fmt(char *buf, size_t size, bool has, double x, int digits)
{
	if (!has || !isfinite(x))
		return "-";
	snprintf(buf, size, "%.*g", digits, x);
	return buf;
}

static void
level_text(struct edubal__strbuf *b, const edubal_standard *std,
	const struct edubal__level_result *l, const struct words *w,
	const char *lang)
{
	char c1[32], c2[32], c3[32], c4[32], c5[32];
	edubal__strbuf_printf(b, "  %s: %zu %s; %s %.0f; %s %zu; %s %s\n",
		edubal__level_name(l->section, lang), l->schools, w->schools,
		w->students, l->students, w->failing, l->schools_failing,
		w->composite,
		fmt(c1, sizeof c1, l->has_composite, l->composite_cv, 6));
	edubal__strbuf_printf(b, "    %-34s %12s %12s %10s %8s\n", "indicator",
		"mean", "sd", "cv", "limit");
	bool zh = strcmp(lang, "en") != 0;
	for (size_t i = 0; i < std->indicator_count; i++) {
		const struct edubal__indicator *ind = &std->indicators[i];
		const struct edubal__indicator_result *r = &l->indicators[i];
		const char *name = zh ? ind->name_zh : ind->name_en;
		edubal__strbuf_printf(b, TABLE_ROW, ind->key,
			fmt(c2, sizeof c2, r->computed, r->mean, 6),
			fmt(c3, sizeof c3, r->computed, r->sd, 6),
			fmt(c4, sizeof c4, r->computed, r->cv, 6),
			fmt(c5, sizeof c5, r->has_limit, r->limit, 6));
		edubal__strbuf_cell(b, w->truth[r->pass], MARK_WIDTH,
			EDUBAL__ALIGN_LEFT);
		edubal__strbuf_printf(b, " %s\n", name ? name : "");
	}
}

static void
item_text(struct edubal__strbuf *b, const struct edubal__item *item,
	const struct edubal__item_result *r, const struct words *w,
	bool zh)
{
	char value[48] = "-", limit[32];
	if (r->value_kind == EDUBAL__ITEM_BOOL)
		snprintf(value, sizeof value, "%s", r->value != 0 ?
			(zh ? "是" : "yes") : (zh ? "否" : "no"));
	else if (r->value_kind == EDUBAL__ITEM_NUMBER)
		snprintf(value, sizeof value, "%.6g", r->value);
	const char *mark = item->judged ? w->truth[r->pass] : w->statistic;
	edubal__strbuf_puts(b, "  ");
	edubal__strbuf_cell(b, mark, MARK_WIDTH, EDUBAL__ALIGN_LEFT);
	edubal__strbuf_printf(b, " %-12s %-26s ", item->part, item->key);
	edubal__strbuf_cell(b, value, 10, EDUBAL__ALIGN_RIGHT);
	edubal__strbuf_printf(b, " %8s  %s\n",
		fmt(limit, sizeof limit, r->has_threshold, r->threshold, 6),
		zh ? (item->name_zh ? item->name_zh : "") :
		     (item->name_en ? item->name_en : ""));
}

static void
county_text(struct edubal__strbuf *b, const edubal_report *report,
	const struct edubal__county_result *c, const char *lang)
{
	const edubal_standard *std = report->standard;
	bool zh = strcmp(lang, "en") != 0;
	const struct words *w = zh ? &zh_words : &en_words;
	edubal__strbuf_printf(b, "\n%s %s%s%s: %s\n", w->county, c->county_id,
		c->name ? " " : "", c->name ? c->name : "", w->verdict[c->verdict]);
	edubal__strbuf_printf(b, "\n%s\n", w->resource);
	for (size_t l = 0; l < c->level_count; l++)
		level_text(b, std, &c->levels[l], w, lang);
	edubal__strbuf_printf(b, "\n%s\n", w->items);
	for (size_t i = 0; i < std->item_count; i++)
		item_text(b, &std->items[i], &c->items[i], w, zh);
	edubal__strbuf_printf(b, "\n%s\n", w->reasons);
	if (c->reason_count == 0)
		edubal__strbuf_puts(b, w->no_reasons);
	/* The texts are written straight into the report (reasons.h). */
	for (size_t i = 0; i < c->reason_count; i++) {
		edubal__strbuf_printf(b, "  %zu. [", i + 1);
		edubal__reason_write(report, &c->reasons[i], EDUBAL__REASON_CODE, b);
		edubal__strbuf_puts(b, "] ");
		edubal__reason_write(report, &c->reasons[i],
			zh ? EDUBAL__REASON_ZH : EDUBAL__REASON_EN, b);
		edubal__strbuf_puts(b, "\n");
	}
}

char *
edubal__render_text(const edubal_report *report, const char *lang)
{
	const edubal_standard *std = report->standard;
	lang = lang ? lang : "zh";
	bool zh = strcmp(lang, "en") != 0;
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__strbuf_printf(&b, "edubal %s · %s: %s (%s)\n",
		EDUBAL_VERSION_STRING, zh ? zh_words.standard : en_words.standard,
		std->id, zh ? std->name_zh : std->name_en);
	for (size_t i = 0; i < report->county_count; i++)
		county_text(&b, report, &report->counties[i], lang);
	return edubal__strbuf_finish(&b);
}
