/*
 * src/evaluate/report.h - private form of an evaluation report, written by
 * the evaluate module and read by the renderers in src/io/.
 */
#ifndef EDUBAL_SRC_EVALUATE_REPORT_H
#define EDUBAL_SRC_EVALUATE_REPORT_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <edubal/evaluate.h>

#include "../standard/standard.h"
#include "../util/arena.h"

/* Three-valued truth: a rule holds, fails, or cannot be judged yet. */
enum edubal__truth {
	EDUBAL__FALSE = 0,
	EDUBAL__TRUE = 1,
	EDUBAL__UNKNOWN = 2
};

/* AND of three-valued truths: false wins, then unknown.  Inline: it is
 * called for every school, item and condition. */
static inline enum edubal__truth
edubal__truth_and(enum edubal__truth a, enum edubal__truth b)
{
	if (a == EDUBAL__FALSE || b == EDUBAL__FALSE)
		return EDUBAL__FALSE;
	if (a == EDUBAL__UNKNOWN || b == EDUBAL__UNKNOWN)
		return EDUBAL__UNKNOWN;
	return EDUBAL__TRUE;
}

struct edubal__indicator_result {
	bool computed;        /* false: an input is missing or the CV undefined */
	double mean, sd, cv;
	bool has_limit;
	double limit;
	enum edubal__truth pass;
};

struct edubal__level_result {
	enum edubal__section section;
	size_t schools;
	double students;
	size_t schools_failing;
	bool has_composite;
	double composite_cv;
	enum edubal__truth pass;
	struct edubal__indicator_result *indicators; /* standard->indicator_count */
};

enum edubal__item_value_kind {
	EDUBAL__ITEM_NULL,
	EDUBAL__ITEM_BOOL,
	EDUBAL__ITEM_NUMBER
};

/* 32 bytes: a national report holds 25 for each of 2,850 counties. */
struct edubal__item_result {
	double value;         /* number, or 0/1 for a bool */
	double threshold;
	char *reason;         /* English detail; NULL when there is none */
	unsigned char value_kind;  /* enum edubal__item_value_kind */
	unsigned char pass;        /* enum edubal__truth */
	bool has_threshold;
};

/* What a reason is about: its code and zh/en messages are written from
 * these facts and the report (src/evaluate/reasons.c) only when asked.
 * A national report has tens of thousands of failing schools, and making
 * their texts during the evaluation was a quarter of it. */
enum edubal__reason_kind {
	EDUBAL__REASON_GIVEN,        /* texts made when added (county items) */
	EDUBAL__REASON_SCHOOL,       /* a school fails the k-of-n rule */
	EDUBAL__REASON_CV,           /* a CV over its limit */
	EDUBAL__REASON_COMPOSITE,    /* the composite CV over its limit */
	EDUBAL__REASON_MISSING,      /* schools lack an indicator's inputs */
	EDUBAL__REASON_UNDEFINED_CV, /* an indicator's mean is 0 */
	EDUBAL__REASON_NO_SCHOOLS    /* a level without schools */
};

/* A reason's three texts, in one allocation with the strings after it. */
enum edubal__reason_part {
	EDUBAL__REASON_CODE,
	EDUBAL__REASON_ZH,
	EDUBAL__REASON_EN
};

struct edubal__reason_texts {
	const char *text[3];          /* by enum edubal__reason_part */
};

struct edubal__reason {
	unsigned char kind;           /* enum edubal__reason_kind */
	unsigned char section;        /* enum edubal__section */
	unsigned indicator;           /* CV, MISSING, UNDEFINED_CV */
	union {
		size_t school;            /* SCHOOL: index into report->schools */
		struct {
			size_t count;         /* schools lacking the inputs */
			size_t first;         /* the first of them, as school */
		} missing;
		struct {
			double value, limit;  /* CV, COMPOSITE */
		} cv;
	} u;
	/* GIVEN: the texts; others: NULL until the public accessors first
	 * ask, then made once (compare-and-swap: two threads may read one
	 * report) and freed with the report. */
	_Atomic(struct edubal__reason_texts *) texts;
};

struct edubal__county_result {
	char *county_id;
	char *name;           /* NULL if counties.csv gives none */
	char *city;           /* counties.csv city, or NULL */
	char *province;       /* counties.csv province, or NULL */
	struct edubal__level_result *levels;
	size_t level_count;
	struct edubal__item_result *items;  /* standard->item_count */
	struct edubal__reason *reasons;
	size_t reason_count, reason_cap;
	enum edubal_verdict verdict;
};

/* One assessed section of one school (a "school" of its level, SPEC §2.3). */
/* 32 bytes: a national report holds some 240,000. */
struct edubal__school_result {
	/* school_id and indicators live in the report's school_arena. */
	char *school_id;
	double *indicators;   /* standard->indicator_count, NaN = not given */
	double students;
	uint32_t county;      /* index into counties (edubal_evaluate: < 2^32) */
	unsigned char section;  /* enum edubal__section */
	unsigned char pass;     /* enum edubal__truth */
	uint16_t met;         /* indicators met (edubal_evaluate: < 2^16) */
};

struct edubal_report {
	edubal_standard *standard;   /* the report's own copy */
	struct edubal__county_result *counties;
	size_t county_count;
	struct edubal__school_result *schools;
	size_t school_count, school_cap;
	/* The indicators of the first school_cap schools, one block in the
	 * arena (NULL: each school's are allocated apart). */
	double *indicator_block;
	/* The schools' indicators and ids: freed together with the report. */
	struct edubal__arena school_arena;
	/* Numbers of the failing schools' messages that depend only on the
	 * standard, formatted with the first such school (reasons.h). */
	struct edubal__reason_numbers *reason_numbers;
};

/* A new reason of kind at the end of c's, its facts zero and its texts
 * NULL, for the caller to fill in; NULL when out of memory. */
struct edubal__reason *edubal__county_new_reason(
	struct edubal__county_result *c, enum edubal__reason_kind kind,
	enum edubal__section section);

#endif /* EDUBAL_SRC_EVALUATE_REPORT_H */
