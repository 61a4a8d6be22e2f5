/*
 * src/standard/resolve.c - reading a profile and merging it over its
 * parents.
 *
 * A child is merged over its parent's merged JSON: objects merge member by
 * member, the top-level arrays "indicators" and "items" merge entry by
 * entry on "key" (an entry {"key": K, "remove": true} drops K), and every
 * other value replaces the parent's.  Each parent is checked as a profile
 * on its own, so a message names the file that is wrong.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "profile.h"

struct resolver {
	const char *dir;    /* where PARENT.json files are looked up, or NULL */
	edubal_error *err;
	const char *chain[EDUBAL__PROFILE_MAX_DEPTH + 2]; /* ids, child first */
	size_t depth;
};

edubal_status
edubal__profile_load_json(const char *text, size_t len, const char *source,
	json_t **out, edubal_error *err)
{
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	json_error_t e;
	json_t *json = json_loadb(text, len, JSON_REJECT_DUPLICATES, &e);
	if (!json)
		return edubal__fail_cell(err, EDUBAL_EDATA, source, 0, NULL,
			NULL, "line %d, column %d: invalid JSON: %s", e.line,
			e.column, e.text);
	if (!json_is_object(json)) {
		json_decref(json);
		return edubal__fail_cell(err, EDUBAL_EDATA, source, 0, NULL,
			NULL, "a profile must be a JSON object {...}");
	}
	*out = json;
	return EDUBAL_OK;
}

void
edubal__profile_doc_free(struct edubal__profile_doc *doc)
{
	json_decref(doc->merged);
	json_decref(doc->parent_merged);
	json_decref(doc->own);
	free(doc->source);
	memset(doc, 0, sizeof *doc);
}

/* ---- merging ---- */

static edubal_status merge_object(struct edubal__profile_ctx *ctx,
	json_t *dst, const json_t *src, bool top);

static edubal_status
no_memory(const struct edubal__profile_ctx *ctx)
{
	return edubal__fail(ctx->err, EDUBAL_ENOMEM, "out of memory");
}

/* Index of the entry of array with "key" key, or the array's size. */
static size_t
find_key(const json_t *array, const char *key)
{
	size_t n = json_array_size(array);
	for (size_t i = 0; i < n; i++) {
		const char *k = json_string_value(json_object_get(
			json_array_get(array, i), "key"));
		if (k && strcmp(k, key) == 0)
			return i;
	}
	return n;
}

