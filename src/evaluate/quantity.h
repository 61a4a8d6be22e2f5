/*
 * src/evaluate/quantity.h - evaluate a profile's quantities (column
 * expressions and aggregates) and conditions for one county, school,
 * school section or row.
 */
#ifndef EDUBAL_SRC_EVALUATE_QUANTITY_H
#define EDUBAL_SRC_EVALUATE_QUANTITY_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>

#include "../dataset/dataset.h"
#include "../standard/standard.h"
#include "columns.h"
#include "lookup.h"

struct edubal__programs;

/* Number of enum edubal_table_kind values. */
#define EDUBAL__TABLE_KINDS 5

/* Largest class per school and section, from classes.csv (NaN: none). */
struct edubal__class_maxima {
	double (*max)[EDUBAL__SECTION_COUNT]; /* per schools.csv row */
};

/* The rows of every table that belong to one county. */
struct edubal__county_rows {
	const struct edubal__frame *frames[EDUBAL__TABLE_KINDS]; /* NULL: absent */
	const size_t *rows[EDUBAL__TABLE_KINDS];
	size_t count[EDUBAL__TABLE_KINDS];
	bool has_county_row;              /* rows[COUNTIES] has one row */
	const struct edubal__class_maxima *classes; /* NULL: no classes.csv */
	const struct edubal__school_columns *schools; /* of frames[SCHOOLS] */
	struct edubal__lookup_cache *lookups; /* the evaluation's; may be NULL */
	/* The evaluation's compiled school rules (program.h); may be NULL. */
	const struct edubal__programs *programs;
};

/* Where a quantity's columns are read. */
struct edubal__scope_context {
	const struct edubal__frame *frame; /* the row's table; may be NULL */
	size_t row;
	bool is_school;
	enum edubal__school_type type;     /* is_school only */
	bool is_section;
	enum edubal__section section;      /* is_section only */
	const struct edubal__county_rows *county;
};

/* The context of row `row` of table `kind` (a school for schools.csv).
 * Inline and field by field: it is made for every school and item, and
 * for every row of an aggregate; the call and the memset showed. */
static inline void
edubal__row_context(const struct edubal__county_rows *county,
	enum edubal_table_kind kind, size_t row,
	struct edubal__scope_context *ctx)
{
	ctx->frame = county->frames[kind];
	ctx->row = row;
	ctx->is_school = kind == EDUBAL_TABLE_SCHOOLS;
	ctx->type = ctx->is_school ?
		edubal__school_type_of(county->schools, row) :
		(enum edubal__school_type) 0;
	ctx->is_section = false;
	ctx->section = (enum edubal__section) 0;
	ctx->county = county;
}

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

/*
 * A county's figures read with their columns found once per evaluation
 * (items.c keeps them), for quantities of numbers, columns, sums, ratios
 * and ceiling divisions: at national scale, finding each column by name
 * for every county and item was most of the county items' work.
 *
 * edubal__quantity_columns adds to *n the number of q's columns, storing
 * them as found in frame (bare, as a county reads them) at cols[*n...]
 * unless cols is NULL, in the order edubal__quantity_quick reads them;
 * false when q has a kind it does not know (an aggregate, a table).
 */
bool edubal__quantity_columns(const struct edubal__quantity *q,
	const struct edubal__frame *frame, const struct edubal__column **cols,
	size_t *n);

/* edubal__quantity_quick of a sum, ratio or ceiling division. */
bool edubal__quantity_quick_of(const struct edubal__quantity *q,
	const struct edubal__column *const **cols, size_t row, double *out);

/* q's value in row of that frame, reading its columns from *cols on (the
 * cursor moves past them): the arithmetic of edubal__quantity_eval in a
 * county's context, operation for operation.  false when a figure is
 * missing or the value undefined: then the general evaluator says why.
 * Inline for the columns and numbers most conditions compare. */
static inline bool
edubal__quantity_quick(const struct edubal__quantity *q,
	const struct edubal__column *const **cols, size_t row, double *out)
{
	if (q->kind == EDUBAL__Q_NUMBER) {
		*out = q->number;
		return true;
	}
	if (q->kind != EDUBAL__Q_COLUMN)
		return edubal__quantity_quick_of(q, cols, row, out);
	double v = edubal__cell_number(*(*cols)++, row);
	if (isnan(v))
		return false;
	*out = v;
	return true;
}

/* Whether a numeric cell of column name is given for the context's row,
 * read as the quantity evaluator reads it (value in *out). */
bool edubal__scope_number(const struct edubal__scope_context *ctx,
	const char *name, double *out);

/* The same for a column named by a string of the profile (a flag), looked
 * up once per evaluation (lookup.h). */
bool edubal__scope_flag_number(const struct edubal__scope_context *ctx,
	const char *flag, double *out);

#endif /* EDUBAL_SRC_EVALUATE_QUANTITY_H */
