/*
 * src/io/render.h - renderers of an evaluation report.  Each returns a new
 * malloc'ed string or NULL when out of memory.
 */
#ifndef EDUBAL_SRC_IO_RENDER_H
#define EDUBAL_SRC_IO_RENDER_H

#include <edubal/io.h>

char *edubal__render_json(const edubal_report *report);
char *edubal__render_text(const edubal_report *report, const char *lang);
char *edubal__render_csv(const edubal_report *report, const char *lang);

#endif /* EDUBAL_SRC_IO_RENDER_H */
