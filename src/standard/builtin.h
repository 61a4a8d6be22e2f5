/*
 * src/standard/builtin.h - the built-in profiles, compiled into the library
 * from the JSON files of data/standards/ by embed.py.
 */
#ifndef EDUBAL_SRC_STANDARD_BUILTIN_H
#define EDUBAL_SRC_STANDARD_BUILTIN_H

#include <stddef.h>

struct edubal__profile_builtin {
	const char *id;
	const char *file;           /* file name in data/standards/ */
	const unsigned char *text;  /* the file's JSON text, not terminated */
	size_t len;
};

size_t edubal__profile_builtin_count(void);

/* Built-in i, or NULL if out of range. */
const struct edubal__profile_builtin *edubal__profile_builtin_at(size_t i);

/* The built-in profile with this id, or NULL (resolve.c). */
const struct edubal__profile_builtin *edubal__profile_builtin_find(
	const char *id);

#endif /* EDUBAL_SRC_STANDARD_BUILTIN_H */
