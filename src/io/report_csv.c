/*
 * src/io/report_csv.c - the report as one CSV row per county and rule, for
 * spreadsheets: county_id, verdict, part, level, key, mean, sd, value,
 * threshold, pass.  Resource rows carry the level's CV as value and its
 * limit as threshold; item rows carry the item's value and threshold.
 */
#include <math.h>
#include <string.h>

#include "../evaluate/report.h"
#include "../util/strbuf.h"
#include "render.h"

static void
put_number(struct edubal__strbuf *b, bool has, double x)
{
	if (has && isfinite(x))
		edubal__strbuf_printf(b, ",%.17g", x);
	else
		edubal__strbuf_puts(b, ",");
}

static void
put_truth(struct edubal__strbuf *b, enum edubal__truth t)
{
	edubal__strbuf_puts(b, t == EDUBAL__TRUE ? ",true\n" :
	                       t == EDUBAL__FALSE ? ",false\n" : ",\n");
}

/* RFC 4180: quote a field that holds a comma, quote or line break. */
static void
put_field(struct edubal__strbuf *b, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		edubal__strbuf_puts(b, s);
		return;
	}
	edubal__strbuf_puts(b, "\"");
	for (const char *p = s; *p; p++)
		edubal__strbuf_puts(b, *p == '"' ? "\"\"" : (char[]){*p, '\0'});
	edubal__strbuf_puts(b, "\"");
}

static const char *
verdict_name(enum edubal_verdict v)
{
	return v == EDUBAL_VERDICT_PASS ? "pass" :
	       v == EDUBAL_VERDICT_FAIL ? "fail" : "incomplete";
}

static void
row_start(struct edubal__strbuf *b, const struct edubal__county_result *c,
	const char *part, const char *level, const char *key)
{
	put_field(b, c->county_id);
	edubal__strbuf_printf(b, ",%s,%s,%s,", verdict_name(c->verdict), part,
		level);
	put_field(b, key);
}

static void
levels_csv(struct edubal__strbuf *b, const edubal_standard *std,
	const struct edubal__county_result *c)
{
	for (size_t l = 0; l < c->level_count; l++) {
		const struct edubal__level_result *lv = &c->levels[l];
		const char *level = edubal__section_name(lv->section);
		for (size_t i = 0; i < std->indicator_count; i++) {
			const struct edubal__indicator_result *r = &lv->indicators[i];
			row_start(b, c, "resource_cv", level, std->indicators[i].key);
			put_number(b, r->computed, r->mean);
			put_number(b, r->computed, r->sd);
			put_number(b, r->computed, r->cv);
			put_number(b, r->has_limit, r->limit);
			put_truth(b, r->pass);
		}
		row_start(b, c, "resource", level, "all_schools_and_cvs");
		edubal__strbuf_puts(b, ",,");
		put_number(b, true, (double) lv->schools_failing);
		edubal__strbuf_puts(b, ",");
		put_truth(b, lv->pass);
	}
}

static void
items_csv(struct edubal__strbuf *b, const edubal_standard *std,
	const struct edubal__county_result *c)
{
	for (size_t i = 0; i < std->item_count; i++) {
		const struct edubal__item_result *r = &c->items[i];
		row_start(b, c, std->items[i].part, "", std->items[i].key);
		edubal__strbuf_puts(b, ",,");
		if (r->value_kind == EDUBAL__ITEM_BOOL)
			edubal__strbuf_puts(b, r->value != 0 ? ",true" : ",false");
		else
			put_number(b, r->value_kind == EDUBAL__ITEM_NUMBER, r->value);
		put_number(b, r->has_threshold, r->threshold);
		put_truth(b, r->pass);
	}
}

char *
edubal__render_csv(const edubal_report *report, const char *lang)
{
	(void) lang; /* the CSV holds keys and numbers only */
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__strbuf_puts(&b, "county_id,verdict,part,level,key,mean,sd,value,"
		"threshold,pass\n");
	for (size_t i = 0; i < report->county_count; i++) {
		levels_csv(&b, report->standard, &report->counties[i]);
		items_csv(&b, report->standard, &report->counties[i]);
	}
	return edubal__strbuf_finish(&b);
}
