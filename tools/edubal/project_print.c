/*
 * tools/edubal/project_print.c - `edubal project` output: a table of the
 * chosen series by year, or JSON (docs/projections.md), with the band of
 * the low and high scenarios beside each value when they were asked for.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "project_cli.h"

static const char *const births_names[] = {"constant", "linear",
	"fertility"};
static const char *const ratio_names[] = {"mean", "geometric", "median",
	"last", "weighted"};

static const struct series *
find(const struct project_result *r, const char *name)
{
	for (size_t i = 0; i < r->n; i++) {
		if (strcmp(r->s[i].name, name) == 0)
			return &r->s[i];
	}
	return NULL;
}

/* Low and high over the three scenarios (the library's band). */
static void
band(const struct project_result *r, const struct series *s, double *lo,
	double *hi)
{
	edubal_project_band(s->v[0], r->years, s->v[1], r->years, s->v[2],
		r->years, lo, r->years, hi, r->years, NULL);
}

static json_t *
per_section_json(const struct per_section *ps)
{
	json_t *obj = json_object();
	for (size_t s = 0; s < SECTIONS; s++) {
		if (!isnan(ps->v[s]))
			json_object_set_new(obj, project_sections[s], json_real(ps->v[s]));
	}
	return obj;
}

static json_t *
parameters_json(const struct project_options *o)
{
	json_t *p = json_pack("{s:s, s:f, s:f, s:f, s:s, s:I, s:s}",
		"births_method", births_names[o->births_method],
		"survival", o->survival, "migration_rate", o->migration_rate,
		"migration_count", o->migration_count,
		"ratio_method", ratio_names[o->ratio_method], "k", (json_int_t) o->k,
		"intake", o->intake_births ? "births" : "population");
	json_object_set_new(p, "per_1000", per_section_json(&o->per_1000));
	json_object_set_new(p, "urban_share", json_real(o->urban_share));
	json_object_set_new(p, "class_size", per_section_json(&o->class_size));
	json_object_set_new(p, "school_seats", per_section_json(&o->school_seats));
	json_object_set_new(p, "students_per_teacher", per_section_json(&o->ratio));
	json_object_set_new(p, "staff", per_section_json(&o->staff));
	if (!isnan(o->class_teachers))
		json_object_set_new(p, "teachers_per_class",
			json_real(o->class_teachers));
	if (!isnan(o->asfr))
		json_object_set_new(p, "asfr", json_real(o->asfr));
	if (!isnan(o->ger))
		json_object_set_new(p, "preschool", json_pack("{s:f, s:f, s:f}",
			"target_ger", o->ger, "public_share", o->public_share,
			"inclusive_share", o->inclusive_share));
	if (o->bands)
		json_object_set_new(p, "scenarios", json_pack("{s:[f,f], s:[f,f], "
			"s:[s,s]}", "births_factor", o->births_band[0], o->births_band[1],
			"migration_factor", o->migration_band[0], o->migration_band[1],
			"ratio_method", ratio_names[o->ratio_band[0]],
			ratio_names[o->ratio_band[1]]));
	return p;
}

static int
print_json(const struct project_options *o, const edubal_inputs *in,
	const struct project_result *r, const char *const *names)
{
	json_t *years = json_array();
	for (size_t y = 0; y < r->years; y++) {
		json_t *row = json_pack("{s:i}", "year", r->first_year + (int) y);
		for (size_t i = 0; names[i]; i++) {
			const struct series *s = find(r, names[i]);
			if (!s)
				continue;
			json_object_set_new(row, s->name, json_real(s->v[0][y]));
			if (!o->bands)
				continue;
			double lo[MAX_YEARS], hi[MAX_YEARS];
			band(r, s, lo, hi);
			json_object_set_new(row, s->name, json_pack("{s:f, s:f, s:f}",
				"medium", s->v[0][y], "low", lo[y], "high", hi[y]));
		}
		json_array_append_new(years, row);
	}
	json_t *root = json_pack("{s:s, s:s, s:s, s:i, s:i, s:o, s:O, s:o}",
		"edubal_version", edubal_version(), "command", o->command,
		"county_id", edubal_inputs_county(in), "base_year", r->first_year - 1,
		"last_year", o->to, "parameters", parameters_json(o),
		"ratios", r->ratios, "years", years);
	if (!root)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	int rc = json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	                    JSON_REAL_PRECISION(17));
	fputc('\n', stdout);
	json_decref(root);
	return rc == 0 ? CLI_OK : CLI_INTERNAL;
}

