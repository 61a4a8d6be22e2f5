/*
 * src/io/render.c - edubal_report_render(): pick a renderer.
 */
#include "render.h"

#include <string.h>

#include "../error.h"

edubal_status
edubal_report_render(const edubal_report *report,
	enum edubal_report_format format, const char *lang, char **out_text,
	edubal_error *err)
{
	if (!report || !out_text)
		return edubal__fail(err, EDUBAL_EINVAL,
			"report and out_text must not be NULL");
	if (lang && strcmp(lang, "zh") != 0 && strcmp(lang, "en") != 0)
		return edubal__fail(err, EDUBAL_EINVAL,
			"unknown language \"%s\" (zh or en)", lang);
	char *text;
	switch (format) {
	case EDUBAL_FORMAT_TEXT:
		text = edubal__render_text(report, lang);
		break;
	case EDUBAL_FORMAT_JSON:
		text = edubal__render_json(report);
		break;
	case EDUBAL_FORMAT_CSV:
		text = edubal__render_csv(report, lang);
		break;
	case EDUBAL_FORMAT_HTML:
		text = edubal__render_html(report, lang, NULL);
		break;
	case EDUBAL_FORMAT_XLSX:
		return edubal__fail(err, EDUBAL_EINVAL, "xlsx is a binary format: "
			"write it to a file with edubal_report_save()");
	default:
		return edubal__fail(err, EDUBAL_EINVAL, "unknown report format %d",
			(int) format);
	}
	if (!text)
		return edubal__fail(err, EDUBAL_ENOMEM, "out of memory rendering "
			"the report");
	*out_text = text;
	return EDUBAL_OK;
}
