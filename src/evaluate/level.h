/*
 * src/evaluate/level.h - per-level statistics and verdict (SPEC §1, §2.2).
 */
#ifndef EDUBAL_SRC_EVALUATE_LEVEL_H
#define EDUBAL_SRC_EVALUATE_LEVEL_H

#include <stddef.h>

#include "report.h"

/* Fill the levels of county county_index from its school results
 * schools[0..count) and add reasons for what fails or is missing. */
edubal_status edubal__evaluate_levels(edubal_report *report,
	size_t county_index, const struct edubal__school_result *schools,
	size_t count, edubal_error *err);

#endif /* EDUBAL_SRC_EVALUATE_LEVEL_H */
