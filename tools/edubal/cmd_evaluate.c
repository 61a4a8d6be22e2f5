/*
 * tools/edubal/cmd_evaluate.c - `edubal evaluate`: read the CSV files,
 * evaluate them against a standard and print the report.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "report_extras.h"

static const char evaluate_help[] =
"Usage: edubal evaluate --example [options]\n"
"       edubal evaluate --standard ID|FILE --schools F [--counties F]\n"
"                       [--classes F] [--kindergartens F] [options]\n"
"\n"
"Evaluate counties against a standard (default cn-2017-compulsory, the 2017\n"
"义务教育优质均衡 standard) and print the report.\n"
"\n"
"  --example          the bundled sample county (data/sample/)\n"
"  --standard S       a built-in profile id (see 'edubal standards list') or a\n"
"                     profile file (docs/profiles.md)\n"
"  --schools F        schools.csv (SCHEMA.md); required unless --example\n"
"  --counties F       counties.csv: county items, vetoes, recognition\n"
"  --classes F        classes.csv: class sizes, one row per class\n"
"  --kindergartens F  kindergartens.csv (preschool standards)\n"
"  --funding F        funding.csv: yearly spending and enrollment\n"
"  --format F         text (default), json, csv, html or xlsx; html is one\n"
"                     self-contained page to print or mail; xlsx is an Excel\n"
"                     workbook and needs -o FILE (it is binary)\n"
"  --lang L           zh (default) or en: language of text and reasons\n"
"  -o, --output FILE  write the report to FILE instead of standard output\n"
"\n"
"With --format html, the page can also show (docs/reports.md):\n"
"  --plan             the gap-closing plan, as 'edubal plan' makes it\n"
"  --costs F          unit costs for --plan: resource,unit_cost[,step,unit]\n"
"                     (default: the illustrative data/sample/costs.csv)\n"
"  --limits F         per-school limits for --plan: school_id,resource,\n"
"                     max_addition\n"
"  --population F     projections, as 'edubal project seats' makes them\n"
"                     with its defaults: population.csv (its last year is\n"
"                     the base year)\n"
"  --births F         births.csv\n"
"  --enrollment F     enrollment.csv: adds enrollment by section\n"
"  --capacity F       capacity.csv: adds the seats and the seat gap\n"
"  --county ID        the county to project (when the files hold several)\n"
"  --to YEAR          last projected year (default 2035)\n"
"\n"
"Exit status: 0 the evaluation ran (whatever the verdict), 1 usage error,\n"
"2 bad input data (file, row, column, value and reason are printed),\n"
"3 internal error.\n";

static const char rollup_help[] =
"Usage: edubal rollup --standard ID|FILE --schools F --counties F\n"
"                     [--targets ID|FILE] [--kindergartens F] [--funding F]\n"
"                     [--classes F] [--format text|json] [--lang zh|en]\n"
"\n"
"Evaluate many counties and report, for all of them, each province and each\n"
"city (counties.csv columns province and city), how many pass and the share\n"
"passing, against the targets of a profile (e.g. xx-city-2022: 30% of\n"
"counties by 2023, all by 2025).  Incomplete counties count as not passing.\n"
"\n"
"  --targets P   the profile whose targets apply (default: --standard)\n"
"  --example     the bundled sample county\n";

/* The tables of enum edubal_table_kind: schools ... funding. */
#define TABLE_KINDS (EDUBAL_TABLE_FUNDING + 1)

struct evaluate_options {
	bool example;
	const char *standard;
	const char *files[TABLE_KINDS];  /* indexed by enum edubal_table_kind */
	bool rollup;           /* `edubal rollup`: per city and province */
	const char *targets;   /* rollup: profile whose targets apply */
	enum edubal_report_format format;
	const char *lang;
	const char *output;
	struct report_extras extras;  /* html: plan and projections */
};

static int
parse_format(const char *name, enum edubal_report_format *format)
{
	static const struct { const char *name; enum edubal_report_format f; }
	map[] = {{"text", EDUBAL_FORMAT_TEXT}, {"json", EDUBAL_FORMAT_JSON},
	         {"csv", EDUBAL_FORMAT_CSV}, {"html", EDUBAL_FORMAT_HTML},
	         {"xlsx", EDUBAL_FORMAT_XLSX}};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		if (strcmp(name, map[i].name) == 0) {
			*format = map[i].f;
			return 1;
		}
	}
	return 0;
}

/* "evaluate " or "rollup ", for usage messages. */
static const char *
command_of(const struct evaluate_options *o)
{
	return o->rollup ? "rollup " : "evaluate ";
}

/* The plan and projection options belong to the HTML page alone. */
static int
check_extras(const struct evaluate_options *o)
{
	const struct report_extras *e = &o->extras;
	if (!report_extras_wanted(e))
		return -1;
	if (o->rollup || o->format != EDUBAL_FORMAT_HTML)
		return cli_usage_error(command_of(o), "--plan and the projection "
			"options (--population ...) need --format html");
	if ((e->costs || e->limits) && !e->plan)
		return cli_usage_error(command_of(o), "--costs and --limits belong "
			"to --plan");
	if (e->plan && !o->example && !o->files[EDUBAL_TABLE_SCHOOLS])
		return cli_usage_error(command_of(o), "--plan needs --schools FILE "
			"(or --example)");
	if ((e->births || e->enrollment || e->capacity || e->county || e->to) &&
	    !e->population)
		return cli_usage_error(command_of(o), "--births, --enrollment, "
			"--capacity, --county and --to need --population FILE");
	return -1;
}

