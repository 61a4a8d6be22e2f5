/*
 * tools/edubal/report_extras.h - `edubal evaluate --format html` with the
 * gap-closing plan (--plan) and projections (--population ...): the
 * options, and building the edubal_html_options that carry them.
 */
#ifndef EDUBAL_REPORT_EXTRAS_H
#define EDUBAL_REPORT_EXTRAS_H

#include "cli.h"

struct report_extras {
	bool plan;                          /* --plan */
	const char *costs, *limits;         /* as `edubal plan` */
	/* as `edubal project` */
	const char *population, *births, *enrollment, *capacity, *county;
	int to;                             /* 0: the default, 2035 */
};

/* A plan and its inputs: the plan's units are the inputs' strings, so
 * the inputs live as long as the plan. */
struct report_plan {
	edubal_plan_inputs *inputs;
	edubal_plan *plan;
};

void report_plan_free(struct report_plan *plan);

/* Whether any option asks for the plan or projections. */
bool report_extras_wanted(const struct report_extras *e);

/*
 * Make the plan (std and ds as evaluated; costs default to
 * default_costs) and run the projections, and put both into opt.  The
 * plan is returned in *plan (the caller frees it after rendering, with
 * report_plan_free()).
 * Returns -1 on success, else an exit status (the error printed).
 */
int report_extras_build(const struct report_extras *e,
	const edubal_standard *std, const edubal_dataset *ds,
	const char *default_costs, edubal_html_options *opt,
	struct report_plan *plan, edubal_error *err);

#endif /* EDUBAL_REPORT_EXTRAS_H */
