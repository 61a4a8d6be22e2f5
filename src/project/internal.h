/*
 * src/project/internal.h - private structs and checks shared by the
 * projection models (SPEC §7.1–§7.6).
 */
#ifndef EDUBAL_SRC_PROJECT_INTERNAL_H
#define EDUBAL_SRC_PROJECT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include <edubal/project.h>

#include "../error.h"

struct edubal_cohort {
	bool has_base;
	int base_year;
	double *base;            /* n_ages counts */
	size_t n_ages;
	double *survival;        /* n_survival, or NULL: 1 everywhere */
	size_t n_survival;
	double s0;
	enum edubal_migration_kind migration_kind;
	double *migration;       /* n_migration, or NULL: none */
	size_t n_migration;
	int births_first_year;
	double *births;          /* n_births, or NULL */
	size_t n_births;
	enum edubal_births_method births_method;
	double *asfr;            /* 35 rates for ages 15..49, or NULL */
	double female_share;
	double births_factor, migration_factor;
};

struct edubal_population {
	int first_year;
	size_t years, ages;
	double *counts;          /* years × ages, row-major */
	double *births;          /* years; NaN for the base year */
};

struct edubal_grades {
	int first_year;
	double *observed;        /* obs_years × n_grades */
	size_t obs_years, n_grades;
	enum edubal_ratio_method method;
	size_t k;
	bool has_intake;
	int source_first_year;
	double *source;
	size_t n_source;
	int lag;
	double rate;             /* NaN: fit */
};

struct edubal_enrollment {
	int first_year;
	size_t years, observed_years, grades;
	double *students;        /* years × grades */
	double *ratios;          /* grades − 1 */
	double intake_rate;
};

/* Copy n doubles into a new array (NULL when out of memory; n may be 0). */
double *edubal__project_copy(const double *src, size_t n);

/* Check that every element is finite and >= 0 (negative_ok: any finite). */
edubal_status edubal__project_check_counts(const char *arg, const double *x,
	size_t n, bool negative_ok, edubal_error *err);

/* Check that every element lies in [lo, hi]. */
edubal_status edubal__project_check_range(const char *arg, const double *x,
	size_t n, double lo, double hi, edubal_error *err);

/* Check that p and out are not NULL and that out_len == n. */
edubal_status edubal__project_check_out(const char *arg, const void *out,
	size_t out_len, size_t n, edubal_error *err);

/* Births for years base+1 .. last into out (length last − base), scaled
 * by the scenario factor; the fertility method needs the population. */
edubal_status edubal__births_given(const edubal_cohort *c, int year,
	double *out, edubal_error *err);
edubal_status edubal__births_extrapolate(const edubal_cohort *c, int year,
	const double *previous_ages, double *out, edubal_error *err);
edubal_status edubal__births_check(const edubal_cohort *c, int last_year,
	edubal_error *err);

/* Net migrants of age a in a year with counts p (scaled by the factor). */
double edubal__migration_at(const edubal_cohort *c, size_t age, double p);

#endif /* EDUBAL_SRC_PROJECT_INTERNAL_H */
