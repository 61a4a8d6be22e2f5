/*
 * tests/unit/test_standard.c - standard profiles (edubal/standard.h and
 * the private src/standard/standard.h): the built-in 2017 profile against
 * SPEC §2, the other built-in profiles against SPEC §3-§6, inheritance,
 * the constructs of issue 4 ("in", aggregates, when, statistics, targets),
 * validation messages, JSON output and descriptions.
 *
 * usage: test_standard SOURCE_ROOT   (EDUBAL_TEST_TMPDIR: scratch space)
 */
#include <check.h>
#include <dirent.h>
#include <jansson.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <edubal/edubal.h>
#include <edubal/standard.h>

#include "standard/profile.h"
#include "standard/standard.h"

#define CN2017 "cn-2017-compulsory"
#define TOL 1e-12

static const char *source_root = ".";

/* ---- helpers ---- */

static edubal_standard *
builtin(void)
{
	edubal_standard *s = NULL;
	ck_assert_int_eq(edubal_standard_builtin(CN2017, &s, NULL), EDUBAL_OK);
	ck_assert_ptr_nonnull(s);
	return s;
}

static edubal_standard *
parse_ok(const char *text)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *s = NULL;
	edubal_status st = edubal_standard_parse(text, strlen(text), "t.json",
		&s, err);
	ck_assert_msg(st == EDUBAL_OK, "parse failed: %s",
		edubal_error_message(err));
	edubal_error_free(err);
	return s;
}

/* Parsing text fails with status and a message containing want. */
static void
parse_fails(const char *text, edubal_status status, const char *want)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *s = (edubal_standard *) &s; /* must stay untouched */
	edubal_standard *before = s;
	edubal_status st = edubal_standard_parse(text, strlen(text), "t.json",
		&s, err);
	ck_assert_int_eq(st, status);
	ck_assert_int_eq(edubal_error_status(err), status);
	ck_assert_ptr_eq(s, before);
	ck_assert_msg(strstr(edubal_error_message(err), want) != NULL,
		"message \"%s\" lacks \"%s\"", edubal_error_message(err), want);
	ck_assert_str_eq(edubal_error_source(err), "t.json");
	edubal_error_free(err);
}

static const struct edubal__indicator *
indicator(const edubal_standard *s, const char *key)
{
	for (size_t i = 0; i < s->indicator_count; i++)
		if (strcmp(s->indicators[i].key, key) == 0)
			return &s->indicators[i];
	return NULL;
}

static const struct edubal__item *
item(const edubal_standard *s, const char *key)
{
	for (size_t i = 0; i < s->item_count; i++)
		if (strcmp(s->items[i].key, key) == 0)
			return &s->items[i];
	return NULL;
}

static size_t
part_count(const edubal_standard *s, const char *part)
{
	size_t n = 0;
	for (size_t i = 0; i < s->item_count; i++)
		n += strcmp(s->items[i].part, part) == 0;
	return n;
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	ck_assert_ptr_nonnull(f);
	fputs(text, f);
	fclose(f);
}

/* A new scratch directory (new string). */
static char *
scratch_dir(void)
{
	const char *base = getenv("EDUBAL_TEST_TMPDIR");
	char *dir = malloc(1024);
	snprintf(dir, 1024, "%s/standard-XXXXXX", base ? base : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	return dir;
}

/* Remove a scratch directory and the files in it. */
static void
remove_dir(char *dir)
{
	DIR *d = opendir(dir);
	ck_assert_ptr_nonnull(d);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		char path[1200];
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		ck_assert_int_eq(unlink(path), 0);
	}
	closedir(d);
	ck_assert_int_eq(rmdir(dir), 0);
	free(dir);
}

static char *
read_all(const char *path)
{
	FILE *f = fopen(path, "rb");
	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *text = malloc((size_t) n + 1);
	ck_assert_uint_eq(fread(text, 1, (size_t) n, f), (size_t) n);
	text[n] = '\0';
	fclose(f);
	return text;
}

/* A small complete root profile; %s is spliced in before "items". */
static const char mini_fmt[] =
	"{\"format\": \"edubal-profile/1\", \"id\": \"mini\", "
	"\"levels\": [\"primary\"], "
	"\"indicators\": [{\"key\": \"a\", \"resource\": \"a\", "
	"\"basis\": \"section\", \"threshold\": {\"primary\": 1}}], "
	"\"school_rule\": {\"min_met\": 1, \"floor_fraction\": 0.5}, %s"
	"\"items\": [{\"key\": \"i\", \"part\": \"quality\", "
	"\"all\": [{\"flag\": \"f\"}]}]}";

static char mini_buf[4096];

static const char *
mini(const char *extra)
{
	snprintf(mini_buf, sizeof mini_buf, mini_fmt, extra);
	return mini_buf;
}

/* A child of the 2017 profile with members (no braces) added. */
static char child_buf[4096];

static const char *
child(const char *members)
{
	snprintf(child_buf, sizeof child_buf, "{\"id\": \"child\", "
		"\"parent\": \"" CN2017 "\"%s%s}", members[0] ? ", " : "", members);
	return child_buf;
}

/* ---- built-in 2017 profile: SPEC §2 ---- */

START_TEST(test_builtin_list)
{
	ck_assert_uint_ge(edubal_standard_builtin_count(), 1);
	ck_assert_ptr_nonnull(edubal_standard_builtin_id(0));
	ck_assert_ptr_null(edubal_standard_builtin_id(
		edubal_standard_builtin_count()));
	bool found = false;
	for (size_t i = 0; i < edubal_standard_builtin_count(); i++) {
		edubal_standard *s = NULL;
		const char *id = edubal_standard_builtin_id(i);
		ck_assert_int_eq(edubal_standard_builtin(id, &s, NULL), EDUBAL_OK);
		ck_assert_str_eq(edubal_standard_id(s), id);
		found = found || strcmp(id, CN2017) == 0;
		edubal_standard_free(s);
	}
	ck_assert(found);
}
END_TEST

START_TEST(test_builtin_meta)
{
	edubal_standard *s = builtin();
	ck_assert_str_eq(edubal_standard_id(s), CN2017);
	ck_assert_str_eq(edubal_standard_parent(s), "");
	ck_assert_str_eq(edubal_standard_name(s, "zh"),
		"县域义务教育优质均衡发展督导评估(2017)");
	ck_assert_str_eq(edubal_standard_name(s, NULL),
		edubal_standard_name(s, "zh"));
	ck_assert_str_eq(edubal_standard_name(s, "en"),
		"County compulsory education high-quality balanced development (2017)");
	ck_assert_ptr_nonnull(strstr(edubal_standard_source(s), "教督〔2017〕6号"));
	ck_assert_int_eq(s->year, 2017);
	ck_assert(s->level[EDUBAL__PRIMARY]);
	ck_assert(s->level[EDUBAL__JUNIOR]);
	ck_assert(!s->level[EDUBAL__SENIOR]);
	ck_assert_ptr_null(s->parent_json);
	ck_assert_ptr_nonnull(s->json);
	edubal_standard_free(s);
}
END_TEST

/* SPEC §2.1: key, X_i basis, primary and junior thresholds, scale. */
static const struct {
	const char *key, *resource;
	enum edubal__basis basis;
	double scale, primary, junior;
} spec_2_1[] = {
	{ "qualified_teachers_per100", "qualified_teachers",
	  EDUBAL__BASIS_SECTION, 100, 4.2, 5.3 },
	{ "backbone_teachers_per100", "backbone_teachers",
	  EDUBAL__BASIS_SECTION, 100, 1.0, 1.0 },
	{ "pe_art_teachers_per100", "pe_art_teachers",
	  EDUBAL__BASIS_SECTION, 100, 0.9, 0.9 },
	{ "teaching_room_area_per_student", "teaching_room_area",
	  EDUBAL__BASIS_SHARED, 1, 4.5, 5.8 },
	{ "sports_area_per_student", "sports_area",
	  EDUBAL__BASIS_SHARED, 1, 7.5, 10.2 },
	{ "equipment_value_per_student", "equipment_value",
	  EDUBAL__BASIS_SHARED, 1, 2000, 2500 },
	{ "multimedia_classrooms_per100", "multimedia_classrooms",
	  EDUBAL__BASIS_SHARED, 100, 2.3, 2.4 },
};

START_TEST(test_builtin_indicators)
{
	edubal_standard *s = builtin();
	size_t n = sizeof spec_2_1 / sizeof spec_2_1[0];
	ck_assert_uint_eq(s->indicator_count, n);
	for (size_t i = 0; i < n; i++) {
		const struct edubal__indicator *ind = &s->indicators[i];
		ck_assert_str_eq(ind->key, spec_2_1[i].key);
		ck_assert_str_eq(ind->resource, spec_2_1[i].resource);
		ck_assert_int_eq(ind->basis, spec_2_1[i].basis);
		ck_assert_double_eq_tol(ind->scale, spec_2_1[i].scale, TOL);
		ck_assert(ind->has_threshold[EDUBAL__PRIMARY]);
		ck_assert(ind->has_threshold[EDUBAL__JUNIOR]);
		ck_assert(!ind->has_threshold[EDUBAL__SENIOR]);
		ck_assert_double_eq_tol(ind->threshold[EDUBAL__PRIMARY],
			spec_2_1[i].primary, TOL);
		ck_assert_double_eq_tol(ind->threshold[EDUBAL__JUNIOR],
			spec_2_1[i].junior, TOL);
		ck_assert(ind->name_zh[0] && ind->name_en[0]);
	}
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_builtin_rules)
{
	edubal_standard *s = builtin();
	ck_assert_int_eq(s->min_met, 6);
	ck_assert_double_eq_tol(s->floor_fraction, 0.85, TOL);
	ck_assert(s->all_schools);
	ck_assert(s->cv.judged);
	ck_assert_int_eq(s->cv.op, EDUBAL__LE);
	ck_assert(s->cv.has_limit[EDUBAL__PRIMARY]);
	ck_assert(s->cv.has_limit[EDUBAL__JUNIOR]);
	ck_assert_double_eq_tol(s->cv.limit[EDUBAL__PRIMARY], 0.50, TOL);
	ck_assert_double_eq_tol(s->cv.limit[EDUBAL__JUNIOR], 0.45, TOL);
	ck_assert_int_eq(s->cv.round_digits, -1);
	ck_assert_int_eq(s->cv.method, EDUBAL_CV_OFFICIAL);
	ck_assert(!s->composite.judged);
	ck_assert(!s->composite.has_limit[EDUBAL__PRIMARY]);
	ck_assert_int_eq(s->composite.round_digits, -1);
	edubal_standard_free(s);
}
END_TEST

/* SPEC §2.3 split weights; the exclusions of the profile. */
START_TEST(test_builtin_split_exclude)
{
	edubal_standard *s = builtin();
#define w (s->split)
	ck_assert(s->has_split[EDUBAL__TYPE_NINE_YEAR]);
	ck_assert_double_eq_tol(w[EDUBAL__TYPE_NINE_YEAR][EDUBAL__PRIMARY], 1,
		TOL);
	ck_assert_double_eq_tol(w[EDUBAL__TYPE_NINE_YEAR][EDUBAL__JUNIOR], 1.1,
		TOL);
	ck_assert(s->has_split[EDUBAL__TYPE_COMPLETE_SECONDARY]);
	ck_assert_double_eq_tol(
		w[EDUBAL__TYPE_COMPLETE_SECONDARY][EDUBAL__JUNIOR], 1, TOL);
	ck_assert_double_eq_tol(
		w[EDUBAL__TYPE_COMPLETE_SECONDARY][EDUBAL__SENIOR], 1.2, TOL);
	ck_assert(s->has_split[EDUBAL__TYPE_TWELVE_YEAR]);
	ck_assert_double_eq_tol(w[EDUBAL__TYPE_TWELVE_YEAR][EDUBAL__PRIMARY], 1,
		TOL);
	ck_assert_double_eq_tol(w[EDUBAL__TYPE_TWELVE_YEAR][EDUBAL__JUNIOR], 1.1,
		TOL);
	ck_assert_double_eq_tol(w[EDUBAL__TYPE_TWELVE_YEAR][EDUBAL__SENIOR],
		1.32, TOL);
	ck_assert(!s->has_split[EDUBAL__TYPE_PRIMARY]);
#undef w
	ck_assert(edubal__standard_excludes(s, EDUBAL__TYPE_SPECIAL, 100));
	ck_assert(edubal__standard_excludes(s, EDUBAL__TYPE_SENIOR, 100));
	ck_assert(!edubal__standard_excludes(s, EDUBAL__TYPE_PRIMARY, 100));
	ck_assert(!edubal__standard_excludes(s, EDUBAL__TYPE_TEACHING_POINT, 3));
	edubal_standard_free(s);
	s = parse_ok(child("\"exclude\": {\"teaching_points_under\": 50}"));
	ck_assert(edubal__standard_excludes(s, EDUBAL__TYPE_TEACHING_POINT, 49));
	ck_assert(!edubal__standard_excludes(s, EDUBAL__TYPE_TEACHING_POINT,
		50));
	ck_assert(!edubal__standard_excludes(s, EDUBAL__TYPE_PRIMARY, 3));
	ck_assert(edubal__standard_excludes(s, EDUBAL__TYPE_SPECIAL, 100));
	edubal_standard_free(s);
}
END_TEST

/* SPEC §2.4-§2.6: 15 assurance, 9 quality, 1 recognition, 6 vetoes. */
START_TEST(test_builtin_items)
{
	edubal_standard *s = builtin();
	ck_assert_uint_eq(s->item_count, 31);
	ck_assert_uint_eq(part_count(s, "assurance"), 15);
	ck_assert_uint_eq(part_count(s, "quality"), 9);
	ck_assert_uint_eq(part_count(s, "recognition"), 1);
	ck_assert_uint_eq(part_count(s, "veto"), 6);
	static const char *const school[] = {
		"music_art_rooms", "school_size", "training_funds"
	};
	size_t scoped = 0;
	for (size_t i = 0; i < 3; i++)
		ck_assert_int_eq(item(s, school[i])->scope, EDUBAL__SCOPE_SCHOOL);
	ck_assert_int_eq(item(s, "class_size")->scope, EDUBAL__SCOPE_SECTION);
	for (size_t i = 0; i < s->item_count; i++)
		scoped += s->items[i].scope != EDUBAL__SCOPE_COUNTY;
	ck_assert_uint_eq(scoped, 4);
	const struct edubal__item *veto = item(s, "veto_falsified");
	ck_assert_uint_eq(veto->condition_count, 1);
	ck_assert_str_eq(veto->conditions[0].flag, "veto_falsified");
	ck_assert(!veto->conditions[0].expect);
	ck_assert(item(s, "layout_planned")->conditions[0].expect);
	edubal_standard_free(s);
}
END_TEST

