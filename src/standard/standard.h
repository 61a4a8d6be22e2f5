/*
 * src/standard/standard.h - private form of a parsed profile, read by the
 * evaluate module.  Every number of a standard lives here, loaded from the
 * profile's JSON; nothing in C restates one.
 */
#ifndef EDUBAL_SRC_STANDARD_STANDARD_H
#define EDUBAL_SRC_STANDARD_STANDARD_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>

#include <edubal/standard.h>
#include <edubal/stats.h>

#include "../dataset/dataset.h"

enum edubal__cmp {
	EDUBAL__LE, /* <= */
	EDUBAL__LT, /* <  */
	EDUBAL__GE, /* >= */
	EDUBAL__GT, /* >  */
	EDUBAL__EQ, /* == */
	EDUBAL__IN  /* left is one of the condition's set (JSON "in") */
};

const char *edubal__cmp_text(enum edubal__cmp op);
bool edubal__cmp_holds(enum edubal__cmp op, double left, double right);

struct edubal__condition;

/* A number computed from columns: a small expression tree. */
enum edubal__quantity_kind {
	EDUBAL__Q_NUMBER,     /* number */
	EDUBAL__Q_COLUMN,     /* column (a section scope appends _<section>) */
	EDUBAL__Q_SUM,        /* args[0] + ... + args[n-1] */
	EDUBAL__Q_RATIO,      /* args[0] / args[1] */
	EDUBAL__Q_CEIL_DIV,   /* ceil(args[0] / number) */
	EDUBAL__Q_BY_SECTION, /* table[section], else fallback */
	EDUBAL__Q_BY_TYPE,    /* table[school type], else fallback */
	/*
	 * Aggregates over the rows of table `of` that belong to the county
	 * (classes through their school) and satisfy every `where` condition,
	 * each evaluated in that row's context:
	 */
	EDUBAL__Q_TOTAL,      /* sum of args[0] over those rows */
	EDUBAL__Q_COUNT,      /* number of those rows */
	EDUBAL__Q_MIN_CHANGE  /* smallest year-on-year change of args[0] over
	                         those rows ordered by their "year" column
	                         (≥ 0 means never fell; needs 2 rows) */
};

struct edubal__quantity {
	enum edubal__quantity_kind kind;
	double number;
	char *column;
	struct edubal__quantity *args;
	size_t arg_count;
	double table[EDUBAL__TYPE_COUNT]; /* indexed by section or type */
	bool in_table[EDUBAL__TYPE_COUNT];
	double fallback;
	bool has_fallback;
	enum edubal_table_kind of;           /* TOTAL, COUNT, MIN_CHANGE */
	struct edubal__condition *where;     /* row filters, all must hold */
	size_t where_count;
};

/* One test of an item: a boolean flag column, or left OP right. */
struct edubal__condition {
	char *flag;     /* non-NULL: flag column that must equal expect */
	bool expect;
	struct edubal__quantity left, right;
	enum edubal__cmp op;
	double *set;    /* EDUBAL__IN: the allowed values (enum words mapped
	                   to their numbers), right unused */
	size_t set_count;
	char **set_words; /* EDUBAL__IN: set[i] as the profile wrote it (the
	                     word, or the number's text), for messages */
};

enum edubal__scope {
	EDUBAL__SCOPE_COUNTY,  /* counties.csv figures */
	EDUBAL__SCOPE_SCHOOL,  /* every assessed school must hold */
	EDUBAL__SCOPE_SECTION  /* every assessed section of every school */
};

struct edubal__item {
	char *key;
	char *part;            /* assurance, quality, recognition, veto, ... */
	char *name_zh, *name_en;
	enum edubal__scope scope;
	struct edubal__condition *conditions; /* all must hold */
	size_t condition_count;
	/* Applicability, in the same scope: where any does not hold the
	 * item (or, in school scope, that school) is not concerned and
	 * passes; e.g. a resource room only where >= 5 disabled students. */
	struct edubal__condition *when;
	size_t when_count;
	/* false: a statistic, reported with its value but not judged and
	 * not part of the verdict (JSON "judged": false, "value": Q). */
	bool judged;
	struct edubal__quantity value;        /* the statistic's value */
	bool has_value;
};

/* A rollup target: the share of counties that should pass by a year. */
struct edubal__target {
	char *standard;   /* profile id the target is about ("" = this one) */
	int year;
	double share;     /* in [0, 1]; NaN when the plan leaves it blank */
};

enum edubal__basis {
	EDUBAL__BASIS_SECTION, /* <resource>_<section> per section */
	EDUBAL__BASIS_SHARED   /* school-wide, split by weighted students */
};

struct edubal__indicator {
	char *key;
	char *name_zh, *name_en;
	char *resource;
	enum edubal__basis basis;
	double scale;                                /* 100 for per-100 */
	double threshold[EDUBAL__SECTION_COUNT];
	bool has_threshold[EDUBAL__SECTION_COUNT];
};

/* A limit per level on a CV or composite CV. */
struct edubal__cv_rule {
	bool judged;                  /* false: reported for information */
	double limit[EDUBAL__SECTION_COUNT];
	bool has_limit[EDUBAL__SECTION_COUNT];
	enum edubal__cmp op;
	int round_digits;             /* -1: compare unrounded */
	enum edubal_cv_method method;
};

struct edubal_standard {
	char *id, *parent, *name_zh, *name_en, *source;
	int year;
	char *json;                   /* merged profile, for to_json */
	char *parent_json;            /* parent's merged profile, or NULL */

	bool level[EDUBAL__SECTION_COUNT];   /* levels assessed */
	double split[EDUBAL__TYPE_COUNT][EDUBAL__SECTION_COUNT];
	bool has_split[EDUBAL__TYPE_COUNT];
	bool excluded_type[EDUBAL__TYPE_COUNT];
	double teaching_points_under; /* exclude teaching points below this */

	struct edubal__indicator *indicators;
	size_t indicator_count;
	int min_met;                  /* indicators a school must meet */
	double floor_fraction;        /* every unmet one >= this × threshold */
	bool all_schools;             /* every school must pass */
	struct edubal__cv_rule cv;
	struct edubal__cv_rule composite;

	struct edubal__item *items;
	size_t item_count;

	struct edubal__target *targets;
	size_t target_count;

	/* Owners besides the first: a standard is never changed once built,
	 * so a report shares its caller's (edubal__standard_clone) instead of
	 * building a copy from the JSON; edubal_standard_free frees it when
	 * the last owner lets go.  Atomic: a standard may be used and freed
	 * from several threads. */
	atomic_size_t other_owners;
};

/* The same standard for one more owner (a report keeps it while it
 * lives): shared, not copied.  Re-parsing the profile's JSON for every
 * evaluation cost 2.8 M instructions, most of an evaluation of one county
 * (the planner evaluates repeatedly). */
edubal_status edubal__standard_clone(const edubal_standard *standard,
	edubal_standard **out, edubal_error *err);

/* Whether school type t is left out of the resource assessment. */
bool edubal__standard_excludes(const edubal_standard *standard,
	enum edubal__school_type t, double students);

#endif /* EDUBAL_SRC_STANDARD_STANDARD_H */
