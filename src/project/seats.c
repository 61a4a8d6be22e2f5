/*
 * src/project/seats.c - seat demand, classes, seat gap and new schools
 * (SPEC §7.3).
 */
#include "internal.h"

#include <math.h>

/* A positive, finite parameter, named in the error. */
static edubal_status
check_positive(const char *name, double x, edubal_error *err)
{
	if (!(x > 0 && isfinite(x)))
		return edubal__fail(err, EDUBAL_EINVAL, "%s = %g must be finite "
			"and greater than 0", name, x);
	return EDUBAL_OK;
}

edubal_status
edubal_project_standard_seats(const double *residents, size_t n,
	double per_1000, double *out, size_t out_len, edubal_error *err)
{
	edubal_status st = edubal__project_check_counts("residents", residents,
		n, false, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_counts("per_1000", &per_1000, 1, false,
			err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out", out, out_len, n, err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++)
		out[i] = residents[i] / 1000.0 * per_1000;
	return EDUBAL_OK;
}

edubal_status
edubal_project_classes(const double *students, size_t n, double class_size,
	double *out, size_t out_len, edubal_error *err)
{
	edubal_status st = edubal__project_check_counts("students", students, n,
		false, err);
	if (st == EDUBAL_OK)
		st = check_positive("class_size", class_size, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out", out, out_len, n, err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++)
		out[i] = ceil(students[i] / class_size);
	return EDUBAL_OK;
}

edubal_status
edubal_project_seat_gap(const double *demand, size_t n, double capacity,
	double school_seats, double *out_gap, size_t gap_len,
	double *out_schools, size_t schools_len, edubal_error *err)
{
	edubal_status st = edubal__project_check_counts("demand", demand, n,
		false, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_counts("capacity", &capacity, 1, false,
			err);
	if (st == EDUBAL_OK)
		st = check_positive("school_seats", school_seats, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_gap", out_gap, gap_len, n, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_schools", out_schools,
			schools_len, n, err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++) {
		double gap = demand[i] - capacity;
		out_gap[i] = gap;
		out_schools[i] = gap > 0 ? ceil(gap / school_seats) : 0.0;
	}
	return EDUBAL_OK;
}
