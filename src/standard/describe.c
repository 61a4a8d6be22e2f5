/*
 * src/standard/describe.c - a profile as readable text, in Chinese or
 * English: metadata, indicators with thresholds, rules, items with their
 * conditions (statistics, applicability, aggregates over tables), rollup
 * targets, and (diff.c) what a child changes relative to its parent.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"

struct out {
	struct edubal__strbuf text;
	bool zh;
};

#define ADD(o, ...) edubal__strbuf_printf(&(o)->text, __VA_ARGS__)

static const char *
say(const struct out *o, const char *zh, const char *en)
{
	return o->zh ? zh : en;
}

/* The separator of a list: "、" or ", " (none before the first). */
static const char *
sep(const struct out *o, bool first)
{
	return first ? "" : say(o, "、", ", ");
}

static const char *
num(double x, char *buf)
{
	return edubal__profile_number_text(x, buf, 40);
}

/* 100 × fraction as "30" (not 30.000000000000004), into buf. */
static const char *
percent(double fraction, char *buf)
{
	snprintf(buf, 40, "%.10g", fraction * 100);
	return buf;
}

static const char *
section_word(const struct out *o, size_t s)
{
	enum edubal__section sec = (enum edubal__section) s;
	return o->zh ? edubal__profile_section_zh(sec)
	             : edubal__profile_section_name(sec);
}

static const char *
type_word(const struct out *o, size_t t)
{
	enum edubal__school_type type = (enum edubal__school_type) t;
	return o->zh ? edubal__profile_type_zh(type)
	             : edubal__profile_type_name(type);
}

/* "primary 4.2, junior 5.3" (prefix before each number, e.g. "≥ "). */
static void
section_values(struct out *o, const double *vals, const bool *has,
	const char *prefix)
{
	char buf[40];
	bool first = true;
	for (size_t s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (!has[s])
			continue;
		ADD(o, "%s%s %s%s", sep(o, first), section_word(o, s), prefix,
			num(vals[s], buf));
		first = false;
	}
}

/* ---- header ---- */

static void
header(struct out *o, const edubal_standard *std)
{
	ADD(o, "%s %s\n", say(o, "标准配置", "Standard profile"), std->id);
	ADD(o, "  %s%s\n", say(o, "名称:", "Name: "),
		o->zh ? std->name_zh : std->name_en);
	ADD(o, "  %s%s\n", say(o, "上级标准:", "Parent: "),
		std->parent[0] ? std->parent : say(o, "无", "(none)"));
	if (std->source[0])
		ADD(o, "  %s%s\n", say(o, "依据:", "Source: "), std->source);
	if (std->year)
		ADD(o, "  %s%d\n", say(o, "年份:", "Year: "), std->year);
	ADD(o, "  %s", say(o, "评估学段:", "Levels: "));
	bool first = true;
	for (size_t s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (!std->level[s])
			continue;
		ADD(o, "%s%s", sep(o, first), section_word(o, s));
		first = false;
	}
	ADD(o, "%s\n", first ? say(o, "无(仅县级项目)",
		"none (county items only)") : "");
}

/* ---- indicators and rules ---- */

static void
indicator(struct out *o, const struct edubal__indicator *ind, size_t i)
{
	char buf[40];
	ADD(o, "  %zu. %s%s%s\n", i + 1, ind->key, say(o, ":", ": "),
		o->zh ? ind->name_zh : ind->name_en);
	ADD(o, "     %s", say(o, "计算:", "value = "));
	if (ind->scale != 1)
		ADD(o, "%s × ", num(ind->scale, buf));
	const char *section = say(o, "学段", "section");
	if (ind->basis == EDUBAL__BASIS_SECTION)
		ADD(o, "%s_<%s> / students_<%s>", ind->resource, section,
			section);
	else
		ADD(o, "%s / students_<%s>%s", ind->resource, section,
			say(o, "(全校共用资源,按加权学生数分摊到各学段)",
			" (school-wide, split between sections by weighted "
			"students)"));
	ADD(o, "\n     %s", say(o, "标准:", "standard: "));
	bool any = false;
	for (size_t s = 0; s < EDUBAL__SECTION_COUNT; s++)
		any = any || ind->has_threshold[s];
	if (any)
		section_values(o, ind->threshold, ind->has_threshold, "≥ ");
	else
		ADD(o, "%s", say(o, "无(仅计算差异系数)", "none (CV only)"));
	ADD(o, "\n");
}

