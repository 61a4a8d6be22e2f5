/*
 * src/evaluate/reasons.h - reason codes and zh/en messages of a verdict.
 *
 * Codes are stable strings a program can match:
 *   resource.<level>.school.<school_id>    a school fails the k-of-n rule
 *   resource.<level>.cv.<indicator>        a CV over its limit
 *   resource.<level>.composite             the composite over its limit
 *   item.<key> / veto.<key>                a county item or veto fails
 *   missing.<...>                          an input needed for a rule
 *
 * The evaluation records what each reason is about (struct edubal__reason
 * in report.h); the texts are written from that record and the report
 * only when a renderer or an accessor asks, by edubal__reason_write, so
 * that every output shares one wording.
 */
#ifndef EDUBAL_SRC_EVALUATE_REASONS_H
#define EDUBAL_SRC_EVALUATE_REASONS_H

#include "../util/fmtg.h"
#include "../util/strbuf.h"
#include "report.h"

/* The numbers of a failing school's message that are the same for every
 * school: formatted once per report instead of in every message (a
 * national report has tens of thousands). */
struct edubal__reason_numbers {
	char min_met[24], floor[EDUBAL__FMTG_SIZE];
	size_t min_met_len, floor_len;
	struct edubal__reason_number {
		char text[EDUBAL__FMTG_SIZE];
		size_t len;
	} threshold[];  /* [section * indicator_count + indicator], "%g" */
};

/* Record a reason of county c of report; EDUBAL_ENOMEM when out of
 * memory.  school and first_school are indexes into report->schools. */
edubal_status edubal__reason_school(edubal_report *report,
	struct edubal__county_result *c, enum edubal__section s, size_t school);
edubal_status edubal__reason_cv(struct edubal__county_result *c,
	enum edubal__section s, size_t indicator, double cv, double limit);
edubal_status edubal__reason_composite(struct edubal__county_result *c,
	enum edubal__section s, double composite, double limit);
edubal_status edubal__reason_missing_indicator(
	struct edubal__county_result *c, enum edubal__section s,
	size_t indicator, size_t missing, size_t first_school);
edubal_status edubal__reason_undefined_cv(struct edubal__county_result *c,
	enum edubal__section s, size_t indicator);
edubal_status edubal__reason_no_schools(struct edubal__county_result *c,
	enum edubal__section s);

/* An item that fails (FALSE) or cannot be judged (UNKNOWN); detail is the
 * English description of what failed or is missing.  Its texts are made
 * at once: a county has few items, and the details are the caller's. */
edubal_status edubal__reason_item(struct edubal__county_result *c,
	const struct edubal__item *item, enum edubal__truth pass,
	const char *detail_zh, const char *detail_en);

/* Append one part (code, zh or en message) of reason r of report to b.
 * A failed allocation is remembered in b, as strbuf does. */
void edubal__reason_write(const edubal_report *report,
	const struct edubal__reason *r, enum edubal__reason_part part,
	struct edubal__strbuf *b);

/* One part of r as a string: the stored text when r has its texts, else
 * written into scratch (its contents replaced; the string lives until
 * scratch is used again; the caller frees scratch->data).  NULL when out
 * of memory.  For renderers, which need each text once and should not
 * keep them all alive. */
const char *edubal__reason_string(const edubal_report *report,
	const struct edubal__reason *r, enum edubal__reason_part part,
	struct edubal__strbuf *scratch);

/* r's texts, made on first call and kept by the report until it is freed
 * (NULL when out of memory).  Safe when several threads ask for the same
 * reason of one report at once: each may make a copy, one wins a
 * compare-and-swap, the others free theirs, and all get the winner's. */
const struct edubal__reason_texts *edubal__reason_texts(
	const edubal_report *report, struct edubal__reason *r);

#endif /* EDUBAL_SRC_EVALUATE_REASONS_H */
