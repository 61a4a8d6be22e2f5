/*
 * src/io/rollup.c - edubal_report_rollup(): share of counties passing, per
 * province and city, against a profile's targets (SPEC §6 rollups).
 *
 * A target says "share S of counties pass by year Y".  Incomplete counties
 * count as not passing: a city cannot claim a county it has not shown to
 * pass.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "../error.h"
#include "../evaluate/report.h"
#include "../util/strbuf.h"
#include "render.h"

struct group {
	const char *province;   /* NULL: all counties */
	const char *city;       /* NULL: the whole province */
	size_t counties, pass, fail, incomplete;
};

static const char *
or_empty(const char *s)
{
	return s ? s : "";
}

static bool
in_group(const struct edubal__county_result *c, const struct group *g)
{
	if (g->province && strcmp(or_empty(c->province), g->province) != 0)
		return false;
	return !g->city || strcmp(or_empty(c->city), g->city) == 0;
}

static void
tally(const edubal_report *report, struct group *g)
{
	for (size_t i = 0; i < report->county_count; i++) {
		const struct edubal__county_result *c = &report->counties[i];
		if (!in_group(c, g))
			continue;
		g->counties++;
		g->pass += c->verdict == EDUBAL_VERDICT_PASS;
		g->fail += c->verdict == EDUBAL_VERDICT_FAIL;
		g->incomplete += c->verdict == EDUBAL_VERDICT_INCOMPLETE;
	}
}

static bool
known_group(const struct group *groups, size_t n, const char *province,
	const char *city)
{
	for (size_t i = 0; i < n; i++) {
		if (groups[i].province && strcmp(groups[i].province, province) == 0 &&
		    ((!groups[i].city && !city) ||
		     (groups[i].city && city && strcmp(groups[i].city, city) == 0)))
			return true;
	}
	return false;
}

/* All counties, then each province, then each city, in order of first
 * appearance.  At most 1 + 2 × counties groups. */
static size_t
make_groups(const edubal_report *report, struct group *groups)
{
	size_t n = 0;
	groups[n++] = (struct group){NULL, NULL, 0, 0, 0, 0};
	for (size_t i = 0; i < report->county_count; i++) {
		const char *p = or_empty(report->counties[i].province);
		if (!known_group(groups, n, p, NULL))
			groups[n++] = (struct group){p, NULL, 0, 0, 0, 0};
	}
	for (size_t i = 0; i < report->county_count; i++) {
		const char *p = or_empty(report->counties[i].province);
		const char *c = or_empty(report->counties[i].city);
		if (!known_group(groups, n, p, c))
			groups[n++] = (struct group){p, c, 0, 0, 0, 0};
	}
	for (size_t i = 0; i < n; i++)
		tally(report, &groups[i]);
	return n;
}

static double
share(const struct group *g)
{
	return g->counties ? (double) g->pass / (double) g->counties : NAN;
}

/* Targets of targets_std about the report's standard. */
static bool
target_applies(const struct edubal__target *t, const char *report_std,
	const edubal_standard *targets_std)
{
	const char *about = t->standard && t->standard[0] ? t->standard
	                                                  : targets_std->id;
	return strcmp(about, report_std) == 0;
}

static json_t *
targets_json(const struct group *g, const edubal_standard *ts,
	const char *report_std)
{
	json_t *list = json_array();
	for (size_t i = 0; list && i < ts->target_count; i++) {
		const struct edubal__target *t = &ts->targets[i];
		if (!target_applies(t, report_std, ts))
			continue;
		bool set = !isnan(t->share);
		json_array_append_new(list, json_pack("{s:i, s:o, s:o}",
			"year", t->year,
			"share", set ? json_real(t->share) : json_null(),
			"met", set && g->counties ?
				json_boolean(share(g) >= t->share) : json_null()));
	}
	return list;
}

static char *
rollup_json(const edubal_report *report, const struct group *groups,
	size_t n, const edubal_standard *ts)
{
	json_t *list = json_array();
	for (size_t i = 0; list && i < n; i++) {
		const struct group *g = &groups[i];
		json_array_append_new(list, json_pack(
			"{s:s, s:o, s:o, s:I, s:I, s:I, s:I, s:o, s:o}",
			"level", !g->province ? "all" : !g->city ? "province" : "city",
			"province", g->province ? json_string(g->province) : json_null(),
			"city", g->city ? json_string(g->city) : json_null(),
			"counties", (json_int_t) g->counties,
			"pass", (json_int_t) g->pass, "fail", (json_int_t) g->fail,
			"incomplete", (json_int_t) g->incomplete,
			"pass_share", g->counties ? json_real(share(g)) : json_null(),
			"targets", targets_json(g, ts, report->standard->id)));
	}
	json_t *root = json_pack("{s:s, s:s, s:o}", "standard",
		report->standard->id, "targets_from", ts->id, "groups", list);
	return edubal__json_dump(root);
}

