/*
 * tools/edubal/project_standard.c - planning seats per 1000 residents from
 * a standard profile (SPEC §6: xx-city-2022 asks 80 primary and 40 junior
 * seats per 1000 urban residents).  The profile format states them as
 * evaluation items, "seats_<section> / (urban_population / 1000) >= N",
 * not as a model parameter, so they are read from those items' thresholds.
 */
#include <math.h>
#include <string.h>

#include "project_cli.h"

/* The threshold N of an item whose only condition is "... >= N". */
static double
item_threshold(json_t *item)
{
	json_t *all = json_object_get(item, "all");
	json_t *cond = json_array_size(all) == 1 ? json_array_get(all, 0) : NULL;
	json_t *right = json_object_get(cond, "right");
	const char *op = json_string_value(json_object_get(cond, "op"));
	if (!op || strcmp(op, ">=") != 0 || !json_is_number(right))
		return NAN;
	return json_number_value(right);
}

int
project_standard_seats(const char *id, struct per_section *per_1000)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	char *text = NULL;
	if (!err)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	edubal_status st = edubal_standard_open(id, &std, err);
	if (st == EDUBAL_OK)
		st = edubal_standard_to_json(std, &text, err);
	int rc = st == EDUBAL_OK ? -1 : cli_fail(st, err);
	json_t *root = text ? json_loads(text, 0, NULL) : NULL;
	if (rc < 0 && !root)
		rc = cli_fail(EDUBAL_EINTERNAL, NULL);
	json_t *items = json_object_get(root, "items");
	for (size_t i = 0; rc < 0 && i < json_array_size(items); i++) {
		json_t *item = json_array_get(items, i);
		const char *key = json_string_value(json_object_get(item, "key"));
		for (size_t s = 0; key && s < SECTIONS; s++) {
			if (strncmp(key, "seats_", 6) == 0 &&
			    strcmp(key + 6, project_sections[s]) == 0 &&
			    isnan(per_1000->v[s]))
				per_1000->v[s] = item_threshold(item);
		}
	}
	json_decref(root);
	edubal_free(text);
	edubal_standard_free(std);
	edubal_error_free(err);
	return rc;
}
