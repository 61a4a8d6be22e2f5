/*
 * src/io/svg_chart.c - the CV bar chart of the HTML report (svg_chart.h).
 *
 * Plain SVG 1.1 shapes and text, no script and no external reference, so
 * the chart prints and survives being mailed as a single file.
 */
#include "svg_chart.h"

#include <math.h>

#include "html.h"

/* Canvas and plot area, in SVG user units (CSS pixels). */
#define CHART_W 720.0
#define CHART_H 300.0
#define PLOT_L 56.0
#define PLOT_R 704.0
#define PLOT_T 24.0
#define PLOT_B 236.0
#define TICKS 4

/* Top of the value axis: room above the tallest bar or limit. */
static double
axis_top(const struct edubal__bar *bars, size_t n)
{
	double top = 0;
	for (size_t i = 0; i < n; i++) {
		if (bars[i].has_value && isfinite(bars[i].value) &&
		    bars[i].value > top)
			top = bars[i].value;
		if (bars[i].has_limit && isfinite(bars[i].limit) &&
		    bars[i].limit > top)
			top = bars[i].limit;
	}
	return top > 0 ? top * 1.15 : 1.0;
}

static double
y_of(double v, double top)
{
	double clamped = v < 0 ? 0 : v > top ? top : v;
	return PLOT_B - (PLOT_B - PLOT_T) * clamped / top;
}

static void
axis(struct edubal__strbuf *b, double top)
{
	edubal__strbuf_printf(b, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" "
		"x2=\"%.1f\" y2=\"%.1f\"/>\n", PLOT_L, PLOT_B, PLOT_R, PLOT_B);
	for (int t = 0; t <= TICKS; t++) {
		double v = top * t / TICKS, y = y_of(v, top);
		edubal__strbuf_printf(b, "<line class=\"grid\" x1=\"%.1f\" "
			"y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			"<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%.2f</text>\n",
			PLOT_L, y, PLOT_R, y, PLOT_L - 6, y + 4, v);
	}
}

static void
bar(struct edubal__strbuf *b, const struct edubal__bar *bar, double x,
	double slot, double top)
{
	double mid = x + slot / 2, w = slot * 0.6;
	if (bar->has_value && isfinite(bar->value)) {
		double y = y_of(bar->value, top);
		edubal__strbuf_printf(b, "<rect class=\"bar\"");
		edubal__html_attr(b, "data-key", bar->key);
		edubal__html_number_attr(b, "data-value", true, bar->value);
		edubal__strbuf_printf(b, " x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
			"height=\"%.1f\" fill=\"%s\"/>\n", mid - w / 2, y, w,
			PLOT_B - y, bar->over ? EDUBAL__BAR_FAIL : EDUBAL__BAR_PASS);
		edubal__strbuf_printf(b, "<text class=\"value\" x=\"%.1f\" "
			"y=\"%.1f\">%.3f</text>\n", mid, y - 4, bar->value);
	} else {
		edubal__strbuf_printf(b, "<text class=\"value\" x=\"%.1f\" "
			"y=\"%.1f\">–</text>\n", mid, PLOT_B - 4);
	}
	if (bar->has_limit && isfinite(bar->limit)) {
		double y = y_of(bar->limit, top);
		edubal__strbuf_printf(b, "<line class=\"limit\"");
		edubal__html_number_attr(b, "data-limit", true, bar->limit);
		edubal__strbuf_printf(b, " x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" "
			"y2=\"%.1f\"/>\n", x, y, x + slot, y);
	}
	edubal__strbuf_printf(b, "<text class=\"label\" x=\"%.1f\" y=\"%.1f\">",
		mid, PLOT_B + 18);
	edubal__html_escape(b, bar->label);
	edubal__strbuf_puts(b, "</text>\n");
}

void
edubal__svg_bar_chart(struct edubal__strbuf *b,
	const struct edubal__bar *bars, size_t n, const char *title)
{
	double top = axis_top(bars, n);
	double slot = n ? (PLOT_R - PLOT_L) / (double) n : 0;
	edubal__strbuf_printf(b, "<svg class=\"chart\" viewBox=\"0 0 %.0f %.0f\" "
		"width=\"%.0f\" height=\"%.0f\" role=\"img\"><title>", CHART_W,
		CHART_H, CHART_W, CHART_H);
	edubal__html_escape(b, title);
	edubal__strbuf_puts(b, "</title>\n");
	axis(b, top);
	for (size_t i = 0; i < n; i++)
		bar(b, &bars[i], PLOT_L + slot * (double) i, slot, top);
	edubal__strbuf_puts(b, "</svg>\n");
}
