/*
 * src/evaluate/reasons.c - reason codes and zh/en messages of a verdict.
 */
#include "reasons.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../util/fmtg.h"
#include "../util/strbuf.h"
#include "resource.h"

/* Add a reason whose three texts were built with edubal__printf_new (and
 * are freed here, whatever happens).  The report keeps exact-size copies:
 * the built texts have room to spare, and a national report holds
 * hundreds of thousands of them. */
static edubal_status
add_owned(struct edubal__county_result *c, char *code, char *zh, char *en)
{
	edubal_status st = code && zh && en ?
		edubal__county_add_reason(c, code, zh, en) : EDUBAL_ENOMEM;
	free(code);
	free(zh);
	free(en);
	return st;
}

/* a, b, c and d joined into a new string (NULL when out of memory). */
static char *
join4(const char *a, const char *b, const char *c, const char *d)
{
	size_t na = strlen(a), nb = strlen(b), nc = strlen(c), nd = strlen(d);
	char *p = malloc(na + nb + nc + nd + 1);
	if (!p)
		return NULL;
	memcpy(p, a, na);
	memcpy(p + na, b, nb);
	memcpy(p + na + nb, c, nc);
	memcpy(p + na + nb + nc, d, nd + 1);
	return p;
}

static const char *
zh_name(const char *name_zh, const char *key)
{
	return name_zh && *name_zh ? name_zh : key;
}

static const char *
en_name(const char *name_en, const char *key)
{
	return name_en && *name_en ? name_en : key;
}

/* Text built on the stack first: a failing school's message is a few
 * hundred bytes, and growing a heap buffer, then copying it for the
 * report, cost more than writing it.  Longer texts move to the heap. */
struct text {
	char *p;              /* local, or malloc'd once it outgrows it */
	size_t len, cap;
	bool failed;
	char local[768];
};

static void
text_init(struct text *t)
{
	t->p = t->local;
	t->len = 0;
	t->cap = sizeof t->local;
	t->failed = false;
}

/* Make room for n more bytes and a terminator; false when out of
 * memory (t is then failed). */
static bool
text_grow(struct text *t, size_t n)
{
	if (t->failed)
		return false;
	size_t cap = 2 * t->cap;
	while (cap < t->len + n + 1)
		cap *= 2;
	char *p = t->p == t->local ? malloc(cap) : realloc(t->p, cap);
	if (!p) {
		t->failed = true;
		return false;
	}
	if (t->p == t->local)
		memcpy(p, t->local, t->len);
	t->p = p;
	t->cap = cap;
	return true;
}

/* Inline, so that pieces of known length are copied without a call: a
 * failing school's two texts are some sixty pieces. */
static inline void
text_put(struct text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap && !text_grow(t, n))
		return;
	memcpy(t->p + t->len, s, n);
	t->len += n;
}

/* The text as an exact-size malloc'd string (NULL when out of memory);
 * t is spent. */
static char *
text_finish(struct text *t)
{
	char *out = NULL;
	if (!t->failed && (out = malloc(t->len + 1))) {
		memcpy(out, t->p, t->len);
		out[t->len] = '\0';
	}
	if (t->p != t->local)
		free(t->p);
	return out;
}

/* The zh and en texts of a failing school, built together so each
 * number is formatted once. */
struct school_texts {
	struct text zh, en;
};

static void
put_pieces(struct school_texts *t, struct edubal__piece zh,
	struct edubal__piece en)
{
	text_put(&t->zh, zh.text, zh.len);
	text_put(&t->en, en.text, en.len);
}

/* A string literal as a piece, its length known when compiling. */
#define PIECE(s) ((struct edubal__piece){(s), sizeof(s) - 1})

static struct edubal__piece
piece(const char *s)
{
	return (struct edubal__piece){s, strlen(s)};
}

/* Append s to buf[0..*len) of size size, cut if it does not fit (the
 * texts appended are a few dozen bytes; see the sizes in reasons.h). */
static void
append(char *buf, size_t size, size_t *len, const char *s)
{
	size_t n = strlen(s);
	if (*len + n + 1 > size)
		n = size - 1 - *len;
	memcpy(buf + *len, s, n);
	*len += n;
	buf[*len] = '\0';
}

void
edubal__school_reason_parts_init(struct edubal__school_reason_parts *p,
	const edubal_standard *std, enum edubal__section s)
{
	p->std = std;
	p->section = s;
	p->ready = false;
	p->indicators = NULL;
}

void
edubal__school_reason_parts_free(struct edubal__school_reason_parts *p)
{
	free(p->indicators);
	p->indicators = NULL;
	p->ready = false;
}

/* The bytes of "%s 未达到资源配置标准(达标 %d 项,要求至少 %d 项且其余不
 * 低于标准的 %g%%):" and its English twin, from the count met on: all but
 * the count are the same for every school of the level. */
