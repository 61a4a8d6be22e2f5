/*
 * edubal/plan.h - the gap-closing planner (SPEC §7.7): the cheapest
 * school-by-school additions of teachers, m², 元 and rooms that make a
 * county pass the resource part of a standard (SPEC §2.2).
 *
 * Inputs: a standard, a dataset, and an edubal_plan_inputs handle with a
 * unit cost for every resource the standard's indicators read (a costs
 * file or edubal_plan_inputs_set_cost()) and optional per-school limits on
 * how much of a resource may be added (a limits file or
 * edubal_plan_inputs_set_limit()).
 *
 * The plan is made in three steps, per county (docs/plan.md):
 *   1. every failing school gets the cheapest additions that satisfy the
 *      k-of-n + floor rule of the profile (6 of 7 and 85% in 2017),
 *      trying every choice of the indicators left below standard;
 *   2. while a CV exceeds its limit, resources are added, one lot at a
 *      time, where that CV falls most per 元 of cost;
 *   3. the additions are applied to a copy of the dataset, which is
 *      evaluated with edubal_evaluate(): the resource part of every
 *      planned county must pass, or edubal_plan_compute() fails.
 *
 * Additions are whole units of each resource's step (1 teacher, 1 m²,
 * 1 元, 1 room by default).  An added teacher of a kind (qualified,
 * backbone, PE/art) counts in that kind's column and in teachers_<section>
 * only: it raises one indicator.
 *
 * A plan keeps no reference to what it was computed from: the standard,
 * the dataset and the inputs may be freed or changed once
 * edubal_plan_compute() returns.
 *
 * Thread safety: a plan and its inputs may be read by several threads at
 * once; changing inputs needs exclusive access.
 */
#ifndef EDUBAL_PLAN_H
#define EDUBAL_PLAN_H

#include <stddef.h>

#include <edubal/export.h>
#include <edubal/io.h>
#include <edubal/status.h>
#include <edubal/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Unit costs and per-school limits for a plan (opaque). */
typedef struct edubal_plan_inputs edubal_plan_inputs;

/** A computed gap-closing plan (opaque). */
typedef struct edubal_plan edubal_plan;

/** @return new empty inputs, or NULL when out of memory.  @since 0.4 */
EDUBAL_API edubal_plan_inputs *edubal_plan_inputs_new(void);

/** Free plan inputs; NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_plan_inputs_free(edubal_plan_inputs *inputs);

/**
 * Set the cost of one unit of @p resource, a schools.csv resource stem
 * such as "qualified_teachers", "sports_area" or "equipment_value",
 * replacing any earlier cost of that resource.
 * @param unit_cost 元 per unit; finite and > 0.
 * @param step the smallest addition in the resource's unit (1 teacher,
 *        1 m², 1 元, 1 room); finite and > 0.  Additions are whole
 *        multiples of it.
 * @param unit display name of the unit, e.g. "m²" (copied; may be NULL).
 * @retval EDUBAL_EINVAL NULL inputs or resource, a cost or step that is
 *         not finite and positive.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_inputs_set_cost(
	edubal_plan_inputs *inputs, const char *resource, double unit_cost,
	double step, const char *unit, edubal_error *err);

/**
 * Limit how much of @p resource may be added at school @p school_id
 * (summed over its sections), e.g. 0 m² of sports_area at a city-centre
 * school without land.  Replaces an earlier limit of the same pair.
 * @param max_addition in the resource's unit; finite and >= 0.
 * @retval EDUBAL_EINVAL NULL argument, a limit that is negative or not
 *         finite.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_inputs_set_limit(
	edubal_plan_inputs *inputs, const char *school_id, const char *resource,
	double max_addition, edubal_error *err);

/**
 * Read unit costs from a CSV file with columns resource, unit_cost and
 * optional step (default 1) and unit (docs/plan.md).
 * @retval EDUBAL_EIO the file cannot be read.
 * @retval EDUBAL_EDATA a bad cell or a resource given twice (the error
 *         names file, row, column and value).
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_inputs_read_costs(
	edubal_plan_inputs *inputs, const char *path, edubal_error *err);

/**
 * Read per-school limits from a CSV file with columns school_id, resource
 * and max_addition (docs/plan.md).  Schools and resources are checked
 * against the dataset and standard by edubal_plan_compute().
 * @retval EDUBAL_EIO the file cannot be read.
 * @retval EDUBAL_EDATA a bad cell or a pair given twice.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_inputs_read_limits(
	edubal_plan_inputs *inputs, const char *path, edubal_error *err);

/**
 * Make the cheapest plan (see the file comment) for every county of
 * @p dataset.  A county whose resource part already passes gets no
 * additions.
 * @param[out] out_plan new plan; free with edubal_plan_free().
 * @retval EDUBAL_EINVAL NULL argument; a resource without a unit cost;
 *         a profile that the planner cannot serve (a judged composite CV,
 *         two indicators on one resource).
 * @retval EDUBAL_EDATA a school lacks an input an indicator needs; a limit
 *         names an unknown school or resource; the limits leave no way to
 *         pass (the error names the school, section, indicator and limit,
 *         or the county, level and indicator whose CV cannot be lowered).
 * @retval EDUBAL_ENOMEM out of memory.
 * @retval EDUBAL_EINTERNAL the re-evaluation of step 3 still fails (a bug).
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_compute(const edubal_standard *standard,
	const edubal_dataset *dataset, const edubal_plan_inputs *inputs,
	edubal_plan **out_plan, edubal_error *err);

/** Free a plan; NULL is a no-op.  @since 0.4 */
EDUBAL_API void edubal_plan_free(edubal_plan *plan);

