/*
 * src/io/report_xlsx.c - the report as an Excel workbook, written with
 * libxlsxwriter (Debian libxlsxwriter-dev): the format education bureaus
 * exchange.
 *
 * Five sheets, one row per fact so that a bureau can filter and pivot:
 * counties (verdict), CVs (county × level × indicator), schools (school
 * section × indicator, cells coloured met / ≥ 85% / below 85%), items and
 * reasons.  Headers are in the report's language; keys stay as in the
 * JSON report so that sheets can be joined with it.
 *
 * Numbers are written as numbers, at libxlsxwriter's 16 significant
 * digits ("%.16G"; Excel itself shows 15).  libxlsxwriter formats them
 * with the C library's printf, so under a comma-decimal LC_NUMERIC it
 * would write "0,5", which Excel cannot read.  edubal's own number code
 * does not depend on the locale, but a library must not change the
 * process's locale either, so such a call is refused (EDUBAL_EINVAL).
 */
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "../error.h"
#include "../evaluate/reasons.h"
#include "../evaluate/report.h"
#include "../evaluate/resource.h"
#include "render.h"

/* Excel's longest cell text, in bytes as libxlsxwriter counts. */
#define CELL_MAX 32767

struct xlsx_words {
	const char *sheet[5];
	const char *counties[3], *cvs[9], *schools_tail[3], *items[8],
		*reasons[3];
	const char *verdict[3];
};

static const struct xlsx_words zh_words = {
	{"县域结论", "差异系数", "学校", "评估项目", "原因"},
	{"县代码", "县名", "结论"},
	{"县代码", "学段", "指标", "指标名称", "均值", "标准差", "差异系数",
	 "限值", "达标"},
	{"达标项数", "达标", "学生数"},
	{"县代码", "部分", "项目", "项目名称", "数值", "标准", "达标", "说明"},
	{"县代码", "原因代码", "说明"},
	{"通过", "未通过", "资料不全"},
};

static const struct xlsx_words en_words = {
	{"Counties", "CVs", "Schools", "Items", "Reasons"},
	{"county_id", "name", "verdict"},
	{"county_id", "level", "key", "indicator", "mean", "sd", "cv", "limit",
	 "pass"},
	{"met", "pass", "students"},
	{"county_id", "part", "key", "item", "value", "threshold", "pass",
	 "reason"},
	{"county_id", "code", "message"},
	{"pass", "fail", "incomplete"},
};

struct xlsx {
	lxw_workbook *book;
	const edubal_report *report;
	const struct xlsx_words *w;
	const char *lang;
	bool zh;
	lxw_format *bold, *met, *near, *below;
	lxw_error error;    /* first failure, LXW_NO_ERROR if none */
};

static void
check(struct xlsx *x, lxw_error e)
{
	if (x->error == LXW_NO_ERROR && e != LXW_NO_ERROR)
		x->error = e;
}

/* Text cell; NULL writes nothing.  Text over Excel's limit is cut at a
 * character boundary (a reason listing thousands of schools can be). */
static void
put_text(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
	const char *s, lxw_format *f)
{
	if (!s)
		return;
	size_t n = strlen(s);
	if (n <= CELL_MAX) {
		check(x, worksheet_write_string(ws, row, col, s, f));
		return;
	}
	char *copy = malloc(CELL_MAX + 1);
	if (!copy) {
		check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return;
	}
	size_t end = CELL_MAX;
	while (end > 0 && ((unsigned char) s[end] & 0xC0) == 0x80)
		end--;
	memcpy(copy, s, end);
	copy[end] = '\0';
	check(x, worksheet_write_string(ws, row, col, copy, f));
	free(copy);
}

/* Number cell, or an empty cell when absent. */
static void
put_number(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
	bool has, double v, lxw_format *f)
{
	if (has && isfinite(v))
		check(x, worksheet_write_number(ws, row, col, v, f));
	else if (f)
		check(x, worksheet_write_blank(ws, row, col, f));
}

