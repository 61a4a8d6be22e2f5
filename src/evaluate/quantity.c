/*
 * src/evaluate/quantity.c - evaluate column expressions of a profile.
 *
 * Missing inputs propagate: any operand not given makes the result
 * MISSING (naming the first such column), so that a rule depending on it
 * is reported as unknown rather than judged on a guess.  One exception is
 * deliberate: a section column of a section the school's type does not
 * have (students_junior of a primary school) is 0, not missing.
 */
#include "quantity.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/strbuf.h"
#include "condition.h"

static bool
class_maximum(const struct edubal__scope_context *ctx, const char *name,
	double *out)
{
	static const char prefix[] = "max_class_size_";
	const struct edubal__class_maxima *classes =
		ctx->county ? ctx->county->classes : NULL;
	if (!classes || !ctx->is_school ||
	    strncmp(name, prefix, sizeof prefix - 1) != 0)
		return false;
	int s = edubal__column_section(name);
	if (s < 0)
		return false;
	double v = classes->max[ctx->row][s];
	if (isnan(v))
		return false;
	*out = v;
	return true;
}

bool
edubal__scope_number(const struct edubal__scope_context *ctx,
	const char *name, double *out)
{
	if (class_maximum(ctx, name, out))
		return true;
	double v = edubal__cell_number(edubal__frame_column(ctx->frame, name),
		ctx->row);
	if (!isnan(v)) {
		*out = v;
		return true;
	}
	int s = edubal__column_section(name);
	if (ctx->is_school && s >= 0 &&
	    !edubal__type_has_section(ctx->type, (enum edubal__section) s)) {
		*out = 0;
		return true;
	}
	return false;
}

static void
set_state(struct edubal__quantity_value *out,
	enum edubal__quantity_state state, const char *what)
{
	out->state = state;
	out->value = NAN;
	snprintf(out->what, sizeof out->what, "%s", what);
}

/* edubal__scope_number of a remembered lookup (see lookup.h).  Inline:
 * it runs for every school, rule and column. */
static inline bool
lookup_number(const struct edubal__scope_context *ctx,
	const struct edubal__lookup *l, double *out)
{
	const struct edubal__class_maxima *classes =
		ctx->county ? ctx->county->classes : NULL;
	if (classes && ctx->is_school && l->class_max && l->name_section >= 0) {
		double v = classes->max[ctx->row][l->name_section];
		if (!isnan(v)) {
			*out = v;
			return true;
		}
	}
	double v = edubal__cell_number(l->column, ctx->row);
	if (!isnan(v)) {
		*out = v;
		return true;
	}
	if (ctx->is_school && l->name_section >= 0 &&
	    !edubal__type_has_section(ctx->type,
	        (enum edubal__section) l->name_section)) {
		*out = 0;
		return true;
	}
	return false;
}

static const struct edubal__lookup *
lookup(const struct edubal__scope_context *ctx, const char *stem, int scope,
	struct edubal__lookup *scratch)
{
	return edubal__lookup_find(ctx->county ? ctx->county->lookups : NULL,
		ctx->frame, stem, scope, scratch);
}

bool
edubal__scope_flag_number(const struct edubal__scope_context *ctx,
	const char *flag, double *out)
{
	struct edubal__lookup scratch;
	return lookup_number(ctx, lookup(ctx, flag, -1, &scratch), out);
}

static void
eval_column(const struct edubal__quantity *q,
	const struct edubal__scope_context *ctx,
	struct edubal__quantity_value *out)
{
	struct edubal__lookup scratch;
	const struct edubal__lookup *l = lookup(ctx, q->column,
		ctx->is_section ? (int) ctx->section : -1, &scratch);
	if (lookup_number(ctx, l, &out->value))
		out->state = EDUBAL__QUANTITY_OK;
	else
		set_state(out, EDUBAL__QUANTITY_MISSING, l->name);
}

static void
eval_table(const struct edubal__quantity *q, int index,
	struct edubal__quantity_value *out)
{
	if (index >= 0 && q->in_table[index]) {
		out->value = q->table[index];
	} else if (q->has_fallback) {
		out->value = q->fallback;
	} else {
		set_state(out, EDUBAL__QUANTITY_UNDEFINED,
		          "no threshold for this school type or section");
		return;
	}
	out->state = EDUBAL__QUANTITY_OK;
}

