/*
 * edubal/status.h - status codes, error details, library version.
 *
 * Every fallible edubal call returns an edubal_status.  The status says what
 * kind of failure happened; an optional, caller-owned edubal_error says
 * exactly where and why (argument, file, row, column, value).  There is no
 * global "last error": each thread passes its own edubal_error, or NULL.
 */
#ifndef EDUBAL_STATUS_H
#define EDUBAL_STATUS_H

#include <stddef.h>

#include <edubal/export.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Result of a fallible call.  The numeric values are part of the ABI: they
 * are explicit and only ever appended to.
 */
typedef enum edubal_status {
	EDUBAL_OK = 0,        /**< success */
	EDUBAL_EINVAL = 1,    /**< invalid argument: NULL, length mismatch, NaN/Inf, negative weight */
	EDUBAL_EDOM = 2,      /**< result undefined: zero total weight, zero mean, log of zero */
	EDUBAL_ENOMEM = 3,    /**< out of memory */
	EDUBAL_EIO = 4,       /**< a file could not be opened or read */
	EDUBAL_EDATA = 5,     /**< bad input data: a cell, row or column of a data file */
	EDUBAL_ENOTFOUND = 6, /**< a named thing (column, standard, key) does not exist */
	EDUBAL_EINTERNAL = 7  /**< a bug in edubal; please report it */
} edubal_status;

/**
 * Short English description of a status.
 * @return static text, never NULL (unknown values give "unknown status").
 * @since 0.1
 */
EDUBAL_API const char *edubal_strerror(edubal_status status);

/**
 * Opaque error details: status, a one-line message and, where the error
 * concerns input data, its source file, row, column and offending value.
 * Owned by the caller; pass it as the last argument of fallible calls, or
 * pass NULL when only the status is wanted.  Not shared between threads.
 */
typedef struct edubal_error edubal_error;

/** @return a new, clear error object, or NULL when out of memory.  @since 0.1 */
EDUBAL_API edubal_error *edubal_error_new(void);

/** Free an error object; NULL is a no-op.  @since 0.1 */
EDUBAL_API void edubal_error_free(edubal_error *err);

/** Reset to EDUBAL_OK with every field empty; NULL is a no-op.  @since 0.1 */
EDUBAL_API void edubal_error_clear(edubal_error *err);

/** @return the status of the last failure recorded (EDUBAL_OK if none).  @since 0.1 */
EDUBAL_API edubal_status edubal_error_status(const edubal_error *err);

/**
 * The full message, e.g. `schools.csv: row 7, column "students": value "-3":
 * must not be negative`.
 * @return borrowed text valid until @p err is changed or freed; "" if none.
 * @since 0.1
 */
EDUBAL_API const char *edubal_error_message(const edubal_error *err);

/**
 * The reason alone, without the location prefix of the message, e.g.
 * "must not be negative"; for callers that format locations themselves.
 * @return borrowed text; "" if none.
 * @since 0.1
 */
EDUBAL_API const char *edubal_error_reason(const edubal_error *err);

/** @return the data source (usually a file name) or "" if the error has none.  @since 0.1 */
EDUBAL_API const char *edubal_error_source(const edubal_error *err);

/**
 * @return the row of the offending cell, counted as a spreadsheet shows it
 * (the header is row 1, the first data row is row 2), or 0 if none.
 * For array input it is the 1-based element index.
 * @since 0.1
 */
EDUBAL_API size_t edubal_error_row(const edubal_error *err);

/** @return the offending column or argument name, or "" if none.  @since 0.1 */
EDUBAL_API const char *edubal_error_column(const edubal_error *err);

/** @return the offending value as text, or "" if none.  @since 0.1 */
EDUBAL_API const char *edubal_error_value(const edubal_error *err);

/**
 * Free memory that edubal allocated and handed to the caller (strings
 * returned by functions documented as "free with edubal_free").  NULL is a
 * no-op.  Never use free() on such memory: the library may use another heap.
 * @since 0.1
 */
EDUBAL_API void edubal_free(void *ptr);

/** @return the version of the loaded library, e.g. "0.1.0".  @since 0.1 */
EDUBAL_API const char *edubal_version(void);

/**
 * @return the version of the loaded library as MAJOR*10000 + MINOR*100 +
 * PATCH, to compare with EDUBAL_VERSION_NUMBER from the headers.
 * @since 0.1
 */
EDUBAL_API int edubal_version_number(void);

#ifdef __cplusplus
}
#endif

#endif /* EDUBAL_STATUS_H */
