/*
 * tools/edubal/cmd_plan.c - `edubal plan`: the cheapest school-by-school
 * additions that make each county pass the resource part of a standard
 * (SPEC §7.7).
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const char plan_help[] =
"Usage: edubal plan --standard ID|FILE --schools F [--counties F]\n"
"                   [--costs F] [--limits F] [--format text|json|csv]\n"
"                   [--lang zh|en] [-o FILE]\n"
"       edubal plan --example [options]\n"
"\n"
"Plan the cheapest additions of teachers, m² of rooms and sports ground,\n"
"元 of equipment and multimedia rooms that make every school pass the\n"
"6-of-7 + 85% rule and every CV meet its limit, school by school, and\n"
"prove it by evaluating the data with the additions (docs/plan.md).\n"
"\n"
"  --standard S  a built-in profile id or a profile file\n"
"                (default cn-2017-compulsory)\n"
"  --schools F   schools.csv (SCHEMA.md); required unless --example\n"
"  --counties F  counties.csv (names the counties)\n"
"  --costs F     unit costs: resource,unit_cost[,step,unit] (default: the\n"
"                bundled illustrative data/sample/costs.csv)\n"
"  --limits F    per-school limits: school_id,resource,max_addition\n"
"  --example     the bundled sample county\n"
"  --format F    text (default), json or csv\n"
"  --lang L      zh (default) or en: language of the text\n"
"  -o FILE       write the plan to FILE instead of standard output\n"
"\n"
"Exit status: 0 the plan was made, 1 usage error, 2 bad input data or\n"
"limits that leave no way to pass (the school and indicator are named),\n"
"3 internal error.\n";

struct plan_options {
	bool example;
	const char *standard, *schools, *counties, *costs, *limits;
	enum edubal_report_format format;
	const char *lang, *output;
};

static int
parse_format(const char *name, enum edubal_report_format *format)
{
	if (strcmp(name, "text") == 0)
		*format = EDUBAL_FORMAT_TEXT;
	else if (strcmp(name, "json") == 0)
		*format = EDUBAL_FORMAT_JSON;
	else if (strcmp(name, "csv") == 0)
		*format = EDUBAL_FORMAT_CSV;
	else
		return 0;
	return 1;
}

static int
check_plan_options(const struct plan_options *o)
{
	if (o->example && o->schools)
		return cli_usage_error("plan ", "--example and --schools cannot be "
			"combined");
	if (!o->example && !o->schools)
		return cli_usage_error("plan ", "--schools FILE (or --example) is "
			"required");
	if (strcmp(o->lang, "zh") != 0 && strcmp(o->lang, "en") != 0)
		return cli_usage_error("plan ", "unknown language '%s' (zh or en)",
			o->lang);
	return -1;
}

/* Returns -1 when the command should go on, else an exit status. */
static int
parse_plan_options(int argc, char **argv, struct plan_options *o)
{
	static const struct option longopts[] = {
		{"example", no_argument, NULL, 'x'},
		{"standard", required_argument, NULL, 's'},
		{"schools", required_argument, NULL, 'S'},
		{"counties", required_argument, NULL, 'C'},
		{"costs", required_argument, NULL, 'c'},
		{"limits", required_argument, NULL, 'L'},
		{"format", required_argument, NULL, 'f'},
		{"lang", required_argument, NULL, 'l'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	memset(o, 0, sizeof *o);
	o->standard = "cn-2017-compulsory";
	o->lang = "zh";
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		switch (c) {
		case 'x': o->example = true; break;
		case 's': o->standard = optarg; break;
		case 'S': o->schools = optarg; break;
		case 'C': o->counties = optarg; break;
		case 'c': o->costs = optarg; break;
		case 'L': o->limits = optarg; break;
		case 'l': o->lang = optarg; break;
		case 'o': o->output = optarg; break;
		case 'f':
			if (!parse_format(optarg, &o->format))
				return cli_usage_error("plan ", "unknown format '%s' (text, "
					"json or csv)", optarg);
			break;
		case 'h':
			fputs(plan_help, stdout);
			return CLI_OK;
		case ':':
			return cli_usage_error("plan ", "option '%s' needs a value",
				argv[optind - 1]);
		default:
			return cli_usage_error("plan ", "unknown option '%s'",
				argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("plan ", "unexpected argument '%s'",
			argv[optind]);
	return check_plan_options(o);
}

static edubal_status
load(edubal_dataset *ds, edubal_plan_inputs *in, struct plan_options *o,
	edubal_error *err)
{
	static char paths[3][4096];
	const char *dir = cli_sample_dir();
	if (o->example) {
		snprintf(paths[0], sizeof paths[0], "%s/schools.csv", dir);
		snprintf(paths[1], sizeof paths[1], "%s/counties.csv", dir);
		o->schools = paths[0];
		o->counties = paths[1];
	}
	if (!o->costs) {
		snprintf(paths[2], sizeof paths[2], "%s/costs.csv", dir);
		o->costs = paths[2];
		fprintf(stderr, "edubal: note: unit costs from %s (illustrative; "
			"give yours with --costs)\n", o->costs);
	}
	edubal_status st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		o->schools, err);
	if (st == EDUBAL_OK && o->counties)
		st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES, o->counties,
			err);
	if (st == EDUBAL_OK)
		st = edubal_plan_inputs_read_costs(in, o->costs, err);
	if (st == EDUBAL_OK && o->limits)
		st = edubal_plan_inputs_read_limits(in, o->limits, err);
	return st;
}

static int
run_plan(struct plan_options *o, edubal_dataset *ds, edubal_plan_inputs *in,
	edubal_error *err)
{
	edubal_standard *std = NULL;
	edubal_plan *plan = NULL;
	char *text = NULL;
	edubal_status st = edubal_standard_open(o->standard, &std, err);
	if (st == EDUBAL_OK)
		st = load(ds, in, o, err);
	if (st == EDUBAL_OK)
		st = edubal_plan_compute(std, ds, in, &plan, err);
	if (st == EDUBAL_OK)
		st = edubal_plan_render(plan, o->format, o->lang, &text, err);
	int rc = st == EDUBAL_OK ? cli_write_text(text, o->output) : cli_fail(st, err);
	edubal_free(text);
	edubal_plan_free(plan);
	edubal_standard_free(std);
	return rc;
}

int
cli_plan(int argc, char **argv)
{
	struct plan_options o;
	int rc = parse_plan_options(argc, argv, &o);
	if (rc >= 0)
		return rc;
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	edubal_plan_inputs *in = edubal_plan_inputs_new();
	if (!err || !ds || !in)
		rc = cli_fail(EDUBAL_ENOMEM, NULL);
	else
		rc = run_plan(&o, ds, in, err);
	edubal_plan_inputs_free(in);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	return rc;
}