/* --to YEAR: a whole year, as `edubal project` takes it. */
static int
parse_to(const char *text, int *year)
{
	char *end;
	long y = strtol(text, &end, 10);
	if (end == text || *end || y < 1900 || y > 2200)
		return 0;
	*year = (int) y;
	return 1;
}

static int
check_evaluate_options(struct evaluate_options *o)
{
	if (o->example && o->files[EDUBAL_TABLE_SCHOOLS])
		return cli_usage_error(command_of(o), "--example and --schools "
			"cannot be combined");
	bool any = false;
	for (int k = 0; k < TABLE_KINDS; k++)
		any = any || o->files[k];
	if (!o->example && !any)
		return cli_usage_error(command_of(o), "--schools FILE (or "
			"--counties, --kindergartens, --funding, or --example) is "
			"required");
	if (o->targets && !o->rollup)
		return cli_usage_error(command_of(o),
			"--targets belongs to 'edubal rollup'");
	/* A workbook is binary: never sent to a terminal or a pipe by
	 * accident. */
	if (o->format == EDUBAL_FORMAT_XLSX && !o->output)
		return cli_usage_error(command_of(o),
			"--format xlsx needs -o FILE (an .xlsx workbook is binary)");
	if (strcmp(o->lang, "zh") != 0 && strcmp(o->lang, "en") != 0)
		return cli_usage_error(command_of(o),
			"unknown language '%s' (zh or en)", o->lang);
	return check_extras(o);
}

