/*
 * src/io/report_json.c - the JSON report of SCHEMA.md, written with
 * jansson one county or school at a time.
 *
 * Every path here is a public contract (SCHEMA.md "JSON report"): add
 * fields only with a CHANGELOG entry, never rename.  Numbers are written
 * with 17 significant digits so that they read back as the same doubles.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include <edubal/version.h>

#include "../evaluate/reasons.h"
#include "../evaluate/report.h"
#include "../util/strbuf.h"
#include "render.h"

static json_t *
truth_json(enum edubal__truth t)
{
	return t == EDUBAL__UNKNOWN ? json_null() : json_boolean(t == EDUBAL__TRUE);
}

static json_t *
number_or_null(bool has, double x)
{
	return has && isfinite(x) ? json_real(x) : json_null();
}

static const char *
verdict_name(enum edubal_verdict v)
{
	return v == EDUBAL_VERDICT_PASS ? "pass" :
	       v == EDUBAL_VERDICT_FAIL ? "fail" : "incomplete";
}

static json_t *
indicator_json(const struct edubal__indicator *ind,
	const struct edubal__indicator_result *r)
{
	return json_pack("{s:s, s:o, s:o, s:o, s:o, s:o}",
		"key", ind->key,
		"mean", number_or_null(r->computed, r->mean),
		"sd", number_or_null(r->computed, r->sd),
		"cv", number_or_null(r->computed, r->cv),
		"limit", number_or_null(r->has_limit, r->limit),
		"pass", truth_json(r->pass));
}

static json_t *
level_json(const edubal_standard *std, const struct edubal__level_result *l)
{
	json_t *indicators = json_array();
	for (size_t i = 0; indicators && i < std->indicator_count; i++)
		json_array_append_new(indicators,
			indicator_json(&std->indicators[i], &l->indicators[i]));
	return json_pack("{s:o, s:I, s:f, s:I, s:o, s:o}",
		"pass", truth_json(l->pass),
		"schools", (json_int_t) l->schools,
		"students", l->students,
		"schools_failing", (json_int_t) l->schools_failing,
		"composite_cv", number_or_null(l->has_composite, l->composite_cv),
		"indicators", indicators);
}

static json_t *
item_value(const struct edubal__item_result *r)
{
	switch (r->value_kind) {
	case EDUBAL__ITEM_BOOL:
		return json_boolean(r->value != 0);
	case EDUBAL__ITEM_NUMBER:
		return json_real(r->value);
	case EDUBAL__ITEM_NULL:
		break;
	}
	return json_null();
}

static json_t *
items_json(const edubal_standard *std, const struct edubal__county_result *c)
{
	json_t *items = json_array();
	for (size_t i = 0; items && i < std->item_count; i++) {
		const struct edubal__item_result *r = &c->items[i];
		json_array_append_new(items, json_pack("{s:s, s:s, s:o, s:o, s:o, s:s}",
			"part", std->items[i].part, "key", std->items[i].key,
			"value", item_value(r),
			"threshold", number_or_null(r->has_threshold, r->threshold),
			"pass", truth_json(r->pass),
			"reason", r->reason ? r->reason : ""));
	}
	return items;
}

/* The reasons' texts are written into scratch[] one reason at a time
 * (reasons.h); *failed is set when that runs out of memory. */
static json_t *
reasons_json(const edubal_report *report,
	const struct edubal__county_result *c, struct edubal__strbuf scratch[3],
	bool *failed)
{
	json_t *reasons = json_array();
	for (size_t i = 0; reasons && i < c->reason_count; i++) {
		const char *t[3];
		for (int p = 0; p < 3; p++)
			t[p] = edubal__reason_string(report, &c->reasons[i],
				(enum edubal__reason_part) p, &scratch[p]);
		if (!t[0] || !t[1] || !t[2]) {
			*failed = true;
			break;
		}
		json_array_append_new(reasons, json_pack("{s:s, s:s, s:s}",
			"code", t[EDUBAL__REASON_CODE], "zh", t[EDUBAL__REASON_ZH],
			"en", t[EDUBAL__REASON_EN]));
	}
	return reasons;
}

static json_t *
county_json(const edubal_report *report,
	const struct edubal__county_result *c, struct edubal__strbuf scratch[3],
	bool *failed)
{
	const edubal_standard *std = report->standard;
	json_t *resource = json_object();
	for (size_t l = 0; resource && l < c->level_count; l++)
		json_object_set_new(resource,
			edubal__section_name(c->levels[l].section),
			level_json(std, &c->levels[l]));
	return json_pack("{s:s, s:s, s:o, s:o, s:o}",
		"county_id", c->county_id,
		"verdict", verdict_name(c->verdict),
		"resource", resource,
		"items", items_json(std, c),
		"reasons", reasons_json(report, c, scratch, failed));
}

