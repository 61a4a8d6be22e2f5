/*
 * src/error.h - private helpers to fill an edubal_error.
 *
 * Every helper returns the status it records, so a failing path reads
 * `return edubal__fail(err, EDUBAL_EINVAL, "...")`.  A NULL err is allowed
 * everywhere: the status is still returned.
 */
#ifndef EDUBAL_SRC_ERROR_H
#define EDUBAL_SRC_ERROR_H

#include <stddef.h>

#include <edubal/status.h>

#if defined(__GNUC__)
#  define EDUBAL__PRINTF(fmt_index, first_arg) \
	__attribute__((format(printf, fmt_index, first_arg)))
#else
#  define EDUBAL__PRINTF(fmt_index, first_arg)
#endif

/* Record a failure with a message and no location. */
edubal_status edubal__fail(edubal_error *err, edubal_status status,
	const char *fmt, ...) EDUBAL__PRINTF(3, 4);

/*
 * Record a failure about one cell of a data source:
 * `SOURCE: row ROW, column "COLUMN": value "VALUE": REASON`.
 * source, column and value may be NULL; row 0 means "no row".
 */
edubal_status edubal__fail_cell(edubal_error *err, edubal_status status,
	const char *source, size_t row, const char *column, const char *value,
	const char *fmt, ...) EDUBAL__PRINTF(7, 8);

/*
 * Record a failure about element index (0-based) of an array argument:
 * `ARG[INDEX] = VALUE: REASON`.  The error's row is index + 1.
 */
edubal_status edubal__fail_element(edubal_error *err, edubal_status status,
	const char *arg, size_t index, double value, const char *fmt, ...)
	EDUBAL__PRINTF(6, 7);

#endif /* EDUBAL_SRC_ERROR_H */