static void
eval_sum(const struct edubal__quantity *q,
	const struct edubal__scope_context *ctx,
	struct edubal__quantity_value *out)
{
	double sum = 0;
	for (size_t i = 0; i < q->arg_count; i++) {
		edubal__quantity_eval(&q->args[i], ctx, out);
		if (out->state != EDUBAL__QUANTITY_OK)
			return;
		sum += out->value;
	}
	out->value = sum;
}

static void
eval_ratio(const struct edubal__quantity *q,
	const struct edubal__scope_context *ctx,
	struct edubal__quantity_value *out)
{
	struct edubal__quantity_value den;
	edubal__quantity_eval(&q->args[0], ctx, out);
	edubal__quantity_eval(&q->args[1], ctx, &den);
	if (out->state != EDUBAL__QUANTITY_OK)
		return;
	if (den.state != EDUBAL__QUANTITY_OK) {
		*out = den;
		return;
	}
	if (den.value == 0) {
		set_state(out, EDUBAL__QUANTITY_UNDEFINED, "division by zero");
		return;
	}
	out->value /= den.value;
}

static const char *
table_file(enum edubal_table_kind kind)
{
	static const char *const names[EDUBAL__TABLE_KINDS] = {"schools.csv",
		"classes.csv", "counties.csv", "kindergartens.csv", "funding.csv"};
	return names[kind];
}

/* One row of an aggregate: does it count, and with what value? */
static enum edubal__quantity_state
aggregate_row(const struct edubal__quantity *q,
	const struct edubal__scope_context *row_ctx, bool *counts,
	struct edubal__quantity_value *out)
{
	struct edubal__judged failed;
	enum edubal__truth t = edubal__conditions_judge(q->where, q->where_count,
		row_ctx, NULL, &failed);
	*counts = t == EDUBAL__TRUE;
	if (t == EDUBAL__UNKNOWN) {
		set_state(out, EDUBAL__QUANTITY_MISSING, failed.what);
		return out->state;
	}
	if (*counts && q->kind != EDUBAL__Q_COUNT)
		edubal__quantity_eval(&q->args[0], row_ctx, out);
	else
		out->state = EDUBAL__QUANTITY_OK;
	return out->state;
}

struct year_value {
	double year, value;
};

static int
compare_year(const void *a, const void *b)
{
	double x = ((const struct year_value *) a)->year;
	double y = ((const struct year_value *) b)->year;
	return (x > y) - (x < y);
}

/* Smallest change between consecutive years of points[0..n). */
static void
min_change(struct year_value *points, size_t n,
	struct edubal__quantity_value *out)
{
	if (n < 2) {
		set_state(out, EDUBAL__QUANTITY_UNDEFINED,
		          "a year-on-year change needs two years");
		return;
	}
	qsort(points, n, sizeof *points, compare_year);
	double least = points[1].value - points[0].value;
	for (size_t i = 2; i < n; i++) {
		double change = points[i].value - points[i - 1].value;
		least = change < least ? change : least;
	}
	out->state = EDUBAL__QUANTITY_OK;
	out->value = least;
}

static void
eval_aggregate(const struct edubal__quantity *q,
	const struct edubal__scope_context *ctx,
	struct edubal__quantity_value *out)
{
	const struct edubal__county_rows *c = ctx->county;
	if (!c || !c->frames[q->of]) {
		set_state(out, EDUBAL__QUANTITY_MISSING, table_file(q->of));
		return;
	}
	size_t n = c->count[q->of];
	struct year_value *points = NULL;
	if (q->kind == EDUBAL__Q_MIN_CHANGE &&
	    !(points = malloc((n ? n : 1) * sizeof *points))) {
		set_state(out, EDUBAL__QUANTITY_UNDEFINED, "out of memory");
		return;
	}
	/* The year column found once, not by name for every row. */
	const struct edubal__column *year = points ?
		edubal__frame_column(c->frames[q->of], "year") : NULL;
	double total = 0;
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		struct edubal__scope_context row_ctx;
		edubal__row_context(c, q->of, c->rows[q->of][i], &row_ctx);
		bool counts;
		if (aggregate_row(q, &row_ctx, &counts, out) != EDUBAL__QUANTITY_OK) {
			free(points);
			return;
		}
		if (!counts)
			continue;
		if (points)
			points[m] = (struct year_value){edubal__cell_number(
				year, row_ctx.row), out->value};
		total += q->kind == EDUBAL__Q_COUNT ? 1 : out->value;
		m++;
	}
	if (points) {
		min_change(points, m, out);
		free(points);
		return;
	}
	out->state = EDUBAL__QUANTITY_OK;
	out->value = total;
}

