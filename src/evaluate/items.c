/*
 * src/evaluate/items.c - judge a profile's items for one county.
 *
 * An item holds when all its conditions hold.  County-scope conditions
 * read counties.csv (and aggregates over the county's other tables);
 * school- and section-scope conditions must hold for every assessed school
 * (or section) of the county.  Each condition is true, false or unknown
 * (an input missing); false wins over unknown, so a county with one certain
 * failure fails even while other data is missing.  An item's "when"
 * conditions say where it applies: elsewhere it passes as not concerned.
 *
 * The item's reported value and threshold are those of its first
 * condition (or its "value" quantity): for a county figure the figure and
 * its limit, for a school rule whether every school complies.  Statistics
 * (judged false) report a value and take no part in the verdict.
 */
#include "items.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../util/fmtg.h"
#include "../util/strbuf.h"
#include "condition.h"
#include "program.h"
#include "reasons.h"
#include "resource.h"

static const char *
condition_name(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, char *buf, size_t size)
{
	if (cond->flag)
		return cond->flag;
	if (cond->left.kind != EDUBAL__Q_COLUMN)
		return "value";
	if (!ctx->is_section)
		return cond->left.column;
	snprintf(buf, size, "%s_%s", cond->left.column,
	         edubal__section_name(ctx->section));
	return buf;
}

/* What a school's messages start with ("<school_id>: "), made only when
 * a condition fails: most schools pass, and joining the text for each
 * school and item was a twentieth of an evaluation. */
struct prefix {
	bool school;          /* false: no prefix (a county figure) */
	const char *id;       /* the school's id, or NULL */
	bool made;
	char text[128];
};

static const char *
prefix_text(struct prefix *p)
{
	if (!p->school)
		return "";
	if (!p->made) {
		edubal__concat(p->text, sizeof p->text, p->id ? p->id : "(null)",
			": ", "");
		p->made = true;
	}
	return p->text;
}

/* Append the strings of a NULL-terminated list to b. */
static void
put_all(struct edubal__strbuf *b, const char *const *parts)
{
	for (; *parts; parts++)
		edubal__strbuf_puts(b, *parts);
}

/* Describe a judged condition: "rate = 0.82, required >= 0.85".  Pieces
 * put one by one, not printf'd ("%s%s = %s..."): a national run describes
 * hundreds of thousands of failing conditions. */
static void
describe(struct edubal__strbuf *zh, struct edubal__strbuf *en,
	const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, const struct edubal__judged *j,
	struct prefix *lazy)
{
	const char *prefix = prefix_text(lazy);
	char buf[128];
	const char *name = condition_name(cond, ctx, buf, sizeof buf);
	if (j->truth == EDUBAL__UNKNOWN) {
		put_all(zh, (const char *const[]){prefix, "未提供或无法计算 ",
			j->what, NULL});
		put_all(en, (const char *const[]){prefix, j->what,
			" not given or undefined", NULL});
	} else if (cond->flag) {
		put_all(zh, (const char *const[]){prefix, name, " 为",
			j->value != 0 ? "是" : "否", NULL});
		put_all(en, (const char *const[]){prefix, name, " is ",
			j->value != 0 ? "true" : "false", NULL});
	} else if (cond->op == EDUBAL__IN) {
		/* Numbers as "%.6g" through edubal__fmtg: printf of doubles
		 * costs several times the rest of a message. */
		char value[EDUBAL__FMTG_SIZE];
		edubal__fmtg(value, j->value, 6);
		put_all(zh, (const char *const[]){prefix, name, " = ", value,
			",不在允许的取值中", NULL});
		put_all(en, (const char *const[]){prefix, name, " = ", value,
			", not one of the allowed values", NULL});
	} else {
		const char *op = edubal__cmp_text(cond->op);
		char value[EDUBAL__FMTG_SIZE], threshold[EDUBAL__FMTG_SIZE];
		edubal__fmtg(value, j->value, 6);
		edubal__fmtg(threshold, j->threshold, 6);
		put_all(zh, (const char *const[]){prefix, name, " = ", value,
			",要求 ", op, " ", threshold, NULL});
		put_all(en, (const char *const[]){prefix, name, " = ", value,
			", required ", op, " ", threshold, NULL});
	}
}

