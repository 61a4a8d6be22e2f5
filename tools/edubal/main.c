/*
 * tools/edubal/main.c - the edubal command: dispatch to subcommands.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const char main_help[] =
"Usage: edubal COMMAND [ARGS]\n"
"       edubal --version | --help | COMMAND --help\n"
"\n"
"Basic-education evaluation indicators and verdicts (义务教育优质均衡 and\n"
"related national standards).\n"
"\n"
"Commands:\n"
"  evaluate --example                 evaluate the bundled sample county\n"
"  evaluate --standard ID --schools F [--counties F] [--classes F]\n"
"                                     evaluate counties against a standard\n"
"  rollup --standard ID --schools F --counties F [--targets ID]\n"
"                                     share of counties passing, per city\n"
"                                     and province, against a plan's targets\n"
"  plan --standard ID --schools F [--costs F] [--limits F]\n"
"                                     cheapest additions that make a county\n"
"                                     pass the resources part (SPEC §7.7)\n"
"  standards list | show ID           built-in profiles and their thresholds\n"
"  project population|enrollment|seats|teachers|preschool|trajectory\n"
"                                     projections to 2035 (SPEC §7)\n"
"  stats cv FILE --value COL [--weight COL]\n"
"                                     coefficient of variation (SPEC §1)\n"
"\n"
"Exit status: 0 the command ran (whatever the verdict), 1 usage error,\n"
"2 bad input data (the message names file, row, column and value),\n"
"3 internal error.\n";

static int
print_version(void)
{
	printf("edubal %s\n", edubal_version());
	if (edubal_version_number() != EDUBAL_VERSION_NUMBER)
		printf("warning: built against headers %s, running with library %s\n",
		       EDUBAL_VERSION_STRING, edubal_version());
	return CLI_OK;
}

int
main(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(NULL, "a command is required");
	const char *command = argv[1];
	if (strcmp(command, "--help") == 0 || strcmp(command, "-h") == 0 ||
	    strcmp(command, "help") == 0) {
		fputs(main_help, stdout);
		return CLI_OK;
	}
	if (strcmp(command, "--version") == 0 || strcmp(command, "version") == 0)
		return print_version();
	if (strcmp(command, "evaluate") == 0)
		return cli_evaluate(argc - 1, argv + 1);
	if (strcmp(command, "rollup") == 0)
		return cli_rollup(argc - 1, argv + 1);
	if (strcmp(command, "plan") == 0)
		return cli_plan(argc - 1, argv + 1);
	if (strcmp(command, "standards") == 0)
		return cli_standards(argc - 1, argv + 1);
	if (strcmp(command, "project") == 0)
		return cli_project(argc - 1, argv + 1);
	if (strcmp(command, "stats") == 0)
		return cli_stats(argc - 1, argv + 1);
	return cli_usage_error(NULL, "unknown command '%s'", command);
}
