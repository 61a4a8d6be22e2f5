/*
 * tools/edubal/cmd_project.c - `edubal project population | enrollment |
 * seats | teachers | preschool | trajectory`: the SPEC §7.1–§7.6 models
 * on the projection input files (SCHEMA.md), as text or JSON.
 */
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "project_cli.h"

static const char project_help[] =
"Usage: edubal project population|enrollment|seats|teachers|preschool\n"
"                      --population F [--births F] [--enrollment F]\n"
"                      [--capacity F] [options]\n"
"       edubal project trajectory --base V --base-year Y --target V\n"
"                      --target-year Y [--fraction F] [--observed LIST]\n"
"\n"
"Projection models (SPEC §7), from the last year of population.csv to --to.\n"
"Run 'edubal project SUBCOMMAND --help' for the options of each.\n";

static const char inputs_help[] =
"Inputs (SCHEMA.md \"Projection inputs\"; docs/projections.md):\n"
"  --population F     population.csv (county_id, year, age, count); its last\n"
"                     year is the base year\n"
"  --births F         births.csv (county_id, year, births)\n"
"  --enrollment F     enrollment.csv (county_id, year, grade, students)\n"
"  --capacity F       capacity.csv (county_id, section, seats)\n"
"  --county ID        the county to project (needed when files hold several)\n"
"  --to YEAR          last projected year (default 2035)\n"
"Population model (SPEC §7.1):\n"
"  --births-method M  constant (default), linear or fertility: births after\n"
"                     the last year of births.csv\n"
"  --survival S       yearly survival at every age (default 1)\n"
"  --migration-rate R net migration rate at every age (default 0)\n"
"  --migration-count N net migrants a year at every age (instead of a rate)\n"
"  --asfr R           births per woman a year at ages 15-49 (fertility)\n"
"  --female-share F   share of women at each age (default 0.5, assumed)\n"
"Scenario band (SPEC §7): low and high scenarios beside the medium one:\n"
"  --births-band LO,HI      factors on births, e.g. 0.9,1.1\n"
"  --migration-band LO,HI   factors on migration\n"
"  --ratio-band M1,M2       ratio methods of the low and high scenarios\n"
"  --format F         text (default) or json\n";

static const char enrollment_help[] =
"Enrollment model (SPEC §7.2):\n"
"  --method M         mean (default), geometric, median, last or weighted:\n"
"                     how grade-progression ratios are fitted\n"
"  --k N              transitions fitted, the latest N (default 3)\n"
"  --intake I         population (default: the age-6 and age-3 population)\n"
"                     or births (births 6 and 3 years before)\n";

static const char seats_help[] =
"Seats (SPEC §7.3) and teachers (SPEC §7.4); LIST is section=value,...\n"
"with sections preschool, primary, junior, senior:\n"
"  --per-1000 LIST    planning seats per 1000 residents, e.g. primary=80,\n"
"                     junior=40\n"
"  --urban-share F    share of the population counted as (urban) residents\n"
"                     for --per-1000 (default 1)\n"
"  --standard ID|FILE take seats per 1000 from the profile's seats_primary,\n"
"                     seats_junior ... items (xx-city-2022: 80 and 40);\n"
"                     --per-1000 wins for the sections it names\n"
"  --class-size LIST  students per class (default primary=45,junior=50,\n"
"                     SPEC §5)\n"
"  --school-seats LIST seats of the standard school built to close a gap\n"
"  --ratio LIST       students per teacher (default primary=19,\n"
"                     junior=13.5,senior=12.5, SPEC §5)\n"
"  --class-teachers R teachers per class, for small rural schools: the\n"
"                     larger of the ratio and classes x R\n"
"  --staff LIST       current teachers, for the gap\n";

static const char preschool_help[] =
"Preschool targets (SPEC §7.5):\n"
"  --ger R            target gross enrollment rate of ages 3-5 (required)\n"
"  --public R         public share of seats (default 0.5)\n"
"  --inclusive R      inclusive share of seats (default 0.8; 0.85 for\n"
"                     \"5085\")\n";

static const char trajectory_help[] =
"Usage: edubal project trajectory --base V --base-year Y --target V\n"
"                                 --target-year Y [--fraction F]\n"
"                                 [--observed V,V,...] [--format text|json]\n"
"\n"
"The yearly path from a base value to a target (SPEC §7.6): linear, or with\n"
"--fraction F at least F of what remains closed each year (0.25 for\n"
"\"25% a year\").  --observed gives values from the base year on: each is\n"
"checked against the path, and the first year meeting the target named.\n"
"The path rises when the target is above the base, else falls.\n";

