/*
 * src/error.c - the caller-owned error object.
 *
 * Fixed-size buffers keep the object free of further allocation, so filling
 * it can never fail; over-long names are truncated, which only shortens a
 * message.
 */
#include "error.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct edubal_error {
	edubal_status status;
	size_t row;
	char source[256];
	char column[128];
	char value[128];
	bool has_value;     /* an empty value "" is still a value */
	char reason[768];
	char message[1024]; /* location prefix + reason */
};

edubal_error *
edubal_error_new(void)
{
	return calloc(1, sizeof(edubal_error));
}

void
edubal_error_free(edubal_error *err)
{
	free(err);
}

void
edubal_error_clear(edubal_error *err)
{
	if (err)
		memset(err, 0, sizeof *err);
}

edubal_status
edubal_error_status(const edubal_error *err)
{
	return err ? err->status : EDUBAL_OK;
}

const char *
edubal_error_message(const edubal_error *err)
{
	return err ? err->message : "";
}

const char *
edubal_error_reason(const edubal_error *err)
{
	return err ? err->reason : "";
}

const char *
edubal_error_source(const edubal_error *err)
{
	return err ? err->source : "";
}

size_t
edubal_error_row(const edubal_error *err)
{
	return err ? err->row : 0;
}

const char *
edubal_error_column(const edubal_error *err)
{
	return err ? err->column : "";
}

const char *
edubal_error_value(const edubal_error *err)
{
	return err ? err->value : "";
}

static void
copy_text(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%s", src ? src : "");
}

/* The format attribute lets clang check the callers' formats. */
static void append_reason(edubal_error *err, size_t used, const char *fmt,
	va_list ap) __attribute__((format(printf, 3, 0)));

/* Format the reason, then append it to the prefix message[0..used). */
static void
append_reason(edubal_error *err, size_t used, const char *fmt, va_list ap)
{
	vsnprintf(err->reason, sizeof err->reason, fmt, ap);
	if (used < sizeof err->message)
		snprintf(err->message + used, sizeof err->message - used, "%s",
		         err->reason);
}

edubal_status
edubal__fail(edubal_error *err, edubal_status status, const char *fmt, ...)
{
	if (!err)
		return status;
	edubal_error_clear(err);
	err->status = status;
	va_list ap;
	va_start(ap, fmt);
	append_reason(err, 0, fmt, ap);
	va_end(ap);
	return status;
}

/* Append to message at offset used; returns the new offset, saturated. */
EDUBAL__PRINTF(3, 4) static size_t
put(edubal_error *err, size_t used, const char *fmt, ...)
{
	size_t size = sizeof err->message;
	if (used >= size)
		return size;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(err->message + used, size - used, fmt, ap);
	va_end(ap);
	return n < 0 ? size : used + (size_t) n;
}

/* `SOURCE: row R, column "C": value "V": ` with absent parts left out. */
static size_t
format_location(edubal_error *err)
{
	size_t n = 0;
	if (err->source[0])
		n = put(err, n, "%s: ", err->source);
	if (err->row)
		n = put(err, n, "row %zu", err->row);
	if (err->column[0])
		n = put(err, n, "%scolumn \"%s\"", err->row ? ", " : "", err->column);
	if (err->row || err->column[0])
		n = put(err, n, ": ");
	if (err->has_value)
		n = put(err, n, "value \"%s\": ", err->value);
	return n;
}

edubal_status
edubal__fail_cell(edubal_error *err, edubal_status status, const char *source,
	size_t row, const char *column, const char *value, const char *fmt, ...)
{
	if (!err)
		return status;
	edubal_error_clear(err);
	err->status = status;
	err->row = row;
	copy_text(err->source, sizeof err->source, source);
	copy_text(err->column, sizeof err->column, column);
	copy_text(err->value, sizeof err->value, value);
	err->has_value = value != NULL;
	size_t used = format_location(err);
	va_list ap;
	va_start(ap, fmt);
	append_reason(err, used, fmt, ap);
	va_end(ap);
	return status;
}

edubal_status
edubal__fail_element(edubal_error *err, edubal_status status, const char *arg,
	size_t index, double value, const char *fmt, ...)
{
	if (!err)
		return status;
	edubal_error_clear(err);
	err->status = status;
	err->row = index + 1;
	copy_text(err->column, sizeof err->column, arg);
	snprintf(err->value, sizeof err->value, "%.17g", value);
	int n = snprintf(err->message, sizeof err->message, "%s[%zu] = %s: ",
	                 err->column, index, err->value);
	va_list ap;
	va_start(ap, fmt);
	append_reason(err, n < 0 ? 0 : (size_t) n, fmt, ap);
	va_end(ap);
	return status;
}
