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
#include <string.h>

/* Section named by the column's suffix ("_junior"), or -1. */
static int
column_section(const char *name)
{
	size_t n = strlen(name);
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		const char *suffix = edubal__section_name((enum edubal__section) s);
		size_t k = strlen(suffix);
		if (n > k + 1 && name[n - k - 1] == '_' &&
		    strcmp(name + n - k, suffix) == 0)
			return s;
	}
	return -1;
}

static bool
class_maximum(const struct edubal__scope_context *ctx, const char *name,
	double *out)
{
	static const char prefix[] = "max_class_size_";
	int s = column_section(name);
	if (!ctx->classes || !ctx->is_school || s < 0 ||
	    strncmp(name, prefix, sizeof prefix - 1) != 0)
		return false;
	double v = ctx->classes->max[ctx->row][s];
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
	int s = column_section(name);
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

static void
eval_column(const struct edubal__quantity *q,
	const struct edubal__scope_context *ctx,
	struct edubal__quantity_value *out)
{
	char name[96];
	if (ctx->is_section)
		snprintf(name, sizeof name, "%s_%s", q->column,
		         edubal__section_name(ctx->section));
	else
		snprintf(name, sizeof name, "%s", q->column);
	if (edubal__scope_number(ctx, name, &out->value))
		out->state = EDUBAL__QUANTITY_OK;
	else
		set_state(out, EDUBAL__QUANTITY_MISSING, name);
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
	}
	set_state(out, EDUBAL__QUANTITY_UNDEFINED, "unknown quantity");
}
