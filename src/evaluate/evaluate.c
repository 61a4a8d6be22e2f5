/*
 * src/evaluate/evaluate.c - edubal_evaluate(): find each county's rows in
 * every table, evaluate resources and items per county, and reach each
 * verdict.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/evaluate.h>

#include "../error.h"
#include "../util/big.h"
#include "../util/index.h"
#include "../util/key.h"
#include "../util/runs.h"
#include "../util/strbuf.h"
#include "items.h"
#include "program.h"
#include "quantity.h"
#include "report.h"
#include "resource.h"

static char *const *
text_column(const struct edubal__frame *f, const char *name)
{
	const struct edubal__column *c = edubal__frame_column(f, name);
	return c && c->is_text ? c->texts : NULL;
}

/* counties.csv's name, city and province columns (NULL where absent),
 * found once: by name for every county, the lookups cost more than the
 * copies. */
struct county_names {
	const struct edubal__column *name, *city, *province;
};

struct evaluation {
	edubal_report *report;
	const struct edubal__frame *frames[EDUBAL__TABLE_KINDS];
	char **county_of[EDUBAL__TABLE_KINDS];   /* county id of each row */
	char **class_county;                     /* owned: classes via school */
	/* Each table's rows by county: runs when a county's rows follow one
	 * another (grouped), else an index. */
	struct edubal__runs runs[EDUBAL__TABLE_KINDS];
	bool grouped[EDUBAL__TABLE_KINDS];
	struct edubal__index by_county[EDUBAL__TABLE_KINDS];
	struct edubal__index school_ids;
	struct edubal__class_maxima classes;
	struct edubal__school_columns school_columns;
	struct edubal__lookup_cache lookups;
	struct edubal__programs programs;
	struct county_names county_names;
	bool compile;     /* judge school rules by programs (program.h) */
	size_t *rows[EDUBAL__TABLE_KINDS];       /* scratch per county */
};

/* Each class's school row and county; the largest class per section. */
static edubal_status
link_classes(struct evaluation *ev, edubal_error *err)
{
	const struct edubal__frame *schools = ev->frames[EDUBAL_TABLE_SCHOOLS];
	const struct edubal__frame *classes = ev->frames[EDUBAL_TABLE_CLASSES];
	if (!schools)
		return edubal__fail(err, EDUBAL_EDATA, "%s: classes need a schools "
			"table to belong to", classes->source);
	size_t n = schools->rows;
	ev->classes.max = malloc((n ? n : 1) * sizeof *ev->classes.max);
	ev->class_county = calloc(classes->rows + 1, sizeof *ev->class_county);
	if (!ev->classes.max || !ev->class_county)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t r = 0; r < n; r++)
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
			ev->classes.max[r][s] = NAN;
	const struct edubal__column *ids = edubal__frame_column(classes, "school_id");
	const struct edubal__column *section = edubal__frame_column(classes, "section");
	const struct edubal__column *students = edubal__frame_column(classes, "students");
	for (size_t r = 0; r < classes->rows; r++) {
		const char *id = edubal__cell_text(ids, r);
		const struct edubal__index_entry *e = edubal__index_find(
			&ev->school_ids, id);
		if (!e)
			return edubal__fail_cell(err, EDUBAL_EDATA, classes->source,
				edubal__frame_row_number(classes, r), "school_id", id,
				"no school with this id in the schools table");
		ev->class_county[r] = ev->county_of[EDUBAL_TABLE_SCHOOLS][e->row];
		double *m = &ev->classes.max[e->row][(int) edubal__cell_number(
			section, r)];
		double v = edubal__cell_number(students, r);
		if (isnan(*m) || v > *m)
			*m = v;
	}
	ev->county_of[EDUBAL_TABLE_CLASSES] = ev->class_county;
	return EDUBAL_OK;
}