/* The private layout of quantities (documented in src/standard/items.c). */
START_TEST(test_builtin_quantities)
{
	edubal_standard *s = builtin();
	const struct edubal__item *rooms = item(s, "music_art_rooms");
	ck_assert_uint_eq(rooms->condition_count, 4);
	const struct edubal__condition *c = &rooms->conditions[0];
	ck_assert_ptr_null(c->flag);
	ck_assert_int_eq(c->left.kind, EDUBAL__Q_COLUMN);
	ck_assert_str_eq(c->left.column, "music_rooms");
	ck_assert_int_eq(c->op, EDUBAL__GE);
	ck_assert_int_eq(c->right.kind, EDUBAL__Q_CEIL_DIV);
	ck_assert_uint_eq(c->right.arg_count, 1);
	ck_assert_double_eq_tol(c->right.number, 12, TOL);
	const struct edubal__quantity *sum = &c->right.args[0];
	ck_assert_int_eq(sum->kind, EDUBAL__Q_SUM);
	ck_assert_uint_eq(sum->arg_count, 2);
	ck_assert_str_eq(sum->args[0].column, "classes_primary");
	ck_assert_str_eq(sum->args[1].column, "classes_junior");
	ck_assert_double_eq_tol(rooms->conditions[2].right.number, 96, TOL);

	const struct edubal__quantity *size =
		&item(s, "school_size")->conditions[0].right;
	ck_assert_int_eq(size->kind, EDUBAL__Q_BY_TYPE);
	ck_assert(size->in_table[EDUBAL__TYPE_NINE_YEAR]);
	ck_assert(size->in_table[EDUBAL__TYPE_TWELVE_YEAR]);
	ck_assert(!size->in_table[EDUBAL__TYPE_PRIMARY]);
	ck_assert_double_eq_tol(size->table[EDUBAL__TYPE_NINE_YEAR], 2500, TOL);
	ck_assert(size->has_fallback);
	ck_assert_double_eq_tol(size->fallback, 2000, TOL);

	const struct edubal__quantity *cls =
		&item(s, "class_size")->conditions[0].right;
	ck_assert_int_eq(cls->kind, EDUBAL__Q_BY_SECTION);
	ck_assert_double_eq_tol(cls->table[EDUBAL__PRIMARY], 45, TOL);
	ck_assert_double_eq_tol(cls->table[EDUBAL__JUNIOR], 50, TOL);
	ck_assert(!cls->in_table[EDUBAL__SENIOR]);
	ck_assert(!cls->has_fallback);

	const struct edubal__condition *rot = item(s, "rotation")->conditions;
	ck_assert_int_eq(rot[0].left.kind, EDUBAL__Q_RATIO);
	ck_assert_uint_eq(rot[0].left.arg_count, 2);
	ck_assert_str_eq(rot[0].left.args[1].column, "rotation_eligible");
	ck_assert_int_eq(rot[0].right.kind, EDUBAL__Q_NUMBER);
	ck_assert_double_eq_tol(rot[0].right.number, 0.10, TOL);
	ck_assert_int_eq(item(s, "academic_monitoring")->conditions[0].op,
		EDUBAL__LT);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_compare)
{
	ck_assert_str_eq(edubal__cmp_text(EDUBAL__LE), "<=");
	ck_assert_str_eq(edubal__cmp_text(EDUBAL__LT), "<");
	ck_assert_str_eq(edubal__cmp_text(EDUBAL__GE), ">=");
	ck_assert_str_eq(edubal__cmp_text(EDUBAL__GT), ">");
	ck_assert_str_eq(edubal__cmp_text(EDUBAL__EQ), "==");
	ck_assert_str_eq(edubal__cmp_text(EDUBAL__IN), "in");
	enum edubal__cmp op = EDUBAL__LE;
	ck_assert(!edubal__profile_cmp_parse("in", &op));
	ck_assert_int_eq(op, EDUBAL__LE);
	ck_assert(edubal__cmp_holds(EDUBAL__LE, 0.5, 0.5));
	ck_assert(!edubal__cmp_holds(EDUBAL__LT, 0.5, 0.5));
	ck_assert(edubal__cmp_holds(EDUBAL__GE, 2, 1));
	ck_assert(!edubal__cmp_holds(EDUBAL__GT, 1, 1));
	ck_assert(edubal__cmp_holds(EDUBAL__EQ, 1, 1));
	ck_assert(!edubal__cmp_holds(EDUBAL__GE, 0.0 / 0.0, 1));
}
END_TEST

/* ---- inheritance ---- */

START_TEST(test_child_overrides)
{
	edubal_standard *s = parse_ok(child(
		"\"name\": {\"zh\": \"绍兴\", \"en\": \"Shaoxing\"}, "
		"\"indicators\": [{\"key\": \"qualified_teachers_per100\", "
		"\"threshold\": {\"primary\": 4.5}}], "
		"\"cv_rule\": {\"comparator\": \"<\", "
		"\"limit\": {\"primary\": 0.35, \"junior\": 0.30}}"));
	edubal_standard *p = builtin();
	ck_assert_str_eq(edubal_standard_id(s), "child");
	ck_assert_str_eq(edubal_standard_parent(s), CN2017);
	ck_assert_str_eq(edubal_standard_name(s, "en"), "Shaoxing");
	ck_assert_str_eq(edubal_standard_source(s), edubal_standard_source(p));
	const struct edubal__indicator *q = indicator(s,
		"qualified_teachers_per100");
	ck_assert_double_eq_tol(q->threshold[EDUBAL__PRIMARY], 4.5, TOL);
	ck_assert_double_eq_tol(q->threshold[EDUBAL__JUNIOR], 5.3, TOL);
	ck_assert_str_eq(q->resource, "qualified_teachers");
	ck_assert_double_eq_tol(q->scale, 100, TOL);
	ck_assert_int_eq(s->cv.op, EDUBAL__LT);
	ck_assert_double_eq_tol(s->cv.limit[EDUBAL__PRIMARY], 0.35, TOL);
	ck_assert_double_eq_tol(s->cv.limit[EDUBAL__JUNIOR], 0.30, TOL);
	ck_assert(s->cv.judged);
	/* Everything else is inherited. */
	ck_assert_uint_eq(s->indicator_count, p->indicator_count);
	for (size_t i = 1; i < p->indicator_count; i++) {
		ck_assert_str_eq(s->indicators[i].key, p->indicators[i].key);
		ck_assert_double_eq_tol(s->indicators[i].threshold[EDUBAL__JUNIOR],
			p->indicators[i].threshold[EDUBAL__JUNIOR], TOL);
	}
	ck_assert_int_eq(s->min_met, p->min_met);
	ck_assert_double_eq_tol(s->floor_fraction, p->floor_fraction, TOL);
	ck_assert_uint_eq(s->item_count, p->item_count);
	ck_assert_int_eq(s->cv.method, EDUBAL_CV_OFFICIAL);
	ck_assert_double_eq_tol(s->split[EDUBAL__TYPE_NINE_YEAR][EDUBAL__JUNIOR],
		1.1, TOL);
	ck_assert_ptr_nonnull(s->parent_json);
	json_t *a = json_loads(s->parent_json, 0, NULL);
	json_t *b = json_loads(p->json, 0, NULL);
	ck_assert(json_equal(a, b));
	json_decref(a);
	json_decref(b);
	edubal_standard_free(p);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_child_items)
{
	edubal_standard *s = parse_ok(child("\"items\": ["
		"{\"key\": \"veto_falsified\", \"remove\": true}, "
		"{\"key\": \"rotation\", \"name\": {\"en\": \"Rotation\"}}, "
		"{\"key\": \"seats\", \"part\": \"assurance\", \"scope\": \"school\", "
		"\"all\": [{\"left\": \"seats\", \"op\": \">=\", "
		"\"right\": {\"sum\": [\"students_primary\", 10]}}]}]"));
	ck_assert_uint_eq(s->item_count, 31);
	ck_assert_ptr_null(item(s, "veto_falsified"));
	const struct edubal__item *seats = &s->items[s->item_count - 1];
	ck_assert_str_eq(seats->key, "seats");
	ck_assert_str_eq(seats->part, "assurance");
	ck_assert_int_eq(seats->scope, EDUBAL__SCOPE_SCHOOL);
	ck_assert_str_eq(seats->name_zh, "seats");
	ck_assert_int_eq(seats->conditions[0].right.kind, EDUBAL__Q_SUM);
	ck_assert_int_eq(seats->conditions[0].right.args[1].kind,
		EDUBAL__Q_NUMBER);
	/* A partial entry is merged into the parent's, in place. */
	const struct edubal__item *rot = item(s, "rotation");
	ck_assert_str_eq(rot->name_en, "Rotation");
	ck_assert_str_eq(rot->part, "assurance");
	ck_assert_uint_eq(rot->condition_count, 2);
	ck_assert_str_eq(s->items[10].key, "rotation");
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_child_remove_indicator)
{
	edubal_standard *s = parse_ok(child(
		"\"indicators\": [{\"key\": \"backbone_teachers_per100\", "
		"\"remove\": true}], \"school_rule\": {\"min_met\": 5}, "
		"\"levels\": [\"junior\"]"));
	ck_assert_uint_eq(s->indicator_count, 6);
	ck_assert_ptr_null(indicator(s, "backbone_teachers_per100"));
	ck_assert_int_eq(s->min_met, 5);
	ck_assert_double_eq_tol(s->floor_fraction, 0.85, TOL);
	ck_assert(!s->level[EDUBAL__PRIMARY]);
	ck_assert(s->level[EDUBAL__JUNIOR]);
	edubal_standard_free(s);
}
END_TEST

/* A grandchild, and parents found as files beside the profile. */
START_TEST(test_load_parent_files)
{
	char *dir = scratch_dir();
	char path[1200];
	snprintf(path, sizeof path, "%s/local-base.json", dir);
	write_file(path, "{\"id\": \"local-base\", \"parent\": \"" CN2017 "\", "
		"\"cv_rule\": {\"round_digits\": 3}}");
	snprintf(path, sizeof path, "%s/local.json", dir);
	write_file(path, "{\"id\": \"local\", \"parent\": \"local-base\", "
		"\"school_rule\": {\"floor_fraction\": 0.9}}");
	edubal_error *err = edubal_error_new();
	edubal_standard *s = NULL;
	ck_assert_msg(edubal_standard_load(path, &s, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	ck_assert_str_eq(edubal_standard_parent(s), "local-base");
	ck_assert_int_eq(s->cv.round_digits, 3);
	ck_assert_double_eq_tol(s->floor_fraction, 0.9, TOL);
	ck_assert_double_eq_tol(s->cv.limit[EDUBAL__JUNIOR], 0.45, TOL);
	json_t *parent = json_loads(s->parent_json, 0, NULL);
	ck_assert_str_eq(json_string_value(json_object_get(parent, "id")),
		"local-base");
	json_decref(parent);
	edubal_standard_free(s);
	/* open: a path that is not a built-in id */
	s = NULL;
	ck_assert_int_eq(edubal_standard_open(path, &s, err), EDUBAL_OK);
	ck_assert_str_eq(edubal_standard_id(s), "local");
	edubal_standard_free(s);
	remove_dir(dir);
	edubal_error_free(err);
}
END_TEST

START_TEST(test_open)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *s = NULL;
	ck_assert_int_eq(edubal_standard_open(CN2017, &s, err), EDUBAL_OK);
	ck_assert_str_eq(edubal_standard_id(s), CN2017);
	edubal_standard_free(s);
	s = NULL;
	ck_assert_int_eq(edubal_standard_open("no-such-profile", &s, err),
		EDUBAL_ENOTFOUND);
	ck_assert_ptr_null(s);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), CN2017));
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"no-such-profile"));
	ck_assert_int_eq(edubal_standard_builtin("nope", &s, err),
		EDUBAL_ENOTFOUND);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), CN2017));
	ck_assert_int_eq(edubal_standard_load("/nonexistent/x.json", &s, err),
		EDUBAL_EIO);
	ck_assert_str_eq(edubal_error_source(err), "/nonexistent/x.json");
	ck_assert_ptr_null(s);
	edubal_error_free(err);
}
END_TEST

/* ---- validation: every class of error names its JSON path ---- */

START_TEST(test_error_json_syntax)
{
	parse_fails("{\n  \"id\": \"x\",\n  \"format\" \"edubal-profile/1\"\n}",
		EDUBAL_EDATA, "line 3, column");
	parse_fails("", EDUBAL_EDATA, "invalid JSON");
	parse_fails("[1, 2]", EDUBAL_EDATA, "must be a JSON object");
	parse_fails("{\"id\": \"a\", \"id\": \"b\"}", EDUBAL_EDATA,
		"duplicate object key");
}
END_TEST

START_TEST(test_error_unknown_field)
{
	parse_fails(child("\"indicators\": [{\"key\": "
		"\"qualified_teachers_per100\", \"thresold\": {\"primary\": 1}}]"),
		EDUBAL_EDATA, "t.json: indicators[0]: unknown field \"thresold\"");
	parse_fails(child("\"levls\": [\"primary\"]"), EDUBAL_EDATA,
		"t.json: unknown field \"levls\"");
	parse_fails(child("\"cv_rule\": {\"rounding\": 3}"), EDUBAL_EDATA,
		"cv_rule: unknown field \"rounding\"");
	/* comments are allowed anywhere */
	edubal_standard_free(parse_ok(child("\"comment\": \"x\", "
		"\"cv_rule\": {\"comment\": \"stricter\", \"limit\": "
		"{\"comment\": \"y\", \"primary\": 0.4}}")));
}
END_TEST

START_TEST(test_error_comparator)
{
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"left\": \"a\", \"op\": \"=>\", \"right\": 1}]}]"),
		EDUBAL_EDATA, "t.json: items[0].all[0].op: unknown comparator "
		"\"=>\" (expected <=, <, >=, >, ==, in)");
	parse_fails(child("\"cv_rule\": {\"comparator\": \"=<\"}"),
		EDUBAL_EDATA, "cv_rule.comparator: unknown comparator \"=<\" "
		"(expected <=, <, >=, >, ==)");
	/* "in" is a test of membership, not a comparator of CV rules */
	parse_fails(child("\"cv_rule\": {\"comparator\": \"in\"}"),
		EDUBAL_EDATA, "cv_rule.comparator: unknown comparator \"in\"");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"left\": \"a\", \"right\": 1}]}]"),
		EDUBAL_EDATA, "items[0].all[0].op: missing");
}
END_TEST

