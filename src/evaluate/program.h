/*
 * src/evaluate/program.h - a profile's school rules compiled for one
 * evaluation.
 *
 * A school- or section-scope item is judged for every school of the
 * country: some 200,000 schools, each through several conditions.  The
 * general evaluator (quantity.c, condition.c) finds columns through the
 * lookup cache, carries a message buffer in every value and builds the
 * texts that describe a failure; at national scale that was a third of an
 * evaluation, although nearly every school passes.  A program resolves
 * every column of an item once per evaluation, for each scope it can be
 * read in, and judges a school with numbers only.  Only a school that
 * does not certainly pass goes through the general evaluator, which
 * judges it again and describes why, so reports are the same bytes.
 *
 * A program answers exactly the general evaluator's truth (true, false,
 * unknown) for the quantities it knows: numbers, columns, sums, ratios,
 * ceiling divisions and by-section and by-type tables.  An item using
 * anything else (an aggregate over a county's rows) gets no program and
 * is judged as before.
 */
#ifndef EDUBAL_SRC_EVALUATE_PROGRAM_H
#define EDUBAL_SRC_EVALUATE_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>

#include "../dataset/dataset.h"
#include "../standard/standard.h"
#include "quantity.h"
#include "report.h"

/* Scopes a quantity is read in: bare (index 0) or a section (1 + s). */
enum { EDUBAL__PROGRAM_SCOPES = 1 + EDUBAL__SECTION_COUNT };

/* A column as read in one scope: what lookup.c works out, copied. */
struct edubal__program_column {
	const struct edubal__column *column;  /* NULL: no such column */
	int name_section;     /* section named by the name's suffix, or -1 */
	bool class_max;       /* max_class_size_<section>: classes.csv first */
};

/* A quantity node; args are the following nodes of the same array. */
struct edubal__program_node {
	const struct edubal__quantity *q;     /* the profile's, for numbers */
	struct edubal__program_column at[EDUBAL__PROGRAM_SCOPES]; /* COLUMN */
	const struct edubal__program_node *args;
	size_t arg_count;
};

struct edubal__program_condition {
	const struct edubal__condition *cond;
	const struct edubal__program_node *left, *right; /* NULL for a flag */
	struct edubal__program_column flag;  /* a flag's column, bare */
};

struct edubal__program {
	const struct edubal__program_condition *when, *all;
	size_t when_count, all_count;
	size_t depth;   /* values a school needs while a condition is judged */
	struct edubal__program_node *nodes;          /* owned */
	struct edubal__program_condition *conditions; /* owned: when, then all */
};

/* The programs of a standard's items, by item index; NULL where an item
 * is judged by county or uses what a program does not know. */
struct edubal__programs {
	struct edubal__program **of;
	size_t count;
};

/* Compile the school- and section-scope items of std against the schools
 * frame (may be NULL: then no item gets a program).  EDUBAL_ENOMEM leaves
 * programs to be freed. */
edubal_status edubal__programs_build(struct edubal__programs *programs,
	const edubal_standard *std, const struct edubal__frame *schools);

void edubal__programs_free(struct edubal__programs *programs);

/* The schools a program judges at once: the assessed schools of one
 * county, read bare or in one section. */
struct edubal__program_batch {
	const size_t *rows;             /* rows of the schools frame */
	const enum edubal__school_type *types;  /* the type of each */
	size_t n;
	int section;                    /* -1: bare, else the section judged */
	const struct edubal__class_maxima *classes;  /* NULL: no classes.csv */
};

struct edubal__program_scratch_batch {
	struct edubal__program_batch batch;
	size_t *rows;
	enum edubal__school_type *types;
	size_t *index;        /* the position of each school in the county */
	size_t cap;
};

/* Working memory of the judging functions, reused from county to county
 * (one evaluation's; never shared between threads). */
struct edubal__program_scratch {
	/* the county's assessed schools, bare [0] and per section [1 + s] */
	struct edubal__program_scratch_batch batches[EDUBAL__PROGRAM_SCOPES];
	size_t rows;          /* the county's rows of schools.csv */
	bool ready;
	double *values;
	size_t value_cap;
	bool *flags, *passes;
	size_t flag_cap, pass_cap;
};

void edubal__program_scratch_free(struct edubal__program_scratch *s);

/* Gather the county's assessed schools, for the sections of levels, for
 * the edubal__program_judge_county calls of its items. */
edubal_status edubal__program_county_begin(struct edubal__program_scratch *s,
	const struct edubal__county_rows *county, const bool *levels);

/*
 * Whether each of the county's schools (rows of schools.csv, in the
 * order of county->rows) certainly passes a school- or section-scope
 * item, in (*out)[0..n) (the scratch's memory, valid until the next
 * call): true exactly when judge_school() of items.c would find the item
 * true for it, judged in each section of levels that the school has for
 * a section-scope item.  Schools that are not assessed are true.
 */
edubal_status edubal__program_judge_county(const struct edubal__program *p,
	const struct edubal__item *item, const bool *levels,
	struct edubal__program_scratch *s, const bool **out);

/*
 * edubal_evaluate(), with compile false judging every school through the
 * general evaluator only: the reference the programs are tested against
 * (tests/unit/test_program.c).
 */
edubal_status edubal__evaluate_with(const edubal_standard *standard,
	const edubal_dataset *dataset, bool compile, edubal_report **out_report,
	edubal_error *err);

#endif /* EDUBAL_SRC_EVALUATE_PROGRAM_H */
