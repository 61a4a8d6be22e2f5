/*
 * src/util/fmtg.c - printf's "%.<p>g" of a double, without printf.
 *
 * The C standard's %g: with P significant digits and X the decimal
 * exponent of the value rounded to P digits, use %f with P - 1 - X
 * decimals when P > X >= -4, else %e with P - 1 decimals; then drop
 * trailing zeros of the fraction and a bare decimal point.  printf rounds
 * the exact binary value; the fast path scales by a power of ten (exact
 * up to 1e22, so one rounding error of about 1e-16 relative) and only
 * trusts the result when the part it rounds away is clearly not a half.
 */
#include "fmtg.h"

#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* 10^0 .. 10^22: every one exactly representable as a double. */
static const double pow10_exact[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
	1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22};

/* The decimal exponent of ax in [1e-15, 1e15), maybe off by one near a
 * power of ten (digits_of corrects it); cheaper than floor(log10(ax)). */
static int
exponent_of(double ax)
{
	static const double neg[] = {1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7,
		1e-8, 1e-9, 1e-10, 1e-11, 1e-12, 1e-13, 1e-14, 1e-15, 1e-16};
	int e = 0;
	if (ax >= 1) {
		while (e < 22 && ax >= pow10_exact[e + 1])
			e++;
		return e;
	}
	while (e < 15 && ax < neg[e])
		e++;
	return -e - 1;
}

static size_t
fallback(char *buf, double x, int precision)
{
	int n = snprintf(buf, EDUBAL__FMTG_SIZE, "%.*g", precision, x);
	return n < 0 ? 0 : (size_t) n;
}

/* ax * 10^k with one rounding (k within +-22). */
static double
scale(double ax, int k)
{
	return k >= 0 ? ax * pow10_exact[k] : ax / pow10_exact[-k];
}

/* The P significant digits of ax (as an integer in [10^(P-1), 10^P)) and
 * its exponent; false when the rounding is not certain. */
static bool
digits_of(double ax, int p, unsigned long *out_digits, int *out_exp)
{
	int e = exponent_of(ax);
	for (int tries = 0; tries < 2; tries++) {
		int k = p - 1 - e;
		if (k > 22 || k < -22)
			return false;
		double s = scale(ax, k);
		if (s < pow10_exact[p - 1]) {
			e--;
			continue;
		}
		if (s >= pow10_exact[p]) {
			e++;
			continue;
		}
		double fl = floor(s);
		double frac = s - fl;
		/* Too close to a half (or the scaling error could flip it). */
		if (fabs(frac - 0.5) < 1e-12 * s)
			return false;
		unsigned long d = (unsigned long) fl + (frac > 0.5);
		if ((double) d >= pow10_exact[p]) {  /* 9.9995 -> 10.00 */
			d /= 10;
			e++;
		}
		*out_digits = d;
		*out_exp = e;
		return true;
	}
	return false;
}

size_t
edubal__fmtg(char buf[EDUBAL__FMTG_SIZE], double x, int precision)
{
	if (precision < 1 || precision > 9 || !isfinite(x) || x == 0)
		return fallback(buf, x, precision);
	double ax = fabs(x);
	if (ax < 1e-15 || ax >= 1e15)
		return fallback(buf, x, precision);
	unsigned long d;
	int e;
	if (!digits_of(ax, precision, &d, &e))
		return fallback(buf, x, precision);
	char dig[10];
	for (int i = precision - 1; i >= 0; i--) {
		dig[i] = (char) ('0' + d % 10);
		d /= 10;
	}
	int last = precision - 1;  /* last digit kept: trailing zeros go */
	while (last > 0 && dig[last] == '0')
		last--;
	size_t n = 0;
	if (x < 0)
		buf[n++] = '-';
	if (e >= -4 && e < precision) {
		if (e >= 0) {
			for (int i = 0; i <= e; i++)
				buf[n++] = dig[i];
			if (last > e) {
				buf[n++] = '.';
				for (int i = e + 1; i <= last; i++)
					buf[n++] = dig[i];
			}
		} else {
			buf[n++] = '0';
			buf[n++] = '.';
			for (int i = 0; i < -e - 1; i++)
				buf[n++] = '0';
			for (int i = 0; i <= last; i++)
				buf[n++] = dig[i];
		}
	} else {
		buf[n++] = dig[0];
		if (last > 0) {
			buf[n++] = '.';
			for (int i = 1; i <= last; i++)
				buf[n++] = dig[i];
		}
		buf[n++] = 'e';
		buf[n++] = e < 0 ? '-' : '+';
		int ae = e < 0 ? -e : e;
		buf[n++] = (char) ('0' + ae / 10);
		buf[n++] = (char) ('0' + ae % 10);
	}
	buf[n] = '\0';
	return n;
}

size_t
edubal__fmt_long(char *buf, long long n)
{
	char tmp[24];
	size_t len = 0;
	/* Work on the negative side: -LLONG_MIN does not exist. */
	long long v = n < 0 ? n : -n;
	do {
		tmp[len++] = (char) ('0' - v % 10);
		v /= 10;
	} while (v);
	size_t out = 0;
	if (n < 0)
		buf[out++] = '-';
	while (len)
		buf[out++] = tmp[--len];
	buf[out] = '\0';
	return out;
}
