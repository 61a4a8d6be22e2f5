/*
 * src/dataset/catalog.c - the column catalog, the names of types and the
 * sections each school type has: all as data tables.
 */
#include "catalog.h"

#include <string.h>

#include "dataset.h"
#include "internal.h"

/* Plausibility bounds: a value above them is a units mistake. */
#define MAX_STUDENTS 1e5      /* per school section */
#define MAX_CLASSES 5e3
#define MAX_CLASS_SIZE 200.0
#define MAX_TEACHERS 1e4      /* per school section */
#define MAX_AREA 1e7          /* m² */
#define MAX_MONEY 1e11        /* yuan per school */
#define MAX_PER_HEAD 1e7      /* yuan per student, child or salary */
#define MAX_PEOPLE 2e8        /* residents of a county */
#define MAX_COUNTY_STUDENTS 1e8  /* students, seats or children of a county */
#define MAX_COUNTY_MONEY 1e12 /* yuan per county and year */
#define MAX_COUNTY_TEACHERS 1e6
#define MAX_ROOMS 1e4
#define MAX_BOOKS 1e8
#define MAX_COMPUTERS 1e6

#define M2 "m²"
#define YUAN "元"

/* A column split by school section: base_primary, base_junior, base_senior. */
#define BY_SECTION(base, kind, max, unit) \
	{ base "_primary", kind, false, EDUBAL__PRIMARY, max, unit }, \
	{ base "_junior", kind, false, EDUBAL__JUNIOR, max, unit }, \
	{ base "_senior", kind, false, EDUBAL__SENIOR, max, unit }

/* A column given for the compulsory sections only. */
#define BY_COMPULSORY_SECTION(base, kind, max, unit) \
	{ base "_primary", kind, false, EDUBAL__PRIMARY, max, unit }, \
	{ base "_junior", kind, false, EDUBAL__JUNIOR, max, unit }

/* A school-wide resource that may also be given per section. */
#define RESOURCE(base, kind, max, unit) \
	{ base, kind, false, EDUBAL__NO_SECTION, max, unit }, \
	BY_SECTION(base, kind, max, unit)

#define COUNT EDUBAL__VALUE_COUNT
#define AMOUNT EDUBAL__VALUE_AMOUNT
#define RATE EDUBAL__VALUE_RATE
#define BOOL EDUBAL__VALUE_BOOL
#define SCORE EDUBAL__VALUE_SCORE
#define NONE EDUBAL__NO_SECTION

static const struct edubal__column_spec school_columns[] = {
	{ "school_id", EDUBAL__VALUE_ID, true, NONE, 0, NULL },
	{ "county_id", EDUBAL__VALUE_ID, true, NONE, 0, NULL },
	{ "name", EDUBAL__VALUE_TEXT, false, NONE, 0, NULL },
	{ "type", EDUBAL__VALUE_SCHOOL_TYPE, true, NONE, 0, NULL },
	{ "location", EDUBAL__VALUE_LOCATION, false, NONE, 0, NULL },
	{ "boarding", BOOL, false, NONE, 0, NULL },
	BY_SECTION("students", COUNT, MAX_STUDENTS, "students"),
	BY_SECTION("classes", COUNT, MAX_CLASSES, "classes"),
	BY_SECTION("max_class_size", COUNT, MAX_CLASS_SIZE, "students"),
	BY_SECTION("teachers", COUNT, MAX_TEACHERS, "teachers"),
	BY_COMPULSORY_SECTION("qualified_teachers", COUNT, MAX_TEACHERS,
		"teachers"),
	BY_COMPULSORY_SECTION("backbone_teachers", COUNT, MAX_TEACHERS,
		"teachers"),
	BY_COMPULSORY_SECTION("pe_art_teachers", COUNT, MAX_TEACHERS,
		"teachers"),
	BY_COMPULSORY_SECTION("senior_title_teachers", COUNT, MAX_TEACHERS,
		"teachers"),
	RESOURCE("teaching_room_area", AMOUNT, MAX_AREA, M2),
	RESOURCE("sports_area", AMOUNT, MAX_AREA, M2),
	RESOURCE("equipment_value", AMOUNT, MAX_MONEY, YUAN),
	RESOURCE("multimedia_classrooms", COUNT, MAX_ROOMS, "rooms"),
	RESOURCE("computers", COUNT, MAX_COMPUTERS, "computers"),
	RESOURCE("books", COUNT, MAX_BOOKS, "books"),
	{ "music_rooms", COUNT, false, NONE, MAX_ROOMS, "rooms" },
	{ "art_rooms", COUNT, false, NONE, MAX_ROOMS, "rooms" },
	{ "music_room_min_area", AMOUNT, false, NONE, MAX_AREA, M2 },
	{ "art_room_min_area", AMOUNT, false, NONE, MAX_AREA, M2 },
	{ "public_funds_budget", AMOUNT, false, NONE, MAX_MONEY, YUAN },
	{ "training_funds", AMOUNT, false, NONE, MAX_MONEY, YUAN },
	/* Appended for the other standards (SPEC §3-§6). */
	BY_SECTION("staff", COUNT, MAX_TEACHERS, "staff"),
	BY_COMPULSORY_SECTION("teachers_bachelor", COUNT, MAX_TEACHERS,
		"teachers"),
	{ "teachers_postgraduate_senior", COUNT, false, EDUBAL__SENIOR,
	  MAX_TEACHERS, "teachers" },
	{ "disabled_students", COUNT, false, NONE, MAX_STUDENTS, "students" },
	{ "resource_room", BOOL, false, NONE, 0, NULL },
};