/* One row per year, one column per series; with bands each cell reads
 * "medium [low, high]". */
static void
print_block(const struct project_options *o, const struct project_result *r,
	const struct series *const *cols, size_t n)
{
	double lo[TEXT_COLUMNS][MAX_YEARS], hi[TEXT_COLUMNS][MAX_YEARS];
	int width[TEXT_COLUMNS];
	for (size_t c = 0; c < n; c++) {
		int w = (int) strlen(cols[c]->name), min = o->bands ? 28 : 12;
		width[c] = w > min ? w : min;
		if (o->bands)
			band(r, cols[c], lo[c], hi[c]);
	}
	printf("\n%-6s", "year");
	for (size_t c = 0; c < n; c++)
		printf(" %*s", width[c], cols[c]->name);
	putchar('\n');
	for (size_t y = 0; y < r->years; y++) {
		printf("%-6d", r->first_year + (int) y);
		for (size_t c = 0; c < n; c++) {
			char cell[96];
			if (o->bands)
				snprintf(cell, sizeof cell, "%.1f [%.1f, %.1f]",
				         cols[c]->v[0][y], lo[c][y], hi[c][y]);
			else
				snprintf(cell, sizeof cell, "%.1f", cols[c]->v[0][y]);
			printf(" %*s", width[c], cell);
		}
		putchar('\n');
	}
}

static void
print_text(const struct project_options *o, const edubal_inputs *in,
	const struct project_result *r, const char *const *names)
{
	printf("edubal project %s: county %s, base year %d, projected to %d\n",
	       o->command, edubal_inputs_county(in), r->first_year - 1, o->to);
	printf("births %s, survival %g, migration rate %g, migration count %g, "
	       "ratios %s over k = %zu, intake from %s\n",
	       births_names[o->births_method], o->survival, o->migration_rate,
	       o->migration_count, ratio_names[o->ratio_method], o->k,
	       o->intake_births ? "births" : "population");
	if (o->bands)
		printf("scenarios low/high: births x%g/x%g, migration x%g/x%g, "
		       "ratios %s/%s; cells show medium [low, high]\n",
		       o->births_band[0], o->births_band[1], o->migration_band[0],
		       o->migration_band[1], ratio_names[o->ratio_band[0]],
		       ratio_names[o->ratio_band[1]]);
	if (r->ratio_text[0])
		printf("fitted ratios (medium scenario):\n%s", r->ratio_text);
	/* Single ages past school age are left to the JSON output. */
	const struct series *cols[MAX_SERIES];
	size_t n = 0;
	for (size_t i = 0; names[i]; i++) {
		unsigned age;
		if (sscanf(names[i], "age_%u", &age) == 1 && age > TEXT_MAX_AGE)
			continue;
		if ((cols[n] = find(r, names[i])))
			n++;
	}
	size_t per_block = o->bands ? TEXT_COLUMNS / 2 : TEXT_COLUMNS;
	for (size_t first = 0; first < n; first += per_block)
		print_block(o, r, cols + first, n - first < per_block ? n - first :
			per_block);
}

int
project_print(const struct project_options *o, const edubal_inputs *in,
	const struct project_result *r, const char *const *names)
{
	if (o->json)
		return print_json(o, in, r, names);
	print_text(o, in, r, names);
	return CLI_OK;
}