static void
school_rule(struct out *o, const edubal_standard *std)
{
	char buf[40];
	const char *pct = percent(std->floor_fraction, buf);
	if (std->min_met == 0 && std->floor_fraction == 0)
		ADD(o, "%s\n", say(o, "学校达标规则:无(不按指标判定学校)",
			"School rule: none (schools are not judged on the "
			"indicators)"));
	else if (o->zh)
		ADD(o, "学校达标规则:至少%d项达标且其余不低于%s%%;%s\n",
			std->min_met, pct, std->all_schools
			? "所有学校均须达标" : "不要求所有学校达标");
	else
		ADD(o, "School rule: at least %d of %zu met, the rest ≥ %s%% "
			"of the standard; %s\n", std->min_met,
			std->indicator_count, pct,
			std->all_schools ? "every school must pass"
			: "not every school must pass");
}

static const char *
method_text(const struct out *o, enum edubal_cv_method m)
{
	switch (m) {
	case EDUBAL_CV_OFFICIAL:
		return say(o, "官方公式(按学生数加权,总体标准差)",
			"official (enrollment-weighted, population SD)");
	case EDUBAL_CV_UNWEIGHTED:
		return say(o, "不加权", "unweighted");
	case EDUBAL_CV_SAMPLE:
		return say(o, "不加权,样本标准差(n−1)",
			"unweighted, sample SD (n−1)");
	}
	return "?";
}

static void
cv_rule(struct out *o, const struct edubal__cv_rule *rule, const char *zh,
	const char *en)
{
	ADD(o, "%s", say(o, zh, en));
	if (!rule->judged) {
		ADD(o, "%s\n", say(o, "仅报告,不作判定",
			"reported for information, not judged"));
		return;
	}
	ADD(o, "%s %s ", say(o, "差异系数", "CV"), edubal__cmp_text(rule->op));
	section_values(o, rule->limit, rule->has_limit, "");
	if (rule->round_digits < 0)
		ADD(o, "%s", say(o, ";直接比较,不四舍五入",
			"; compared unrounded"));
	else if (o->zh)
		ADD(o, ";先四舍五入到%d位小数", rule->round_digits);
	else
		ADD(o, "; rounded half-up to %d decimals first",
			rule->round_digits);
	ADD(o, "%s%s\n", say(o, ";计算方法:", "; method: "),
		method_text(o, rule->method));
}

static void
split_weights(struct out *o, const edubal_standard *std)
{
	bool first = true;
	ADD(o, "%s", say(o, "一贯制学校共用资源分摊权重:",
		"Combined schools, split weights: "));
	for (size_t t = 0; t < EDUBAL__TYPE_COUNT; t++) {
		if (!std->has_split[t])
			continue;
		enum edubal__school_type type = (enum edubal__school_type) t;
		bool has[EDUBAL__SECTION_COUNT];
		for (size_t s = 0; s < EDUBAL__SECTION_COUNT; s++)
			has[s] = edubal__profile_combined_has(type,
				(enum edubal__section) s);
		ADD(o, "%s%s ", first ? "" : say(o, ";", "; "),
			type_word(o, t));
		section_values(o, std->split[t], has, "");
		first = false;
	}
	ADD(o, "%s\n", first ? say(o, "无", "none") : "");
}

static void
exclusions(struct out *o, const edubal_standard *std)
{
	char buf[40];
	bool first = true;
	ADD(o, "%s", say(o, "不参加资源评估:", "Excluded from the resource "
		"assessment: "));
	for (size_t t = 0; t < EDUBAL__TYPE_COUNT; t++) {
		if (!std->excluded_type[t])
			continue;
		ADD(o, "%s%s", sep(o, first), type_word(o, t));
		first = false;
	}
	if (std->teaching_points_under > 0) {
		const char *n = num(std->teaching_points_under, buf);
		if (o->zh)
			ADD(o, "%s学生数少于%s人的教学点", sep(o, first), n);
		else
			ADD(o, "%steaching points under %s students",
				sep(o, first), n);
		first = false;
	}
	ADD(o, "%s\n", first ? say(o, "无", "none") : "");
}