/* Teachers of a kind within all teachers of their section. */
#define WITHIN_TEACHERS(base) \
	{ base "_primary", "teachers_primary" }, \
	{ base "_junior", "teachers_junior" }

static const struct edubal__column_limit school_limits[] = {
	WITHIN_TEACHERS("qualified_teachers"),
	WITHIN_TEACHERS("backbone_teachers"),
	WITHIN_TEACHERS("pe_art_teachers"),
	WITHIN_TEACHERS("senior_title_teachers"),
	/* Full-time teachers are part of the staff 教职工. */
	{ "teachers_primary", "staff_primary" },
	{ "teachers_junior", "staff_junior" },
	{ "teachers_senior", "staff_senior" },
	WITHIN_TEACHERS("teachers_bachelor"),
	{ "teachers_postgraduate_senior", "teachers_senior" },
};

static const struct edubal__column_spec class_columns[] = {
	{ "school_id", EDUBAL__VALUE_ID, true, NONE, 0, NULL },
	{ "section", EDUBAL__VALUE_SECTION, true, NONE, 0, NULL },
	{ "grade", EDUBAL__VALUE_GRADE, true, NONE, 0, NULL },
	{ "students", COUNT, true, NONE, MAX_CLASS_SIZE, "students" },
};

static const struct edubal__column_spec county_columns[] = {
	{ "county_id", EDUBAL__VALUE_ID, true, NONE, 0, NULL },
	{ "name", EDUBAL__VALUE_TEXT, false, NONE, 0, NULL },
	{ "province", EDUBAL__VALUE_TEXT, false, NONE, 0, NULL },
	{ "city", EDUBAL__VALUE_TEXT, false, NONE, 0, NULL },
	{ "population", COUNT, false, NONE, MAX_PEOPLE, "people" },
	{ "urban_population", COUNT, false, NONE, MAX_PEOPLE, "people" },
	{ "population_3_5", COUNT, false, NONE, MAX_PEOPLE, "people" },
	{ "layout_planned", BOOL, false, NONE, 0, NULL },
	{ "unified_standards", BOOL, false, NONE, 0, NULL },
	{ "small_school_funding", BOOL, false, NONE, 0, NULL },
	{ "special_school_funds_per_student", AMOUNT, false, NONE,
		MAX_PER_HEAD, YUAN },
	{ "teacher_avg_salary", AMOUNT, false, NONE, MAX_PER_HEAD, YUAN },
	{ "civil_servant_avg_salary", AMOUNT, false, NONE, MAX_PER_HEAD, YUAN },
	{ "training_360h_rate", RATE, false, NONE, 0, NULL },
	{ "staffing_overall", BOOL, false, NONE, 0, NULL },
	{ "rotation_eligible", COUNT, false, NONE, MAX_COUNTY_TEACHERS,
		"teachers" },
	{ "rotated", COUNT, false, NONE, MAX_COUNTY_TEACHERS, "teachers" },
	{ "rotated_backbone", COUNT, false, NONE, MAX_COUNTY_TEACHERS,
		"teachers" },
	{ "certified_teacher_rate", RATE, false, NONE, 0, NULL },
	{ "nearby_enrollment_primary_rate", RATE, false, NONE, 0, NULL },
	{ "nearby_enrollment_junior_rate", RATE, false, NONE, 0, NULL },
	{ "quota_allocation_rate", RATE, false, NONE, 0, NULL },
	{ "migrant_public_rate", RATE, false, NONE, 0, NULL },
	{ "junior_retention_rate", RATE, false, NONE, 0, NULL },
	{ "disabled_enrollment_rate", RATE, false, NONE, 0, NULL },
	{ "charter_and_it", BOOL, false, NONE, 0, NULL },
	{ "it_teaching", BOOL, false, NONE, 0, NULL },
	{ "moral_culture", BOOL, false, NONE, 0, NULL },
	{ "curriculum", BOOL, false, NONE, 0, NULL },
	{ "no_overload", BOOL, false, NONE, 0, NULL },
	{ "academic_level_ok", BOOL, false, NONE, 0, NULL },
	{ "interschool_difference_rate", RATE, false, NONE, 0, NULL },
	{ "social_recognition_rate", RATE, false, NONE, 0, NULL },
	{ "veto_exam_admission", BOOL, false, NONE, 0, NULL },
	{ "veto_school_choice", BOOL, false, NONE, 0, NULL },
	{ "veto_key_schools", BOOL, false, NONE, 0, NULL },
	{ "veto_unfilled_posts", BOOL, false, NONE, 0, NULL },
	{ "veto_major_accident", BOOL, false, NONE, 0, NULL },
	{ "veto_falsified", BOOL, false, NONE, 0, NULL },
	{ "preschool_funds_per_child", AMOUNT, false, NONE, MAX_PER_HEAD, YUAN },
	/* Appended for the other standards (SPEC §3-§6). */
	{ "government_work_score", SCORE, false, NONE, 0, NULL },
	{ "public_satisfaction_rate", RATE, false, NONE, 0, NULL },
	{ "basic_standard_rate", RATE, false, NONE, 0, NULL },
	{ "disabled_school_age_children", COUNT, false, NONE,
	  MAX_COUNTY_STUDENTS, "children" },
	{ "home_delivered_students", COUNT, false, NONE, MAX_COUNTY_STUDENTS,
	  "students" },
	{ "education_spending", AMOUNT, false, NONE, MAX_COUNTY_MONEY, YUAN },
	{ "preschool_spending", AMOUNT, false, NONE, MAX_COUNTY_MONEY, YUAN },
	{ "population_15_17", COUNT, false, NONE, MAX_PEOPLE, "people" },
	{ "senior_stage_enrolled", COUNT, false, NONE, MAX_COUNTY_STUDENTS,
	  "students" },
	{ "seats_primary", COUNT, false, NONE, MAX_COUNTY_STUDENTS, "seats" },
	{ "seats_junior", COUNT, false, NONE, MAX_COUNTY_STUDENTS, "seats" },
	{ "retention_9year_rate", RATE, false, NONE, 0, NULL },
	{ "fitness_good_rate", RATE, false, NONE, 0, NULL },
	{ "backbone_teacher_rate", RATE, false, NONE, 0, NULL },
};