/* Entry i of a keyed array must be an object with a unique string key. */
static edubal_status
entry_key(struct edubal__profile_ctx *ctx, const json_t *array, size_t i,
	const char *noun, const char **out)
{
	const json_t *entry = json_array_get(array, i);
	edubal_status st = edubal__profile_want_object(ctx, entry);
	if (st == EDUBAL_OK)
		st = edubal__profile_word(ctx, entry, "key", NULL, out);
	if (st != EDUBAL_OK)
		return st;
	if (find_key(array, *out) < i) {
		size_t old = edubal__profile_push_key(ctx, "key");
		st = edubal__profile_fail(ctx, "duplicate %s key \"%s\"", noun,
			*out);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static edubal_status
remove_entry(struct edubal__profile_ctx *ctx, json_t *dst,
	const json_t *entry, const char *key, const char *noun)
{
	static const char *const fields[] = { "key", "remove", NULL };
	if (!json_is_true(json_object_get(entry, "remove"))) {
		size_t old = edubal__profile_push_key(ctx, "remove");
		edubal_status st = edubal__profile_fail(ctx, "must be true");
		edubal__profile_pop(ctx, old);
		return st;
	}
	edubal_status st = edubal__profile_check_fields(ctx, entry, fields);
	if (st != EDUBAL_OK)
		return st;
	size_t j = find_key(dst, key);
	if (j == json_array_size(dst))
		return edubal__profile_fail(ctx,
			"no inherited %s \"%s\" to remove", noun, key);
	json_array_remove(dst, j);
	return EDUBAL_OK;
}

static edubal_status
merge_entry(struct edubal__profile_ctx *ctx, json_t *dst, const json_t *src,
	size_t i, const char *noun)
{
	const char *key;
	edubal_status st = entry_key(ctx, src, i, noun, &key);
	if (st != EDUBAL_OK)
		return st;
	const json_t *entry = json_array_get(src, i);
	if (json_object_get(entry, "remove"))
		return remove_entry(ctx, dst, entry, key, noun);
	size_t j = find_key(dst, key);
	if (j < json_array_size(dst))
		return merge_object(ctx, json_array_get(dst, j), entry, false);
	if (json_array_append_new(dst, json_deep_copy(entry)) != 0)
		return no_memory(ctx);
	return EDUBAL_OK;
}

/* Merge the keyed array src (the child's) into dst (the parent's copy). */
static edubal_status
merge_keyed(struct edubal__profile_ctx *ctx, json_t *dst, const json_t *src,
	const char *noun)
{
	if (!json_is_array(src))
		return edubal__profile_fail(ctx, "must be an array");
	edubal_status st = EDUBAL_OK;
	for (size_t i = 0; st == EDUBAL_OK && i < json_array_size(src); i++) {
		size_t old = edubal__profile_push_index(ctx, i);
		st = merge_entry(ctx, dst, src, i, noun);
		edubal__profile_pop(ctx, old);
	}
	return st;
}

static const char *
keyed_noun(const char *key, bool top)
{
	if (!top)
		return NULL;
	if (strcmp(key, "indicators") == 0)
		return "indicator";
	if (strcmp(key, "items") == 0)
		return "item";
	return NULL;
}

/* dst[key] as an array, created empty if dst lacks it. */
static json_t *
array_member(json_t *dst, const char *key)
{
	json_t *array = json_object_get(dst, key);
	if (json_is_array(array))
		return array;
	array = json_array();
	if (array && json_object_set_new(dst, key, array) != 0)
		return NULL;
	return array;
}

static edubal_status
merge_member(struct edubal__profile_ctx *ctx, json_t *dst, const char *key,
	const json_t *value, bool top)
{
	const char *noun = keyed_noun(key, top);
	json_t *old_value = json_object_get(dst, key);
	if (noun) {
		json_t *array = array_member(dst, key);
		return array ? merge_keyed(ctx, array, value, noun)
		             : no_memory(ctx);
	}
	if (json_is_object(value) && json_is_object(old_value))
		return merge_object(ctx, old_value, value, false);
	if (json_object_set_new(dst, key, json_deep_copy(value)) != 0)
		return no_memory(ctx);
	return EDUBAL_OK;
}

static edubal_status
merge_object(struct edubal__profile_ctx *ctx, json_t *dst, const json_t *src,
	bool top)
{
	const char *key;
	const json_t *value;
	json_object_foreach((json_t *) src, key, value) {
		size_t old = edubal__profile_push_key(ctx, key);
		edubal_status st = merge_member(ctx, dst, key, value, top);
		edubal__profile_pop(ctx, old);
		if (st != EDUBAL_OK)
			return st;
	}
	return EDUBAL_OK;
}

/* ---- finding parents ---- */

const struct edubal__profile_builtin *
edubal__profile_builtin_find(const char *id)
{
	const struct edubal__profile_builtin *b;
	for (size_t i = 0; (b = edubal__profile_builtin_at(i)) != NULL; i++)
		if (strcmp(b->id, id) == 0)
			return b;
	return NULL;
}

/* Read all of f into a new buffer; false when out of memory. */
static bool
read_stream(FILE *f, char **out, size_t *out_len)
{
	char *text = NULL;
	size_t len = 0, cap = 0, n = 1;
	while (n > 0) {
		if (len == cap) {
			size_t cap2 = cap ? 2 * cap : 4096;
			char *p = realloc(text, cap2);
			if (!p) {
				free(text);
				return false;
			}
			text = p;
			cap = cap2;
		}
		n = fread(text + len, 1, cap - len, f);
		len += n;
	}
	*out = text;
	*out_len = len;
	return true;
}

edubal_status
edubal__profile_read_file(const char *path, char **out, size_t *out_len,
	bool *missing, edubal_error *err)
{
	FILE *f = fopen(path, "rb");
	*missing = false;
	if (!f) {
		int e = errno;
		*missing = e == ENOENT;
		return edubal__fail_cell(err, EDUBAL_EIO, path, 0, NULL, NULL,
			"cannot open: %s", strerror(e));
	}
	char *text = NULL;
	size_t len = 0;
	bool read = read_stream(f, &text, &len);
	bool bad = read && ferror(f);
	fclose(f);
	if (!read)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (bad) {
		free(text);
		return edubal__fail_cell(err, EDUBAL_EIO, path, 0, NULL, NULL,
			"read error");
	}
	*out = text;
	*out_len = len;
	return EDUBAL_OK;
}

void
edubal__profile_builtin_list(char *buf, size_t size)
{
	const struct edubal__profile_builtin *b;
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; (b = edubal__profile_builtin_at(i)) && used < size;
	     i++) {
		int n = snprintf(buf + used, size - used, "%s%s", i ? ", " : "",
		                 b->id);
		if (n < 0)
			break;
		used += (size_t) n;
	}
}

static edubal_status resolve(struct resolver *r, const char *text,
	size_t len, const char *source, struct edubal__profile_doc *doc);

/* The path of PARENT.json beside the first file (new string). */
static char *
parent_path(const char *dir, const char *id)
{
	size_t n = strlen(dir) + strlen(id) + sizeof "/.json";
	char *path = malloc(n);
	if (path)
		snprintf(path, n, "%s/%s.json", dir, id);
	return path;
}

static edubal_status
parent_from_file(struct resolver *r, struct edubal__profile_ctx *ctx,
	const char *id, struct edubal__profile_doc *doc)
{
	char *path = r->dir ? parent_path(r->dir, id) : NULL;
	if (r->dir && !path)
		return no_memory(ctx);
	char *text = NULL;
	size_t len = 0;
	bool missing = true;
	edubal_status st = path ? edubal__profile_read_file(path, &text, &len,
		&missing, r->err) : EDUBAL_EIO;
	if (missing) {
		char ids[512];
		edubal__profile_builtin_list(ids, sizeof ids);
		st = edubal__profile_fail_status(ctx, EDUBAL_ENOTFOUND,
			"no profile \"%s\": not a built-in profile (%s)%s%s",
			id, ids, path ? " and no file " : "", path ? path : "");
	} else if (st == EDUBAL_OK) {
		st = resolve(r, text, len, path, doc);
	}
	free(text);
	free(path);
	return st;
}

static edubal_status
find_parent(struct resolver *r, struct edubal__profile_ctx *ctx,
	const char *id, struct edubal__profile_doc *doc)
{
	const struct edubal__profile_builtin *b = edubal__profile_builtin_find(id);
	if (!b)
		return parent_from_file(r, ctx, id, doc);
	char source[256];
	snprintf(source, sizeof source, "built-in profile %s", b->id);
	return resolve(r, (const char *) b->text, b->len, source, doc);
}

/* "a -> b -> " of the ids in the chain, into buf. */
static void
chain_text(const struct resolver *r, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < r->depth && used < size; i++) {
		int n = snprintf(buf + used, size - used, "%s -> ",
		                 r->chain[i]);
		if (n < 0)
			break;
		used += (size_t) n;
	}
}

