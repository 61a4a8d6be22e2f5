/*
 * bindings/edubal.i - the one SWIG interface of edubal, shared by the
 * Python and the R binding.
 *
 * The common part below says what is wrapped and who owns what: every
 * public function of include/edubal/*.h except the edubal_error and
 * edubal_table calls (errors become exceptions; tables are read from CSV
 * by the dataset calls), opaque handles that the garbage collector frees
 * (datasets, standards, reports, projection models and results, plans),
 * and library strings released with edubal_free().  Each language adds
 * its own typemaps (arrays, out-parameters, the error object) in its own
 * section: Python in bindings/python/edubal_python.i, R in
 * bindings/r/edubal_r.i.  Nothing here computes anything: the bindings
 * are a thin skin over the C library.
 *
 * Verified pitfalls (STYLE.md §3): overriding an `in` typemap of R means
 * overriding its `freearg`; handles need an %extend destructor or they
 * leak; an %exception for an %extend constructor must come before it.
 */
%module edubal

%{
#include <edubal/edubal.h>

/* SWIG exception type of a status, for languages without their own
 * (Python raises edubal.EdubalError instead).  Only the types verified in
 * both languages (STYLE.md §3): R turns some others into NA. */
#ifndef SWIGPYTHON
static int
eb_swig_errtype(edubal_status st)
{
	return st == EDUBAL_ENOMEM ? SWIG_MemoryError
	     : (st == EDUBAL_EINVAL || st == EDUBAL_EDOM ||
	        st == EDUBAL_EDATA || st == EDUBAL_ENOTFOUND) ? SWIG_ValueError
	     : SWIG_RuntimeError;
}
#endif
%}

/* The headers' export macros mean nothing to SWIG. */
#define EDUBAL_API
#define EDUBAL_DEPRECATED(msg)

/*
 * 1. Status -> exception.  This default serves any language; a language
 * section may replace it with one that reads the edubal_error details.
 */
%typemap(out) edubal_status {
	if ($1 != EDUBAL_OK)
		SWIG_exception_fail(eb_swig_errtype($1), edubal_strerror($1));
#ifdef SWIGPYTHON
	$result = SWIG_Py_Void();
#else
	$result = R_NilValue;
#endif
}

/* 2. Language-specific typemaps. */
#ifdef SWIGPYTHON
%include "python/edubal_python.i"
#endif
#ifdef SWIGR
%include "r/edubal_r.i"
#endif

/*
 * 3. Ownership.  Handles are SWIG-only empty structs with a destructor,
 * so that both languages free them when they are collected.  Datasets are
 * made by the caller; standards and reports only by the library (returned
 * through out-parameters, owned by the wrapper object).
 */
%ignore edubal_dataset_new;
%ignore edubal_dataset_free;
%ignore edubal_standard_free;
%ignore edubal_report_free;
%ignore edubal_free;

%exception edubal_dataset::edubal_dataset {
	$action
	if (!result)
		SWIG_exception_fail(SWIG_MemoryError, "out of memory");
}
struct edubal_dataset {};
%extend edubal_dataset {
	edubal_dataset() { return edubal_dataset_new(); }
	~edubal_dataset() { edubal_dataset_free($self); }
}
%nodefaultctor edubal_standard;
struct edubal_standard {};
%extend edubal_standard {
	~edubal_standard() { edubal_standard_free($self); }
}
%nodefaultctor edubal_report;
struct edubal_report {};
%extend edubal_report {
	~edubal_report() { edubal_report_free($self); }
}

/*
 * Projection models (project.h) and the planner (plan.h): the models and
 * plan inputs are made by the caller, results and read inputs only by the
 * library.  Every handle is a plain pointer with a destructor, the form R
 * handles too (STYLE.md §3).  A language section maps, besides the
 * shapes of stats.h: numeric inputs (const double *X, size_t n) for X in
 * counts (n_ages), survival, migration, births, asfr, students, source,
 * residents, demand, children_3_5, path, observed (n_observed), series,
 * a, b (n_b), c (n_c); optional classes (n_classes; none = NULL, 0);
 * caller-sized results (double *out_X, size_t X_len); grade labels
 * (const char *const *labels, size_t n_labels; none = NULL, 0); scalar
 * outs out_seats, out_value, out_before, out_after, out_limit (double),
 * out_year, out_met (int), out_behind, out_county (size_t), out_level,
 * out_indicator (borrowed const char *); and the owned result handles
 * out_population, out_enrollment, out_inputs, out_plan.  A plan borrows
 * its standard, dataset and plan inputs: the wrapper must keep them.
 */
%ignore edubal_cohort_new;
%ignore edubal_cohort_free;
%ignore edubal_grades_new;
%ignore edubal_grades_free;
%ignore edubal_plan_inputs_new;
%ignore edubal_plan_inputs_free;
%ignore edubal_population_free;
%ignore edubal_enrollment_free;
%ignore edubal_inputs_free;
%ignore edubal_plan_free;

%exception edubal_cohort::edubal_cohort {
	$action
	if (!result)
		SWIG_exception_fail(SWIG_MemoryError, "out of memory");
}
struct edubal_cohort {};
%extend edubal_cohort {
	edubal_cohort() { return edubal_cohort_new(); }
	~edubal_cohort() { edubal_cohort_free($self); }
}
%exception edubal_grades::edubal_grades {
	$action
	if (!result)
		SWIG_exception_fail(SWIG_MemoryError, "out of memory");
}
struct edubal_grades {};
%extend edubal_grades {
	edubal_grades() { return edubal_grades_new(); }
	~edubal_grades() { edubal_grades_free($self); }
}
%exception edubal_plan_inputs::edubal_plan_inputs {
	$action
	if (!result)
		SWIG_exception_fail(SWIG_MemoryError, "out of memory");
}
struct edubal_plan_inputs {};
%extend edubal_plan_inputs {
	edubal_plan_inputs() { return edubal_plan_inputs_new(); }
	~edubal_plan_inputs() { edubal_plan_inputs_free($self); }
}
%nodefaultctor edubal_population;
struct edubal_population {};
%extend edubal_population {
	~edubal_population() { edubal_population_free($self); }
}
%nodefaultctor edubal_enrollment;
struct edubal_enrollment {};
%extend edubal_enrollment {
	~edubal_enrollment() { edubal_enrollment_free($self); }
}
%nodefaultctor edubal_inputs;
struct edubal_inputs {};
%extend edubal_inputs {
	~edubal_inputs() { edubal_inputs_free($self); }
}
%nodefaultctor edubal_plan;
struct edubal_plan {};
%extend edubal_plan {
	~edubal_plan() { edubal_plan_free($self); }
}

/* Errors are reported as exceptions, tables only read through datasets. */
%rename("$ignore", regextarget=1, %$isfunction) "^edubal_error_";
%rename("$ignore", regextarget=1, %$isfunction) "^edubal_table_";
%ignore edubal_dataset_add_table;

/* The version the binding was compiled against, to detect skew. */
%constant int EDUBAL_HEADER_VERSION_NUMBER = EDUBAL_VERSION_NUMBER;

%include <edubal/types.h>
%include <edubal/status.h>
%include <edubal/stats.h>
%include <edubal/dataset.h>
%include <edubal/standard.h>
%include <edubal/evaluate.h>
%include <edubal/io.h>
%include <edubal/project.h>
%include <edubal/plan.h>
