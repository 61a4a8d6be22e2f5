/*
 * src/plan/plan.h - private form of the gap-closing planner (SPEC §7.7),
 * shared by the files of src/plan/ only.
 *
 * The planner works on a model of each assessed school: per indicator,
 * the dataset cells ("holders") whose amounts make the indicator of each
 * section, exactly as src/evaluate/resource.c reads them: a section's own
 * <resource>_<section> cell when given, else the school-wide <resource>
 * cell times the section's share of weighted students (SPEC §2.3).
 */
#ifndef EDUBAL_SRC_PLAN_PLAN_H
#define EDUBAL_SRC_PLAN_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include <edubal/plan.h>

#include "../dataset/dataset.h"
#include "../evaluate/report.h"
#include "../standard/standard.h"

/* ---- inputs (inputs.c) ---- */

struct edubal__plan_cost {
	char *resource;
	double unit_cost, step;
	char *unit;
};

struct edubal__plan_limit {
	char *school_id, *resource;
	double max_addition;
	char *source;   /* file name or "limits" */
	size_t row;     /* row number in messages, 0 for the API */
};

struct edubal_plan_inputs {
	struct edubal__plan_cost *costs;
	size_t cost_count;
	struct edubal__plan_limit *limits;
	size_t limit_count;
};

const struct edubal__plan_cost *edubal__plan_find_cost(
	const edubal_plan_inputs *in, const char *resource);

/* ---- the model (model.c) ---- */

/* Holder slots per indicator: school-wide, then one per section. */
#define EDUBAL__PLAN_WHOLE 0
#define EDUBAL__PLAN_SLOTS (1 + EDUBAL__SECTION_COUNT)

struct edubal__plan_holder {
	bool used;
	const char *column;  /* borrowed column name */
	double base;         /* amount in the dataset */
	double rule, cv;     /* added by step 1 and by step 2 */
};

struct edubal__plan_section {
	size_t result;       /* index into the before-report's schools */
	enum edubal__section section;
	double students;
	double share;        /* of school-wide resources (resource.c formula) */
};

struct edubal__plan_school {
	size_t row;          /* schools.csv row */
	const char *id;      /* borrowed from the report */
	size_t county;
	bool failing;        /* a section fails the school rule */
	size_t section_count;
	struct edubal__plan_section sections[EDUBAL__SECTION_COUNT];
	/* holders[i * EDUBAL__PLAN_SLOTS + slot] for indicator i */
	struct edubal__plan_holder *holders;
	/* slots[i * EDUBAL__SECTION_COUNT + k]: holder slot of section k */
	size_t *slots;
	/* limit per indicator (INFINITY: none) and the limit it came from */
	double *limit;
	const struct edubal__plan_limit **limit_from;
};

/* One indicator's cost data, resolved from the inputs. */
struct edubal__plan_resource {
	double unit_cost, step;
	char *unit;          /* owned copy of the cost's unit; "" if none */
};

struct edubal__plan_model {
	const edubal_standard *std;
	const edubal_report *before;
	const struct edubal__frame *frame;          /* schools.csv */
	struct edubal__plan_resource *resources;    /* per indicator */
	struct edubal__plan_school *schools;
	size_t school_count;
};

edubal_status edubal__plan_model_build(struct edubal__plan_model *m,
	const edubal_standard *std, const edubal_dataset *ds,
	const edubal_report *before, const edubal_plan_inputs *in,
	edubal_error *err);

void edubal__plan_model_free(struct edubal__plan_model *m);

static inline struct edubal__plan_holder *
edubal__plan_holder(const struct edubal__plan_school *s, size_t indicator,
	size_t slot)
{
	return &s->holders[indicator * EDUBAL__PLAN_SLOTS + slot];
}

/* The holder slot of section k of school s for indicator i. */
size_t edubal__plan_slot(const struct edubal__plan_school *s, size_t i,
	size_t k);

/* Indicator i of section k of s with extra units added to its holder on
 * top of what the plan has added so far (resource.c's arithmetic). */
double edubal__plan_value(const struct edubal__plan_model *m,
	const struct edubal__plan_school *s, size_t i, size_t k, double extra);

/* Units added so far to indicator i's resource at s (all holders). */
double edubal__plan_added(const struct edubal__plan_school *s, size_t i);

/* ---- step 1 (rule.c) and step 2 (cv.c) ---- */

edubal_status edubal__plan_rule_step(struct edubal__plan_model *m,
	edubal_error *err);

edubal_status edubal__plan_cv_step(struct edubal__plan_model *m,
	edubal_error *err);

/* Whether a CV holds the profile's CV rule for section s (level.c's
 * judgement: optional half-up rounding, then the comparator). */
bool edubal__plan_cv_holds(const edubal_standard *std,
	enum edubal__section s, double cv);

/* ---- the plan ---- */

struct edubal__plan_row {
	size_t county, school, section_k, indicator, slot;
	double current, target;
	bool shared;
};

struct edubal__plan_cv_row {
	size_t county;
	enum edubal__section level;
	size_t indicator;
	double before, after, limit;
};

struct edubal__plan_county {
	const char *id;        /* borrowed from the after-report */
	double cost;
	bool pass_before, pass_after;
	size_t schools;
};

struct edubal_plan {
	struct edubal__plan_model model;
	edubal_report *before, *after;
	struct edubal__plan_county *counties;
	size_t county_count;
	struct edubal__plan_row *rows;
	size_t row_count;
	struct edubal__plan_cv_row *cvs;
	size_t cv_count;
};

/* Units and cost of a row's holder. */
double edubal__plan_row_addition(const edubal_plan *plan,
	const struct edubal__plan_row *row, int part);

/* ---- rendering (render.c) ---- */

char *edubal__plan_render_text(const edubal_plan *plan, const char *lang);
char *edubal__plan_render_json(const edubal_plan *plan);
char *edubal__plan_render_csv(const edubal_plan *plan);

#endif /* EDUBAL_SRC_PLAN_PLAN_H */
