/*
 * Unit tests of the reasons of a verdict (SPEC §2.6): the code and the zh
 * and en message of every kind of reason, against texts written out by
 * hand from tests/data/reasons/schools.csv, and the public accessors'
 * promise of stable borrowed pointers now that the texts are made on
 * first access (src/evaluate/reasons.h).
 *
 * tests/data/reasons/schools.csv, against cn-2017-compulsory (thresholds
 * primary 4.2 / 1.0 / 0.9 / 4.5 / 7.5 / 2000 / 2.3, junior 5.3 / 1.0 /
 * 0.9 / 5.8 / 10.2 / 2500 / 2.4; 6 of 7 met and the rest >= 85%; CV
 * limits 0.50 / 0.45) with its composite judged at <= 0.1:
 *
 *   R1 (primary only)
 *     R1-A 100 pupils: 15, 2, 1, 5, 8, 2500, 3 per the indicators: all met.
 *     R1-B 200 pupils: 9/200*100 = 4.5, 2, 1, 5, 1400/200 = 7, 300000/200
 *       = 1500, 3: sports 7 < 7.5 (>= 6.375, above the floor), equipment
 *       1500 < 1700 = 85% of 2000 (below the floor): 5 met, fails.
 *     CVs, enrollment-weighted with the population SD (SPEC §1):
 *       qualified: mean (1500 + 900) / 300 = 8, variance (100 * 7² + 200 *
 *         3.5²) / 300 = 24.5, CV = sqrt(24.5) / 8 = 0.6187184 > 0.5;
 *       sports: values 8 and 7, mean 22/3, CV = sqrt(2) / 22 = 0.0642824;
 *       equipment: 2500 and 1500, mean 5500/3, CV = sqrt(2) / 5.5 =
 *         0.2571297; the other four are equal, CV 0.
 *     composite = (0.6187184 + 0.0642824 + 0.2571297) / 7 = 0.1343044.
 *     No junior school: the junior level cannot be judged.
 *   R2 (junior only)
 *     R2-A: 6, 2, 1, 6, 11, 3000, 0: 6 met, multimedia 0 below the floor.
 *     R2-B: no qualified_teachers: 5 met, multimedia 0 below the floor.
 *     qualified_teachers missing for R2-B; multimedia's mean is 0.
 *
 * argv[1]: the source root.
 */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <edubal/edubal.h>

static const char *root;

static char *
path_of(const char *rel)
{
	static char buf[4][4096];
	static int next;
	char *p = buf[next++ % 4];
	snprintf(p, 4096, "%s/%s", root, rel);
	return p;
}

static edubal_dataset *
load(const char *schools, const char *counties)
{
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	ck_assert_msg(edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		path_of(schools), err) == EDUBAL_OK, "%s", edubal_error_message(err));
	if (counties)
		ck_assert_msg(edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
			path_of(counties), err) == EDUBAL_OK, "%s",
			edubal_error_message(err));
	edubal_error_free(err);
	return ds;
}

/* cn-2017-compulsory with its composite CV judged at <= 0.1. */
static const char composite_profile[] =
	"{\"id\": \"test-composite\", \"parent\": \"cn-2017-compulsory\", "
	"\"composite_rule\": {\"judged\": true, \"limit\": {\"primary\": 0.1, "
	"\"junior\": 0.1}, \"comparator\": \"<=\"}}";

