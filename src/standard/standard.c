/*
 * src/standard/standard.c - the public face of standard profiles: built-in
 * and loaded profiles, accessors and JSON output.
 */
#include <stdlib.h>
#include <string.h>

#include "builtin.h"
#include "profile.h"

size_t
edubal_standard_builtin_count(void)
{
	return edubal__profile_builtin_count();
}

const char *
edubal_standard_builtin_id(size_t i)
{
	const struct edubal__profile_builtin *b = edubal__profile_builtin_at(i);
	return b ? b->id : NULL;
}

void
edubal_standard_free(edubal_standard *std)
{
	/* Zero other owners before: this was the last one. */
	if (!std || atomic_fetch_sub(&std->other_owners, 1) != 0)
		return;
	free(std->id);
	free(std->parent);
	free(std->name_zh);
	free(std->name_en);
	free(std->source);
	free(std->json);
	free(std->parent_json);
	for (size_t i = 0; i < std->indicator_count; i++) {
		free(std->indicators[i].key);
		free(std->indicators[i].name_zh);
		free(std->indicators[i].name_en);
		free(std->indicators[i].resource);
	}
	free(std->indicators);
	edubal__profile_free_items(std->items, std->item_count);
	for (size_t i = 0; i < std->target_count; i++)
		free(std->targets[i].standard);
	free(std->targets);
	free(std);
}

/* Keep the merged texts of doc in the standard. */
static edubal_status
keep_json(edubal_standard *std, const struct edubal__profile_doc *doc,
	edubal_error *err)
{
	std->json = edubal__profile_dump(doc->merged, JSON_COMPACT);
	if (doc->parent_merged)
		std->parent_json = edubal__profile_dump(doc->parent_merged,
			JSON_COMPACT);
	if (!std->json || (doc->parent_merged && !std->parent_json))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	return EDUBAL_OK;
}

/* Resolve, check and build a profile; dir as edubal__profile_resolve. */
static edubal_status
create(const char *text, size_t len, const char *source, const char *dir,
	edubal_standard **out, edubal_error *err)
{
	struct edubal__profile_doc doc;
	edubal_standard *std = NULL;
	edubal_status st = edubal__profile_resolve(text, len, source, dir, &doc,
		err);
	if (st != EDUBAL_OK)
		return st;
	st = edubal__profile_build(doc.merged, doc.parent_merged ? doc.own
		: NULL, doc.source, &std, err);
	if (st == EDUBAL_OK)
		st = keep_json(std, &doc, err);
	edubal__profile_doc_free(&doc);
	if (st != EDUBAL_OK) {
		edubal_standard_free(std);
		return st;
	}
	*out = std;
	return EDUBAL_OK;
}

static edubal_status
not_found(const char *what, const char *name, edubal_error *err)
{
	char ids[512];
	edubal__profile_builtin_list(ids, sizeof ids);
	return edubal__fail(err, EDUBAL_ENOTFOUND,
		"no %s \"%s\" (built-in profiles: %s)", what, name, ids);
}

edubal_status
edubal_standard_builtin(const char *id, edubal_standard **out_standard,
	edubal_error *err)
{
	if (!id || !out_standard)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			id ? "out_standard" : "id");
	const struct edubal__profile_builtin *b = edubal__profile_builtin_find(id);
	if (!b)
		return not_found("built-in profile", id, err);
	char source[256];
	snprintf(source, sizeof source, "built-in profile %s", b->id);
	return create((const char *) b->text, b->len, source, NULL,
		out_standard, err);
}

edubal_status
edubal_standard_parse(const char *text, size_t len, const char *source_name,
	edubal_standard **out_standard, edubal_error *err)
{
	if (!text || !out_standard)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			text ? "out_standard" : "text");
	return create(text, len, source_name, NULL, out_standard, err);
}

/* The directory part of path ("." if none); new string. */
static char *
directory_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	const char *back = strrchr(path, '\\');
	if (back && (!slash || back > slash))
		slash = back;
	if (!slash)
		return strdup(".");
	size_t n = slash == path ? 1 : (size_t) (slash - path);
	char *dir = malloc(n + 1);
	if (dir) {
		memcpy(dir, path, n);
		dir[n] = '\0';
	}
	return dir;
}

/* Load a file; *missing tells whether it does not exist. */
static edubal_status
load_file(const char *path, edubal_standard **out, bool *missing,
	edubal_error *err)
{
	char *text = NULL;
	size_t len = 0;
	edubal_status st = edubal__profile_read_file(path, &text, &len,
		missing, err);
	if (st != EDUBAL_OK)
		return st;
	char *dir = directory_of(path);
	st = dir ? create(text, len, path, dir, out, err)
	         : edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	free(dir);
	free(text);
	return st;
}

edubal_status
edubal_standard_load(const char *path, edubal_standard **out_standard,
	edubal_error *err)
{
	bool missing;
	if (!path || !out_standard)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			path ? "out_standard" : "path");
	return load_file(path, out_standard, &missing, err);
}

edubal_status
edubal_standard_open(const char *id_or_path, edubal_standard **out_standard,
	edubal_error *err)
{
	bool missing;
	if (!id_or_path || !out_standard)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			id_or_path ? "out_standard" : "id_or_path");
	if (edubal__profile_builtin_find(id_or_path))
		return edubal_standard_builtin(id_or_path, out_standard, err);
	edubal_status st = load_file(id_or_path, out_standard, &missing, err);
	if (st != EDUBAL_OK && missing)
		return not_found("built-in profile or file", id_or_path, err);
	return st;
}

const char *
edubal_standard_id(const edubal_standard *std)
{
	return std ? std->id : "";
}

const char *
edubal_standard_parent(const edubal_standard *std)
{
	return std ? std->parent : "";
}

const char *
edubal_standard_name(const edubal_standard *std, const char *lang)
{
	if (!std)
		return "";
	return lang && strcmp(lang, "en") == 0 ? std->name_en : std->name_zh;
}

const char *
edubal_standard_source(const edubal_standard *std)
{
	return std ? std->source : "";
}

edubal_status
edubal_standard_to_json(const edubal_standard *std, char **out_json,
	edubal_error *err)
{
	if (!std || !out_json)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			std ? "out_json" : "standard");
	json_t *json = json_loads(std->json, 0, NULL);
	char *text = json ? edubal__profile_dump(json,
		JSON_INDENT(2) | JSON_PRESERVE_ORDER) : NULL;
	json_decref(json);
	if (!text)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	*out_json = text;
	return EDUBAL_OK;
}

edubal_status
edubal__standard_clone(const edubal_standard *std, edubal_standard **out,
	edubal_error *err)
{
	if (!std || !out)
		return edubal__fail(err, EDUBAL_EINVAL, "%s is NULL",
			std ? "out" : "standard");
	/* The count is the only field ever written after the standard is
	 * built; the cast drops const for it alone. */
	edubal_standard *shared = (edubal_standard *) std;
	atomic_fetch_add(&shared->other_owners, 1);
	*out = shared;
	return EDUBAL_OK;
}

bool
edubal__standard_excludes(const edubal_standard *std,
	enum edubal__school_type t, double students)
{
	if ((size_t) t >= EDUBAL__TYPE_COUNT)
		return false;
	if (std->excluded_type[t])
		return true;
	return t == EDUBAL__TYPE_TEACHING_POINT &&
	       students < std->teaching_points_under;
}
