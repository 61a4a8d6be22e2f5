/*
 * src/standard/profile.h - private helpers shared by the files of the
 * standard module: names, JSON paths for messages, merging, checking and
 * text output.  Nothing here is used outside src/standard/.
 */
#ifndef EDUBAL_SRC_STANDARD_PROFILE_H
#define EDUBAL_SRC_STANDARD_PROFILE_H

#include <stdbool.h>
#include <stddef.h>

#include <jansson.h>

#include "../error.h"
#include "standard.h"
#include "../util/strbuf.h"

/* The value of "format" that this parser reads. */
#define EDUBAL__PROFILE_FORMAT "edubal-profile/1"

/* Most parents above a profile (a longer chain is refused). */
#define EDUBAL__PROFILE_MAX_DEPTH 16

/* ---- names.c: words of the format, in English and Chinese ---- */

const char *edubal__profile_section_name(enum edubal__section s);
const char *edubal__profile_section_zh(enum edubal__section s);
bool edubal__profile_section_parse(const char *word, enum edubal__section *s);

const char *edubal__profile_type_name(enum edubal__school_type t);
const char *edubal__profile_type_zh(enum edubal__school_type t);
bool edubal__profile_type_parse(const char *word, enum edubal__school_type *t);

/* Whether a combined type (split_weights) has section s. */
bool edubal__profile_combined_has(enum edubal__school_type t,
	enum edubal__section s);

/* Tables an aggregate reads: "schools", "classes", "kindergartens",
 * "funding" ("counties" is not one); zh: 学校, 班级, ... */
const char *edubal__profile_table_name(enum edubal_table_kind k);
const char *edubal__profile_table_zh(enum edubal_table_kind k);
bool edubal__profile_table_parse(const char *word, enum edubal_table_kind *k);

bool edubal__profile_method_parse(const char *word, enum edubal_cv_method *m);

/* compare.c: "<=" ... "==" to an operator. */
bool edubal__profile_cmp_parse(const char *word, enum edubal__cmp *op);

/* ---- path.c: where in the document a check is, for messages ---- */

struct edubal__profile_ctx {
	const char *source;  /* names the document in messages; may be NULL */
	edubal_error *err;
	const json_t *child; /* a child's own text (for its array indices) */
	char path[512];      /* e.g. items[3].all[0].op */
	size_t len;
};

void edubal__profile_ctx_init(struct edubal__profile_ctx *ctx,
	const char *source, edubal_error *err);

/* Append ".key" or "[i]"; return the length to restore with pop. */
size_t edubal__profile_push_key(struct edubal__profile_ctx *ctx,
	const char *key);
size_t edubal__profile_push_index(struct edubal__profile_ctx *ctx, size_t i);

/*
 * Append "[i]" for entry i (whose key is key) of the merged top-level array
 * named array ("indicators" or "items"), the path being at that array:
 * when the profile has a parent, the index is that of the entry in the
 * child's own text, if it has one.
 */
size_t edubal__profile_push_entry(struct edubal__profile_ctx *ctx,
	const char *array, const char *key, size_t i);
void edubal__profile_pop(struct edubal__profile_ctx *ctx, size_t len);

/* EDUBAL_EDATA `SOURCE: PATH: REASON`. */
edubal_status edubal__profile_fail(const struct edubal__profile_ctx *ctx,
	const char *fmt, ...) EDUBAL__PRINTF(2, 3);

/* Same, with another status. */
edubal_status edubal__profile_fail_status(
	const struct edubal__profile_ctx *ctx, edubal_status status,
	const char *fmt, ...) EDUBAL__PRINTF(3, 4);

/* ---- fields.c: typed reads of object members, failing with the path ---- */

/*
 * Fail on the first member of obj that is neither in the NULL-terminated
 * list allowed nor "comment".
 */
edubal_status edubal__profile_check_fields(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *const *allowed);

/* The value at the current path must be an object. */
edubal_status edubal__profile_want_object(struct edubal__profile_ctx *ctx,
	const json_t *value);

/* Copy the string member key (missing: copy fallback, or fail if NULL). */
edubal_status edubal__profile_string(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *key, const char *fallback, char **out);

/* What a number must be. */
enum edubal__profile_range {
	EDUBAL__RANGE_ANY,      /* any number */
	EDUBAL__RANGE_NONNEG,   /* >= 0 */
	EDUBAL__RANGE_POSITIVE, /* > 0 */
	EDUBAL__RANGE_UNIT      /* from 0 to 1 */
};

