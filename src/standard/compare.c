/*
 * src/standard/compare.c - the comparators of a profile.
 *
 * "in" (EDUBAL__IN) is not a comparator of two numbers but a test of
 * membership in a condition's set (standard.h): it is read by the item
 * parser, never by edubal__profile_cmp_parse, so that a CV rule cannot
 * use it.
 */
#include <string.h>

#include "profile.h"

static const char *const cmp_words[] = { "<=", "<", ">=", ">", "==" };

#define CMP_COUNT (sizeof cmp_words / sizeof cmp_words[0])

const char *
edubal__cmp_text(enum edubal__cmp op)
{
	if (op == EDUBAL__IN)
		return "in";
	return (size_t) op < CMP_COUNT ? cmp_words[op] : "?";
}

bool
edubal__cmp_holds(enum edubal__cmp op, double left, double right)
{
	switch (op) {
	case EDUBAL__LE:
		return left <= right;
	case EDUBAL__LT:
		return left < right;
	case EDUBAL__GE:
		return left >= right;
	case EDUBAL__GT:
		return left > right;
	case EDUBAL__EQ:
		return left == right;
	case EDUBAL__IN:
		return left == right; /* membership of the one-value set {right} */
	}
	return false;
}

bool
edubal__profile_cmp_parse(const char *word, enum edubal__cmp *op)
{
	for (size_t i = 0; i < CMP_COUNT; i++) {
		if (strcmp(cmp_words[i], word) == 0) {
			*op = (enum edubal__cmp) i;
			return true;
		}
	}
	return false;
}
