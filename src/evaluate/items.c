/*
 * src/evaluate/items.c - judge a profile's items for one county.
 *
 * An item holds when all its conditions hold.  County-scope conditions
 * read counties.csv; school- and section-scope conditions must hold for
 * every assessed school (or section) of the county.  Each condition is
 * true, false or unknown (an input missing); false wins over unknown, so a
 * county with one certain failure fails even while other data is missing.
 *
 * The item's reported value and threshold are those of its first
 * condition: for a county figure the figure and its limit, for a school
 * rule whether every school complies.
 */
#include "items.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../util/strbuf.h"
#include "reasons.h"
#include "resource.h"

struct judged {
	enum edubal__truth truth;
	enum edubal__value_kind kind;  /* of the condition's left side */
	double value;
	bool has_threshold;
	double threshold;
	char what[96];                 /* missing column, or why undefined */
};

static void
judge_flag(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, struct judged *j)
{
	double v;
	if (!edubal__scope_number(ctx, cond->flag, &v)) {
		j->truth = EDUBAL__UNKNOWN;
		snprintf(j->what, sizeof j->what, "%s", cond->flag);
		return;
	}
	j->kind = EDUBAL__VALUE_BOOL;
	j->value = v != 0;
	j->truth = (v != 0) == cond->expect ? EDUBAL__TRUE : EDUBAL__FALSE;
}

static void
judge_comparison(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, struct judged *j)
{
	struct edubal__quantity_value left, right;
	edubal__quantity_eval(&cond->left, ctx, &left);
	edubal__quantity_eval(&cond->right, ctx, &right);
	if (right.state == EDUBAL__QUANTITY_OK) {
		j->has_threshold = true;
		j->threshold = right.value;
	}
	if (left.state == EDUBAL__QUANTITY_OK) {
		j->kind = EDUBAL__VALUE_NUMBER;
		j->value = left.value;
	}
	const struct edubal__quantity_value *bad =
		left.state != EDUBAL__QUANTITY_OK ? &left :
		right.state != EDUBAL__QUANTITY_OK ? &right : NULL;
	if (bad) {
		j->truth = EDUBAL__UNKNOWN;
		snprintf(j->what, sizeof j->what, "%s", bad->what);
		return;
	}
	j->truth = edubal__cmp_holds(cond->op, left.value, right.value) ?
		EDUBAL__TRUE : EDUBAL__FALSE;
}

static void
judge(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, struct judged *j)
{
	memset(j, 0, sizeof *j);
	j->kind = EDUBAL__VALUE_NULL;
	if (cond->flag)
		judge_flag(cond, ctx, j);
	else
		judge_comparison(cond, ctx, j);
}

/* Describe a judged condition: "rate = 0.82, required >= 0.85". */
static void
describe(struct edubal__strbuf *zh, struct edubal__strbuf *en,
	const struct edubal__condition *cond, const struct judged *j,
	const char *prefix)
{
	const char *name = cond->flag ? cond->flag :
		cond->left.kind == EDUBAL__Q_COLUMN ? cond->left.column : "value";
	if (j->truth == EDUBAL__UNKNOWN) {
		edubal__strbuf_printf(zh, "%s未提供或无法计算 %s;", prefix, j->what);
		edubal__strbuf_printf(en, "%s%s not given or undefined; ", prefix,
			j->what);
	} else if (cond->flag) {
		edubal__strbuf_printf(zh, "%s%s 为%s;", prefix, name,
			j->value != 0 ? "是" : "否");
		edubal__strbuf_printf(en, "%s%s is %s; ", prefix, name,
			j->value != 0 ? "true" : "false");
	} else {
		const char *op = edubal__cmp_text(cond->op);
		edubal__strbuf_printf(zh, "%s%s = %.6g,要求 %s %.6g;", prefix, name,
			j->value, op, j->threshold);
		edubal__strbuf_printf(en, "%s%s = %.6g, required %s %.6g; ",
			prefix, name, j->value, op, j->threshold);
	}
}

/* Judge all conditions in one context; describe the ones not holding. */
static enum edubal__truth
judge_all(const struct edubal__item *item,
	const struct edubal__scope_context *ctx, struct judged *first,
	struct edubal__strbuf *zh, struct edubal__strbuf *en, const char *prefix)
{
	enum edubal__truth truth = EDUBAL__TRUE;
	for (size_t k = 0; k < item->condition_count; k++) {
		struct judged j;
		judge(&item->conditions[k], ctx, &j);
		if (k == 0 && first)
			*first = j;
		if (j.truth != EDUBAL__TRUE)
			describe(zh, en, &item->conditions[k], &j, prefix);
		truth = edubal__truth_and(truth, j.truth);
	}
	return truth;
}

static enum edubal__truth
judge_county(const struct edubal__item *item,
	const struct edubal__county_inputs *in, struct edubal__item_result *r,
	struct edubal__strbuf *zh, struct edubal__strbuf *en)
{
	if (!in->has_county_row) {
		edubal__strbuf_puts(zh, in->counties ? "counties.csv 中没有该县的行"
		                                     : "未提供 counties.csv");
		edubal__strbuf_puts(en, in->counties ? "counties.csv has no row for "
		                    "this county" : "counties.csv not given");
		return EDUBAL__UNKNOWN;
	}
	struct edubal__scope_context ctx = {in->counties, in->county_row, false,
		EDUBAL__TYPE_PRIMARY, false, EDUBAL__PRIMARY, NULL};
	struct judged first;
	enum edubal__truth truth = judge_all(item, &ctx, &first, zh, en, "");
	r->value_kind = first.kind;
	r->value = first.value;
	r->has_threshold = first.has_threshold && !item->conditions[0].flag;
	r->threshold = first.threshold;
	return truth;
}

