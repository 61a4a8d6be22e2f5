/*
 * src/io/render.h - renderers of an evaluation report.  Each returns a new
 * malloc'ed string or NULL when out of memory.
 */
#ifndef EDUBAL_SRC_IO_RENDER_H
#define EDUBAL_SRC_IO_RENDER_H

#include <edubal/io.h>

#include <jansson.h>

char *edubal__render_json(const edubal_report *report);

/* Dump and release root: indented, in insertion order, numbers with 17
 * digits so they read back as the same doubles.  NULL root gives NULL. */
char *edubal__json_dump(json_t *root);
char *edubal__render_text(const edubal_report *report, const char *lang);
char *edubal__render_csv(const edubal_report *report, const char *lang);

#endif /* EDUBAL_SRC_IO_RENDER_H */
