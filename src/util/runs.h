/*
 * src/util/runs.h - the rows of a table grouped by a text key, when each
 * key's rows follow one another.
 *
 * Exports list schools county by county.  For such a table a county's
 * rows are one run, found by hashing its key once, where an index
 * (index.h) keeps an entry of 16 bytes per row and compares strings for
 * every row of every county: at national scale, megabytes to fill and a
 * twentieth of an evaluation.  A table whose keys are not grouped so is
 * left to an index.
 */
#ifndef EDUBAL_SRC_UTIL_RUNS_H
#define EDUBAL_SRC_UTIL_RUNS_H

#include <stdbool.h>
#include <stddef.h>

struct edubal__runs {
	const char **keys;    /* open addressing, NULL = free; borrowed */
	size_t *start, *count;
	size_t mask;
};

/*
 * Find the runs of keys[0..rows).  Returns 1 when every key's rows are
 * one run (runs is then built), 0 when a key has rows apart or a key is
 * NULL (runs is left empty: use an index), -1 when out of memory.
 */
int edubal__runs_build(struct edubal__runs *runs, char *const *keys,
	size_t rows);

void edubal__runs_free(struct edubal__runs *runs);

/* The run of key: false when no row has it. */
bool edubal__runs_find(const struct edubal__runs *runs, const char *key,
	size_t *start, size_t *count);

/* The number of rows of the longest run (0 when there are none). */
size_t edubal__runs_longest(const struct edubal__runs *runs);

#endif /* EDUBAL_SRC_UTIL_RUNS_H */