static void
resources(struct out *o, const edubal_standard *std)
{
	if (std->indicator_count == 0)
		return;
	ADD(o, "\n%s(%zu)%s\n", say(o, "资源配置指标", "Resource indicators "),
		std->indicator_count, say(o, ":", ":"));
	for (size_t i = 0; i < std->indicator_count; i++)
		indicator(o, &std->indicators[i], i);
	ADD(o, "\n");
	school_rule(o, std);
	cv_rule(o, &std->cv, "差异系数规则(每项指标):", "CV rule (each "
		"indicator): ");
	cv_rule(o, &std->composite, "综合差异系数规则:", "Composite CV rule: ");
	split_weights(o, std);
	exclusions(o, std);
}

/* ---- items ---- */

static void quantity(struct out *o, const struct edubal__quantity *q,
	bool nested);
static void condition_text(struct out *o, const struct edubal__condition *c);

static void
operands(struct out *o, const struct edubal__quantity *q, const char *sep,
	bool nested)
{
	bool parens = nested && q->arg_count > 1;
	ADD(o, "%s", parens ? "(" : "");
	for (size_t i = 0; i < q->arg_count; i++) {
		ADD(o, "%s", i ? sep : "");
		quantity(o, &q->args[i], true);
	}
	ADD(o, "%s", parens ? ")" : "");
}

static void
table(struct out *o, const struct edubal__quantity *q, bool nested)
{
	char buf[40];
	bool by_type = q->kind == EDUBAL__Q_BY_TYPE;
	size_t n = by_type ? EDUBAL__TYPE_COUNT : EDUBAL__SECTION_COUNT;
	bool first = true;
	ADD(o, "%s", nested ? "[" : "");
	for (size_t i = 0; i < n; i++) {
		if (!q->in_table[i])
			continue;
		ADD(o, "%s%s %s", sep(o, first), by_type ? type_word(o, i)
			: section_word(o, i), num(q->table[i], buf));
		first = false;
	}
	if (q->has_fallback)
		ADD(o, "%s%s %s", sep(o, first), say(o, "其他", "otherwise"),
			num(q->fallback, buf));
	ADD(o, "%s", nested ? "]" : "");
}

/* "A and B" / "A 且 B" */
static void
condition_texts(struct out *o, const struct edubal__condition *list,
	size_t count)
{
	for (size_t i = 0; i < count; i++) {
		ADD(o, "%s", i ? say(o, " 且 ", " and ") : "");
		condition_text(o, &list[i]);
	}
}

/* " where A and B" / "(其中 A 且 B)" after an aggregate, if it filters. */
static void
where(struct out *o, const struct edubal__quantity *q)
{
	if (q->where_count == 0)
		return;
	ADD(o, "%s", say(o, "(其中 ", " where "));
	condition_texts(o, q->where, q->where_count);
	ADD(o, "%s", say(o, ")", ""));
}

/*
 * total:      "total children of kindergartens where ..."
 *             "幼儿园的 children 合计(其中 ...)"
 * count:      "count of classes where ..."   "班级数(其中 ...)"
 * min_change: "min year-on-year change of X (funding)"
 *             "经费年度记录中 X 的最小逐年变化"
 * Parenthesised when nested in another expression.
 */
static void
aggregate(struct out *o, const struct edubal__quantity *q, bool nested)
{
	const char *table_en = edubal__profile_table_name(q->of);
	const char *table_zh = edubal__profile_table_zh(q->of);
	ADD(o, "%s", nested ? "(" : "");
	if (q->kind == EDUBAL__Q_COUNT) {
		if (o->zh)
			ADD(o, "%s数", table_zh);
		else
			ADD(o, "count of %s", table_en);
	} else if (q->kind == EDUBAL__Q_TOTAL) {
		ADD(o, "%s", o->zh ? table_zh : "total ");
		ADD(o, "%s", o->zh ? "的 " : "");
		quantity(o, &q->args[0], true);
		if (o->zh)
			ADD(o, " 合计");
		else
			ADD(o, " of %s", table_en);
	} else {
		if (o->zh)
			ADD(o, "%s中 ", table_zh);
		else
			ADD(o, "min year-on-year change of ");
		quantity(o, &q->args[0], false);
		if (o->zh)
			ADD(o, " 的最小逐年变化");
		else
			ADD(o, " (%s)", table_en);
	}
	where(o, q);
	ADD(o, "%s", nested ? ")" : "");
}