static edubal_status
build_indexes(struct evaluation *ev, edubal_error *err)
{
	const struct edubal__frame *schools = ev->frames[EDUBAL_TABLE_SCHOOLS];
	for (int k = 0; k < EDUBAL__TABLE_KINDS; k++) {
		if (ev->frames[k] && k != EDUBAL_TABLE_CLASSES)
			ev->county_of[k] = (char **) text_column(ev->frames[k],
				"county_id");
	}
	/* School ids are looked up only to link classes to their school. */
	if (schools && ev->frames[EDUBAL_TABLE_CLASSES] &&
	    edubal__index_build(&ev->school_ids,
	    text_column(schools, "school_id"), schools->rows))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (ev->frames[EDUBAL_TABLE_CLASSES]) {
		edubal_status st = link_classes(ev, err);
		if (st != EDUBAL_OK)
			return st;
	}
	for (int k = 0; k < EDUBAL__TABLE_KINDS; k++) {
		if (!ev->frames[k])
			continue;
		size_t rows = ev->frames[k]->rows;
		if (!ev->county_of[k])
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
		int grouped = edubal__runs_build(&ev->runs[k], ev->county_of[k],
			rows);
		ev->grouped[k] = grouped == 1;
		if (grouped < 0 || (grouped == 0 && edubal__index_build(
		    &ev->by_county[k], ev->county_of[k], rows)))
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
		/* Room for the largest county's rows. */
		size_t most = grouped == 1 ? edubal__runs_longest(&ev->runs[k])
		                           : rows;
		ev->rows[k] = malloc((most + 1) * sizeof *ev->rows[k]);
		if (!ev->rows[k])
			return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	return EDUBAL_OK;
}

/* A set of county ids (borrowed strings), open addressing; it grows, as
 * a county's rows usually follow each other and only the first of each
 * run is added: sized for every row, it was megabytes of memory to
 * fault in for a few thousand ids. */
struct id_set {
	const char **slots;
	size_t mask, used;
};

static const char **
id_set_slot(const char **slots, size_t mask, const char *id)
{
	size_t i = edubal__key_hash(id) & mask;
	while (slots[i] && strcmp(slots[i], id) != 0)
		i = (i + 1) & mask;
	return &slots[i];
}

/* Keep the set at most half full; false when out of memory. */
static bool
id_set_grow(struct id_set *set)
{
	if (2 * (set->used + 1) <= set->mask + 1)
		return true;
	size_t cap = 2 * (set->mask + 1);
	const char **slots = calloc(cap, sizeof *slots);
	if (!slots)
		return false;
	for (size_t i = 0; i <= set->mask; i++)
		if (set->slots[i])
			*id_set_slot(slots, cap - 1, set->slots[i]) = set->slots[i];
	free(set->slots);
	set->slots = slots;
	set->mask = cap - 1;
	return true;
}

/* Add id: 1 if it was new, 0 if it was there, -1 when out of memory. */
static int
id_set_add(struct id_set *set, const char *id)
{
	if (!id_set_grow(set))
		return -1;
	const char **slot = id_set_slot(set->slots, set->mask, id);
	if (*slot)
		return 0;
	*slot = id;
	set->used++;
	return 1;
}

/* The ids of all counties: counties.csv order, then those found only in
 * schools, kindergartens and funding, in order of first appearance.
 * A hash set of the ids seen keeps this O(n) at national scale (sorting
 * every row's id cost more than evaluating a county). */
static edubal_status
plan_counties(struct evaluation *ev, const char ***out, size_t *out_n)
{
	static const int order[] = {EDUBAL_TABLE_COUNTIES, EDUBAL_TABLE_SCHOOLS,
		EDUBAL_TABLE_KINDERGARTENS, EDUBAL_TABLE_FUNDING};
	struct id_set set = {calloc(1024, sizeof *set.slots), 1023, 0};
	size_t n = 0, cap = 1024;
	const char **ids = malloc(cap * sizeof *ids);
	edubal_status st = set.slots && ids ? EDUBAL_OK : EDUBAL_ENOMEM;
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		const struct edubal__frame *f = ev->frames[order[i]];
		const char *previous = NULL;
		for (size_t r = 0; f && r < f->rows && st == EDUBAL_OK; r++) {
			const char *id = ev->county_of[order[i]][r];
			/* Rows of one county usually follow each other. */
			if (previous && edubal__same_key(id, previous))
				continue;
			previous = id;
			int added = id_set_add(&set, id);
			if (added > 0 && n == cap) {
				const char **more = realloc(ids, 2 * cap * sizeof *ids);
				if (more) {
					ids = more;
					cap *= 2;
				}
			}
			if (added < 0 || (added > 0 && n == cap))
				st = EDUBAL_ENOMEM;
			else if (added > 0)
				ids[n++] = id;
		}
	}
	free(set.slots);
	if (st != EDUBAL_OK) {
		free(ids);
		return st;
	}
	*out = ids;
	*out_n = n;
	return EDUBAL_OK;
}

static size_t
county_rows_of(const struct evaluation *ev, int kind, const char *id,
	size_t *rows)
{
	if (ev->grouped[kind]) {
		size_t start, n = 0;
		if (edubal__runs_find(&ev->runs[kind], id, &start, &n))
			for (size_t i = 0; i < n; i++)
				rows[i] = start + i;
		return n;
	}
	const struct edubal__index *ix = &ev->by_county[kind];
	const struct edubal__index_entry *e = edubal__index_find(ix, id);
	const struct edubal__index_entry *end = ix->entries + ix->count;
	size_t n = 0;
	while (e && e + n < end && edubal__same_key(e[n].key, id)) {
		rows[n] = e[n].row;
		n++;
	}
	return n;
}