static edubal_report *
evaluate_with(const char *profile_json, const char *schools,
	const char *counties)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	if (profile_json)
		ck_assert_msg(edubal_standard_parse(profile_json,
			strlen(profile_json), "test-profile", &std, err) == EDUBAL_OK,
			"%s", edubal_error_message(err));
	else
		ck_assert_msg(edubal_standard_builtin("cn-2017-compulsory", &std,
			err) == EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_dataset *ds = load(schools, counties);
	edubal_report *report = NULL;
	ck_assert_msg(edubal_evaluate(std, ds, &report, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_dataset_free(ds);
	edubal_standard_free(std);
	edubal_error_free(err);
	return report;
}

static edubal_report *
reasons_report(void)
{
	return evaluate_with(composite_profile, "tests/data/reasons/schools.csv",
		NULL);
}

static size_t
county_named(const edubal_report *r, const char *id)
{
	for (size_t c = 0; c < edubal_report_county_count(r); c++)
		if (strcmp(edubal_report_county_id(r, c), id) == 0)
			return c;
	ck_abort_msg("no county %s", id);
	return 0;
}

/* The reason of county whose code is code: its zh and en messages must be
 * exactly zh and en. */
static void
assert_reason(const edubal_report *r, const char *county, const char *code,
	const char *zh, const char *en)
{
	size_t c = county_named(r, county);
	for (size_t i = 0; i < edubal_report_reason_count(r, c); i++) {
		if (strcmp(edubal_report_reason_code(r, c, i), code) != 0)
			continue;
		ck_assert_str_eq(edubal_report_reason_message(r, c, i, "zh"), zh);
		ck_assert_str_eq(edubal_report_reason_message(r, c, i, "en"), en);
		return;
	}
	ck_abort_msg("county %s has no reason %s", county, code);
}

/* SPEC §2.3: a school failing the k-of-n rule names its shortfalls, with
 * "below the floor fraction" only for the one under 85%. */
START_TEST(school_reason_text)
{
	edubal_report *r = reasons_report();
	assert_reason(r, "R1", "resource.primary.school.R1-B",
		"小学 R1-B 未达到资源配置标准(达标 5 项,要求至少 6 项且其余不低于"
		"标准的 85%):生均体育运动场馆面积 7(标准 7.5);生均教学仪器设备值 "
		"1500(标准 2000,低于标准的下限比例)",
		"primary school R1-B fails the resource rule (5 indicators met; at "
		"least 6 required and the rest at 85% of the standard): "
		"sports_area_per_student 7 (standard 7.5); "
		"equipment_value_per_student 1500 (standard 2000, below the floor "
		"fraction)");
	assert_reason(r, "R2", "resource.junior.school.R2-A",
		"初中 R2-A 未达到资源配置标准(达标 6 项,要求至少 6 项且其余不低于"
		"标准的 85%):每百名学生拥有网络多媒体教室数 0(标准 2.4,低于标准的"
		"下限比例)",
		"junior school R2-A fails the resource rule (6 indicators met; at "
		"least 6 required and the rest at 85% of the standard): "
		"multimedia_classrooms_per100 0 (standard 2.4, below the floor "
		"fraction)");
	edubal_report_free(r);
}
END_TEST

/* SPEC §2.2: sqrt(24.5) / 8 = 0.618718 is over the primary limit 0.5. */
START_TEST(cv_reason_text)
{
	edubal_report *r = reasons_report();
	assert_reason(r, "R1", "resource.primary.cv.qualified_teachers_per100",
		"小学 每百名学生拥有高于规定学历教师数 差异系数 0.618718 不满足 <= 0.5",
		"primary: the CV of qualified_teachers_per100 is 0.618718, which is "
		"not <= 0.5");
	edubal_report_free(r);
}
END_TEST

/* SPEC §2.2: the composite, the mean of the seven CVs, 0.134304 > 0.1. */
START_TEST(composite_reason_text)
{
	edubal_report *r = reasons_report();
	assert_reason(r, "R1", "resource.primary.composite",
		"小学 综合差异系数 0.134304 超过 0.1",
		"primary: the composite CV 0.134304 is over the limit 0.1");
	edubal_report_free(r);
}
END_TEST

/* SPEC §2.6: missing inputs, an undefined CV and a level without schools
 * make the verdict incomplete, each with its reason. */
START_TEST(missing_reason_texts)
{
	edubal_report *r = reasons_report();
	assert_reason(r, "R2", "missing.resource.junior.qualified_teachers_per100",
		"缺少数据:初中 每百名学生拥有高于规定学历教师数 有 1 所学校未提供 "
		"qualified_teachers_per100 所需数据(qualified_teachers 或 "
		"qualified_teachers_junior),例如 R2-B",
		"missing input: 1 junior school(s) lack the data for "
		"qualified_teachers_per100 (qualified_teachers or "
		"qualified_teachers_junior), e.g. R2-B");
	assert_reason(r, "R2", "undefined.resource.junior.cv."
		"multimedia_classrooms_per100",
		"初中 每百名学生拥有网络多媒体教室数 均值为 0,差异系数无定义",
		"junior: the mean of multimedia_classrooms_per100 is 0, so its CV is "
		"undefined");
	assert_reason(r, "R1", "missing.resource.junior.schools",
		"缺少数据:没有参评的初中学校", "missing input: no junior schools to "
		"assess");
	assert_reason(r, "R2", "missing.resource.primary.schools",
		"缺少数据:没有参评的小学学校", "missing input: no primary schools to "
		"assess");
	edubal_report_free(r);
}
END_TEST

/* SPEC §2.4 (data/sample/counties.csv: migrant_public_rate 0.82), and an
 * item that cannot be judged without counties.csv. */
START_TEST(item_reason_texts)
{
	edubal_report *r = evaluate_with(NULL, "data/sample/schools.csv",
		"data/sample/counties.csv");
	assert_reason(r, "C03000", "item.migrant_children",
		"符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于"
		"85%:migrant_public_rate = 0.82,要求 >= 0.85",
		"migrant children in public or government-purchased places ≥ 85%: "
		"migrant_public_rate = 0.82, required >= 0.85");
	edubal_report_free(r);
	r = reasons_report();
	assert_reason(r, "R1", "missing.item.layout_planned",
		"缺少数据:学校规划布局合理(未提供或无法计算 layout_planned(未提供 "
		"counties.csv))",
		"missing input: school layout planned (layout_planned not given or "
		"undefined (counties.csv not given))");
	edubal_report_free(r);
}
END_TEST

/* evaluate.h: the accessors return borrowed pointers that stay the same
 * for the life of the report, whichever is asked first. */
START_TEST(accessors_return_stable_pointers)
{
	edubal_report *r = reasons_report();
	size_t c = county_named(r, "R1");
	size_t n = edubal_report_reason_count(r, c);
	ck_assert_uint_ge(n, 4);
	for (size_t i = 0; i < n; i++) {
		const char *en = edubal_report_reason_message(r, c, i, "en");
		const char *code = edubal_report_reason_code(r, c, i);
		const char *zh = edubal_report_reason_message(r, c, i, "zh");
		ck_assert_ptr_nonnull(en);
		ck_assert_ptr_eq(edubal_report_reason_code(r, c, i), code);
		ck_assert_ptr_eq(edubal_report_reason_message(r, c, i, "en"), en);
		ck_assert_ptr_eq(edubal_report_reason_message(r, c, i, "zh"), zh);
		/* Anything but "en" is Chinese, as before. */
		ck_assert_ptr_eq(edubal_report_reason_message(r, c, i, NULL), zh);
	}
	ck_assert_ptr_null(edubal_report_reason_code(r, c, n));
	ck_assert_ptr_null(edubal_report_reason_message(r, c, n, "en"));
	ck_assert_ptr_null(edubal_report_reason_code(r, 99, 0));
	ck_assert_ptr_null(edubal_report_reason_code(NULL, 0, 0));
	edubal_report_free(r);
}
END_TEST

/* The JSON report and the accessors write the same texts, before and
 * after the accessors have made theirs. */
START_TEST(json_reasons_equal_accessors)
{
	edubal_report *r = reasons_report();
	for (int round = 0; round < 2; round++) {
		char *text = NULL;
		ck_assert_int_eq(edubal_report_render(r, EDUBAL_FORMAT_JSON, "en",
			&text, NULL), EDUBAL_OK);
		json_error_t jerr;
		json_t *json = json_loads(text, 0, &jerr);
		ck_assert_msg(json != NULL, "%s", jerr.text);
		edubal_free(text);
		json_t *counties = json_object_get(json, "counties");
		ck_assert_uint_eq(json_array_size(counties),
			edubal_report_county_count(r));
		for (size_t c = 0; c < json_array_size(counties); c++) {
			json_t *reasons = json_object_get(json_array_get(counties, c),
				"reasons");
			ck_assert_uint_eq(json_array_size(reasons),
				edubal_report_reason_count(r, c));
			for (size_t i = 0; i < json_array_size(reasons); i++) {
				json_t *x = json_array_get(reasons, i);
				ck_assert_str_eq(json_string_value(json_object_get(x,
					"code")), edubal_report_reason_code(r, c, i));
				ck_assert_str_eq(json_string_value(json_object_get(x, "zh")),
					edubal_report_reason_message(r, c, i, "zh"));
				ck_assert_str_eq(json_string_value(json_object_get(x, "en")),
					edubal_report_reason_message(r, c, i, "en"));
			}
		}
		json_decref(json);
	}
	edubal_report_free(r);
}
END_TEST

/* A report nobody asked for texts is freed without them (ASan checks the
 * texts made for the others are freed). */
START_TEST(report_freed_with_and_without_texts)
{
	edubal_report *r = reasons_report();
	edubal_report_free(r);
	r = reasons_report();
	ck_assert_ptr_nonnull(edubal_report_reason_message(r, 0, 0, "en"));
	edubal_report_free(r);
}
END_TEST

static Suite *
reasons_suite(void)
{
	Suite *s = suite_create("reasons");
	TCase *tc = tcase_create("texts");
	tcase_add_test(tc, school_reason_text);
	tcase_add_test(tc, cv_reason_text);
	tcase_add_test(tc, composite_reason_text);
	tcase_add_test(tc, missing_reason_texts);
	tcase_add_test(tc, item_reason_texts);
	suite_add_tcase(s, tc);
	tc = tcase_create("accessors");
	tcase_add_test(tc, accessors_return_stable_pointers);
	tcase_add_test(tc, json_reasons_equal_accessors);
	tcase_add_test(tc, report_freed_with_and_without_texts);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char **argv)
{
	root = argc > 1 ? argv[1] : ".";
	SRunner *sr = srunner_create(reasons_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
