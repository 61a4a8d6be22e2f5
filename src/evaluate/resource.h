/*
 * src/evaluate/resource.h - the resource part of an evaluation (SPEC §2.1
 * to §2.3): indicators per school section, the k-of-n rule, and per-level
 * means, SDs and CVs.
 */
#ifndef EDUBAL_SRC_EVALUATE_RESOURCE_H
#define EDUBAL_SRC_EVALUATE_RESOURCE_H

#include <stddef.h>

#include "columns.h"
#include "report.h"

/*
 * Evaluate the schools rows[0..row_count) of county county_index, read
 * through the columns found for the report's standard: append their
 * school results to the report and fill the county's levels and reasons.
 */
edubal_status edubal__evaluate_resources(edubal_report *report,
	size_t county_index, const struct edubal__school_columns *schools,
	const size_t *rows, size_t row_count, edubal_error *err);

/* Chinese and English names of a level: "小学" / "primary". */
const char *edubal__level_name(enum edubal__section s, const char *lang);

#endif /* EDUBAL_SRC_EVALUATE_RESOURCE_H */