/* Judge an item in one context ("when" first); describe what fails. */
static enum edubal__truth
judge_in(const struct edubal__item *item,
	const struct edubal__scope_context *ctx, struct edubal__judged *first,
	struct edubal__strbuf *zh, struct edubal__strbuf *en,
	struct prefix *prefix)
{
	struct edubal__judged failed;
	enum edubal__truth applies = edubal__conditions_judge(item->when,
		item->when_count, ctx, NULL, &failed);
	if (applies == EDUBAL__FALSE) {
		if (first)
			memset(first, 0, sizeof *first);
		return EDUBAL__TRUE;  /* not concerned */
	}
	enum edubal__truth truth = applies;
	if (applies == EDUBAL__UNKNOWN)
		describe(zh, en, &item->when[0], ctx, &failed, prefix);
	for (size_t k = 0; k < item->condition_count; k++) {
		struct edubal__judged j;
		edubal__condition_judge(&item->conditions[k], ctx, &j);
		if (k == 0 && first)
			*first = j;
		if (j.truth != EDUBAL__TRUE) {
			if (zh->len)
				edubal__strbuf_puts(zh, ";");
			if (en->len)
				edubal__strbuf_puts(en, "; ");
			describe(zh, en, &item->conditions[k], ctx, &j, prefix);
		}
		truth = edubal__truth_and(truth, j.truth);
	}
	return truth;
}

static void
set_value(struct edubal__item_result *r, const struct edubal__item *item,
	const struct edubal__scope_context *ctx, const struct edubal__judged *first)
{
	r->value_kind = (unsigned char) first->kind;
	r->value = first->value;
	const struct edubal__condition *c0 = item->condition_count ?
		&item->conditions[0] : NULL;
	r->has_threshold = c0 && first->has_threshold && !c0->flag;
	r->threshold = first->threshold;
	if (!item->has_value)
		return;
	struct edubal__quantity_value v;
	edubal__quantity_eval(&item->value, ctx, &v);
	r->value_kind = v.state == EDUBAL__QUANTITY_OK ? EDUBAL__ITEM_NUMBER
	                                               : EDUBAL__ITEM_NULL;
	r->value = v.value;
}

static enum edubal__truth
judge_county(const struct edubal__item *item,
	const struct edubal__county_rows *county, struct edubal__item_result *r,
	struct edubal__strbuf *zh, struct edubal__strbuf *en)
{
	struct edubal__scope_context ctx;
	if (county->has_county_row)
		edubal__row_context(county, EDUBAL_TABLE_COUNTIES,
			county->rows[EDUBAL_TABLE_COUNTIES][0], &ctx);
	else {
		edubal__row_context(county, EDUBAL_TABLE_COUNTIES, 0, &ctx);
		ctx.frame = NULL;  /* no row of this county: every figure missing */
	}
	struct edubal__judged first;
	memset(&first, 0, sizeof first);
	struct prefix none = {false, NULL, false, ""};
	enum edubal__truth truth = !item->judged ? EDUBAL__UNKNOWN :
		judge_in(item, &ctx, &first, zh, en, &none);
	set_value(r, item, &ctx, &first);
	if (item->judged && truth == EDUBAL__UNKNOWN && !county->has_county_row) {
		edubal__strbuf_puts(zh, county->frames[EDUBAL_TABLE_COUNTIES] ?
			"(counties.csv 中没有该县的行)" : "(未提供 counties.csv)");
		edubal__strbuf_puts(en, county->frames[EDUBAL_TABLE_COUNTIES] ?
			" (counties.csv has no row for this county)" :
			" (counties.csv not given)");
	}
	return truth;
}

/* Keep messages readable for a county of hundreds of schools. */
enum { MAX_LISTED_SCHOOLS = 5 };

/* levels: the sections the profile assesses; a section-scope rule is
 * checked on those only (not on the senior section of a 12-year school). */
