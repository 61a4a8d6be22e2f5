/*
 * src/evaluate/condition.h - judge a profile's conditions in a context.
 */
#ifndef EDUBAL_SRC_EVALUATE_CONDITION_H
#define EDUBAL_SRC_EVALUATE_CONDITION_H

#include "quantity.h"
#include "report.h"

struct edubal__judged {
	enum edubal__truth truth;
	enum edubal__item_value_kind kind;  /* of the condition's left side */
	double value;
	bool has_threshold;
	double threshold;
	char what[96];                 /* missing column, or why undefined */
};

/* A judgement false with no figures, what not touched: cleared field by
 * field, because clearing what (96 bytes) for every school and condition
 * showed in profiles. */
static inline void
edubal__judged_clear(struct edubal__judged *j)
{
	j->truth = EDUBAL__FALSE;
	j->kind = EDUBAL__ITEM_NULL;
	j->value = 0;
	j->has_threshold = false;
	j->threshold = 0;
}

/* Whether v is one of an "in" condition's allowed values. */
bool edubal__condition_allows(const struct edubal__condition *cond,
	double v);

void edubal__condition_judge(const struct edubal__condition *cond,
	const struct edubal__scope_context *ctx, struct edubal__judged *out);

/* A county condition's columns in frame, as edubal__quantity_columns
 * (quantity.h) finds them, in the order edubal__condition_quick reads
 * them; false when a quantity of it is not one quick knows. */
bool edubal__condition_columns(const struct edubal__condition *cond,
	const struct edubal__frame *frame, const struct edubal__column **cols,
	size_t *n);

/* edubal__condition_judge in row of a county's frame, reading the
 * columns from *cols on; false when a figure is missing or undefined
 * (*out is then not the judgement: judge it in full).  out->what is not
 * set: nothing is missing. */
bool edubal__condition_quick(const struct edubal__condition *cond,
	const struct edubal__column *const **cols, size_t row,
	struct edubal__judged *out);

/* AND of conditions[0..n); *first (may be NULL) gets the first one's
 * judgement and *failed (may be NULL) the first that is not true. */
enum edubal__truth edubal__conditions_judge(
	const struct edubal__condition *conditions, size_t n,
	const struct edubal__scope_context *ctx, struct edubal__judged *first,
	struct edubal__judged *failed);

#endif /* EDUBAL_SRC_EVALUATE_CONDITION_H */
