/*
 * tests/fuzz/fuzz_profile.c - libFuzzer target for the profile parser.
 *
 * Input: a profile's JSON text, handed to edubal_standard_parse().  A
 * profile that parses is also written back as JSON and described in both
 * languages, the two consumers of everything the parser accepted.
 */
#include <stddef.h>
#include <stdint.h>

#include <edubal/edubal.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	edubal_error *err = edubal_error_new();
	edubal_standard *std = NULL;
	if (edubal_standard_parse((const char *) data, size, "fuzz.json", &std,
	    err) == EDUBAL_OK) {
		char *text = NULL;
		if (edubal_standard_to_json(std, &text, err) == EDUBAL_OK)
			edubal_free(text);
		text = NULL;
		if (edubal_standard_describe(std, "zh", &text, err) == EDUBAL_OK)
			edubal_free(text);
		text = NULL;
		if (edubal_standard_describe(std, "en", &text, err) == EDUBAL_OK)
			edubal_free(text);
	}
	edubal_standard_free(std);
	edubal_error_free(err);
	return 0;
}