static void
quantity(struct out *o, const struct edubal__quantity *q, bool nested)
{
	char buf[40];
	switch (q->kind) {
	case EDUBAL__Q_NUMBER:
		ADD(o, "%s", num(q->number, buf));
		break;
	case EDUBAL__Q_COLUMN:
		ADD(o, "%s", q->column);
		break;
	case EDUBAL__Q_SUM:
		operands(o, q, " + ", nested);
		break;
	case EDUBAL__Q_RATIO:
		operands(o, q, " / ", nested);
		break;
	case EDUBAL__Q_CEIL_DIV:
		ADD(o, "ceil(");
		quantity(o, &q->args[0], true);
		ADD(o, " / %s)", num(q->number, buf));
		break;
	case EDUBAL__Q_BY_SECTION:
	case EDUBAL__Q_BY_TYPE:
		table(o, q, nested);
		break;
	case EDUBAL__Q_TOTAL:
	case EDUBAL__Q_COUNT:
	case EDUBAL__Q_MIN_CHANGE:
		aggregate(o, q, nested);
		break;
	}
}

/* An aggregate with a where clause: parenthesised beside a comparator, so
 * that "(count of classes where students >= 66) == 0" reads right. */
static bool
filtered(const struct edubal__quantity *q)
{
	return q->where_count > 0;
}

/* "veto_falsified is false", "ownership in {public, inclusive_private}",
 * "rotated / rotation_eligible >= 0.1" */
static void
condition_text(struct out *o, const struct edubal__condition *c)
{
	if (c->flag) {
		ADD(o, "%s %s", c->flag, c->expect ? say(o, "为是", "is true")
			: say(o, "为否", "is false"));
		return;
	}
	quantity(o, &c->left, filtered(&c->left));
	ADD(o, " %s ", edubal__cmp_text(c->op));
	if (c->op != EDUBAL__IN) {
		quantity(o, &c->right, filtered(&c->right));
		return;
	}
	ADD(o, "{");
	for (size_t i = 0; i < c->set_count; i++)
		ADD(o, "%s%s", i ? ", " : "", c->set_words[i]);
	ADD(o, "}");
}

static const char *
scope_text(const struct out *o, enum edubal__scope scope)
{
	switch (scope) {
	case EDUBAL__SCOPE_COUNTY:
		return say(o, "县级", "county");
	case EDUBAL__SCOPE_SCHOOL:
		return say(o, "每所学校", "every school");
	case EDUBAL__SCOPE_SECTION:
		return say(o, "每所学校的每个学段",
			"every section of every school");
	}
	return "?";
}

/*
 *   key [scope] (statistic): name
 *       only when A and B
 *       value = Q
 *       condition            (of a statistic: "not judged: condition")
 */
static void
item(struct out *o, const struct edubal__item *it)
{
	ADD(o, "  %s [%s]%s%s%s\n", it->key, scope_text(o, it->scope),
		it->judged ? "" : say(o, "(统计)", " (statistic)"),
		say(o, ":", ": "), o->zh ? it->name_zh : it->name_en);
	if (it->when_count > 0) {
		ADD(o, "      %s", say(o, "仅当 ", "only when "));
		condition_texts(o, it->when, it->when_count);
		ADD(o, "%s\n", say(o, " 时评估(否则视为不涉及)",
			" (elsewhere not concerned)"));
	}
	if (it->has_value) {
		ADD(o, "      %s", say(o, "数值 = ", "value = "));
		quantity(o, &it->value, false);
		ADD(o, "\n");
	}
	for (size_t i = 0; i < it->condition_count; i++) {
		ADD(o, "      %s", it->judged ? "" : say(o, "不作判定:",
			"not judged: "));
		condition_text(o, &it->conditions[i]);
		ADD(o, "\n");
	}
}

static const char *
part_title(const struct out *o, const char *part)
{
	static const char *const titles[][3] = {
		{ "assurance", "政府保障程度", "Government assurance" },
		{ "quality", "教育质量", "Education quality" },
		{ "recognition", "社会认可度", "Social recognition" },
		{ "veto", "一票否决", "Vetoes" },
		{ "preschool", "学前教育", "Preschool" },
		{ "basic_standard", "学校基本办学标准", "Basic school standard" },
		{ "government", "政府推进义务教育均衡发展工作",
		  "Government work for balanced development" },
		{ "class_size", "班额与校额", "Class and school size" },
		{ "special_education", "特殊教育", "Special education" },
		{ "funding", "经费保障", "Funding" },
		{ "teachers", "教师队伍", "Teachers" },
		{ "senior", "高中阶段教育", "Senior secondary education" },
	};
	for (size_t i = 0; i < sizeof titles / sizeof titles[0]; i++)
		if (strcmp(titles[i][0], part) == 0)
			return titles[i][o->zh ? 1 : 2];
	return part;
}

