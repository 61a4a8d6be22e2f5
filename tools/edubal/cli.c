/*
 * tools/edubal/cli.c - error reporting and output shared by every subcommand.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
cli_fail(edubal_status status, const edubal_error *err)
{
	const char *message = edubal_error_message(err);
	fprintf(stderr, "edubal: %s\n",
	        message[0] ? message : edubal_strerror(status));
	return cli_fail_status(status);
}

int
cli_fail_status(edubal_status status)
{
	switch (status) {
	case EDUBAL_ENOMEM:
	case EDUBAL_EINTERNAL:
		return CLI_INTERNAL;
	default:
		/* Everything else traces back to the input the user gave. */
		return CLI_BAD_DATA;
	}
}

int
cli_usage_error(const char *command, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("edubal: ", stderr);
	vfprintf(stderr, fmt, ap);
	fprintf(stderr, "\nTry 'edubal %s--help' for more information.\n",
	        command ? command : "");
	va_end(ap);
	return CLI_USAGE;
}

/* Text output ends with a newline, so a shell prompt starts on its own
 * line; the exit status tells a failed write (a full disk) from success. */
int
cli_write_text(const char *text, const char *output)
{
	FILE *out = output ? fopen(output, "w") : stdout;
	if (!out) {
		perror(output);
		return CLI_BAD_DATA;
	}
	fputs(text, out);
	if (text[0] && text[strlen(text) - 1] != '\n')
		fputc('\n', out);
	int failed = ferror(out);
	if (output && fclose(out) != 0)
		failed = 1;
	if (failed) {
		fprintf(stderr, "edubal: cannot write %s\n", output ? output : "output");
		return CLI_INTERNAL;
	}
	return CLI_OK;
}

const char *
cli_sample_dir(void)
{
	const char *env = getenv("EDUBAL_SAMPLE_DIR");
	if (env && *env)
		return env;
	if (access(EDUBAL_SOURCE_SAMPLE_DIR "/schools.csv", R_OK) == 0)
		return EDUBAL_SOURCE_SAMPLE_DIR;
	return EDUBAL_INSTALLED_SAMPLE_DIR;
}
