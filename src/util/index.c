/*
 * src/util/index.c - rows sorted by a text key.
 */
#include "index.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

static int
compare_entries(const void *a, const void *b)
{
	const struct edubal__index_entry *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	if (c != 0)
		return c;
	return (x->row > y->row) - (x->row < y->row);
}

/* Whether the entries (made in row order) are sorted already: exports
 * usually list schools county by county, and qsort of 200,000 keys costs
 * more than the evaluation of a county's rows. */
static bool
in_order(const struct edubal__index *index)
{
	for (size_t i = 1; i < index->count; i++)
		if (strcmp(index->entries[i - 1].key, index->entries[i].key) > 0)
			return false;
	return true;
}

int
edubal__index_build(struct edubal__index *index, char *const *keys,
	size_t rows)
{
	index->count = 0;
	index->entries = malloc((rows ? rows : 1) * sizeof *index->entries);
	if (!index->entries)
		return -1;
	for (size_t r = 0; r < rows; r++) {
		if (!keys[r])
			continue;
		index->entries[index->count].key = keys[r];
		index->entries[index->count].row = r;
		index->count++;
	}
	if (!in_order(index))
		qsort(index->entries, index->count, sizeof *index->entries,
			compare_entries);
	return 0;
}

void
edubal__index_free(struct edubal__index *index)
{
	free(index->entries);
	index->entries = NULL;
	index->count = 0;
}

const struct edubal__index_entry *
edubal__index_find(const struct edubal__index *index, const char *key)
{
	size_t lo = 0, hi = index->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(index->entries[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < index->count && strcmp(index->entries[lo].key, key) == 0)
		return &index->entries[lo];
	return NULL;
}
