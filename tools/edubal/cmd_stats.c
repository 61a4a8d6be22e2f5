/*
 * tools/edubal/cmd_stats.c - `edubal stats cv`: the SPEC §1 coefficient of
 * variation of one CSV column, optionally per another column and weighted.
 */
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char stats_cv_help[] =
"Usage: edubal stats cv FILE --value COL [--per COL] [--weight COL]\n"
"                       [--method official|unweighted|sample] [--format text|json]\n"
"\n"
"Coefficient of variation (差异系数) of a CSV column, SPEC §1.\n"
"\n"
"  --value COL    the indicator column\n"
"  --per COL      divide the value by this column first, e.g. --value books\n"
"                 --per students for books per student (a zero is an error)\n"
"  --weight COL   weights, normally enrollment; without it all weights are 1\n"
"  --method M     official (default): weighted mean and population SD, the\n"
"                 formula of the national standards; unweighted: population\n"
"                 SD ignoring weights; sample: n-1 SD ignoring weights\n"
"  --format F     text (default) or json (full precision)\n"
"\n"
"Exit status: 0 done, 1 usage error, 2 bad input data, 3 internal error.\n";

struct cv_options {
	const char *file;
	const char *value;
	const char *per;
	const char *weight;
	enum edubal_cv_method method;
	const char *method_name;
	int json;
};

static int
parse_method(const char *name, enum edubal_cv_method *method)
{
	static const struct { const char *name; enum edubal_cv_method m; } map[] = {
		{"official", EDUBAL_CV_OFFICIAL},
		{"unweighted", EDUBAL_CV_UNWEIGHTED},
		{"sample", EDUBAL_CV_SAMPLE},
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++) {
		if (strcmp(name, map[i].name) == 0) {
			*method = map[i].m;
			return 1;
		}
	}
	return 0;
}

/* Returns -1 when the command should go on, else an exit status. */
static int
parse_cv_options(int argc, char **argv, struct cv_options *o)
{
	static const struct option longopts[] = {
		{"value", required_argument, NULL, 'v'},
		{"per", required_argument, NULL, 'p'},
		{"weight", required_argument, NULL, 'w'},
		{"method", required_argument, NULL, 'm'},
		{"format", required_argument, NULL, 'f'},
		{"help", no_argument, NULL, 'h'},
		{NULL, 0, NULL, 0},
	};
	memset(o, 0, sizeof *o);
	o->method_name = "official";
	int c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'v': o->value = optarg; break;
		case 'p': o->per = optarg; break;
		case 'w': o->weight = optarg; break;
		case 'm': o->method_name = optarg; break;
		case 'f':
			if (strcmp(optarg, "json") != 0 && strcmp(optarg, "text") != 0)
				return cli_usage_error("stats cv ", "unknown format '%s' "
					"(text or json)", optarg);
			o->json = strcmp(optarg, "json") == 0;
			break;
		case 'h':
			fputs(stats_cv_help, stdout);
			return CLI_OK;
		case ':':
			return cli_usage_error("stats cv ", "option '%s' needs a value",
				argv[optind - 1]);
		default:
			return cli_usage_error("stats cv ", "unknown option '%s'",
				argv[optind - 1]);
		}
	}
	if (!parse_method(o->method_name, &o->method))
		return cli_usage_error("stats cv ", "unknown method '%s' (official, "
			"unweighted or sample)", o->method_name);
	if (optind != argc - 1)
		return cli_usage_error("stats cv ", optind == argc ?
			"a CSV file is required" : "exactly one CSV file is expected");
	o->file = argv[optind];
	if (!o->value)
		return cli_usage_error("stats cv ", "--value COL is required");
	return -1;
}

struct column_data {
	double *values;
	double *weights;
	size_t n;
};

/* Restate an array error ("values[3] = ...") as the CSV cell it came from. */
static int
fail_at_cell(const edubal_table *t, const struct cv_options *o,
	edubal_status st, const edubal_error *err)
{
	size_t index = edubal_error_row(err);
	const char *arg = edubal_error_column(err);
	const char *column = strcmp(arg, "weights") == 0 ? o->weight :
	                     strcmp(arg, "values") == 0 ? o->value : NULL;
	if (index == 0 || !column)
		return cli_fail(st, err);
	size_t col;
	edubal_table_find_column(t, column, &col, NULL);
	fprintf(stderr, "edubal: %s: row %zu, column \"%s\": value \"%s\": %s%s\n",
	        edubal_table_source(t), index + 1, column,
	        edubal_table_cell(t, index - 1, col), edubal_error_reason(err),
	        column == o->value && o->per ? " (after dividing by --per)" : "");
	return cli_fail_status(st);
}

