/*
 * src/project/migration.c - net migration by age (SPEC §7.1), given as
 * counts or as rates of the people of that age.
 */
#include "internal.h"

double
edubal__migration_at(const edubal_cohort *c, size_t age, double p)
{
	if (!c->migration || age >= c->n_migration)
		return 0.0;
	double m = c->migration[age] * c->migration_factor;
	return c->migration_kind == EDUBAL_MIGRATION_RATES ? m * p : m;
}
