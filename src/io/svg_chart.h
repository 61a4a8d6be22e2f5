/*
 * src/io/svg_chart.h - an inline SVG bar chart of values against limits,
 * for the HTML report: one bar per indicator's CV and the limit it is
 * judged against drawn as a dashed line across the bar's slot.
 */
#ifndef EDUBAL_SRC_IO_SVG_CHART_H
#define EDUBAL_SRC_IO_SVG_CHART_H

#include <stdbool.h>
#include <stddef.h>

#include "../util/strbuf.h"

struct edubal__bar {
	const char *key;    /* data-key of the bar */
	const char *label;  /* text under the bar */
	bool has_value;     /* false: no bar, "–" in its place */
	double value;
	bool has_limit;
	double limit;
	bool over;          /* drawn in the failing colour */
};

/* Bar colours; tests look for them in a rendering of the page. */
#define EDUBAL__BAR_PASS "#2f6fb0"
#define EDUBAL__BAR_FAIL "#c0392b"

/* Append <svg>…</svg> with bars[0..n) and an accessible title. */
void edubal__svg_bar_chart(struct edubal__strbuf *b,
	const struct edubal__bar *bars, size_t n, const char *title);

#endif /* EDUBAL_SRC_IO_SVG_CHART_H */
