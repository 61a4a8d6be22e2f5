/*
 * src/standard/text.c - growing text for descriptions, and numbers written
 * with the fewest digits that read back exactly (0.35, not
 * 0.34999999999999998).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "profile.h"

/* Make room for need more bytes and a NUL. */
static bool
reserve(struct edubal__profile_text *t, size_t need)
{
	if (t->failed)
		return false;
	if (t->len + need + 1 <= t->cap)
		return true;
	size_t cap = t->cap ? t->cap : 1024;
	while (cap < t->len + need + 1)
		cap *= 2;
	char *p = realloc(t->data, cap);
	if (!p) {
		t->failed = true;
		return false;
	}
	t->data = p;
	t->cap = cap;
	return true;
}

void
edubal__profile_text_add(struct edubal__profile_text *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !reserve(t, (size_t) n))
		return;
	va_start(ap, fmt);
	vsnprintf(t->data + t->len, t->cap - t->len, fmt, ap);
	va_end(ap);
	t->len += (size_t) n;
}

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
