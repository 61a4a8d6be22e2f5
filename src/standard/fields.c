/*
 * src/standard/fields.c - typed reads of a profile's JSON members.  Each
 * failure names the member's path and what was expected.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"

static bool
in_list(const char *const *list, const char *word)
{
	for (; *list; list++)
		if (strcmp(*list, word) == 0)
			return true;
	return false;
}

/* "a, b, c" from a NULL-terminated list, cut short if buf is small. */
static const char *
join(const char *const *list, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; list[i] && used < size; i++) {
		int n = snprintf(buf + used, size - used, "%s%s", i ? ", " : "",
		                 list[i]);
		if (n < 0)
			break;
		used += (size_t) n;
	}
	return buf;
}

edubal_status
edubal__profile_check_fields(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *const *allowed)
{
	const char *key;
	const json_t *value;
	json_object_foreach((json_t *) obj, key, value) {
		if (strcmp(key, "comment") == 0 || in_list(allowed, key))
			continue;
		char expected[256];
		return edubal__profile_fail(ctx,
			"unknown field \"%s\" (expected %s)", key,
			join(allowed, expected, sizeof expected));
	}
	return EDUBAL_OK;
}

edubal_status
edubal__profile_want_object(struct edubal__profile_ctx *ctx,
	const json_t *value)
{
	if (json_is_object(value))
		return EDUBAL_OK;
	return edubal__profile_fail(ctx, "must be an object");
}

edubal_status
edubal__profile_word(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, const char *fallback, const char **out)
{
	const json_t *value = json_object_get(obj, key);
	if (!value && fallback) {
		*out = fallback;
		return EDUBAL_OK;
	}
	if (json_is_string(value)) {
		*out = json_string_value(value);
		return EDUBAL_OK;
	}
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = edubal__profile_fail(ctx, value ? "must be a string"
		: "missing: expected a string");
	edubal__profile_pop(ctx, old);
	return st;
}