static json_t *
school_json(const edubal_standard *std, const struct edubal__school_result *s)
{
	json_t *indicators = json_object();
	for (size_t i = 0; indicators && i < std->indicator_count; i++)
		json_object_set_new(indicators, std->indicators[i].key,
			number_or_null(true, s->indicators[i]));
	return json_pack("{s:s, s:s, s:o, s:i, s:o}",
		"school_id", s->school_id,
		"section", edubal__section_name(s->section),
		"indicators", indicators,
		"met", s->met,
		"pass", truth_json(s->pass));
}

/* Flags of every dump: edubal__json_dump's. */
#define DUMP_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | \
	JSON_REAL_PRECISION(17))

/* Counties and schools are elements of the root's arrays, at depth 2. */
static const char element_indent[] = "    ";

/* The report being written, and room to dump one element into. */
struct json_out {
	struct edubal__strbuf text;
	struct edubal__strbuf scratch;
	struct edubal__strbuf reason[3];   /* a reason's code, zh, en */
};

/* Append text[0..size), indenting each line after the first as jansson
 * indents a value at depth 2.  A dump's strings never hold a raw newline
 * (they are escaped), so every newline is jansson's own. */
static void
append_indented(struct edubal__strbuf *out, const char *text, size_t size)
{
	const char *end = text + size;
	while (text < end) {
		const char *nl = memchr(text, '\n', (size_t) (end - text));
		size_t n = nl ? (size_t) (nl - text) + 1 : (size_t) (end - text);
		edubal__strbuf_append(out, text, n);
		if (nl)
			edubal__strbuf_append(out, element_indent,
				sizeof element_indent - 1);
		text += n;
	}
}

/* json_dump_callback sink: the scratch buffer. */
static int
to_scratch(const char *text, size_t size, void *data)
{
	struct edubal__strbuf *scratch = data;
	edubal__strbuf_append(scratch, text, size);
	return scratch->failed ? -1 : 0;
}

/* Write value (released here) as jansson would inside the root. */
static void
put_value(struct json_out *out, json_t *value)
{
	out->scratch.len = 0;
	if (json_dump_callback(value, to_scratch, &out->scratch,
	    DUMP_FLAGS | JSON_ENCODE_ANY) != 0)
		out->text.failed = true;
	else
		append_indented(&out->text, out->scratch.data, out->scratch.len);
	json_decref(value);
}

/* One element of a root array; *n counts those written.  NULL (json_pack
 * refused a string that is not UTF-8, or ran out of memory) writes
 * nothing, as json_array_append_new did when the tree was built whole. */
static void
put_element(struct json_out *out, json_t *element, size_t *n)
{
	if (!element)
		return;
	edubal__strbuf_puts(&out->text, (*n)++ ? ",\n    " : "\n    ");
	put_value(out, element);
}

static void
put_counties(struct json_out *out, const edubal_report *report)
{
	size_t n = 0;
	edubal__strbuf_puts(&out->text, "[");
	for (size_t i = 0; i < report->county_count && !out->text.failed; i++)
		put_element(out, county_json(report, &report->counties[i],
			out->reason, &out->text.failed), &n);
	edubal__strbuf_puts(&out->text, n ? "\n  ]" : "]");
}

static void
put_schools(struct json_out *out, const edubal_report *report)
{
	size_t n = 0;
	edubal__strbuf_puts(&out->text, "[");
	for (size_t i = 0; i < report->school_count && !out->text.failed; i++)
		put_element(out, school_json(report->standard,
			&report->schools[i]), &n);
	edubal__strbuf_puts(&out->text, n ? "\n  ]" : "]");
}

/*
 * The report is written county by county and school by school, each a
 * small jansson tree dumped and released at once: a tree of the whole
 * report took 1.3 GB at national scale.  The bytes are those that
 * edubal__json_dump gives for the whole tree.
 */
char *
edubal__render_json(const edubal_report *report)
{
	json_t *version = json_string(EDUBAL_VERSION_STRING);
	json_t *id = json_string(report->standard->id);
	if (!version || !id) {
		json_decref(version);
		json_decref(id);
		return NULL;
	}
	struct json_out out = {{NULL, 0, 0, false}, {NULL, 0, 0, false},
		{{NULL, 0, 0, false}, {NULL, 0, 0, false}, {NULL, 0, 0, false}}};
	edubal__strbuf_puts(&out.text, "{\n  \"edubal_version\": ");
	put_value(&out, version);
	edubal__strbuf_puts(&out.text, ",\n  \"standard\": ");
	put_value(&out, id);
	edubal__strbuf_puts(&out.text, ",\n  \"counties\": ");
	put_counties(&out, report);
	edubal__strbuf_puts(&out.text, ",\n  \"schools\": ");
	put_schools(&out, report);
	edubal__strbuf_puts(&out.text, "\n}");
	free(out.scratch.data);
	for (int p = 0; p < 3; p++)
		free(out.reason[p].data);
	return edubal__strbuf_finish(&out.text);
}

char *
edubal__json_dump(json_t *root)
{
	if (!root)
		return NULL;
	char *text = json_dumps(root, DUMP_FLAGS);
	json_decref(root);
	return text;
}