void
edubal__quantity_eval(const struct edubal__quantity *q,
	const struct edubal__scope_context *ctx,
	struct edubal__quantity_value *out)
{
	out->state = EDUBAL__QUANTITY_OK;
	out->what[0] = '\0';
	switch (q->kind) {
	case EDUBAL__Q_NUMBER:
		out->value = q->number;
		return;
	case EDUBAL__Q_COLUMN:
		eval_column(q, ctx, out);
		return;
	case EDUBAL__Q_SUM:
		eval_sum(q, ctx, out);
		return;
	case EDUBAL__Q_RATIO:
		eval_ratio(q, ctx, out);
		return;
	case EDUBAL__Q_CEIL_DIV:
		edubal__quantity_eval(&q->args[0], ctx, out);
		if (out->state == EDUBAL__QUANTITY_OK)
			out->value = ceil(out->value / q->number);
		return;
	case EDUBAL__Q_BY_SECTION:
		eval_table(q, ctx->is_section ? (int) ctx->section : -1, out);
		return;
	case EDUBAL__Q_BY_TYPE:
		eval_table(q, ctx->is_school ? (int) ctx->type : -1, out);
		return;
	case EDUBAL__Q_TOTAL:
	case EDUBAL__Q_COUNT:
	case EDUBAL__Q_MIN_CHANGE:
		eval_aggregate(q, ctx, out);
		return;
	}
	set_state(out, EDUBAL__QUANTITY_UNDEFINED, "unknown quantity");
}

/* The column of stem as a county reads it: worked out as lookup.c does. */
static const struct edubal__column *
county_column(const struct edubal__frame *frame, const char *stem)
{
	struct edubal__lookup l;
	edubal__lookup_miss(NULL, frame, stem, -1, &l);
	return l.column;
}

bool
edubal__quantity_columns(const struct edubal__quantity *q,
	const struct edubal__frame *frame, const struct edubal__column **cols,
	size_t *n)
{
	/* The arguments edubal__quantity_quick reads, and only those. */
	size_t args = 0;
	switch (q->kind) {
	case EDUBAL__Q_NUMBER:
		return true;
	case EDUBAL__Q_COLUMN:
		if (cols)
			cols[*n] = county_column(frame, q->column);
		(*n)++;
		return true;
	case EDUBAL__Q_SUM:
		args = q->arg_count;
		break;
	case EDUBAL__Q_RATIO:
		args = 2;
		break;
	case EDUBAL__Q_CEIL_DIV:
		args = 1;
		break;
	case EDUBAL__Q_BY_SECTION:
	case EDUBAL__Q_BY_TYPE:
	case EDUBAL__Q_TOTAL:
	case EDUBAL__Q_COUNT:
	case EDUBAL__Q_MIN_CHANGE:
	default:
		return false;
	}
	for (size_t i = 0; i < args; i++)
		if (!edubal__quantity_columns(&q->args[i], frame, cols, n))
			return false;
	return true;
}

bool
edubal__quantity_quick_of(const struct edubal__quantity *q,
	const struct edubal__column *const **cols, size_t row, double *out)
{
	double v, den;
	switch (q->kind) {
	case EDUBAL__Q_NUMBER:
	case EDUBAL__Q_COLUMN:
		return edubal__quantity_quick(q, cols, row, out);
	case EDUBAL__Q_SUM: {
		double sum = 0;   /* eval_sum */
		for (size_t i = 0; i < q->arg_count; i++) {
			if (!edubal__quantity_quick(&q->args[i], cols, row, &v))
				return false;
			sum += v;
		}
		*out = sum;
		return true;
	}
	case EDUBAL__Q_RATIO:   /* eval_ratio */
		if (!edubal__quantity_quick(&q->args[0], cols, row, &v) ||
		    !edubal__quantity_quick(&q->args[1], cols, row, &den) ||
		    den == 0)
			return false;
		*out = v / den;
		return true;
	case EDUBAL__Q_CEIL_DIV:
		if (!edubal__quantity_quick(&q->args[0], cols, row, &v))
			return false;
		*out = ceil(v / q->number);
		return true;
	case EDUBAL__Q_BY_SECTION:
	case EDUBAL__Q_BY_TYPE:
	case EDUBAL__Q_TOTAL:
	case EDUBAL__Q_COUNT:
	case EDUBAL__Q_MIN_CHANGE:
	default:
		return false;
	}
}