static const struct edubal__column_limit county_limits[] = {
	{ "urban_population", "population" },
	{ "population_3_5", "population" },
	{ "rotated", "rotation_eligible" },
	{ "rotated_backbone", "rotated" },
	{ "home_delivered_students", "disabled_school_age_children" },
	{ "preschool_spending", "education_spending" },
	{ "population_15_17", "population" },
};

static const struct edubal__column_spec kindergarten_columns[] = {
	{ "kindergarten_id", EDUBAL__VALUE_ID, true, NONE, 0, NULL },
	{ "county_id", EDUBAL__VALUE_ID, true, NONE, 0, NULL },
	{ "ownership", EDUBAL__VALUE_OWNERSHIP, true, NONE, 0, NULL },
	{ "children", COUNT, true, NONE, MAX_STUDENTS, "children" },
	{ "classes", COUNT, false, NONE, MAX_CLASSES, "classes" },
	{ "teachers", COUNT, false, NONE, MAX_TEACHERS, "teachers" },
	{ "certified_teachers", COUNT, false, NONE, MAX_TEACHERS, "teachers" },
	{ "care_staff", COUNT, false, NONE, MAX_TEACHERS, "staff" },
	{ "classes_within_size_limit", COUNT, false, NONE, MAX_CLASSES,
		"classes" },
	/* Appended for the other standards (SPEC §6). */
	{ "teachers_associate", COUNT, false, NONE, MAX_TEACHERS, "teachers" },
};

