/*
 * src/evaluate/lookup.h - column lookups of an evaluation, remembered.
 *
 * A profile's quantities name columns by stem ("students") and scope
 * (bare, or a section: "students_junior").  Finding the column means
 * joining the name and searching the frame's sorted names, once per
 * school and condition: at national scale most of the item work.  The
 * answer depends only on the stem, the scope and the frame, so an
 * evaluation keeps it here, keyed by the stem's address (the profile's own
 * string, fixed while the evaluation runs).
 */
#ifndef EDUBAL_SRC_EVALUATE_LOOKUP_H
#define EDUBAL_SRC_EVALUATE_LOOKUP_H

#include <stdbool.h>
#include <stddef.h>

#include "../dataset/dataset.h"

struct edubal__lookup {
	const char *stem;                    /* key: the profile's string */
	const struct edubal__frame *frame;   /* key */
	int scope;                           /* key: section, or -1 bare */
	const struct edubal__column *column; /* NULL: no such column */
	int name_section;     /* section named by the name's suffix, or -1 */
	bool class_max;       /* the name is max_class_size_<section> */
	char name[96];        /* the full name, cut like the messages */
};

struct edubal__lookup_cache {
	struct edubal__lookup *slots;  /* open addressing; stem NULL = free */
	size_t cap, used;              /* cap a power of two */
};

/* Returns false when out of memory. */
bool edubal__lookup_cache_init(struct edubal__lookup_cache *cache);
void edubal__lookup_cache_free(struct edubal__lookup_cache *cache);

/* The lookup of stem in scope (a section, or -1) of frame: from the cache
 * when it holds it, else worked out (and kept when there is room).  cache
 * may be NULL; then *scratch is filled and returned. */
const struct edubal__lookup *edubal__lookup_find(
	struct edubal__lookup_cache *cache, const struct edubal__frame *frame,
	const char *stem, int scope, struct edubal__lookup *scratch);

#endif /* EDUBAL_SRC_EVALUATE_LOOKUP_H */
