/*
 * Unit tests of the evaluate module against independent expectations:
 * the sample county's expected report (computed outside edubal from
 * SPEC.md), published county figures, and hand-made variants.
 *
 * argv[1]: the source root (data/sample and tests/data are read from it).
 */
#include <check.h>
#include <stdbool.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

static const char *root;

static char *
path_of(const char *rel)
{
	static char buf[8][4096];
	static int next;
	char *p = buf[next++ % 8];
	snprintf(p, 4096, "%s/%s", root, rel);
	return p;
}

static edubal_dataset *
load(const char *schools, const char *counties, const char *classes)
{
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	edubal_status st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		path_of(schools), err);
	ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	if (counties) {
		st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
			path_of(counties), err);
		ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	}
	if (classes) {
		st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_CLASSES,
			path_of(classes), err);
		ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	}
	edubal_error_free(err);
	return ds;
}

static edubal_standard *
builtin(const char *id)
{
	edubal_standard *std = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_standard_builtin(id, &std, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_error_free(err);
	return std;
}

static edubal_standard *
profile(const char *json)
{
	edubal_standard *std = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_standard_parse(json, strlen(json), "test-profile",
		&std, err) == EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_error_free(err);
	return std;
}

static edubal_report *
evaluate(const edubal_standard *std, const edubal_dataset *ds)
{
	edubal_report *report = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_evaluate(std, ds, &report, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_error_free(err);
	return report;
}

static json_t *
report_json(const edubal_report *report)
{
	char *text = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_JSON, "en",
		&text, NULL), EDUBAL_OK);
	json_error_t jerr;
	json_t *json = json_loads(text, 0, &jerr);
	ck_assert_msg(json != NULL, "report is not JSON: %s", jerr.text);
	edubal_free(text);
	return json;
}

/* Every value of expected must be in actual: numbers to relative 1e-9. */
static void
assert_contains(const json_t *expected, const json_t *actual, const char *path)
{
	ck_assert_msg(actual != NULL, "%s: missing in the report", path);
	char sub[512];
	if (json_is_number(expected)) {
		ck_assert_msg(json_is_number(actual), "%s: not a number", path);
		double e = json_number_value(expected), a = json_number_value(actual);
		ck_assert_msg(fabs(a - e) <= 1e-9 * fmax(fabs(e), 1e-300), "%s: %.17g, "
			"expected %.17g", path, a, e);
	} else if (json_is_object(expected)) {
		const char *key;
		json_t *value;
		json_object_foreach((json_t *) expected, key, value) {
			snprintf(sub, sizeof sub, "%s.%s", path, key);
			assert_contains(value, json_object_get(actual, key), sub);
		}
	} else if (json_is_array(expected)) {
		ck_assert_msg(json_array_size(actual) == json_array_size(expected),
			"%s: %zu elements, expected %zu", path, json_array_size(actual),
			json_array_size(expected));
		for (size_t i = 0; i < json_array_size(expected); i++) {
			snprintf(sub, sizeof sub, "%s[%zu]", path, i);
			assert_contains(json_array_get(expected, i),
				json_array_get(actual, i), sub);
		}
	} else {
		ck_assert_msg(json_equal((json_t *) expected, (json_t *) actual),
			"%s: value differs", path);
	}
}

static bool
has_reason(const edubal_report *r, size_t county, const char *code)
{
	for (size_t i = 0; i < edubal_report_reason_count(r, county); i++)
		if (strcmp(edubal_report_reason_code(r, county, i), code) == 0)
			return true;
	return false;
}

/* SPEC §2, testdata/sample-county: the full report equals expected.json. */
START_TEST(sample_county_report_matches_expected)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"data/sample/counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *report = evaluate(std, ds);
	json_t *actual = report_json(report);
	json_error_t jerr;
	json_t *expected = json_load_file(path_of(
		"tests/data/evaluate/sample-expected.json"), 0, &jerr);
	ck_assert_msg(expected != NULL, "%s", jerr.text);
	assert_contains(expected, actual, "$");
	json_decref(expected);
	json_decref(actual);
	edubal_report_free(report);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* testdata/README: fail with exactly the failing school, the 53-pupil
 * class and the 0.82 migrant rate. */
