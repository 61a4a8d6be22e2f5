/*
 * tests/fuzz/fuzz_cli.c - libFuzzer target for the edubal command line.
 *
 * Input: the arguments after "edubal", separated by NUL bytes.  The
 * command's own main() is compiled in as edubal_cli_main() (meson builds
 * tools/edubal's sources with -Dmain=edubal_cli_main).
 *
 * The fuzzer must not be able to touch the machine: the command runs in
 * a fresh scratch directory holding a few small input files, and inputs
 * that could name another file (an argument with '/') or make the
 * command write one (evaluate's -o/--output) are skipped.  Run it with
 * -close_fd_mask=3 (run-fuzz.sh does) to send the command's output to
 * /dev/null while libFuzzer keeps reporting.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int edubal_cli_main(int argc, char **argv);

enum { MAX_ARGS = 24 };

static const char schools_csv[] =
	"school_id,county_id,type,students_primary,teachers_primary,"
	"qualified_teachers_primary,classes_primary,max_class_size_primary\n"
	"s1,c1,primary,450,30,28,10,45\n"
	"s2,c1,primary,300,20,19,8,40\n";
static const char counties_csv[] =
	"county_id,name,population\nc1,示例县,400000\n";
static const char values_csv[] = "id,n,w\na,1,2\nb,3,4\nc,5,0.5\n";
static const char profile_json[] =
	"{\"format\":\"edubal-profile/1\",\"id\":\"fuzz\","
	"\"parent\":\"cn-2017-compulsory\",\"name\":{\"zh\":\"测\",\"en\":\"t\"}}";

static const char *const files[] = {
	"schools.csv", "counties.csv", "values.csv", "profile.json",
};
static char scratch[] = "/tmp/edubal-fuzz-cli-XXXXXX";

/* Leave no scratch directory behind (the CLI writes nothing else). */
static void
remove_scratch(void)
{
	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		unlink(files[i]);
	if (chdir("/") == 0)
		rmdir(scratch);
}

static void
write_file(const char *name, const char *text)
{
	FILE *f = fopen(name, "w");
	if (!f || fputs(text, f) == EOF || fclose(f) != 0)
		abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc;
	(void) argv;
	if (!mkdtemp(scratch) || chdir(scratch) != 0)
		abort();
	atexit(remove_scratch);
	write_file(files[0], schools_csv);
	write_file(files[1], counties_csv);
	write_file(files[2], values_csv);
	write_file(files[3], profile_json);
	return 0;
}

/* Could this argument make evaluate write a file, or name one elsewhere? */
static int
unsafe(const char *arg)
{
	if (strchr(arg, '/'))
		return 1;
	if (strncmp(arg, "--o", 3) == 0)
		return 1;
	return arg[0] == '-' && arg[1] != '-' && strchr(arg, 'o') != NULL;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A NUL-terminated copy, split at each NUL into arguments. */
	char *buf = malloc(size + 1);
	if (!buf)
		return 0;
	memcpy(buf, data, size);
	buf[size] = '\0';
	char *argv[MAX_ARGS + 2];
	int argc = 0;
	argv[argc++] = (char *) "edubal";
	for (size_t i = 0; i <= size && argc <= MAX_ARGS; ) {
		argv[argc] = buf + i;
		if (unsafe(argv[argc])) {
			free(buf);
			return 0;
		}
		argc++;
		i += strlen(buf + i) + 1;
	}
	argv[argc] = NULL;
	edubal_cli_main(argc, argv);
	fflush(stdout);
	free(buf);
	return 0;
}
