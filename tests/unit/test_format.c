/*
 * tests/unit/test_format.c - the printf-free number formatting of
 * src/util/fmtg.h, checked against the C library's own snprintf (an
 * independent implementation): reports must keep their bytes.
 */
#include <check.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/number.h"
#include "util/fmtg.h"

#define LEN(a) (sizeof (a) / sizeof *(a))

static void
check_g(double x, int precision)
{
	char want[64], got[EDUBAL__FMTG_SIZE];
	snprintf(want, sizeof want, "%.*g", precision, x);
	size_t n = edubal__fmtg(got, x, precision);
	ck_assert_msg(strcmp(got, want) == 0 && n == strlen(want),
		"%%.%dg of %.17g: got \"%s\" (%zu), want \"%s\"", precision, x,
		got, n, want);
}

/* Hand-picked cases: ties (exact halves in binary), carries into a new
 * digit, the %f/%e switch at exponents -5/-4 and P-1/P, trailing zeros. */
START_TEST(test_fmtg_edges)
{
	static const double xs[] = {0.0, -0.0, 1.0, -1.0, 0.5, 0.125, 2.5,
		0.375, 1.25, 999.95, 9.9995, 9.99949999, 99995.0, 0.00012345,
		0.000012345, 1e-4, 1e-5, 123456.0, 1234567.0, 4.2, 0.9, 2000.0,
		2500.0, 85.0, 85.00000000000001, 0.1, 0.2, 0.3, 1e15, 1e-15,
		123456789012345.0, 1e22, 1e-300, 1e300, DBL_MAX, DBL_MIN,
		5e-324, 4.35, 4.45, 10.0, 100.0, 1e6, 1e7, 3.14159265358979,
		0.51525700, 6.334437, 1.0 / 3.0, 2.0 / 3.0, 65536.5, 0.0625};
	for (size_t i = 0; i < LEN(xs); i++)
		for (int p = 1; p <= 10; p++) {
			check_g(xs[i], p);
			check_g(-xs[i], p);
		}
	char got[EDUBAL__FMTG_SIZE];
	edubal__fmtg(got, NAN, 4);
	ck_assert_str_eq(got, "nan");
	edubal__fmtg(got, -INFINITY, 6);
	ck_assert_str_eq(got, "-inf");
}
END_TEST

/* Deterministic pseudo-random values over many magnitudes, and values
 * with few decimals (x.xx5 and friends, where rounding is closest). */
START_TEST(test_fmtg_random)
{
	uint64_t s = 88172645463325252ull;
	for (int i = 0; i < 200000; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		double u = (double) (s >> 11) / 9007199254740992.0;
		double x = pow(10.0, -20.0 + 44.0 * u) * (i % 2 ? 1 : -1);
		check_g(x, 1 + i % 9);
		double few = (double) (s % 2000000) / 1000.0;   /* 3 decimals */
		check_g(few, 4);
		check_g(few / 100.0, 4);
		check_g(few, 6);
	}
}
END_TEST

START_TEST(test_fmt_long)
{
	static const long long ns[] = {0, 1, -1, 9, 10, 42, -42, 2000,
		123456789, LLONG_MAX, LLONG_MIN, INT_MAX, INT_MIN};
	for (size_t i = 0; i < LEN(ns); i++) {
		char want[32], got[32];
		snprintf(want, sizeof want, "%lld", ns[i]);
		size_t n = edubal__fmt_long(got, ns[i]);
		ck_assert_str_eq(got, want);
		ck_assert_uint_eq(n, strlen(want));
	}
}
END_TEST

/* The reader's strtod-free path for plain decimals must give strtod's
 * double bit for bit (compared with memcmp, so -0 and 0 differ). */
static void
check_read(struct edubal__number_reader *r, const char *text)
{
	double got = 12345, want = strtod(text, NULL);
	const char *why = NULL;
	ck_assert_msg(edubal__read_number(r, text, &got, &why),
		"\"%s\" refused: %s", text, why ? why : "");
	ck_assert_msg(memcmp(&got, &want, sizeof got) == 0,
		"\"%s\": got %.17g, strtod %.17g", text, got, want);
}

START_TEST(test_read_number_exact)
{
	struct edubal__number_reader *r = edubal__number_reader_new();
	ck_assert_ptr_nonnull(r);
	static const char *const fixed[] = {"0", "-0", "+0", "0.0", "-0.000",
		"1", "0.1", "0.2", "0.3", "4.2", "2000", "85.5", ".5", "5.",
		"-.25", "123456789012345", "0.123456789012345",
		"1234567890123456", "9007199254740993", "0.1234567890123456789",
		"1e3", "2.5E-3", "999999999999999", "0.000000000000001",
		"00000000000000000001.5", "3.14159265358979"};
	for (size_t i = 0; i < LEN(fixed); i++)
		check_read(r, fixed[i]);
	uint64_t s = 2463534242ull;
	char text[40];
	for (int i = 0; i < 300000; i++) {
		s ^= s << 13;
		s ^= s >> 7;
		s ^= s << 17;
		int digits = 1 + (int) (s % 17);       /* 1..17: past the limit */
		int point = (int) ((s >> 8) % (unsigned) (digits + 1));
		size_t n = 0;
		if ((s >> 20) & 1)
			text[n++] = '-';
		uint64_t d = s >> 24;
		for (int k = 0; k < digits; k++) {
			if (k == point && k > 0)
				text[n++] = '.';
			text[n++] = (char) ('0' + (d % 10));
			d = d / 10 ? d / 10 : s ^ (uint64_t) k * 0x9e3779b97f4a7c15ull;
		}
		text[n] = '\0';
		check_read(r, text);
	}
	edubal__number_reader_free(r);
}
END_TEST

static Suite *
format_suite(void)
{
	Suite *s = suite_create("format");
	TCase *tc = tcase_create("fmtg");
	tcase_add_test(tc, test_fmtg_edges);
	tcase_add_test(tc, test_fmtg_random);
	tcase_add_test(tc, test_fmt_long);
	suite_add_tcase(s, tc);
	tc = tcase_create("read_number");
	tcase_add_test(tc, test_read_number_exact);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner *sr = srunner_create(format_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
