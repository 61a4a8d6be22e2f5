/*
 * src/project/inputs_api.c - the public handle over the projection input
 * files: read them for one county, then copy out arrays for the models.
 */
#include "inputs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../util/strbuf.h"

void
edubal_inputs_free(edubal_inputs *in)
{
	if (!in)
		return;
	free(in->county);
	free(in->pop);
	free(in->births);
	free(in->enr);
	free(in->enr_rows);
	free(in->enr_source);
	free(in);
}

typedef edubal_status (*reader_fn)(struct edubal_inputs *,
	const edubal_table *, edubal_error *);

static edubal_status
read_one(struct edubal_inputs *in, const char *path, reader_fn reader,
	edubal_error *err)
{
	if (!path)
		return EDUBAL_OK;
	edubal_table *t = NULL;
	edubal_status st = edubal_table_read_csv(path, &t, err);
	if (st == EDUBAL_OK)
		st = reader(in, t, err);
	edubal_table_free(t);
	return st;
}

edubal_status
edubal_inputs_read(const char *population, const char *births,
	const char *enrollment, const char *capacity, const char *county_id,
	edubal_inputs **out, edubal_error *err)
{
	if (!out)
		return edubal__fail(err, EDUBAL_EINVAL, "out_inputs is NULL");
	edubal_inputs *in = calloc(1, sizeof *in);
	if (!in || (county_id && !(in->county = edubal__strdup(county_id)))) {
		edubal_inputs_free(in);
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	in->county_given = county_id != NULL;
	edubal_status st = read_one(in, population, edubal__read_population, err);
	if (st == EDUBAL_OK)
		st = read_one(in, births, edubal__read_births, err);
	if (st == EDUBAL_OK)
		st = read_one(in, enrollment, edubal__read_enrollment, err);
	if (st == EDUBAL_OK)
		st = read_one(in, capacity, edubal__read_capacity, err);
	if (st != EDUBAL_OK) {
		edubal_inputs_free(in);
		return st;
	}
	*out = in;
	return EDUBAL_OK;
}

const char *
edubal_inputs_county(const edubal_inputs *in)
{
	return in && in->county ? in->county : "";
}

int
edubal_inputs_population_first_year(const edubal_inputs *in)
{
	return in ? in->pop_first_year : 0;
}

size_t
edubal_inputs_population_years(const edubal_inputs *in)
{
	return in ? in->pop_years : 0;
}

size_t
edubal_inputs_population_ages(const edubal_inputs *in)
{
	return in ? in->ages : 0;
}

edubal_status
edubal_inputs_population(const edubal_inputs *in, size_t year_index,
	double *out, size_t out_len, edubal_error *err)
{
	if (!in || year_index >= in->pop_years)
		return edubal__fail(err, EDUBAL_EINVAL, "no population for year "
			"index %zu", year_index);
	edubal_status st = edubal__project_check_out("out", out, out_len,
		in->ages, err);
	if (st == EDUBAL_OK)
		memcpy(out, in->pop + year_index * in->ages, in->ages * sizeof *out);
	return st;
}

int
edubal_inputs_births_first_year(const edubal_inputs *in)
{
	return in ? in->births_first_year : 0;
}

size_t
edubal_inputs_births_years(const edubal_inputs *in)
{
	return in ? in->n_births : 0;
}

edubal_status
edubal_inputs_births(const edubal_inputs *in, double *out, size_t out_len,
	edubal_error *err)
{
	if (!in || in->n_births == 0)
		return edubal__fail(err, EDUBAL_EINVAL, "no births were read");
	edubal_status st = edubal__project_check_out("out", out, out_len,
		in->n_births, err);
	if (st == EDUBAL_OK)
		memcpy(out, in->births, in->n_births * sizeof *out);
	return st;
}

int
edubal_inputs_enrollment_first_year(const edubal_inputs *in)
{
	return in ? in->enr_first_year : 0;
}

size_t
edubal_inputs_enrollment_years(const edubal_inputs *in)
{
	return in ? in->enr_years : 0;
}

int
edubal_inputs_has_grade(const edubal_inputs *in, const char *grade)
{
	int g = edubal__grade_index(grade);
	return in && g >= 0 && in->grade_present[g];
}

edubal_status
edubal_inputs_enrollment(const edubal_inputs *in, const char *grade,
	double *out, size_t out_len, edubal_error *err)
{
	if (!edubal_inputs_has_grade(in, grade))
		return edubal__fail_cell(err, EDUBAL_ENOTFOUND, "enrollment", 0,
			"grade", grade, "no such grade was read");
	edubal_status st = edubal__project_check_out("out", out, out_len,
		in->enr_years, err);
	size_t g = (size_t) edubal__grade_index(grade);
	for (size_t y = 0; st == EDUBAL_OK && y < in->enr_years; y++)
		out[y] = in->enr[y * EDUBAL__GRADES + g];
	return st;
}

edubal_status
edubal_inputs_capacity(const edubal_inputs *in, const char *section,
	double *out_seats, edubal_error *err)
{
	int s = edubal__section_index(section);
	if (!in || !out_seats)
		return edubal__fail(err, EDUBAL_EINVAL, "inputs and out_seats must "
			"not be NULL");
	if (s < 0 || !in->has_capacity[s])
		return edubal__fail_cell(err, EDUBAL_ENOTFOUND, "capacity", 0,
			"section", section, "no capacity was read for this section");
	*out_seats = in->capacity[s];
	return EDUBAL_OK;
}

size_t
edubal_inputs_enrollment_row(const edubal_inputs *in, const char *grade,
	size_t year_index)
{
	int g = edubal__grade_index(grade);
	if (!in || g < 0 || !in->enr_rows || year_index >= in->enr_years)
		return 0;
	return in->enr_rows[year_index * EDUBAL__GRADES + (size_t) g];
}

const char *
edubal_inputs_enrollment_source(const edubal_inputs *in)
{
	return in && in->enr_source ? in->enr_source : "";
}
