/*
 * src/project/cohort.c - the inputs of the cohort-component model
 * (SPEC §7.1): base population, survival, migration, births, scenario.
 *
 * Setters copy and validate their arrays at once, so a bad element is
 * named where the caller handed it over; lengths are compared with the
 * base population only when projecting, because the order of the setters
 * is free.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>

edubal_cohort *
edubal_cohort_new(void)
{
	edubal_cohort *c = calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->s0 = 1.0;
	c->female_share = 0.5;
	c->births_factor = 1.0;
	c->migration_factor = 1.0;
	c->births_method = EDUBAL_BIRTHS_CONSTANT;
	c->migration_kind = EDUBAL_MIGRATION_COUNTS;
	return c;
}

void
edubal_cohort_free(edubal_cohort *c)
{
	if (!c)
		return;
	free(c->base);
	free(c->survival);
	free(c->migration);
	free(c->births);
	free(c->asfr);
	free(c);
}

/* Replace *slot by a validated copy of x[0..n). */
static edubal_status
replace(double **slot, const double *x, size_t n, edubal_error *err)
{
	double *copy = edubal__project_copy(x, n);
	if (!copy)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	free(*slot);
	*slot = copy;
	return EDUBAL_OK;
}

edubal_status
edubal_cohort_set_base(edubal_cohort *c, int year, const double *counts,
	size_t n_ages, edubal_error *err)
{
	if (!c || !counts)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort and counts must "
			"not be NULL");
	if (n_ages < 2)
		return edubal__fail(err, EDUBAL_EINVAL, "the base population needs "
			"at least two ages, got %zu", n_ages);
	edubal_status st = edubal__project_check_counts("counts", counts,
		n_ages, false, err);
	if (st == EDUBAL_OK)
		st = replace(&c->base, counts, n_ages, err);
	if (st != EDUBAL_OK)
		return st;
	c->n_ages = n_ages;
	c->base_year = year;
	c->has_base = true;
	return EDUBAL_OK;
}

edubal_status
edubal_cohort_set_survival(edubal_cohort *c, const double *survival,
	size_t n, edubal_error *err)
{
	if (!c || !survival)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort and survival must "
			"not be NULL");
	edubal_status st = edubal__project_check_range("survival", survival, n,
		0.0, 1.0, err);
	if (st == EDUBAL_OK)
		st = replace(&c->survival, survival, n, err);
	if (st == EDUBAL_OK)
		c->n_survival = n;
	return st;
}

edubal_status
edubal_cohort_set_birth_survival(edubal_cohort *c, double s0,
	edubal_error *err)
{
	if (!c)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort is NULL");
	edubal_status st = edubal__project_check_range("birth_survival", &s0, 1,
		0.0, 1.0, err);
	if (st == EDUBAL_OK)
		c->s0 = s0;
	return st;
}

edubal_status
edubal_cohort_set_migration(edubal_cohort *c, enum edubal_migration_kind kind,
	const double *migration, size_t n, edubal_error *err)
{
	if (!c || !migration)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort and migration must "
			"not be NULL");
	edubal_status st;
	if (kind == EDUBAL_MIGRATION_COUNTS)
		st = edubal__project_check_counts("migration", migration, n, true,
			err);
	else if (kind == EDUBAL_MIGRATION_RATES)
		st = edubal__project_check_range("migration", migration, n, -1.0,
			1.0, err);
	else
		return edubal__fail(err, EDUBAL_EINVAL, "unknown migration kind %d",
			(int) kind);
	if (st == EDUBAL_OK)
		st = replace(&c->migration, migration, n, err);
	if (st != EDUBAL_OK)
		return st;
	c->n_migration = n;
	c->migration_kind = kind;
	return EDUBAL_OK;
}

edubal_status
edubal_cohort_set_births(edubal_cohort *c, int first_year,
	const double *births, size_t n, edubal_error *err)
{
	if (!c || !births || n == 0)
		return edubal__fail(err, EDUBAL_EINVAL, "births need at least one "
			"year");
	edubal_status st = edubal__project_check_counts("births", births, n,
		false, err);
	if (st == EDUBAL_OK)
		st = replace(&c->births, births, n, err);
	if (st != EDUBAL_OK)
		return st;
	c->n_births = n;
	c->births_first_year = first_year;
	return EDUBAL_OK;
}

edubal_status
edubal_cohort_set_births_method(edubal_cohort *c,
	enum edubal_births_method method, edubal_error *err)
{
	if (!c)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort is NULL");
	if (method != EDUBAL_BIRTHS_CONSTANT && method != EDUBAL_BIRTHS_LINEAR &&
	    method != EDUBAL_BIRTHS_FERTILITY)
		return edubal__fail(err, EDUBAL_EINVAL, "unknown births method %d",
			(int) method);
	c->births_method = method;
	return EDUBAL_OK;
}

edubal_status
edubal_cohort_set_fertility(edubal_cohort *c, const double *asfr, size_t n,
	double female_share, edubal_error *err)
{
	if (!c || !asfr)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort and asfr must not "
			"be NULL");
	if (n != 35)
		return edubal__fail(err, EDUBAL_EINVAL, "asfr must hold the 35 ages "
			"15..49, got %zu", n);
	edubal_status st = edubal__project_check_range("asfr", asfr, n, 0.0,
		1.0, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_range("female_share", &female_share, 1,
			0.0, 1.0, err);
	if (st == EDUBAL_OK)
		st = replace(&c->asfr, asfr, n, err);
	if (st == EDUBAL_OK)
		c->female_share = female_share;
	return st;
}

edubal_status
edubal_cohort_set_scenario(edubal_cohort *c, double births_factor,
	double migration_factor, edubal_error *err)
{
	if (!c)
		return edubal__fail(err, EDUBAL_EINVAL, "cohort is NULL");
	double f[2] = {births_factor, migration_factor};
	edubal_status st = edubal__project_check_counts("scenario factors", f, 2,
		false, err);
	if (st != EDUBAL_OK)
		return st;
	c->births_factor = births_factor;
	c->migration_factor = migration_factor;
	return EDUBAL_OK;
}