static void
parts_make(struct edubal__school_reason_parts *p)
{
	const edubal_standard *std = p->std;
	char min_met[24], floor[EDUBAL__FMTG_SIZE];
	edubal__fmt_long(min_met, std->min_met);
	edubal__fmtg(floor, std->floor_fraction * 100, 6);
	p->head_zh = piece(edubal__level_name(p->section, "zh"));
	p->head_en = piece(edubal__level_name(p->section, "en"));
	p->tail_zh_len = p->tail_en_len = 0;
	p->tail_zh[0] = p->tail_en[0] = '\0';
	const char *zh[] = {" 项,要求至少 ", min_met, " 项且其余不低于标准的 ",
		floor, "%):"};
	const char *en[] = {" indicators met; at least ", min_met,
		" required and the rest at ", floor, "% of the standard): "};
	for (size_t i = 0; i < sizeof zh / sizeof *zh; i++) {
		append(p->tail_zh, sizeof p->tail_zh, &p->tail_zh_len, zh[i]);
		append(p->tail_en, sizeof p->tail_en, &p->tail_en_len, en[i]);
	}
	p->indicators = calloc(std->indicator_count ? std->indicator_count : 1,
		sizeof *p->indicators);
	for (size_t i = 0; p->indicators && i < std->indicator_count; i++) {
		const struct edubal__indicator *ind = &std->indicators[i];
		struct edubal__shortfall_part *sp = &p->indicators[i];
		sp->name_zh = piece(zh_name(ind->name_zh, ind->key));
		sp->name_en = piece(ind->key);
		sp->threshold_len = edubal__fmtg(sp->threshold,
			ind->threshold[p->section], 6);
	}
	p->ready = true;
}

/* Indicators below the standard of a school, as "name x (standard t)".
 * Written piece by piece rather than with printf: a national report has
 * a message per failing school, and printf of doubles was most of the
 * evaluation.  The bytes are those of "%s%s %.4g(标准 %g%s)" (zh) and
 * "%s%s %.4g (standard %g%s)" (en). */
static void
shortfalls(struct school_texts *t, const struct edubal__school_reason_parts *p,
	const struct edubal__school_result *sr)
{
	const edubal_standard *std = p->std;
	bool first = true;
	for (size_t i = 0; i < std->indicator_count; i++) {
		const struct edubal__indicator *ind = &std->indicators[i];
		double x = sr->indicators[i], th = ind->threshold[sr->section];
		if (!ind->has_threshold[sr->section] || isnan(x) || x >= th)
			continue;
		bool floor = x < std->floor_fraction * th;
		char xs[EDUBAL__FMTG_SIZE], ts[EDUBAL__FMTG_SIZE];
		struct edubal__piece xp = {xs, edubal__fmtg(xs, x, 4)};
		struct edubal__piece tp, name_zh, name_en;
		if (p->indicators) {
			const struct edubal__shortfall_part *sp = &p->indicators[i];
			tp = (struct edubal__piece){sp->threshold, sp->threshold_len};
			name_zh = sp->name_zh;
			name_en = sp->name_en;
		} else {
			tp = (struct edubal__piece){ts, edubal__fmtg(ts, th, 6)};
			name_zh = piece(zh_name(ind->name_zh, ind->key));
			name_en = piece(ind->key);
		}
		if (!first)
			put_pieces(t, PIECE(";"), PIECE("; "));
		put_pieces(t, name_zh, name_en);
		put_pieces(t, PIECE(" "), PIECE(" "));
		put_pieces(t, xp, xp);
		put_pieces(t, PIECE("(标准 "), PIECE(" (standard "));
		put_pieces(t, tp, tp);
		if (floor)
			put_pieces(t, PIECE(",低于标准的下限比例"),
				PIECE(", below the floor fraction"));
		put_pieces(t, PIECE(")"), PIECE(")"));
		first = false;
	}
}

/* "%s %s 未达到资源配置标准(达标 %d 项,要求至少 %d 项且其余不低于标准的
 * %g%%):%s" and its English twin, without printf (see shortfalls). */
static void
school_texts(struct school_texts *t, const struct edubal__school_reason_parts *p,
	const struct edubal__school_result *sr)
{
	char met[24];
	struct edubal__piece mp = {met, edubal__fmt_long(met, sr->met)};
	struct edubal__piece id = piece(sr->school_id);
	put_pieces(t, p->head_zh, p->head_en);
	put_pieces(t, PIECE(" "), PIECE(" school "));
	put_pieces(t, id, id);
	put_pieces(t, PIECE(" 未达到资源配置标准(达标 "),
		PIECE(" fails the resource rule ("));
	put_pieces(t, mp, mp);
	put_pieces(t, (struct edubal__piece){p->tail_zh, p->tail_zh_len},
		(struct edubal__piece){p->tail_en, p->tail_en_len});
	shortfalls(t, p, sr);
}

