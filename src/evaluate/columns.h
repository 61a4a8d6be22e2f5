/*
 * src/evaluate/columns.h - the schools.csv columns that an evaluation
 * reads for every school, found once per evaluation instead of by name on
 * every cell, and whether each school takes part.
 */
#ifndef EDUBAL_SRC_EVALUATE_COLUMNS_H
#define EDUBAL_SRC_EVALUATE_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

#include "../dataset/dataset.h"
#include "../standard/standard.h"

/* The standard of one indicator at one level, for the school rule
 * (SPEC §2.2): met from value, and no unmet one below lowest. */
struct edubal__threshold {
	size_t indicator;
	double value;
	double lowest;    /* floor_fraction * value */
};

/* Borrowed from the frame; NULL where schools.csv lacks the column (or
 * there is no schools.csv).  Read-only once built. */
struct edubal__school_columns {
	const struct edubal__column *type, *school_id;
	const struct edubal__column *students[EDUBAL__SECTION_COUNT];
	/* per indicator of the standard: <resource> and <resource>_<section> */
	const struct edubal__column **whole;
	const struct edubal__column *(*own)[EDUBAL__SECTION_COUNT];
	bool *assessed;   /* owned, per schools.csv row: the school takes part */
	unsigned char *types;  /* owned, per row: its enum edubal__school_type */
	/* owned, per row: bit s set when its section s counts as a school of
	 * its level (SPEC §2.3: it takes part, s is a level, with students) */
	unsigned char *sections;
	size_t assessed_sections;  /* school results an evaluation makes */
	/* owned, per level: the indicators with a threshold there, in
	 * order; prepared here once, not for every school */
	struct edubal__threshold *thresholds[EDUBAL__SECTION_COUNT];
	size_t threshold_count[EDUBAL__SECTION_COUNT];
};

/* Find the columns of schools (may be NULL) that std reads and decide
 * which schools take part.  EDUBAL_ENOMEM leaves cols to be freed. */
edubal_status edubal__school_columns_init(struct edubal__school_columns *cols,
	const edubal_standard *std, const struct edubal__frame *schools);

void edubal__school_columns_free(struct edubal__school_columns *cols);

/* The school type of schools.csv row (a required column).  Inline, and
 * kept as a byte per row: read for every school, scope and item. */
static inline enum edubal__school_type
edubal__school_type_of(const struct edubal__school_columns *cols, size_t row)
{
	return (enum edubal__school_type) cols->types[row];
}

#endif /* EDUBAL_SRC_EVALUATE_COLUMNS_H */