START_TEST(test_error_section)
{
	parse_fails(child("\"indicators\": [{\"key\": "
		"\"qualified_teachers_per100\", \"threshold\": {\"middle\": 1}}]"),
		EDUBAL_EDATA, "indicators[0].threshold.middle: unknown section "
		"\"middle\"");
	parse_fails(child("\"levels\": [\"primary\", \"middle\"]"),
		EDUBAL_EDATA, "levels[1]: unknown section \"middle\"");
	parse_fails(child("\"split_weights\": {\"nine_year\": {\"senior\": 1}}"),
		EDUBAL_EDATA, "split_weights.nine_year: a nine_year school has no "
		"senior section");
	/* thresholds are optional, CV limits of a judged rule are not */
	parse_fails(child("\"levels\": [\"primary\", \"junior\", \"senior\"]"),
		EDUBAL_EDATA, "cv_rule.limit: no limit for level \"senior\"");
	parse_fails(child("\"levels\": \"primary\""), EDUBAL_EDATA,
		"levels: must be an array of sections");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"left\": \"a\", \"op\": \"<\", \"right\": "
		"{\"by_type\": {\"village\": 1}}}]}]"), EDUBAL_EDATA,
		"items[0].all[0].right.by_type.village: unknown school type");
}
END_TEST

START_TEST(test_error_numbers)
{
	parse_fails(child("\"indicators\": [{\"key\": "
		"\"qualified_teachers_per100\", \"scale\": -100}]"),
		EDUBAL_EDATA, "indicators[0].scale: must be a number > 0");
	parse_fails(child("\"school_rule\": {\"floor_fraction\": 1.5}"),
		EDUBAL_EDATA, "school_rule.floor_fraction: must be a number from "
		"0 to 1");
	parse_fails(child("\"school_rule\": {\"min_met\": 8}"), EDUBAL_EDATA,
		"school_rule.min_met: must be an integer from 0 to 7");
	parse_fails(child("\"cv_rule\": {\"round_digits\": 12}"), EDUBAL_EDATA,
		"cv_rule.round_digits: must be an integer from 0 to 9");
	parse_fails(child("\"items\": [{\"key\": \"music_art_rooms\", \"all\": "
		"[{\"left\": \"a\", \"op\": \">=\", \"right\": "
		"{\"ceil_div\": [\"classes\", 0]}}]}]"), EDUBAL_EDATA,
		"items[0].all[0].right.ceil_div[1]: must be a number > 0");
	parse_fails(child("\"exclude\": {\"teaching_points_under\": -1}"),
		EDUBAL_EDATA, "exclude.teaching_points_under: must be a number >= 0");
}
END_TEST

START_TEST(test_error_required)
{
	parse_fails("{\"format\": \"edubal-profile/1\"}", EDUBAL_EDATA,
		"t.json: id: missing");
	parse_fails("{\"id\": \"Bad Id\"}", EDUBAL_EDATA,
		"id: \"Bad Id\" is not a profile id");
	parse_fails("{\"id\": \"x\", \"levels\": [\"primary\"]}", EDUBAL_EDATA,
		"format: missing");
	parse_fails("{\"id\": \"x\", \"format\": \"edubal-profile/9\"}",
		EDUBAL_EDATA, "format: unsupported format");
	parse_fails(child("\"items\": [{\"part\": \"quality\"}]"), EDUBAL_EDATA,
		"items[0].key: missing");
	parse_fails(mini("\"cv_rule\": {\"limit\": null}, "), EDUBAL_EDATA,
		"cv_rule.judged: missing");
	parse_fails(mini("\"cv_rule\": {\"judged\": true}, "), EDUBAL_EDATA,
		"cv_rule.limit: no limit for level \"primary\"");
}
END_TEST

START_TEST(test_error_parent)
{
	parse_fails("{\"id\": \"x\", \"parent\": \"cn-1999\"}",
		EDUBAL_ENOTFOUND, "t.json: parent: no profile \"cn-1999\"");
	parse_fails("{\"id\": \"x\", \"parent\": \"cn-1999\"}",
		EDUBAL_ENOTFOUND, CN2017);
	parse_fails("{\"id\": \"x\", \"parent\": \"x\"}", EDUBAL_EDATA,
		"parent: parent cycle: x -> x");
	parse_fails(child("\"items\": [{\"key\": \"nope\", \"remove\": true}]"),
		EDUBAL_EDATA, "items[0]: no inherited item \"nope\" to remove");
	parse_fails(child("\"items\": [{\"key\": \"rotation\", "
		"\"remove\": false}]"), EDUBAL_EDATA, "items[0].remove: must be "
		"true");
}
END_TEST

/* Cycles and over-deep chains of parent files. */
START_TEST(test_error_parent_files)
{
	char *dir = scratch_dir();
	char path[1200];
	snprintf(path, sizeof path, "%s/a.json", dir);
	write_file(path, "{\"id\": \"a\", \"parent\": \"b\"}");
	snprintf(path, sizeof path, "%s/b.json", dir);
	write_file(path, "{\"id\": \"b\", \"parent\": \"a\"}");
	edubal_error *err = edubal_error_new();
	edubal_standard *s = NULL;
	ck_assert_int_eq(edubal_standard_load(path, &s, err), EDUBAL_EDATA);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"parent: parent cycle: b -> a -> b"));
	/* p0 <- p1 <- ... <- p17: 17 parents above p17 */
	for (int i = 0; i <= 17; i++) {
		char text[200];
		snprintf(path, sizeof path, "%s/p%d.json", dir, i);
		if (i == 0)
			snprintf(text, sizeof text, "{\"id\": \"p0\", \"parent\": \""
				CN2017 "\"}");
		else
			snprintf(text, sizeof text, "{\"id\": \"p%d\", "
				"\"parent\": \"p%d\"}", i, i - 1);
		write_file(path, text);
	}
	ck_assert_int_eq(edubal_standard_load(path, &s, err), EDUBAL_EDATA);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"more than 16 levels of parents"));
	snprintf(path, sizeof path, "%s/p15.json", dir);
	ck_assert_int_eq(edubal_standard_load(path, &s, err), EDUBAL_OK);
	edubal_standard_free(s);
	/* A bad parent file is named in the message. */
	snprintf(path, sizeof path, "%s/bad.json", dir);
	write_file(path, "{\"id\": \"bad\", \"parent\": \"" CN2017 "\", "
		"\"cv_rule\": {\"method\": \"median\"}}");
	snprintf(path, sizeof path, "%s/on-bad.json", dir);
	write_file(path, "{\"id\": \"on-bad\", \"parent\": \"bad\"}");
	ck_assert_int_eq(edubal_standard_load(path, &s, err), EDUBAL_EDATA);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"bad.json: cv_rule.method: unknown method \"median\""));
	remove_dir(dir);
	edubal_error_free(err);
}
END_TEST

START_TEST(test_error_duplicate)
{
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"flag\": \"f\"}]}, {\"key\": \"x\", \"remove\": true}]"),
		EDUBAL_EDATA, "items[1].key: duplicate item key \"x\"");
	snprintf(child_buf, sizeof child_buf, "%s", mini(""));
	char *p = strstr(child_buf, "\"items\"");
	char text[4096];
	snprintf(text, sizeof text, "%.*s\"items\": [{\"key\": \"i\", \"part\": "
		"\"q\", \"all\": [{\"flag\": \"f\"}]}, {\"key\": \"i\", \"part\": "
		"\"q\", \"all\": [{\"flag\": \"g\"}]}]}", (int) (p - child_buf),
		child_buf);
	parse_fails(text, EDUBAL_EDATA, "items[1].key: duplicate item key "
		"\"i\"");
	parse_fails(mini("\"indicators\": [], "), EDUBAL_EDATA,
		"duplicate object key");
}
END_TEST

START_TEST(test_error_conditions)
{
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": []}]"), EDUBAL_EDATA, "items[0].all: must be a non-empty "
		"array of conditions");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\"}]"),
		EDUBAL_EDATA, "items[0].all: missing");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"flag\": \"f\", \"left\": \"a\"}]}]"), EDUBAL_EDATA,
		"items[0].all[0]: give either \"flag\"");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"left\": {\"sum\": []}, \"op\": \"<\", "
		"\"right\": 1}]}]"), EDUBAL_EDATA, "items[0].all[0].left.sum: "
		"must be a non-empty array");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"left\": {\"ratio\": [1], \"sum\": [1]}, \"op\": \"<\", "
		"\"right\": 1}]}]"), EDUBAL_EDATA, "give only one of");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"all\": [{\"left\": true, \"op\": \"<\", \"right\": 1}]}]"),
		EDUBAL_EDATA, "items[0].all[0].left: expected a number, a column");
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"quality\", "
		"\"scope\": \"province\", \"all\": [{\"flag\": \"f\"}]}]"),
		EDUBAL_EDATA, "items[0].scope: unknown scope \"province\"");
	/* items[0] of the child is items[31] of the merged profile */
	parse_fails(child("\"items\": [{\"key\": \"x\", \"part\": \"\", "
		"\"all\": [{\"flag\": \"f\"}]}]"), EDUBAL_EDATA,
		"items[0].part: must not be empty");
}
END_TEST

START_TEST(test_bad_args)
{
	edubal_standard *s = NULL;
	edubal_standard_free(NULL);
	ck_assert_int_eq(edubal_standard_parse(NULL, 0, NULL, &s, NULL),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_standard_parse("{}", 2, NULL, NULL, NULL),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_standard_builtin(NULL, &s, NULL),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_standard_load(NULL, &s, NULL), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_standard_open(NULL, &s, NULL), EDUBAL_EINVAL);
	ck_assert_ptr_null(s);
	char *text = NULL;
	ck_assert_int_eq(edubal_standard_to_json(NULL, &text, NULL),
		EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_standard_describe(NULL, "en", &text, NULL),
		EDUBAL_EINVAL);
	ck_assert_ptr_null(text);
	ck_assert_str_eq(edubal_standard_id(NULL), "");
	/* no source name: the message is the path and the reason */
	edubal_error *err = edubal_error_new();
	const char *bad = "{\"id\": \"x\", \"format\": 1}";
	ck_assert_int_eq(edubal_standard_parse(bad, strlen(bad), NULL, &s, err),
		EDUBAL_EDATA);
	ck_assert_str_eq(edubal_error_message(err), "format: must be "
		"\"edubal-profile/1\"");
	edubal_error_free(err);
}
END_TEST

/* ---- output ---- */

static json_t *
to_json(const edubal_standard *s)
{
	char *text = NULL;
	ck_assert_int_eq(edubal_standard_to_json(s, &text, NULL), EDUBAL_OK);
	json_t *json = json_loads(text, 0, NULL);
	ck_assert_ptr_nonnull(json);
	edubal_free(text);
	return json;
}

