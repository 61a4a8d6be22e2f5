/* The public headers must compile as strict C99 (-pedantic -Werror). */
#include <edubal/edubal.h>

int
main(void)
{
	return edubal_version_number() == EDUBAL_VERSION_NUMBER ? 0 : 1;
}
