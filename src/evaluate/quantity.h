/*
 * src/evaluate/quantity.h - evaluate a profile's quantities (column
 * expressions) for one county, school or school section.
 */
#ifndef EDUBAL_SRC_EVALUATE_QUANTITY_H
#define EDUBAL_SRC_EVALUATE_QUANTITY_H

#include <stdbool.h>
#include <stddef.h>

#include "../dataset/dataset.h"
#include "../standard/standard.h"

/* Largest class per school and section, from classes.csv (NaN: none). */
struct edubal__class_maxima {
	double (*max)[EDUBAL__SECTION_COUNT]; /* per schools.csv row */
};

/* Where a quantity's columns are read. */
struct edubal__scope_context {
	const struct edubal__frame *frame; /* counties or schools; may be NULL */
	size_t row;
	bool is_school;
	enum edubal__school_type type;     /* is_school only */
	bool is_section;
	enum edubal__section section;      /* is_section only */
	const struct edubal__class_maxima *classes; /* may be NULL */
};

enum edubal__quantity_state {
	EDUBAL__QUANTITY_OK,
	EDUBAL__QUANTITY_MISSING,   /* an input is not given */
	EDUBAL__QUANTITY_UNDEFINED  /* e.g. a ratio over zero */
};

struct edubal__quantity_value {
	enum edubal__quantity_state state;
	double value;
	char what[96];  /* MISSING: the column; UNDEFINED: why */
};

void edubal__quantity_eval(const struct edubal__quantity *q,
	const struct edubal__scope_context *ctx,
	struct edubal__quantity_value *out);

/* Whether a numeric cell of column name is given for the context's row,
 * read as the quantity evaluator reads it (value in *out). */
bool edubal__scope_number(const struct edubal__scope_context *ctx,
	const char *name, double *out);

#endif /* EDUBAL_SRC_EVALUATE_QUANTITY_H */
