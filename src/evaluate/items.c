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
#include <stdint.h>
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
	/* Cut to size - 1 bytes as snprintf("%s_%s") was, at a tenth of
	 * its cost. */
	return edubal__concat(buf, size, cond->left.column, "_",
		edubal__section_name(ctx->section));
}

/* edubal__strbuf_put of a string literal, whose length is known when
 * compiling. */
#define PUT_LIT(b, lit) edubal__strbuf_put((b), (lit), sizeof(lit) - 1)

/* What a school's messages start with ("<school_id>: "), cut to 127
 * bytes as the text of the 128-byte buffer it was once joined in. */
enum { PREFIX_MAX = 127 };

struct prefix {
	const char *id;       /* the school's id; NULL: no prefix (a county) */
	size_t id_len, sep_len;  /* the bytes of id and of ": " kept */
};

static struct prefix
school_prefix(const char *id)
{
	struct prefix p;
	p.id = id ? id : "(null)";
	size_t n = strlen(p.id);
	p.id_len = n < PREFIX_MAX ? n : PREFIX_MAX;
	p.sep_len = PREFIX_MAX - p.id_len < 2 ? PREFIX_MAX - p.id_len : 2;
	return p;
}

static void
put_prefix(struct edubal__strbuf *b, const struct prefix *p)
{
	if (!p->id)
		return;
	edubal__strbuf_put(b, p->id, p->id_len);
	edubal__strbuf_put(b, ": ", p->sep_len);
}

/* Describe a judged condition: "rate = 0.82, required >= 0.85". */
static void
describe(struct edubal__strbuf *zh, struct edubal__strbuf *en,
	const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, const struct edubal__judged *j,
	const struct prefix *prefix)
{
	put_prefix(zh, prefix);
	put_prefix(en, prefix);
	char buf[128];
	const char *name = condition_name(cond, ctx, buf, sizeof buf);
	/* Piece by piece, lengths known where they can be: a national run
	 * describes thousands of failing schools. */
	if (j->truth == EDUBAL__UNKNOWN) {
		PUT_LIT(zh, "未提供或无法计算 ");
		edubal__strbuf_put_str(zh, j->what);
		edubal__strbuf_put_str(en, j->what);
		PUT_LIT(en, " not given or undefined");
		return;
	}
	size_t name_len = strlen(name);
	edubal__strbuf_put(zh, name, name_len);
	edubal__strbuf_put(en, name, name_len);
	if (cond->flag) {
		PUT_LIT(zh, " 为");
		edubal__strbuf_put_str(zh, j->value != 0 ? "是" : "否");
		PUT_LIT(en, " is ");
		edubal__strbuf_put_str(en, j->value != 0 ? "true" : "false");
		return;
	}
	/* Numbers as "%.6g" through edubal__fmtg: printf of doubles costs
	 * several times the rest of a message. */
	char value[EDUBAL__FMTG_SIZE];
	size_t value_len = edubal__fmtg(value, j->value, 6);
	PUT_LIT(zh, " = ");
	edubal__strbuf_put(zh, value, value_len);
	PUT_LIT(en, " = ");
	edubal__strbuf_put(en, value, value_len);
	if (cond->op == EDUBAL__IN) {
		PUT_LIT(zh, ",不在允许的取值中");
		PUT_LIT(en, ", not one of the allowed values");
		return;
	}
	const char *op = edubal__cmp_text(cond->op);
	size_t op_len = strlen(op);
	char threshold[EDUBAL__FMTG_SIZE];
	size_t threshold_len = edubal__fmtg(threshold, j->threshold, 6);
	PUT_LIT(zh, ",要求 ");
	edubal__strbuf_put(zh, op, op_len);
	PUT_LIT(zh, " ");
	edubal__strbuf_put(zh, threshold, threshold_len);
	PUT_LIT(en, ", required ");
	edubal__strbuf_put(en, op, op_len);
	PUT_LIT(en, " ");
	edubal__strbuf_put(en, threshold, threshold_len);
}