edubal_status
edubal__profile_string(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, const char *fallback, char **out)
{
	const char *word;
	edubal_status st = edubal__profile_word(ctx, obj, key, fallback, &word);
	if (st != EDUBAL_OK)
		return st;
	*out = strdup(word);
	if (!*out)
		return edubal__fail(ctx->err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

static const char *
range_text(enum edubal__profile_range range)
{
	switch (range) {
	case EDUBAL__RANGE_NONNEG:
		return "must be a number >= 0";
	case EDUBAL__RANGE_POSITIVE:
		return "must be a number > 0";
	case EDUBAL__RANGE_UNIT:
		return "must be a number from 0 to 1";
	case EDUBAL__RANGE_ANY:
		break;
	}
	return "must be a number";
}

static bool
in_range(double x, enum edubal__profile_range range)
{
	switch (range) {
	case EDUBAL__RANGE_NONNEG:
		return x >= 0;
	case EDUBAL__RANGE_POSITIVE:
		return x > 0;
	case EDUBAL__RANGE_UNIT:
		return x >= 0 && x <= 1;
	case EDUBAL__RANGE_ANY:
		break;
	}
	return true;
}

edubal_status
edubal__profile_number_value(struct edubal__profile_ctx *ctx,
	const json_t *value, enum edubal__profile_range range, double *out)
{
	if (!json_is_number(value))
		return edubal__profile_fail(ctx, "%s", range_text(range));
	double x = json_number_value(value);
	if (!isfinite(x) || !in_range(x, range))
		return edubal__profile_fail(ctx, "%s", range_text(range));
	*out = x;
	return EDUBAL_OK;
}

edubal_status
edubal__profile_number(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, enum edubal__profile_range range,
	const double *fallback, double *out)
{
	const json_t *value = json_object_get(obj, key);
	if (!value && fallback) {
		*out = *fallback;
		return EDUBAL_OK;
	}
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = value
		? edubal__profile_number_value(ctx, value, range, out)
		: edubal__profile_fail(ctx, "missing: expected %s",
		                       range_text(range) + strlen("must be "));
	edubal__profile_pop(ctx, old);
	return st;
}

/* Whether value is an integer in [lo, hi], as an int in *out. */
static bool
int_value(const json_t *value, int lo, int hi, int *out)
{
	double x;
	if (json_is_integer(value))
		x = (double) json_integer_value(value);
	else if (json_is_real(value))
		x = json_real_value(value);
	else
		return false;
	if (x != floor(x) || x < lo || x > hi)
		return false;
	*out = (int) x;
	return true;
}

edubal_status
edubal__profile_int(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, int lo, int hi, const int *fallback, int *out)
{
	const json_t *value = json_object_get(obj, key);
	if ((!value || json_is_null(value)) && fallback) {
		*out = *fallback;
		return EDUBAL_OK;
	}
	if (int_value(value, lo, hi, out))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = edubal__profile_fail(ctx, "%s an integer from %d "
		"to %d", value ? "must be" : "missing: expected", lo, hi);
	edubal__profile_pop(ctx, old);
	return st;
}

edubal_status
edubal__profile_bool(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, const bool *fallback, bool *out)
{
	const json_t *value = json_object_get(obj, key);
	if (!value && fallback) {
		*out = *fallback;
		return EDUBAL_OK;
	}
	if (json_is_boolean(value)) {
		*out = json_is_true(value);
		return EDUBAL_OK;
	}
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = edubal__profile_fail(ctx, "%s true or false",
		value ? "must be" : "missing: expected");
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
name_texts(struct edubal__profile_ctx *ctx, const json_t *name,
	const char **zh, const char **en)
{
	static const char *const fields[] = { "zh", "en", NULL };
	edubal_status st = edubal__profile_want_object(ctx, name);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, name, fields);
	if (st == EDUBAL_OK)
		st = edubal__profile_word(ctx, name, "zh", "", zh);
	if (st == EDUBAL_OK)
		st = edubal__profile_word(ctx, name, "en", "", en);
	return st;
}

static char *
first_text(const char *a, const char *b, const char *c)
{
	return strdup(a[0] ? a : b[0] ? b : c);
}

edubal_status
edubal__profile_names(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *fallback, char **zh, char **en)
{
	const char *z = "", *e = "";
	const json_t *name = json_object_get(obj, "name");
	if (name) {
		size_t old = edubal__profile_push_key(ctx, "name");
		edubal_status st = name_texts(ctx, name, &z, &e);
		edubal__profile_pop(ctx, old);
		if (st != EDUBAL_OK)
			return st;
	}
	*zh = first_text(z, e, fallback);
	*en = first_text(e, z, fallback);
	if (!*zh || !*en)
		return edubal__fail(ctx->err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

bool
edubal__profile_id_ok(const char *word)
{
	if (!word[0])
		return false;
	for (; *word; word++) {
		char c = *word;
		bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		          c == '-';
		if (!ok)
			return false;
	}
	return true;
}

static bool
name_char(char c, bool first)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	       (!first && c >= '0' && c <= '9');
}

bool
edubal__profile_name_ok(const char *word)
{
	if (!name_char(word[0], true))
		return false;
	for (word++; *word; word++)
		if (!name_char(*word, false))
			return false;
	return true;
}

static edubal_status
table_key(struct edubal__profile_ctx *ctx, const char *key, bool by_type,
	size_t *index)
{
	enum edubal__section s;
	enum edubal__school_type t;
	if (!by_type && edubal__profile_section_parse(key, &s)) {
		*index = (size_t) s;
		return EDUBAL_OK;
	}
	if (by_type && edubal__profile_type_parse(key, &t)) {
		*index = (size_t) t;
		return EDUBAL_OK;
	}
	if (by_type)
		return edubal__profile_fail(ctx, "unknown school type \"%s\" "
			"(expected primary, junior, nine_year, twelve_year, "
			"complete_secondary, senior, special, teaching_point)",
			key);
	return edubal__profile_fail(ctx, "unknown section \"%s\" "
		"(expected primary, junior, senior)", key);
}

edubal_status
edubal__profile_table(struct edubal__profile_ctx *ctx, const json_t *obj,
	bool by_type, enum edubal__profile_range range, double *vals, bool *has)
{
	edubal_status st = edubal__profile_want_object(ctx, obj);
	const char *key;
	const json_t *value;
	json_object_foreach((json_t *) obj, key, value) {
		if (st != EDUBAL_OK)
			break;
		if (strcmp(key, "comment") == 0)
			continue;
		size_t old = edubal__profile_push_key(ctx, key);
		size_t i = 0;
		st = table_key(ctx, key, by_type, &i);
		if (st == EDUBAL_OK)
			st = edubal__profile_number_value(ctx, value, range,
				&vals[i]);
		if (st == EDUBAL_OK)
			has[i] = true;
		edubal__profile_pop(ctx, old);
	}
	return st;
}

edubal_status
edubal__profile_cmp(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, const enum edubal__cmp *fallback,
	enum edubal__cmp *out)
{
	const json_t *value = json_object_get(obj, key);
	if (!value && fallback) {
		*out = *fallback;
		return EDUBAL_OK;
	}
	const char *word = json_string_value(value);
	if (word && edubal__profile_cmp_parse(word, out))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st;
	if (word)
		st = edubal__profile_fail(ctx, "unknown comparator \"%s\" "
			"(expected <=, <, >=, >, ==)", word);
	else
		st = edubal__profile_fail(ctx, "%s one of <=, <, >=, >, ==",
			value ? "must be" : "missing: expected");
	edubal__profile_pop(ctx, old);
	return st;
}
