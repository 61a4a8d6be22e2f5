/*
 * tools/edubal/cli.c - error reporting shared by every subcommand.
 */
#include "cli.h"

#include <stdarg.h>

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
