/*
 * src/evaluate/items.h - county items: assurance, quality, recognition,
 * vetoes and whatever parts a profile defines (SPEC §2.4–§2.6).
 */
#ifndef EDUBAL_SRC_EVALUATE_ITEMS_H
#define EDUBAL_SRC_EVALUATE_ITEMS_H

#include <stddef.h>

#include "quantity.h"
#include "report.h"

/* The data an item of one county is judged on. */
struct edubal__county_inputs {
	const struct edubal__frame *counties; /* NULL: no counties.csv */
	size_t county_row;                    /* valid if has_county_row */
	bool has_county_row;
	const struct edubal__frame *schools;
	const size_t *school_rows;            /* the county's schools */
	size_t school_count;
	const struct edubal__class_maxima *classes; /* may be NULL */
};

edubal_status edubal__evaluate_items(edubal_report *report,
	size_t county_index, const struct edubal__county_inputs *in,
	edubal_error *err);

#endif /* EDUBAL_SRC_EVALUATE_ITEMS_H */
