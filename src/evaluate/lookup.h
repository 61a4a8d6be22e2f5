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
#include <stdint.h>

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

/* The columns of a standard's county-scope items, found once per
 * evaluation (items.c). */
struct edubal__county_items;

struct edubal__lookup_cache {
	struct edubal__lookup *slots;  /* open addressing; stem NULL = free */
	size_t cap, used;              /* cap a power of two */
	/* Made by items.c for the first county, freed with the cache: one
	 * allocation.  NULL until then. */
	struct edubal__county_items *county_items;
};

/* Returns false when out of memory. */
bool edubal__lookup_cache_init(struct edubal__lookup_cache *cache);
void edubal__lookup_cache_free(struct edubal__lookup_cache *cache);

/* The lookup of stem in scope (a section, or -1) of frame, worked out
 * (and kept when there is room): what edubal__lookup_find does when the
 * cache does not hold it yet. */
const struct edubal__lookup *edubal__lookup_miss(
	struct edubal__lookup_cache *cache, const struct edubal__frame *frame,
	const char *stem, int scope, struct edubal__lookup *scratch);

/* Slot of a key in a table of cap slots.  Fibonacci hashing, top bits:
 * the keys are heap addresses, alike in their low bits. */
static inline size_t
edubal__lookup_slot(size_t cap, const struct edubal__frame *frame,
	const char *stem, int scope)
{
	uint64_t h = ((uint64_t) (uintptr_t) stem ^
		(uint64_t) (uintptr_t) frame * 0xff51afd7ed558ccdu ^
		(uint64_t) (scope + 1) * 0xc4ceb9fe1a85ec53u) *
		0x9e3779b97f4a7c15u;
	return (size_t) (h >> 32) & (cap - 1);
}

/* The lookup of stem in scope (a section, or -1) of frame: from the cache
 * when it holds it, else worked out (and kept when there is room).  cache
 * may be NULL; then *scratch is filled and returned.  Inline: it runs for
 * every school, item and column, and the call was a third of its cost. */
static inline const struct edubal__lookup *
edubal__lookup_find(struct edubal__lookup_cache *cache,
	const struct edubal__frame *frame, const char *stem, int scope,
	struct edubal__lookup *scratch)
{
	if (cache && cache->slots) {
		size_t i = edubal__lookup_slot(cache->cap, frame, stem, scope);
		for (;;) {
			struct edubal__lookup *l = &cache->slots[i];
			if (!l->stem)
				break;
			if (l->stem == stem && l->frame == frame &&
			    l->scope == scope)
				return l;
			i = (i + 1) & (cache->cap - 1);
		}
	}
	return edubal__lookup_miss(cache, frame, stem, scope, scratch);
}

#endif /* EDUBAL_SRC_EVALUATE_LOOKUP_H */
