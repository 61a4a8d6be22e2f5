/*
 * src/io/number.c - strict conversion of CSV cells to numbers.
 *
 * strtod() alone accepts too much ("nan", "inf", "0x1p3", "1e5junk" with a
 * partial parse) and obeys the locale.  We first check the cell's shape
 * with a small scanner, then convert with strtod_l() in the "C" locale.
 */
#define _GNU_SOURCE
#include "number.h"

#include <ctype.h>
#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct edubal__number_reader {
	locale_t c_locale;
};

struct edubal__number_reader *
edubal__number_reader_new(void)
{
	struct edubal__number_reader *r = malloc(sizeof *r);
	if (!r)
		return NULL;
	r->c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t) 0);
	if (r->c_locale == (locale_t) 0) {
		free(r);
		return NULL;
	}
	return r;
}

void
edubal__number_reader_free(struct edubal__number_reader *reader)
{
	if (!reader)
		return;
	freelocale(reader->c_locale);
	free(reader);
}

static bool
is_blank_char(char c)
{
	return c == ' ' || c == '\t';
}

bool
edubal__is_blank(const char *text)
{
	while (is_blank_char(*text))
		text++;
	return *text == '\0';
}

static size_t
count_digits(const char *s)
{
	size_t n = 0;
	while (isdigit((unsigned char) s[n]))
		n++;
	return n;
}

/* Length of a decimal number at s (sign, digits, point, exponent), or 0. */
static size_t
scan_decimal(const char *s)
{
	size_t i = (*s == '+' || *s == '-') ? 1 : 0;
	size_t int_digits = count_digits(s + i);
	i += int_digits;
	size_t frac_digits = 0;
	if (s[i] == '.') {
		frac_digits = count_digits(s + i + 1);
		i += 1 + frac_digits;
	}
	if (int_digits + frac_digits == 0)
		return 0;
	if (s[i] == 'e' || s[i] == 'E') {
		size_t j = i + 1 + ((s[i + 1] == '+' || s[i + 1] == '-') ? 1 : 0);
		size_t exp_digits = count_digits(s + j);
		if (exp_digits == 0)
			return 0;
		i = j + exp_digits;
	}
	return i;
}

/* A plain decimal at s ([+-]digits[.digits], at least one digit, at most
 * 15) as a double without strtod; *end is the first byte after it.  Such
 * digits form an integer below 2^53 and the value is that integer over
 * 10^k (k <= 15), both exact doubles: one IEEE division of exact operands
 * is correctly rounded, so the result is strtod's.  Most cells of an
 * export look like this, and strtod (with the shape check before it) was
 * a third of loading.  Anything else (exponents, more digits) returns
 * false and goes the general way. */
static bool
plain_decimal(const char *s, double *out, const char **end)
{
	static const double pow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
		1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
	bool negative = *s == '-';
	if (*s == '+' || *s == '-')
		s++;
	unsigned long long m = 0;
	int digits = 0, frac = -1;
	for (;; s++) {
		if (*s >= '0' && *s <= '9') {
			if (++digits > 15)
				return false;
			m = m * 10 + (unsigned long long) (*s - '0');
			if (frac >= 0)
				frac++;
		} else if (*s == '.' && frac < 0) {
			frac = 0;
		} else {
			break;
		}
	}
	if (digits == 0)
		return false;
	double v = (double) m / pow10[frac > 0 ? frac : 0];
	*out = negative ? -v : v;
	*end = s;
	return true;
}

static const char *
classify_bad_number(const char *s)
{
	if (strchr(s, ','))
		return "not a plain number (thousands separators and decimal "
		       "commas are not accepted)";
	if (strcasestr(s, "nan") || strcasestr(s, "inf"))
		return "NaN and infinity are not accepted";
	return "not a number";
}

bool
edubal__read_number(struct edubal__number_reader *reader, const char *text,
	double *out, const char **why)
{
	while (is_blank_char(*text))
		text++;
	if (*text == '\0') {
		*why = "empty cell: a number is required";
		return false;
	}
	double value;
	const char *rest;
	if (plain_decimal(text, &value, &rest)) {
		bool percent = *rest == '%';
		rest += percent;
		while (is_blank_char(*rest))
			rest++;
		if (*rest == '\0') {
			*out = percent ? value / 100 : value;
			return true;
		}
	}
	size_t len = scan_decimal(text);
	rest = text + len;
	bool percent = len > 0 && *rest == '%';
	if (percent)
		rest++;
	while (is_blank_char(*rest))
		rest++;
	if (len == 0 || *rest != '\0') {
		*why = classify_bad_number(text);
		return false;
	}
	errno = 0;
	value = strtod_l(text, NULL, reader->c_locale);
	if (errno == ERANGE || !isfinite(value)) {
		*why = "number out of the range of a double (too large or too "
		       "close to zero)";
		return false;
	}
	*out = percent ? value / 100 : value;
	return true;
}
