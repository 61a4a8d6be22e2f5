/*
 * src/project/teachers.c - teachers required by the staffing ratio, or by
 * the larger of the ratio and the class-based rule for small rural schools
 * (SPEC §5, §7.4), and the gap against current staff.
 */
#include "internal.h"

#include <math.h>

edubal_status
edubal_project_teachers(const double *students, size_t n,
	const double *classes, size_t n_classes, double students_per_teacher,
	double teachers_per_class, double current_staff, double *out_required,
	size_t required_len, double *out_gap, size_t gap_len, edubal_error *err)
{
	edubal_status st = edubal__project_check_counts("students", students, n,
		false, err);
	if (st == EDUBAL_OK && (classes || n_classes) && n_classes != n)
		st = edubal__fail(err, EDUBAL_EINVAL, "classes has length %zu, "
			"students %zu", n_classes, n);
	if (st == EDUBAL_OK)
		st = edubal__project_check_counts("classes", classes, n_classes,
			false, err);
	if (st == EDUBAL_OK && !(students_per_teacher > 0 &&
	                         isfinite(students_per_teacher)))
		st = edubal__fail(err, EDUBAL_EINVAL, "students_per_teacher = %g "
			"must be finite and greater than 0", students_per_teacher);
	double params[2] = {teachers_per_class, current_staff};
	if (st == EDUBAL_OK)
		st = edubal__project_check_counts("teachers_per_class and "
			"current_staff", params, 2, false, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_required", out_required,
			required_len, n, err);
	if (st == EDUBAL_OK)
		st = edubal__project_check_out("out_gap", out_gap, gap_len, n, err);
	if (st != EDUBAL_OK)
		return st;
	for (size_t i = 0; i < n; i++) {
		double by_ratio = ceil(students[i] / students_per_teacher);
		double by_class = n_classes ? classes[i] * teachers_per_class : 0.0;
		double need = by_class > by_ratio ? ceil(by_class) : by_ratio;
		out_required[i] = need;
		out_gap[i] = need - current_staff;
	}
	return EDUBAL_OK;
}
