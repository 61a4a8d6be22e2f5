/*
 * src/evaluate/reasons.c - reason codes and zh/en messages of a verdict:
 * recorded during the evaluation, written when asked.
 */
#include "reasons.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "resource.h"

/* ---- recording ---------------------------------------------------------- */

/* report's numbers of failing schools' messages (NULL: out of memory). */
static struct edubal__reason_numbers *
numbers_new(const edubal_standard *std)
{
	size_t n = (size_t) EDUBAL__SECTION_COUNT * std->indicator_count;
	struct edubal__reason_numbers *num = malloc(sizeof *num +
		n * sizeof num->threshold[0]);
	if (!num)
		return NULL;
	num->min_met_len = edubal__fmt_long(num->min_met, std->min_met);
	num->floor_len = edubal__fmtg(num->floor, std->floor_fraction * 100, 6);
	for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
		for (size_t i = 0; i < std->indicator_count; i++) {
			struct edubal__reason_number *t =
				&num->threshold[(size_t) s * std->indicator_count + i];
			t->len = edubal__fmtg(t->text,
				std->indicators[i].threshold[s], 6);
		}
	return num;
}

edubal_status
edubal__reason_school(edubal_report *report, struct edubal__county_result *c,
	enum edubal__section s, size_t school)
{
	if (!report->reason_numbers &&
	    !(report->reason_numbers = numbers_new(report->standard)))
		return EDUBAL_ENOMEM;
	struct edubal__reason *r = edubal__county_new_reason(c,
		EDUBAL__REASON_SCHOOL, s);
	if (!r)
		return EDUBAL_ENOMEM;
	r->u.school = school;
	return EDUBAL_OK;
}

/* A reason about one indicator of level s, with the CV and limit. */
static edubal_status
indicator_reason(struct edubal__county_result *c,
	enum edubal__reason_kind kind, enum edubal__section s, size_t indicator,
	double cv, double limit)
{
	struct edubal__reason *r = edubal__county_new_reason(c, kind, s);
	if (!r)
		return EDUBAL_ENOMEM;
	/* A standard's indicators are a handful (profile.h). */
	r->indicator = (unsigned) indicator;
	r->u.cv.value = cv;
	r->u.cv.limit = limit;
	return EDUBAL_OK;
}

edubal_status
edubal__reason_cv(struct edubal__county_result *c, enum edubal__section s,
	size_t indicator, double cv, double limit)
{
	return indicator_reason(c, EDUBAL__REASON_CV, s, indicator, cv, limit);
}

edubal_status
edubal__reason_composite(struct edubal__county_result *c,
	enum edubal__section s, double composite, double limit)
{
	return indicator_reason(c, EDUBAL__REASON_COMPOSITE, s, 0, composite,
		limit);
}

edubal_status
edubal__reason_missing_indicator(struct edubal__county_result *c,
	enum edubal__section s, size_t indicator, size_t missing,
	size_t first_school)
{
	struct edubal__reason *r = edubal__county_new_reason(c,
		EDUBAL__REASON_MISSING, s);
	if (!r)
		return EDUBAL_ENOMEM;
	r->indicator = (unsigned) indicator;
	r->u.missing.count = missing;
	r->u.missing.first = first_school;
	return EDUBAL_OK;
}

edubal_status
edubal__reason_undefined_cv(struct edubal__county_result *c,
	enum edubal__section s, size_t indicator)
{
	return indicator_reason(c, EDUBAL__REASON_UNDEFINED_CV, s, indicator,
		NAN, NAN);
}

edubal_status
edubal__reason_no_schools(struct edubal__county_result *c,
	enum edubal__section s)
{
	return edubal__county_new_reason(c, EDUBAL__REASON_NO_SCHOOLS, s) ?
		EDUBAL_OK : EDUBAL_ENOMEM;
}

/* ---- texts as one allocation --------------------------------------------- */

