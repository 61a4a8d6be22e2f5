/*
 * src/util/arena.h - many small blocks freed together.
 *
 * A report keeps, for every school section, its indicators and its id:
 * two small allocations each, 420,000 at national scale.  malloc's
 * header and rounding were a fifth of their memory and the calls a few
 * percent of an evaluation, and they are all freed at once with the
 * report.  An arena hands them out of large chunks instead.
 */
#ifndef EDUBAL_SRC_UTIL_ARENA_H
#define EDUBAL_SRC_UTIL_ARENA_H

#include <stddef.h>

struct edubal__arena_chunk;

struct edubal__arena {
	struct edubal__arena_chunk *head;  /* chunk being filled, or NULL */
};

#define EDUBAL__ARENA_INIT {NULL}

/* size bytes aligned for any object, valid until edubal__arena_free;
 * NULL when out of memory. */
void *edubal__arena_alloc(struct edubal__arena *a, size_t size);

/* A copy of s in the arena (NULL when out of memory or s is NULL). */
char *edubal__arena_strdup(struct edubal__arena *a, const char *s);

/* Free every block handed out; a is empty again. */
void edubal__arena_free(struct edubal__arena *a);

#endif /* EDUBAL_SRC_UTIL_ARENA_H */
