/*
 * src/io/svg_lines.c - the line charts of the projection section
 * (svg_lines.h).  Plain SVG 1.1 like svg_chart.c: no script, nothing
 * loaded, so the chart prints and travels as part of one file.
 */
#include "svg_lines.h"

#include <math.h>

#include "html.h"

/* Canvas and plot area, in SVG user units (CSS pixels). */
#define CHART_W 720.0
#define PLOT_L 64.0
#define PLOT_R 704.0
#define PLOT_T 24.0
#define PLOT_B 236.0
#define LEGEND_ROW 18.0
#define LEGEND_COLUMNS 3
#define TICKS 4

/* Colours a black-and-white print still tells apart by their dashes
 * being absent or present; the legend names every line. */
static const char *const palette[] = {"#2f6fb0", "#c0392b", "#27ae60",
	"#8e44ad", "#d68910", "#16a085", "#7f8c8d", "#2c3e50"};
#define PALETTE (sizeof palette / sizeof palette[0])

/* The top of the value axis: TICKS round steps (1, 1.2, 1.5, 2, 2.5, 3,
 * 4, 5, 6 or 8 times a power of ten) reaching 5% above the largest
 * value, so that every tick reads as a round number. */
static double
axis_top(const struct edubal__line *lines, size_t n, size_t years)
{
	static const double nice[] = {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
	double top = 0;
	for (size_t i = 0; i < n; i++) {
		for (size_t y = 0; y < years; y++) {
			if (isfinite(lines[i].values[y]) && lines[i].values[y] > top)
				top = lines[i].values[y];
		}
	}
	if (top <= 0)
		return 1.0;
	double step = top * 1.05 / TICKS;
	double unit = pow(10, floor(log10(step)));
	size_t k = 0;
	/* step / unit is in [1, 10) but for rounding: stop at 10 */
	while (k + 1 < sizeof nice / sizeof nice[0] && nice[k] * unit < step)
		k++;
	return nice[k] * unit * TICKS;
}

static double
x_of(size_t y, size_t years)
{
	return years < 2 ? (PLOT_L + PLOT_R) / 2 :
		PLOT_L + (PLOT_R - PLOT_L) * (double) y / (double) (years - 1);
}

static double
y_of(double v, double top)
{
	double clamped = v < 0 ? 0 : v > top ? top : v;
	return PLOT_B - (PLOT_B - PLOT_T) * clamped / top;
}

static void
axes(struct edubal__strbuf *b, double top, int first_year, size_t years)
{
	edubal__strbuf_printf(b, "<line class=\"axis\" x1=\"%.1f\" y1=\"%.1f\" "
		"x2=\"%.1f\" y2=\"%.1f\"/>\n", PLOT_L, PLOT_B, PLOT_R, PLOT_B);
	for (int t = 0; t <= TICKS; t++) {
		double v = top * t / TICKS, y = y_of(v, top);
		edubal__strbuf_printf(b, "<line class=\"grid\" x1=\"%.1f\" "
			"y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			"<text class=\"tick\" x=\"%.1f\" y=\"%.1f\">%.*f</text>\n",
			PLOT_L, y, PLOT_R, y, PLOT_L - 6, y + 4, top >= 10 ? 0 : 2, v);
	}
	/* At most about twelve year labels, however long the projection. */
	size_t every = years / 12 + 1;
	for (size_t y = 0; y < years; y += every)
		edubal__strbuf_printf(b, "<text class=\"label\" x=\"%.1f\" "
			"y=\"%.1f\">%d</text>\n", x_of(y, years), PLOT_B + 16,
			first_year + (int) y);
}

/* A line as one polyline per run of years with values. */
static void
line(struct edubal__strbuf *b, const struct edubal__line *l, double top,
	size_t years)
{
	const char *colour = palette[l->colour % PALETTE];
	size_t y = 0;
	while (y < years) {
		while (y < years && !isfinite(l->values[y]))
			y++;
		if (y == years)
			break;
		edubal__strbuf_puts(b, l->dashed ? "<polyline class=\"line capacity\""
			: "<polyline class=\"line\"");
		edubal__html_attr(b, "data-series", l->key);
		edubal__strbuf_printf(b, " stroke=\"%s\" points=\"", colour);
		for (; y < years && isfinite(l->values[y]); y++)
			edubal__strbuf_printf(b, "%.1f,%.1f ", x_of(y, years),
				y_of(l->values[y], top));
		edubal__strbuf_puts(b, "\"/>\n");
	}
}

static void
legend(struct edubal__strbuf *b, const struct edubal__line *lines, size_t n)
{
	double col_w = (PLOT_R - PLOT_L) / LEGEND_COLUMNS;
	for (size_t i = 0; i < n; i++) {
		double x = PLOT_L + col_w * (double) (i % LEGEND_COLUMNS);
		double y = PLOT_B + 40 + LEGEND_ROW * (double) (i / LEGEND_COLUMNS);
		edubal__strbuf_printf(b, "<line class=\"line%s\" stroke=\"%s\" "
			"x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
			"<text x=\"%.1f\" y=\"%.1f\">", lines[i].dashed ? " capacity" : "",
			palette[lines[i].colour % PALETTE], x, y - 4, x + 24, y - 4,
			x + 30, y);
		edubal__html_escape(b, lines[i].label);
		edubal__strbuf_puts(b, "</text>\n");
	}
}

void
edubal__svg_line_chart(struct edubal__strbuf *b,
	const struct edubal__line *lines, size_t n, int first_year,
	size_t years, const char *title)
{
	double top = axis_top(lines, n, years);
	size_t rows = (n + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
	double height = PLOT_B + 32 + LEGEND_ROW * (double) rows;
	edubal__strbuf_printf(b, "<svg class=\"chart lines\" "
		"viewBox=\"0 0 %.0f %.0f\" "
		"width=\"%.0f\" height=\"%.0f\" role=\"img\"><title>", CHART_W,
		height, CHART_W, height);
	edubal__html_escape(b, title);
	edubal__strbuf_puts(b, "</title>\n");
	axes(b, top, first_year, years);
	for (size_t i = 0; i < n; i++)
		line(b, &lines[i], top, years);
	legend(b, lines, n);
	edubal__strbuf_puts(b, "</svg>\n");
}