/* Where judge_in writes what fails: the item's texts, from zh_start and
 * en_start on (the conditions of one school or county are joined by
 * separators after those offsets); NULL texts: judge only. */
struct says {
	struct edubal__strbuf *zh, *en;
	size_t zh_start, en_start;
	const struct prefix *prefix;
};

/* Judge an item in one context ("when" first); describe what fails. */
static enum edubal__truth
judge_in(const struct edubal__item *item,
	const struct edubal__scope_context *ctx, struct edubal__judged *first,
	const struct says *say)
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
	if (applies == EDUBAL__UNKNOWN && say->zh)
		describe(say->zh, say->en, &item->when[0], ctx, &failed,
			say->prefix);
	for (size_t k = 0; k < item->condition_count; k++) {
		struct edubal__judged j;
		edubal__condition_judge(&item->conditions[k], ctx, &j);
		if (k == 0 && first)
			*first = j;
		if (j.truth != EDUBAL__TRUE && say->zh) {
			if (say->zh->len > say->zh_start)
				PUT_LIT(say->zh, ";");
			if (say->en->len > say->en_start)
				PUT_LIT(say->en, "; ");
			describe(say->zh, say->en, &item->conditions[k], ctx,
				&j, say->prefix);
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

/*
 * The columns of a standard's county-scope items in counties.csv, found
 * once per evaluation and kept in its lookup cache (lookup.h).  A county
 * item was judged through the general evaluator, which looks each column
 * up by name and carries message buffers: for some 30 items of each of
 * 2,850 counties, nearly all passing, a twentieth of an evaluation.  Now
 * its figures are read with numbers only (edubal__condition_quick), and
 * only an item that does not certainly pass is judged again in full,
 * which says why.
 */
struct edubal__county_items {
	const edubal_standard *std;          /* what it was made for */
	const struct edubal__frame *frame;
	size_t *first;   /* per item: its first column; NOT_QUICK: in full */
	const struct edubal__column **columns;
};

#define NOT_QUICK SIZE_MAX

/* Add item's columns (its "when", then its conditions: judge_in's order)
 * to *n, storing them at cols unless NULL; false for an item judged in
 * full. */
static bool
item_columns(const struct edubal__item *item,
	const struct edubal__frame *frame, const struct edubal__column **cols,
	size_t *n)
{
	if (item->scope != EDUBAL__SCOPE_COUNTY || !item->judged)
		return false;
	for (size_t k = 0; k < item->when_count; k++)
		if (!edubal__condition_columns(&item->when[k], frame, cols, n))
			return false;
	for (size_t k = 0; k < item->condition_count; k++)
		if (!edubal__condition_columns(&item->conditions[k], frame,
		        cols, n))
			return false;
	return true;
}

/* One allocation, so that the lookup cache frees it (NULL when out of
 * memory: the items are then judged in full). */
static struct edubal__county_items *
county_items_new(const edubal_standard *std,
	const struct edubal__frame *frame)
{
	size_t total = 0;
	for (size_t i = 0; i < std->item_count; i++) {
		size_t n = total;
		if (item_columns(&std->items[i], frame, NULL, &n))
			total = n;
	}
	struct edubal__county_items *p = malloc(sizeof *p +
		std->item_count * sizeof *p->first + total * sizeof *p->columns);
	if (!p)
		return NULL;
	p->std = std;
	p->frame = frame;
	p->first = (size_t *) (p + 1);
	p->columns = (const struct edubal__column **) (p->first +
		std->item_count);
	size_t next = 0;
	for (size_t i = 0; i < std->item_count; i++) {
		/* Counted first: a partly stored item would overrun. */
		size_t n = next;
		p->first[i] = NOT_QUICK;
		if (!item_columns(&std->items[i], frame, NULL, &n))
			continue;
		p->first[i] = next;
		item_columns(&std->items[i], frame, p->columns, &next);
	}
	return p;
}

/* The evaluation's county items (made for its first county), or NULL. */
static const struct edubal__county_items *
county_items_of(const edubal_standard *std,
	const struct edubal__county_rows *county)
{
	struct edubal__lookup_cache *cache = county->lookups;
	if (!cache || !county->has_county_row)
		return NULL;
	const struct edubal__frame *frame = county->frames[EDUBAL_TABLE_COUNTIES];
	if (!cache->county_items)
		cache->county_items = county_items_new(std, frame);
	const struct edubal__county_items *p = cache->county_items;
	return p && p->std == std && p->frame == frame ? p : NULL;
}

/* judge_in's verdict and *first for a county item whose figures are all
 * given and which passes; false when it must be judged in full (a figure
 * missing, or a condition failing: the general evaluator says which). */
static bool
quick_pass(const struct edubal__item *item,
	const struct edubal__column *const *cols, size_t row,
	struct edubal__judged *first)
{
	/* The fields set_value reads, cleared as judge_in leaves them for
	 * an item not concerned or without conditions. */
	edubal__judged_clear(first);
	struct edubal__judged j;
	enum edubal__truth applies = EDUBAL__TRUE;
	for (size_t k = 0; k < item->when_count; k++) {
		if (!edubal__condition_quick(&item->when[k], &cols, row, &j))
			return false;
		applies = edubal__truth_and(applies, j.truth);
	}
	if (applies == EDUBAL__FALSE)
		return true;  /* not concerned */
	for (size_t k = 0; k < item->condition_count; k++) {
		struct edubal__judged *out = k == 0 ? first : &j;
		if (!edubal__condition_quick(&item->conditions[k], &cols, row,
		        out) || out->truth != EDUBAL__TRUE)
			return false;
	}
	return true;
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
	struct prefix none = {NULL, 0, 0};
	struct says say = {zh, en, 0, 0, &none};
	enum edubal__truth truth = !item->judged ? EDUBAL__UNKNOWN :
		judge_in(item, &ctx, &first, &say);
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

/* Take back what was written to b past len. */
static void
cut(struct edubal__strbuf *b, size_t len)
{
	if (b->data && b->len > len) {
		b->len = len;
		b->data[len] = '\0';
	}
}

/* levels: the sections the profile assesses; a section-scope rule is
 * checked on those only (not on the senior section of a 12-year school).
 * A school's description is written straight into the item's texts and
 * taken back if it passes: a buffer pair for each school judged again was
 * a tenth of the items' work.  Schools beyond those listed are judged,
 * not described. */
static enum edubal__truth
judge_school(const struct edubal__item *item, const bool *levels,
	const struct edubal__county_rows *county, size_t row, size_t *listed,
	struct edubal__strbuf *zh, struct edubal__strbuf *en)
{
	struct edubal__scope_context ctx;
	edubal__row_context(county, EDUBAL_TABLE_SCHOOLS, row, &ctx);
	struct prefix prefix = school_prefix(
		edubal__cell_text(county->schools->school_id, row));
	enum edubal__truth truth = EDUBAL__TRUE;
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		if (item->scope == EDUBAL__SCOPE_SECTION) {
			ctx.is_section = true;
			ctx.section = (enum edubal__section) s;
			if (!levels[s] ||
			    !edubal__type_has_section(ctx.type, ctx.section))
				continue;
		}
		bool listing = *listed < MAX_LISTED_SCHOOLS;
		size_t zh_len = zh->len, en_len = en->len;
		struct says say = {NULL, NULL, 0, 0, &prefix};
		if (listing) {
			if (zh->len)
				PUT_LIT(zh, ";");
			if (en->len)
				PUT_LIT(en, "; ");
			say = (struct says){zh, en, zh->len, en->len, &prefix};
		}
		enum edubal__truth t = judge_in(item, &ctx, NULL, &say);
		if (t != EDUBAL__TRUE) {
			(*listed)++;
		} else if (listing) {
			cut(zh, zh_len);
			cut(en, en_len);
		}
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

/* What evaluate_items works out once per county for all its items. */
struct county_view {
	const struct edubal__county_items *quick;  /* NULL: judged in full */
	/* The county's rows of schools.csv are rows[0], rows[0] + 1, ...:
	 * the file is grouped by county, as national files are. */
	bool one_run;
};

static bool
one_run(const size_t *rows, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (rows[i] != rows[0] + i)
			return false;
	return true;
}

/* The first i >= from (or n) whose school the item's program did not
 * find true.  Nearly every school passes, so this is most of the items'
 * look at schools: with the rows one run, eight counts are tested at once. */
static size_t
next_unsure(const unsigned char *failing, const size_t *rows, size_t from,
	size_t n, bool run)
{
	if (run && from < n) {
		const unsigned char *f = failing + rows[0];
		for (; from + 8 <= n; from += 8) {
			uint64_t eight;
			memcpy(&eight, f + from, sizeof eight);
			if (eight)
				break;
		}
		while (from < n && !f[from])
			from++;
		return from;
	}
	while (from < n && !failing[rows[from]])
		from++;
	return from;
}

static enum edubal__truth
judge_schools(const edubal_standard *std, const struct edubal__item *item,
	const struct edubal__county_rows *county, const struct county_view *view,
	struct edubal__item_result *r,
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
	const size_t *rows = county->rows[EDUBAL_TABLE_SCHOOLS];
	size_t n = schools ? county->count[EDUBAL_TABLE_SCHOOLS] : 0;
	for (size_t i = 0; i < n; i++) {
		/* Skip to the next school that does not certainly pass (its
		 * program's count is 0 for a school not assessed). */
		if (failing)
			i = next_unsure(failing, rows, i, n, view->one_run);
		if (i == n)
			break;
		size_t row = rows[i];
		if (!county->schools->assessed[row])
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

/* A county item that certainly passes (quick_pass) has nothing to say:
 * its result is set here, before any texts are set up for it, and true
 * returned; false: judge it in full.  cols: its columns (county_items;
 * the county has its row). */
static bool
county_passes(const struct edubal__item *item,
	const struct edubal__county_rows *county,
	const struct edubal__column *const *cols, struct edubal__item_result *r)
{
	size_t row = county->rows[EDUBAL_TABLE_COUNTIES][0];
	struct edubal__judged first;
	if (!quick_pass(item, cols, row, &first))
		return false;
	struct edubal__scope_context ctx;
	edubal__row_context(county, EDUBAL_TABLE_COUNTIES, row, &ctx);
	set_value(r, item, &ctx, &first);
	r->pass = EDUBAL__TRUE;
	r->reason = NULL;
	return true;
}

static edubal_status
evaluate_item(edubal_report *report, struct edubal__county_result *c,
	size_t index, const struct edubal__county_rows *county,
	const struct county_view *view)
{
	const struct edubal__county_items *quick = view->quick;
	const edubal_standard *std = report->standard;
	const struct edubal__item *item = &std->items[index];
	struct edubal__item_result *r = &c->items[index];
	if (quick && quick->first[index] != NOT_QUICK &&
	    county_passes(item, county, quick->columns + quick->first[index], r))
		return EDUBAL_OK;
	struct edubal__strbuf zh = {NULL, 0, 0, false}, en = zh;
	enum edubal__truth pass = item->scope == EDUBAL__SCOPE_COUNTY ||
		!item->judged ? judge_county(item, county, r, &zh, &en) :
		judge_schools(std, item, county, view, r, &zh, &en);
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
	struct county_view view;
	view.quick = county_items_of(std, county);
	view.one_run = county->frames[EDUBAL_TABLE_SCHOOLS] &&
		one_run(county->rows[EDUBAL_TABLE_SCHOOLS],
		        county->count[EDUBAL_TABLE_SCHOOLS]);
	for (size_t i = 0; i < std->item_count; i++) {
		if (evaluate_item(report, c, i, county, &view) != EDUBAL_OK)
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}