static enum edubal_verdict
verdict_of(const edubal_standard *std, const struct edubal__county_result *c)
{
	enum edubal__truth t = EDUBAL__TRUE;
	for (size_t l = 0; l < c->level_count; l++)
		t = edubal__truth_and(t, c->levels[l].pass);
	for (size_t i = 0; i < std->item_count; i++)
		if (std->items[i].judged)
			t = edubal__truth_and(t, c->items[i].pass);
	return t == EDUBAL__TRUE ? EDUBAL_VERDICT_PASS :
	       t == EDUBAL__FALSE ? EDUBAL_VERDICT_FAIL :
	                            EDUBAL_VERDICT_INCOMPLETE;
}

static void
find_county_names(const struct edubal__frame *counties,
	struct county_names *out)
{
	out->name = edubal__frame_column(counties, "name");
	out->city = edubal__frame_column(counties, "city");
	out->province = edubal__frame_column(counties, "province");
}

static edubal_status
copy_county_names(struct edubal__county_result *c,
	const struct county_names *names, const struct edubal__county_rows *county)
{
	if (!county->has_county_row)
		return EDUBAL_OK;
	size_t row = county->rows[EDUBAL_TABLE_COUNTIES][0];
	const char *name = edubal__cell_text(names->name, row);
	const char *city = edubal__cell_text(names->city, row);
	const char *province = edubal__cell_text(names->province, row);
	c->name = edubal__strdup(name);
	c->city = edubal__strdup(city);
	c->province = edubal__strdup(province);
	if ((name && !c->name) || (city && !c->city) || (province && !c->province))
		return EDUBAL_ENOMEM;
	return EDUBAL_OK;
}

static edubal_status
evaluate_county(struct evaluation *ev, size_t index, const char *id,
	edubal_error *err)
{
	struct edubal__county_result *c = &ev->report->counties[index];
	struct edubal__county_rows county;
	memset(&county, 0, sizeof county);
	for (int k = 0; k < EDUBAL__TABLE_KINDS; k++) {
		county.frames[k] = ev->frames[k];
		county.rows[k] = ev->rows[k];
		if (ev->frames[k])
			county.count[k] = county_rows_of(ev, k, id, ev->rows[k]);
	}
	county.has_county_row = county.count[EDUBAL_TABLE_COUNTIES] > 0;
	county.classes = ev->frames[EDUBAL_TABLE_CLASSES] ? &ev->classes : NULL;
	county.schools = &ev->school_columns;
	county.lookups = &ev->lookups;
	county.programs = &ev->programs;
	c->county_id = edubal__strdup(id);
	if (!c->county_id ||
	    copy_county_names(c, &ev->county_names, &county) != EDUBAL_OK)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = edubal__evaluate_resources(ev->report, index,
		&ev->school_columns, county.rows[EDUBAL_TABLE_SCHOOLS],
		county.count[EDUBAL_TABLE_SCHOOLS], err);
	if (st == EDUBAL_OK)
		st = edubal__evaluate_items(ev->report, index, &county, err);
	if (st == EDUBAL_OK)
		c->verdict = verdict_of(ev->report->standard, c);
	return st;
}

/* School rules judged for all schools at once (program.h); the items of
 * each county then look at the schools that do not certainly pass. */
static edubal_status
judge_by_programs(struct evaluation *ev)
{
	const struct edubal__frame *schools = ev->frames[EDUBAL_TABLE_SCHOOLS];
	edubal_status st = edubal__programs_build(&ev->programs,
		ev->report->standard, schools);
	if (st == EDUBAL_OK && schools)
		st = edubal__programs_judge(&ev->programs, ev->report->standard,
			&ev->school_columns, ev->frames[EDUBAL_TABLE_CLASSES] ?
			&ev->classes : NULL, schools->rows);
	return st;
}

/* Room for every school result and its indicators at once: growing the
 * array by doubling copied it again and again at national scale, and an
 * arena block per school cost time and alignment padding. */
static edubal_status
reserve_schools(struct evaluation *ev)
{
	edubal_report *r = ev->report;
	size_t n = ev->school_columns.assessed_sections;
	if (n == 0)
		return EDUBAL_OK;
	size_t k = r->standard->indicator_count ? r->standard->indicator_count
	                                         : 1;
	r->schools = edubal__big_alloc(n * sizeof *r->schools);
	r->indicator_block = n <= SIZE_MAX / sizeof(double) / k ?
		edubal__arena_alloc(&r->school_arena, n * k * sizeof(double)) :
		NULL;
	if (!r->schools || !r->indicator_block)
		return EDUBAL_ENOMEM;
	r->school_cap = n;
	return EDUBAL_OK;
}