static const char exit_help[] =
"\nExit status: 0 done, 1 usage error, 2 bad input data, 3 internal error.\n";

static int
print_help(const char *command)
{
	if (strcmp(command, "trajectory") == 0) {
		fputs(trajectory_help, stdout);
		fputs(exit_help, stdout);
		return CLI_OK;
	}
	printf("Usage: edubal project %s --population F [options]\n\n", command);
	fputs(inputs_help, stdout);
	if (strcmp(command, "population") != 0 &&
	    strcmp(command, "preschool") != 0)
		fputs(enrollment_help, stdout);
	if (strcmp(command, "seats") == 0 || strcmp(command, "teachers") == 0)
		fputs(seats_help, stdout);
	if (strcmp(command, "preschool") == 0)
		fputs(preschool_help, stdout);
	fputs(exit_help, stdout);
	return CLI_OK;
}

/* Parse a whole number or a number; 0 on trailing text. */
static int
parse_double(const char *text, double *out)
{
	char *end;
	double x = strtod(text, &end);
	if (end == text || *end || !isfinite(x))
		return 0;
	*out = x;
	return 1;
}

static int
parse_year(const char *text, int *out)
{
	double x;
	if (!parse_double(text, &x) || x != floor(x) || x < 1900 || x > 2200)
		return 0;
	*out = (int) x;
	return 1;
}

static int
parse_ratio_method(const char *name, enum edubal_ratio_method *m)
{
	static const char *const names[] = {"mean", "geometric", "median",
		"last", "weighted"};
	for (int i = 0; i < 5; i++) {
		if (strcmp(name, names[i]) == 0) {
			*m = (enum edubal_ratio_method) i;
			return 1;
		}
	}
	return 0;
}

/* "primary=80,junior=40" into per-section values. */
static int
parse_per_section(const char *text, struct per_section *ps)
{
	char buf[256];
	snprintf(buf, sizeof buf, "%s", text);
	for (char *save = NULL, *item = strtok_r(buf, ",", &save); item;
	     item = strtok_r(NULL, ",", &save)) {
		char *eq = strchr(item, '=');
		if (!eq)
			return 0;
		*eq = '\0';
		size_t s = 0;
		while (s < SECTIONS && strcmp(item, project_sections[s]) != 0)
			s++;
		if (s == SECTIONS || !parse_double(eq + 1, &ps->v[s]) ||
		    ps->v[s] < 0)
			return 0;
	}
	return 1;
}

/* "a,b" into two numbers. */
static int
parse_pair(const char *text, double pair[2])
{
	char buf[128];
	snprintf(buf, sizeof buf, "%s", text);
	char *comma = strchr(buf, ',');
	if (!comma)
		return 0;
	*comma = '\0';
	return parse_double(buf, &pair[0]) && parse_double(comma + 1, &pair[1]);
}

static int
parse_list(const char *text, double *out, size_t cap, size_t *n)
{
	char buf[4096];
	snprintf(buf, sizeof buf, "%s", text);
	*n = 0;
	for (char *save = NULL, *item = strtok_r(buf, ",", &save); item;
	     item = strtok_r(NULL, ",", &save)) {
		if (*n == cap || !parse_double(item, &out[*n]))
			return 0;
		(*n)++;
	}
	return *n > 0;
}

static void
set_defaults(struct project_options *o, const char *command)
{
	memset(o, 0, sizeof *o);
	o->command = command;
	o->to = 2035;
	o->survival = 1.0;
	o->asfr = NAN;
	o->female_share = 0.5;
	o->k = 3;
	o->class_teachers = NAN;
	o->urban_share = 1.0;
	o->ger = NAN;
	o->public_share = 0.5;
	o->inclusive_share = 0.8;
	o->fraction = NAN;
	struct per_section *all[] = {&o->per_1000, &o->class_size,
		&o->school_seats, &o->ratio, &o->staff};
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		for (size_t s = 0; s < SECTIONS; s++)
			all[i]->v[s] = NAN;
	/* SPEC §5: class sizes 45 / 50 and staffing 1:19, 1:13.5, 1:12.5. */
	o->class_size.v[1] = 45;
	o->class_size.v[2] = 50;
	o->ratio.v[1] = 19;
	o->ratio.v[2] = 13.5;
	o->ratio.v[3] = 12.5;
	o->births_band[0] = o->births_band[1] = 1.0;
	o->migration_band[0] = o->migration_band[1] = 1.0;
}

void
project_defaults(struct project_options *o, const char *command)
{
	set_defaults(o, command);
	o->ratio_band[0] = o->ratio_band[1] = o->ratio_method;
}

