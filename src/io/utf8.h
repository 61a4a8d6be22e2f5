/*
 * src/io/utf8.h - UTF-8 validation of CSV fields.
 *
 * Chinese spreadsheets are often exported in GBK; reading such bytes as
 * UTF-8 would silently garble school names and type words, so invalid
 * UTF-8 is an error with a hint, never mojibake.
 */
#ifndef EDUBAL_SRC_IO_UTF8_H
#define EDUBAL_SRC_IO_UTF8_H

#include <stdbool.h>
#include <stddef.h>

/* True if s[0..len) is well-formed UTF-8 (no overlongs, no surrogates). */
bool edubal__utf8_valid(const char *s, size_t len);

#endif /* EDUBAL_SRC_IO_UTF8_H */