/* The three texts in b, each ended by its '\0' and starting at start[],
 * copied into one block after the pointers to them (NULL when out of
 * memory or b failed). */
static struct edubal__reason_texts *
texts_block(const struct edubal__strbuf *b, const size_t start[3])
{
	if (b->failed || !b->data)
		return NULL;
	struct edubal__reason_texts *t = malloc(sizeof *t + b->len);
	if (!t)
		return NULL;
	char *bytes = (char *) (t + 1);
	memcpy(bytes, b->data, b->len);
	for (int p = 0; p < 3; p++)
		t->text[p] = bytes + start[p];
	return t;
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

/* ---- writing ------------------------------------------------------------- */

/* The code and texts of a county item that fails or cannot be judged,
 * joined from pieces: printf of "%s%s: %s" for each of some 3,700
 * failing items of a national run was a twentieth of an evaluation. */
edubal_status
edubal__reason_item(struct edubal__county_result *c,
	const struct edubal__item *item, enum edubal__truth pass,
	const char *detail_zh, const char *detail_en)
{
	bool veto = strcmp(item->part, "veto") == 0;
	bool missing = pass == EDUBAL__UNKNOWN;
	const char *name_zh = zh_name(item->name_zh, item->key);
	const char *name_en = en_name(item->name_en, item->key);
	/* Room for all three texts at once (the pieces' lengths and some
	 * for the words around them): growing the buffer from nothing was a
	 * third of recording an item.  Without it, puts grow it as before. */
	size_t room = strlen(item->key) + strlen(name_zh) + strlen(name_en) +
		strlen(detail_zh) + strlen(detail_en) + 64;
	struct edubal__strbuf b = {malloc(room), 0, 0, false};
	b.cap = b.data ? room : 0;
	size_t start[3];
	start[EDUBAL__REASON_CODE] = 0;
	edubal__strbuf_put_str(&b, missing ? "missing.item." :
		veto ? "veto." : "item.");
	edubal__strbuf_put_str(&b, item->key);
	edubal__strbuf_append(&b, "", 1);
	start[EDUBAL__REASON_ZH] = b.len;
	if (missing) {
		edubal__strbuf_put_str(&b, "缺少数据:");
		edubal__strbuf_put_str(&b, name_zh);
		edubal__strbuf_put_str(&b, "(");
		edubal__strbuf_put_str(&b, detail_zh);
		edubal__strbuf_put_str(&b, ")");
	} else {
		edubal__strbuf_put_str(&b, veto ? "一票否决:" : "");
		edubal__strbuf_put_str(&b, name_zh);
		edubal__strbuf_put_str(&b, ":");
		edubal__strbuf_put_str(&b, detail_zh);
	}
	edubal__strbuf_append(&b, "", 1);
	start[EDUBAL__REASON_EN] = b.len;
	if (missing) {
		edubal__strbuf_put_str(&b, "missing input: ");
		edubal__strbuf_put_str(&b, name_en);
		edubal__strbuf_put_str(&b, " (");
		edubal__strbuf_put_str(&b, detail_en);
		edubal__strbuf_put_str(&b, ")");
	} else {
		edubal__strbuf_put_str(&b, veto ? "veto: " : "");
		edubal__strbuf_put_str(&b, name_en);
		edubal__strbuf_put_str(&b, ": ");
		edubal__strbuf_put_str(&b, detail_en);
	}
	edubal__strbuf_append(&b, "", 1);
	struct edubal__reason_texts *t = texts_block(&b, start);
	free(b.data);
	struct edubal__reason *r = t ? edubal__county_new_reason(c,
		EDUBAL__REASON_GIVEN, EDUBAL__PRIMARY) : NULL;
	if (!r) {
		free(t);
		return EDUBAL_ENOMEM;
	}
	atomic_init(&r->texts, t);
	return EDUBAL_OK;
}

/* A string literal and its length, known when compiling. */
struct word {
	const char *s;
	size_t n;
};

#define WORD(lit) {(lit), sizeof(lit) - 1}

static inline void
put_word(struct edubal__strbuf *b, struct word w)
{
	edubal__strbuf_put(b, w.s, w.n);
}

/* The words of a failing school's message around its numbers; the zh
 * message reads "%s %s 未达到资源配置标准(达标 %d 项,要求至少 %d 项且其余
 * 不低于标准的 %g%%):" and then "%s %.4g(标准 %g%s)" per shortfall,
 * joined by ";". */
struct school_words {
	struct word after_level, after_id, after_met, after_min, after_floor,
		between, standard, below_floor;
	const char *lang;
};

static const struct school_words school_zh = {
	WORD(" "), WORD(" 未达到资源配置标准(达标 "), WORD(" 项,要求至少 "),
	WORD(" 项且其余不低于标准的 "), WORD("%):"), WORD(";"), WORD("(标准 "),
	WORD(",低于标准的下限比例"), "zh"
};

static const struct school_words school_en = {
	WORD(" school "), WORD(" fails the resource rule ("),
	WORD(" indicators met; at least "), WORD(" required and the rest at "),
	WORD("% of the standard): "), WORD("; "), WORD(" (standard "),
	WORD(", below the floor fraction"), "en"
};

static void
put_number(struct edubal__strbuf *b, double x, int precision)
{
	char s[EDUBAL__FMTG_SIZE];
	edubal__strbuf_put(b, s, edubal__fmtg(s, x, precision));
}

static void
put_count(struct edubal__strbuf *b, long long n)
{
	char s[24];
	edubal__strbuf_put(b, s, edubal__fmt_long(s, n));
}

/* Indicators below the standard of a school, as "name x (standard t)".
 * Written piece by piece rather than with printf, which was several
 * times slower for a national report's tens of thousands of messages. */
static void
shortfalls(struct edubal__strbuf *b, const edubal_standard *std,
	const struct edubal__reason_numbers *num,
	const struct edubal__school_result *sr, const struct school_words *w,
	bool zh)
{
	const struct edubal__reason_number *thresholds =
		&num->threshold[(size_t) sr->section * std->indicator_count];
	bool first = true;
	for (size_t i = 0; i < std->indicator_count; i++) {
		const struct edubal__indicator *ind = &std->indicators[i];
		double x = sr->indicators[i], th = ind->threshold[sr->section];
		if (!ind->has_threshold[sr->section] || isnan(x) || x >= th)
			continue;
		if (!first)
			put_word(b, w->between);
		edubal__strbuf_put_str(b, zh ? zh_name(ind->name_zh, ind->key) :
			ind->key);
		edubal__strbuf_put(b, " ", 1);
		put_number(b, x, 4);
		put_word(b, w->standard);
		edubal__strbuf_put(b, thresholds[i].text, thresholds[i].len);
		if (x < std->floor_fraction * th)
			put_word(b, w->below_floor);
		edubal__strbuf_put(b, ")", 1);
		first = false;
	}
}

static void
school_text(struct edubal__strbuf *b, const edubal_report *report,
	const struct edubal__reason *r, enum edubal__reason_part part)
{
	const edubal_standard *std = report->standard;
	const struct edubal__reason_numbers *num = report->reason_numbers;
	const struct edubal__school_result *sr = &report->schools[r->u.school];
	if (part == EDUBAL__REASON_CODE) {
		put_word(b, (struct word) WORD("resource."));
		edubal__strbuf_put_str(b, edubal__section_name(sr->section));
		put_word(b, (struct word) WORD(".school."));
		edubal__strbuf_put_str(b, sr->school_id);
		return;
	}
	bool zh = part == EDUBAL__REASON_ZH;
	const struct school_words *w = zh ? &school_zh : &school_en;
	edubal__strbuf_put_str(b, edubal__level_name(sr->section, w->lang));
	put_word(b, w->after_level);
	edubal__strbuf_put_str(b, sr->school_id);
	put_word(b, w->after_id);
	put_count(b, sr->met);
	put_word(b, w->after_met);
	edubal__strbuf_put(b, num->min_met, num->min_met_len);
	put_word(b, w->after_min);
	edubal__strbuf_put(b, num->floor, num->floor_len);
	put_word(b, w->after_floor);
	shortfalls(b, std, num, sr, w, zh);
}

static void
cv_text(struct edubal__strbuf *b, const edubal_standard *std,
	const struct edubal__reason *r, enum edubal__reason_part part)
{
	enum edubal__section s = (enum edubal__section) r->section;
	const struct edubal__indicator *ind = &std->indicators[r->indicator];
	const char *op = edubal__cmp_text(std->cv.op);
	if (part == EDUBAL__REASON_CODE)
		edubal__strbuf_printf(b, "resource.%s.cv.%s",
			edubal__section_name(s), ind->key);
	else if (part == EDUBAL__REASON_ZH)
		edubal__strbuf_printf(b, "%s %s 差异系数 %.6f 不满足 %s %g",
			edubal__level_name(s, "zh"), zh_name(ind->name_zh, ind->key),
			r->u.cv.value, op, r->u.cv.limit);
	else
		edubal__strbuf_printf(b, "%s: the CV of %s is %.6f, which is not "
			"%s %g", edubal__level_name(s, "en"), ind->key, r->u.cv.value,
			op, r->u.cv.limit);
}

static void
composite_text(struct edubal__strbuf *b, const struct edubal__reason *r,
	enum edubal__reason_part part)
{
	enum edubal__section s = (enum edubal__section) r->section;
	if (part == EDUBAL__REASON_CODE)
		edubal__strbuf_printf(b, "resource.%s.composite",
			edubal__section_name(s));
	else if (part == EDUBAL__REASON_ZH)
		edubal__strbuf_printf(b, "%s 综合差异系数 %.6f 超过 %g",
			edubal__level_name(s, "zh"), r->u.cv.value, r->u.cv.limit);
	else
		edubal__strbuf_printf(b, "%s: the composite CV %.6f is over the "
			"limit %g", edubal__level_name(s, "en"), r->u.cv.value,
			r->u.cv.limit);
}

static void
missing_text(struct edubal__strbuf *b, const edubal_report *report,
	const struct edubal__reason *r, enum edubal__reason_part part)
{
	enum edubal__section s = (enum edubal__section) r->section;
	const struct edubal__indicator *ind =
		&report->standard->indicators[r->indicator];
	const char *level = edubal__section_name(s);
	const char *first = report->schools[r->u.missing.first].school_id;
	size_t missing = r->u.missing.count;
	if (part == EDUBAL__REASON_CODE)
		edubal__strbuf_printf(b, "missing.resource.%s.%s", level, ind->key);
	else if (part == EDUBAL__REASON_ZH)
		edubal__strbuf_printf(b, "缺少数据:%s %s 有 %zu 所学校未提供 %s 所需"
			"数据(%s 或 %s_%s),例如 %s", edubal__level_name(s, "zh"),
			zh_name(ind->name_zh, ind->key), missing, ind->key,
			ind->resource, ind->resource, level, first);
	else
		edubal__strbuf_printf(b, "missing input: %zu %s school(s) lack the "
			"data for %s (%s or %s_%s), e.g. %s", missing, level, ind->key,
			ind->resource, ind->resource, level, first);
}

static void
undefined_cv_text(struct edubal__strbuf *b, const edubal_standard *std,
	const struct edubal__reason *r, enum edubal__reason_part part)
{
	enum edubal__section s = (enum edubal__section) r->section;
	const struct edubal__indicator *ind = &std->indicators[r->indicator];
	if (part == EDUBAL__REASON_CODE)
		edubal__strbuf_printf(b, "undefined.resource.%s.cv.%s",
			edubal__section_name(s), ind->key);
	else if (part == EDUBAL__REASON_ZH)
		edubal__strbuf_printf(b, "%s %s 均值为 0,差异系数无定义",
			edubal__level_name(s, "zh"), zh_name(ind->name_zh, ind->key));
	else
		edubal__strbuf_printf(b, "%s: the mean of %s is 0, so its CV is "
			"undefined", edubal__level_name(s, "en"), ind->key);
}

static void
no_schools_text(struct edubal__strbuf *b, const struct edubal__reason *r,
	enum edubal__reason_part part)
{
	enum edubal__section s = (enum edubal__section) r->section;
	if (part == EDUBAL__REASON_CODE)
		edubal__strbuf_printf(b, "missing.resource.%s.schools",
			edubal__section_name(s));
	else if (part == EDUBAL__REASON_ZH)
		edubal__strbuf_printf(b, "缺少数据:没有参评的%s学校",
			edubal__level_name(s, "zh"));
	else
		edubal__strbuf_printf(b, "missing input: no %s schools to assess",
			edubal__level_name(s, "en"));
}

void
edubal__reason_write(const edubal_report *report,
	const struct edubal__reason *r, enum edubal__reason_part part,
	struct edubal__strbuf *b)
{
	const struct edubal__reason_texts *t = atomic_load_explicit(&r->texts,
		memory_order_acquire);
	if (t) {
		edubal__strbuf_puts(b, t->text[part]);
		return;
	}
	const edubal_standard *std = report->standard;
	switch ((enum edubal__reason_kind) r->kind) {
	case EDUBAL__REASON_SCHOOL:
		school_text(b, report, r, part);
		break;
	case EDUBAL__REASON_CV:
		cv_text(b, std, r, part);
		break;
	case EDUBAL__REASON_COMPOSITE:
		composite_text(b, r, part);
		break;
	case EDUBAL__REASON_MISSING:
		missing_text(b, report, r, part);
		break;
	case EDUBAL__REASON_UNDEFINED_CV:
		undefined_cv_text(b, std, r, part);
		break;
	case EDUBAL__REASON_NO_SCHOOLS:
		no_schools_text(b, r, part);
		break;
	case EDUBAL__REASON_GIVEN:
		break;   /* its texts are always set (edubal__reason_item) */
	}
}

const char *
edubal__reason_string(const edubal_report *report,
	const struct edubal__reason *r, enum edubal__reason_part part,
	struct edubal__strbuf *scratch)
{
	const struct edubal__reason_texts *t = atomic_load_explicit(&r->texts,
		memory_order_acquire);
	if (t)
		return t->text[part];
	scratch->len = 0;
	scratch->failed = false;
	edubal__reason_write(report, r, part, scratch);
	/* An empty text still needs its terminator. */
	edubal__strbuf_append(scratch, "", 0);
	return scratch->failed ? NULL : scratch->data;
}

const struct edubal__reason_texts *
edubal__reason_texts(const edubal_report *report, struct edubal__reason *r)
{
	struct edubal__reason_texts *t = atomic_load_explicit(&r->texts,
		memory_order_acquire);
	if (t)
		return t;
	struct edubal__strbuf b = {NULL, 0, 0, false};
	size_t start[3];
	for (int p = 0; p < 3; p++) {
		start[p] = b.len;
		edubal__reason_write(report, r, (enum edubal__reason_part) p, &b);
		edubal__strbuf_append(&b, "", 1);
	}
	struct edubal__reason_texts *made = texts_block(&b, start);
	free(b.data);
	if (!made)
		return NULL;
	/* Release: the texts are complete before another thread can see the
	 * pointer; acquire: the loser reads the winner's texts. */
	if (atomic_compare_exchange_strong_explicit(&r->texts, &t, made,
	    memory_order_acq_rel, memory_order_acquire))
		return made;
	free(made);
	return t;
}