static int
read_ratio(const edubal_table *t, const struct cv_options *o, double *values,
	size_t n, edubal_error *err)
{
	double *per = malloc((n ? n : 1) * sizeof *per);
	if (!per)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	edubal_status st = edubal_table_column_numbers(t, o->per, per, n, err);
	if (st != EDUBAL_OK) {
		free(per);
		return cli_fail(st, err);
	}
	size_t col;
	edubal_table_find_column(t, o->per, &col, NULL);
	for (size_t i = 0; i < n; i++) {
		if (per[i] == 0) {
			fprintf(stderr, "edubal: %s: row %zu, column \"%s\": value "
			        "\"%s\": cannot divide --value by zero\n",
			        edubal_table_source(t), i + 2, o->per,
			        edubal_table_cell(t, i, col));
			free(per);
			return CLI_BAD_DATA;
		}
		values[i] /= per[i];
	}
	free(per);
	return -1;
}

static int
read_columns(const edubal_table *t, const struct cv_options *o,
	struct column_data *d, edubal_error *err)
{
	d->n = edubal_table_rows(t);
	size_t cap = d->n ? d->n : 1;
	d->values = malloc(cap * sizeof *d->values);
	d->weights = o->weight ? malloc(cap * sizeof *d->weights) : NULL;
	if (!d->values || (o->weight && !d->weights))
		return cli_fail(EDUBAL_ENOMEM, NULL);
	edubal_status st = edubal_table_column_numbers(t, o->value, d->values,
		d->n, err);
	if (st == EDUBAL_OK && o->weight)
		st = edubal_table_column_numbers(t, o->weight, d->weights, d->n, err);
	if (st != EDUBAL_OK)
		return cli_fail(st, err);
	return o->per ? read_ratio(t, o, d->values, d->n, err) : -1;
}

static void
print_text(const struct cv_options *o, size_t n, double mean, double sd,
	double cv)
{
	printf("file:    %s\n", o->file);
	printf("value:   %s%s%s\n", o->value, o->per ? " / " : "",
	       o->per ? o->per : "");
	printf("weight:  %s\n", o->weight ? o->weight : "(none: equal weights)");
	printf("method:  %s\n", o->method_name);
	printf("n:       %zu\n", n);
	printf("mean:    %.6f\n", mean);
	printf("sd:      %.6f\n", sd);
	printf("cv:      %.6f\n", cv);
}

static int
print_json(const struct cv_options *o, size_t n, double mean, double sd,
	double cv)
{
	json_t *root = json_pack("{s:s, s:s, s:s?, s:s?, s:s, s:I, s:f, s:f, s:f}",
		"file", o->file, "value", o->value, "per", o->per,
		"weight", o->weight, "method", o->method_name,
		"n", (json_int_t) n, "mean", mean, "sd", sd, "cv", cv);
	if (!root)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	int rc = json_dumpf(root, stdout, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	                    JSON_REAL_PRECISION(17));
	fputc('\n', stdout);
	json_decref(root);
	return rc == 0 ? CLI_OK : CLI_INTERNAL;
}

static int
stats_cv(int argc, char **argv)
{
	struct cv_options o;
	int rc = parse_cv_options(argc, argv, &o);
	if (rc >= 0)
		return rc;
	edubal_error *err = edubal_error_new();
	edubal_table *t = NULL;
	struct column_data d = {NULL, NULL, 0};
	if (!err)
		return cli_fail(EDUBAL_ENOMEM, NULL);
	edubal_status st = edubal_table_read_csv(o.file, &t, err);
	rc = st == EDUBAL_OK ? read_columns(t, &o, &d, err) : cli_fail(st, err);
	if (rc < 0) {
		double mean, sd, cv;
		st = edubal_stats_summary(d.values, d.n, d.weights,
			d.weights ? d.n : 0, o.method, &mean, &sd, &cv, err);
		if (st != EDUBAL_OK)
			rc = fail_at_cell(t, &o, st, err);
		else if (o.json)
			rc = print_json(&o, d.n, mean, sd, cv);
		else {
			print_text(&o, d.n, mean, sd, cv);
			rc = CLI_OK;
		}
	}
	free(d.values);
	free(d.weights);
	edubal_table_free(t);
	edubal_error_free(err);
	return rc;
}

int
cli_stats(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error("stats ", "which statistic? (cv)");
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs("Usage: edubal stats cv FILE --value COL [options]\n"
		      "Run 'edubal stats cv --help' for the options.\n", stdout);
		return CLI_OK;
	}
	if (strcmp(argv[1], "cv") == 0)
		return stats_cv(argc - 1, argv + 1);
	return cli_usage_error("stats ", "unknown statistic '%s' (cv)", argv[1]);
}
