/*
 * src/io/save.c - edubal_report_save(): a report written to a file, the
 * binary xlsx workbook included.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "../error.h"
#include "render.h"

edubal_status
edubal__write_text(const char *text, const char *path, edubal_error *err)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return edubal__fail(err, EDUBAL_EIO, "%s: cannot create: %s", path,
			strerror(errno));
	size_t n = strlen(text);
	bool ok = fwrite(text, 1, n, f) == n;
	int saved = errno;
	if (fclose(f) != 0) {
		saved = errno;
		ok = false;
	}
	if (!ok)
		return edubal__fail(err, EDUBAL_EIO, "%s: cannot write: %s", path,
			strerror(saved));
	return EDUBAL_OK;
}

edubal_status
edubal_report_save(const edubal_report *report,
	enum edubal_report_format format, const char *lang, const char *path,
	edubal_error *err)
{
	if (!report || !path)
		return edubal__fail(err, EDUBAL_EINVAL,
			"report and path must not be NULL");
	if (lang && strcmp(lang, "zh") != 0 && strcmp(lang, "en") != 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"unknown language \"%s\" (zh or en)", lang);
	if (format == EDUBAL_FORMAT_XLSX)
		return edubal__save_xlsx(report, lang, path, err);
	char *text;
	edubal_status st = edubal_report_render(report, format, lang, &text, err);
	if (st != EDUBAL_OK)
		return st;
	st = edubal__write_text(text, path, err);
	edubal_free(text);
	return st;
}
