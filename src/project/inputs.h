/*
 * src/project/inputs.h - the projection inputs read from CSV.
 */
#ifndef EDUBAL_SRC_PROJECT_INPUTS_H
#define EDUBAL_SRC_PROJECT_INPUTS_H

#include <stdbool.h>

#include "internal.h"

/* Grades of enrollment.csv: K1–K3 then 1–12. */
enum { EDUBAL__GRADES = 15 };
/* Sections of capacity.csv. */
enum { EDUBAL__SECTIONS = 4 };

struct edubal_inputs {
	char *county;
	bool county_given;           /* asked for: other counties are skipped */
	int pop_first_year;
	size_t pop_years, ages;
	double *pop;                 /* pop_years × ages */
	int births_first_year;
	size_t n_births;
	double *births;
	int enr_first_year;
	size_t enr_years;
	double *enr;                 /* enr_years × EDUBAL__GRADES */
	size_t *enr_rows;            /* spreadsheet row of each cell, 0: none */
	char *enr_source;            /* enrollment.csv as named when read */
	bool grade_present[EDUBAL__GRADES];
	double capacity[EDUBAL__SECTIONS];
	bool has_capacity[EDUBAL__SECTIONS];
};

/* Index of a grade label ("K1".."K3", "1".."12") or -1. */
int edubal__grade_index(const char *label);
/* Index of a section name or -1. */
int edubal__section_index(const char *name);

/* One projection file, its rows of the chosen county. */
struct edubal__rows {
	const edubal_table *table;
	size_t *rows;                /* data row indices of the county */
	size_t n;
	double *year;                /* whole column (NULL if none) */
};

edubal_status edubal__read_population(struct edubal_inputs *in,
	const edubal_table *t, edubal_error *err);
edubal_status edubal__read_births(struct edubal_inputs *in,
	const edubal_table *t, edubal_error *err);
edubal_status edubal__read_enrollment(struct edubal_inputs *in,
	const edubal_table *t, edubal_error *err);
edubal_status edubal__read_capacity(struct edubal_inputs *in,
	const edubal_table *t, edubal_error *err);

/* Shared helpers of the readers (inputs.c). */
edubal_status edubal__rows_select(struct edubal_inputs *in,
	const edubal_table *t, struct edubal__rows *r, edubal_error *err);
void edubal__rows_free(struct edubal__rows *r);
edubal_status edubal__column(const edubal_table *t, const char *name,
	double **out, edubal_error *err);
edubal_status edubal__whole(const edubal_table *t, size_t row,
	const char *column, double x, double lo, double hi, edubal_error *err);
edubal_status edubal__nonnegative(const edubal_table *t, size_t row,
	const char *column, double x, edubal_error *err);
/* Years: first..last of the rows; a missing year is an error naming the
 * first row after the gap. */
edubal_status edubal__year_span(const struct edubal__rows *r, int *first,
	size_t *years, edubal_error *err);

#endif /* EDUBAL_SRC_PROJECT_INPUTS_H */
