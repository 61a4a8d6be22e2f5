/*
 * src/project/fitting.h - ratio fitting shared by the enrollment model.
 */
#ifndef EDUBAL_SRC_PROJECT_FITTING_H
#define EDUBAL_SRC_PROJECT_FITTING_H

#include <stdbool.h>
#include <stdio.h>

#include "internal.h"

struct edubal__fit {
	const double *students;  /* years × n_grades */
	size_t years, n_grades;
	enum edubal_ratio_method method;
	size_t k;
	bool have_year;          /* first_year is a calendar year */
	int first_year;
};

/* Combine k ratios (r may be reordered). */
double edubal__combine_ratios(double *r, size_t k,
	enum edubal_ratio_method method);
bool edubal__ratio_method_valid(enum edubal_ratio_method method);
edubal_status edubal__fit_check(const double *students, size_t n,
	size_t n_grades, enum edubal_ratio_method method, size_t k,
	edubal_error *err);
/* Ratios of grade g to g+1 into out[0 .. n_grades−1). */
edubal_status edubal__fit(const struct edubal__fit *f, double *out,
	edubal_error *err);

#endif /* EDUBAL_SRC_PROJECT_FITTING_H */