static enum edubal__truth
judge_school(const struct edubal__item *item, const bool *levels,
	const struct edubal__county_rows *county, size_t row, size_t *listed,
	struct edubal__strbuf *zh, struct edubal__strbuf *en)
{
	struct edubal__scope_context ctx;
	edubal__row_context(county, EDUBAL_TABLE_SCHOOLS, row, &ctx);
	/* Field by field: an initializer would clear all of text for every
	 * school and item. */
	struct prefix prefix;
	prefix.school = true;
	prefix.id = edubal__cell_text(county->schools->school_id, row);
	prefix.made = false;
	prefix.text[0] = '\0';
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
		enum edubal__truth t = judge_in(item, &ctx, NULL, &z, &e, &prefix);
		if (t != EDUBAL__TRUE && (*listed)++ < MAX_LISTED_SCHOOLS) {
			/* puts, not printf("%s%s"): a national run lists
			 * tens of thousands of failing schools. */
			if (zh->len)
				edubal__strbuf_puts(zh, ";");
			edubal__strbuf_puts(zh, z.data ? z.data : "");
			if (en->len)
				edubal__strbuf_puts(en, "; ");
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

/* What the item's program found for each school of schools.csv, or
 * NULL when it has none (program.h). */
static const unsigned char *
failing_of(const edubal_standard *std, const struct edubal__item *item,
	const struct edubal__county_rows *county)
{
	const struct edubal__programs *p = county->programs;
	size_t index = (size_t) (item - std->items);
	return p && p->failing && index < p->count ? p->failing[index] : NULL;
}

static enum edubal__truth
judge_schools(const edubal_standard *std, const struct edubal__item *item,
	const struct edubal__county_rows *county, struct edubal__item_result *r,
	struct edubal__strbuf *zh, struct edubal__strbuf *en)
{
	const struct edubal__frame *schools = county->frames[EDUBAL_TABLE_SCHOOLS];
	enum edubal__truth truth = EDUBAL__TRUE;
	size_t listed = 0;
	if (!schools) {
		edubal__strbuf_puts(zh, "未提供 schools.csv");
		edubal__strbuf_puts(en, "schools.csv not given");
		truth = EDUBAL__UNKNOWN;
	}
	/* Schools the item's program finds true pass.  Once the item is
	 * false, a school beyond those listed only adds to the count of the
	 * others.  The rest are judged again, which says why. */
	const unsigned char *failing = failing_of(std, item, county);
	for (size_t i = 0; schools && i < county->count[EDUBAL_TABLE_SCHOOLS]; i++) {
		size_t row = county->rows[EDUBAL_TABLE_SCHOOLS][i];
		if (!county->schools->assessed[row] || (failing && !failing[row]))
			continue;
		if (failing && truth == EDUBAL__FALSE &&
		    listed >= MAX_LISTED_SCHOOLS) {
			listed += failing[row];
			continue;
		}
		truth = edubal__truth_and(truth, judge_school(item, std->level,
			county, row, &listed, zh, en));
	}
	if (listed > MAX_LISTED_SCHOOLS) {
		edubal__strbuf_printf(zh, ";另有 %zu 所学校",
			listed - MAX_LISTED_SCHOOLS);
		edubal__strbuf_printf(en, "; and %zu more schools",
			listed - MAX_LISTED_SCHOOLS);
	}
	r->value_kind = truth == EDUBAL__UNKNOWN ? EDUBAL__ITEM_NULL
	                                         : EDUBAL__ITEM_BOOL;
	r->value = truth == EDUBAL__TRUE;
	const struct edubal__condition *c0 = &item->conditions[0];
	r->has_threshold = !c0->flag && c0->op != EDUBAL__IN &&
		c0->right.kind == EDUBAL__Q_NUMBER;
	r->threshold = c0->right.number;
	return truth;
}

static edubal_status
evaluate_item(edubal_report *report, struct edubal__county_result *c,
	size_t index, const struct edubal__county_rows *county)
{
	const edubal_standard *std = report->standard;
	const struct edubal__item *item = &std->items[index];
	struct edubal__item_result *r = &c->items[index];
	struct edubal__strbuf zh = {NULL, 0, 0, false}, en = zh;
	enum edubal__truth pass = item->scope == EDUBAL__SCOPE_COUNTY ||
		!item->judged ? judge_county(item, county, r, &zh, &en) :
		judge_schools(std, item, county, r, &zh, &en);
	r->pass = (unsigned char) pass;
	bool fails = item->judged && pass != EDUBAL__TRUE;
	if (!fails && zh.len == 0 && en.len == 0 && !zh.failed && !en.failed) {
		/* Most items pass with nothing to say: no detail (renderers
		 * read NULL as ""), and no allocation for each of them. */
		free(zh.data);
		free(en.data);
		r->reason = NULL;
		return EDUBAL_OK;
	}
	edubal__strbuf_puts(&zh, "");
	edubal__strbuf_puts(&en, "");
	char *detail_zh = edubal__strbuf_finish(&zh);
	char *detail_en = edubal__strbuf_finish(&en);
	edubal_status st = detail_zh && detail_en ? EDUBAL_OK : EDUBAL_ENOMEM;
	if (st == EDUBAL_OK && fails)
		st = edubal__reason_item(c, item, pass, detail_zh, detail_en);
	/* Keep an exact-size copy: the buffer has room to spare, and a national
	 * report holds 25 items for each of 2,850 counties. */
	r->reason = edubal__strdup(detail_en);
	if (detail_en && !r->reason)
		st = EDUBAL_ENOMEM;
	free(detail_en);
	free(detail_zh);
	return st;
}

edubal_status
edubal__evaluate_items(edubal_report *report, size_t county_index,
	const struct edubal__county_rows *county, edubal_error *err)
{
	const edubal_standard *std = report->standard;
	struct edubal__county_result *c = &report->counties[county_index];
	c->items = calloc(std->item_count ? std->item_count : 1, sizeof *c->items);
	if (!c->items)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < std->item_count; i++) {
		if (evaluate_item(report, c, i, county) != EDUBAL_OK)
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}
