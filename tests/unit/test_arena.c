/*
 * tests/unit/test_arena.c - src/util/arena.h: blocks are aligned, do not
 * overlap, keep what was written into them across chunks, and a block
 * larger than a chunk works, and so does one large enough to be asked
 * for in huge pages (src/util/big.h).  Under ASan (scripts/dev sanitize) freeing
 * the arena must leave nothing behind.
 */
#include <check.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util/arena.h"
#include "util/big.h"

enum { BLOCKS = 20000 };

START_TEST(blocks_aligned_distinct_and_kept)
{
	struct edubal__arena a = EDUBAL__ARENA_INIT;
	static unsigned char *blocks[BLOCKS];
	static size_t sizes[BLOCKS];
	/* Sizes 1 to 100 bytes: 20,000 of them need about 30 chunks. */
	for (size_t i = 0; i < BLOCKS; i++) {
		sizes[i] = 1 + i % 100;
		blocks[i] = edubal__arena_alloc(&a, sizes[i]);
		ck_assert_ptr_nonnull(blocks[i]);
		ck_assert_uint_eq((uintptr_t) blocks[i] % alignof(max_align_t), 0);
		memset(blocks[i], (int) (i % 251), sizes[i]);
	}
	/* Every byte still holds what was written: no block overlaps
	 * another, whichever chunk it came from. */
	for (size_t i = 0; i < BLOCKS; i++)
		for (size_t k = 0; k < sizes[i]; k++)
			ck_assert_uint_eq(blocks[i][k], i % 251);
	edubal__arena_free(&a);
	ck_assert_ptr_null(a.head);
}
END_TEST

START_TEST(large_block_and_strings)
{
	struct edubal__arena a = EDUBAL__ARENA_INIT;
	char *before = edubal__arena_strdup(&a, "G001");
	/* 1 MiB: more than a chunk, so a chunk of its own. */
	unsigned char *big = edubal__arena_alloc(&a, 1u << 20);
	ck_assert_ptr_nonnull(big);
	memset(big, 0xab, 1u << 20);
	char *after = edubal__arena_strdup(&a, "学校 2");
	ck_assert_str_eq(before, "G001");
	ck_assert_str_eq(after, "学校 2");
	ck_assert_uint_eq(big[0], 0xab);
	ck_assert_uint_eq(big[(1u << 20) - 1], 0xab);
	ck_assert_ptr_null(edubal__arena_strdup(&a, NULL));
	/* A zero-size request still gives a distinct block. */
	void *z1 = edubal__arena_alloc(&a, 0), *z2 = edubal__arena_alloc(&a, 0);
	ck_assert_ptr_nonnull(z1);
	ck_assert_ptr_ne(z1, z2);
	edubal__arena_free(&a);
	edubal__arena_free(&a);  /* empty again: freeing twice is harmless */
}
END_TEST

/* 9 MiB and a few bytes: past big.h's threshold, and not a whole number
 * of pages, so the advice covers only the pages inside.  The memory is
 * ordinary: every byte writable, the start aligned, freed by free(). */
START_TEST(huge_page_blocks)
{
	size_t size = (9u << 20) + 13;
	unsigned char *p = edubal__big_alloc(size);
	ck_assert_ptr_nonnull(p);
	ck_assert_uint_eq((uintptr_t) p % alignof(max_align_t), 0);
	memset(p, 0x5a, size);
	ck_assert_uint_eq(p[0], 0x5a);
	ck_assert_uint_eq(p[size - 1], 0x5a);
	free(p);
	struct edubal__arena a = EDUBAL__ARENA_INIT;
	double *block = edubal__arena_alloc(&a, size);
	ck_assert_ptr_nonnull(block);
	for (size_t i = 0; i < size / sizeof *block; i++)
		block[i] = (double) i;
	ck_assert_double_eq(block[size / sizeof *block - 1],
		(double) (size / sizeof *block - 1));
	edubal__arena_free(&a);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("arena");
	TCase *tc = tcase_create("alloc");
	tcase_add_test(tc, blocks_aligned_distinct_and_kept);
	tcase_add_test(tc, large_block_and_strings);
	tcase_add_test(tc, huge_page_blocks);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
