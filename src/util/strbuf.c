/*
 * src/util/strbuf.c - growable strings.
 */
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
reserve(struct edubal__strbuf *b, size_t extra)
{
	if (b->failed)
		return false;
	if (b->len + extra + 1 <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p) {
		b->failed = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

/* The format attribute lets clang check the callers' formats. */
static void append_va(struct edubal__strbuf *b, const char *fmt, va_list ap)
	__attribute__((format(printf, 2, 0)));

/* Format straight into the free space and again only when it was too
 * small: reports format a message per failing school, and measuring each
 * one first doubled the cost. */
static void
append_va(struct edubal__strbuf *b, const char *fmt, va_list ap)
{
	if (!reserve(b, 0))
		return;
	va_list copy;
	va_copy(copy, ap);
	int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, copy);
	va_end(copy);
	if (n < 0) {
		b->failed = true;
		return;
	}
	if ((size_t) n >= b->cap - b->len) {
		if (!reserve(b, (size_t) n))
			return;
		vsnprintf(b->data + b->len, (size_t) n + 1, fmt, ap);
	}
	b->len += (size_t) n;
}

void
edubal__strbuf_printf(struct edubal__strbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	append_va(b, fmt, ap);
	va_end(ap);
}

void
edubal__strbuf_append(struct edubal__strbuf *b, const char *s, size_t n)
{
	if (!reserve(b, n))
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
edubal__strbuf_puts(struct edubal__strbuf *b, const char *s)
{
	edubal__strbuf_append(b, s, strlen(s));
}

char *
edubal__strbuf_finish(struct edubal__strbuf *b)
{
	if (b->failed || !reserve(b, 0)) {
		free(b->data);
		b->data = NULL;
		return NULL;
	}
	b->data[b->len] = '\0';
	char *out = b->data;
	b->data = NULL;
	b->len = b->cap = 0;
	return out;
}

char *
edubal__printf_new(const char *fmt, ...)
{
	struct edubal__strbuf b = {NULL, 0, 0, false};
	va_list ap;
	va_start(ap, fmt);
	append_va(&b, fmt, ap);
	va_end(ap);
	return edubal__strbuf_finish(&b);
}

char *
edubal__concat(char *buf, size_t size, const char *a, const char *b,
	const char *c)
{
	const char *parts[3] = {a, b, c};
	size_t len = 0;
	for (int i = 0; i < 3; i++) {
		size_t n = strlen(parts[i]);
		if (n > size - 1 - len)
			n = size - 1 - len;
		memcpy(buf + len, parts[i], n);
		len += n;
	}
	buf[len] = '\0';
	return buf;
}

char *
edubal__strdup(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = malloc(n);
	if (p)
		memcpy(p, s, n);
	return p;
}
