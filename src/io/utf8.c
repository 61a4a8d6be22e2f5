/*
 * src/io/utf8.c - UTF-8 validation (RFC 3629, table 3-7 of Unicode).
 */
#include "utf8.h"

/* Length of the sequence starting with lead byte c, or 0 if c cannot lead. */
static size_t
sequence_length(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

/* Allowed range of the second byte, which rules out overlongs,
 * surrogates and code points above U+10FFFF. */
static bool
second_byte_ok(unsigned char lead, unsigned char b)
{
	unsigned char lo = 0x80, hi = 0xBF;
	if (lead == 0xE0)
		lo = 0xA0;
	else if (lead == 0xED)
		hi = 0x9F;
	else if (lead == 0xF0)
		lo = 0x90;
	else if (lead == 0xF4)
		hi = 0x8F;
	return b >= lo && b <= hi;
}

bool
edubal__utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t i = 0;
	while (i < len) {
		/* Most cells are ASCII: skip it a byte at a time, cheaply. */
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = sequence_length(p[i]);
		if (n == 0 || i + n > len)
			return false;
		if (n > 1 && !second_byte_ok(p[i], p[i + 1]))
			return false;
		for (size_t k = 2; k < n; k++) {
			if ((p[i + k] & 0xC0) != 0x80)
				return false;
		}
		i += n;
	}
	return true;
}
