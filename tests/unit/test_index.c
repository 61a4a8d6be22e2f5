/*
 * tests/unit/test_index.c - src/util/index.h: rows ordered by key, then
 * row, whichever way the index gets there (rows already in order, few
 * distinct keys placed by counting, or a sort); and src/util/runs.h:
 * the runs of keys whose rows follow one another.
 */
#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/index.h"
#include "util/runs.h"

enum { ROWS = 1000 };

static char names[ROWS][16];
static char *keys[ROWS];

static uint64_t state = 88172645463325252ull;

static size_t
next_random(size_t bound)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return (size_t) (state % bound);
}

/* keys[r] = "k<j>" with j in [0, distinct), shuffled or ascending; every
 * 10th row NULL when with_nulls. */
static void
make_keys(size_t distinct, bool shuffled, bool with_nulls)
{
	for (size_t r = 0; r < ROWS; r++) {
		size_t j = shuffled ? next_random(distinct) : r * distinct / ROWS;
		snprintf(names[r], sizeof names[r], "k%05zu", j);
		keys[r] = with_nulls && r % 10 == 3 ? NULL : names[r];
	}
}

/* The contract, checked by brute force: every non-NULL row exactly once,
 * ordered by key and then by row. */
static void
check_index(void)
{
	struct edubal__index ix;
	ck_assert_int_eq(edubal__index_build(&ix, keys, ROWS), 0);
	size_t expected = 0;
	for (size_t r = 0; r < ROWS; r++)
		expected += keys[r] != NULL;
	ck_assert_uint_eq(ix.count, expected);
	bool seen[ROWS] = {false};
	for (size_t i = 0; i < ix.count; i++) {
		size_t row = ix.entries[i].row;
		ck_assert_uint_lt(row, ROWS);
		ck_assert(!seen[row]);
		seen[row] = true;
		ck_assert_ptr_eq(ix.entries[i].key, keys[row]);
		if (i > 0) {
			int c = strcmp(ix.entries[i - 1].key, ix.entries[i].key);
			ck_assert(c < 0 || (c == 0 && ix.entries[i - 1].row < row));
		}
	}
	/* Lookups find the first row of a key. */
	for (size_t r = 0; r < ROWS; r += 37) {
		if (!keys[r])
			continue;
		const struct edubal__index_entry *e = edubal__index_find(&ix,
			keys[r]);
		ck_assert_ptr_nonnull(e);
		ck_assert_str_eq(e->key, keys[r]);
		ck_assert(e == ix.entries || strcmp(e[-1].key, keys[r]) < 0);
	}
	ck_assert_ptr_null(edubal__index_find(&ix, "absent"));
	edubal__index_free(&ix);
}

START_TEST(rows_in_order)
{
	make_keys(30, false, false);
	check_index();
}
END_TEST

START_TEST(few_keys_shuffled)
{
	make_keys(7, true, true);
	check_index();
}
END_TEST

START_TEST(many_keys_shuffled)
{
	make_keys(ROWS * 10, true, true);
	check_index();
}
END_TEST

START_TEST(no_rows)
{
	struct edubal__index ix;
	ck_assert_int_eq(edubal__index_build(&ix, keys, 0), 0);
	ck_assert_uint_eq(ix.count, 0);
	ck_assert_ptr_null(edubal__index_find(&ix, "k00001"));
	edubal__index_free(&ix);
}
END_TEST

/* Runs of "a a b c c c" (b's row 2 alone), with copies and with shared
 * pointers: each key's first row and count, worked by hand. */
START_TEST(runs_of_grouped_keys)
{
	char a1[] = "a", a2[] = "a", b[] = "b", c[] = "c", c2[] = "c";
	char *grouped[] = {a1, a2, b, c, c2, c};
	struct edubal__runs runs;
	ck_assert_int_eq(edubal__runs_build(&runs, grouped, 6), 1);
	size_t start = 99, count = 99;
	ck_assert(edubal__runs_find(&runs, "a", &start, &count));
	ck_assert_uint_eq(start, 0);
	ck_assert_uint_eq(count, 2);
	ck_assert(edubal__runs_find(&runs, "b", &start, &count));
	ck_assert_uint_eq(start, 2);
	ck_assert_uint_eq(count, 1);
	ck_assert(edubal__runs_find(&runs, "c", &start, &count));
	ck_assert_uint_eq(start, 3);
	ck_assert_uint_eq(count, 3);
	ck_assert(!edubal__runs_find(&runs, "d", &start, &count));
	ck_assert_uint_eq(edubal__runs_longest(&runs), 3);
	ck_assert(!edubal__runs_find(&runs, NULL, &start, &count));
	edubal__runs_free(&runs);
}
END_TEST

/* A key that comes back after another ("a b a"), or a NULL key, is not
 * grouped: the caller uses an index.  The 1,000 generated rows in order
 * are grouped: every key's run matches the index's entries. */
START_TEST(runs_refused_or_matching_the_index)
{
	char a1[] = "a", b[] = "b", a2[] = "a";
	char *apart[] = {a1, b, a2};
	char *with_null[] = {a1, NULL};
	struct edubal__runs runs;
	ck_assert_int_eq(edubal__runs_build(&runs, apart, 3), 0);
	ck_assert_ptr_null(runs.keys);
	ck_assert_int_eq(edubal__runs_build(&runs, with_null, 2), 0);
	ck_assert_int_eq(edubal__runs_build(&runs, keys, 0), 0);
	make_keys(37, false, false);
	ck_assert_int_eq(edubal__runs_build(&runs, keys, ROWS), 1);
	struct edubal__index ix;
	ck_assert_int_eq(edubal__index_build(&ix, keys, ROWS), 0);
	size_t covered = 0;
	for (size_t i = 0; i < ix.count; i++) {
		size_t start, count;
		ck_assert(edubal__runs_find(&runs, ix.entries[i].key, &start,
			&count));
		ck_assert(ix.entries[i].row >= start &&
			ix.entries[i].row < start + count);
		/* the run's first row starts the key's entries */
		if (i == 0 || strcmp(ix.entries[i - 1].key, ix.entries[i].key)) {
			ck_assert_uint_eq(ix.entries[i].row, start);
			covered += count;
		}
	}
	ck_assert_uint_eq(covered, ROWS);
	edubal__index_free(&ix);
	edubal__runs_free(&runs);
}
END_TEST

int
main(void)
{
	Suite *s = suite_create("index");
	TCase *tc = tcase_create("build");
	tcase_add_test(tc, rows_in_order);
	tcase_add_test(tc, few_keys_shuffled);
	tcase_add_test(tc, many_keys_shuffled);
	tcase_add_test(tc, no_rows);
	tcase_add_test(tc, runs_of_grouped_keys);
	tcase_add_test(tc, runs_refused_or_matching_the_index);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