enum {
	OPT_POPULATION = 256, OPT_BIRTHS, OPT_ENROLLMENT, OPT_CAPACITY,
	OPT_COUNTY, OPT_TO, OPT_BIRTHS_METHOD, OPT_SURVIVAL, OPT_MIGRATION,
	OPT_MIGRATION_COUNT,
	OPT_ASFR, OPT_FEMALE, OPT_METHOD, OPT_K, OPT_INTAKE, OPT_PER_1000,
	OPT_CLASS_SIZE, OPT_SCHOOL_SEATS, OPT_RATIO, OPT_CLASS_TEACHERS,
	OPT_STAFF, OPT_GER, OPT_PUBLIC, OPT_INCLUSIVE, OPT_BIRTHS_BAND,
	OPT_MIGRATION_BAND, OPT_RATIO_BAND, OPT_BASE, OPT_BASE_YEAR, OPT_TARGET,
	OPT_TARGET_YEAR, OPT_FRACTION, OPT_OBSERVED, OPT_FORMAT, OPT_STANDARD,
	OPT_URBAN_SHARE
};

static const struct option longopts[] = {
	{"population", required_argument, NULL, OPT_POPULATION},
	{"births", required_argument, NULL, OPT_BIRTHS},
	{"enrollment", required_argument, NULL, OPT_ENROLLMENT},
	{"capacity", required_argument, NULL, OPT_CAPACITY},
	{"county", required_argument, NULL, OPT_COUNTY},
	{"to", required_argument, NULL, OPT_TO},
	{"births-method", required_argument, NULL, OPT_BIRTHS_METHOD},
	{"survival", required_argument, NULL, OPT_SURVIVAL},
	{"migration-rate", required_argument, NULL, OPT_MIGRATION},
	{"migration-count", required_argument, NULL, OPT_MIGRATION_COUNT},
	{"asfr", required_argument, NULL, OPT_ASFR},
	{"female-share", required_argument, NULL, OPT_FEMALE},
	{"method", required_argument, NULL, OPT_METHOD},
	{"k", required_argument, NULL, OPT_K},
	{"intake", required_argument, NULL, OPT_INTAKE},
	{"per-1000", required_argument, NULL, OPT_PER_1000},
	{"class-size", required_argument, NULL, OPT_CLASS_SIZE},
	{"school-seats", required_argument, NULL, OPT_SCHOOL_SEATS},
	{"ratio", required_argument, NULL, OPT_RATIO},
	{"class-teachers", required_argument, NULL, OPT_CLASS_TEACHERS},
	{"staff", required_argument, NULL, OPT_STAFF},
	{"ger", required_argument, NULL, OPT_GER},
	{"public", required_argument, NULL, OPT_PUBLIC},
	{"inclusive", required_argument, NULL, OPT_INCLUSIVE},
	{"births-band", required_argument, NULL, OPT_BIRTHS_BAND},
	{"migration-band", required_argument, NULL, OPT_MIGRATION_BAND},
	{"ratio-band", required_argument, NULL, OPT_RATIO_BAND},
	{"base", required_argument, NULL, OPT_BASE},
	{"base-year", required_argument, NULL, OPT_BASE_YEAR},
	{"target", required_argument, NULL, OPT_TARGET},
	{"target-year", required_argument, NULL, OPT_TARGET_YEAR},
	{"fraction", required_argument, NULL, OPT_FRACTION},
	{"observed", required_argument, NULL, OPT_OBSERVED},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"standard", required_argument, NULL, OPT_STANDARD},
	{"urban-share", required_argument, NULL, OPT_URBAN_SHARE},
	{"help", no_argument, NULL, 'h'},
	{NULL, 0, NULL, 0},
};

