/*
 * src/util/runs.c - rows grouped by a text key in runs (see runs.h).
 */
#include "runs.h"

#include <stdlib.h>
#include <string.h>

#include "key.h"

/* The number of runs, or 0 when a key is NULL. */
static size_t
count_runs(char *const *keys, size_t rows)
{
	size_t n = 0;
	for (size_t r = 0; r < rows; r++) {
		if (!keys[r])
			return 0;
		n += r == 0 || !edubal__same_key(keys[r], keys[r - 1]);
	}
	return n;
}

static size_t
slot_of(const struct edubal__runs *runs, const char *key)
{
	size_t i = edubal__key_hash(key) & runs->mask;
	while (runs->keys[i] && strcmp(runs->keys[i], key) != 0)
		i = (i + 1) & runs->mask;
	return i;
}

/* Add the run [start, start + count) of key; false when the key has a
 * run already. */
static bool
add_run(struct edubal__runs *runs, const char *key, size_t start,
	size_t count)
{
	size_t i = slot_of(runs, key);
	if (runs->keys[i])
		return false;
	runs->keys[i] = key;
	runs->start[i] = start;
	runs->count[i] = count;
	return true;
}

int
edubal__runs_build(struct edubal__runs *runs, char *const *keys, size_t rows)
{
	memset(runs, 0, sizeof *runs);
	size_t n = count_runs(keys, rows);
	if (n == 0)
		return 0;
	size_t cap = 16;
	while (cap < 2 * n)
		cap *= 2;
	runs->keys = calloc(cap, sizeof *runs->keys);
	runs->start = malloc(cap * sizeof *runs->start);
	runs->count = malloc(cap * sizeof *runs->count);
	runs->mask = cap - 1;
	if (!runs->keys || !runs->start || !runs->count) {
		edubal__runs_free(runs);
		return -1;
	}
	size_t first = 0;
	for (size_t r = 1; r <= rows; r++) {
		if (r < rows && edubal__same_key(keys[r], keys[first]))
			continue;
		if (!add_run(runs, keys[first], first, r - first)) {
			edubal__runs_free(runs);
			return 0;   /* the key came back after other keys */
		}
		first = r;
	}
	return 1;
}

void
edubal__runs_free(struct edubal__runs *runs)
{
	free(runs->keys);
	free(runs->start);
	free(runs->count);
	memset(runs, 0, sizeof *runs);
}

bool
edubal__runs_find(const struct edubal__runs *runs, const char *key,
	size_t *start, size_t *count)
{
	if (!runs->keys || !key)
		return false;
	size_t i = slot_of(runs, key);
	if (!runs->keys[i])
		return false;
	*start = runs->start[i];
	*count = runs->count[i];
	return true;
}

size_t
edubal__runs_longest(const struct edubal__runs *runs)
{
	size_t most = 0;
	for (size_t i = 0; runs->keys && i <= runs->mask; i++)
		if (runs->keys[i] && runs->count[i] > most)
			most = runs->count[i];
	return most;
}
