/*
 * src/util/index.h - rows of a table sorted by a text key, for grouping
 * (schools by county) and lookups (a class's school) in O(n log n) at
 * national scale instead of O(n²) scans.
 */
#ifndef EDUBAL_SRC_UTIL_INDEX_H
#define EDUBAL_SRC_UTIL_INDEX_H

#include <stddef.h>

struct edubal__index_entry {
	const char *key;  /* borrowed from the table */
	size_t row;
};

struct edubal__index {
	struct edubal__index_entry *entries; /* sorted by key, then row */
	size_t count;
};

/* Index rows 0..rows-1 by keys[row]; NULL keys are left out.
 * Returns 0, or -1 when out of memory. */
int edubal__index_build(struct edubal__index *index, char *const *keys,
	size_t rows);

void edubal__index_free(struct edubal__index *index);

/* First entry with key, or NULL.  Entries with equal keys follow it. */
const struct edubal__index_entry *edubal__index_find(
	const struct edubal__index *index, const char *key);

#endif /* EDUBAL_SRC_UTIL_INDEX_H */