START_TEST(test_to_json_round_trip)
{
	edubal_standard *s = builtin();
	json_t *out = to_json(s);
	char path[1200];
	snprintf(path, sizeof path, "%s/data/standards/" CN2017 ".json",
		source_root);
	char *file = read_all(path);
	json_t *orig = json_loads(file, 0, NULL);
	ck_assert(json_equal(out, orig));
	char *text = json_dumps(out, 0);
	edubal_standard *again = parse_ok(text);
	json_t *out2 = to_json(again);
	ck_assert(json_equal(out, out2));
	ck_assert_int_eq(again->indicator_count, s->indicator_count);
	free(text);
	free(file);
	json_decref(orig);
	json_decref(out);
	json_decref(out2);
	edubal_standard_free(again);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_to_json_child)
{
	edubal_standard *s = parse_ok(child("\"cv_rule\": {\"comparator\": "
		"\"<\", \"limit\": {\"primary\": 0.35}}, \"year\": 2021"));
	char *text = NULL;
	ck_assert_int_eq(edubal_standard_to_json(s, &text, NULL), EDUBAL_OK);
	/* shortest exact numbers, key order kept */
	ck_assert_ptr_nonnull(strstr(text, "0.35"));
	ck_assert_ptr_null(strstr(text, "0.34999"));
	ck_assert_ptr_nonnull(strstr(text, "\"format\": \"edubal-profile/1\""));
	ck_assert_ptr_nonnull(strstr(text, "\"parent\": \"" CN2017 "\""));
	ck_assert(strstr(text, "\"format\"") < strstr(text, "\"items\""));
	edubal_standard *again = parse_ok(text);
	json_t *a = to_json(s), *b = to_json(again);
	ck_assert(json_equal(a, b));
	ck_assert_int_eq(again->year, 2021);
	json_decref(a);
	json_decref(b);
	edubal_free(text);
	edubal_standard_free(again);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_clone)
{
	/* A standard is never changed once built, so a "clone" (what a report
	 * keeps) is the same standard with one more owner: it must stay whole
	 * after the first owner frees it, and be freed with the last (ASan in
	 * scripts/dev sanitize catches a use after free or a leak). */
	edubal_standard *s = parse_ok(child("\"items\": [{\"key\": "
		"\"veto_falsified\", \"remove\": true}]"));
	edubal_standard *c = NULL, *c2 = NULL;
	ck_assert_int_eq(edubal__standard_clone(s, &c, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal__standard_clone(c, &c2, NULL), EDUBAL_OK);
	ck_assert_ptr_eq(c, s);
	ck_assert_ptr_eq(c2, s);
	edubal_standard_free(s);   /* two owners left */
	ck_assert_str_eq(c->parent, CN2017);
	ck_assert_uint_eq(c->item_count, 30);
	edubal_standard_free(c2);  /* one left */
	ck_assert_str_eq(c->parent, CN2017);
	ck_assert_ptr_nonnull(c->json);
	ck_assert_ptr_nonnull(c->parent_json);
	edubal_standard_free(c);   /* the last: freed */
	ck_assert_int_eq(edubal__standard_clone(NULL, &c, NULL), EDUBAL_EINVAL);
}
END_TEST

static char *
describe(const edubal_standard *s, const char *lang)
{
	char *text = NULL;
	ck_assert_int_eq(edubal_standard_describe(s, lang, &text, NULL),
		EDUBAL_OK);
	return text;
}

static void
contains(const char *text, const char *want)
{
	ck_assert_msg(strstr(text, want) != NULL, "description lacks \"%s\"",
		want);
}

START_TEST(test_describe)
{
	edubal_standard *s = builtin();
	char *zh = describe(s, "zh");
	contains(zh, CN2017);
	contains(zh, "县域义务教育优质均衡发展督导评估(2017)");
	contains(zh, "每百名学生拥有高于规定学历教师数");
	contains(zh, "小学 ≥ 4.2、初中 ≥ 5.3");
	contains(zh, "至少6项达标且其余不低于85%");
	contains(zh, "差异系数 <= 小学 0.5、初中 0.45");
	contains(zh, "政府保障程度");
	contains(zh, "九年一贯制 小学 1、初中 1.1");
	ck_assert_ptr_null(strstr(zh, "相对于上级标准的改动"));
	char *en = describe(s, "en");
	contains(en, "Levels: primary, junior");
	contains(en, "primary ≥ 4.2, junior ≥ 5.3");
	contains(en, "at least 6 of 7 met, the rest ≥ 85% of the standard");
	contains(en, "CV <= primary 0.5, junior 0.45; compared unrounded");
	contains(en, "Composite CV rule: reported for information");
	contains(en, "rotated / rotation_eligible >= 0.1");
	contains(en, "ceil((classes_primary + classes_junior) / 12)");
	contains(en, "max_class_size <= primary 45, junior 50");
	contains(en, "nine_year 2500, twelve_year 2500, otherwise 2000");
	contains(en, "veto_falsified is false");
	contains(en, "training_funds [every school]");
	char *other = describe(s, "fr");
	ck_assert_str_eq(other, zh);
	edubal_free(zh);
	edubal_free(en);
	edubal_free(other);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_describe_overrides)
{
	edubal_standard *s = parse_ok(child(
		"\"indicators\": [{\"key\": \"qualified_teachers_per100\", "
		"\"threshold\": {\"primary\": 4.5}}], "
		"\"cv_rule\": {\"comparator\": \"<\", \"round_digits\": 3}, "
		"\"items\": [{\"key\": \"veto_falsified\", \"remove\": true}, "
		"{\"key\": \"extra\", \"part\": \"quality\", "
		"\"name\": {\"zh\": \"额外\", \"en\": \"Extra\"}, "
		"\"all\": [{\"flag\": \"extra_ok\"}]}]"));
	char *en = describe(s, "en");
	contains(en, "Parent: " CN2017);
	contains(en, "Overrides relative to " CN2017 ":");
	contains(en, "changed indicators[qualified_teachers_per100].threshold."
		"primary: 4.2 → 4.5");
	contains(en, "changed cv_rule.comparator: \"<=\" → \"<\"");
	contains(en, "changed cv_rule.round_digits: null → 3");
	contains(en, "removed item veto_falsified: falsified data");
	contains(en, "added item extra: Extra");
	contains(en, "CV < primary 0.5, junior 0.45; rounded half-up to 3");
	char *zh = describe(s, "zh");
	contains(zh, "相对于上级标准的改动");
	contains(zh, "删除项目 veto_falsified");
	contains(zh, "新增项目 extra:额外");
	ck_assert_ptr_null(strstr(zh, "修改 id"));
	edubal_free(en);
	edubal_free(zh);
	edubal_standard_free(s);
	s = parse_ok(child(""));
	en = describe(s, "en");
	contains(en, "(no changes)");
	edubal_free(en);
	edubal_standard_free(s);
}
END_TEST

/* ---- issue 4: the constructs of the other standards ---- */

/* A root profile with no levels and the items given (JSON, no brackets). */
static char items_buf[8192];

static const char *
items_profile(const char *items)
{
	snprintf(items_buf, sizeof items_buf, "{\"format\": \"edubal-profile/1\", "
		"\"id\": \"t\", \"levels\": [], \"items\": [%s]}", items);
	return items_buf;
}

/* The same with one judged county item whose only condition is cond. */
static char cond_buf[4096];

static const char *
cond_profile(const char *scope, const char *cond)
{
	snprintf(cond_buf, sizeof cond_buf, "{\"key\": \"k\", \"part\": \"p\", "
		"\"scope\": \"%s\", \"all\": [%s]}", scope, cond);
	return items_profile(cond_buf);
}

START_TEST(test_in_condition)
{
	edubal_standard *s = parse_ok(cond_profile("county",
		"{\"left\": {\"count\": \"kindergartens\", \"where\": [{\"left\": "
		"\"ownership\", \"op\": \"in\", \"right\": [\"public\", "
		"\"inclusive_private\", \"公办\", 7]}]}, \"op\": \">=\", "
		"\"right\": 1}"));
	const struct edubal__quantity *q = &s->items[0].conditions[0].left;
	ck_assert_int_eq(q->kind, EDUBAL__Q_COUNT);
	ck_assert_uint_eq(q->where_count, 1);
	const struct edubal__condition *c = &q->where[0];
	ck_assert_ptr_null(c->flag);
	ck_assert_int_eq(c->op, EDUBAL__IN);
	ck_assert_int_eq(c->left.kind, EDUBAL__Q_COLUMN);
	ck_assert_str_eq(c->left.column, "ownership");
	ck_assert_int_eq(c->right.kind, EDUBAL__Q_NUMBER);
	ck_assert_uint_eq(c->set_count, 4);
	ck_assert_double_eq(c->set[0], EDUBAL__PUBLIC);
	ck_assert_double_eq(c->set[1], EDUBAL__INCLUSIVE_PRIVATE);
	ck_assert_double_eq(c->set[2], EDUBAL__PUBLIC);
	ck_assert_double_eq(c->set[3], 7);
	ck_assert_str_eq(c->set_words[0], "public");
	ck_assert_str_eq(c->set_words[2], "公办");
	ck_assert_str_eq(c->set_words[3], "7");
	edubal_standard_free(s);
	/* school types in a school-scope item; sections of classes */
	s = parse_ok(cond_profile("school", "{\"left\": \"type\", \"op\": "
		"\"in\", \"right\": [\"nine_year\", \"special\"]}"));
	c = &s->items[0].conditions[0];
	ck_assert_int_eq(c->op, EDUBAL__IN);
	ck_assert_double_eq(c->set[0], EDUBAL__TYPE_NINE_YEAR);
	ck_assert_double_eq(c->set[1], EDUBAL__TYPE_SPECIAL);
	edubal_standard_free(s);
	s = parse_ok(cond_profile("county", "{\"left\": {\"count\": "
		"\"classes\", \"where\": [{\"left\": \"section\", \"op\": \"in\", "
		"\"right\": [\"senior\"]}]}, \"op\": \"==\", \"right\": 0}"));
	c = &s->items[0].conditions[0].left.where[0];
	ck_assert_uint_eq(c->set_count, 1);
	ck_assert_double_eq(c->set[0], EDUBAL__SENIOR);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_in_errors)
{
	parse_fails(cond_profile("county", "{\"left\": {\"count\": "
		"\"kindergartens\", \"where\": [{\"left\": \"ownership\", \"op\": "
		"\"in\", \"right\": [\"public\", \"charity\"]}]}, \"op\": \">=\", "
		"\"right\": 1}"), EDUBAL_EDATA, "t.json: items[0].all[0].left."
		"where[0].right[1]: unknown value \"charity\" of column "
		"\"ownership\"");
	parse_fails(cond_profile("school", "{\"left\": \"students_primary\", "
		"\"op\": \"in\", \"right\": [\"public\"]}"), EDUBAL_EDATA,
		"items[0].all[0].right[0]: unknown value \"public\" of column "
		"\"students_primary\"");
	parse_fails(cond_profile("school", "{\"left\": {\"sum\": [\"type\"]}, "
		"\"op\": \"in\", \"right\": [1]}"), EDUBAL_EDATA,
		"items[0].all[0].left: must be a column name");
	parse_fails(cond_profile("school", "{\"op\": \"in\", \"right\": [1]}"),
		EDUBAL_EDATA, "items[0].all[0].left: missing");
	parse_fails(cond_profile("school", "{\"left\": \"type\", \"op\": \"in\", "
		"\"right\": \"special\"}"), EDUBAL_EDATA, "items[0].all[0].right: "
		"must be a non-empty array of words or numbers");
	parse_fails(cond_profile("school", "{\"left\": \"type\", \"op\": \"in\", "
		"\"right\": []}"), EDUBAL_EDATA, "items[0].all[0].right: must be a "
		"non-empty array");
	parse_fails(cond_profile("school", "{\"left\": \"type\", \"op\": \"in\"}"),
		EDUBAL_EDATA, "items[0].all[0].right: missing: expected a "
		"non-empty array");
	parse_fails(cond_profile("school", "{\"left\": \"type\", \"op\": \"in\", "
		"\"right\": [\"special\", true]}"), EDUBAL_EDATA,
		"items[0].all[0].right[1]: must be a word or a number");
	parse_fails(cond_profile("school", "{\"left\": \"type\", \"op\": 3, "
		"\"right\": [1]}"), EDUBAL_EDATA, "items[0].all[0].op: must be one "
		"of <=, <, >=, >, ==, in");
}
END_TEST

START_TEST(test_aggregates)
{
	edubal_standard *s = parse_ok(items_profile(
		"{\"key\": \"a\", \"part\": \"p\", \"all\": [{\"left\": "
		"{\"total\": {\"sum\": [\"students_primary\", \"students_junior\"]}, "
		"\"of\": \"schools\"}, \"op\": \"<=\", \"right\": {\"ratio\": "
		"[{\"min_change\": {\"ratio\": [\"education_spending\", "
		"\"students\"]}, \"of\": \"funding\", \"where\": [{\"left\": "
		"\"year\", \"op\": \">=\", \"right\": 2020}]}, 2]}}]}"));
	const struct edubal__condition *c = &s->items[0].conditions[0];
	ck_assert_int_eq(c->left.kind, EDUBAL__Q_TOTAL);
	ck_assert_int_eq(c->left.of, EDUBAL_TABLE_SCHOOLS);
	ck_assert_uint_eq(c->left.arg_count, 1);
	ck_assert_int_eq(c->left.args[0].kind, EDUBAL__Q_SUM);
	ck_assert_uint_eq(c->left.where_count, 0);
	ck_assert_ptr_null(c->left.where);
	const struct edubal__quantity *m = &c->right.args[0];
	ck_assert_int_eq(m->kind, EDUBAL__Q_MIN_CHANGE);
	ck_assert_int_eq(m->of, EDUBAL_TABLE_FUNDING);
	ck_assert_uint_eq(m->arg_count, 1);
	ck_assert_int_eq(m->args[0].kind, EDUBAL__Q_RATIO);
	ck_assert_str_eq(m->args[0].args[1].column, "students");
	ck_assert_uint_eq(m->where_count, 1);
	ck_assert_str_eq(m->where[0].left.column, "year");
	ck_assert_int_eq(m->where[0].op, EDUBAL__GE);
	ck_assert_double_eq(m->where[0].right.number, 2020);
	edubal_standard_free(s);
	/* every table; "where": [] and null are no filter */
	static const struct {
		const char *word;
		enum edubal_table_kind kind;
	} tables[] = {
		{ "schools", EDUBAL_TABLE_SCHOOLS },
		{ "classes", EDUBAL_TABLE_CLASSES },
		{ "kindergartens", EDUBAL_TABLE_KINDERGARTENS },
		{ "funding", EDUBAL_TABLE_FUNDING },
	};
	for (size_t i = 0; i < 4; i++) {
		char cond[256];
		snprintf(cond, sizeof cond, "{\"left\": {\"count\": \"%s\", "
			"\"where\": %s}, \"op\": \">\", \"right\": 0}",
			tables[i].word, i % 2 ? "[]" : "null");
		s = parse_ok(cond_profile("county", cond));
		const struct edubal__quantity *q = &s->items[0].conditions[0].left;
		ck_assert_int_eq(q->kind, EDUBAL__Q_COUNT);
		ck_assert_int_eq(q->of, tables[i].kind);
		ck_assert_uint_eq(q->arg_count, 0);
		ck_assert_uint_eq(q->where_count, 0);
		edubal_standard_free(s);
	}
}
END_TEST

START_TEST(test_aggregate_errors)
{
	parse_fails(cond_profile("county", "{\"left\": {\"total\": "
		"\"children\"}, \"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left.of: missing: expected a table: schools, "
		"classes, kindergartens, funding");
	parse_fails(cond_profile("county", "{\"left\": {\"total\": "
		"\"children\", \"of\": \"counties\"}, \"op\": \">\", \"right\": 0}"),
		EDUBAL_EDATA, "items[0].all[0].left.of: unknown table "
		"\"counties\"");
	parse_fails(cond_profile("county", "{\"left\": {\"count\": 3}, "
		"\"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left.count: must be a string: expected a table");
	parse_fails(cond_profile("county", "{\"left\": {\"count\": \"classes\", "
		"\"of\": \"classes\"}, \"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left: \"of\" goes only with total or min_change");
	parse_fails(cond_profile("county", "{\"left\": {\"sum\": [1], "
		"\"where\": []}, \"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left: \"where\" goes only with total, count or "
		"min_change");
	parse_fails(cond_profile("county", "{\"left\": {\"count\": \"classes\", "
		"\"total\": \"students\"}, \"op\": \">\", \"right\": 0}"),
		EDUBAL_EDATA, "items[0].all[0].left: give only one of");
	parse_fails(cond_profile("county", "{\"left\": {\"total\": {\"count\": "
		"\"classes\"}, \"of\": \"schools\"}, \"op\": \">\", \"right\": 0}"),
		EDUBAL_EDATA, "items[0].all[0].left.total: count cannot stand "
		"inside another total, count or min_change");
	parse_fails(cond_profile("county", "{\"left\": {\"count\": \"schools\", "
		"\"where\": [{\"left\": {\"count\": \"classes\"}, \"op\": \">\", "
		"\"right\": 1}]}, \"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left.where[0].left: count cannot stand inside");
	parse_fails(cond_profile("school", "{\"left\": {\"total\": "
		"\"students\", \"of\": \"classes\"}, \"op\": \">\", \"right\": 0}"),
		EDUBAL_EDATA, "items[0].all[0].left: total is a county figure");
	parse_fails(cond_profile("section", "{\"left\": \"a\", \"op\": \">\", "
		"\"right\": {\"min_change\": \"x\", \"of\": \"funding\"}}"),
		EDUBAL_EDATA, "items[0].all[0].right: min_change is a county "
		"figure");
	parse_fails(cond_profile("county", "{\"left\": {\"count\": \"classes\", "
		"\"where\": 5}, \"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left.where: must be an array of conditions");
	parse_fails(cond_profile("county", "{\"left\": {\"count\": \"classes\", "
		"\"where\": [{\"left\": \"students\", \"op\": \"=>\", \"right\": "
		"56}]}, \"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left.where[0].op: unknown comparator \"=>\"");
	parse_fails(cond_profile("county", "{\"left\": {\"total\": true, "
		"\"of\": \"schools\"}, \"op\": \">\", \"right\": 0}"), EDUBAL_EDATA,
		"items[0].all[0].left.total: expected a number, a column name");
}
END_TEST

START_TEST(test_when_and_statistics)
{
	edubal_standard *s = parse_ok(items_profile(
		"{\"key\": \"w\", \"part\": \"p\", \"when\": [{\"left\": "
		"\"population\", \"op\": \">\", \"right\": 200000}], \"all\": "
		"[{\"flag\": \"f\"}]}, "
		"{\"key\": \"s\", \"part\": \"p\", \"judged\": false, \"value\": "
		"{\"count\": \"kindergartens\"}}, "
		"{\"key\": \"sa\", \"part\": \"p\", \"judged\": false, \"value\": "
		"\"x\", \"all\": [{\"left\": \"x\", \"op\": \">=\", \"right\": 3500}]}, "
		"{\"key\": \"jv\", \"part\": \"p\", \"value\": \"y\", \"when\": null, "
		"\"all\": [{\"left\": \"y\", \"op\": \"<\", \"right\": 1}]}, "
		"{\"key\": \"sn\", \"part\": \"p\", \"judged\": false, \"value\": 1, "
		"\"all\": null, \"when\": []}, "
		"{\"key\": \"sc\", \"part\": \"p\", \"scope\": \"school\", \"when\": "
		"[{\"left\": \"disabled_students\", \"op\": \">=\", \"right\": 5}], "
		"\"all\": [{\"flag\": \"resource_room\"}]}"));
	const struct edubal__item *w = item(s, "w");
	ck_assert(w->judged);
	ck_assert(!w->has_value);
	ck_assert_uint_eq(w->when_count, 1);
	ck_assert_str_eq(w->when[0].left.column, "population");
	ck_assert_int_eq(w->when[0].op, EDUBAL__GT);
	ck_assert_double_eq(w->when[0].right.number, 200000);
	ck_assert_uint_eq(w->condition_count, 1);
	const struct edubal__item *st = item(s, "s");
	ck_assert(!st->judged);
	ck_assert(st->has_value);
	ck_assert_int_eq(st->value.kind, EDUBAL__Q_COUNT);
	ck_assert_uint_eq(st->condition_count, 0);
	ck_assert_ptr_null(st->conditions);
	ck_assert_uint_eq(st->when_count, 0);
	const struct edubal__item *sa = item(s, "sa");
	ck_assert(!sa->judged);
	ck_assert_uint_eq(sa->condition_count, 1);
	ck_assert_double_eq(sa->conditions[0].right.number, 3500);
	const struct edubal__item *jv = item(s, "jv");
	ck_assert(jv->judged);
	ck_assert(jv->has_value);
	ck_assert_str_eq(jv->value.column, "y");
	ck_assert_uint_eq(jv->when_count, 0);
	ck_assert_uint_eq(item(s, "sn")->condition_count, 0);
	ck_assert_uint_eq(item(s, "sn")->when_count, 0);
	const struct edubal__item *sc = item(s, "sc");
	ck_assert_int_eq(sc->scope, EDUBAL__SCOPE_SCHOOL);
	ck_assert_str_eq(sc->when[0].left.column, "disabled_students");
	edubal_standard_free(s);
	/* a child turns an inherited item into a statistic */
	s = parse_ok(child("\"items\": [{\"key\": \"rotation\", \"judged\": "
		"false, \"value\": {\"ratio\": [\"rotated\", \"rotation_eligible\"]}}]"));
	const struct edubal__item *rot = item(s, "rotation");
	ck_assert(!rot->judged);
	ck_assert(rot->has_value);
	ck_assert_int_eq(rot->value.kind, EDUBAL__Q_RATIO);
	ck_assert_uint_eq(rot->condition_count, 2);
	ck_assert(item(s, "layout_planned")->judged);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_when_and_statistics_errors)
{
	parse_fails(items_profile("{\"key\": \"s\", \"part\": \"p\", "
		"\"judged\": false}"), EDUBAL_EDATA, "t.json: items[0].value: "
		"missing: a statistic (\"judged\": false) needs a value");
	parse_fails(items_profile("{\"key\": \"s\", \"part\": \"p\", "
		"\"judged\": false, \"value\": null}"), EDUBAL_EDATA,
		"items[0].value: missing: a statistic");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"value\": \"x\"}"), EDUBAL_EDATA, "items[0].all: missing: "
		"expected a non-empty array of conditions");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"judged\": true, \"all\": []}"), EDUBAL_EDATA, "items[0].all: "
		"must be a non-empty array of conditions");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"judged\": \"no\", \"value\": 1}"), EDUBAL_EDATA,
		"items[0].judged: must be true or false");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"when\": {\"flag\": \"f\"}, \"all\": [{\"flag\": \"g\"}]}"),
		EDUBAL_EDATA, "items[0].when: must be an array of conditions");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"when\": [{\"flag\": 1}], \"all\": [{\"flag\": \"g\"}]}"),
		EDUBAL_EDATA, "items[0].when[0].flag: must be a string");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"judged\": false, \"value\": {\"ratio\": [1]}}"), EDUBAL_EDATA,
		"items[0].value.ratio: must be [numerator, denominator]");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"scope\": \"school\", \"judged\": false, \"value\": {\"count\": "
		"\"classes\"}}"), EDUBAL_EDATA, "items[0].value: count is a county "
		"figure");
	parse_fails(items_profile("{\"key\": \"j\", \"part\": \"p\", "
		"\"judged\": false, \"value\": 1, \"target\": 2}"), EDUBAL_EDATA,
		"items[0]: unknown field \"target\" (expected key, part, name, "
		"scope, judged, when, all, value)");
}
END_TEST