/**
 * The ordinary evaluation of the dataset with the plan's additions
 * applied (step 3): render it with edubal_report_render().
 * @return borrowed, valid until the plan is freed.
 * @since 0.4
 */
EDUBAL_API const edubal_report *edubal_plan_report(const edubal_plan *plan);

/** @return the number of counties planned.  @since 0.4 */
EDUBAL_API size_t edubal_plan_county_count(const edubal_plan *plan);

/** @return the id of county @p county (borrowed), or NULL if out of range.  @since 0.4 */
EDUBAL_API const char *edubal_plan_county_id(const edubal_plan *plan,
	size_t county);

/** Numbers of a county (edubal_plan_county_number()).  ABI, append only. */
enum edubal_plan_county_field {
	/** Total cost of the county's additions, 元. */
	EDUBAL_PLAN_COUNTY_COST = 0,
	/** 1 if the resource part passed before the plan, else 0 (also 0 for
	 *  a county without assessed schools, which has nothing to plan). */
	EDUBAL_PLAN_COUNTY_PASS_BEFORE = 1,
	/** 1 if it passes after (1 for every county with assessed schools). */
	EDUBAL_PLAN_COUNTY_PASS_AFTER = 2,
	/** Number of schools with additions. */
	EDUBAL_PLAN_COUNTY_SCHOOLS = 3
};

/**
 * A number of county @p county.
 * @retval EDUBAL_EINVAL NULL argument, @p county out of range, unknown
 *         field.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_county_number(const edubal_plan *plan,
	size_t county, enum edubal_plan_county_field field, double *out_value,
	edubal_error *err);

/**
 * The number of addition rows: one per school section and indicator whose
 * value the plan raises, in county, school (schools.csv) and profile
 * indicator order.
 * @since 0.4
 */
EDUBAL_API size_t edubal_plan_row_count(const edubal_plan *plan);

/** Text fields of an addition row.  ABI, append only. */
enum edubal_plan_text_field {
	EDUBAL_PLAN_COUNTY_ID = 0,   /**< county_id */
	EDUBAL_PLAN_SCHOOL_ID = 1,   /**< school_id */
	EDUBAL_PLAN_SECTION = 2,     /**< "primary", "junior" or "senior" */
	EDUBAL_PLAN_INDICATOR = 3,   /**< indicator key, e.g. "sports_area_per_student" */
	EDUBAL_PLAN_RESOURCE = 4,    /**< resource stem, e.g. "sports_area" */
	EDUBAL_PLAN_UNIT = 5         /**< the resource's unit ("" if not given) */
};

/** @return a text field of row @p row (borrowed), or NULL if out of range.  @since 0.4 */
EDUBAL_API const char *edubal_plan_row_text(const edubal_plan *plan,
	size_t row, enum edubal_plan_text_field field);

/** Numeric fields of an addition row.  ABI, append only. */
enum edubal_plan_number_field {
	EDUBAL_PLAN_CURRENT = 0,       /**< indicator value before the plan */
	EDUBAL_PLAN_TARGET = 1,        /**< indicator value after the plan */
	EDUBAL_PLAN_THRESHOLD = 2,     /**< the standard for the section */
	EDUBAL_PLAN_ADDITION = 3,      /**< units added to the resource */
	EDUBAL_PLAN_ADDITION_RULE = 4, /**< ... of which for the school rule (step 1) */
	EDUBAL_PLAN_ADDITION_CV = 5,   /**< ... of which for the CV limits (step 2) */
	EDUBAL_PLAN_COST = 6,          /**< addition × unit cost, 元 */
	/**
	 * 1 when the addition is a school-wide resource shared by several
	 * sections (SPEC §2.3): each section's row shows the same addition,
	 * counted once in the county totals.
	 */
	EDUBAL_PLAN_SHARED = 7
};

/**
 * A number of row @p row.
 * @retval EDUBAL_EINVAL NULL argument, @p row out of range, unknown field.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_row_number(const edubal_plan *plan,
	size_t row, enum edubal_plan_number_field field, double *out_value,
	edubal_error *err);

/**
 * The number of CV rows: one per county, assessed level and indicator.
 * @since 0.4
 */
EDUBAL_API size_t edubal_plan_cv_count(const edubal_plan *plan);

/**
 * CV row @p i: its county index, level ("primary", ...) and indicator key
 * (borrowed), and the CV before and after the plan (NaN when undefined)
 * and its limit (NaN when not judged).  Any out-pointer may be NULL.
 * @retval EDUBAL_EINVAL NULL plan or @p i out of range.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_cv(const edubal_plan *plan, size_t i,
	size_t *out_county, const char **out_level, const char **out_indicator,
	double *out_before, double *out_after, double *out_limit,
	edubal_error *err);

/**
 * Render a plan: EDUBAL_FORMAT_TEXT (@p lang "zh" or "en"),
 * EDUBAL_FORMAT_JSON or EDUBAL_FORMAT_CSV (docs/plan.md describes each).
 * @param[out] out_text new text; free with edubal_free().
 * @retval EDUBAL_EINVAL NULL argument, unknown format or language.
 * @since 0.4
 */
EDUBAL_API edubal_status edubal_plan_render(const edubal_plan *plan,
	enum edubal_report_format format, const char *lang, char **out_text,
	edubal_error *err);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_PLAN_H */