/* Whether an item before i has the same part (already listed). */
static bool
part_seen(const edubal_standard *std, size_t i)
{
	for (size_t j = 0; j < i; j++)
		if (strcmp(std->items[j].part, std->items[i].part) == 0)
			return true;
	return false;
}

static void
items_heading(struct out *o, const edubal_standard *std)
{
	size_t stats = 0;
	for (size_t i = 0; i < std->item_count; i++)
		stats += !std->items[i].judged;
	if (stats == 0)
		ADD(o, "\n%s(%zu)%s\n", say(o, "评估项目", "Items "),
			std->item_count, say(o, ":全部须成立",
			": all must hold"));
	else if (o->zh)
		ADD(o, "\n评估项目(%zu项判定,%zu项统计):判定项目须全部成立,"
			"统计项目只报告数值\n", std->item_count - stats, stats);
	else
		ADD(o, "\nItems (%zu judged, %zu statistics): every judged item "
			"must hold; statistics are reported, not judged\n",
			std->item_count - stats, stats);
}

static void
items(struct out *o, const edubal_standard *std)
{
	if (std->item_count == 0)
		return;
	items_heading(o, std);
	for (size_t i = 0; i < std->item_count; i++) {
		if (part_seen(std, i))
			continue;
		const char *part = std->items[i].part;
		ADD(o, "%s (%s)\n", part_title(o, part), part);
		for (size_t j = i; j < std->item_count; j++)
			if (strcmp(std->items[j].part, part) == 0)
				item(o, &std->items[j]);
	}
}

/* ---- targets ---- */

/*
 * "30% of counties pass by 2023", "2023 年 30% 的县达标";
 * about another standard: "30% of counties meet cn-2017-compulsory by
 * 2025", "2025 年 30% 的县达到 cn-2017-compulsory";
 * blank in the plan: "... by 2025: share not set (blank in the plan)".
 */
static void
target(struct out *o, const struct edubal__target *t)
{
	char buf[40];
	bool self = !t->standard[0];
	bool blank = isnan(t->share);
	const char *share = blank ? "?" : percent(t->share, buf);
	if (o->zh) {
		ADD(o, "  %d 年 %s%% 的县%s%s", t->year, share,
			self ? "达标" : "达到 ", t->standard);
		ADD(o, "%s\n", blank ? "(比例未定:规划原文空白)" : "");
	} else if (self) {
		ADD(o, "  %s%% of counties pass by %d%s\n", share, t->year,
			blank ? " (share not set: blank in the plan)" : "");
	} else {
		ADD(o, "  %s%% of counties meet %s by %d%s\n", share,
			t->standard, t->year, blank ? " (share not set: "
			"blank in the plan)" : "");
	}
}

static void
targets(struct out *o, const edubal_standard *std)
{
	if (std->target_count == 0)
		return;
	ADD(o, "\n%s\n", say(o, "目标(达标县的比例):",
		"Targets (share of counties passing):"));
	for (size_t i = 0; i < std->target_count; i++)
		target(o, &std->targets[i]);
}

static void
overrides(struct out *o, const edubal_standard *std)
{
	if (!std->parent_json)
		return;
	json_t *parent = json_loads(std->parent_json, 0, NULL);
	json_t *child = json_loads(std->json, 0, NULL);
	if (parent && child) {
		ADD(o, "\n");
		edubal__profile_describe_diff(&o->text, parent, child, o->zh);
	} else {
		o->text.failed = true;
	}
	json_decref(parent);
	json_decref(child);
}

edubal_status
edubal_standard_describe(const edubal_standard *std, const char *lang,
	char **out_text, edubal_error *err)
{
	if (!std || !out_text)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			std ? "out_text" : "standard");
	struct out o = { .zh = !(lang && strcmp(lang, "en") == 0) };
	header(&o, std);
	resources(&o, std);
	items(&o, std);
	targets(&o, std);
	overrides(&o, std);
	if (o.text.failed || !o.text.data) {
		free(o.text.data);
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	*out_text = o.text.data;
	return EDUBAL_OK;
}