edubal_status
edubal__reason_school(struct edubal__county_result *c,
	struct edubal__school_reason_parts *parts,
	const struct edubal__school_result *sr)
{
	if (!parts->ready)
		parts_make(parts);
	struct school_texts t;
	text_init(&t.zh);
	text_init(&t.en);
	school_texts(&t, parts, sr);
	char *code = join4("resource.", edubal__section_name(sr->section),
		".school.", sr->school_id);
	char *zh = text_finish(&t.zh);
	char *en = text_finish(&t.en);
	/* Exact-size texts: the report takes them as they are. */
	edubal_status st = code && zh && en ?
		edubal__county_adopt_reason(c, code, zh, en) : EDUBAL_ENOMEM;
	if (st != EDUBAL_OK) {
		free(code);
		free(zh);
		free(en);
	}
	return st;
}

edubal_status
edubal__reason_cv(struct edubal__county_result *c, const edubal_standard *std,
	enum edubal__section s, size_t indicator, double cv, double limit)
{
	const struct edubal__indicator *ind = &std->indicators[indicator];
	const char *op = edubal__cmp_text(std->cv.op);
	return add_owned(c,
		edubal__printf_new("resource.%s.cv.%s", edubal__section_name(s),
			ind->key),
		edubal__printf_new("%s %s 差异系数 %.6f 不满足 %s %g",
			edubal__level_name(s, "zh"), zh_name(ind->name_zh, ind->key),
			cv, op, limit),
		edubal__printf_new("%s: the CV of %s is %.6f, which is not %s %g",
			edubal__level_name(s, "en"), ind->key, cv, op, limit));
}

edubal_status
edubal__reason_composite(struct edubal__county_result *c,
	enum edubal__section s, double composite, double limit)
{
	return add_owned(c,
		edubal__printf_new("resource.%s.composite", edubal__section_name(s)),
		edubal__printf_new("%s 综合差异系数 %.6f 超过 %g",
			edubal__level_name(s, "zh"), composite, limit),
		edubal__printf_new("%s: the composite CV %.6f is over the limit %g",
			edubal__level_name(s, "en"), composite, limit));
}

edubal_status
edubal__reason_missing_indicator(struct edubal__county_result *c,
	const edubal_standard *std, enum edubal__section s, size_t indicator,
	size_t missing, const char *first_school)
{
	const struct edubal__indicator *ind = &std->indicators[indicator];
	const char *level = edubal__section_name(s);
	return add_owned(c,
		edubal__printf_new("missing.resource.%s.%s", level, ind->key),
		edubal__printf_new("缺少数据:%s %s 有 %zu 所学校未提供 %s 所需数据"
			"(%s 或 %s_%s),例如 %s", edubal__level_name(s, "zh"),
			zh_name(ind->name_zh, ind->key), missing, ind->key,
			ind->resource, ind->resource, level, first_school),
		edubal__printf_new("missing input: %zu %s school(s) lack the data "
			"for %s (%s or %s_%s), e.g. %s", missing, level, ind->key,
			ind->resource, ind->resource, level, first_school));
}

edubal_status
edubal__reason_undefined_cv(struct edubal__county_result *c,
	const edubal_standard *std, enum edubal__section s, size_t indicator)
{
	const struct edubal__indicator *ind = &std->indicators[indicator];
	return add_owned(c,
		edubal__printf_new("undefined.resource.%s.cv.%s",
			edubal__section_name(s), ind->key),
		edubal__printf_new("%s %s 均值为 0,差异系数无定义",
			edubal__level_name(s, "zh"), zh_name(ind->name_zh, ind->key)),
		edubal__printf_new("%s: the mean of %s is 0, so its CV is undefined",
			edubal__level_name(s, "en"), ind->key));
}

edubal_status
edubal__reason_no_schools(struct edubal__county_result *c,
	enum edubal__section s)
{
	return add_owned(c,
		edubal__printf_new("missing.resource.%s.schools",
			edubal__section_name(s)),
		edubal__printf_new("缺少数据:没有参评的%s学校",
			edubal__level_name(s, "zh")),
		edubal__printf_new("missing input: no %s schools to assess",
			edubal__level_name(s, "en")));
}

edubal_status
edubal__reason_item(struct edubal__county_result *c,
	const struct edubal__item *item, enum edubal__truth pass,
	const char *detail_zh, const char *detail_en)
{
	bool veto = strcmp(item->part, "veto") == 0;
	if (pass == EDUBAL__UNKNOWN)
		return add_owned(c, edubal__printf_new("missing.item.%s", item->key),
			edubal__printf_new("缺少数据:%s(%s)", zh_name(item->name_zh,
				item->key), detail_zh),
			edubal__printf_new("missing input: %s (%s)",
				en_name(item->name_en, item->key), detail_en));
	return add_owned(c,
		edubal__printf_new("%s.%s", veto ? "veto" : "item", item->key),
		edubal__printf_new("%s%s:%s", veto ? "一票否决:" : "",
			zh_name(item->name_zh, item->key), detail_zh),
		edubal__printf_new("%s%s: %s", veto ? "veto: " : "",
			en_name(item->name_en, item->key), detail_en));
}
