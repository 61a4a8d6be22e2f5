/*
 * src/io/width.h - how many terminal columns a UTF-8 string takes.
 *
 * printf's "%-20s" pads by bytes: a Chinese character is three bytes but
 * two columns, so Chinese names pushed every later column of a text
 * report out of line.  Columns are padded by display width instead: East
 * Asian Wide and Fullwidth characters (汉字, fullwidth punctuation) take
 * two columns, combining marks and format characters none, the rest one.
 */
#ifndef EDUBAL_SRC_IO_WIDTH_H
#define EDUBAL_SRC_IO_WIDTH_H

#include <stddef.h>

#include "../util/strbuf.h"

/* Columns of code point cp: 0, 1 or 2 (control characters count 0). */
int edubal__codepoint_width(unsigned long cp);

/* Columns of the UTF-8 string s; a byte that does not decode counts 1. */
size_t edubal__display_width(const char *s);

enum edubal__align { EDUBAL__ALIGN_LEFT, EDUBAL__ALIGN_RIGHT };

/* Append s padded with spaces to width columns (s is never cut: a longer
 * s pushes the rest of the line, as printf would). */
void edubal__strbuf_cell(struct edubal__strbuf *b, const char *s,
	size_t width, enum edubal__align align);

#endif /* EDUBAL_SRC_IO_WIDTH_H */