/* Returns -1 when the command should go on, else an exit status. */
static int
parse_evaluate_options(int argc, char **argv, bool rollup,
	struct evaluate_options *o)
{
	static const struct option longopts[] = {
		{"example", no_argument, NULL, 'x'},
		{"standard", required_argument, NULL, 's'},
		{"schools", required_argument, NULL, 'S'},
		{"counties", required_argument, NULL, 'C'},
		{"classes", required_argument, NULL, 'L'},
		{"kindergartens", required_argument, NULL, 'K'},
		{"funding", required_argument, NULL, 'F'},
		{"targets", required_argument, NULL, 'T'},
		{"format", required_argument, NULL, 'f'},
		{"lang", required_argument, NULL, 'l'},
		{"output", required_argument, NULL, 'o'},
		{"help", no_argument, NULL, 'h'},
		{"plan", no_argument, NULL, 'P'},
		{"costs", required_argument, NULL, 'c'},
		{"limits", required_argument, NULL, 'm'},
		{"population", required_argument, NULL, 'p'},
		{"births", required_argument, NULL, 'b'},
		{"enrollment", required_argument, NULL, 'e'},
		{"capacity", required_argument, NULL, 'a'},
		{"county", required_argument, NULL, 'y'},
		{"to", required_argument, NULL, 't'},
		{NULL, 0, NULL, 0},
	};
	memset(o, 0, sizeof *o);
	o->rollup = rollup;
	o->standard = "cn-2017-compulsory";
	o->lang = "zh";
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		switch (c) {
		case 'x': o->example = true; break;
		case 's': o->standard = optarg; break;
		case 'S': o->files[EDUBAL_TABLE_SCHOOLS] = optarg; break;
		case 'C': o->files[EDUBAL_TABLE_COUNTIES] = optarg; break;
		case 'L': o->files[EDUBAL_TABLE_CLASSES] = optarg; break;
		case 'K': o->files[EDUBAL_TABLE_KINDERGARTENS] = optarg; break;
		case 'F': o->files[EDUBAL_TABLE_FUNDING] = optarg; break;
		case 'T': o->targets = optarg; break;
		case 'l': o->lang = optarg; break;
		case 'o': o->output = optarg; break;
		case 'P': o->extras.plan = true; break;
		case 'c': o->extras.costs = optarg; break;
		case 'm': o->extras.limits = optarg; break;
		case 'p': o->extras.population = optarg; break;
		case 'b': o->extras.births = optarg; break;
		case 'e': o->extras.enrollment = optarg; break;
		case 'a': o->extras.capacity = optarg; break;
		case 'y': o->extras.county = optarg; break;
		case 't':
			if (!parse_to(optarg, &o->extras.to))
				return cli_usage_error(command_of(o), "bad value '%s' for "
					"--to (a year)", optarg);
			break;
		case 'f':
			if (!parse_format(optarg, &o->format) ||
			    (rollup && o->format != EDUBAL_FORMAT_TEXT &&
			     o->format != EDUBAL_FORMAT_JSON))
				return cli_usage_error(command_of(o), "unknown format '%s' "
					"(%s)", optarg, rollup ? "text or json" :
					"text, json, csv, html or xlsx");
			break;
		case 'h':
			fputs(rollup ? rollup_help : evaluate_help, stdout);
			return CLI_OK;
		case ':':
			return cli_usage_error(command_of(o), "option '%s' needs a value",
				argv[optind - 1]);
		default:
			return cli_usage_error(command_of(o), "unknown option '%s'",
				argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error(command_of(o), "unexpected argument '%s'",
			argv[optind]);
	return check_evaluate_options(o);
}

static int
load_tables(edubal_dataset *ds, const struct evaluate_options *o,
	edubal_error *err)
{
	static char paths[2][4096];
	const char *files[TABLE_KINDS];
	memcpy(files, o->files, sizeof files);
	if (o->example) {
		const char *dir = cli_sample_dir();
		snprintf(paths[0], sizeof paths[0], "%s/schools.csv", dir);
		snprintf(paths[1], sizeof paths[1], "%s/counties.csv", dir);
		files[EDUBAL_TABLE_SCHOOLS] = paths[0];
		files[EDUBAL_TABLE_COUNTIES] = paths[1];
	}
	for (int kind = 0; kind < TABLE_KINDS; kind++) {
		if (!files[kind])
			continue;
		edubal_status st = edubal_dataset_read_csv(ds,
			(enum edubal_table_kind) kind, files[kind], err);
		if (st != EDUBAL_OK)
			return cli_fail(st, err);
	}
	for (size_t i = 0; i < edubal_dataset_note_count(ds); i++)
		fprintf(stderr, "edubal: note: %s\n", edubal_dataset_note(ds, i));
	return -1;
}

/* The HTML page with the plan and projections the options ask for. */
static int
render_extras(const edubal_report *report, const edubal_standard *std,
	const edubal_dataset *ds, const struct evaluate_options *o,
	edubal_error *err)
{
	char costs[4096];
	snprintf(costs, sizeof costs, "%s/costs.csv", cli_sample_dir());
	edubal_html_options *opt = edubal_html_options_new();
	struct report_plan plan = {NULL, NULL};
	char *text = NULL;
	int rc = opt ? report_extras_build(&o->extras, std, ds, costs, opt, &plan,
		err) : cli_fail(EDUBAL_ENOMEM, NULL);
	if (rc < 0) {
		edubal_status st = edubal_report_render_html(report, o->lang, opt,
			&text, err);
		rc = st == EDUBAL_OK ? cli_write_text(text, o->output) :
			cli_fail(st, err);
	}
	edubal_free(text);
	edubal_html_options_free(opt);
	report_plan_free(&plan);
	return rc;
}

static edubal_status
render(const edubal_report *report, const struct evaluate_options *o,
	char **text, edubal_error *err)
{
	if (!o->rollup)
		return edubal_report_render(report, o->format, o->lang, text, err);
	edubal_standard *targets = NULL;
	edubal_status st = o->targets ?
		edubal_standard_open(o->targets, &targets, err) : EDUBAL_OK;
	if (st == EDUBAL_OK)
		st = edubal_report_rollup(report, targets, o->format, o->lang, text,
			err);
	edubal_standard_free(targets);
	return st;
}

static int
evaluate_and_print(edubal_standard *std, edubal_dataset *ds,
	const struct evaluate_options *o, edubal_error *err)
{
	edubal_report *report = NULL;
	char *text = NULL;
	edubal_status st = edubal_evaluate(std, ds, &report, err);
	int rc;
	if (st == EDUBAL_OK && o->format == EDUBAL_FORMAT_XLSX) {
		st = edubal_report_save(report, o->format, o->lang, o->output, err);
		rc = st == EDUBAL_OK ? CLI_OK : cli_fail(st, err);
		edubal_report_free(report);
		return rc;
	}
	if (st == EDUBAL_OK && report_extras_wanted(&o->extras)) {
		rc = render_extras(report, std, ds, o, err);
		edubal_report_free(report);
		return rc;
	}
	if (st == EDUBAL_OK)
		st = render(report, o, &text, err);
	rc = st == EDUBAL_OK ? cli_write_text(text, o->output) : cli_fail(st, err);
	edubal_free(text);
	edubal_report_free(report);
	return rc;
}

static int
run_evaluate(int argc, char **argv, bool rollup)
{
	struct evaluate_options o;
	int rc = parse_evaluate_options(argc, argv, rollup, &o);
	if (rc >= 0)
		return rc;
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	edubal_standard *std = NULL;
	if (!err || !ds) {
		rc = cli_fail(EDUBAL_ENOMEM, NULL);
	} else {
		edubal_status st = edubal_standard_open(o.standard, &std, err);
		rc = st == EDUBAL_OK ? load_tables(ds, &o, err) : cli_fail(st, err);
		if (rc < 0)
			rc = evaluate_and_print(std, ds, &o, err);
	}
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	edubal_error_free(err);
	return rc;
}

int
cli_evaluate(int argc, char **argv)
{
	return run_evaluate(argc, argv, false);
}

int
cli_rollup(int argc, char **argv)
{
	return run_evaluate(argc, argv, true);
}