/* Thresholds, the school rule and levels may be left out. */
START_TEST(test_relaxed)
{
	edubal_standard *s = parse_ok("{\"format\": \"edubal-profile/1\", "
		"\"id\": \"r\", \"levels\": [\"primary\", \"junior\"], "
		"\"indicators\": [{\"key\": \"a\", \"resource\": \"a\", "
		"\"basis\": \"section\"}, {\"key\": \"b\", \"resource\": \"b\", "
		"\"basis\": \"shared\", \"threshold\": {\"junior\": 2}}, "
		"{\"key\": \"c\", \"resource\": \"c\", \"basis\": \"shared\", "
		"\"threshold\": null}]}");
	ck_assert_uint_eq(s->indicator_count, 3);
	for (size_t i = 0; i < EDUBAL__SECTION_COUNT; i++) {
		ck_assert(!s->indicators[0].has_threshold[i]);
		ck_assert(!s->indicators[2].has_threshold[i]);
	}
	ck_assert(!s->indicators[1].has_threshold[EDUBAL__PRIMARY]);
	ck_assert(s->indicators[1].has_threshold[EDUBAL__JUNIOR]);
	ck_assert_double_eq(s->indicators[1].threshold[EDUBAL__JUNIOR], 2);
	/* no school rule: every school passes */
	ck_assert_int_eq(s->min_met, 0);
	ck_assert_double_eq(s->floor_fraction, 0);
	ck_assert(s->all_schools);
	ck_assert(!s->cv.judged);
	ck_assert_uint_eq(s->item_count, 0);
	ck_assert_uint_eq(s->target_count, 0);
	ck_assert_ptr_null(s->targets);
	edubal_standard_free(s);
	s = parse_ok(items_profile(""));
	for (size_t i = 0; i < EDUBAL__SECTION_COUNT; i++)
		ck_assert(!s->level[i]);
	ck_assert_uint_eq(s->indicator_count, 0);
	edubal_standard_free(s);
	/* a child may drop the parent's thresholds */
	s = parse_ok(child("\"indicators\": [{\"key\": "
		"\"backbone_teachers_per100\", \"threshold\": null}]"));
	ck_assert(!indicator(s, "backbone_teachers_per100")->has_threshold[
		EDUBAL__PRIMARY]);
	edubal_standard_free(s);
	parse_fails(child("\"indicators\": [{\"key\": "
		"\"backbone_teachers_per100\", \"threshold\": {\"primary\": -1}}]"),
		EDUBAL_EDATA, "indicators[0].threshold.primary: must be a number "
		">= 0");
}
END_TEST

START_TEST(test_targets)
{
	edubal_standard *s = parse_ok("{\"format\": \"edubal-profile/1\", "
		"\"id\": \"tg\", \"levels\": [], \"targets\": ["
		"{\"year\": 2024, \"share\": 0.5}, "
		"{\"standard\": \"tg\", \"year\": 2025, \"share\": null}, "
		"{\"standard\": \"cn-2020-preschool\", \"year\": 2025, "
		"\"share\": 1, \"comment\": \"all\"}]}");
	ck_assert_uint_eq(s->target_count, 3);
	ck_assert_str_eq(s->targets[0].standard, "");
	ck_assert_int_eq(s->targets[0].year, 2024);
	ck_assert_double_eq(s->targets[0].share, 0.5);
	ck_assert_str_eq(s->targets[1].standard, "");
	ck_assert(isnan(s->targets[1].share));
	ck_assert_str_eq(s->targets[2].standard, "cn-2020-preschool");
	ck_assert_double_eq(s->targets[2].share, 1);
	edubal_standard *c = NULL;
	ck_assert_int_eq(edubal__standard_clone(s, &c, NULL), EDUBAL_OK);
	ck_assert_uint_eq(c->target_count, 3);
	ck_assert(isnan(c->targets[1].share));
	edubal_standard_free(c);
	edubal_standard_free(s);
	/* a child's targets replace the parent's; null removes them */
	s = parse_ok("{\"id\": \"c\", \"parent\": \"xx-city-2022\"}");
	ck_assert_uint_eq(s->target_count, 2);
	edubal_standard_free(s);
	s = parse_ok("{\"id\": \"c\", \"parent\": \"xx-city-2022\", "
		"\"targets\": [{\"year\": 2030, \"share\": 0.9}]}");
	ck_assert_uint_eq(s->target_count, 1);
	ck_assert_int_eq(s->targets[0].year, 2030);
	ck_assert_str_eq(s->targets[0].standard, "");
	edubal_standard_free(s);
	s = parse_ok("{\"id\": \"c\", \"parent\": \"xx-city-2022\", "
		"\"targets\": null}");
	ck_assert_uint_eq(s->target_count, 0);
	edubal_standard_free(s);
}
END_TEST

START_TEST(test_target_errors)
{
	parse_fails(child("\"targets\": {\"year\": 2025}"), EDUBAL_EDATA,
		"t.json: targets: must be an array");
	parse_fails(child("\"targets\": [{\"year\": 2025, \"share\": 1.5}]"),
		EDUBAL_EDATA, "targets[0].share: must be a number from 0 to 1");
	parse_fails(child("\"targets\": [{\"year\": 2025}]"), EDUBAL_EDATA,
		"targets[0].share: missing: expected a number from 0 to 1, or null");
	parse_fails(child("\"targets\": [{\"share\": 1}]"), EDUBAL_EDATA,
		"targets[0].year: missing: expected an integer from 1900 to 2100");
	parse_fails(child("\"targets\": [{\"year\": \"2025\", \"share\": 1}]"),
		EDUBAL_EDATA, "targets[0].year: must be an integer");
	parse_fails(child("\"targets\": [{\"year\": 20250, \"share\": 1}]"),
		EDUBAL_EDATA, "targets[0].year: must be an integer from 1900");
	parse_fails(child("\"targets\": [{\"standard\": \"CN 2017\", "
		"\"year\": 2025, \"share\": 1}]"), EDUBAL_EDATA,
		"targets[0].standard: \"CN 2017\" is not a profile id");
	parse_fails(child("\"targets\": [{\"standard\": 7, \"year\": 2025, "
		"\"share\": 1}]"), EDUBAL_EDATA, "targets[0].standard: must be a "
		"string");
	parse_fails(child("\"targets\": [{\"year\": 2025, \"share\": 0.3}, "
		"{\"year\": 2023, \"share\": 0.1}, {\"standard\": \"child\", "
		"\"year\": 2025, \"share\": 1}]"), EDUBAL_EDATA,
		"targets[2]: duplicate target: a second one for this profile in "
		"2025");
	parse_fails(child("\"targets\": [{\"year\": 2025, \"share\": 1, "
		"\"goal\": 1}]"), EDUBAL_EDATA, "targets[0]: unknown field "
		"\"goal\" (expected standard, year, share)");
	parse_fails(child("\"targets\": [3]"), EDUBAL_EDATA,
		"targets[0]: must be an object");
}
END_TEST

/* ---- built-in profiles of SPEC §3-§6 ---- */

static const char *const builtin_ids[] = {
	"cn-2012-compulsory-basic", "cn-2017-compulsory", "cn-2020-preschool",
	"cn-class-size", "cn-special-funding-teachers", "gd-bqw-2023",
	"gd-jiedong-2023", "ha-pingdingshan-2024", "xx-city-2022",
	"zj-shaoxing-2021",
};

#define BUILTIN_COUNT (sizeof builtin_ids / sizeof builtin_ids[0])

static edubal_standard *
open_builtin(const char *id)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *s = NULL;
	ck_assert_msg(edubal_standard_builtin(id, &s, err) == EDUBAL_OK,
		"%s: %s", id, edubal_error_message(err));
	edubal_error_free(err);
	return s;
}

/* The item's condition i: "LEFT OP number"; returns the number. */
static double
bound(const edubal_standard *s, const char *key, size_t i,
	enum edubal__cmp op)
{
	const struct edubal__item *it = item(s, key);
	ck_assert_msg(it != NULL, "%s: no item %s", s->id, key);
	ck_assert_msg(i < it->condition_count, "%s.%s: no condition %zu",
		s->id, key, i);
	const struct edubal__condition *c = &it->conditions[i];
	ck_assert_msg(c->op == op, "%s.%s: op %s", s->id, key,
		edubal__cmp_text(c->op));
	ck_assert_int_eq(c->right.kind, EDUBAL__Q_NUMBER);
	return c->right.number;
}

/* The item's first condition is "column OP number". */
static double
column_bound(const edubal_standard *s, const char *key, const char *column,
	enum edubal__cmp op)
{
	const struct edubal__condition *c = item(s, key)->conditions;
	ck_assert_int_eq(c->left.kind, EDUBAL__Q_COLUMN);
	ck_assert_str_eq(c->left.column, column);
	return bound(s, key, 0, op);
}

/* q is "total column of table" with no filter. */
static void
assert_total(const struct edubal__quantity *q, const char *column,
	enum edubal_table_kind of)
{
	ck_assert_int_eq(q->kind, EDUBAL__Q_TOTAL);
	ck_assert_int_eq(q->of, of);
	ck_assert_uint_eq(q->arg_count, 1);
	ck_assert_int_eq(q->args[0].kind, EDUBAL__Q_COLUMN);
	ck_assert_str_eq(q->args[0].column, column);
}

/* c is "column in {values}" of set_count n. */
static void
assert_in(const struct edubal__condition *c, const char *column,
	const double *values, size_t n)
{
	ck_assert_int_eq(c->op, EDUBAL__IN);
	ck_assert_str_eq(c->left.column, column);
	ck_assert_uint_eq(c->set_count, n);
	for (size_t i = 0; i < n; i++)
		ck_assert_double_eq(c->set[i], values[i]);
}