/* Three-valued truth as TRUE / FALSE, or an empty cell when unknown. */
static void
put_truth(struct xlsx *x, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
	enum edubal__truth t)
{
	if (t != EDUBAL__UNKNOWN)
		check(x, worksheet_write_boolean(ws, row, col, t == EDUBAL__TRUE,
			NULL));
}

static void
header(struct xlsx *x, lxw_worksheet *ws, const char *const *names,
	size_t n, lxw_col_t first)
{
	for (size_t i = 0; i < n; i++)
		put_text(x, ws, 0, (lxw_col_t) (first + i), names[i], x->bold);
	worksheet_freeze_panes(ws, 1, 0);
}

static lxw_worksheet *
sheet(struct xlsx *x, int i)
{
	lxw_worksheet *ws = workbook_add_worksheet(x->book, x->w->sheet[i]);
	if (!ws)
		check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
	return ws;
}

static const char *
verdict_key(enum edubal_verdict v)
{
	return v == EDUBAL_VERDICT_PASS ? "pass" :
	       v == EDUBAL_VERDICT_FAIL ? "fail" : "incomplete";
}

static void
counties_sheet(struct xlsx *x)
{
	lxw_worksheet *ws = sheet(x, 0);
	if (!ws)
		return;
	header(x, ws, x->w->counties, 3, 0);
	put_text(x, ws, 0, 3, "verdict_key", x->bold);
	for (size_t i = 0; i < x->report->county_count; i++) {
		const struct edubal__county_result *c = &x->report->counties[i];
		lxw_row_t r = (lxw_row_t) (i + 1);
		put_text(x, ws, r, 0, c->county_id, NULL);
		put_text(x, ws, r, 1, c->name, NULL);
		put_text(x, ws, r, 2, x->w->verdict[c->verdict], NULL);
		put_text(x, ws, r, 3, verdict_key(c->verdict), NULL);
	}
	worksheet_set_column(ws, 0, 2, 16, NULL);
}

static const char *
name_of(const struct xlsx *x, const char *zh, const char *en,
	const char *key)
{
	const char *s = x->zh ? zh : en;
	return s ? s : key;
}

static void
cv_rows(struct xlsx *x, lxw_worksheet *ws, lxw_row_t *row,
	const struct edubal__county_result *c)
{
	const edubal_standard *std = x->report->standard;
	for (size_t l = 0; l < c->level_count; l++) {
		const struct edubal__level_result *lv = &c->levels[l];
		for (size_t i = 0; i < std->indicator_count; i++) {
			const struct edubal__indicator *ind = &std->indicators[i];
			const struct edubal__indicator_result *r = &lv->indicators[i];
			lxw_row_t n = (*row)++;
			put_text(x, ws, n, 0, c->county_id, NULL);
			put_text(x, ws, n, 1, edubal__section_name(lv->section), NULL);
			put_text(x, ws, n, 2, ind->key, NULL);
			put_text(x, ws, n, 3, name_of(x, ind->name_zh, ind->name_en,
				ind->key), NULL);
			put_number(x, ws, n, 4, r->computed, r->mean, NULL);
			put_number(x, ws, n, 5, r->computed, r->sd, NULL);
			put_number(x, ws, n, 6, r->computed, r->cv,
				r->pass == EDUBAL__FALSE ? x->below : NULL);
			put_number(x, ws, n, 7, r->has_limit, r->limit, NULL);
			put_truth(x, ws, n, 8, r->pass);
		}
	}
}

static void
cvs_sheet(struct xlsx *x)
{
	lxw_worksheet *ws = sheet(x, 1);
	if (!ws)
		return;
	header(x, ws, x->w->cvs, 9, 0);
	lxw_row_t row = 1;
	for (size_t i = 0; i < x->report->county_count; i++)
		cv_rows(x, ws, &row, &x->report->counties[i]);
	worksheet_set_column(ws, 2, 3, 30, NULL);
}