static void
group_label(struct edubal__strbuf *b, const struct group *g, bool zh)
{
	if (!g->province)
		edubal__strbuf_puts(b, zh ? "全部" : "all");
	else if (!g->city)
		edubal__strbuf_puts(b, g->province[0] ? g->province :
			(zh ? "(未填省份)" : "(no province)"));
	else
		edubal__strbuf_printf(b, "%s / %s", g->province[0] ? g->province :
			"-", g->city[0] ? g->city : (zh ? "(未填城市)" : "(no city)"));
}

/* Targets that name another standard than the one evaluated: say how to
 * apply them, instead of silently showing none. */
static void
other_targets_hint(struct edubal__strbuf *b, const edubal_report *report,
	const edubal_standard *ts, bool zh)
{
	for (size_t t = 0; t < ts->target_count; t++) {
		const struct edubal__target *tg = &ts->targets[t];
		if (target_applies(tg, report->standard->id, ts))
			continue;
		edubal__strbuf_printf(b, zh ? "  (%s 的目标针对 %s:请用 --standard %s "
			"--targets %s)\n" : "  (targets of %s are about %s: use "
			"--standard %s --targets %s)\n", ts->id, tg->standard,
			tg->standard, ts->id);
		return;
	}
}

static char *
rollup_text(const edubal_report *report, const struct group *groups,
	size_t n, const edubal_standard *ts, bool zh)
{
	struct edubal__strbuf b = {NULL, 0, 0, false};
	edubal__strbuf_printf(&b, "%s %s\n", zh ? "达标汇总:" : "Rollup:",
		report->standard->id);
	other_targets_hint(&b, report, ts, zh);
	for (size_t i = 0; i < n; i++) {
		const struct group *g = &groups[i];
		edubal__strbuf_puts(&b, "  ");
		group_label(&b, g, zh);
		edubal__strbuf_printf(&b, zh ? ":%zu 个县,通过 %zu,未通过 %zu,资料不全 "
			"%zu,通过比例 %.1f%%" : ": %zu counties, %zu pass, %zu fail, "
			"%zu incomplete, %.1f%% pass", g->counties, g->pass, g->fail,
			g->incomplete, g->counties ? 100 * share(g) : 0.0);
		for (size_t t = 0; t < ts->target_count; t++) {
			const struct edubal__target *tg = &ts->targets[t];
			if (!target_applies(tg, report->standard->id, ts))
				continue;
			if (isnan(tg->share))
				edubal__strbuf_printf(&b, zh ? ";%d 年目标未定" :
					"; %d target not set", tg->year);
			else
				edubal__strbuf_printf(&b, zh ? ";%d 年目标 %.0f%% %s" :
					"; %d target %.0f%% %s", tg->year, 100 * tg->share,
					share(g) >= tg->share ? (zh ? "已达到" : "met") :
					(zh ? "未达到" : "not met"));
		}
		edubal__strbuf_puts(&b, "\n");
	}
	return edubal__strbuf_finish(&b);
}

edubal_status
edubal_report_rollup(const edubal_report *report,
	const edubal_standard *targets, enum edubal_report_format format,
	const char *lang, char **out_text, edubal_error *err)
{
	if (!report || !out_text)
		return edubal__fail(err, EDUBAL_EINVAL,
			"report and out_text must not be NULL");
	if (format != EDUBAL_FORMAT_TEXT && format != EDUBAL_FORMAT_JSON)
		return edubal__fail(err, EDUBAL_EINVAL, "a rollup is rendered as "
			"text or JSON");
	const edubal_standard *ts = targets ? targets : report->standard;
	struct group *groups = malloc((2 * report->county_count + 1) *
		sizeof *groups);
	if (!groups)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	size_t n = make_groups(report, groups);
	char *text = format == EDUBAL_FORMAT_JSON ?
		rollup_json(report, groups, n, ts) :
		rollup_text(report, groups, n, ts, !lang || strcmp(lang, "en") != 0);
	free(groups);
	if (!text)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	*out_text = text;
	return EDUBAL_OK;
}
