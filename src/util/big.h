/*
 * src/util/big.h - memory for large arrays that are written whole.
 *
 * A national evaluation writes some 20 MB of school results and
 * indicators that no earlier call touched.  Each new 4 KiB page is a page
 * fault, about 1.4 µs on the machines we measure (memory-cgroup
 * accounting): a tenth of the evaluation.  Where the system has
 * transparent huge pages on request (Linux, "madvise" mode, the default
 * of many distributions), such an array is asked for in 2 MiB pages, one
 * fault for 512.  Elsewhere, or when the system says no, it is plain
 * malloc memory; either way it is freed with free().
 */
#ifndef EDUBAL_SRC_UTIL_BIG_H
#define EDUBAL_SRC_UTIL_BIG_H

#include <stddef.h>

/* malloc(size), in huge pages where size is worth it and the system
 * allows; NULL when out of memory. */
void *edubal__big_alloc(size_t size);

#endif /* EDUBAL_SRC_UTIL_BIG_H */
