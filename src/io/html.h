/*
 * src/io/html.h - small helpers for writing HTML and SVG text.
 */
#ifndef EDUBAL_SRC_IO_HTML_H
#define EDUBAL_SRC_IO_HTML_H

#include <stdbool.h>

#include "../util/strbuf.h"

/* Append s with & < > " ' escaped: safe in text and in quoted attributes.
 * NULL appends nothing. */
void edubal__html_escape(struct edubal__strbuf *b, const char *s);

/* Append ` name="x"` with x at 17 significant digits (reads back as the
 * same double, like the JSON report), or nothing when !has or x is not
 * finite: readers tell "absent" from the missing attribute. */
void edubal__html_number_attr(struct edubal__strbuf *b, const char *name,
	bool has, double x);

/* Append ` name="value"` with value escaped. */
void edubal__html_attr(struct edubal__strbuf *b, const char *name,
	const char *value);

#endif /* EDUBAL_SRC_IO_HTML_H */
