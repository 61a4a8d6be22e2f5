/*
 * src/evaluate/condition.c - judge one condition: a flag, a comparison or
 * membership in a set, three-valued (an input may be missing).
 */
#include "condition.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void
judge_flag(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, struct edubal__judged *j)
{
	double v;
	if (!edubal__scope_flag_number(ctx, cond->flag, &v)) {
		j->truth = EDUBAL__UNKNOWN;
		snprintf(j->what, sizeof j->what, "%s", cond->flag);
		return;
	}
	j->kind = EDUBAL__ITEM_BOOL;
	j->value = v != 0;
	j->truth = (v != 0) == cond->expect ? EDUBAL__TRUE : EDUBAL__FALSE;
}

bool
edubal__condition_allows(const struct edubal__condition *cond, double v)
{
	for (size_t i = 0; i < cond->set_count; i++)
		if (cond->set[i] == v)
			return true;
	return false;
}

static void
judge_comparison(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, struct edubal__judged *j)
{
	/* Only the state and value of right are read when it is not
	 * evaluated: zeroing its message buffer for every school and
	 * condition showed in profiles. */
	struct edubal__quantity_value left, right;
	right.state = EDUBAL__QUANTITY_OK;
	right.value = 0;
	right.what[0] = '\0';
	if (cond->op == EDUBAL__IN) {
		/* An enumerated column has no per-section form: read it bare. */
		struct edubal__scope_context bare = *ctx;
		bare.is_section = false;
		edubal__quantity_eval(&cond->left, &bare, &left);
	} else {
		edubal__quantity_eval(&cond->left, ctx, &left);
		/* Most thresholds are plain numbers: read them here rather
		 * than through the evaluator, for every school and rule. */
		if (cond->right.kind == EDUBAL__Q_NUMBER)
			right.value = cond->right.number;
		else
			edubal__quantity_eval(&cond->right, ctx, &right);
	}
	if (cond->op != EDUBAL__IN && right.state == EDUBAL__QUANTITY_OK) {
		j->has_threshold = true;
		j->threshold = right.value;
	}
	if (left.state == EDUBAL__QUANTITY_OK) {
		j->kind = EDUBAL__ITEM_NUMBER;
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
	bool holds = cond->op == EDUBAL__IN ? edubal__condition_allows(cond, left.value) :
		edubal__cmp_holds(cond->op, left.value, right.value);
	j->truth = holds ? EDUBAL__TRUE : EDUBAL__FALSE;
}

void
edubal__condition_judge(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, struct edubal__judged *j)
{
	edubal__judged_clear(j);
	j->what[0] = '\0';
	if (cond->flag)
		judge_flag(cond, ctx, j);
	else
		judge_comparison(cond, ctx, j);
}

bool
edubal__condition_columns(const struct edubal__condition *cond,
	const struct edubal__frame *frame, const struct edubal__column **cols,
	size_t *n)
{
	if (cond->flag) {
		/* A flag is a bare column (edubal__scope_flag_number). */
		struct edubal__quantity q;
		memset(&q, 0, sizeof q);
		q.kind = EDUBAL__Q_COLUMN;
		q.column = cond->flag;
		return edubal__quantity_columns(&q, frame, cols, n);
	}
	if (!edubal__quantity_columns(&cond->left, frame, cols, n))
		return false;
	return cond->op == EDUBAL__IN ||
		edubal__quantity_columns(&cond->right, frame, cols, n);
}

bool
edubal__condition_quick(const struct edubal__condition *cond,
	const struct edubal__column *const **cols, size_t row,
	struct edubal__judged *j)
{
	edubal__judged_clear(j);
	double left, right;
	if (cond->flag) {   /* judge_flag */
		double v = edubal__cell_number(*(*cols)++, row);
		if (isnan(v))
			return false;
		j->kind = EDUBAL__ITEM_BOOL;
		j->value = v != 0;
		j->truth = (v != 0) == cond->expect ? EDUBAL__TRUE : EDUBAL__FALSE;
		return true;
	}
	/* judge_comparison */
	if (!edubal__quantity_quick(&cond->left, cols, row, &left))
		return false;
	j->kind = EDUBAL__ITEM_NUMBER;
	j->value = left;
	if (cond->op == EDUBAL__IN) {
		j->truth = edubal__condition_allows(cond, left) ? EDUBAL__TRUE :
			EDUBAL__FALSE;
		return true;
	}
	if (!edubal__quantity_quick(&cond->right, cols, row, &right))
		return false;
	j->has_threshold = true;
	j->threshold = right;
	j->truth = edubal__cmp_holds(cond->op, left, right) ? EDUBAL__TRUE :
		EDUBAL__FALSE;
	return true;
}

enum edubal__truth
edubal__conditions_judge(const struct edubal__condition *conditions,
	size_t n, const struct edubal__scope_context *ctx,
	struct edubal__judged *first, struct edubal__judged *failed)
{
	enum edubal__truth truth = EDUBAL__TRUE;
	for (size_t k = 0; k < n; k++) {
		struct edubal__judged j;
		edubal__condition_judge(&conditions[k], ctx, &j);
		if (k == 0 && first)
			*first = j;
		if (j.truth != EDUBAL__TRUE && truth == EDUBAL__TRUE && failed)
			*failed = j;
		truth = edubal__truth_and(truth, j.truth);
	}
	return truth;
}
