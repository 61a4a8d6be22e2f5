/*
 * src/standard/text.c - numbers written with the fewest digits that read
 * back exactly (0.35, not 0.34999999999999998).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "profile.h"

/* Significant digits (15 to 17) that x needs to read back exactly. */
static int
digits_for(double x)
{
	char buf[40];
	for (int p = 15; p < 17; p++) {
		snprintf(buf, sizeof buf, "%.*g", p, x);
		if (strtod(buf, NULL) == x)
			return p;
	}
	return 17;
}

const char *
edubal__profile_number_text(double x, char *buf, size_t size)
{
	snprintf(buf, size, "%.*g", digits_for(x), x);
	return buf;
}

/* The most digits any real number in json needs. */
static int
max_digits(const json_t *json)
{
	int most = 15;
	size_t i;
	const char *key;
	const json_t *value;
	if (json_is_real(json))
		return digits_for(json_real_value(json));
	if (json_is_array(json)) {
		json_array_foreach(json, i, value) {
			int d = max_digits(value);
			most = d > most ? d : most;
		}
	}
	if (json_is_object(json)) {
		json_object_foreach((json_t *) json, key, value) {
			int d = max_digits(value);
			most = d > most ? d : most;
		}
	}
	return most;
}

char *
edubal__profile_dump(const json_t *json, size_t flags)
{
	size_t digits = (size_t) max_digits(json);
	return json_dumps(json, flags | JSON_PRESERVE_ORDER |
		JSON_REAL_PRECISION(digits));
}
