/*
 * src/evaluate/lookup.c - column lookups of an evaluation, remembered.
 */
#include "lookup.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../util/strbuf.h"

/* A profile names a few dozen columns; four tables at most.  When the
 * table is half full, further lookups are worked out each time. */
enum { CACHE_SLOTS = 1024 };

bool
edubal__lookup_cache_init(struct edubal__lookup_cache *cache)
{
	cache->slots = calloc(CACHE_SLOTS, sizeof *cache->slots);
	cache->cap = cache->slots ? CACHE_SLOTS : 0;
	cache->used = 0;
	cache->county_items = NULL;
	return cache->slots != NULL;
}

void
edubal__lookup_cache_free(struct edubal__lookup_cache *cache)
{
	free(cache->slots);
	free(cache->county_items);
	cache->slots = NULL;
	cache->county_items = NULL;
	cache->cap = cache->used = 0;
}

static void
work_out(const struct edubal__frame *frame, const char *stem, int scope,
	struct edubal__lookup *l)
{
	static const char prefix[] = "max_class_size_";
	l->stem = stem;
	l->frame = frame;
	l->scope = scope;
	if (scope >= 0)
		edubal__concat(l->name, sizeof l->name, stem, "_",
			edubal__section_name((enum edubal__section) scope));
	else
		edubal__concat(l->name, sizeof l->name, stem, "", "");
	/* A bare stem is looked up whole; name (for messages) is cut. */
	const char *full = scope >= 0 ? l->name : stem;
	l->column = edubal__frame_column(frame, full);
	l->name_section = edubal__column_section(full);
	l->class_max = strncmp(full, prefix, sizeof prefix - 1) == 0;
}

const struct edubal__lookup *
edubal__lookup_miss(struct edubal__lookup_cache *cache,
	const struct edubal__frame *frame, const char *stem, int scope,
	struct edubal__lookup *scratch)
{
	work_out(frame, stem, scope, scratch);
	if (!cache || !cache->slots || 2 * (cache->used + 1) > cache->cap)
		return scratch;
	size_t i = edubal__lookup_slot(cache->cap, frame, stem, scope);
	while (cache->slots[i].stem)
		i = (i + 1) & (cache->cap - 1);
	cache->slots[i] = *scratch;
	cache->used++;
	return &cache->slots[i];
}
