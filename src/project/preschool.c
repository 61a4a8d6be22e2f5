/*
 * src/project/preschool.c - kindergarten seats for a target gross
 * enrollment rate and the public and inclusive seats for target shares
 * (SPEC §4, §7.5: "5085" is public 50%, inclusive 85%).
 */
#include "internal.h"

#include <math.h>

edubal_status
edubal_project_preschool(const double *children, size_t n, double target_ger,
	double public_share, double inclusive_share, double *out_seats,
	size_t seats_len, double *out_public, size_t public_len,
	double *out_inclusive, size_t inclusive_len, edubal_error *err)
{
	double shares[2] = {public_share, inclusive_share};
	edubal_status st = edubal__project_check_counts("children_3_5", children,
		n, false, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_range("target_ger", &target_ger, 1, 0.0,
			2.0, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_range("shares (public, inclusive)",
			shares, 2, 0.0, 1.0, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_seats", out_seats, seats_len, n,
			err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_public", out_public, public_len,
			n, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_inclusive", out_inclusive,
			inclusive_len, n, err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++) {
		/* Whole seats: a target is met only by a whole child's place. */
		double seats = ceil(children[i] * target_ger);
		out_seats[i] = seats;
		out_public[i] = ceil(seats * public_share);
		out_inclusive[i] = ceil(seats * inclusive_share);
	}
	return EDUBAL_OK;
}
