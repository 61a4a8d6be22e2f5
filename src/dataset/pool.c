/*
 * src/dataset/pool.c - the string pool of a frame.
 *
 * A national schools.csv has over 600,000 text cells (ids, names).  Each
 * in its own malloc block cost a header and rounding apiece, about as much
 * as the text itself, and the calls showed in a load.  A frame's text
 * cells are instead packed, unaligned, into chunks freed with the frame.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* 64 KiB chunks; a longer string gets a chunk of its own. */
enum { CHUNK_BYTES = 64 * 1024 };

struct edubal__pool_chunk {
	struct edubal__pool_chunk *next;
	size_t used, size;
	char bytes[];
};

char *
edubal__pool_copy(struct edubal__pool_chunk **pool, const char *text,
	size_t len)
{
	struct edubal__pool_chunk *c = *pool;
	if (!c || c->size - c->used < len + 1) {
		size_t size = len + 1 > CHUNK_BYTES ? len + 1 : CHUNK_BYTES;
		c = malloc(sizeof *c + size);
		if (!c)
			return NULL;
		c->size = size;
		c->used = 0;
		/* A full-size chunk becomes the one filled; a string of its own
		 * goes behind it, so the room left in the current one is kept. */
		if (*pool && size > CHUNK_BYTES) {
			c->next = (*pool)->next;
			(*pool)->next = c;
		} else {
			c->next = *pool;
			*pool = c;
		}
	}
	char *copy = c->bytes + c->used;
	memcpy(copy, text, len);
	copy[len] = '\0';
	c->used += len + 1;
	return copy;
}

void
edubal__pool_free(struct edubal__pool_chunk **pool)
{
	struct edubal__pool_chunk *c = *pool;
	while (c) {
		struct edubal__pool_chunk *next = c->next;
		free(c);
		c = next;
	}
	*pool = NULL;
}
