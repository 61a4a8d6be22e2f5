/*
 * src/evaluate/evaluate.c - edubal_evaluate(): group schools by county,
 * evaluate resources and items per county, and reach each verdict.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/evaluate.h>

#include "../error.h"
#include "../util/index.h"
#include "../util/strbuf.h"
#include "items.h"
#include "report.h"
#include "resource.h"

static char *const *
text_column(const struct edubal__frame *f, const char *name)
{
	const struct edubal__column *c = edubal__frame_column(f, name);
	return c && c->is_text ? c->texts : NULL;
}

/* Largest class of each school and section, from classes.csv. */
static edubal_status
class_maxima(const struct edubal__frame *schools,
	const struct edubal__frame *classes, struct edubal__index *by_id,
	struct edubal__class_maxima *out, edubal_error *err)
{
	out->max = malloc((schools->rows ? schools->rows : 1) * sizeof *out->max);
	if (!out->max)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t r = 0; r < schools->rows; r++)
		for (int s = 0; s < EDUBAL__SECTION_COUNT; s++)
			out->max[r][s] = NAN;
	const struct edubal__column *ids = edubal__frame_column(classes,
		"school_id");
	const struct edubal__column *section = edubal__frame_column(classes,
		"section");
	const struct edubal__column *students = edubal__frame_column(classes,
		"students");
	for (size_t r = 0; r < classes->rows; r++) {
		const char *id = edubal__cell_text(ids, r);
		const struct edubal__index_entry *e = edubal__index_find(by_id, id);
		if (!e)
			return edubal__fail_cell(err, EDUBAL_EDATA, classes->source,
				edubal__frame_row_number(classes, r), "school_id", id, "no school with this id in the "
				"schools table");
		int s = (int) edubal__cell_number(section, r);
		double n = edubal__cell_number(students, r);
		double *m = &out->max[e->row][s];
		if (isnan(*m) || n > *m)
			*m = n;
	}
	return EDUBAL_OK;
}

struct county_plan {
	const char *id;
	const char *name;
	bool has_row;
	size_t row;                  /* counties.csv row */
	const struct edubal__index_entry *schools; /* first school, or NULL */
};

static size_t
group_size(const struct edubal__index *ix, const struct edubal__index_entry *e)
{
	size_t n = 0;
	const struct edubal__index_entry *end = ix->entries + ix->count;
	while (e + n < end && strcmp(e[n].key, e->key) == 0)
		n++;
	return n;
}

