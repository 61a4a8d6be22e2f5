/*
 * src/io/report_json.c - the JSON report of SCHEMA.md, built with jansson.
 *
 * Every path here is a public contract (SCHEMA.md "JSON report"): add
 * fields only with a CHANGELOG entry, never rename.  Numbers are written
 * with 17 significant digits so that they read back as the same doubles.
 */
#include <math.h>
#include <stdlib.h>

#include <jansson.h>

#include <edubal/version.h>

#include "../evaluate/report.h"
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

static json_t *
reasons_json(const struct edubal__county_result *c)
{
	json_t *reasons = json_array();
	for (size_t i = 0; reasons && i < c->reason_count; i++)
		json_array_append_new(reasons, json_pack("{s:s, s:s, s:s}",
			"code", c->reasons[i].code, "zh", c->reasons[i].zh,
			"en", c->reasons[i].en));
	return reasons;
}

static json_t *
county_json(const edubal_standard *std, const struct edubal__county_result *c)
{
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
		"reasons", reasons_json(c));
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

char *
edubal__render_json(const edubal_report *report)
{
	const edubal_standard *std = report->standard;
	json_t *counties = json_array(), *schools = json_array();
	for (size_t i = 0; counties && i < report->county_count; i++)
		json_array_append_new(counties, county_json(std, &report->counties[i]));
	for (size_t i = 0; schools && i < report->school_count; i++)
		json_array_append_new(schools, school_json(std, &report->schools[i]));
	json_t *root = json_pack("{s:s, s:s, s:o, s:o}",
		"edubal_version", EDUBAL_VERSION_STRING,
		"standard", std->id,
		"counties", counties, "schools", schools);
	return edubal__json_dump(root);
}

char *
edubal__json_dump(json_t *root)
{
	if (!root)
		return NULL;
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
		JSON_REAL_PRECISION(17));
	json_decref(root);
	return text;
}