START_TEST(sample_county_fails_for_exactly_three_reasons)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"data/sample/counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	enum edubal_verdict v;
	ck_assert_int_eq(edubal_report_county_count(r), 1);
	ck_assert_str_eq(edubal_report_county_id(r, 0), "C03000");
	ck_assert_int_eq(edubal_report_verdict(r, 0, &v, NULL), EDUBAL_OK);
	ck_assert_int_eq(v, EDUBAL_VERDICT_FAIL);
	ck_assert_int_eq(edubal_report_reason_count(r, 0), 3);
	ck_assert(has_reason(r, 0, "resource.primary.school.C03000-0000"));
	ck_assert(has_reason(r, 0, "item.class_size"));
	ck_assert(has_reason(r, 0, "item.migrant_children"));
	ck_assert_ptr_nonnull(strstr(edubal_report_reason_message(r, 0, 2, "zh"),
		"随迁子女"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

static enum edubal_verdict
verdict(const edubal_report *r)
{
	enum edubal_verdict v;
	ck_assert_int_eq(edubal_report_verdict(r, 0, &v, NULL), EDUBAL_OK);
	return v;
}

static enum edubal_verdict
verdict_for(const char *schools, const char *counties, const char *classes)
{
	edubal_dataset *ds = load(schools, counties, classes);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	enum edubal_verdict v = verdict(r);
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	return v;
}

/* The sample with its three faults mended passes (SPEC §2.6). */
START_TEST(mended_county_passes)
{
	ck_assert_int_eq(verdict_for("tests/data/evaluate/pass-schools.csv",
		"tests/data/evaluate/pass-counties.csv", NULL), EDUBAL_VERDICT_PASS);
}
END_TEST

/* SPEC §2.6: missing inputs make the verdict incomplete, naming them ... */
START_TEST(missing_county_column_is_incomplete)
{
	edubal_dataset *ds = load("tests/data/evaluate/pass-schools.csv",
		"tests/data/evaluate/missing-column-counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	ck_assert_int_eq(verdict(r), EDUBAL_VERDICT_INCOMPLETE);
	ck_assert_int_eq(edubal_report_reason_count(r, 0), 1);
	ck_assert(has_reason(r, 0, "missing.item.migrant_children"));
	ck_assert_ptr_nonnull(strstr(edubal_report_reason_message(r, 0, 0, "en"),
		"migrant_public_rate"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* ... but not when a failure is already certain. */
START_TEST(certain_failure_wins_over_missing_input)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"tests/data/evaluate/missing-column-counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	ck_assert_int_eq(verdict(r), EDUBAL_VERDICT_FAIL);
	ck_assert(has_reason(r, 0, "missing.item.migrant_children"));
	ck_assert(has_reason(r, 0, "item.class_size"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* Without counties.csv every county item is missing: incomplete. */
START_TEST(no_counties_file_is_incomplete)
{
	ck_assert_int_eq(verdict_for("tests/data/evaluate/pass-schools.csv", NULL,
		NULL), EDUBAL_VERDICT_INCOMPLETE);
}
END_TEST

/* SPEC §2.4 class_size from classes.csv: a 46-pupil primary class fails
 * although schools.csv gives that school a largest class of 35. */
START_TEST(classes_file_decides_class_size)
{
	edubal_dataset *ds = load("tests/data/evaluate/pass-schools.csv",
		"tests/data/evaluate/pass-counties.csv",
		"tests/data/evaluate/classes-46.csv");
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	ck_assert_int_eq(verdict(r), EDUBAL_VERDICT_FAIL);
	ck_assert_int_eq(edubal_report_reason_count(r, 0), 1);
	ck_assert(has_reason(r, 0, "item.class_size"));
	ck_assert_ptr_nonnull(strstr(edubal_report_reason_message(r, 0, 0, "en"),
		"C03000-0001"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* A user profile overriding one threshold changes exactly that verdict:
 * migrant children >= 0.80 instead of 0.85; 0.82 now passes. */
START_TEST(user_profile_override_changes_one_item)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"data/sample/counties.csv", NULL);
	edubal_standard *base = builtin("cn-2017-compulsory");
	edubal_standard *local = profile("{\"id\": \"test-local\", "
		"\"parent\": \"cn-2017-compulsory\", \"items\": [{\"key\": "
		"\"migrant_children\", \"all\": [{\"left\": \"migrant_public_rate\", "
		"\"op\": \">=\", \"right\": 0.80}]}]}");
	edubal_report *r0 = evaluate(base, ds), *r1 = evaluate(local, ds);
	json_t *j0 = report_json(r0), *j1 = report_json(r1);
	json_t *items0 = json_object_get(json_array_get(json_object_get(j0,
		"counties"), 0), "items");
	json_t *items1 = json_object_get(json_array_get(json_object_get(j1,
		"counties"), 0), "items");
	ck_assert_int_eq(json_array_size(items0), json_array_size(items1));
	size_t changed = 0;
	for (size_t i = 0; i < json_array_size(items0); i++) {
		json_t *a = json_array_get(items0, i), *b = json_array_get(items1, i);
		if (json_equal(json_object_get(a, "pass"), json_object_get(b, "pass")))
			continue;
		changed++;
		ck_assert_str_eq(json_string_value(json_object_get(b, "key")),
			"migrant_children");
		ck_assert(json_is_true(json_object_get(b, "pass")));
	}
	ck_assert_int_eq(changed, 1);
	ck_assert(json_equal(json_object_get(j0, "schools"),
		json_object_get(j1, "schools")));
	ck_assert(!has_reason(r1, 0, "item.migrant_children"));
	ck_assert_int_eq(edubal_report_reason_count(r1, 0), 2);
	json_decref(j0);
	json_decref(j1);
	edubal_report_free(r0);
	edubal_report_free(r1);
	edubal_standard_free(base);
	edubal_standard_free(local);
	edubal_dataset_free(ds);
}
END_TEST

static json_t *
published_case(const char *name)
{
	json_error_t jerr;
	static json_t *all;
	if (!all)
		all = json_load_file(path_of("tests/data/evaluate/published-cases.json"),
			0, &jerr);
	ck_assert_ptr_nonnull(all);
	return json_object_get(all, name);
}

static size_t
read_cvs(json_t *array, double *cvs)
{
	for (size_t i = 0; i < json_array_size(array); i++)
		cvs[i] = json_number_value(json_array_get(array, i));
	return json_array_size(array);
}

/* SPEC §8: 鸠江区 2023 小学 fails on the backbone-teacher CV 0.501787 > 0.50
 * although the composite 0.367503 looks fine. */
START_TEST(published_jiujiang_fails_on_one_cv)
{
	json_t *c = published_case("jiujiang_2023_primary");
	double cvs[16], composite;
	size_t n = read_cvs(json_object_get(c, "cv"), cvs), failing;
	int pass = 1;
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, n, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 1);
	ck_assert_int_eq(pass, 0);
	/* (0.297929 + 0.501787 + 0.401952 + 0.288419 + 0.37545 + 0.312782
	 *  + 0.394205) / 7 = 2.572524 / 7 = 0.367503 */
	ck_assert_double_eq_tol(composite, 0.367503, 1e-6);
	edubal_standard_free(std);
}
END_TEST

/* SPEC §8: 宁国市 2022, six CVs over the limit in each level. */
START_TEST(published_ningguo_six_failures_per_level)
{
	json_t *c = published_case("ningguo_2022");
	double cvs[16], composite;
	size_t failing;
	int pass = 1;
	edubal_standard *std = builtin("cn-2017-compulsory");
	size_t n = read_cvs(json_object_get(c, "primary_cv"), cvs);
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, n, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 6); /* all but 0.167 exceed 0.50 */
	ck_assert_int_eq(pass, 0);
	n = read_cvs(json_object_get(c, "junior_cv"), cvs);
	ck_assert_int_eq(edubal_evaluate_cvs(std, "junior", cvs, n, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 6); /* all but 0.254 exceed 0.45 */
	ck_assert_int_eq(pass, 0);
	edubal_standard_free(std);
}
END_TEST

/* SPEC §2.2: the national limit is "<=": 0.50 exactly passes. */
START_TEST(cv_limit_exactly_at_limit_passes)
{
	double cvs[7] = {0.50, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, composite;
	size_t failing;
	int pass = 0;
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 0);
	ck_assert_int_eq(pass, 1);
	cvs[0] = 0.5000001;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 1);
	ck_assert_int_eq(pass, 0);
	edubal_standard_free(std);
}
END_TEST

START_TEST(evaluate_cvs_rejects_bad_arguments)
{
	double cvs[7] = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, composite = 42;
	size_t failing = 42;
	int pass = 42;
	edubal_error *err = edubal_error_new();
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate_cvs(std, "middle", cvs, 7, &failing,
		&composite, &pass, err), EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "middle"));
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 6, &failing,
		&composite, &pass, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_evaluate_cvs(std, "senior", cvs, 7, &failing,
		&composite, &pass, err), EDUBAL_ENOTFOUND);
	cvs[3] = NAN;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, err), EDUBAL_EINVAL);
	ck_assert_int_eq((int) failing, 42);
	ck_assert_int_eq(pass, 42);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* SPEC §2.3 published split: 166 小学 + 210 初中 students, 23226 books,
 * weights 1 : 1.1 → 小学 166 / (166 + 1.1 × 210) × 23226 = 9711 books
 * (58.5 per student), 初中 13515, each ± 1. */
START_TEST(published_combined_school_split)
{
	edubal_standard *std = profile("{\"id\": \"test-books\", \"parent\": "
		"\"cn-2017-compulsory\", \"indicators\": [{\"key\": "
		"\"books_per_student\", \"name\": {\"zh\": \"生均图书\", \"en\": "
		"\"books per student\"}, \"resource\": \"books\", \"basis\": "
		"\"shared\", \"scale\": 1, \"threshold\": {\"primary\": 1, "
		"\"junior\": 1}}]}");
	static const char csv[] =
		"school_id,county_id,type,students_primary,students_junior,books\n"
		"S1,C1,nine_year,166,210,23226\n";
	edubal_table *t = NULL;
	ck_assert_int_eq(edubal_table_parse_csv(csv, sizeof csv - 1, "split.csv",
		&t, NULL), EDUBAL_OK);
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_dataset_add_table(ds, EDUBAL_TABLE_SCHOOLS, t, err)
		== EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_report *r = evaluate(std, ds);
	json_t *j = report_json(r);
	json_t *schools = json_object_get(j, "schools");
	ck_assert_int_eq(json_array_size(schools), 2);
	double per_primary = json_number_value(json_object_get(json_object_get(
		json_array_get(schools, 0), "indicators"), "books_per_student"));
	double per_junior = json_number_value(json_object_get(json_object_get(
		json_array_get(schools, 1), "indicators"), "books_per_student"));
	ck_assert_double_eq_tol(per_primary * 166, 9711.0, 1.0);
	ck_assert_double_eq_tol(per_junior * 210, 13515.0, 1.0);
	json_decref(j);
	edubal_report_free(r);
	edubal_dataset_free(ds);
	edubal_table_free(t);
	edubal_error_free(err);
	edubal_standard_free(std);
}
END_TEST

/* SPEC §1 on rows that do not come county by county: grouping must not
 * depend on the order of schools.csv (the evaluation skips sorting when
 * rows are in order, and sorts otherwise).  One indicator, books per
 * student, weighted by enrollment, worked by hand:
 *   C2: S1 100 pupils 300 books (3), S2 100 pupils 100 books (1):
 *       mean 400 / 200 = 2, SD sqrt((100·1² + 100·1²) / 200) = 1, CV 0.5;
 *   C1: S3 and S4 50 pupils and 100 books each: CV 0;
 *   C3: S5 alone: CV 0 (one school).
 * Without counties.csv, counties come in order of first appearance. */
START_TEST(interleaved_counties_group_by_county)
{
	edubal_standard *std = profile("{\"id\": \"test-books\", \"parent\": "
		"\"cn-2017-compulsory\", \"indicators\": [{\"key\": "
		"\"books_per_student\", \"name\": {\"zh\": \"生均图书\", \"en\": "
		"\"books per student\"}, \"resource\": \"books\", \"basis\": "
		"\"shared\", \"scale\": 1, \"threshold\": {\"primary\": 1, "
		"\"junior\": 1}}]}");
	static const char csv[] =
		"school_id,county_id,type,students_primary,books\n"
		"S1,C2,primary,100,300\n"
		"S3,C1,primary,50,100\n"
		"S5,C3,primary,10,40\n"
		"S2,C2,primary,100,100\n"
		"S4,C1,primary,50,100\n";
	edubal_table *t = NULL;
	ck_assert_int_eq(edubal_table_parse_csv(csv, sizeof csv - 1,
		"interleaved.csv", &t, NULL), EDUBAL_OK);
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_dataset_add_table(ds, EDUBAL_TABLE_SCHOOLS, t, err)
		== EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_report *r = evaluate(std, ds);
	static const char *const ids[] = {"C2", "C1", "C3"};
	static const double cvs[] = {0.5, 0.0, 0.0};
	static const json_int_t schools[] = {2, 2, 1};
	ck_assert_uint_eq(edubal_report_county_count(r), 3);
	json_t *j = report_json(r);
	for (size_t i = 0; i < 3; i++) {
		ck_assert_str_eq(edubal_report_county_id(r, i), ids[i]);
		json_t *primary = json_object_get(json_object_get(json_array_get(
			json_object_get(j, "counties"), i), "resource"), "primary");
		ck_assert_int_eq(json_integer_value(json_object_get(primary,
			"schools")), schools[i]);
		json_t *inds = json_object_get(primary, "indicators"), *books = NULL;
		for (size_t k = 0; k < json_array_size(inds); k++)
			if (strcmp(json_string_value(json_object_get(json_array_get(inds,
			    k), "key")), "books_per_student") == 0)
				books = json_array_get(inds, k);
		ck_assert_ptr_nonnull(books);
		ck_assert(json_is_number(json_object_get(books, "cv")));
		double cv = json_number_value(json_object_get(books, "cv"));
		ck_assert_double_eq_tol(cv, cvs[i], 1e-12);
	}
	json_decref(j);
	edubal_report_free(r);
	edubal_dataset_free(ds);
	edubal_table_free(t);
	edubal_error_free(err);
	edubal_standard_free(std);
}
END_TEST

START_TEST(evaluate_rejects_bad_arguments)
{
	edubal_report *r = (edubal_report *) &r;
	edubal_error *err = edubal_error_new();
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_dataset *empty = edubal_dataset_new();
	ck_assert_int_eq(edubal_evaluate(NULL, empty, &r, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_evaluate(std, empty, &r, err), EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "empty"));
	ck_assert_ptr_eq(r, (edubal_report *) &r);
	edubal_report_free(NULL);
	edubal_dataset_free(empty);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* A class in classes.csv of a school that schools.csv lacks is bad data. */
START_TEST(class_of_unknown_school_is_bad_data)
{
	static const char classes[] =
		"school_id,section,grade,students\nNOPE,primary,1,30\n";
	edubal_dataset *ds = load("data/sample/schools.csv", NULL, NULL);
	edubal_table *t = NULL;
	edubal_error *err = edubal_error_new();
	edubal_report *r = NULL;
	ck_assert_int_eq(edubal_table_parse_csv(classes, sizeof classes - 1,
		"classes.csv", &t, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_add_table(ds, EDUBAL_TABLE_CLASSES, t,
		err), EDUBAL_OK);
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate(std, ds, &r, err), EDUBAL_EDATA);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"classes.csv: row 2, column \"school_id\": value \"NOPE\""));
	edubal_standard_free(std);
	edubal_table_free(t);
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST


static json_t *
item_of(json_t *report, const char *key)
{
	json_t *items = json_object_get(json_array_get(json_object_get(report,
		"counties"), 0), "items");
	for (size_t i = 0; i < json_array_size(items); i++) {
		json_t *it = json_array_get(items, i);
		if (strcmp(json_string_value(json_object_get(it, "key")), key) == 0)
			return it;
	}
	ck_abort_msg("no item %s", key);
	return NULL;
}

static double
item_value(json_t *report, const char *key)
{
	return json_number_value(json_object_get(item_of(report, key), "value"));
}

static bool
item_pass(json_t *report, const char *key)
{
	return json_is_true(json_object_get(item_of(report, key), "pass"));
}

/*
 * SPEC §4 on a hand-made county (tests/data/preschool): population 3–5
 * 1000; kindergartens public 300 children, inclusive private 250, other
 * private 350; classes 10 + 8 + 12 = 30 of which 9 + 8 + 10 = 27 within the
 * size limits; teachers 22 + 16 + 20 = 58, certified 22 + 16 + 19 = 57.
 */
START_TEST(preschool_hand_computed_county)
{
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_dataset_read_csv(ds, EDUBAL_TABLE_KINDERGARTENS,
		path_of("tests/data/preschool/kindergartens.csv"), err) == EDUBAL_OK,
		"%s", edubal_error_message(err));
	ck_assert_msg(edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
		path_of("tests/data/preschool/counties.csv"), err) == EDUBAL_OK,
		"%s", edubal_error_message(err));
	edubal_standard *std = builtin("cn-2020-preschool");
	edubal_report *r = evaluate(std, ds);
	json_t *j = report_json(r);
	/* GER = 900 / 1000 = 0.9 >= 0.85 */
	ck_assert_double_eq_tol(item_value(j, "preschool_ger"), 0.9, 1e-12);
	ck_assert(item_pass(j, "preschool_ger"));
	/* inclusive coverage = (300 + 250) / 900 = 0.611... < 0.80 */
	ck_assert_double_eq_tol(item_value(j, "inclusive_coverage"),
		550.0 / 900.0, 1e-12);
	ck_assert(!item_pass(j, "inclusive_coverage"));
	/* public share = 300 / 900 = 0.333... < 0.50 */
	ck_assert_double_eq_tol(item_value(j, "public_share"), 300.0 / 900.0,
		1e-12);
	ck_assert(!item_pass(j, "public_share"));
	/* class-size compliance = 27 / 30 = 0.9 >= 0.85 */
	ck_assert_double_eq_tol(item_value(j, "class_size_compliance"), 0.9, 1e-12);
	ck_assert(item_pass(j, "class_size_compliance"));
	/* certified = 57 / 58 = 0.983 < 1 */
	ck_assert(!item_pass(j, "certified_staff"));
	/* 900 children / 58 teachers = 15.5 children per teacher: worse than 1:15 */
	ck_assert(!item_pass(j, "teacher_child_ratio"));
	/* 650 >= 600 元 */
	ck_assert(item_pass(j, "funding_per_child"));
	ck_assert_int_eq(verdict(r), EDUBAL_VERDICT_FAIL);
	json_decref(j);
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

static json_t *
group_of(json_t *rollup, const char *level, const char *name)
{
	json_t *groups = json_object_get(rollup, "groups");
	for (size_t i = 0; i < json_array_size(groups); i++) {
		json_t *g = json_array_get(groups, i);
		const char *field = strcmp(level, "city") == 0 ? "city" : "province";
		if (strcmp(json_string_value(json_object_get(g, "level")), level))
			continue;
		if (!name || strcmp(json_string_value(json_object_get(g, field)),
		    name) == 0)
			return g;
	}
	ck_abort_msg("no group %s %s", level, name ? name : "");
	return NULL;
}

static void
assert_group(json_t *g, int counties, int pass, double share)
{
	ck_assert_int_eq(json_integer_value(json_object_get(g, "counties")),
		counties);
	ck_assert_int_eq(json_integer_value(json_object_get(g, "pass")), pass);
	ck_assert_double_eq_tol(json_number_value(json_object_get(g,
		"pass_share")), share, 1e-12);
}

static bool
target_met(json_t *g, int index)
{
	return json_is_true(json_object_get(json_array_get(json_object_get(g,
		"targets"), (size_t) index), "met"));
}

/*
 * SPEC §6 rollups on hand-made counties (tests/data/rollup): recognition
 * 0.90 pass, 0.80 fail, 0.95 pass, missing (incomplete, not passing),
 * 0.86 pass.  All: 3 of 5 = 0.6, meets 30% by 2023, not 100% by 2025.
 * 示例省 2 of 4 = 0.5; 另一省 1 of 1; 甲市 1 of 2; 乙市 1 of 2.
 */
START_TEST(rollup_by_city_and_province)
{
	edubal_standard *std = profile("{\"format\": \"edubal-profile/1\", "
		"\"id\": \"test-rollup\", \"name\": {\"zh\": \"测试\", \"en\": "
		"\"test\"}, \"levels\": [], \"items\": [{\"key\": "
		"\"social_recognition\", \"part\": \"recognition\", \"all\": "
		"[{\"left\": \"social_recognition_rate\", \"op\": \">=\", "
		"\"right\": 0.85}]}], \"targets\": [{\"year\": 2023, \"share\": 0.3},"
		" {\"year\": 2025, \"share\": 1.0}]}");
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
		path_of("tests/data/rollup/counties.csv"), err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_report *r = evaluate(std, ds);
	char *text = NULL;
	ck_assert_int_eq(edubal_report_rollup(r, NULL, EDUBAL_FORMAT_JSON, "zh",
		&text, err), EDUBAL_OK);
	json_t *j = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(j);
	json_t *all = group_of(j, "all", NULL);
	assert_group(all, 5, 3, 0.6);
	ck_assert(target_met(all, 0));
	ck_assert(!target_met(all, 1));
	assert_group(group_of(j, "province", "示例省"), 4, 2, 0.5);
	json_t *other = group_of(j, "province", "另一省");
	assert_group(other, 1, 1, 1.0);
	ck_assert(target_met(other, 1));
	assert_group(group_of(j, "city", "甲市"), 2, 1, 0.5);
	assert_group(group_of(j, "city", "乙市"), 2, 1, 0.5);
	ck_assert_int_eq(json_integer_value(json_object_get(group_of(j, "city",
		"乙市"), "incomplete")), 1);
	json_decref(j);
	edubal_free(text);
	ck_assert_int_eq(edubal_report_rollup(r, NULL, EDUBAL_FORMAT_CSV, "zh",
		&text, err), EDUBAL_EINVAL);
	edubal_report_free(r);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	edubal_standard_free(std);
}
END_TEST


/* Whether value v passes "v OP t" by the comparator's meaning. */
static bool
expected_pass(const char *op, double v, double t)
{
	if (strcmp(op, ">=") == 0) return v >= t;
	if (strcmp(op, ">") == 0) return v > t;
	if (strcmp(op, "<=") == 0) return v <= t;
	if (strcmp(op, "<") == 0) return v < t;
	return v == t;
}

struct threshold_case {
	const char *key, *column, *op;
	double value, threshold;
};

/* County items "column OP number" (one condition) of a profile, each at
 * its threshold,
 * one part in 10^9 below and above (not above 1 for a rate). */
static size_t
threshold_cases(const edubal_standard *std, struct threshold_case *cases,
	size_t cap, json_t **profile_json)
{
	char *text = NULL;
	ck_assert_int_eq(edubal_standard_to_json(std, &text, NULL), EDUBAL_OK);
	*profile_json = json_loads(text, 0, NULL);
	json_t *items = json_object_get(*profile_json, "items");
	edubal_free(text);
	size_t n = 0;
	for (size_t i = 0; i < json_array_size(items); i++) {
		json_t *it = json_array_get(items, i);
		json_t *c0 = json_array_get(json_object_get(it, "all"), 0);
		json_t *scope = json_object_get(it, "scope");
		if (json_array_size(json_object_get(it, "all")) != 1 ||
		    !json_is_string(json_object_get(c0, "left")) ||
		    !json_is_number(json_object_get(c0, "right")) ||
		    json_object_get(it, "when") ||
		    (scope && strcmp(json_string_value(scope), "county") != 0))
			continue;
		double t = json_number_value(json_object_get(c0, "right"));
		const char *column = json_string_value(json_object_get(c0, "left"));
		double eps = 1e-9 * fmax(1, fabs(t));
		double variants[3] = {t, t - eps, t + eps};
		bool rate = strstr(column, "_rate") != NULL;
		for (int v = 0; v < 3 && n < cap; v++) {
			if ((rate && variants[v] > 1) || variants[v] < 0)
				continue;
			cases[n++] = (struct threshold_case){
				json_string_value(json_object_get(it, "key")), column,
				json_string_value(json_object_get(c0, "op")), variants[v], t};
		}
	}
	return n;
}

/* Judge every case of one profile on a one-row counties table. */
static void
check_threshold_cases(const edubal_standard *std,
	const struct threshold_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char csv[512];
		snprintf(csv, sizeof csv, "county_id,%s\nT,%.17g\n", cases[i].column,
			cases[i].value);
		edubal_table *t = NULL;
		edubal_dataset *ds = edubal_dataset_new();
		edubal_error *err = edubal_error_new();
		ck_assert_int_eq(edubal_table_parse_csv(csv, strlen(csv), "c.csv", &t,
			NULL), EDUBAL_OK);
		ck_assert_msg(edubal_dataset_add_table(ds, EDUBAL_TABLE_COUNTIES, t,
			err) == EDUBAL_OK, "%s", edubal_error_message(err));
		edubal_report *r = evaluate(std, ds);
		json_t *j = report_json(r);
		ck_assert_msg(item_pass(j, cases[i].key) == expected_pass(cases[i].op,
			cases[i].value, cases[i].threshold), "%s %s: %.17g %s %.17g",
			edubal_standard_id(std), cases[i].key, cases[i].value,
			cases[i].op, cases[i].threshold);
		json_decref(j);
		edubal_report_free(r);
		edubal_dataset_free(ds);
		edubal_table_free(t);
		edubal_error_free(err);
	}
}

/* SPEC §2.4–§6: every numeric county threshold of every built-in profile
 * at, just below and just above its value, judged by its comparator
 * (">=" passes at the value, "<" fails at it). */
START_TEST(county_thresholds_at_below_and_above)
{
	size_t total = 0;
	for (size_t p = 0; p < edubal_standard_builtin_count(); p++) {
		edubal_standard *std = builtin(edubal_standard_builtin_id(p));
		struct threshold_case cases[256];
		json_t *profile_json;
		size_t n = threshold_cases(std, cases, 256, &profile_json);
		check_threshold_cases(std, cases, n);
		total += n;
		json_decref(profile_json);
		edubal_standard_free(std);
	}
	ck_assert_int_ge(total, 60);
}
END_TEST

/* SPEC §6: Shaoxing's limits are strict: 0.35 exactly fails, while the
 * national 0.50 exactly passes (cv_limit_exactly_at_limit_passes). */
START_TEST(shaoxing_cv_limits_are_strict)
{
	edubal_standard *std = builtin("zj-shaoxing-2021");
	double cvs[7] = {0.35, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, composite;
	size_t failing;
	int pass = 1;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 1);
	ck_assert_int_eq(pass, 0);
	cvs[0] = 0.3499999;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(pass, 1);
	cvs[0] = 0.30; /* junior limit 0.30, strict */
	ck_assert_int_eq(edubal_evaluate_cvs(std, "junior", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(pass, 0);
	cvs[0] = 0.2999999;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "junior", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(pass, 1);
	edubal_standard_free(std);
}
END_TEST

/* SPEC §3 published 2012 tables: composite = mean of the 8 published CVs
 * (rounded to 3 places, so within 0.0005 of the published composite), and
 * the published verdict against 0.65 / 0.55. */
START_TEST(published_2012_composites)
{
	json_t *cases = json_object_get(published_case("basic_2012_composites"),
		"cases");
	edubal_standard *std = builtin("cn-2012-compulsory-basic");
	ck_assert_int_ge(json_array_size(cases), 8);
	for (size_t i = 0; i < json_array_size(cases); i++) {
		json_t *c = json_array_get(cases, i);
		double cvs[16], composite;
		size_t n = read_cvs(json_object_get(c, "cv"), cvs), failing;
		int pass = -1;
		ck_assert_int_eq(edubal_evaluate_cvs(std, json_string_value(
			json_object_get(c, "level")), cvs, n, &failing, &composite, &pass,
			NULL), EDUBAL_OK);
		ck_assert_double_eq_tol(composite, json_number_value(json_object_get(
			c, "composite")), 0.0005);
		ck_assert_int_eq(pass, json_is_true(json_object_get(c, "pass")));
	}
	/* and the limit itself: 0.65 passes, above it fails (primary) */
	double cvs[8] = {0.65, 0.65, 0.65, 0.65, 0.65, 0.65, 0.65, 0.65}, comp;
	size_t failing;
	int pass = 0;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 8, &failing,
		&comp, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(pass, 1);
	cvs[0] = 0.6500001 * 8 - 0.65 * 7;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 8, &failing,
		&comp, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(pass, 0);
	edubal_standard_free(std);
}
END_TEST

static Suite *
evaluate_suite(void)
{
	Suite *s = suite_create("evaluate");
	TCase *sample = tcase_create("sample-county");
	tcase_add_test(sample, sample_county_report_matches_expected);
	tcase_add_test(sample, sample_county_fails_for_exactly_three_reasons);
	tcase_add_test(sample, mended_county_passes);
	tcase_add_test(sample, missing_county_column_is_incomplete);
	tcase_add_test(sample, certain_failure_wins_over_missing_input);
	tcase_add_test(sample, no_counties_file_is_incomplete);
	tcase_add_test(sample, classes_file_decides_class_size);
	tcase_add_test(sample, user_profile_override_changes_one_item);
	tcase_add_test(sample, class_of_unknown_school_is_bad_data);
	tcase_add_test(sample, evaluate_rejects_bad_arguments);
	suite_add_tcase(s, sample);
	TCase *published = tcase_create("published");
	tcase_add_test(published, published_jiujiang_fails_on_one_cv);
	tcase_add_test(published, published_ningguo_six_failures_per_level);
	tcase_add_test(published, cv_limit_exactly_at_limit_passes);
	tcase_add_test(published, evaluate_cvs_rejects_bad_arguments);
	tcase_add_test(published, published_combined_school_split);
	tcase_add_test(published, interleaved_counties_group_by_county);
	suite_add_tcase(s, published);
	TCase *others = tcase_create("other-standards");
	tcase_add_test(others, preschool_hand_computed_county);
	tcase_add_test(others, rollup_by_city_and_province);
	tcase_add_test(others, county_thresholds_at_below_and_above);
	tcase_add_test(others, shaoxing_cv_limits_are_strict);
	tcase_add_test(others, published_2012_composites);
	suite_add_tcase(s, others);
	return s;
}

int
main(int argc, char **argv)
{
	root = argc > 1 ? argv[1] : ".";
	SRunner *sr = srunner_create(evaluate_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