/* The parent's id must be well formed, new to the chain and not too deep. */
static edubal_status
check_chain(struct resolver *r, struct edubal__profile_ctx *ctx,
	const char *parent)
{
	if (!edubal__profile_id_ok(parent))
		return edubal__profile_fail(ctx,
			"\"%s\" is not a profile id ([a-z0-9-]+)", parent);
	for (size_t i = 0; i < r->depth; i++) {
		if (strcmp(r->chain[i], parent) != 0)
			continue;
		char chain[512];
		chain_text(r, chain, sizeof chain);
		return edubal__profile_fail(ctx, "parent cycle: %s%s", chain,
			parent);
	}
	if (r->depth > EDUBAL__PROFILE_MAX_DEPTH)
		return edubal__profile_fail(ctx, "more than %d levels of "
			"parents", EDUBAL__PROFILE_MAX_DEPTH);
	return EDUBAL_OK;
}

/* Resolve own's parent and merge own over it into doc. */
static edubal_status
inherit(struct resolver *r, struct edubal__profile_ctx *ctx,
	const char *parent, struct edubal__profile_doc *doc)
{
	size_t old = edubal__profile_push_key(ctx, "parent");
	edubal_status st = check_chain(r, ctx, parent);
	struct edubal__profile_doc up = { 0 };
	if (st == EDUBAL_OK)
		st = find_parent(r, ctx, parent, &up);
	edubal__profile_pop(ctx, old);
	if (st == EDUBAL_OK) {
		doc->merged = json_deep_copy(up.merged);
		st = doc->merged
			? merge_object(ctx, doc->merged, doc->own, true)
			: no_memory(ctx);
		doc->parent_merged = json_incref(up.merged);
	}
	edubal__profile_doc_free(&up);
	return st;
}