/* Counties in counties.csv order, then those found only in schools.csv. */
static size_t
plan_counties(const struct edubal__frame *counties,
	const struct edubal__index *schools_by_county, char *const *school_county,
	size_t school_rows, struct county_plan *plan, bool *planned)
{
	size_t n = 0;
	char *const *ids = counties ? text_column(counties, "county_id") : NULL;
	char *const *names = counties ? text_column(counties, "name") : NULL;
	for (size_t r = 0; ids && r < counties->rows; r++) {
		const struct edubal__index_entry *e =
			edubal__index_find(schools_by_county, ids[r]);
		if (e)
			planned[e - schools_by_county->entries] = true;
		plan[n++] = (struct county_plan){ids[r], names ? names[r] : NULL,
			true, r, e};
	}
	for (size_t r = 0; r < school_rows; r++) {
		const struct edubal__index_entry *e =
			edubal__index_find(schools_by_county, school_county[r]);
		size_t k = (size_t) (e - schools_by_county->entries);
		if (planned[k])
			continue;
		planned[k] = true;
		plan[n++] = (struct county_plan){e->key, NULL, false, 0, e};
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
		t = edubal__truth_and(t, c->items[i].pass);
	return t == EDUBAL__TRUE ? EDUBAL_VERDICT_PASS :
	       t == EDUBAL__FALSE ? EDUBAL_VERDICT_FAIL :
	                            EDUBAL_VERDICT_INCOMPLETE;
}

struct evaluation {
	edubal_report *report;
	const struct edubal__frame *schools, *counties;
	struct edubal__index by_county, by_id;
	struct edubal__class_maxima classes;
	bool has_classes;
	size_t *rows;
};

static edubal_status
evaluate_county(struct evaluation *ev, size_t index,
	const struct county_plan *p, edubal_error *err)
{
	struct edubal__county_result *c = &ev->report->counties[index];
	c->county_id = edubal__strdup(p->id);
	c->name = edubal__strdup(p->name);
	if (!c->county_id || (p->name && !c->name))
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	size_t n = p->schools ? group_size(&ev->by_county, p->schools) : 0;
	for (size_t i = 0; i < n; i++)
		ev->rows[i] = p->schools[i].row;
	edubal_status st = edubal__evaluate_resources(ev->report, index,
		ev->schools, ev->rows, n, err);
	struct edubal__county_inputs in = {ev->counties, p->row, p->has_row,
		ev->schools, ev->rows, n, ev->has_classes ? &ev->classes : NULL};
	if (st == EDUBAL_OK)
		st = edubal__evaluate_items(ev->report, index, &in, err);
	if (st == EDUBAL_OK)
		c->verdict = verdict_of(ev->report->standard, c);
	return st;
}

static edubal_status
run(struct evaluation *ev, const edubal_dataset *ds, edubal_error *err)
{
	char *const *county_of = text_column(ev->schools, "county_id");
	char *const *school_ids = text_column(ev->schools, "school_id");
	size_t rows = ev->schools->rows;
	size_t max_counties = rows + (ev->counties ? ev->counties->rows : 0);
	struct county_plan *plan = malloc((max_counties + 1) * sizeof *plan);
	bool *planned = calloc(rows + 1, sizeof *planned);
	ev->rows = malloc((rows + 1) * sizeof *ev->rows);
	edubal_status st = EDUBAL_OK;
	if (!plan || !planned || !ev->rows || !county_of || !school_ids ||
	    edubal__index_build(&ev->by_county, county_of, rows) ||
	    edubal__index_build(&ev->by_id, school_ids, rows))
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	const struct edubal__frame *classes = edubal__dataset_frame(ds,
		EDUBAL_TABLE_CLASSES);
	ev->has_classes = classes != NULL;
	if (st == EDUBAL_OK && classes)
		st = class_maxima(ev->schools, classes, &ev->by_id, &ev->classes, err);
	size_t n = st == EDUBAL_OK ? plan_counties(ev->counties, &ev->by_county,
		county_of, rows, plan, planned) : 0;
	ev->report->counties = calloc(n ? n : 1, sizeof *ev->report->counties);
	if (st == EDUBAL_OK && !ev->report->counties)
		st = edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	for (size_t i = 0; i < n && st == EDUBAL_OK; i++) {
		ev->report->county_count = i + 1;
		st = evaluate_county(ev, i, &plan[i], err);
	}
	free(plan);
	free(planned);
	return st;
}

edubal_status
edubal_evaluate(const edubal_standard *standard, const edubal_dataset *dataset,
	edubal_report **out_report, edubal_error *err)
{
	if (!standard || !dataset || !out_report)
		return edubal__fail(err, EDUBAL_EINVAL,
			"standard, dataset and out_report must not be NULL");
	struct evaluation ev;
	memset(&ev, 0, sizeof ev);
	ev.schools = edubal__dataset_frame(dataset, EDUBAL_TABLE_SCHOOLS);
	ev.counties = edubal__dataset_frame(dataset, EDUBAL_TABLE_COUNTIES);
	if (!ev.schools)
		return edubal__fail(err, EDUBAL_EINVAL,
			"the dataset has no schools table: add schools.csv first");
	ev.report = calloc(1, sizeof *ev.report);
	if (!ev.report)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory");
	edubal_status st = edubal__standard_clone(standard, &ev.report->standard,
		err);
	if (st == EDUBAL_OK)
		st = run(&ev, dataset, err);
	edubal__index_free(&ev.by_county);
	edubal__index_free(&ev.by_id);
	free(ev.classes.max);
	free(ev.rows);
	if (st != EDUBAL_OK) {
		edubal_report_free(ev.report);
		return st;
	}
	*out_report = ev.report;
	return EDUBAL_OK;
}
