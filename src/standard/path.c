/*
 * src/standard/path.c - JSON paths such as `items[3].all[0].op` that tell
 * a profile's author where a problem is.
 *
 * The path lives in a fixed buffer of the check context; a path too long
 * for it is cut short, which only shortens a message.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "profile.h"

void
edubal__profile_ctx_init(struct edubal__profile_ctx *ctx, const char *source,
	edubal_error *err)
{
	memset(ctx, 0, sizeof *ctx);
	ctx->source = source;
	ctx->err = err;
}

/* Append formatted text to the path; return the previous length. */
EDUBAL__PRINTF(2, 3) static size_t
push(struct edubal__profile_ctx *ctx, const char *fmt, ...)
{
	size_t old = ctx->len;
	size_t room = sizeof ctx->path - ctx->len;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(ctx->path + ctx->len, room, fmt, ap);
	va_end(ap);
	if (n < 0)
		ctx->path[ctx->len] = '\0';
	else if ((size_t) n >= room)
		ctx->len = sizeof ctx->path - 1;
	else
		ctx->len += (size_t) n;
	return old;
}

size_t
edubal__profile_push_key(struct edubal__profile_ctx *ctx, const char *key)
{
	return push(ctx, ctx->len ? ".%s" : "%s", key);
}

size_t
edubal__profile_push_index(struct edubal__profile_ctx *ctx, size_t i)
{
	return push(ctx, "[%zu]", i);
}

/* Index of the entry with this key in the child's array, or i. */
static size_t
own_index(const json_t *child, const char *array, const char *key, size_t i)
{
	const json_t *entries = child ? json_object_get(child, array) : NULL;
	if (!json_is_array(entries) || !key)
		return i;
	for (size_t j = 0; j < json_array_size(entries); j++) {
		const char *k = json_string_value(json_object_get(
			json_array_get(entries, j), "key"));
		if (k && strcmp(k, key) == 0)
			return j;
	}
	return i;
}

size_t
edubal__profile_push_entry(struct edubal__profile_ctx *ctx, const char *array,
	const char *key, size_t i)
{
	return edubal__profile_push_index(ctx,
		own_index(ctx->child, array, key, i));
}

void
edubal__profile_pop(struct edubal__profile_ctx *ctx, size_t len)
{
	ctx->len = len;
	ctx->path[len] = '\0';
}

EDUBAL__PRINTF(3, 0) static edubal_status
fail_va(const struct edubal__profile_ctx *ctx, edubal_status status,
	const char *fmt, va_list ap)
{
	char reason[512];
	vsnprintf(reason, sizeof reason, fmt, ap);
	if (ctx->len)
		return edubal__fail_cell(ctx->err, status, ctx->source, 0, NULL,
			NULL, "%s: %s", ctx->path, reason);
	return edubal__fail_cell(ctx->err, status, ctx->source, 0, NULL, NULL,
		"%s", reason);
}

edubal_status
edubal__profile_fail(const struct edubal__profile_ctx *ctx, const char *fmt,
	...)
{
	va_list ap;
	va_start(ap, fmt);
	edubal_status st = fail_va(ctx, EDUBAL_EDATA, fmt, ap);
	va_end(ap);
	return st;
}

edubal_status
edubal__profile_fail_status(const struct edubal__profile_ctx *ctx,
	edubal_status status, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	edubal_status st = fail_va(ctx, status, fmt, ap);
	va_end(ap);
	return st;
}
