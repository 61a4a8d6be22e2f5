/*
 * src/standard/names.c - the words of the profile format: sections, school
 * types, the tables aggregates read and CV methods, with the Chinese names
 * used in descriptions.
 *
 * The English words are SCHEMA.md's, from the dataset module's tables.
 */
#include <string.h>

#include "profile.h"

static const char *const section_zh[EDUBAL__SECTION_COUNT] = {
	"小学", "初中", "高中"
};

static const char *const type_zh[EDUBAL__TYPE_COUNT] = {
	"小学", "初中", "九年一贯制", "十二年一贯制", "完全中学", "高中",
	"特殊教育学校", "教学点"
};

/* Tables that total, count and min_change read (counties.csv is the
 * county's own row, not rows to aggregate). */
static const struct {
	const char *word, *zh;
	enum edubal_table_kind kind;
} table_words[] = {
	{ "schools", "学校", EDUBAL_TABLE_SCHOOLS },
	{ "classes", "班级", EDUBAL_TABLE_CLASSES },
	{ "kindergartens", "幼儿园", EDUBAL_TABLE_KINDERGARTENS },
	{ "funding", "经费年度记录", EDUBAL_TABLE_FUNDING },
};

#define TABLE_COUNT (sizeof table_words / sizeof table_words[0])

static const char *const method_words[] = {
	"official", "unweighted", "sample"
};

#define METHOD_COUNT (sizeof method_words / sizeof method_words[0])

/* Index of word in words[0..n), or n. */
static size_t
find_word(const char *const *words, size_t n, const char *word)
{
	size_t i = 0;
	while (i < n && strcmp(words[i], word) != 0)
		i++;
	return i;
}

/* Index of the name that name_of() gives to word, or n. */
static size_t
find_name(const char *(*name_of)(int), size_t n, const char *word)
{
	size_t i = 0;
	while (i < n && strcmp(name_of((int) i), word) != 0)
		i++;
	return i;
}

static const char *
section_word(int s)
{
	return edubal__section_name((enum edubal__section) s);
}

static const char *
type_word(int t)
{
	return edubal__school_type_name((enum edubal__school_type) t);
}

const char *
edubal__profile_section_name(enum edubal__section s)
{
	return (size_t) s < EDUBAL__SECTION_COUNT ? section_word((int) s) : "?";
}

const char *
edubal__profile_section_zh(enum edubal__section s)
{
	return (size_t) s < EDUBAL__SECTION_COUNT ? section_zh[s] : "?";
}

bool
edubal__profile_section_parse(const char *word, enum edubal__section *s)
{
	size_t i = find_name(section_word, EDUBAL__SECTION_COUNT, word);
	if (i == EDUBAL__SECTION_COUNT)
		return false;
	*s = (enum edubal__section) i;
	return true;
}

const char *
edubal__profile_type_name(enum edubal__school_type t)
{
	return (size_t) t < EDUBAL__TYPE_COUNT ? type_word((int) t) : "?";
}

const char *
edubal__profile_type_zh(enum edubal__school_type t)
{
	return (size_t) t < EDUBAL__TYPE_COUNT ? type_zh[t] : "?";
}

bool
edubal__profile_type_parse(const char *word, enum edubal__school_type *t)
{
	size_t i = find_name(type_word, EDUBAL__TYPE_COUNT, word);
	if (i == EDUBAL__TYPE_COUNT)
		return false;
	*t = (enum edubal__school_type) i;
	return true;
}

bool
edubal__profile_combined_has(enum edubal__school_type t,
	enum edubal__section s)
{
	switch (t) {
	case EDUBAL__TYPE_NINE_YEAR:
		return s == EDUBAL__PRIMARY || s == EDUBAL__JUNIOR;
	case EDUBAL__TYPE_COMPLETE_SECONDARY:
		return s == EDUBAL__JUNIOR || s == EDUBAL__SENIOR;
	case EDUBAL__TYPE_TWELVE_YEAR:
		return (size_t) s < EDUBAL__SECTION_COUNT;
	default:
		return false;
	}
}

const char *
edubal__profile_table_name(enum edubal_table_kind k)
{
	for (size_t i = 0; i < TABLE_COUNT; i++)
		if (table_words[i].kind == k)
			return table_words[i].word;
	return "?";
}

const char *
edubal__profile_table_zh(enum edubal_table_kind k)
{
	for (size_t i = 0; i < TABLE_COUNT; i++)
		if (table_words[i].kind == k)
			return table_words[i].zh;
	return "?";
}

bool
edubal__profile_table_parse(const char *word, enum edubal_table_kind *k)
{
	for (size_t i = 0; i < TABLE_COUNT; i++)
		if (strcmp(table_words[i].word, word) == 0) {
			*k = table_words[i].kind;
			return true;
		}
	return false;
}

bool
edubal__profile_method_parse(const char *word, enum edubal_cv_method *m)
{
	size_t i = find_word(method_words, METHOD_COUNT, word);
	if (i == METHOD_COUNT)
		return false;
	*m = (enum edubal_cv_method) i;
	return true;
}