/* SPEC §2.2 colour of a school's indicator: met, ≥ floor fraction of the
 * standard, below it; NULL when the level has no threshold or no value. */
static lxw_format *
school_format(struct xlsx *x, size_t i, enum edubal__section s, double v)
{
	const edubal_standard *std = x->report->standard;
	const struct edubal__indicator *ind = &std->indicators[i];
	if (!ind->has_threshold[s] || isnan(v))
		return NULL;
	double t = ind->threshold[s];
	return v >= t ? x->met : v >= std->floor_fraction * t ? x->near :
	       x->below;
}

static void
schools_sheet(struct xlsx *x)
{
	const edubal_standard *std = x->report->standard;
	lxw_worksheet *ws = sheet(x, 2);
	if (!ws)
		return;
	static const char *const lead[] = {"school_id", "county_id", "section"};
	header(x, ws, lead, 3, 0);
	for (size_t i = 0; i < std->indicator_count; i++)
		put_text(x, ws, 0, (lxw_col_t) (3 + i), std->indicators[i].key,
			x->bold);
	lxw_col_t tail = (lxw_col_t) (3 + std->indicator_count);
	header(x, ws, x->w->schools_tail, 3, tail);
	for (size_t k = 0; k < x->report->school_count; k++) {
		const struct edubal__school_result *s = &x->report->schools[k];
		lxw_row_t r = (lxw_row_t) (k + 1);
		put_text(x, ws, r, 0, s->school_id, NULL);
		put_text(x, ws, r, 1, x->report->counties[s->county].county_id,
			NULL);
		put_text(x, ws, r, 2, edubal__section_name(s->section), NULL);
		for (size_t i = 0; i < std->indicator_count; i++)
			put_number(x, ws, r, (lxw_col_t) (3 + i), true,
				s->indicators[i],
				school_format(x, i, s->section, s->indicators[i]));
		check(x, worksheet_write_number(ws, r, tail, s->met, NULL));
		put_truth(x, ws, r, (lxw_col_t) (tail + 1), s->pass);
		put_number(x, ws, r, (lxw_col_t) (tail + 2), true, s->students,
			NULL);
	}
	worksheet_set_column(ws, 0, 0, 16, NULL);
}

static void
item_row(struct xlsx *x, lxw_worksheet *ws, lxw_row_t n,
	const struct edubal__county_result *c, size_t i)
{
	const struct edubal__item *item = &x->report->standard->items[i];
	const struct edubal__item_result *r = &c->items[i];
	put_text(x, ws, n, 0, c->county_id, NULL);
	put_text(x, ws, n, 1, item->part, NULL);
	put_text(x, ws, n, 2, item->key, NULL);
	put_text(x, ws, n, 3, name_of(x, item->name_zh, item->name_en,
		item->key), NULL);
	if (r->value_kind == EDUBAL__ITEM_BOOL)
		check(x, worksheet_write_boolean(ws, n, 4, r->value != 0, NULL));
	else
		put_number(x, ws, n, 4, r->value_kind == EDUBAL__ITEM_NUMBER,
			r->value, NULL);
	put_number(x, ws, n, 5, r->has_threshold, r->threshold, NULL);
	put_truth(x, ws, n, 6, r->pass);
	if (r->reason && *r->reason)
		put_text(x, ws, n, 7, r->reason, NULL);
}

static void
items_sheet(struct xlsx *x)
{
	lxw_worksheet *ws = sheet(x, 3);
	if (!ws)
		return;
	header(x, ws, x->w->items, 8, 0);
	lxw_row_t row = 1;
	size_t n = x->report->standard->item_count;
	for (size_t c = 0; c < x->report->county_count; c++)
		for (size_t i = 0; i < n; i++)
			item_row(x, ws, row++, &x->report->counties[c], i);
	worksheet_set_column(ws, 2, 3, 30, NULL);
}

