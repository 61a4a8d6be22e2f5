/*
 * src/io/html_sections.h - the HTML report's optional sections (the plan
 * and projections, edubal/html.h) and the options that carry them.
 */
#ifndef EDUBAL_SRC_IO_HTML_SECTIONS_H
#define EDUBAL_SRC_IO_HTML_SECTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include <edubal/html.h>

#include "../util/strbuf.h"

/* Sections of capacity.csv, in school order. */
#define EDUBAL__HTML_SECTIONS 4
extern const char *const edubal__html_section_names[EDUBAL__HTML_SECTIONS];

struct edubal__html_series {
	char *name;
	double *values;     /* years values; NaN: none */
};

struct edubal_html_options {
	const edubal_plan *plan;                 /* borrowed; NULL: none */
	struct edubal__html_series *series;
	size_t series_count;
	int first_year;
	size_t years;                            /* 0 until a series is added */
	double capacity[EDUBAL__HTML_SECTIONS];  /* NaN: not given */
};

/* The plan section (report_html_plan.c); nothing without a plan. */
void edubal__html_plan_section(struct edubal__strbuf *b,
	const edubal_html_options *opt, bool zh);

/* The projection section (report_html_project.c); nothing without
 * series. */
void edubal__html_project_section(struct edubal__strbuf *b,
	const edubal_html_options *opt, bool zh);

#endif /* EDUBAL_SRC_IO_HTML_SECTIONS_H */
