/*
 * src/io/number.h - strict conversion of CSV cells to numbers.
 */
#ifndef EDUBAL_SRC_IO_NUMBER_H
#define EDUBAL_SRC_IO_NUMBER_H

#include <stdbool.h>

/*
 * A number reader that ignores the process locale: a host program that
 * set LC_NUMERIC to a comma-decimal locale must not change what a CSV
 * file means.  Create one per conversion run; not shared between threads.
 */
struct edubal__number_reader;

struct edubal__number_reader *edubal__number_reader_new(void);
void edubal__number_reader_free(struct edubal__number_reader *reader);

/*
 * Read text as a plain decimal ("12", "-3.5", "4.2e3") or a percentage
 * ("85%", read as 0.85), blanks around it allowed.  On failure returns
 * false and sets *why to a static reason.
 */
bool edubal__read_number(struct edubal__number_reader *reader,
	const char *text, double *out, const char **why);

/* True if text is empty or only blanks. */
bool edubal__is_blank(const char *text);

#endif /* EDUBAL_SRC_IO_NUMBER_H */