static const struct edubal__column_limit kindergarten_limits[] = {
	{ "certified_teachers", "teachers" },
	{ "classes_within_size_limit", "classes" },
	{ "teachers_associate", "teachers" },
};

static const struct edubal__column_spec funding_columns[] = {
	{ "county_id", EDUBAL__VALUE_ID, true, NONE, 0, NULL },
	{ "year", EDUBAL__VALUE_YEAR, true, NONE, 0, NULL },
	{ "education_spending", AMOUNT, false, NONE, MAX_COUNTY_MONEY, YUAN },
	{ "students", COUNT, false, NONE, MAX_COUNTY_STUDENTS, "students" },
};

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Indexed by enum edubal_table_kind. */
static const struct edubal__table_spec tables[] = {
	[EDUBAL_TABLE_SCHOOLS] = { "schools", school_columns,
	  COUNT_OF(school_columns), { "school_id", NULL },
	  school_limits, COUNT_OF(school_limits) },
	[EDUBAL_TABLE_CLASSES] = { "classes", class_columns,
	  COUNT_OF(class_columns), { NULL, NULL }, NULL, 0 },
	[EDUBAL_TABLE_COUNTIES] = { "counties", county_columns,
	  COUNT_OF(county_columns), { "county_id", NULL },
	  county_limits, COUNT_OF(county_limits) },
	[EDUBAL_TABLE_KINDERGARTENS] = { "kindergartens", kindergarten_columns,
	  COUNT_OF(kindergarten_columns), { "kindergarten_id", NULL },
	  kindergarten_limits, COUNT_OF(kindergarten_limits) },
	[EDUBAL_TABLE_FUNDING] = { "funding", funding_columns,
	  COUNT_OF(funding_columns), { "county_id", "year" }, NULL, 0 },
};

_Static_assert(COUNT_OF(tables) == EDUBAL__TABLE_KIND_COUNT,
	"one catalog table per enum edubal_table_kind");

const struct edubal__table_spec *
edubal__catalog_table(enum edubal_table_kind kind)
{
	if ((size_t) kind >= COUNT_OF(tables))
		return NULL;
	return &tables[kind];
}

bool
edubal__catalog_find(const struct edubal__table_spec *table,
	const char *name, size_t *out_index)
{
	for (size_t i = 0; i < table->column_count; i++) {
		if (strcmp(table->columns[i].name, name) == 0) {
			*out_index = i;
			return true;
		}
	}
	return false;
}

bool
edubal__value_is_text(enum edubal__value_kind kind)
{
	return kind == EDUBAL__VALUE_ID || kind == EDUBAL__VALUE_TEXT;
}

bool
edubal__value_is_named(enum edubal__value_kind kind)
{
	return kind == EDUBAL__VALUE_SCHOOL_TYPE ||
	       kind == EDUBAL__VALUE_LOCATION ||
	       kind == EDUBAL__VALUE_SECTION ||
	       kind == EDUBAL__VALUE_OWNERSHIP;
}

/* ---- names of enumerated values ---- */

