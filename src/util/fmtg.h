/*
 * src/util/fmtg.h - printf's "%.<p>g" of a double, without printf.
 *
 * Reports write a message for every failing school, and glibc's printf of
 * a double (multi-precision digit generation) was most of an evaluation.
 * This formatter gives the same bytes as snprintf("%.*g") in the C locale:
 * it takes a fast path when the rounded digits are certain and asks
 * snprintf otherwise (ties, zero, huge or tiny values, NaN, infinities).
 */
#ifndef EDUBAL_SRC_UTIL_FMTG_H
#define EDUBAL_SRC_UTIL_FMTG_H

#include <stddef.h>

/* Longest text edubal__fmtg writes, with its terminator. */
#define EDUBAL__FMTG_SIZE 32

/* Write snprintf(buf, EDUBAL__FMTG_SIZE, "%.*g", precision, x) into buf;
 * precision is 1 to 9 (others go to snprintf).  Returns the length. */
size_t edubal__fmtg(char buf[EDUBAL__FMTG_SIZE], double x, int precision);

/* Write the decimal text of n into buf (at least 24 bytes); returns the
 * length.  Same bytes as "%d" / "%zu". */
size_t edubal__fmt_long(char *buf, long long n);

#endif /* EDUBAL_SRC_UTIL_FMTG_H */
