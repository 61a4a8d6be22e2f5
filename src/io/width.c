/*
 * src/io/width.c - display width of UTF-8 text (see width.h).
 */
#include "width.h"

#include <string.h>

#include "width_table.h"

static bool
in_ranges(const struct width_range *r, size_t n, unsigned long cp)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (cp < r[mid].first)
			hi = mid;
		else if (cp > r[mid].last)
			lo = mid + 1;
		else
			return true;
	}
	return false;
}

int
edubal__codepoint_width(unsigned long cp)
{
	if (cp == 0 || cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if (cp < 0x300)
		return 1;
	if (in_ranges(zero_ranges, sizeof zero_ranges / sizeof zero_ranges[0],
	    cp))
		return 0;
	if (in_ranges(wide_ranges, sizeof wide_ranges / sizeof wide_ranges[0],
	    cp))
		return 2;
	return 1;
}

/* Decode one code point at s; *len gets its byte length (1 for a byte
 * that does not start a well-formed sequence, decoded as U+FFFD). */
static unsigned long
decode(const unsigned char *s, size_t *len)
{
	unsigned char c = s[0];
	size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 :
	           c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
	unsigned long cp = n == 2 ? c & 0x1Fu : n == 3 ? c & 0x0Fu : c & 0x07u;
	if (n <= 1) {
		*len = 1;
		return n == 1 ? c : 0xFFFD;
	}
	for (size_t k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80) {
			*len = 1;
			return 0xFFFD;
		}
		cp = (cp << 6) | (s[k] & 0x3Fu);
	}
	*len = n;
	return cp;
}

size_t
edubal__display_width(const char *s)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t width = 0;
	while (*p) {
		size_t len;
		unsigned long cp = decode(p, &len);
		width += (size_t) edubal__codepoint_width(cp);
		p += len;
	}
	return width;
}

static void
spaces(struct edubal__strbuf *b, size_t n)
{
	static const char blanks[] = "                                ";
	while (n > 0) {
		size_t k = n < sizeof blanks - 1 ? n : sizeof blanks - 1;
		edubal__strbuf_append(b, blanks, k);
		n -= k;
	}
}

void
edubal__strbuf_cell(struct edubal__strbuf *b, const char *s, size_t width,
	enum edubal__align align)
{
	size_t w = edubal__display_width(s);
	size_t pad = w < width ? width - w : 0;
	if (align == EDUBAL__ALIGN_RIGHT)
		spaces(b, pad);
	edubal__strbuf_puts(b, s);
	if (align == EDUBAL__ALIGN_LEFT)
		spaces(b, pad);
}