static edubal_status
run(struct evaluation *ev, edubal_error *err)
{
	edubal_status st = build_indexes(ev, err);
	find_county_names(ev->frames[EDUBAL_TABLE_COUNTIES], &ev->county_names);
	if (st == EDUBAL_OK && !edubal__lookup_cache_init(&ev->lookups))
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	const char **ids = NULL;
	size_t n = 0;
	if (st == EDUBAL_OK && edubal__school_columns_init(&ev->school_columns,
	    ev->report->standard, ev->frames[EDUBAL_TABLE_SCHOOLS]) != EDUBAL_OK)
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (st == EDUBAL_OK && ev->compile && judge_by_programs(ev) != EDUBAL_OK)
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (st == EDUBAL_OK && plan_counties(ev, &ids, &n) != EDUBAL_OK)
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	if (st == EDUBAL_OK && ev->frames[EDUBAL_TABLE_SCHOOLS] &&
	    reserve_schools(ev) != EDUBAL_OK)
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	/* A school result keeps its county and count of indicators met in
	 * 32 and 16 bits (report.h). */
	if (st == EDUBAL_OK && (n > UINT32_MAX ||
	    ev->report->standard->indicator_count > UINT16_MAX))
		st = edubal__fail(err, EDUBAL_EINVAL, "too many counties (%zu) or "
			"indicators (%zu) for one evaluation", n,
			ev->report->standard->indicator_count);
	if (st == EDUBAL_OK) {
		ev->report->counties = calloc(n ? n : 1, sizeof *ev->report->counties);
		if (!ev->report->counties)
			st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < n && st == EDUBAL_OK; i++) {
		ev->report->county_count = i + 1;
		st = evaluate_county(ev, i, ids[i], err);
	}
	free(ids);
	return st;
}

static void
evaluation_free(struct evaluation *ev)
{
	for (int k = 0; k < EDUBAL__TABLE_KINDS; k++) {
		edubal__index_free(&ev->by_county[k]);
		edubal__runs_free(&ev->runs[k]);
		free(ev->rows[k]);
	}
	edubal__index_free(&ev->school_ids);
	edubal__school_columns_free(&ev->school_columns);
	edubal__lookup_cache_free(&ev->lookups);
	edubal__programs_free(&ev->programs);
	free(ev->classes.max);
	free(ev->class_county);
}

/*
 * Tables that hold a header and no rows (a truncated export) would give a
 * report with no county and no word of why: refuse them, naming the
 * first such table, where its first row should be.
 */
static edubal_status
refuse_header_only(const struct evaluation *ev, edubal_error *err)
{
	const struct edubal__frame *first = NULL;
	for (int k = 0; k < EDUBAL__TABLE_KINDS; k++) {
		const struct edubal__frame *f = ev->frames[k];
		if (f && f->rows > 0)
			return EDUBAL_OK;
		if (f && !first)
			first = f;
	}
	return edubal__fail_cell(err, EDUBAL_EDATA, first->source, 2,
		first->column_count > 0 ? first->columns[0].name : NULL, NULL,
		"the table has a header but no data rows: nothing to evaluate");
}

edubal_status
edubal_evaluate(const edubal_standard *standard, const edubal_dataset *dataset,
	edubal_report **out_report, edubal_error *err)
{
	return edubal__evaluate_with(standard, dataset, true, out_report, err);
}

edubal_status
edubal__evaluate_with(const edubal_standard *standard,
	const edubal_dataset *dataset, bool compile, edubal_report **out_report,
	edubal_error *err)
{
	if (!standard || !dataset || !out_report)
		return edubal__fail(err, EDUBAL_EINVAL,
			"standard, dataset and out_report must not be NULL");
	struct evaluation ev;
	memset(&ev, 0, sizeof ev);
	ev.compile = compile;
	bool any = false;
	for (int k = 0; k < EDUBAL__TABLE_KINDS; k++) {
		ev.frames[k] = edubal__dataset_frame(dataset, (enum edubal_table_kind) k);
		any = any || (ev.frames[k] && k != EDUBAL_TABLE_CLASSES);
	}
	if (!any)
		return edubal__fail(err, EDUBAL_EINVAL, "the dataset is empty: add "
			"schools.csv, counties.csv, kindergartens.csv or funding.csv");
	edubal_status empty = refuse_header_only(&ev, err);
	if (empty != EDUBAL_OK)
		return empty;
	ev.report = calloc(1, sizeof *ev.report);
	if (!ev.report)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = edubal__standard_clone(standard, &ev.report->standard,
		err);
	if (st == EDUBAL_OK)
		st = run(&ev, err);
	evaluation_free(&ev);
	if (st != EDUBAL_OK) {
		edubal_report_free(ev.report);
		return st;
	}
	*out_report = ev.report;
	return EDUBAL_OK;
}