/* The ratio on the left of the item's first condition: the share of
 * children of kindergartens of the given ownerships. */
static void
assert_children_share(const edubal_standard *s, const char *key,
	const double *owners, size_t n)
{
	const struct edubal__quantity *r = &item(s, key)->conditions[0].left;
	ck_assert_int_eq(r->kind, EDUBAL__Q_RATIO);
	assert_total(&r->args[0], "children", EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_uint_eq(r->args[0].where_count, 1);
	assert_in(&r->args[0].where[0], "ownership", owners, n);
	assert_total(&r->args[1], "children", EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_uint_eq(r->args[1].where_count, 0);
}

/* The left of the item's first condition: total num of table / total den
 * of table. */
static void
assert_totals_ratio(const edubal_standard *s, const char *key,
	const char *num, const char *den, enum edubal_table_kind of)
{
	const struct edubal__quantity *r = &item(s, key)->conditions[0].left;
	ck_assert_int_eq(r->kind, EDUBAL__Q_RATIO);
	assert_total(&r->args[0], num, of);
	assert_total(&r->args[1], den, of);
}

START_TEST(test_builtin_all_load)
{
	ck_assert_uint_eq(edubal_standard_builtin_count(), BUILTIN_COUNT);
	for (size_t i = 0; i < BUILTIN_COUNT; i++) {
		edubal_standard *s = open_builtin(builtin_ids[i]);
		ck_assert_str_eq(edubal_standard_id(s), builtin_ids[i]);
		ck_assert(s->name_zh[0] && s->name_en[0]);
		ck_assert(strcmp(s->name_zh, s->id) != 0);
		ck_assert(strcmp(s->name_en, s->id) != 0);
		ck_assert_msg(s->source[0], "%s has no source", s->id);
		ck_assert_int_ge(s->year, 2012);
		/* every item has names; every statistic a value */
		for (size_t j = 0; j < s->item_count; j++) {
			const struct edubal__item *it = &s->items[j];
			ck_assert_msg(strcmp(it->name_zh, it->key) != 0 &&
				strcmp(it->name_en, it->key) != 0, "%s.%s unnamed",
				s->id, it->key);
			ck_assert(it->judged || it->has_value);
		}
		/* JSON output parses back to the same profile; a root
		 * profile's output is its file */
		json_t *a = to_json(s);
		if (!s->parent[0]) {
			char path[1200];
			snprintf(path, sizeof path, "%s/data/standards/%s.json",
				source_root, s->id);
			char *file = read_all(path);
			json_t *orig = json_loads(file, 0, NULL);
			ck_assert_msg(json_equal(a, orig), "%s", path);
			json_decref(orig);
			free(file);
		}
		char *text = json_dumps(a, 0);
		edubal_standard *again = parse_ok(text);
		json_t *b = to_json(again);
		ck_assert(json_equal(a, b));
		ck_assert_uint_eq(again->item_count, s->item_count);
		ck_assert_uint_eq(again->target_count, s->target_count);
		free(text);
		json_decref(a);
		json_decref(b);
		edubal_standard_free(again);
		/* and a clone has the same content */
		edubal_standard *c = NULL;
		ck_assert_int_eq(edubal__standard_clone(s, &c, NULL), EDUBAL_OK);
		ck_assert_uint_eq(c->item_count, s->item_count);
		ck_assert_uint_eq(c->target_count, s->target_count);
		edubal_standard_free(c);
		edubal_standard_free(s);
	}
}
END_TEST

/* SPEC §3: eight CV indicators, composite <= 0.65 / 0.55, three items. */
static const struct {
	const char *key, *resource;
	enum edubal__basis basis;
	double scale;
} spec_3[] = {
	{ "teaching_room_area_per_student", "teaching_room_area",
	  EDUBAL__BASIS_SHARED, 1 },
	{ "sports_area_per_student", "sports_area", EDUBAL__BASIS_SHARED, 1 },
	{ "equipment_value_per_student", "equipment_value",
	  EDUBAL__BASIS_SHARED, 1 },
	{ "computers_per100", "computers", EDUBAL__BASIS_SHARED, 100 },
	{ "books_per_student", "books", EDUBAL__BASIS_SHARED, 1 },
	{ "teacher_student_ratio", "teachers", EDUBAL__BASIS_SECTION, 1 },
	{ "qualified_teachers_per_student", "qualified_teachers",
	  EDUBAL__BASIS_SECTION, 1 },
	{ "senior_title_teachers_per_student", "senior_title_teachers",
	  EDUBAL__BASIS_SECTION, 1 },
};

START_TEST(test_builtin_2012)
{
	edubal_standard *s = open_builtin("cn-2012-compulsory-basic");
	ck_assert_str_eq(s->parent, "");
	ck_assert_int_eq(s->year, 2012);
	ck_assert(s->level[EDUBAL__PRIMARY] && s->level[EDUBAL__JUNIOR]);
	ck_assert(!s->level[EDUBAL__SENIOR]);
	ck_assert_uint_eq(s->indicator_count, 8);
	for (size_t i = 0; i < 8; i++) {
		const struct edubal__indicator *ind = &s->indicators[i];
		ck_assert_str_eq(ind->key, spec_3[i].key);
		ck_assert_str_eq(ind->resource, spec_3[i].resource);
		ck_assert_int_eq(ind->basis, spec_3[i].basis);
		ck_assert_double_eq_tol(ind->scale, spec_3[i].scale, TOL);
		for (size_t l = 0; l < EDUBAL__SECTION_COUNT; l++)
			ck_assert(!ind->has_threshold[l]);
	}
	/* no school rule: schools always pass */
	ck_assert_int_eq(s->min_met, 0);
	ck_assert_double_eq(s->floor_fraction, 0);
	ck_assert(s->all_schools);
	ck_assert(!s->cv.judged);
	ck_assert(s->composite.judged);
	ck_assert_int_eq(s->composite.op, EDUBAL__LE);
	ck_assert_double_eq_tol(s->composite.limit[EDUBAL__PRIMARY], 0.65, TOL);
	ck_assert_double_eq_tol(s->composite.limit[EDUBAL__JUNIOR], 0.55, TOL);
	ck_assert_int_eq(s->composite.round_digits, -1);
	ck_assert_int_eq(s->composite.method, EDUBAL_CV_OFFICIAL);
	ck_assert_double_eq_tol(s->split[EDUBAL__TYPE_NINE_YEAR][EDUBAL__JUNIOR],
		1.1, TOL);
	ck_assert_double_eq_tol(s->split[EDUBAL__TYPE_TWELVE_YEAR][
		EDUBAL__SENIOR], 1.32, TOL);
	ck_assert_uint_eq(s->item_count, 3);
	ck_assert_double_eq_tol(column_bound(s, "basic_standard",
		"basic_standard_rate", EDUBAL__GE), 1.0, TOL);
	ck_assert_str_eq(item(s, "basic_standard")->part, "basic_standard");
	ck_assert_double_eq_tol(column_bound(s, "government_work",
		"government_work_score", EDUBAL__GE), 85, TOL);
	ck_assert_str_eq(item(s, "government_work")->part, "government");
	ck_assert_double_eq_tol(column_bound(s, "public_satisfaction",
		"public_satisfaction_rate", EDUBAL__GE), 0.85, TOL);
	ck_assert_str_eq(item(s, "public_satisfaction")->part, "recognition");
	edubal_standard_free(s);
}
END_TEST

static const double public_only[] = { EDUBAL__PUBLIC };
static const double inclusive[] = {
	EDUBAL__PUBLIC, EDUBAL__INCLUSIVE_PRIVATE
};

/* SPEC §4 */
START_TEST(test_builtin_2020_preschool)
{
	edubal_standard *s = open_builtin("cn-2020-preschool");
	ck_assert_str_eq(s->parent, "");
	ck_assert_int_eq(s->year, 2020);
	for (size_t i = 0; i < EDUBAL__SECTION_COUNT; i++)
		ck_assert(!s->level[i]);
	ck_assert_uint_eq(s->indicator_count, 0);
	ck_assert_uint_eq(s->item_count, 10);
	ck_assert_uint_eq(part_count(s, "preschool"), 9);
	/* GER = total children / population aged 3-5 >= 85% */
	const struct edubal__quantity *ger =
		&item(s, "preschool_ger")->conditions[0].left;
	ck_assert_int_eq(ger->kind, EDUBAL__Q_RATIO);
	assert_total(&ger->args[0], "children", EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_str_eq(ger->args[1].column, "population_3_5");
	ck_assert_double_eq_tol(bound(s, "preschool_ger", 0, EDUBAL__GE), 0.85,
		TOL);
	assert_children_share(s, "inclusive_coverage", inclusive, 2);
	ck_assert_double_eq_tol(bound(s, "inclusive_coverage", 0, EDUBAL__GE),
		0.80, TOL);
	assert_children_share(s, "public_share", public_only, 1);
	ck_assert_double_eq_tol(bound(s, "public_share", 0, EDUBAL__GE), 0.50,
		TOL);
	ck_assert_double_eq_tol(column_bound(s, "funding_per_child",
		"preschool_funds_per_child", EDUBAL__GE), 600, TOL);
	assert_totals_ratio(s, "class_size_compliance",
		"classes_within_size_limit", "classes",
		EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_double_eq_tol(bound(s, "class_size_compliance", 0,
		EDUBAL__GE), 0.85, TOL);
	/* teachers : children >= 1:15, written children per teacher <= 15 */
	assert_totals_ratio(s, "teacher_child_ratio", "children", "teachers",
		EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_double_eq_tol(bound(s, "teacher_child_ratio", 0, EDUBAL__LE),
		15, TOL);
	assert_totals_ratio(s, "certified_staff", "certified_teachers",
		"teachers", EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_double_eq_tol(bound(s, "certified_staff", 0, EDUBAL__GE), 1.0,
		TOL);
	ck_assert_double_eq_tol(column_bound(s, "social_recognition",
		"social_recognition_rate", EDUBAL__GE), 0.85, TOL);
	ck_assert_str_eq(item(s, "social_recognition")->part, "recognition");
	/* statistics */
	const struct edubal__item *children = item(s, "children");
	ck_assert(!children->judged);
	assert_total(&children->value, "children", EDUBAL_TABLE_KINDERGARTENS);
	const struct edubal__item *kgs = item(s, "kindergartens");
	ck_assert(!kgs->judged);
	ck_assert_int_eq(kgs->value.kind, EDUBAL__Q_COUNT);
	ck_assert_int_eq(kgs->value.of, EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_uint_eq(kgs->value.where_count, 0);
	edubal_standard_free(s);
}
END_TEST

/* The value (statistic) or first condition's left (judged) of an item
 * counting classes with students OP size, and the section filter. */
static void
assert_class_count(const struct edubal__quantity *q, const double *sections,
	size_t n, enum edubal__cmp op, double size)
{
	ck_assert_int_eq(q->kind, EDUBAL__Q_COUNT);
	ck_assert_int_eq(q->of, EDUBAL_TABLE_CLASSES);
	ck_assert_uint_eq(q->where_count, n ? 2 : 1);
	if (n)
		assert_in(&q->where[0], "section", sections, n);
	const struct edubal__condition *c = &q->where[n ? 1 : 0];
	ck_assert_str_eq(c->left.column, "students");
	ck_assert_int_eq(c->op, op);
	ck_assert_double_eq_tol(c->right.number, size, TOL);
}

static const double primary_only[] = { EDUBAL__PRIMARY };
static const double junior_only[] = { EDUBAL__JUNIOR };
static const double senior_only[] = { EDUBAL__SENIOR };
static const double compulsory[] = { EDUBAL__PRIMARY, EDUBAL__JUNIOR };

/* SPEC §5: class size 45 / 50, large >= 56, super-large >= 66, large share
 * <= 5%, none >= 66; school size 2000, 2500 for 9- and 12-year schools. */
START_TEST(test_builtin_class_size)
{
	edubal_standard *s = open_builtin("cn-class-size");
	ck_assert_str_eq(s->parent, "");
	ck_assert_str_eq(s->name_zh, "班额与校额");
	for (size_t i = 0; i < EDUBAL__SECTION_COUNT; i++)
		ck_assert(!s->level[i]);
	ck_assert_uint_eq(s->item_count, 13);
	ck_assert_uint_eq(part_count(s, "class_size"), 13);
	/* from school maxima when there is no classes.csv: schools whose
	 * largest class of a section reaches 56 (大班额) or 66 (超大班额) */
	static const char *const maxima[] = {
		"schools_with_large_primary_class", "schools_with_large_junior_class",
		"schools_with_large_senior_class",
		"schools_with_super_large_primary_class",
		"schools_with_super_large_junior_class",
		"schools_with_super_large_senior_class"};
	for (size_t i = 0; i < 6; i++) {
		const struct edubal__item *m = item(s, maxima[i]);
		ck_assert(!m->judged);
		ck_assert_int_eq(m->value.kind, EDUBAL__Q_COUNT);
		ck_assert_int_eq(m->value.of, EDUBAL_TABLE_SCHOOLS);
		ck_assert_uint_eq(m->value.where_count, 1);
		ck_assert_int_eq(m->value.where[0].op, EDUBAL__GE);
		ck_assert_double_eq(m->value.where[0].right.number, i < 3 ? 56 : 66);
	}
	const struct edubal__item *it = item(s, "primary_classes_over_45");
	ck_assert(!it->judged);
	assert_class_count(&it->value, primary_only, 1, EDUBAL__GT, 45);
	it = item(s, "junior_classes_over_50");
	ck_assert(!it->judged);
	assert_class_count(&it->value, junior_only, 1, EDUBAL__GT, 50);
	it = item(s, "large_classes");
	ck_assert(!it->judged);
	assert_class_count(&it->value, NULL, 0, EDUBAL__GE, 56);
	it = item(s, "large_classes_share");
	ck_assert(it->judged);
	const struct edubal__quantity *share = &it->conditions[0].left;
	ck_assert_int_eq(share->kind, EDUBAL__Q_RATIO);
	assert_class_count(&share->args[0], compulsory, 2, EDUBAL__GE, 56);
	ck_assert_int_eq(share->args[1].kind, EDUBAL__Q_COUNT);
	ck_assert_uint_eq(share->args[1].where_count, 1);
	assert_in(&share->args[1].where[0], "section", compulsory, 2);
	ck_assert_double_eq_tol(bound(s, "large_classes_share", 0, EDUBAL__LE),
		0.05, TOL);
	it = item(s, "super_large_classes");
	ck_assert(it->judged);
	assert_class_count(&it->conditions[0].left, compulsory, 2, EDUBAL__GE,
		66);
	ck_assert_double_eq(bound(s, "super_large_classes", 0, EDUBAL__EQ), 0);
	it = item(s, "senior_large_classes");
	ck_assert(!it->judged);
	assert_class_count(&it->value, senior_only, 1, EDUBAL__GE, 56);
	it = item(s, "large_schools");
	ck_assert(it->judged);
	ck_assert_int_eq(it->scope, EDUBAL__SCOPE_COUNTY);
	const struct edubal__quantity *big = &it->conditions[0].left;
	ck_assert_int_eq(big->kind, EDUBAL__Q_COUNT);
	ck_assert_int_eq(big->of, EDUBAL_TABLE_SCHOOLS);
	ck_assert_uint_eq(big->where_count, 1);
	const struct edubal__condition *w = &big->where[0];
	ck_assert_int_eq(w->left.kind, EDUBAL__Q_SUM);
	ck_assert_str_eq(w->left.args[0].column, "students_primary");
	ck_assert_str_eq(w->left.args[1].column, "students_junior");
	ck_assert_int_eq(w->op, EDUBAL__GT);
	ck_assert_int_eq(w->right.kind, EDUBAL__Q_BY_TYPE);
	ck_assert_double_eq(w->right.table[EDUBAL__TYPE_NINE_YEAR], 2500);
	ck_assert_double_eq(w->right.table[EDUBAL__TYPE_TWELVE_YEAR], 2500);
	ck_assert(w->right.has_fallback);
	ck_assert_double_eq(w->right.fallback, 2000);
	ck_assert_double_eq(bound(s, "large_schools", 0, EDUBAL__EQ), 0);
	edubal_standard_free(s);
}
END_TEST

/* count of schools of type special >= 1, only where population > 200000 */
static void
assert_special_school(const edubal_standard *s, const char *key)
{
	static const double special[] = { EDUBAL__TYPE_SPECIAL };
	const struct edubal__item *it = item(s, key);
	ck_assert_uint_eq(it->when_count, 1);
	ck_assert_str_eq(it->when[0].left.column, "population");
	ck_assert_int_eq(it->when[0].op, EDUBAL__GT);
	ck_assert_double_eq(it->when[0].right.number, 200000);
	const struct edubal__quantity *q = &it->conditions[0].left;
	ck_assert_int_eq(q->kind, EDUBAL__Q_COUNT);
	ck_assert_int_eq(q->of, EDUBAL_TABLE_SCHOOLS);
	ck_assert_uint_eq(q->where_count, 1);
	assert_in(&q->where[0], "type", special, 1);
	ck_assert_double_eq(bound(s, key, 0, EDUBAL__GE), 1);
}

/* ratio(home_delivered_students, disabled_school_age_children) <= 10% */
static void
assert_home_delivered(const edubal_standard *s)
{
	const struct edubal__quantity *r =
		&item(s, "home_delivered")->conditions[0].left;
	ck_assert_int_eq(r->kind, EDUBAL__Q_RATIO);
	ck_assert_str_eq(r->args[0].column, "home_delivered_students");
	ck_assert_str_eq(r->args[1].column, "disabled_school_age_children");
	ck_assert_double_eq_tol(bound(s, "home_delivered", 0, EDUBAL__LE), 0.10,
		TOL);
}

/* SPEC §5: special education, funding, staffing, teachers */
START_TEST(test_builtin_special_funding_teachers)
{
	edubal_standard *s = open_builtin("cn-special-funding-teachers");
	ck_assert_str_eq(s->name_zh, "特殊教育、经费与教师");
	ck_assert_str_eq(s->parent, "");
	assert_special_school(s, "special_school");
	const struct edubal__item *rr = item(s, "resource_rooms");
	ck_assert_int_eq(rr->scope, EDUBAL__SCOPE_SCHOOL);
	ck_assert_str_eq(rr->when[0].left.column, "disabled_students");
	ck_assert_int_eq(rr->when[0].op, EDUBAL__GE);
	ck_assert_double_eq(rr->when[0].right.number, 5);
	ck_assert_str_eq(rr->conditions[0].flag, "resource_room");
	ck_assert(rr->conditions[0].expect);
	assert_home_delivered(s);
	/* 两个只增不减 */
	const struct edubal__quantity *m =
		&item(s, "spending_not_falling")->conditions[0].left;
	ck_assert_int_eq(m->kind, EDUBAL__Q_MIN_CHANGE);
	ck_assert_int_eq(m->of, EDUBAL_TABLE_FUNDING);
	ck_assert_str_eq(m->args[0].column, "education_spending");
	ck_assert_double_eq(bound(s, "spending_not_falling", 0, EDUBAL__GE), 0);
	m = &item(s, "per_student_spending_not_falling")->conditions[0].left;
	ck_assert_int_eq(m->kind, EDUBAL__Q_MIN_CHANGE);
	ck_assert_int_eq(m->of, EDUBAL_TABLE_FUNDING);
	ck_assert_int_eq(m->args[0].kind, EDUBAL__Q_RATIO);
	ck_assert_str_eq(m->args[0].args[0].column, "education_spending");
	ck_assert_str_eq(m->args[0].args[1].column, "students");
	ck_assert_double_eq(bound(s, "per_student_spending_not_falling", 0,
		EDUBAL__GE), 0);
	ck_assert_int_eq(item(s, "training_funds")->scope,
		EDUBAL__SCOPE_SCHOOL);
	ck_assert_double_eq_tol(bound(s, "training_funds", 0, EDUBAL__GE), 0.05,
		TOL);
	ck_assert_double_eq_tol(bound(s, "preschool_spending_share", 0,
		EDUBAL__GE), 0.05, TOL);
	/* 教职工:学生 1:19, 1:13.5, 1:12.5 */
	static const struct {
		const char *key, *students, *staff;
		double ratio;
	} staffing[] = {
		{ "staffing_primary", "students_primary", "staff_primary", 19 },
		{ "staffing_junior", "students_junior", "staff_junior", 13.5 },
		{ "staffing_senior", "students_senior", "staff_senior", 12.5 },
	};
	for (size_t i = 0; i < 3; i++) {
		const struct edubal__quantity *r =
			&item(s, staffing[i].key)->conditions[0].left;
		ck_assert_int_eq(r->kind, EDUBAL__Q_RATIO);
		ck_assert_str_eq(r->args[0].args[0].column, staffing[i].students);
		ck_assert_str_eq(r->args[1].args[0].column, staffing[i].staff);
		ck_assert_uint_eq(r->args[0].where_count, 1);
		ck_assert_uint_eq(r->args[0].where[0].set_count, 7);
		for (size_t t = 0; t < 7; t++)
			ck_assert(r->args[0].where[0].set[t] != EDUBAL__TYPE_SPECIAL);
		ck_assert_double_eq_tol(bound(s, staffing[i].key, 0, EDUBAL__LE),
			staffing[i].ratio, TOL);
	}
	ck_assert_double_eq_tol(bound(s, "rotation", 0, EDUBAL__GE), 0.10, TOL);
	ck_assert_double_eq_tol(bound(s, "rotation", 1, EDUBAL__GE), 0.20, TOL);
	static const char *const shares[] = {
		"bachelor_share_primary", "bachelor_share_junior",
		"postgraduate_share_senior"
	};
	for (size_t i = 0; i < 3; i++) {
		const struct edubal__item *it = item(s, shares[i]);
		ck_assert(!it->judged);
		ck_assert(it->has_value);
		ck_assert_int_eq(it->value.kind, EDUBAL__Q_RATIO);
		ck_assert_int_eq(it->value.args[0].kind, EDUBAL__Q_TOTAL);
	}
	edubal_standard_free(s);
}
END_TEST

/* SPEC §6 zj-shaoxing-2021: CV < 0.35 / < 0.30, all districts by 2025 */
START_TEST(test_builtin_shaoxing)
{
	edubal_standard *s = open_builtin("zj-shaoxing-2021");
	edubal_standard *p = builtin();
	ck_assert_str_eq(s->parent, CN2017);
	ck_assert_ptr_nonnull(strstr(s->source, "五大创建行动计划(2021—2025年)"));
	ck_assert_ptr_nonnull(strstr(s->source, "绍政办发〔2021〕2号"));
	ck_assert_int_eq(s->year, 2021);
	ck_assert(s->cv.judged);
	ck_assert_int_eq(s->cv.op, EDUBAL__LT);
	ck_assert_double_eq_tol(s->cv.limit[EDUBAL__PRIMARY], 0.35, TOL);
	ck_assert_double_eq_tol(s->cv.limit[EDUBAL__JUNIOR], 0.30, TOL);
	ck_assert_uint_eq(s->item_count, p->item_count);
	ck_assert_uint_eq(s->indicator_count, p->indicator_count);
	ck_assert_uint_eq(s->target_count, 1);
	ck_assert_str_eq(s->targets[0].standard, CN2017);
	ck_assert_int_eq(s->targets[0].year, 2025);
	ck_assert_double_eq(s->targets[0].share, 1.0);
	edubal_standard_free(p);
	edubal_standard_free(s);
}
END_TEST

/* SPEC §6 gd-jiedong-2023 */
START_TEST(test_builtin_jiedong)
{
	edubal_standard *s = open_builtin("gd-jiedong-2023");
	ck_assert_str_eq(s->parent, CN2017);
	ck_assert_ptr_nonnull(strstr(s->source, "崇文揭东 向上教育 推动广东省"
		"基础教育高质量发展实验区建设实施方案"));
	ck_assert_ptr_nonnull(strstr(s->source, "揭东府〔2023〕2号"));
	ck_assert_int_eq(s->year, 2023);
	/* "5085" and GER 100% */
	assert_children_share(s, "public_share", public_only, 1);
	ck_assert_double_eq_tol(bound(s, "public_share", 0, EDUBAL__GE), 0.50,
		TOL);
	assert_children_share(s, "inclusive_coverage", inclusive, 2);
	ck_assert_double_eq_tol(bound(s, "inclusive_coverage", 0, EDUBAL__GE),
		0.85, TOL);
	const struct edubal__quantity *ger =
		&item(s, "preschool_ger")->conditions[0].left;
	assert_total(&ger->args[0], "children", EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_str_eq(ger->args[1].column, "population_3_5");
	ck_assert_double_eq_tol(bound(s, "preschool_ger", 0, EDUBAL__GE), 1.0,
		TOL);
	ck_assert_double_eq_tol(column_bound(s, "migrant_children",
		"migrant_public_rate", EDUBAL__GE), 0.85, TOL);
	ck_assert_double_eq_tol(column_bound(s, "retention_9year",
		"retention_9year_rate", EDUBAL__GE), 0.96, TOL);
	/* overrides of the parent's items, in place */
	ck_assert_double_eq_tol(column_bound(s, "disabled_enrollment",
		"disabled_enrollment_rate", EDUBAL__GE), 0.97, TOL);
	ck_assert_str_eq(item(s, "disabled_enrollment")->part, "quality");
	ck_assert_double_eq_tol(column_bound(s, "special_school_funding",
		"special_school_funds_per_student", EDUBAL__GE), 7000, TOL);
	ck_assert_str_eq(item(s, "special_school_funding")->part, "assurance");
	assert_home_delivered(s);
	/* teacher degrees */
	assert_totals_ratio(s, "bachelor_share_primary",
		"teachers_bachelor_primary", "teachers_primary",
		EDUBAL_TABLE_SCHOOLS);
	ck_assert_double_eq_tol(bound(s, "bachelor_share_primary", 0,
		EDUBAL__GE), 0.83, TOL);
	assert_totals_ratio(s, "bachelor_share_junior",
		"teachers_bachelor_junior", "teachers_junior", EDUBAL_TABLE_SCHOOLS);
	ck_assert_double_eq_tol(bound(s, "bachelor_share_junior", 0,
		EDUBAL__GE), 0.92, TOL);
	assert_totals_ratio(s, "associate_share_kindergarten",
		"teachers_associate", "teachers", EDUBAL_TABLE_KINDERGARTENS);
	ck_assert_double_eq_tol(bound(s, "associate_share_kindergarten", 0,
		EDUBAL__GE), 0.83, TOL);
	assert_totals_ratio(s, "postgraduate_share_senior",
		"teachers_postgraduate_senior", "teachers_senior",
		EDUBAL_TABLE_SCHOOLS);
	ck_assert_double_eq_tol(bound(s, "postgraduate_share_senior", 0,
		EDUBAL__GE), 0.14, TOL);
	ck_assert_double_eq_tol(bound(s, "preschool_spending_share", 0,
		EDUBAL__GE), 0.05, TOL);
	ck_assert_double_eq_tol(column_bound(s, "fitness_good_rate",
		"fitness_good_rate", EDUBAL__GE), 0.55, TOL);
	ck_assert_double_eq_tol(column_bound(s, "backbone_teacher_rate",
		"backbone_teacher_rate", EDUBAL__GE), 0.10, TOL);
	ck_assert_uint_eq(s->target_count, 2);
	ck_assert_str_eq(s->targets[0].standard, "cn-2020-preschool");
	ck_assert_str_eq(s->targets[1].standard, CN2017);
	for (size_t i = 0; i < 2; i++) {
		ck_assert_int_eq(s->targets[i].year, 2025);
		ck_assert_double_eq(s->targets[i].share, 1.0);
	}
	edubal_standard_free(s);
}
END_TEST

/* SPEC §6 ha-pingdingshan-2024 */
START_TEST(test_builtin_pingdingshan)
{
	edubal_standard *s = open_builtin("ha-pingdingshan-2024");
	ck_assert_str_eq(s->parent, "cn-2020-preschool");
	ck_assert_ptr_nonnull(strstr(s->source,
		"平顶山市新时代基础教育扩优提质行动计划实施方案"));
	ck_assert_ptr_nonnull(strstr(s->source, "平教体基〔2024〕35号"));
	ck_assert_int_eq(s->year, 2024);
	assert_children_share(s, "public_share", public_only, 1);
	ck_assert_double_eq_tol(bound(s, "public_share", 0, EDUBAL__GE), 0.60,
		TOL);
	/* the parent's other numbers stay */
	ck_assert_double_eq_tol(bound(s, "inclusive_coverage", 0, EDUBAL__GE),
		0.80, TOL);
	ck_assert_double_eq_tol(column_bound(s, "funding_per_child",
		"preschool_funds_per_child", EDUBAL__GE), 600, TOL);
	const struct edubal__quantity *ger =
		&item(s, "senior_ger")->conditions[0].left;
	ck_assert_int_eq(ger->kind, EDUBAL__Q_RATIO);
	ck_assert_str_eq(ger->args[0].column, "senior_stage_enrolled");
	ck_assert_str_eq(ger->args[1].column, "population_15_17");
	ck_assert_double_eq_tol(bound(s, "senior_ger", 0, EDUBAL__GE), 0.96,
		TOL);
	ck_assert_double_eq_tol(column_bound(s, "disabled_enrollment",
		"disabled_enrollment_rate", EDUBAL__GE), 0.97, TOL);
	assert_special_school(s, "special_school");
	ck_assert_uint_eq(s->target_count, 0);
	edubal_standard_free(s);
}
END_TEST

/* SPEC §6 xx-city-2022: seats per 1000 urban residents 80 / 40;
 * 30% of districts by 2023, all by 2025 */
START_TEST(test_builtin_xx_city)
{
	edubal_standard *s = open_builtin("xx-city-2022");
	ck_assert_str_eq(s->parent, CN2017);
	ck_assert_ptr_nonnull(strstr(s->source,
		"××市推动义务教育优质均衡发展行动方案"));
	static const struct {
		const char *key, *column;
		double seats;
	} seats[] = {
		{ "seats_primary", "seats_primary", 80 },
		{ "seats_junior", "seats_junior", 40 },
	};
	for (size_t i = 0; i < 2; i++) {
		const struct edubal__quantity *r =
			&item(s, seats[i].key)->conditions[0].left;
		ck_assert_int_eq(r->kind, EDUBAL__Q_RATIO);
		ck_assert_str_eq(r->args[0].column, seats[i].column);
		ck_assert_int_eq(r->args[1].kind, EDUBAL__Q_RATIO);
		ck_assert_str_eq(r->args[1].args[0].column, "urban_population");
		ck_assert_double_eq(r->args[1].args[1].number, 1000);
		ck_assert_double_eq_tol(bound(s, seats[i].key, 0, EDUBAL__GE),
			seats[i].seats, TOL);
	}
	/* as the parent: classes 45 / 50, rotation 10% / 20%, training 5% */
	const struct edubal__quantity *cls =
		&item(s, "class_size")->conditions[0].right;
	ck_assert_double_eq(cls->table[EDUBAL__PRIMARY], 45);
	ck_assert_double_eq(cls->table[EDUBAL__JUNIOR], 50);
	ck_assert_double_eq_tol(bound(s, "rotation", 0, EDUBAL__GE), 0.10, TOL);
	ck_assert_double_eq_tol(bound(s, "rotation", 1, EDUBAL__GE), 0.20, TOL);
	ck_assert_double_eq_tol(bound(s, "training_funds", 0, EDUBAL__GE), 0.05,
		TOL);
	ck_assert_uint_eq(s->target_count, 2);
	ck_assert_str_eq(s->targets[0].standard, CN2017);
	ck_assert_int_eq(s->targets[0].year, 2023);
	ck_assert_double_eq_tol(s->targets[0].share, 0.30, TOL);
	ck_assert_str_eq(s->targets[1].standard, CN2017);
	ck_assert_int_eq(s->targets[1].year, 2025);
	ck_assert_double_eq(s->targets[1].share, 1.0);
	edubal_standard_free(s);
}
END_TEST

/* SPEC §6 gd-bqw-2023: blank shares, senior large classes eliminated */
START_TEST(test_builtin_bqw)
{
	edubal_standard *s = open_builtin("gd-bqw-2023");
	ck_assert_str_eq(s->parent, CN2017);
	ck_assert_ptr_nonnull(strstr(s->source, "全省“百县千镇万村高质量发展工程”"
		"教育行动实施方案(2023—2027年)"));
	ck_assert_int_eq(s->year, 2023);
	ck_assert_uint_eq(s->target_count, 4);
	static const struct {
		const char *standard;
		int year;
	} want[] = {
		{ "cn-2020-preschool", 2025 }, { CN2017, 2025 },
		{ "cn-2020-preschool", 2027 }, { CN2017, 2027 },
	};
	for (size_t i = 0; i < 4; i++) {
		ck_assert_str_eq(s->targets[i].standard, want[i].standard);
		ck_assert_int_eq(s->targets[i].year, want[i].year);
		ck_assert(isnan(s->targets[i].share));
	}
	const struct edubal__item *it = item(s, "senior_large_classes");
	ck_assert(it->judged);
	assert_class_count(&it->conditions[0].left, senior_only, 1, EDUBAL__GE,
		56);
	ck_assert_double_eq(bound(s, "senior_large_classes", 0, EDUBAL__EQ), 0);
	edubal_standard_free(s);
}
END_TEST

/* ---- descriptions of the new constructs and of the local profiles ---- */

static char *
describe_builtin(const char *id, const char *lang)
{
	edubal_standard *s = open_builtin(id);
	char *text = describe(s, lang);
	edubal_standard_free(s);
	return text;
}

START_TEST(test_describe_constructs)
{
	char *en = describe_builtin("cn-2020-preschool", "en");
	contains(en, "Levels: none (county items only)");
	contains(en, "(total children of kindergartens where ownership in "
		"{public, inclusive_private}) / (total children of kindergartens) "
		">= 0.8");
	contains(en, "(total children of kindergartens) / population_3_5 >= "
		"0.85");
	contains(en, "kindergartens [county] (statistic): number of "
		"kindergartens");
	contains(en, "value = count of kindergartens");
	contains(en, "Items (8 judged, 2 statistics)");
	edubal_free(en);
	char *zh = describe_builtin("cn-2020-preschool", "zh");
	contains(zh, "(幼儿园的 children 合计(其中 ownership in {public, "
		"inclusive_private}))");
	contains(zh, "kindergartens [县级](统计):幼儿园数");
	contains(zh, "数值 = 幼儿园数");
	contains(zh, "评估学段:无");
	edubal_free(zh);
	en = describe_builtin("cn-class-size", "en");
	contains(en, "value = count of classes where students >= 56");
	contains(en, "value = count of classes where section in {primary} and "
		"students > 45");
	contains(en, "(count of classes where section in {primary, junior} and "
		"students >= 66) == 0");
	contains(en, "count of schools where students_primary + students_junior "
		"> nine_year 2500, twelve_year 2500, otherwise 2000");
	edubal_free(en);
	zh = describe_builtin("cn-class-size", "zh");
	contains(zh, "数值 = 班级数(其中 students >= 56)");
	edubal_free(zh);
	en = describe_builtin("cn-special-funding-teachers", "en");
	contains(en, "min year-on-year change of education_spending / students "
		"(funding) >= 0");
	contains(en, "only when population > 200000");
	contains(en, "resource_rooms [every school]");
	contains(en, "only when disabled_students >= 5");
	contains(en, "(count of schools where type in {special}) >= 1");
	edubal_free(en);
	zh = describe_builtin("cn-special-funding-teachers", "zh");
	contains(zh, "仅当 population > 200000");
	contains(zh, "经费年度记录中 education_spending / students 的最小逐年变化");
	contains(zh, "(统计)");
	edubal_free(zh);
	en = describe_builtin("cn-2012-compulsory-basic", "en");
	contains(en, "standard: none (CV only)");
	contains(en, "School rule: none");
	contains(en, "CV rule (each indicator): reported for information");
	contains(en, "Composite CV rule: CV <= primary 0.65, junior 0.55");
	edubal_free(en);
	/* targets about this profile, another one, or left blank */
	edubal_standard *s = parse_ok("{\"format\": \"edubal-profile/1\", "
		"\"id\": \"tg\", \"levels\": [], \"targets\": [{\"year\": 2023, "
		"\"share\": 0.3}, {\"standard\": \"cn-2020-preschool\", \"year\": "
		"2025, \"share\": null}]}");
	en = describe(s, "en");
	contains(en, "Targets (share of counties passing):");
	contains(en, "30% of counties pass by 2023");
	contains(en, "?% of counties meet cn-2020-preschool by 2025 (share not "
		"set: blank in the plan)");
	zh = describe(s, "zh");
	contains(zh, "2023 年 30% 的县达标");
	contains(zh, "2025 年 ?% 的县达到 cn-2020-preschool(比例未定");
	edubal_free(en);
	edubal_free(zh);
	edubal_standard_free(s);
	/* a statistic keeping conditions, and a judged item with a value */
	s = parse_ok(items_profile("{\"key\": \"sa\", \"part\": \"p\", "
		"\"judged\": false, \"value\": \"x\", \"all\": [{\"left\": \"x\", "
		"\"op\": \">=\", \"right\": 3500}]}"));
	en = describe(s, "en");
	contains(en, "sa [county] (statistic): sa");
	contains(en, "value = x\n      not judged: x >= 3500");
	edubal_free(en);
	edubal_standard_free(s);
}
END_TEST

/* edubal standards show of each local profile lists what it changes. */
START_TEST(test_describe_local_profiles)
{
	char *en = describe_builtin("zj-shaoxing-2021", "en");
	contains(en, "Parent: " CN2017);
	contains(en, "Overrides relative to " CN2017 ":");
	contains(en, "changed cv_rule.comparator: \"<=\" → \"<\"");
	contains(en, "changed cv_rule.limit.primary: 0.5 → 0.35");
	contains(en, "changed cv_rule.limit.junior: 0.45 → 0.3");
	contains(en, "added targets = [{\"standard\":\"" CN2017 "\",\"year\":2025");
	contains(en, "CV < primary 0.35, junior 0.3");
	contains(en, "100% of counties meet " CN2017 " by 2025");
	edubal_free(en);
	char *zh = describe_builtin("zj-shaoxing-2021", "zh");
	contains(zh, "相对于上级标准的改动(" CN2017 "):");
	contains(zh, "修改 cv_rule.comparator: \"<=\" → \"<\"");
	contains(zh, "2025 年 100% 的县达到 " CN2017);
	edubal_free(zh);
	en = describe_builtin("gd-jiedong-2023", "en");
	contains(en, "changed items[disabled_enrollment].all[0].right: 0.95 → "
		"0.97");
	contains(en, "changed items[special_school_funding].all[0].right: 6000 "
		"→ 7000");
	contains(en, "added item public_share: children in public kindergartens");
	contains(en, "added item associate_share_kindergarten:");
	contains(en, "added item fitness_good_rate:");
	contains(en, "100% of counties meet cn-2020-preschool by 2025");
	edubal_free(en);
	en = describe_builtin("ha-pingdingshan-2024", "en");
	contains(en, "Overrides relative to cn-2020-preschool:");
	contains(en, "changed items[public_share].all[0].right: 0.5 → 0.6");
	contains(en, "(total children of kindergartens where ownership in "
		"{public}) / (total children of kindergartens) >= 0.6\n");
	contains(en, "changed items[funding_per_child].name.zh: ");
	contains(en, "added item senior_ger:");
	contains(en, "added item special_school:");
	edubal_free(en);
	en = describe_builtin("xx-city-2022", "en");
	contains(en, "added item seats_primary: at least 80 primary seats");
	contains(en, "seats_primary / (urban_population / 1000) >= 80");
	contains(en, "seats_junior / (urban_population / 1000) >= 40");
	contains(en, "30% of counties meet " CN2017 " by 2023");
	contains(en, "100% of counties meet " CN2017 " by 2025");
	contains(en, "added targets = ");
	edubal_free(en);
	zh = describe_builtin("xx-city-2022", "zh");
	contains(zh, "2023 年 30% 的县达到 " CN2017);
	contains(zh, "新增项目 seats_primary:城镇小学千人学位数不低于80座");
	edubal_free(zh);
	en = describe_builtin("gd-bqw-2023", "en");
	contains(en, "added item senior_large_classes:");
	contains(en, "(count of classes where section in {senior} and students "
		">= 56) == 0");
	contains(en, "?% of counties meet cn-2020-preschool by 2027 (share not "
		"set: blank in the plan)");
	edubal_free(en);
}
END_TEST

static Suite *
standard_suite(void)
{
	Suite *s = suite_create("standard");
	TCase *tc = tcase_create("builtin");
	tcase_add_test(tc, test_builtin_list);
	tcase_add_test(tc, test_builtin_meta);
	tcase_add_test(tc, test_builtin_indicators);
	tcase_add_test(tc, test_builtin_rules);
	tcase_add_test(tc, test_builtin_split_exclude);
	tcase_add_test(tc, test_builtin_items);
	tcase_add_test(tc, test_builtin_quantities);
	tcase_add_test(tc, test_compare);
	suite_add_tcase(s, tc);
	tc = tcase_create("inheritance");
	tcase_add_test(tc, test_child_overrides);
	tcase_add_test(tc, test_child_items);
	tcase_add_test(tc, test_child_remove_indicator);
	tcase_add_test(tc, test_load_parent_files);
	tcase_add_test(tc, test_open);
	suite_add_tcase(s, tc);
	tc = tcase_create("validation");
	tcase_add_test(tc, test_error_json_syntax);
	tcase_add_test(tc, test_error_unknown_field);
	tcase_add_test(tc, test_error_comparator);
	tcase_add_test(tc, test_error_section);
	tcase_add_test(tc, test_error_numbers);
	tcase_add_test(tc, test_error_required);
	tcase_add_test(tc, test_error_parent);
	tcase_add_test(tc, test_error_parent_files);
	tcase_add_test(tc, test_error_duplicate);
	tcase_add_test(tc, test_error_conditions);
	tcase_add_test(tc, test_bad_args);
	suite_add_tcase(s, tc);
	tc = tcase_create("output");
	tcase_add_test(tc, test_to_json_round_trip);
	tcase_add_test(tc, test_to_json_child);
	tcase_add_test(tc, test_clone);
	tcase_add_test(tc, test_describe);
	tcase_add_test(tc, test_describe_overrides);
	tcase_add_test(tc, test_describe_constructs);
	tcase_add_test(tc, test_describe_local_profiles);
	suite_add_tcase(s, tc);
	tc = tcase_create("constructs");
	tcase_add_test(tc, test_in_condition);
	tcase_add_test(tc, test_in_errors);
	tcase_add_test(tc, test_aggregates);
	tcase_add_test(tc, test_aggregate_errors);
	tcase_add_test(tc, test_when_and_statistics);
	tcase_add_test(tc, test_when_and_statistics_errors);
	tcase_add_test(tc, test_relaxed);
	tcase_add_test(tc, test_targets);
	tcase_add_test(tc, test_target_errors);
	suite_add_tcase(s, tc);
	tc = tcase_create("other-standards");
	tcase_add_test(tc, test_builtin_all_load);
	tcase_add_test(tc, test_builtin_2012);
	tcase_add_test(tc, test_builtin_2020_preschool);
	tcase_add_test(tc, test_builtin_class_size);
	tcase_add_test(tc, test_builtin_special_funding_teachers);
	tcase_add_test(tc, test_builtin_shaoxing);
	tcase_add_test(tc, test_builtin_jiedong);
	tcase_add_test(tc, test_builtin_pingdingshan);
	tcase_add_test(tc, test_builtin_xx_city);
	tcase_add_test(tc, test_builtin_bqw);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char **argv)
{
	if (argc > 1)
		source_root = argv[1];
	SRunner *sr = srunner_create(standard_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
