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
 * A program tells, for the quantities it knows (numbers, columns, sums,
 * ratios, ceiling divisions, by-section and by-type tables), exactly
 * whether the general evaluator would find a school true, with the same
 * arithmetic; it does not tell false from unknown, which only the
 * general evaluator's second look needs.  An item using anything else
 * (an aggregate over a county's rows) gets no program and is judged as
 * before.
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
	/* A school's value when the cell is not given, by school type: 0
	 * for a section the type does not have, else NaN (not given). */
	double absent[EDUBAL__TYPE_COUNT];
};

/* A node's slot when it is read once: its values are not kept. */
#define EDUBAL__PROGRAM_NO_SLOT ((size_t) -1)

/* A quantity node.  Equal nodes of all the programs are one (the same
 * column, the same sum of the same columns, ...), so that a node read by
 * several conditions or items gets a slot, where a chunk keeps its
 * values once computed in a scope (program.c). */
struct edubal__program_node {
	const struct edubal__quantity *q;     /* the first of its equals */
	struct edubal__program_column at[EDUBAL__PROGRAM_SCOPES]; /* COLUMN */
	const struct edubal__program_node *const *args; /* arg_count */
	size_t arg_count;
	size_t uses;    /* conditions and nodes that read it */
	size_t slot;    /* uses > 1: its kept values; else NO_SLOT */
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
	struct edubal__program_condition *conditions; /* owned: when, then all */
};

/* The programs of a standard's items, by item index; NULL where an item
 * is judged by county or uses what a program does not know. */
struct edubal__programs {
	struct edubal__program **of;
	size_t count;
	/* The nodes of every program, each once, and their arguments. */
	struct edubal__program_node *nodes;         /* owned */
	const struct edubal__program_node **args;   /* owned */
	size_t node_count, arg_count;
	size_t slot_count;  /* nodes with a slot: read more than once */
	/* Per item with a program, per row of schools.csv: in how many of
	 * the scopes judge_school() of items.c judges (the bare school, or
	 * each section of the profile's levels that the school has) the
	 * item is not certainly true; 0 for a school not assessed.  Set by
	 * edubal__programs_judge. */
	unsigned char **failing;
};

/* Compile the school- and section-scope items of std against the schools
 * frame (may be NULL: then no item gets a program).  EDUBAL_ENOMEM leaves
 * programs to be freed. */
edubal_status edubal__programs_build(struct edubal__programs *programs,
	const edubal_standard *std, const struct edubal__frame *schools);

void edubal__programs_free(struct edubal__programs *programs);

/* The schools a program judges at once: rows [first, first + n) of the
 * schools frame, read bare or in one section.  Every row of a chunk is
 * judged, straight along the columns; the schools not assessed, or
 * without the section, are not counted (edubal__programs_judge). */
struct edubal__program_batch {
	size_t first, n;
	/* the enum edubal__school_type of each (always < TYPE_COUNT) */
	const unsigned char *types;
	int section;                    /* -1: bare, else the section judged */
	const struct edubal__class_maxima *classes;  /* NULL: no classes.csv */
};

/*
 * Judge every assessed school of the schools frame (rows rows, read
 * through cols; classes NULL without classes.csv) by every program, in
 * row order and in chunks, and fill programs->failing.  A school's count
 * is 0 exactly when judge_school() would find the item true for it, and
 * otherwise the number of its scopes judge_school() finds not true: the
 * arithmetic is the general evaluator's, operation for operation.
 */
edubal_status edubal__programs_judge(struct edubal__programs *programs,
	const edubal_standard *std, const struct edubal__school_columns *cols,
	const struct edubal__class_maxima *classes, size_t rows);

/*
 * edubal_evaluate(), with compile false judging every school through the
 * general evaluator only: the reference the programs are tested against
 * (tests/unit/test_program.c).
 */
edubal_status edubal__evaluate_with(const edubal_standard *standard,
	const edubal_dataset *dataset, bool compile, edubal_report **out_report,
	edubal_error *err);

#endif /* EDUBAL_SRC_EVALUATE_PROGRAM_H */
