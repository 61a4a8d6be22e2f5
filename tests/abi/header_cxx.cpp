// The public headers must compile as C++ and link with C linkage.
#include <edubal/edubal.h>

int
main()
{
	edubal_error *err = edubal_error_new();
	double cv = 0;
	const double x[] = {1.0, 3.0};
	edubal_status st = edubal_stats_cv(x, 2, nullptr, 0, EDUBAL_CV_OFFICIAL,
		&cv, err);
	edubal_error_free(err);
	return st == EDUBAL_OK && cv == 0.5 ? 0 : 1;
}
