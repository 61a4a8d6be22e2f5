/*
 * tests/fuzz/replay.c - run a fuzz target's inputs without libFuzzer.
 *
 * usage: replay_TARGET FILE|DIR...
 * Feeds every file (a directory: every file in it) to
 * LLVMFuzzerTestOneInput() once.  Linked with each target in ordinary
 * builds (gcc, ASan/UBSan, valgrind), so the seed corpus and every
 * reproducer in tests/fuzz/regressions/ stay regression tests where no
 * clang is at hand.  Exits 0 when every input ran.
 */
/* realpath() is XSI. */
#define _XOPEN_SOURCE 700

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return 1;
	}
	size_t cap = 4096, len = 0;
	uint8_t *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
		len += got;
		if (len == cap) {
			uint8_t *bigger = realloc(buf, cap *= 2);
			if (!bigger)
				free(buf);
			buf = bigger;
		}
	}
	int failed = ferror(f) || !buf;
	fclose(f);
	if (failed) {
		fprintf(stderr, "%s: cannot read\n", path);
		free(buf);
		return 1;
	}
	/* A copy of exactly len bytes, so that ASan sees any over-read. */
	uint8_t *exact = malloc(len ? len : 1);
	if (!exact) {
		free(buf);
		return 1;
	}
	memcpy(exact, buf, len);
	free(buf);
	LLVMFuzzerTestOneInput(exact, len);
	free(exact);
	printf("ran %s (%zu bytes)\n", path, len);
	return 0;
}

static int
compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* Every regular file of dir, in name order so runs are repeatable. */
static int
run_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return 1;
	}
	char **names = NULL;
	size_t n = 0;
	int failed = 0;
	struct dirent *e;
	while (!failed && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char **more = realloc(names, (n + 1) * sizeof *names);
		failed = !more || !(more[n] = strdup(e->d_name));
		if (more) {
			names = more;
			if (!failed)
				n++;
		}
	}
	closedir(d);
	if (names)
		qsort(names, n, sizeof *names, compare_names);
	for (size_t i = 0; i < n; i++) {
		char path[4096];
		snprintf(path, sizeof path, "%s/%s", dir, names[i]);
		failed |= run_file(path);
		free(names[i]);
	}
	free(names);
	return failed;
}

int
main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: replay FILE|DIR...\n", stderr);
		return 2;
	}
	/* Paths first: the CLI target changes directory when initialised. */
	char **paths = calloc((size_t) argc, sizeof *paths);
	if (!paths)
		return 1;
	for (int i = 1; i < argc; i++)
		if (!(paths[i] = realpath(argv[i], NULL))) {
			perror(argv[i]);
			return 1;
		}
	if (LLVMFuzzerInitialize)
		LLVMFuzzerInitialize(&argc, &argv);
	int failed = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(paths[i], &st) != 0) {
			perror(paths[i]);
			failed = 1;
		} else {
			failed |= S_ISDIR(st.st_mode) ? run_dir(paths[i])
			                              : run_file(paths[i]);
		}
		free(paths[i]);
	}
	free(paths);
	return failed;
}
