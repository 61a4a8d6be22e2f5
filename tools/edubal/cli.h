/*
 * tools/edubal/cli.h - shared pieces of the edubal command-line tool.
 */
#ifndef EDUBAL_CLI_H
#define EDUBAL_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include <edubal/edubal.h>

/* Exit statuses, SCHEMA.md "Command line". */
enum cli_exit {
	CLI_OK = 0,        /* the command ran, whatever the verdict */
	CLI_USAGE = 1,     /* bad command line */
	CLI_BAD_DATA = 2,  /* bad input data: message names file, row, column */
	CLI_INTERNAL = 3   /* out of memory or a bug */
};

/* Print "edubal: MESSAGE" for a failed library call; return the exit status. */
int cli_fail(edubal_status status, const edubal_error *err);

/* The exit status for a failed library call. */
int cli_fail_status(edubal_status status);

/* Print "edubal: MESSAGE" and a hint to use --help; return CLI_USAGE. */
int cli_usage_error(const char *command, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Subcommands: argv[0] is the subcommand's own name. */
/* Write text to output (NULL: stdout), adding a final newline if missing.
 * Returns CLI_OK, CLI_BAD_DATA (cannot open) or CLI_INTERNAL. */
int cli_write_text(const char *text, const char *output);

/* The bundled sample data: $EDUBAL_SAMPLE_DIR, else the source tree when
 * run from a build, else the installed copy. */
const char *cli_sample_dir(void);

int cli_stats(int argc, char **argv);
int cli_evaluate(int argc, char **argv);
int cli_rollup(int argc, char **argv);
int cli_standards(int argc, char **argv);
int cli_plan(int argc, char **argv);
int cli_project(int argc, char **argv);

#endif /* EDUBAL_CLI_H */
