/*
 * src/standard/diff.c - what a child profile changes relative to its
 * parent, found by walking the two merged JSON trees: members added,
 * removed or changed (by path, old -> new), and indicators and items
 * added or removed (matched by "key").  Arrays of the same length are
 * compared element by element (items[k].all[0].right: 0.5 -> 0.6), others
 * as a whole.  Comments are not changes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "profile.h"

/* Longest value shown in full; longer ones are cut with "...". */
#define SHOWN_MAX 160

struct diff {
	struct edubal__strbuf *text;
	bool zh;
	size_t changes;
	char path[512];
	size_t len;
};

#define ADD(d, ...) edubal__strbuf_printf((d)->text, __VA_ARGS__)

EDUBAL__PRINTF(2, 3) static size_t
push(struct diff *d, const char *fmt, ...)
{
	size_t old = d->len;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(d->path + d->len, sizeof d->path - d->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		d->len += (size_t) n;
	if (d->len >= sizeof d->path)
		d->len = sizeof d->path - 1;
	return old;
}

static size_t
push_key(struct diff *d, const char *key)
{
	return d->len ? push(d, ".%s", key) : push(d, "%s", key);
}

static void
pop(struct diff *d, size_t old)
{
	d->len = old;
	d->path[old] = '\0';
}

/* Write a value as compact JSON, cut short if long. */
static void
value(struct diff *d, const json_t *v)
{
	char *s = edubal__profile_dump(v, JSON_COMPACT | JSON_ENCODE_ANY);
	if (!s) {
		d->text->failed = true;
		return;
	}
	size_t cut = SHOWN_MAX;
	if (strlen(s) > cut) {
		while (cut > 0 && ((unsigned char) s[cut] & 0xC0) == 0x80)
			cut--;  /* not inside a UTF-8 character */
		ADD(d, "%.*s...", (int) cut, s);
	} else
		ADD(d, "%s", s);
	free(s);
}

static void
changed(struct diff *d, const json_t *old, const json_t *new)
{
	d->changes++;
	ADD(d, "  %s %s: ", d->zh ? "修改" : "changed", d->path);
	value(d, old);
	ADD(d, " → ");
	value(d, new);
	ADD(d, "\n");
}

static void
added(struct diff *d, const json_t *new)
{
	d->changes++;
	ADD(d, "  %s %s = ", d->zh ? "新增" : "added", d->path);
	value(d, new);
	ADD(d, "\n");
}

static void
removed(struct diff *d, const json_t *old)
{
	d->changes++;
	ADD(d, "  %s %s (%s ", d->zh ? "删除" : "removed", d->path,
		d->zh ? "原为" : "was");
	value(d, old);
	ADD(d, ")\n");
}

static void walk(struct diff *d, const json_t *a, const json_t *b,
	bool top);

static void
compare(struct diff *d, const json_t *a, const json_t *b)
{
	if (json_is_object(a) && json_is_object(b)) {
		walk(d, a, b, false);
	} else if (json_is_array(a) && json_is_array(b) &&
	           json_array_size(a) == json_array_size(b)) {
		for (size_t i = 0; i < json_array_size(a); i++) {
			size_t old = push(d, "[%zu]", i);
			compare(d, json_array_get(a, i), json_array_get(b, i));
			pop(d, old);
		}
	} else if (!json_equal((json_t *) a, (json_t *) b)) {
		changed(d, a, b);
	}
}

/* ---- indicators and items, matched by key ---- */

static const json_t *
find_key(const json_t *array, const char *key, size_t *at)
{
	for (size_t i = 0; i < json_array_size(array); i++) {
		const json_t *e = json_array_get(array, i);
		const char *k = json_string_value(json_object_get(e, "key"));
		if (k && strcmp(k, key) == 0) {
			*at = i;
			return e;
		}
	}
	return NULL;
}

static const char *
entry_name(const struct diff *d, const json_t *e)
{
	const json_t *name = json_object_get(e, "name");
	const char *zh = json_string_value(json_object_get(name, "zh"));
	const char *en = json_string_value(json_object_get(name, "en"));
	const char *first = d->zh ? zh : en;
	return first ? first : zh ? zh : en ? en : "";
}

static void
entry_change(struct diff *d, const json_t *e, const char *noun_zh,
	const char *noun_en, bool add)
{
	const char *key = json_string_value(json_object_get(e, "key"));
	d->changes++;
	if (d->zh)
		ADD(d, "  %s%s %s:%s\n", add ? "新增" : "删除", noun_zh,
			key ? key : "?", entry_name(d, e));
	else
		ADD(d, "  %s %s %s: %s\n", add ? "added" : "removed", noun_en,
			key ? key : "?", entry_name(d, e));
}

static void
keyed(struct diff *d, const char *array, const json_t *a, const json_t *b)
{
	bool ind = strcmp(array, "indicators") == 0;
	const char *noun_zh = ind ? "指标" : "项目";
	const char *noun_en = ind ? "indicator" : "item";
	size_t at;
	for (size_t i = 0; i < json_array_size(a); i++) {
		const json_t *e = json_array_get(a, i);
		const char *key = json_string_value(json_object_get(e, "key"));
		const json_t *f = key ? find_key(b, key, &at) : NULL;
		if (!f) {
			entry_change(d, e, noun_zh, noun_en, false);
			continue;
		}
		size_t old = push(d, "[%s]", key);
		compare(d, e, f);
		pop(d, old);
	}
	for (size_t i = 0; i < json_array_size(b); i++) {
		const json_t *e = json_array_get(b, i);
		const char *key = json_string_value(json_object_get(e, "key"));
		if (!key || !find_key(a, key, &at))
			entry_change(d, e, noun_zh, noun_en, true);
	}
}

/* ---- objects ---- */

/* Members not compared: id and parent (in the description's header) and
 * comments (for humans, not rules). */
static bool
skipped(const char *key, bool top)
{
	if (strcmp(key, "comment") == 0)
		return true;
	return top && (strcmp(key, "id") == 0 || strcmp(key, "parent") == 0);
}

static bool
is_keyed(const char *key, bool top, const json_t *a, const json_t *b)
{
	return top && json_is_array(a) && json_is_array(b) &&
	       (strcmp(key, "indicators") == 0 || strcmp(key, "items") == 0);
}

static void
walk(struct diff *d, const json_t *a, const json_t *b, bool top)
{
	const char *key;
	const json_t *av, *bv;
	json_object_foreach((json_t *) a, key, av) {
		if (skipped(key, top))
			continue;
		size_t old = push_key(d, key);
		bv = json_object_get(b, key);
		if (!bv)
			removed(d, av);
		else if (is_keyed(key, top, av, bv))
			keyed(d, key, av, bv);
		else
			compare(d, av, bv);
		pop(d, old);
	}
	json_object_foreach((json_t *) b, key, bv) {
		if (skipped(key, top) || json_object_get(a, key))
			continue;
		size_t old = push_key(d, key);
		added(d, bv);
		pop(d, old);
	}
}

void
edubal__profile_describe_diff(struct edubal__strbuf *t,
	const json_t *parent, const json_t *child, bool zh)
{
	struct diff d = { .text = t, .zh = zh };
	const char *id = json_string_value(json_object_get(parent, "id"));
	if (zh)
		edubal__strbuf_printf(t, "相对于上级标准的改动(%s):\n",
			id ? id : "?");
	else
		edubal__strbuf_printf(t, "Overrides relative to %s:\n",
			id ? id : "?");
	walk(&d, parent, child, true);
	if (d.changes == 0)
		edubal__strbuf_printf(t, "  %s\n", zh ? "(无改动)"
			: "(no changes)");
}