static edubal_status
own_id(struct edubal__profile_ctx *ctx, const json_t *own, const char **id)
{
	edubal_status st = edubal__profile_word(ctx, own, "id", NULL, id);
	if (st != EDUBAL_OK || edubal__profile_id_ok(*id))
		return st;
	size_t old = edubal__profile_push_key(ctx, "id");
	st = edubal__profile_fail(ctx,
		"\"%s\" is not a profile id (expected [a-z0-9-]+)", *id);
	edubal__profile_pop(ctx, old);
	return st;
}

/* Check a merged profile by building it. */
static edubal_status
check_built(const struct edubal__profile_doc *doc, edubal_error *err)
{
	edubal_standard *s = NULL;
	edubal_status st = edubal__profile_build(doc->merged,
		doc->parent_merged ? doc->own : NULL, doc->source, &s, err);
	edubal_standard_free(s);
	return st;
}

static edubal_status
resolve_own(struct resolver *r, struct edubal__profile_doc *doc)
{
	struct edubal__profile_ctx ctx;
	edubal__profile_ctx_init(&ctx, doc->source, r->err);
	const char *id, *parent;
	edubal_status st = own_id(&ctx, doc->own, &id);
	if (st == EDUBAL_OK && json_object_get(doc->own, "parent"))
		st = edubal__profile_word(&ctx, doc->own, "parent", NULL,
			&parent);
	else
		parent = NULL;
	if (st != EDUBAL_OK)
		return st;
	r->chain[r->depth++] = id;
	if (parent)
		st = inherit(r, &ctx, parent, doc);
	else
		doc->merged = json_incref(doc->own);
	r->depth--;
	return st;
}

static edubal_status
resolve(struct resolver *r, const char *text, size_t len, const char *source,
	struct edubal__profile_doc *doc)
{
	memset(doc, 0, sizeof *doc);
	doc->source = strdup(source ? source : "");
	if (!doc->source)
		return edubal__fail(r->err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = edubal__profile_load_json(text, len, source,
		&doc->own, r->err);
	if (st == EDUBAL_OK)
		st = resolve_own(r, doc);
	if (st == EDUBAL_OK && r->depth > 0)
		st = check_built(doc, r->err);
	if (st != EDUBAL_OK)
		edubal__profile_doc_free(doc);
	return st;
}

edubal_status
edubal__profile_resolve(const char *text, size_t len, const char *source,
	const char *dir, struct edubal__profile_doc *doc, edubal_error *err)
{
	struct resolver r = { .dir = dir, .err = err, .depth = 0 };
	return resolve(&r, text, len, source, doc);
}
