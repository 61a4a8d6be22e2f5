/*
 * src/io/html.c - HTML escaping and attributes (see html.h).
 */
#include "html.h"

#include <math.h>
#include <string.h>

void
edubal__html_escape(struct edubal__strbuf *b, const char *s)
{
	if (!s)
		return;
	const char *run = s;
	for (; *s; s++) {
		const char *entity = *s == '&' ? "&amp;" : *s == '<' ? "&lt;" :
		                     *s == '>' ? "&gt;" : *s == '"' ? "&quot;" :
		                     *s == '\'' ? "&#39;" : NULL;
		if (!entity)
			continue;
		edubal__strbuf_append(b, run, (size_t) (s - run));
		edubal__strbuf_puts(b, entity);
		run = s + 1;
	}
	edubal__strbuf_append(b, run, (size_t) (s - run));
}

void
edubal__html_number_attr(struct edubal__strbuf *b, const char *name,
	bool has, double x)
{
	if (has && isfinite(x))
		edubal__strbuf_printf(b, " %s=\"%.17g\"", name, x);
}

void
edubal__html_attr(struct edubal__strbuf *b, const char *name,
	const char *value)
{
	edubal__strbuf_printf(b, " %s=\"", name);
	edubal__html_escape(b, value);
	edubal__strbuf_puts(b, "\"");
}
