/*
 * src/evaluate/items.h - county items: assurance, quality, recognition,
 * vetoes, statistics and whatever parts a profile defines (SPEC §2.4–§6).
 */
#ifndef EDUBAL_SRC_EVALUATE_ITEMS_H
#define EDUBAL_SRC_EVALUATE_ITEMS_H

#include <stddef.h>

#include "quantity.h"
#include "report.h"

edubal_status edubal__evaluate_items(edubal_report *report,
	size_t county_index, const struct edubal__county_rows *county,
	edubal_error *err);

#endif /* EDUBAL_SRC_EVALUATE_ITEMS_H */
