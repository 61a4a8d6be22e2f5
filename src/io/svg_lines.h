/*
 * src/io/svg_lines.h - an inline SVG line chart of yearly series, for the
 * projection section of the HTML report: projected school-age groups, or
 * enrollment with each section's capacity as a dashed line.
 */
#ifndef EDUBAL_SRC_IO_SVG_LINES_H
#define EDUBAL_SRC_IO_SVG_LINES_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/strbuf.h"

struct edubal__line {
	const char *key;       /* data-series of the line */
	const char *label;     /* legend text */
	const double *values;  /* one per year; NaN leaves a gap */
	bool dashed;           /* a capacity, not a projection */
	size_t colour;         /* index into the palette (wraps) */
};

/* Append <svg>…</svg>: lines[0..n) over years first_year .. + years - 1,
 * a value axis from 0, a legend and an accessible title. */
void edubal__svg_line_chart(struct edubal__strbuf *b,
	const struct edubal__line *lines, size_t n, int first_year,
	size_t years, const char *title);

#endif /* EDUBAL_SRC_IO_SVG_LINES_H */
