/*
 * src/standard/build.c - check a merged profile and build the private
 * struct the evaluate module reads: metadata, levels, split weights,
 * exclusions, indicators and rules (items are in items.c).
 *
 * Every number comes from the JSON.  Defaults are only the format's own
 * (docs/profiles.md): scale 1, comparator "<=", no rounding, official CV,
 * no school rule (min_met 0, floor_fraction 0, all_schools true: every
 * school passes), no thresholds, no targets.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"

static edubal_status
no_memory(const struct edubal__profile_ctx *ctx)
{
	return edubal__fail(ctx->err, EDUBAL_ENOMEM, "out of memory");
}

/* Run check on member key of obj, if present, with the path extended. */
typedef edubal_status (*member_fn)(struct edubal__profile_ctx *ctx,
	const json_t *value, edubal_standard *std);

static edubal_status
member(struct edubal__profile_ctx *ctx, const json_t *obj, const char *key,
	member_fn check, edubal_standard *std)
{
	const json_t *value = json_object_get(obj, key);
	if (!value)
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = check(ctx, value, std);
	edubal__profile_pop(ctx, old);
	return st;
}

/* ---- metadata ---- */

static edubal_status
check_format(struct edubal__profile_ctx *ctx, const json_t *root)
{
	const char *format = json_string_value(json_object_get(root, "format"));
	if (format && strcmp(format, EDUBAL__PROFILE_FORMAT) == 0)
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, "format");
	edubal_status st;
	if (format)
		st = edubal__profile_fail(ctx, "unsupported format \"%s\" "
			"(expected \"%s\")", format, EDUBAL__PROFILE_FORMAT);
	else
		st = edubal__profile_fail(ctx, "%s \"%s\"",
			json_object_get(root, "format") ? "must be"
			: "missing: expected", EDUBAL__PROFILE_FORMAT);
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
check_id(struct edubal__profile_ctx *ctx, const char *key, const char *id)
{
	if (edubal__profile_id_ok(id))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = edubal__profile_fail(ctx,
		"\"%s\" is not a profile id (expected [a-z0-9-]+)", id);
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
build_meta(struct edubal__profile_ctx *ctx, const json_t *root,
	edubal_standard *std)
{
	const int no_year = 0;
	edubal_status st = edubal__profile_string(ctx, root, "id", NULL,
		&std->id);
	if (st == EDUBAL_OK)
		st = check_id(ctx, "id", std->id);
	if (st == EDUBAL_OK)
		st = edubal__profile_string(ctx, root, "parent", "",
			&std->parent);
	if (st == EDUBAL_OK && std->parent[0])
		st = check_id(ctx, "parent", std->parent);
	if (st == EDUBAL_OK)
		st = edubal__profile_names(ctx, root, std->id, &std->name_zh,
			&std->name_en);
	if (st == EDUBAL_OK)
		st = edubal__profile_string(ctx, root, "source", "",
			&std->source);
	if (st == EDUBAL_OK)
		st = edubal__profile_int(ctx, root, "year", 0, 9999, &no_year,
			&std->year);
	return st;
}

/* ---- levels, split weights, exclusions ---- */

static edubal_status
level(struct edubal__profile_ctx *ctx, const json_t *word,
	edubal_standard *std)
{
	enum edubal__section s;
	const char *text = json_string_value(word);
	if (!text)
		return edubal__profile_fail(ctx,
			"must be a section name (primary, junior, senior)");
	if (!edubal__profile_section_parse(text, &s))
		return edubal__profile_fail(ctx, "unknown section \"%s\" "
			"(expected primary, junior, senior)", text);
	if (std->level[s])
		return edubal__profile_fail(ctx, "section \"%s\" listed twice",
			text);
	std->level[s] = true;
	return EDUBAL_OK;
}

static edubal_status
levels(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	if (!json_is_array(value))
		return edubal__profile_fail(ctx, "must be an array of sections "
			"(primary, junior, senior), possibly empty");
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < json_array_size(value); i++) {
		size_t old = edubal__profile_push_index(ctx, i);
		st = level(ctx, json_array_get(value, i), std);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static edubal_status
combined_type(struct edubal__profile_ctx *ctx, const char *word,
	enum edubal__school_type *t)
{
	if (edubal__profile_type_parse(word, t) &&
	    edubal__profile_combined_has(*t, EDUBAL__JUNIOR))
		return EDUBAL_OK;
	return edubal__profile_fail(ctx, "\"%s\" is not a combined-school type "
		"(expected nine_year, twelve_year, complete_secondary)", word);
}

/* The weights of a combined type cover exactly its sections. */
static edubal_status
split_sections(struct edubal__profile_ctx *ctx, enum edubal__school_type t,
	const bool *has)
{
	for (size_t s = 0; s < EDUBAL__SECTION_COUNT; s++) {
		enum edubal__section sec = (enum edubal__section) s;
		bool want = edubal__profile_combined_has(t, sec);
		if (want && !has[s])
			return edubal__profile_fail(ctx,
				"no weight for section \"%s\"",
				edubal__profile_section_name(sec));
		if (!want && has[s])
			return edubal__profile_fail(ctx,
				"a %s school has no %s section",
				edubal__profile_type_name(t),
				edubal__profile_section_name(sec));
	}
	return EDUBAL_OK;
}

static edubal_status
split_type(struct edubal__profile_ctx *ctx, const char *word,
	const json_t *value, edubal_standard *std)
{
	enum edubal__school_type t;
	bool has[EDUBAL__SECTION_COUNT] = { false };
	edubal_status st = combined_type(ctx, word, &t);
	if (st == EDUBAL_OK)
		st = edubal__profile_table(ctx, value, false,
			EDUBAL__RANGE_POSITIVE, std->split[t], has);
	if (st == EDUBAL_OK)
		st = split_sections(ctx, t, has);
	if (st == EDUBAL_OK)
		std->has_split[t] = true;
	return st;
}

static edubal_status
split_weights(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	edubal_status st = edubal__profile_want_object(ctx, value);
	const char *key;
	const json_t *weights;
	json_object_foreach((json_t *) value, key, weights) {
		if (st != EDUBAL_OK)
			break;
		if (strcmp(key, "comment") == 0)
			continue;
		size_t old = edubal__profile_push_key(ctx, key);
		st = split_type(ctx, key, weights, std);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static edubal_status
excluded_type(struct edubal__profile_ctx *ctx, const json_t *word,
	edubal_standard *std)
{
	enum edubal__school_type t;
	const char *text = json_string_value(word);
	if (!text)
		return edubal__profile_fail(ctx, "must be a school type name");
	if (!edubal__profile_type_parse(text, &t))
		return edubal__profile_fail(ctx, "unknown school type \"%s\" "
			"(expected primary, junior, nine_year, twelve_year, "
			"complete_secondary, senior, special, teaching_point)",
			text);
	if (std->excluded_type[t])
		return edubal__profile_fail(ctx, "type \"%s\" listed twice",
			text);
	std->excluded_type[t] = true;
	return EDUBAL_OK;
}

static edubal_status
excluded_types(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	if (!json_is_array(value))
		return edubal__profile_fail(ctx,
			"must be an array of school type names");
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < json_array_size(value); i++) {
		size_t old = edubal__profile_push_index(ctx, i);
		st = excluded_type(ctx, json_array_get(value, i), std);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static edubal_status
exclude(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	static const char *const fields[] = {
		"types", "teaching_points_under", NULL
	};
	const double none = 0;
	edubal_status st = edubal__profile_want_object(ctx, value);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, value, fields);
	if (st == EDUBAL_OK)
		st = member(ctx, value, "types", excluded_types, std);
	if (st == EDUBAL_OK)
		st = edubal__profile_number(ctx, value, "teaching_points_under",
			EDUBAL__RANGE_NONNEG, &none,
			&std->teaching_points_under);
	return st;
}

/* ---- indicators ---- */

/* Every assessed level must have an entry in has[] (what names it). */
static edubal_status
cover_levels(struct edubal__profile_ctx *ctx, const edubal_standard *std,
	const bool *has, const char *what)
{
	for (size_t s = 0; s < EDUBAL__SECTION_COUNT; s++)
		if (std->level[s] && !has[s])
			return edubal__profile_fail(ctx,
				"no %s for level \"%s\" (the profile's levels "
				"need one)", what,
				edubal__profile_section_name(
					(enum edubal__section) s));
	return EDUBAL_OK;
}

static edubal_status
check_key(struct edubal__profile_ctx *ctx, const char *key)
{
	if (edubal__profile_name_ok(key))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, "key");
	edubal_status st = edubal__profile_fail(ctx, "\"%s\" is not a valid "
		"key (letters, digits and _, not starting with a digit)", key);
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
basis(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__indicator *ind)
{
	const char *word;
	edubal_status st = edubal__profile_word(ctx, obj, "basis", NULL, &word);
	if (st != EDUBAL_OK)
		return st;
	if (strcmp(word, "section") == 0)
		ind->basis = EDUBAL__BASIS_SECTION;
	else if (strcmp(word, "shared") == 0)
		ind->basis = EDUBAL__BASIS_SHARED;
	else {
		size_t old = edubal__profile_push_key(ctx, "basis");
		st = edubal__profile_fail(ctx, "unknown basis \"%s\" "
			"(expected section or shared)", word);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static edubal_status
resource(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__indicator *ind)
{
	edubal_status st = edubal__profile_string(ctx, obj, "resource", NULL,
		&ind->resource);
	if (st != EDUBAL_OK || edubal__profile_name_ok(ind->resource))
		return st;
	size_t old = edubal__profile_push_key(ctx, "resource");
	st = edubal__profile_fail(ctx, "\"%s\" is not a column name",
		ind->resource);
	edubal__profile_pop(ctx, old);
	return st;
}

/* An optional {level: number >= 0} table under key (absent or null: no
 * level has a value). */
static edubal_status
optional_level_table(struct edubal__profile_ctx *ctx, const json_t *obj,
	const char *key, double *values, bool *has)
{
	const json_t *value = json_object_get(obj, key);
	if (!value || json_is_null(value))
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, key);
	edubal_status st = edubal__profile_table(ctx, value, false,
		EDUBAL__RANGE_NONNEG, values, has);
	edubal__profile_pop(ctx, old);
	return st;
}

/* Optional, and for any of the levels: an indicator without a threshold
 * for a level is measured (for its CV) but never "met" there. */
static edubal_status
threshold(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__indicator *ind)
{
	return optional_level_table(ctx, obj, "threshold", ind->threshold,
		ind->has_threshold);
}

static edubal_status
indicator_fields(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__indicator *ind)
{
	static const char *const fields[] = {
		"key", "name", "resource", "basis", "scale", "threshold", NULL
	};
	const double unit = 1;
	edubal_status st = edubal__profile_want_object(ctx, obj);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, obj, fields);
	if (st == EDUBAL_OK)
		st = edubal__profile_string(ctx, obj, "key", NULL, &ind->key);
	if (st == EDUBAL_OK)
		st = check_key(ctx, ind->key);
	if (st == EDUBAL_OK)
		st = edubal__profile_names(ctx, obj, ind->key, &ind->name_zh,
			&ind->name_en);
	if (st == EDUBAL_OK)
		st = resource(ctx, obj, ind);
	if (st == EDUBAL_OK)
		st = basis(ctx, obj, ind);
	if (st == EDUBAL_OK)
		st = edubal__profile_number(ctx, obj, "scale",
			EDUBAL__RANGE_POSITIVE, &unit, &ind->scale);
	if (st == EDUBAL_OK)
		st = threshold(ctx, obj, ind);
	return st;
}

static edubal_status
indicator(struct edubal__profile_ctx *ctx, const json_t *obj, size_t i,
	edubal_standard *std)
{
	const char *key = json_string_value(json_object_get(obj, "key"));
	size_t old = edubal__profile_push_entry(ctx, "indicators", key, i);
	struct edubal__indicator *ind = &std->indicators[i];
	edubal_status st = indicator_fields(ctx, obj, ind);
	for (size_t j = 0; st == EDUBAL_OK && j < i; j++) {
		if (strcmp(std->indicators[j].key, ind->key) != 0)
			continue;
		edubal__profile_push_key(ctx, "key");
		st = edubal__profile_fail(ctx, "duplicate indicator key \"%s\"",
			ind->key);
	}
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
indicators(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	if (!json_is_array(value))
		return edubal__profile_fail(ctx, "must be an array");
	size_t n = json_array_size(value);
	std->indicators = calloc(n ? n : 1, sizeof *std->indicators);
	if (!std->indicators)
		return no_memory(ctx);
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		st = indicator(ctx, json_array_get(value, i), i, std);
		std->indicator_count = i + 1;
	}
	return st;
}

/* ---- rules ---- */

static edubal_status
school_rule(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	static const char *const fields[] = {
		"min_met", "floor_fraction", "all_schools", NULL
	};
	const bool every = true;
	edubal_status st = edubal__profile_want_object(ctx, value);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, value, fields);
	if (st == EDUBAL_OK)
		st = edubal__profile_int(ctx, value, "min_met", 0,
			(int) std->indicator_count, NULL, &std->min_met);
	if (st == EDUBAL_OK)
		st = edubal__profile_number(ctx, value, "floor_fraction",
			EDUBAL__RANGE_UNIT, NULL, &std->floor_fraction);
	if (st == EDUBAL_OK)
		st = edubal__profile_bool(ctx, value, "all_schools", &every,
			&std->all_schools);
	return st;
}

static edubal_status
limits(struct edubal__profile_ctx *ctx, const json_t *rule,
	struct edubal__cv_rule *out)
{
	return optional_level_table(ctx, rule, "limit", out->limit,
		out->has_limit);
}

static edubal_status
method(struct edubal__profile_ctx *ctx, const json_t *rule,
	struct edubal__cv_rule *out)
{
	const char *word;
	edubal_status st = edubal__profile_word(ctx, rule, "method",
		"official", &word);
	if (st != EDUBAL_OK || edubal__profile_method_parse(word, &out->method))
		return st;
	size_t old = edubal__profile_push_key(ctx, "method");
	st = edubal__profile_fail(ctx, "unknown method \"%s\" "
		"(expected official, unweighted, sample)", word);
	edubal__profile_pop(ctx, old);
	return st;
}

/* A judged rule needs a limit for every assessed level. */
static edubal_status
judged_limits(struct edubal__profile_ctx *ctx, const edubal_standard *std,
	const struct edubal__cv_rule *rule)
{
	if (!rule->judged)
		return EDUBAL_OK;
	size_t old = edubal__profile_push_key(ctx, "limit");
	edubal_status st = cover_levels(ctx, std, rule->has_limit, "limit");
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
cv_rule(struct edubal__profile_ctx *ctx, const json_t *value,
	const edubal_standard *std, struct edubal__cv_rule *rule)
{
	static const char *const fields[] = {
		"judged", "limit", "comparator", "round_digits", "method", NULL
	};
	const enum edubal__cmp le = EDUBAL__LE;
	const int unrounded = -1;
	edubal_status st = edubal__profile_want_object(ctx, value);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, value, fields);
	if (st == EDUBAL_OK)
		st = edubal__profile_bool(ctx, value, "judged", NULL,
			&rule->judged);
	if (st == EDUBAL_OK)
		st = limits(ctx, value, rule);
	if (st == EDUBAL_OK)
		st = edubal__profile_cmp(ctx, value, "comparator", &le,
			&rule->op);
	if (st == EDUBAL_OK)
		st = edubal__profile_int(ctx, value, "round_digits", 0, 9,
			&unrounded, &rule->round_digits);
	if (st == EDUBAL_OK)
		st = method(ctx, value, rule);
	if (st == EDUBAL_OK)
		st = judged_limits(ctx, std, rule);
	return st;
}

static edubal_status
cv(struct edubal__profile_ctx *ctx, const json_t *value, edubal_standard *std)
{
	return cv_rule(ctx, value, std, &std->cv);
}

static edubal_status
composite(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	return cv_rule(ctx, value, std, &std->composite);
}

static edubal_status
items(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	return edubal__profile_build_items(ctx, value, std);
}

/* ---- targets ---- */

/* "standard": the id the target is about; "" for this profile (omitted,
 * or the profile's own id). */
static edubal_status
target_standard(struct edubal__profile_ctx *ctx, const json_t *obj,
	const edubal_standard *std, struct edubal__target *t)
{
	const char *id;
	edubal_status st = edubal__profile_word(ctx, obj, "standard", "", &id);
	if (st == EDUBAL_OK && id[0])
		st = check_id(ctx, "standard", id);
	if (st != EDUBAL_OK)
		return st;
	t->standard = strdup(strcmp(id, std->id) == 0 ? "" : id);
	return t->standard ? EDUBAL_OK : no_memory(ctx);
}

/* "share": a fraction, or null for a share the plan leaves blank (NaN). */
static edubal_status
target_share(struct edubal__profile_ctx *ctx, const json_t *obj,
	struct edubal__target *t)
{
	const json_t *value = json_object_get(obj, "share");
	if (json_is_null(value)) {
		t->share = NAN;
		return EDUBAL_OK;
	}
	size_t old = edubal__profile_push_key(ctx, "share");
	edubal_status st = value ? edubal__profile_number_value(ctx, value,
		EDUBAL__RANGE_UNIT, &t->share) : edubal__profile_fail(ctx,
		"missing: expected a number from 0 to 1, or null when the "
		"plan leaves it blank");
	edubal__profile_pop(ctx, old);
	return st;
}

static edubal_status
target(struct edubal__profile_ctx *ctx, const json_t *obj,
	const edubal_standard *std, struct edubal__target *t)
{
	static const char *const fields[] = {
		"standard", "year", "share", NULL
	};
	edubal_status st = edubal__profile_want_object(ctx, obj);
	if (st == EDUBAL_OK)
		st = edubal__profile_check_fields(ctx, obj, fields);
	if (st == EDUBAL_OK)
		st = target_standard(ctx, obj, std, t);
	if (st == EDUBAL_OK)
		st = edubal__profile_int(ctx, obj, "year", 1900, 2100, NULL,
			&t->year);
	if (st == EDUBAL_OK)
		st = target_share(ctx, obj, t);
	for (size_t j = 0; st == EDUBAL_OK && &std->targets[j] != t; j++)
		if (std->targets[j].year == t->year &&
		    strcmp(std->targets[j].standard, t->standard) == 0)
			st = edubal__profile_fail(ctx, "duplicate target: a "
				"second one for %s in %d", t->standard[0] ? t->standard
				: "this profile", t->year);
	return st;
}

static edubal_status
targets(struct edubal__profile_ctx *ctx, const json_t *value,
	edubal_standard *std)
{
	if (json_is_null(value))
		return EDUBAL_OK;
	if (!json_is_array(value))
		return edubal__profile_fail(ctx, "must be an array of "
			"{\"standard\", \"year\", \"share\"}");
	size_t n = json_array_size(value);
	if (n == 0)
		return EDUBAL_OK;
	std->targets = calloc(n, sizeof *std->targets);
	if (!std->targets)
		return no_memory(ctx);
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < n; i++) {
		size_t old = edubal__profile_push_index(ctx, i);
		std->target_count = i + 1;
		st = target(ctx, json_array_get(value, i), std,
			&std->targets[i]);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

/* ---- the whole profile ---- */

static void
defaults(edubal_standard *std)
{
	std->all_schools = true;
	std->cv.op = EDUBAL__LE;
	std->cv.round_digits = -1;
	std->cv.method = EDUBAL_CV_OFFICIAL;
	std->composite = std->cv;
}

/* Members read in order; the school rule needs the indicator count. */
static edubal_status
build_rules(struct edubal__profile_ctx *ctx, const json_t *root,
	edubal_standard *std)
{
	edubal_status st = member(ctx, root, "levels", levels, std);
	if (st == EDUBAL_OK && !json_object_get(root, "levels"))
		st = edubal__profile_fail(ctx, "missing field \"levels\" "
			"(expected an array of sections)");
	if (st == EDUBAL_OK)
		st = member(ctx, root, "split_weights", split_weights, std);
	if (st == EDUBAL_OK)
		st = member(ctx, root, "exclude", exclude, std);
	if (st == EDUBAL_OK)
		st = member(ctx, root, "indicators", indicators, std);
	if (st == EDUBAL_OK)
		st = member(ctx, root, "school_rule", school_rule, std);
	if (st == EDUBAL_OK)
		st = member(ctx, root, "cv_rule", cv, std);
	if (st == EDUBAL_OK)
		st = member(ctx, root, "composite_rule", composite, std);
	if (st == EDUBAL_OK)
		st = member(ctx, root, "items", items, std);
	if (st == EDUBAL_OK)
		st = member(ctx, root, "targets", targets, std);
	return st;
}

edubal_status
edubal__profile_build(const json_t *merged, const json_t *own,
	const char *source, edubal_standard **out, edubal_error *err)
{
	static const char *const fields[] = {
		"format", "id", "parent", "name", "source", "year", "levels",
		"split_weights", "exclude", "indicators", "school_rule",
		"cv_rule", "composite_rule", "items", "targets", NULL
	};
	struct edubal__profile_ctx ctx;
	edubal__profile_ctx_init(&ctx, source, err);
	ctx.child = own;
	edubal_standard *std = calloc(1, sizeof *std);
	if (!std)
		return no_memory(&ctx);
	atomic_init(&std->other_owners, 0);
	defaults(std);
	edubal_status st = edubal__profile_check_fields(&ctx, merged, fields);
	if (st == EDUBAL_OK)
		st = check_format(&ctx, merged);
	if (st == EDUBAL_OK)
		st = build_meta(&ctx, merged, std);
	if (st == EDUBAL_OK)
		st = build_rules(&ctx, merged, std);
	if (st != EDUBAL_OK) {
		edubal_standard_free(std);
		return st;
	}
	*out = std;
	return EDUBAL_OK;
}
