/*
 * tools/edubal/cmd_standards.c - `edubal standards list | show ID`.
 */
#include <string.h>

#include "cli.h"

static int
standards_list(const char *lang)
{
	edubal_error *err = edubal_error_new();
	int rc = CLI_OK;
	for (size_t i = 0; i < edubal_standard_builtin_count() && rc == CLI_OK; i++) {
		edubal_standard *std = NULL;
		const char *id = edubal_standard_builtin_id(i);
		edubal_status st = edubal_standard_builtin(id, &std, err);
		if (st != EDUBAL_OK) {
			rc = cli_fail(st, err);
			break;
		}
		const char *parent = edubal_standard_parent(std);
		printf("%-28s %s%s%s%s\n", id, edubal_standard_name(std, lang),
		       parent[0] ? "  [parent: " : "", parent,
		       parent[0] ? "]" : "");
		edubal_standard_free(std);
	}
	edubal_error_free(err);
	return rc;
}

static int
standards_show(const char *id, const char *lang)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	char *text = NULL;
	edubal_status st = edubal_standard_open(id, &std, err);
	if (st == EDUBAL_OK)
		st = edubal_standard_describe(std, lang, &text, err);
	int rc = st == EDUBAL_OK ? CLI_OK : cli_fail(st, err);
	if (text)
		fputs(text, stdout);
	edubal_free(text);
	edubal_standard_free(std);
	edubal_error_free(err);
	return rc;
}

int
cli_standards(int argc, char **argv)
{
	static const char help[] =
		"Usage: edubal standards list [--lang zh|en]\n"
		"       edubal standards show ID|FILE [--lang zh|en]\n"
		"\nList the built-in standard profiles, or show one: thresholds,\n"
		"rules, items and, for a local profile, what it changes relative\n"
		"to its parent.\n";
	const char *lang = "zh";
	if (argc >= 3 && strcmp(argv[argc - 2], "--lang") == 0) {
		lang = argv[argc - 1];
		argc -= 2;
		if (strcmp(lang, "zh") != 0 && strcmp(lang, "en") != 0)
			return cli_usage_error("standards ", "unknown language '%s' "
				"(zh or en)", lang);
	}
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 ||
	                  strcmp(argv[1], "-h") == 0)) {
		fputs(help, stdout);
		return CLI_OK;
	}
	if (argc == 2 && strcmp(argv[1], "list") == 0)
		return standards_list(lang);
	if (argc == 3 && strcmp(argv[1], "show") == 0)
		return standards_show(argv[2], lang);
	return cli_usage_error("standards ", "expected 'list' or 'show ID'");
}
