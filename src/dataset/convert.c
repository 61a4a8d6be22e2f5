/*
 * src/dataset/convert.c - reading and checking one cell of a column.
 *
 * Numbers go through the io module's strict reader (no NaN, infinities,
 * hexadecimal or thousands separators); the catalog then decides what a
 * number may be in that column.  Nothing is coerced: a bad cell is
 * reported, never rounded, clipped or guessed.
 */
#include "internal.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool
is_blank_char(char c)
{
	return c == ' ' || c == '\t';
}

const char *
edubal__trim(const char *text, size_t *out_len)
{
	while (is_blank_char(*text))
		text++;
	size_t len = strlen(text);
	while (len > 0 && is_blank_char(text[len - 1]))
		len--;
	*out_len = len;
	return text;
}

static void
set_why(char *why, const char *reason)
{
	snprintf(why, EDUBAL__WHY_SIZE, "%s", reason);
}

static bool
is_whole(double value)
{
	return floor(value) == value;
}

static bool
check_count(double value, const char *negative, char *why)
{
	if (value < 0) {
		set_why(why, negative);
		return false;
	}
	if (!is_whole(value)) {
		set_why(why, "not a whole number");
		return false;
	}
	return true;
}

static bool
check_bound(const struct edubal__column_spec *spec, double value, char *why)
{
	if (spec->max <= 0 || value <= spec->max)
		return true;
	snprintf(why, EDUBAL__WHY_SIZE, "implausibly large (over %.0f %s): "
		"check the units", spec->max, spec->unit ? spec->unit : "");
	return false;
}

static bool
check_rate(double value, char *why)
{
	if (value >= 0 && value <= 1)
		return true;
	set_why(why, "rate outside [0, 1] (rates are fractions in [0, 1] or "
		"percentages like 85%)");
	return false;
}

/* A whole number in [min, max]; what names the kind in the reason. */
static bool
check_whole_range(double value, int min, int max, const char *what,
	char *why)
{
	if (!is_whole(value)) {
		set_why(why, "not a whole number");
		return false;
	}
	if (value < min || value > max) {
		snprintf(why, EDUBAL__WHY_SIZE, "%s outside %d-%d", what, min, max);
		return false;
	}
	return true;
}

static bool
check_score(double value, char *why)
{
	if (value >= 0 && value <= EDUBAL__SCORE_MAX)
		return true;
	snprintf(why, EDUBAL__WHY_SIZE, "score outside [0, %d]",
		EDUBAL__SCORE_MAX);
	return false;
}

static bool
check_named(const struct edubal__column_spec *spec, double value, char *why)
{
	if (spec->kind == EDUBAL__VALUE_BOOL && (value == 0 || value == 1))
		return true;
	const char *reason;
	double dummy;
	/* An empty name is never accepted: this yields the list of names. */
	edubal__catalog_named_value(spec->kind, "", 0, &dummy, &reason);
	set_why(why, reason);
	return false;
}

bool
edubal__check_value(const struct edubal__column_spec *spec, double value,
	char *why)
{
	switch (spec->kind) {
	case EDUBAL__VALUE_COUNT:
		return check_count(value, "negative count", why) &&
		       check_bound(spec, value, why);
	case EDUBAL__VALUE_AMOUNT:
		if (value < 0) {
			set_why(why, "negative amount");
			return false;
		}
		return check_bound(spec, value, why);
	case EDUBAL__VALUE_RATE:
		return check_rate(value, why);
	case EDUBAL__VALUE_GRADE:
		return check_whole_range(value, EDUBAL__GRADE_MIN,
			EDUBAL__GRADE_MAX, "grade", why);
	case EDUBAL__VALUE_YEAR:
		return check_whole_range(value, EDUBAL__YEAR_MIN,
			EDUBAL__YEAR_MAX, "year", why);
	case EDUBAL__VALUE_SCORE:
		return check_score(value, why);
	case EDUBAL__VALUE_ID:
	case EDUBAL__VALUE_TEXT:
		set_why(why, "a text column holds no numbers");
		return false;
	default:
		return check_named(spec, value, why);
	}
}