static void
reasons_sheet(struct xlsx *x)
{
	lxw_worksheet *ws = sheet(x, 4);
	if (!ws)
		return;
	header(x, ws, x->w->reasons, 3, 0);
	lxw_row_t row = 1;
	/* Each text is written here and dropped once its cell has it. */
	struct edubal__strbuf scratch = {NULL, 0, 0, false};
	enum edubal__reason_part lang = x->zh ? EDUBAL__REASON_ZH
	                                      : EDUBAL__REASON_EN;
	for (size_t c = 0; c < x->report->county_count; c++) {
		const struct edubal__county_result *cr = &x->report->counties[c];
		for (size_t i = 0; i < cr->reason_count; i++, row++) {
			const struct edubal__reason *r = &cr->reasons[i];
			put_text(x, ws, row, 0, cr->county_id, NULL);
			for (int col = 1; col <= 2; col++) {
				const char *t = edubal__reason_string(x->report, r,
					col == 1 ? EDUBAL__REASON_CODE : lang, &scratch);
				if (!t)
					check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
				put_text(x, ws, row, (lxw_col_t) col, t, NULL);
			}
		}
	}
	free(scratch.data);
	worksheet_set_column(ws, 1, 1, 30, NULL);
	worksheet_set_column(ws, 2, 2, 100, NULL);
}

static lxw_format *
fill(struct xlsx *x, lxw_color_t colour)
{
	lxw_format *f = workbook_add_format(x->book);
	if (f)
		format_set_bg_color(f, colour);
	else
		check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
	return f;
}

static void
add_formats(struct xlsx *x)
{
	x->bold = workbook_add_format(x->book);
	if (x->bold)
		format_set_bold(x->bold);
	else
		check(x, LXW_ERROR_MEMORY_MALLOC_FAILED);
	/* The HTML report's colours: met, ≥ 85%, below 85%. */
	x->met = fill(x, 0xE3F1E3);
	x->near = fill(x, 0xFFF3CD);
	x->below = fill(x, 0xF8D7DA);
}

edubal_status
edubal__save_xlsx(const edubal_report *report, const char *lang,
	const char *path, edubal_error *err)
{
	bool zh = !lang || strcmp(lang, "en") != 0;
	struct xlsx x = {NULL, report, zh ? &zh_words : &en_words,
		zh ? "zh" : "en", zh, NULL, NULL, NULL, NULL, LXW_NO_ERROR};
	const char *point = localeconv()->decimal_point;
	if (!point || strcmp(point, ".") != 0)
		return edubal__fail(err, EDUBAL_EINVAL, "%s: xlsx numbers would be "
			"written with the decimal point \"%s\" of LC_NUMERIC; set "
			"LC_NUMERIC to \"C\" before saving", path, point ? point : "");
	/* libxlsxwriter reports a file it cannot create on stderr, which a
	 * library must not do: find that out here first. */
	FILE *probe = fopen(path, "wb");
	if (!probe)
		return edubal__fail(err, EDUBAL_EIO, "%s: cannot create: %s", path,
			strerror(errno));
	fclose(probe);
	/* Rows are written in order, sheet by sheet, so libxlsxwriter can
	 * flush each row at once: the national workbook took 0.8 GB held
	 * whole. */
	lxw_workbook_options options = {.constant_memory = LXW_TRUE};
	x.book = workbook_new_opt(path, &options);
	if (!x.book)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory starting "
			"the workbook %s", path);
	add_formats(&x);
	counties_sheet(&x);
	cvs_sheet(&x);
	schools_sheet(&x);
	items_sheet(&x);
	reasons_sheet(&x);
	lxw_error closed = workbook_close(x.book);
	check(&x, closed);
	if (x.error == LXW_NO_ERROR)
		return EDUBAL_OK;
	if (x.error == LXW_ERROR_MEMORY_MALLOC_FAILED)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory writing %s",
			path);
	return edubal__fail(err, EDUBAL_EIO, "%s: cannot write the workbook: %s",
		path, lxw_strerror(x.error));
}
