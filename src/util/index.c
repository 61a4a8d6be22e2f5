/*
 * src/util/index.c - rows sorted by a text key.
 */
#include "index.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "key.h"

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
	for (size_t i = 1; i < index->count; i++) {
		const char *a = index->entries[i - 1].key, *b = index->entries[i].key;
		if (!edubal__same_key(a, b) && strcmp(a, b) > 0)
			return false;
	}
	return true;
}

struct group {
	const char *key;
	size_t count, next;   /* rows of the key; where its next row goes */
};

static int
compare_groups(const void *a, const void *b)
{
	return strcmp(((const struct group *) a)->key,
		((const struct group *) b)->key);
}

/* Entries out of order but with few distinct keys (schools by county):
 * sort the distinct keys and place the rows by counting, which keeps rows
 * of one key in row order, as compare_entries would.  qsort of 200,000
 * shuffled rows by county id cost more than evaluating them.  Returns 1
 * when done, 0 when the keys are too many to gain (the caller sorts),
 * -1 when out of memory. */
static int
group_by_key(struct edubal__index *index)
{
	size_t n = index->count, cap = 64;
	while (cap < n / 4)
		cap *= 2;
	size_t *slot = malloc(cap * sizeof *slot);      /* group + 1, 0 free */
	size_t *group_of = malloc((n ? n : 1) * sizeof *group_of);
	struct group *groups = malloc((cap / 2 + 1) * sizeof *groups);
	struct edubal__index_entry *out = malloc((n ? n : 1) * sizeof *out);
	size_t *rank = malloc((cap / 2 + 1) * sizeof *rank);
	int result = slot && group_of && groups && out && rank ? 1 : -1;
	size_t k = 0;
	if (result == 1)
		memset(slot, 0, cap * sizeof *slot);
	for (size_t i = 0; result == 1 && i < n; i++) {
		const char *key = index->entries[i].key;
		size_t h = edubal__key_hash(key) & (cap - 1);
		while (slot[h] && strcmp(groups[slot[h] - 1].key, key) != 0)
			h = (h + 1) & (cap - 1);
		if (!slot[h]) {
			if (k == cap / 2) {   /* many distinct keys: sort instead */
				result = 0;
				break;
			}
			groups[k] = (struct group){key, 0, 0};
			slot[h] = ++k;
		}
		group_of[i] = slot[h] - 1;
		groups[slot[h] - 1].count++;
	}
	if (result == 1) {
		/* Sort the groups by key; rank[g] is where group g now sits. */
		for (size_t g = 0; g < k; g++)
			groups[g].next = g;   /* remember the old index */
		qsort(groups, k, sizeof *groups, compare_groups);
		size_t start = 0;
		for (size_t g = 0; g < k; g++) {
			rank[groups[g].next] = g;
			groups[g].next = start;
			start += groups[g].count;
		}
		for (size_t i = 0; i < n; i++)
			out[groups[rank[group_of[i]]].next++] = index->entries[i];
		memcpy(index->entries, out, n * sizeof *out);
	}
	free(slot);
	free(group_of);
	free(groups);
	free(out);
	free(rank);
	return result;
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
	if (in_order(index))
		return 0;
	int grouped = group_by_key(index);
	if (grouped < 0)
		return -1;
	if (!grouped)
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
