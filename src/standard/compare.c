/*
 * src/standard/compare.c - the comparators of a profile.
 */
#include <string.h>

#include "profile.h"

static const char *const cmp_words[] = { "<=", "<", ">=", ">", "==" };

#define CMP_COUNT (sizeof cmp_words / sizeof cmp_words[0])

const char *
edubal__cmp_text(enum edubal__cmp op)
{
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
