/*
 * Compiled against an installed copy of edubal with
 * `pkg-config --cflags --libs edubal`: the SPEC §1.1 five-school CV.
 */
#include <math.h>
#include <stdio.h>

#include <edubal/edubal.h>

int
main(void)
{
	const double students[] = {45, 37, 89, 76, 55};
	const double books[] = {279, 137, 935, 160, 402};
	double per_student[5];
	for (int i = 0; i < 5; i++)
		per_student[i] = books[i] / students[i];
	double cv = 0;
	edubal_error *err = edubal_error_new();
	edubal_status st = edubal_stats_cv(per_student, 5, students, 5,
		EDUBAL_CV_OFFICIAL, &cv, err);
	if (st != EDUBAL_OK) {
		fprintf(stderr, "edubal_stats_cv: %s\n", edubal_error_message(err));
		edubal_error_free(err);
		return 1;
	}
	edubal_error_free(err);
	printf("edubal %s: five-school CV %.6f\n", edubal_version(), cv);
	return fabs(cv - 0.515257) < 1e-6 ? 0 : 1;
}
