/*
 * tests/unit/test_standard.c - standard profiles (edubal/standard.h and
 * the private src/standard/standard.h): the built-in 2017 profile against
 * SPEC §2, inheritance, validation messages, JSON output and descriptions.
 *
 * usage: test_standard SOURCE_ROOT   (EDUBAL_TEST_TMPDIR: scratch space)
 */
#include <check.h>
#include <dirent.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <edubal/edubal.h>
#include <edubal/standard.h>

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
		"\"=>\" (expected <=, <, >=, >, ==)");
	parse_fails(child("\"cv_rule\": {\"comparator\": \"=<\"}"),
		EDUBAL_EDATA, "cv_rule.comparator: unknown comparator \"=<\"");
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
	parse_fails(child("\"levels\": [\"primary\", \"junior\", \"senior\"]"),
		EDUBAL_EDATA, "threshold: no threshold for level \"senior\"");
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
	edubal_standard *s = parse_ok(child("\"items\": [{\"key\": "
		"\"veto_falsified\", \"remove\": true}]"));
	edubal_standard *c = NULL;
	ck_assert_int_eq(edubal__standard_clone(s, &c, NULL), EDUBAL_OK);
	ck_assert_ptr_ne(c, s);
	ck_assert_str_eq(c->id, s->id);
	ck_assert_str_eq(c->parent, CN2017);
	ck_assert_str_eq(c->json, s->json);
	ck_assert_str_eq(c->parent_json, s->parent_json);
	ck_assert_uint_eq(c->item_count, 30);
	ck_assert_uint_eq(c->indicator_count, s->indicator_count);
	ck_assert_double_eq_tol(c->cv.limit[EDUBAL__JUNIOR],
		s->cv.limit[EDUBAL__JUNIOR], TOL);
	edubal_standard_free(s);
	edubal_standard_free(c);
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
