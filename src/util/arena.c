/*
 * src/util/arena.c - many small blocks freed together.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "big.h"

/* 64 KiB chunks: a national report needs a few hundred; a larger block
 * gets a chunk of its own. */
enum { CHUNK_BYTES = 64 * 1024 };

struct edubal__arena_chunk {
	struct edubal__arena_chunk *next;
	size_t used, size;
	alignas(max_align_t) unsigned char data[];
};

static size_t
round_up(size_t n)
{
	size_t a = alignof(max_align_t);
	return (n + a - 1) / a * a;
}

void *
edubal__arena_alloc(struct edubal__arena *a, size_t size)
{
	size = round_up(size ? size : 1);
	struct edubal__arena_chunk *c = a->head;
	if (!c || c->size - c->used < size) {
		size_t bytes = size > CHUNK_BYTES ? size : CHUNK_BYTES;
		c = edubal__big_alloc(sizeof *c + bytes);
		if (!c)
			return NULL;
		c->size = bytes;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = c->data + c->used;
	c->used += size;
	return p;
}

char *
edubal__arena_strdup(struct edubal__arena *a, const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = edubal__arena_alloc(a, n);
	if (p)
		memcpy(p, s, n);
	return p;
}

void
edubal__arena_free(struct edubal__arena *a)
{
	struct edubal__arena_chunk *c = a->head;
	while (c) {
		struct edubal__arena_chunk *next = c->next;
		free(c);
		c = next;
	}
	a->head = NULL;
}
