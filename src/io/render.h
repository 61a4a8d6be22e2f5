/*
 * src/io/render.h - renderers of an evaluation report.  Each returns a new
 * malloc'ed string or NULL when out of memory.
 */
#ifndef EDUBAL_SRC_IO_RENDER_H
#define EDUBAL_SRC_IO_RENDER_H

#include <edubal/html.h>
#include <edubal/io.h>

#include <jansson.h>

char *edubal__render_json(const edubal_report *report);

/* Dump and release root: indented, in insertion order, numbers with 17
 * digits so they read back as the same doubles.  NULL root gives NULL. */
char *edubal__json_dump(json_t *root);
char *edubal__render_text(const edubal_report *report, const char *lang);
char *edubal__render_csv(const edubal_report *report, const char *lang);
/* The self-contained HTML report (report_html.c), with the sections that
 * options (may be NULL) add. */
char *edubal__render_html(const edubal_report *report, const char *lang,
	const edubal_html_options *options);
/* Write text to path, replacing the file (save.c). */
edubal_status edubal__write_text(const char *text, const char *path,
	edubal_error *err);
/* The Excel workbook (report_xlsx.c), written to path. */
edubal_status edubal__save_xlsx(const edubal_report *report,
	const char *lang, const char *path, edubal_error *err);

#endif /* EDUBAL_SRC_IO_RENDER_H */