/* The value at the current path must be a number in range. */
edubal_status edubal__profile_number_value(struct edubal__profile_ctx *ctx,
	const json_t *value, enum edubal__profile_range range, double *out);

/* A number member; missing gives *fallback, or fails if fallback is NULL. */
edubal_status edubal__profile_number(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *key, enum edubal__profile_range range,
	const double *fallback, double *out);

/* An integral member in [lo, hi]; missing or null gives *fallback, or
 * fails if fallback is NULL. */
edubal_status edubal__profile_int(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *key, int lo, int hi,
	const int *fallback, int *out);

/* A boolean member; missing gives *fallback, or fails if it is NULL. */
edubal_status edubal__profile_bool(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *key, const bool *fallback, bool *out);

/* The string value of a member (borrowed); missing gives fallback, or
 * fails if fallback is NULL. */
edubal_status edubal__profile_word(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *key, const char *fallback,
	const char **out);

/* A {"zh", "en"} member; each defaults to the other, both to fallback. */
edubal_status edubal__profile_names(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *fallback, char **zh, char **en);

/*
 * A table {word: number} keyed by section names (by_type false) or school
 * type names (by_type true), into vals[] and has[] indexed by the enum.
 */
edubal_status edubal__profile_table(struct edubal__profile_ctx *ctx,
	const json_t *obj, bool by_type, enum edubal__profile_range range,
	double *vals, bool *has);

/* A comparator member; missing gives *fallback, or fails if it is NULL. */
edubal_status edubal__profile_cmp(struct edubal__profile_ctx *ctx,
	const json_t *obj, const char *key, const enum edubal__cmp *fallback,
	enum edubal__cmp *out);

/* Whether word is [a-z0-9-]+ (profile ids). */
bool edubal__profile_id_ok(const char *word);

/* Whether word is [A-Za-z_][A-Za-z0-9_]* (keys and column names). */
bool edubal__profile_name_ok(const char *word);

/* ---- resolve.c: reading, parent lookup and merging ---- */

struct edubal__profile_doc {
	json_t *merged;        /* the profile with its parents merged in */
	json_t *parent_merged; /* the parent's merged profile, or NULL */
	json_t *own;           /* the profile's own text */
	char *source;          /* names it in messages */
};

/*
 * Read text (named source) into doc, resolving parents: built-in ones, and
 * if dir is not NULL, files DIR/PARENT.json.  Each parent is checked as a
 * profile on its own.
 */
edubal_status edubal__profile_resolve(const char *text, size_t len,
	const char *source, const char *dir, struct edubal__profile_doc *doc,
	edubal_error *err);

void edubal__profile_doc_free(struct edubal__profile_doc *doc);

/* Read a whole file; *missing tells whether it does not exist. */
edubal_status edubal__profile_read_file(const char *path, char **text,
	size_t *len, bool *missing, edubal_error *err);

/* "a, b" of the built-in ids, into buf. */
void edubal__profile_builtin_list(char *buf, size_t size);

/* Parse JSON text into an object (syntax errors give line and column). */
edubal_status edubal__profile_load_json(const char *text, size_t len,
	const char *source, json_t **out, edubal_error *err);

/* ---- build.c, items.c: a checked document to the private struct ---- */

/*
 * Check merged (the complete profile) and build the standard; own is the
 * profile's own text when it has a parent (for message paths), or NULL.
 * Fills every field but json and parent_json.
 */
edubal_status edubal__profile_build(const json_t *merged, const json_t *own,
	const char *source, edubal_standard **out, edubal_error *err);

edubal_status edubal__profile_build_items(struct edubal__profile_ctx *ctx,
	const json_t *array, edubal_standard *std);

void edubal__profile_free_items(struct edubal__item *items, size_t count);

/* ---- text.c: number formatting (text itself: util/strbuf.h) ---- */

/* Shortest %g form of x that reads back as x, into buf (>= 32 bytes). */
const char *edubal__profile_number_text(double x, char *buf, size_t size);

/*
 * Dump JSON (flags as json_dumps, without precision) with the fewest real
 * digits that keep every number exact.  NULL when out of memory.
 */
char *edubal__profile_dump(const json_t *json, size_t flags);

/* ---- describe.c, diff.c ---- */

void edubal__profile_describe_diff(struct edubal__strbuf *t,
	const json_t *parent, const json_t *child, bool zh);

#endif /* EDUBAL_SRC_STANDARD_PROFILE_H */
