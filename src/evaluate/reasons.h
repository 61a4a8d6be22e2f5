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

/* A piece of text and its length. */
struct edubal__piece {
	const char *text;
	size_t len;
};

/* The parts of a failing school's zh and en texts that are the same for
 * every school of a level: formatted once per county and level instead of
 * once per school (a national report has tens of thousands of failing
 * schools, and formatting the same thresholds again for each was a
 * tenth of an evaluation). */
struct edubal__school_reason_parts {
	const edubal_standard *std;
	enum edubal__section section;
	bool ready;                    /* false: not made yet */
	struct edubal__piece head_zh, head_en;   /* level name and " " */
	/* After the count of indicators met, up to the shortfalls. */
	char tail_zh[192], tail_en[192];
	size_t tail_zh_len, tail_en_len;
	/* Per indicator: names and the threshold as "%g" (NULL: out of
	 * memory, then formatted per school). */
	struct edubal__shortfall_part {
		struct edubal__piece name_zh, name_en;
		char threshold[32];
		size_t threshold_len;
	} *indicators;
};

/* Start parts for the failing schools of section s; nothing is made until
 * the first one.  Free with edubal__school_reason_parts_free. */
void edubal__school_reason_parts_init(struct edubal__school_reason_parts *p,
	const edubal_standard *std, enum edubal__section s);
void edubal__school_reason_parts_free(struct edubal__school_reason_parts *p);

/* The reason of a school failing the resource rule; parts are those of
 * its section. */
edubal_status edubal__reason_school(struct edubal__county_result *c,
	struct edubal__school_reason_parts *parts,
	const struct edubal__school_result *sr);
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