/* Booleans: a word of the catalog, or a number that is exactly 0 or 1. */
static bool
convert_bool(struct edubal__number_reader *reader, const char *text,
	size_t len, double *out, char *why)
{
	const char *reason;
	if (edubal__catalog_named_value(EDUBAL__VALUE_BOOL, text, len, out,
	                                &reason))
		return true;
	double value;
	const char *ignored;
	if (!memchr(text, '%', len) &&
	    edubal__read_number(reader, text, &value, &ignored) &&
	    (value == 0 || value == 1)) {
		*out = value;
		return true;
	}
	set_why(why, reason);
	return false;
}

static bool
convert_number(struct edubal__number_reader *reader,
	const struct edubal__column_spec *spec, const char *text, size_t len,
	double *out, char *why)
{
	if (spec->kind != EDUBAL__VALUE_RATE && memchr(text, '%', len)) {
		set_why(why, "a percentage is only accepted in rate columns");
		return false;
	}
	const char *reason;
	double value;
	if (!edubal__read_number(reader, text, &value, &reason)) {
		set_why(why, reason);
		return false;
	}
	if (!edubal__check_value(spec, value, why))
		return false;
	*out = value;
	return true;
}

/* Whether a column of kind reads a cell of digits as that number (named
 * and boolean columns take words first). */
static bool
takes_digits(enum edubal__value_kind kind)
{
	switch (kind) {
	case EDUBAL__VALUE_COUNT:
	case EDUBAL__VALUE_AMOUNT:
	case EDUBAL__VALUE_RATE:
	case EDUBAL__VALUE_GRADE:
	case EDUBAL__VALUE_SCORE:
	case EDUBAL__VALUE_YEAR:
		return true;
	default:
		return false;
	}
}

/* Start of text[0..len) without blanks around; *out_len its length. */
static const char *
trim_n(const char *text, size_t len, size_t *out_len)
{
	while (len > 0 && is_blank_char(*text)) {
		text++;
		len--;
	}
	while (len > 0 && is_blank_char(text[len - 1]))
		len--;
	*out_len = len;
	return text;
}

/* Whether text[0..len) is 1 to 9 ASCII digits, and then *out its value. */
static bool
read_digits(const char *text, size_t len, double *out)
{
	if (len == 0 || len > 9)
		return false;
	uint32_t v = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned d = (unsigned) (unsigned char) text[i] - '0';
		if (d > 9)
			return false;
		v = v * 10 + d;
	}
	*out = (double) v;
	return true;
}

bool
edubal__convert_cell_general(struct edubal__number_reader *reader,
	const struct edubal__column_spec *spec, const char *text, size_t len,
	double *out, char *why)
{
	/* Most cells of an export are a plain count such as 265.  Read as
	 * digits they are the number the general way gives (an integer below
	 * 10^9 is exact); only the checks of the column remain.  Named and
	 * boolean columns take words first, so they go the general way. */
	double value;
	if (len == 0 || !text) {
		*out = NAN;
		return true;
	}
	if (takes_digits(spec->kind) && read_digits(text, len, &value)) {
		/* A whole number >= 0 meets every rule of a count or an amount
		 * but the bound: check_value's answer, without the call. */
		bool plain = spec->kind == EDUBAL__VALUE_COUNT ||
		             spec->kind == EDUBAL__VALUE_AMOUNT;
		if (plain && (spec->max <= 0 || value <= spec->max)) {
			*out = value;
			return true;
		}
		if (!edubal__check_value(spec, value, why))
			return false;
		*out = value;
		return true;
	}
	const char *start = trim_n(text, len, &len);
	if (len == 0) {
		*out = NAN;
		return true;
	}
	const char *reason;
	if (spec->kind == EDUBAL__VALUE_BOOL)
		return convert_bool(reader, start, len, out, why);
	if (!edubal__value_is_named(spec->kind))
		return convert_number(reader, spec, start, len, out, why);
	if (edubal__catalog_named_value(spec->kind, start, len, out, &reason))
		return true;
	set_why(why, reason);
	return false;
}

void
edubal__format_number(double value, char *buf, size_t size)
{
	snprintf(buf, size, "%.15g", value);
	if (isfinite(value) && strtod(buf, NULL) != value)
		snprintf(buf, size, "%.17g", value);
	/* A host program's comma-decimal locale must not leak into messages. */
	for (char *p = buf; *p; p++) {
		if (*p == ',')
			*p = '.';
	}
}
