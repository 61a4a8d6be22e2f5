/*
 * src/evaluate/report.c - the report handle: lifetime and accessors.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "../error.h"
#include "../util/strbuf.h"
#include "reasons.h"

/* Make room for one more reason of c. */
static bool
reason_room(struct edubal__county_result *c)
{
	if (c->reason_count < c->reason_cap)
		return true;
	size_t cap = c->reason_cap ? 2 * c->reason_cap : 8;
	struct edubal__reason *r = realloc(c->reasons, cap * sizeof *r);
	if (!r)
		return false;
	c->reasons = r;
	c->reason_cap = cap;
	return true;
}

struct edubal__reason *
edubal__county_new_reason(struct edubal__county_result *c,
	enum edubal__reason_kind kind, enum edubal__section section)
{
	if (!reason_room(c))
		return NULL;
	struct edubal__reason *r = &c->reasons[c->reason_count++];
	r->kind = (unsigned char) kind;
	r->section = (unsigned char) section;
	r->indicator = 0;
	memset(&r->u, 0, sizeof r->u);
	atomic_init(&r->texts, NULL);
	return r;
}

static void
free_county(struct edubal__county_result *c, size_t item_count)
{
	free(c->county_id);
	free(c->name);
	free(c->city);
	free(c->province);
	for (size_t l = 0; l < c->level_count; l++)
		free(c->levels[l].indicators);
	free(c->levels);
	if (c->items) {
		for (size_t i = 0; i < item_count; i++)
			free(c->items[i].reason);
		free(c->items);
	}
	for (size_t i = 0; i < c->reason_count; i++)
		free(atomic_load_explicit(&c->reasons[i].texts,
			memory_order_relaxed));
	free(c->reasons);
}

void
edubal_report_free(edubal_report *report)
{
	if (!report)
		return;
	size_t items = report->standard ? report->standard->item_count : 0;
	for (size_t i = 0; i < report->county_count; i++)
		free_county(&report->counties[i], items);
	free(report->counties);
	free(report->schools);
	edubal__arena_free(&report->school_arena);
	free(report->reason_numbers);
	edubal_standard_free(report->standard);
	free(report);
}

const char *
edubal_report_standard_id(const edubal_report *report)
{
	return report ? edubal_standard_id(report->standard) : NULL;
}

size_t
edubal_report_county_count(const edubal_report *report)
{
	return report ? report->county_count : 0;
}

const char *
edubal_report_county_id(const edubal_report *report, size_t county)
{
	if (!report || county >= report->county_count)
		return NULL;
	return report->counties[county].county_id;
}

edubal_status
edubal_report_verdict(const edubal_report *report, size_t county,
	enum edubal_verdict *out_verdict, edubal_error *err)
{
	if (!report || !out_verdict)
		return edubal__fail(err, EDUBAL_EINVAL,
			"report and out_verdict must not be NULL");
	if (county >= report->county_count)
		return edubal__fail(err, EDUBAL_EINVAL,
			"county %zu is out of range (the report has %zu)", county,
			report->county_count);
	*out_verdict = report->counties[county].verdict;
	return EDUBAL_OK;
}

size_t
edubal_report_reason_count(const edubal_report *report, size_t county)
{
	if (!report || county >= report->county_count)
		return 0;
	return report->counties[county].reason_count;
}

/* Reason i of county (NULL if out of range).  Not const: its texts are
 * made on first access (edubal__reason_texts). */
static struct edubal__reason *
reason_at(const edubal_report *report, size_t county, size_t i)
{
	if (!report || county >= report->county_count ||
	    i >= report->counties[county].reason_count)
		return NULL;
	return &report->counties[county].reasons[i];
}

const char *
edubal_report_reason_code(const edubal_report *report, size_t county,
	size_t i)
{
	struct edubal__reason *r = reason_at(report, county, i);
	const struct edubal__reason_texts *t = r ?
		edubal__reason_texts(report, r) : NULL;
	return t ? t->text[EDUBAL__REASON_CODE] : NULL;
}

const char *
edubal_report_reason_message(const edubal_report *report, size_t county,
	size_t i, const char *lang)
{
	struct edubal__reason *r = reason_at(report, county, i);
	const struct edubal__reason_texts *t = r ?
		edubal__reason_texts(report, r) : NULL;
	if (!t)
		return NULL;
	return t->text[lang && strcmp(lang, "en") == 0 ? EDUBAL__REASON_EN
	                                               : EDUBAL__REASON_ZH];
}