/* Apply one option; 0 when its value is bad. */
static int
apply_option(struct project_options *o, int c, const char *v)
{
	double x;
	switch (c) {
	case OPT_POPULATION: o->population = v; return 1;
	case OPT_BIRTHS: o->births = v; return 1;
	case OPT_ENROLLMENT: o->enrollment = v; return 1;
	case OPT_CAPACITY: o->capacity = v; return 1;
	case OPT_COUNTY: o->county = v; return 1;
	case OPT_STANDARD: o->standard = v; return 1;
	case OPT_URBAN_SHARE:
		return parse_double(v, &o->urban_share) && o->urban_share >= 0 &&
		       o->urban_share <= 1;
	case OPT_TO: return parse_year(v, &o->to);
	case OPT_BIRTHS_METHOD:
		o->births_method = strcmp(v, "linear") == 0 ? EDUBAL_BIRTHS_LINEAR :
			strcmp(v, "fertility") == 0 ? EDUBAL_BIRTHS_FERTILITY :
			EDUBAL_BIRTHS_CONSTANT;
		return strcmp(v, "constant") == 0 || o->births_method !=
			EDUBAL_BIRTHS_CONSTANT;
	case OPT_SURVIVAL: return parse_double(v, &o->survival);
	case OPT_MIGRATION: return parse_double(v, &o->migration_rate);
	case OPT_MIGRATION_COUNT: return parse_double(v, &o->migration_count);
	case OPT_ASFR: return parse_double(v, &o->asfr);
	case OPT_FEMALE: return parse_double(v, &o->female_share);
	case OPT_METHOD: return parse_ratio_method(v, &o->ratio_method);
	case OPT_K:
		if (!parse_double(v, &x) || x < 1 || x != floor(x) || x > 50)
			return 0;
		o->k = (size_t) x;
		return 1;
	case OPT_INTAKE:
		o->intake_births = strcmp(v, "births") == 0;
		return o->intake_births || strcmp(v, "population") == 0;
	case OPT_PER_1000: return parse_per_section(v, &o->per_1000);
	case OPT_CLASS_SIZE: return parse_per_section(v, &o->class_size);
	case OPT_SCHOOL_SEATS: return parse_per_section(v, &o->school_seats);
	case OPT_RATIO: return parse_per_section(v, &o->ratio);
	case OPT_STAFF: return parse_per_section(v, &o->staff);
	case OPT_CLASS_TEACHERS: return parse_double(v, &o->class_teachers);
	case OPT_GER: return parse_double(v, &o->ger);
	case OPT_PUBLIC: return parse_double(v, &o->public_share);
	case OPT_INCLUSIVE: return parse_double(v, &o->inclusive_share);
	case OPT_BIRTHS_BAND: o->bands = 1; return parse_pair(v, o->births_band);
	case OPT_MIGRATION_BAND:
		o->bands = 1;
		return parse_pair(v, o->migration_band);
	case OPT_RATIO_BAND: {
		char buf[64];
		snprintf(buf, sizeof buf, "%s", v);
		char *comma = strchr(buf, ',');
		o->bands = 1;
		if (!comma)
			return 0;
		*comma = '\0';
		return parse_ratio_method(buf, &o->ratio_band[0]) &&
		       parse_ratio_method(comma + 1, &o->ratio_band[1]);
	}
	case OPT_BASE: o->have_base = 1; return parse_double(v, &o->base_value);
	case OPT_BASE_YEAR: return parse_year(v, &o->base_year);
	case OPT_TARGET: o->have_target = 1; return parse_double(v, &o->target);
	case OPT_TARGET_YEAR: return parse_year(v, &o->target_year);
	case OPT_FRACTION: return parse_double(v, &o->fraction);
	case OPT_OBSERVED:
		return parse_list(v, o->observed, MAX_YEARS, &o->n_observed);
	case OPT_FORMAT:
		o->json = strcmp(v, "json") == 0;
		return o->json || strcmp(v, "text") == 0;
	default:
		return 0;
	}
}

static const char *
option_name(int code)
{
	for (size_t i = 0; longopts[i].name; i++) {
		if (longopts[i].val == code)
			return longopts[i].name;
	}
	return "?";
}

/* Returns -1 when the command should go on, else an exit status. */
static int
parse_options(int argc, char **argv, struct project_options *o)
{
	char usage[64];
	snprintf(usage, sizeof usage, "project %s ", argv[0]);
	set_defaults(o, argv[0]);
	int ratio_band_set = 0, c;
	optind = 1;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		if (c == 'h')
			return print_help(o->command);
		if (c == ':')
			return cli_usage_error(usage, "option '%s' needs a value",
				argv[optind - 1]);
		if (c == '?')
			return cli_usage_error(usage, "unknown option '%s'",
				argv[optind - 1]);
		ratio_band_set |= c == OPT_RATIO_BAND;
		if (!apply_option(o, c, optarg))
			return cli_usage_error(usage, "bad value '%s' for --%s", optarg,
				option_name(c));
	}
	if (optind != argc)
		return cli_usage_error(usage, "unexpected argument '%s'",
			argv[optind]);
	if (!ratio_band_set)
		o->ratio_band[0] = o->ratio_band[1] = o->ratio_method;
	if (o->migration_rate != 0 && o->migration_count != 0)
		return cli_usage_error(usage, "--migration-rate and "
			"--migration-count exclude each other");
	if (o->standard)
		return project_standard_seats(o->standard, &o->per_1000);
	return -1;
}