struct named_value {
	const char *name;
	int value;
};

static const struct named_value type_names[] = {
	{ "primary", EDUBAL__TYPE_PRIMARY },
	{ "junior", EDUBAL__TYPE_JUNIOR },
	{ "nine_year", EDUBAL__TYPE_NINE_YEAR },
	{ "twelve_year", EDUBAL__TYPE_TWELVE_YEAR },
	{ "complete_secondary", EDUBAL__TYPE_COMPLETE_SECONDARY },
	{ "senior", EDUBAL__TYPE_SENIOR },
	{ "special", EDUBAL__TYPE_SPECIAL },
	{ "teaching_point", EDUBAL__TYPE_TEACHING_POINT },
	{ "小学", EDUBAL__TYPE_PRIMARY },
	{ "初中", EDUBAL__TYPE_JUNIOR },
	{ "九年一贯制", EDUBAL__TYPE_NINE_YEAR },
	{ "十二年一贯制", EDUBAL__TYPE_TWELVE_YEAR },
	{ "完全中学", EDUBAL__TYPE_COMPLETE_SECONDARY },
	{ "高中", EDUBAL__TYPE_SENIOR },
	{ "特殊教育学校", EDUBAL__TYPE_SPECIAL },
	{ "教学点", EDUBAL__TYPE_TEACHING_POINT },
};

static const struct named_value location_names[] = {
	{ "urban", EDUBAL__URBAN },
	{ "town", EDUBAL__TOWN },
	{ "rural", EDUBAL__RURAL },
	{ "城区", EDUBAL__URBAN },
	{ "镇区", EDUBAL__TOWN },
	{ "乡村", EDUBAL__RURAL },
};

static const struct named_value section_names[] = {
	{ "primary", EDUBAL__PRIMARY },
	{ "junior", EDUBAL__JUNIOR },
	{ "senior", EDUBAL__SENIOR },
	{ "小学", EDUBAL__PRIMARY },
	{ "初中", EDUBAL__JUNIOR },
	{ "高中", EDUBAL__SENIOR },
};

static const struct named_value ownership_names[] = {
	{ "public", EDUBAL__PUBLIC },
	{ "inclusive_private", EDUBAL__INCLUSIVE_PRIVATE },
	{ "private", EDUBAL__OTHER_PRIVATE },
	{ "公办", EDUBAL__PUBLIC },
	{ "普惠性民办", EDUBAL__INCLUSIVE_PRIVATE },
	{ "其他民办", EDUBAL__OTHER_PRIVATE },
	{ "民办", EDUBAL__OTHER_PRIVATE },
};

static const struct named_value bool_names[] = {
	{ "1", 1 }, { "0", 0 },
	{ "true", 1 }, { "false", 0 },
	{ "yes", 1 }, { "no", 0 },
	{ "是", 1 }, { "否", 0 },
};

struct name_table {
	enum edubal__value_kind kind;
	const struct named_value *names;
	size_t count;
	const char *unknown;   /* reason when no name matches */
};

static const struct name_table name_tables[] = {
	{ EDUBAL__VALUE_SCHOOL_TYPE, type_names, COUNT_OF(type_names),
	  "unknown school type (expected primary, junior, nine_year, "
	  "twelve_year, complete_secondary, senior, special, teaching_point "
	  "or the Chinese names)" },
	{ EDUBAL__VALUE_LOCATION, location_names, COUNT_OF(location_names),
	  "unknown location (expected urban, town, rural or 城区, 镇区, 乡村)" },
	{ EDUBAL__VALUE_SECTION, section_names, COUNT_OF(section_names),
	  "unknown section (expected primary, junior, senior or 小学, 初中, "
	  "高中)" },
	{ EDUBAL__VALUE_OWNERSHIP, ownership_names, COUNT_OF(ownership_names),
	  "unknown ownership (expected public, inclusive_private, private or "
	  "公办, 普惠性民办, 其他民办)" },
	{ EDUBAL__VALUE_BOOL, bool_names, COUNT_OF(bool_names),
	  "not a boolean (expected 1/0, true/false, yes/no or 是/否)" },
};

