/*
 * src/util/strbuf.h - growable strings for messages and rendered reports.
 *
 * A failed allocation is remembered and reported once at the end
 * (edubal__strbuf_finish), so callers can append freely without checking
 * each step.
 */
#ifndef EDUBAL_SRC_UTIL_STRBUF_H
#define EDUBAL_SRC_UTIL_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "../error.h"

struct edubal__strbuf {
	char *data;
	size_t len, cap;
	bool failed;
};

void edubal__strbuf_printf(struct edubal__strbuf *b, const char *fmt, ...)
	EDUBAL__PRINTF(2, 3);
void edubal__strbuf_puts(struct edubal__strbuf *b, const char *s);
/* Append n bytes of s (which need not be terminated). */
void edubal__strbuf_append(struct edubal__strbuf *b, const char *s,
	size_t n);

/* edubal__strbuf_append, inline when the bytes fit, as they nearly
 * always do once b has grown: a failing school's message or an item's
 * detail is a few dozen pieces, and a call per piece was a third of
 * writing it. */
static inline void
edubal__strbuf_put(struct edubal__strbuf *b, const char *s, size_t n)
{
	if (b->failed || b->len + n + 1 > b->cap) {
		edubal__strbuf_append(b, s, n);
		return;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

/* edubal__strbuf_puts, inline like edubal__strbuf_put. */
static inline void
edubal__strbuf_put_str(struct edubal__strbuf *b, const char *s)
{
	edubal__strbuf_put(b, s, strlen(s));
}

/* Hand over the text (caller frees) or NULL after a failed allocation. */
char *edubal__strbuf_finish(struct edubal__strbuf *b);

/* A new formatted string, or NULL when out of memory. */
char *edubal__printf_new(const char *fmt, ...) EDUBAL__PRINTF(1, 2);

/* a, b and c joined into buf[size] (size > 0), cut to size - 1 bytes as
 * snprintf would; returns buf.  For names built per cell, where snprintf
 * costs more than the work around it. */
char *edubal__concat(char *buf, size_t size, const char *a, const char *b,
	const char *c);

/* strdup that accepts NULL (returns NULL for NULL). */
char *edubal__strdup(const char *s);

#endif /* EDUBAL_SRC_UTIL_STRBUF_H */
