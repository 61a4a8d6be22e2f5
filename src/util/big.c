/*
 * src/util/big.c - memory for large arrays that are written whole
 * (big.h).
 */
#define _DEFAULT_SOURCE   /* madvise and MADV_HUGEPAGE under -std=c11 */

#include "big.h"

#include <stdint.h>
#include <stdlib.h>

#if defined(__linux__)
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Smaller arrays gain little: a huge page must be aligned to 2 MiB, and
 * the parts before the first and after the last boundary stay small. */
enum { BIG_ENOUGH = 4 << 20 };

void *
edubal__big_alloc(size_t size)
{
	void *p = malloc(size);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	if (p && size >= BIG_ENOUGH) {
		/* madvise wants a page-aligned start: advise the whole pages
		 * inside the block.  Advice only; a refusal changes nothing. */
		long page_size = sysconf(_SC_PAGESIZE);   /* -1: unknown */
		uintptr_t page = page_size > 0 ? (uintptr_t) page_size : 0;
		uintptr_t start = ((uintptr_t) p + page - 1) & ~(page - 1);
		uintptr_t end = ((uintptr_t) p + size) & ~(page - 1);
		if (page > 0 && end > start)
			(void) madvise((void *) start, end - start, MADV_HUGEPAGE);
	}
#endif
	return p;
}
