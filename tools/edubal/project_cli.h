/*
 * tools/edubal/project_cli.h - `edubal project`: options, the series the
 * models produce for each scenario, and their rendering.
 */
#ifndef EDUBAL_PROJECT_CLI_H
#define EDUBAL_PROJECT_CLI_H

#include <jansson.h>

#include "cli.h"

/* Text tables show single ages up to TEXT_MAX_AGE (JSON shows all) and at
 * most TEXT_COLUMNS series side by side. */
enum { TEXT_MAX_AGE = 17, TEXT_COLUMNS = 8 };

enum { SECTIONS = 4, MAX_YEARS = 101, MAX_SERIES = 200, SCENARIOS = 3 };

/* Sections of capacity.csv and the grades they gather (SPEC §5). */
extern const char *const project_sections[SECTIONS];

/* A value per section, e.g. "primary=80,junior=40"; NaN where not given. */
struct per_section {
	double v[SECTIONS];
};

struct project_options {
	const char *command;               /* "population", "seats", ... */
	const char *population, *births, *enrollment, *capacity, *county;
	const char *standard;               /* profile giving seats per 1000 */
	int to;
	enum edubal_births_method births_method;
	double survival, migration_rate, migration_count, asfr, female_share;
	enum edubal_ratio_method ratio_method;
	size_t k;
	int intake_births;                 /* intake from lagged births */
	struct per_section per_1000, class_size, school_seats, ratio, staff;
	double class_teachers;             /* teachers per class; NaN: off */
	double urban_share;                /* residents counted per 1000 */
	double ger, public_share, inclusive_share;
	/* scenarios: low and high factors and ratio methods */
	int bands;
	double births_band[2], migration_band[2];
	enum edubal_ratio_method ratio_band[2];
	/* trajectory */
	double base_value, target;
	int base_year, target_year, have_base, have_target, falling;
	double fraction;                   /* NaN: linear */
	double observed[MAX_YEARS];
	size_t n_observed;
	int json;
};

/* One output series over the output years, for each scenario. */
struct series {
	char name[48];
	double v[SCENARIOS][MAX_YEARS];
};

struct project_result {
	int first_year;                    /* first output year */
	size_t years;
	struct series s[MAX_SERIES];
	size_t n;
	/* fitted ratios of the medium scenario, per chain */
	char ratio_text[2048];
	json_t *ratios;                    /* array, owned */
};

/* Find or add a series by name; NULL when the table is full. */
struct series *project_series(struct project_result *r, const char *name);

/* The options of `edubal project COMMAND` given nothing but its files:
 * what `edubal evaluate --population ...` projects with. */
void project_defaults(struct project_options *o, const char *command);

/* Run every model for scenario i (0 medium, 1 low, 2 high). */
int project_run(const struct project_options *o, const edubal_inputs *in,
	size_t scenario, struct project_result *r, edubal_error *err);

/* Print the named series (a NULL-terminated list) as a table or JSON. */
int project_print(const struct project_options *o, const edubal_inputs *in,
	const struct project_result *r, const char *const *names);

int project_trajectory(const struct project_options *o);

/* Seats per 1000 residents from the seats_<section> items of a profile,
 * for sections not already given; -1 on success, else an exit status. */
int project_standard_seats(const char *id, struct per_section *per_1000);

#endif /* EDUBAL_PROJECT_CLI_H */
