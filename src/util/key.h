/*
 * src/util/key.h - text keys (county ids, school ids) compared and hashed
 * the same way by every grouping of rows (index.c, runs.c, the
 * evaluation's set of county ids).
 */
#ifndef EDUBAL_SRC_UTIL_KEY_H
#define EDUBAL_SRC_UTIL_KEY_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

/* FNV-1a of a NUL-terminated key. */
static inline size_t
edubal__key_hash(const char *s)
{
	size_t h = (size_t) 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char) *s) * (size_t) 1099511628211u;
	return h;
}

/* Whether two keys are equal.  A loaded table keeps one copy of an id
 * repeated on neighbouring rows (a county's id on each of its schools),
 * so comparing addresses first skips most string compares. */
static inline bool
edubal__same_key(const char *a, const char *b)
{
	return a == b || strcmp(a, b) == 0;
}

#endif /* EDUBAL_SRC_UTIL_KEY_H */
