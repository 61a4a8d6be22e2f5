/*
 * src/evaluate/reasons.h - reason codes and zh/en messages of a verdict.
 *
 * Codes are stable strings a program can match:
 *   resource.<level>.school.<school_id>    a school fails the k-of-n rule
 *   resource.<level>.cv.<indicator>        a CV over its limit
 *   resource.<level>.composite             the composite over its limit
 *   item.<key> / veto.<key>                a county item or veto fails
 *   missing.<...>                          an input needed for a rule
 */
#ifndef EDUBAL_SRC_EVALUATE_REASONS_H
#define EDUBAL_SRC_EVALUATE_REASONS_H

#include "report.h"

edubal_status edubal__reason_school(struct edubal__county_result *c,
	const edubal_standard *std, const struct edubal__school_result *sr);
edubal_status edubal__reason_cv(struct edubal__county_result *c,
	const edubal_standard *std, enum edubal__section s, size_t indicator,
	double cv, double limit);
edubal_status edubal__reason_composite(struct edubal__county_result *c,
	enum edubal__section s, double composite, double limit);
edubal_status edubal__reason_missing_indicator(
	struct edubal__county_result *c, const edubal_standard *std,
	enum edubal__section s, size_t indicator, size_t missing,
	const char *first_school);
edubal_status edubal__reason_undefined_cv(struct edubal__county_result *c,
	const edubal_standard *std, enum edubal__section s, size_t indicator);
edubal_status edubal__reason_no_schools(struct edubal__county_result *c,
	enum edubal__section s);

/* An item that fails (FALSE) or cannot be judged (UNKNOWN); detail is the
 * English description of what failed or is missing. */
edubal_status edubal__reason_item(struct edubal__county_result *c,
	const struct edubal__item *item, enum edubal__truth pass,
	const char *detail_zh, const char *detail_en);

#endif /* EDUBAL_SRC_EVALUATE_REASONS_H */
