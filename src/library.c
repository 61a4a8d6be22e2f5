/*
 * src/library.c - version, status text and the library's own free().
 */
#include <stdlib.h>

#include <edubal/status.h>
#include <edubal/version.h>

const char *
edubal_version(void)
{
	return EDUBAL_VERSION_STRING;
}

int
edubal_version_number(void)
{
	return EDUBAL_VERSION_NUMBER;
}

void
edubal_free(void *ptr)
{
	free(ptr);
}

const char *
edubal_strerror(edubal_status status)
{
	switch (status) {
	case EDUBAL_OK:
		return "success";
	case EDUBAL_EINVAL:
		return "invalid argument";
	case EDUBAL_EDOM:
		return "result undefined for this input";
	case EDUBAL_ENOMEM:
		return "out of memory";
	case EDUBAL_EIO:
		return "file cannot be read";
	case EDUBAL_EDATA:
		return "bad input data";
	case EDUBAL_ENOTFOUND:
		return "not found";
	case EDUBAL_EINTERNAL:
		return "internal error in edubal";
	}
	return "unknown status";
}