/* Keep messages readable for a county of hundreds of schools. */
enum { MAX_LISTED_SCHOOLS = 5 };

/* levels: the sections the profile assesses; a section-scope rule is
 * checked on those only (not on the senior section of a 12-year school). */
static enum edubal__truth
judge_school(const struct edubal__item *item, const bool *levels,
	const struct edubal__county_inputs *in, size_t row,
	size_t *listed, struct edubal__strbuf *zh, struct edubal__strbuf *en)
{
	struct edubal__scope_context ctx = {in->schools, row, true,
		edubal__school_type_at(in->schools, row), false, EDUBAL__PRIMARY,
		in->classes};
	const char *id = edubal__cell_text(
		edubal__frame_column(in->schools, "school_id"), row);
	enum edubal__truth truth = EDUBAL__TRUE;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (item->scope == EDUBAL__SCOPE_SECTION) {
			ctx.is_section = true;
			ctx.section = (enum edubal__section) s;
			if (!levels[s] ||
			    !edubal__type_has_section(ctx.type, ctx.section))
				continue;
		}
		struct edubal__strbuf z = {NULL, 0, 0, false}, e = z;
		char prefix[128];
		snprintf(prefix, sizeof prefix, "%s: ", id);
		enum edubal__truth t = judge_all(item, &ctx, NULL, &z, &e, prefix);
		if (t != EDUBAL__TRUE && (*listed)++ < MAX_LISTED_SCHOOLS) {
			edubal__strbuf_puts(zh, z.data ? z.data : "");
			edubal__strbuf_puts(en, e.data ? e.data : "");
		}
		free(z.data);
		free(e.data);
		truth = edubal__truth_and(truth, t);
		if (item->scope != EDUBAL__SCOPE_SECTION)
			break;
	}
	return truth;
}

static enum edubal__truth
judge_schools(const edubal_standard *std, const struct edubal__item *item,
	const struct edubal__county_inputs *in, struct edubal__item_result *r,
	struct edubal__strbuf *zh, struct edubal__strbuf *en)
{
	enum edubal__truth truth = EDUBAL__TRUE;
	size_t listed = 0;
	for (size_t i = 0; i < in->school_count; i++) {
		size_t row = in->school_rows[i];
		if (edubal__school_assessed(std, in->schools, row))
			truth = edubal__truth_and(truth,
				judge_school(item, std->level, in, row, &listed, zh, en));
	}
	if (listed > MAX_LISTED_SCHOOLS) {
		edubal__strbuf_printf(zh, "另有 %zu 所学校", listed - MAX_LISTED_SCHOOLS);
		edubal__strbuf_printf(en, "and %zu more schools",
			listed - MAX_LISTED_SCHOOLS);
	}
	r->value_kind = truth == EDUBAL__UNKNOWN ? EDUBAL__VALUE_NULL
	                                         : EDUBAL__VALUE_BOOL;
	r->value = truth == EDUBAL__TRUE;
	const struct edubal__condition *c0 = &item->conditions[0];
	r->has_threshold = !c0->flag && c0->right.kind == EDUBAL__Q_NUMBER;
	r->threshold = c0->right.number;
	return truth;
}

static edubal_status
evaluate_item(edubal_report *report, struct edubal__county_result *c,
	size_t index, const struct edubal__county_inputs *in)
{
	const edubal_standard *std = report->standard;
	const struct edubal__item *item = &std->items[index];
	struct edubal__item_result *r = &c->items[index];
	struct edubal__strbuf zh = {NULL, 0, 0, false}, en = zh;
	r->pass = item->scope == EDUBAL__SCOPE_COUNTY ?
		judge_county(item, in, r, &zh, &en) :
		judge_schools(std, item, in, r, &zh, &en);
	edubal__strbuf_puts(&zh, "");
	edubal__strbuf_puts(&en, "");
	char *detail_zh = edubal__strbuf_finish(&zh);
	char *detail_en = edubal__strbuf_finish(&en);
	edubal_status st = detail_zh && detail_en ? EDUBAL_OK : EDUBAL_ENOMEM;
	if (st == EDUBAL_OK && r->pass != EDUBAL__TRUE)
		st = edubal__reason_item(c, item, r->pass, detail_zh, detail_en);
	r->reason = detail_en;
	free(detail_zh);
	return st;
}

edubal_status
edubal__evaluate_items(edubal_report *report, size_t county_index,
	const struct edubal__county_inputs *in, edubal_error *err)
{
	const edubal_standard *std = report->standard;
	struct edubal__county_result *c = &report->counties[county_index];
	c->items = calloc(std->item_count ? std->item_count : 1, sizeof *c->items);
	if (!c->items)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < std->item_count; i++) {
		if (evaluate_item(report, c, i, in) != EDUBAL_OK)
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}