static const char *const population_series[] = {"population_births",
	"population_age_3_5", "population_age_6_11", "population_age_12_14",
	"population_age_15_17", "population_total", NULL};

/* The series each subcommand prints, per section where it applies. */
static void
names_of(const char *command, const struct project_result *r,
	const char **names)
{
	size_t n = 0;
	if (strcmp(command, "population") == 0) {
		for (size_t i = 0; population_series[i]; i++)
			names[n++] = population_series[i];
		for (size_t i = 0; i < r->n && n < MAX_SERIES; i++) {
			if (strncmp(r->s[i].name, "age_", 4) == 0)
				names[n++] = r->s[i].name;
		}
	} else if (strcmp(command, "preschool") == 0) {
		static const char *const p[] = {"population_age_3_5",
			"preschool_target_seats", "preschool_public_seats",
			"preschool_inclusive_seats", "preschool_target_gap"};
		for (size_t i = 0; i < 5; i++)
			names[n++] = p[i];
	} else {
		const char *what = command;
		for (size_t i = 0; i < r->n && n < MAX_SERIES; i++) {
			const char *s = r->s[i].name;
			int grade = strncmp(s, "grade_", 6) == 0;
			int students = strstr(s, "_students") != NULL;
			int seats = strstr(s, "seat") || strstr(s, "classes") ||
			            strstr(s, "schools");
			int teachers = strstr(s, "teacher") || strstr(s, "classes");
			if ((strcmp(what, "enrollment") == 0 && (grade || students)) ||
			    (strcmp(what, "seats") == 0 && (students || seats)) ||
			    (strcmp(what, "teachers") == 0 && (students || teachers)))
				names[n++] = s;
		}
	}
	names[n] = NULL;
}

static int
run(const struct project_options *o)
{
	if (!o->population)
		return cli_usage_error("project ", "--population F is required");
	if (strcmp(o->command, "preschool") == 0 && isnan(o->ger))
		return cli_usage_error("project preschool ", "--ger R is required");
	edubal_error *err = edubal_error_new();
	edubal_inputs *in = NULL;
	struct project_result *r = calloc(1, sizeof *r);
	if (!err || !r || !(r->ratios = json_array())) {
		edubal_error_free(err);
		free(r);
		return cli_fail(EDUBAL_ENOMEM, NULL);
	}
	int wants_school = strcmp(o->command, "population") != 0 &&
	                   strcmp(o->command, "preschool") != 0;
	edubal_status st = edubal_inputs_read(o->population, o->births,
		wants_school ? o->enrollment : NULL, o->capacity, o->county, &in, err);
	int rc = st == EDUBAL_OK ? -1 : cli_fail(st, err);
	int base = edubal_inputs_population_first_year(in) +
		(int) edubal_inputs_population_years(in) - 1;
	if (rc < 0 && (o->to <= base || o->to - base >= MAX_YEARS))
		rc = cli_usage_error("project ", "--to %d must lie after the base "
			"year %d and at most %d years on", o->to, base, MAX_YEARS - 1);
	if (rc < 0 && wants_school && !o->enrollment)
		rc = cli_usage_error("project ", "--enrollment F is required");
	if (rc < 0 && wants_school && o->intake_births &&
	    (edubal_inputs_births_years(in) == 0 ||
	     edubal_inputs_births_first_year(in) > o->to))
		rc = cli_usage_error("project ", "--intake births needs --births "
			"with years before --to");
	for (size_t sc = 0; rc < 0 && sc < (o->bands ? SCENARIOS : 1); sc++)
		rc = project_run(o, in, sc, r, err);
	if (rc < 0) {
		const char *names[MAX_SERIES + 1];
		names_of(o->command, r, names);
		rc = project_print(o, in, r, names);
	}
	json_decref(r->ratios);
	free(r);
	edubal_inputs_free(in);
	edubal_error_free(err);
	return rc;
}

int
cli_project(int argc, char **argv)
{
	static const char *const commands[] = {"population", "enrollment",
		"seats", "teachers", "preschool", "trajectory"};
	if (argc < 2)
		return cli_usage_error("project ", "which model? (population, "
			"enrollment, seats, teachers, preschool, trajectory)");
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		fputs(project_help, stdout);
		return CLI_OK;
	}
	for (size_t i = 0; i < sizeof commands / sizeof *commands; i++) {
		if (strcmp(argv[1], commands[i]) != 0)
			continue;
		struct project_options o;
		int rc = parse_options(argc - 1, argv + 1, &o);
		if (rc >= 0)
			return rc;
		return i == 5 ? project_trajectory(&o) : run(&o);
	}
	return cli_usage_error("project ", "unknown model '%s'", argv[1]);
}