static char
ascii_lower(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char) (c - 'A' + 'a') : c;
}

/* name equals text[0..len), ASCII letters compared case-insensitively. */
static bool
name_matches(const char *name, const char *text, size_t len)
{
	size_t i = 0;
	for (; i < len && name[i] != '\0'; i++) {
		if (ascii_lower(name[i]) != ascii_lower(text[i]))
			return false;
	}
	return i == len && name[i] == '\0';
}

bool
edubal__catalog_named_value(enum edubal__value_kind kind, const char *text,
	size_t len, double *out, const char **why)
{
	for (size_t t = 0; t < COUNT_OF(name_tables); t++) {
		const struct name_table *nt = &name_tables[t];
		if (nt->kind != kind)
			continue;
		for (size_t i = 0; i < nt->count; i++) {
			if (name_matches(nt->names[i].name, text, len)) {
				*out = nt->names[i].value;
				return true;
			}
		}
		*why = nt->unknown;
		return false;
	}
	*why = "not a named value";
	return false;
}

/* The catalog entry of an enumerated column called column, if any. */
static const struct edubal__column_spec *
find_enum_column(const char *column)
{
	for (size_t t = 0; t < COUNT_OF(tables); t++) {
		size_t k;
		if (edubal__catalog_find(&tables[t], column, &k) &&
		    edubal__value_is_named(tables[t].columns[k].kind))
			return &tables[t].columns[k];
	}
	return NULL;
}

bool
edubal__enum_word_value(const char *column, const char *word, double *out)
{
	if (!column || !word || !out)
		return false;
	const struct edubal__column_spec *spec = find_enum_column(column);
	double value;
	const char *why;
	if (!spec || !edubal__catalog_named_value(spec->kind, word,
	                                          strlen(word), &value, &why))
		return false;
	*out = value;
	return true;
}

/* ---- sections of school types ---- */

static const char *const section_words[EDUBAL__SECTION_COUNT] = {
	"primary", "junior", "senior",
};

/* Indexed by enum edubal__school_type. */
const struct edubal__type_sections edubal__type_sections[EDUBAL__TYPE_COUNT] = {
	[EDUBAL__TYPE_PRIMARY] = { { true, false, false },
	                           { true, false, false } },
	[EDUBAL__TYPE_JUNIOR] = { { false, true, false },
	                          { false, true, false } },
	[EDUBAL__TYPE_NINE_YEAR] = { { true, true, false },
	                             { true, true, false } },
	[EDUBAL__TYPE_TWELVE_YEAR] = { { true, true, true },
	                               { true, true, true } },
	[EDUBAL__TYPE_COMPLETE_SECONDARY] = { { false, true, true },
	                                      { false, true, true } },
	[EDUBAL__TYPE_SENIOR] = { { false, false, true },
	                          { false, false, true } },
	[EDUBAL__TYPE_SPECIAL] = { { true, true, true },
	                           { false, false, false } },
	[EDUBAL__TYPE_TEACHING_POINT] = { { true, false, false },
	                                  { true, false, false } },
};

const char *
edubal__section_name(enum edubal__section s)
{
	if ((size_t) s >= EDUBAL__SECTION_COUNT)
		return "unknown";
	return section_words[s];
}

int
edubal__column_section(const char *column)
{
	size_t n = strlen(column);
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		const char *suffix = section_words[s];
		size_t k = strlen(suffix);
		if (n > k + 1 && column[n - k - 1] == '_' &&
		    strcmp(column + n - k, suffix) == 0)
			return s;
	}
	return -1;
}

const char *
edubal__school_type_name(enum edubal__school_type t)
{
	if ((size_t) t >= EDUBAL__TYPE_COUNT)
		return "unknown";
	/* The English names come first in type_names, in enum order. */
	return type_names[t].name;
}

bool
edubal__type_requires_section(enum edubal__school_type t,
	enum edubal__section s)
{
	if ((size_t) t >= EDUBAL__TYPE_COUNT ||
	    (size_t) s >= EDUBAL__SECTION_COUNT)
		return false;
	return edubal__type_sections[t].needs[s];
}
