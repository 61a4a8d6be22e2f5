/*
 * bindings/r/edubal_r.i - every R-only typemap of the edubal binding,
 * included by bindings/edubal.i under #ifdef SWIGR before the headers.
 *
 * What R code sees (the R/ helpers build the public API on top of it):
 *  - each C function as swig_<name> (edubal_stats_cv -> swig_stats_cv),
 *    kept internal to the package;
 *  - a failing call raises an R condition of class
 *    c("edubal_error", "error", "condition") whose message is the C
 *    message (naming file or table, row, column, value and reason) and
 *    whose fields status, source, row, column, value and reason repeat
 *    the parts of edubal_error;
 *  - standards and reports (made by the library through out-parameters)
 *    are external pointers tagged and classed with their C type, each
 *    with a C finalizer that frees it when R collects it; datasets come
 *    from the common part's constructor (edubal_dataset(), an S4 object
 *    with the finalizer SWIG registers); the *_free functions are not
 *    wrapped, so nothing can free a handle twice;
 *  - out-parameters become the result (a named list when there are
 *    several), a status-only call returns NULL, text is UTF-8.
 *
 * Lessons of STYLE.md §3 applied here: every "in" typemap that replaces
 * the default has its own "freearg"; enum results never go through
 * enumFromInteger; handles made through out-parameters get their
 * finalizer in C, since SWIG/R registers one only for constructors.
 * Temporary arrays come from R_alloc, which R reclaims even when the call
 * ends in an error (a longjmp that skips freearg); the edubal_error of a
 * call is owned by a guard object for the same reason (see "err" below).
 * Checked with valgrind: no libedubal memory is left after gc(), also
 * when calls fail.
 */

%{
#include <string.h>
#include <Rinternals.h>

/* A condition object of class edubal_error; stop() runs the R handlers. */
static SEXP
eb_r_condition(edubal_status st, const char *message, const char *source,
	double row, const char *column, const char *value, const char *reason)
{
	static const char *names[] = { "message", "call", "status", "source",
		"row", "column", "value", "reason" };
	SEXP cond = PROTECT(Rf_allocVector(VECSXP, 8));
	SEXP nm = PROTECT(Rf_allocVector(STRSXP, 8));
	for (int i = 0; i < 8; i++)
		SET_STRING_ELT(nm, i, Rf_mkChar(names[i]));
	SET_VECTOR_ELT(cond, 0, Rf_ScalarString(Rf_mkCharCE(message, CE_UTF8)));
	SET_VECTOR_ELT(cond, 1, R_NilValue);
	SET_VECTOR_ELT(cond, 2, Rf_mkString(edubal_strerror(st)));
	SET_VECTOR_ELT(cond, 3, Rf_ScalarString(Rf_mkCharCE(source, CE_UTF8)));
	SET_VECTOR_ELT(cond, 4, Rf_ScalarReal(row));
	SET_VECTOR_ELT(cond, 5, Rf_ScalarString(Rf_mkCharCE(column, CE_UTF8)));
	SET_VECTOR_ELT(cond, 6, Rf_ScalarString(Rf_mkCharCE(value, CE_UTF8)));
	SET_VECTOR_ELT(cond, 7, Rf_ScalarString(Rf_mkCharCE(reason, CE_UTF8)));
	Rf_setAttrib(cond, R_NamesSymbol, nm);
	SEXP cls = PROTECT(Rf_allocVector(STRSXP, 3));
	SET_STRING_ELT(cls, 0, Rf_mkChar("edubal_error"));
	SET_STRING_ELT(cls, 1, Rf_mkChar("error"));
	SET_STRING_ELT(cls, 2, Rf_mkChar("condition"));
	Rf_setAttrib(cond, R_ClassSymbol, cls);
	UNPROTECT(3);
	return cond;
}

static void
eb_r_stop(SEXP cond)
{
	PROTECT(cond);
	SEXP call = PROTECT(Rf_lang2(Rf_install("stop"), cond));
	Rf_eval(call, R_BaseEnv);
	UNPROTECT(2); /* not reached: stop() does not return */
}

/* A binding-level argument error (wrong R type, NA where C needs a
 * value), raised as the same condition class as library errors. */
static void
eb_r_fail(const char *arg, const char *reason)
{
	char msg[256];
	snprintf(msg, sizeof msg, "argument \"%s\": %s", arg, reason);
	eb_r_stop(eb_r_condition(EDUBAL_EINVAL, msg, "", NA_REAL, arg, "",
		reason));
}

/* Raise the error a failed call left in err, copied into the condition;
 * err itself belongs to its guard (see the "err" typemaps). */
static void
eb_r_raise(edubal_error *err)
{
	edubal_status st = err ? edubal_error_status(err) : EDUBAL_ENOMEM;
	if (st == EDUBAL_OK)       /* a constructor returned NULL alone */
		st = EDUBAL_ENOMEM;
	const char *msg = err ? edubal_error_message(err) : "";
	size_t row = err ? edubal_error_row(err) : 0;
	SEXP cond = eb_r_condition(st, msg[0] ? msg : edubal_strerror(st),
		err ? edubal_error_source(err) : "",
		row ? (double) row : NA_REAL,
		err ? edubal_error_column(err) : "",
		err ? edubal_error_value(err) : "",
		err ? edubal_error_reason(err) : "");
	eb_r_stop(cond);
}

/* The guard of a call's edubal_error: see the typemaps of "err". */
static void
eb_r_release(SEXP guard)
{
	edubal_error_free((edubal_error *) R_ExternalPtrAddr(guard));
	R_ClearExternalPtr(guard);
}

static SEXP
eb_r_guard(edubal_error *err)
{
	SEXP g = PROTECT(R_MakeExternalPtr(err, R_NilValue, R_NilValue));
	R_RegisterCFinalizerEx(g, eb_r_release, FALSE);
	UNPROTECT(1);
	return g;
}

/* Whether a call failed: a status other than EDUBAL_OK, or a NULL handle
 * from a constructor that reports through an edubal_error. */
#define EB_R_FAILED(r) _Generic((r), edubal_status: (r) != EDUBAL_OK, \
	default: (r) == 0)

/* Handles: external pointers tagged with the C type name. */
static SEXP
eb_r_handle(void *p, const char *tag, R_CFinalizer_t fin)
{
	SEXP x = PROTECT(R_MakeExternalPtr(p, Rf_install(tag), R_NilValue));
	R_RegisterCFinalizerEx(x, fin, TRUE);
	Rf_setAttrib(x, R_ClassSymbol, Rf_mkString(tag));
	UNPROTECT(1);
	return x;
}

/* Whether x is the handle TAG: one of ours (tagged with the C type name),
 * or a SWIG pointer, whose tag points to its swig_type_info ("_p_TAG"). */
static int
eb_r_is_handle(SEXP x, const char *tag)
{
	if (TYPEOF(x) != EXTPTRSXP)
		return 0;
	SEXP t = R_ExternalPtrTag(x);
	if (t == Rf_install(tag))
		return 1;
	if (TYPEOF(t) != EXTPTRSXP || !R_ExternalPtrAddr(t))
		return 0;
	const char *name = ((swig_type_info *) R_ExternalPtrAddr(t))->name;
	return name && strncmp(name, "_p_", 3) == 0 && strcmp(name + 3, tag) == 0;
}

/* A handle argument: one of ours, or the S4 object of a SWIG constructor
 * (the dataset of bindings/edubal.i, freed by the R finalizer SWIG
 * registers). */
static void *
eb_r_unwrap(SEXP x, const char *tag, const char *arg)
{
	if (IS_S4_OBJECT(x) && TYPEOF(x) != EXTPTRSXP
		&& R_has_slot(x, Rf_install("ref")))
		x = R_do_slot(x, Rf_install("ref"));
	if (TYPEOF(x) == EXTPTRSXP && !R_ExternalPtrAddr(x))
		eb_r_fail(arg, "handle no longer valid (saved and reloaded?)");
	if (!eb_r_is_handle(x, tag))
		eb_r_fail(arg, "not an edubal handle of the expected type");
	return R_ExternalPtrAddr(x);
}

#define EB_R_FINALIZER(type) \
	static void eb_r_free_##type(SEXP x) { \
		type##_free((type *) R_ExternalPtrAddr(x)); \
		R_ClearExternalPtr(x); \
	}
EB_R_FINALIZER(edubal_standard)
EB_R_FINALIZER(edubal_report)

/* One string argument; R NULL is a C NULL (optional arguments). */
static const char *
eb_r_string(SEXP x, const char *arg)
{
	if (Rf_isNull(x))
		return NULL;
	if (!Rf_isString(x) || Rf_xlength(x) != 1)
		eb_r_fail(arg, "must be one character string");
	if (STRING_ELT(x, 0) == NA_STRING)
		eb_r_fail(arg, "must not be NA");
	return Rf_translateCharUTF8(STRING_ELT(x, 0));
}

static SEXP
eb_r_utf8(const char *s)
{
	return s ? Rf_ScalarString(Rf_mkCharCE(s, CE_UTF8))
		: Rf_ScalarString(NA_STRING);
}
%}

/* Keep the raw C API internal to the package: R/ exports the helpers. */
%rename("%(regex:/^edubal_(.*)$/swig_\\1/)s", %$isfunction) "";

/* The common part (bindings/edubal.i) already leaves out the *_free,
 * edubal_error_* and edubal_table_* functions: handles are freed by
 * finalizers only and errors are conditions, not objects. */

/* ---- status and errors ---------------------------------------------- */

%typemap(rtype) edubal_status "NULL"
%typemap(scoerceout) edubal_status %{ %}
%typemap(out) edubal_status %{ $result = R_NilValue; %}

/* SWIG/R runs hidden-argument "in" typemaps before the others and has no
 * "check" typemaps, so an argument error raised after err is allocated
 * (a longjmp past freearg) would leak it: a guard (an external pointer
 * with a finalizer) owns it until freearg frees it, or, after a longjmp,
 * until R collects the guard. */
%typemap(in, numinputs=0) edubal_error *err (SEXP guard = R_NilValue) %{
	$1 = edubal_error_new();
	if (!$1)
		eb_r_raise(NULL);
	guard = Rf_protect(eb_r_guard($1));
	r_nprotect++;
%}
/* Runs last (err is the last parameter).  A call whose only out-value is
 * the error returns NULL, not SWIG's list of output values. */
%typemap(argout) edubal_error *err %{
	if (EB_R_FAILED(result))
		eb_r_raise($1);
	if ($result == R_OutputValues)
		$result = R_NilValue;
%}
%typemap(freearg) edubal_error *err %{ eb_r_release(guard$argnum); %}

/* ---- strings -------------------------------------------------------- */

%typemap(scoercein) const char * %{ %}
%typemap(in) const char * %{ $1 = ($1_ltype) eb_r_string($input, "$1_name"); %}
%typemap(freearg) const char * ""
%typemap(out) const char * %{ $result = eb_r_utf8($1); %}
%typemap(scoerceout) const char * %{ %}

/* Text the library allocates: copied into R, then edubal_free()d. */
%typemap(in, numinputs=0) char **out_text (char *tmp = NULL),
	char **out_json (char *tmp = NULL) %{ $1 = &tmp; %}
%typemap(argout) char **out_text, char **out_json %{
	if (*$1) {
		$result = eb_r_utf8(*$1);
		edubal_free(*$1);
	}
%}
%typemap(freearg) char **out_text, char **out_json ""

/* ---- handles -------------------------------------------------------- */

/* Handle arguments, for every handle type. */
%define EB_R_HANDLE_IN(TYPE)
%typemap(rtype) TYPE *, const TYPE * "externalptr"
%typemap(scoercein) TYPE *, const TYPE * %{ %}
%typemap(in) TYPE *, const TYPE *
	%{ $1 = ($1_ltype) eb_r_unwrap($input, "TYPE", "$1_name"); %}
%typemap(freearg) TYPE *, const TYPE * ""
%enddef

/* Handles the library makes through an out-parameter: ours, with a C
 * finalizer. */
%define EB_R_HANDLE_OUT(TYPE, OUTNAME)
%typemap(in, numinputs=0) TYPE **OUTNAME (TYPE *tmp = NULL) %{ $1 = &tmp; %}
%typemap(argout) TYPE **OUTNAME %{
	if (*$1)
		$result = eb_r_handle(*$1, "TYPE", eb_r_free_##TYPE);
%}
%typemap(freearg) TYPE **OUTNAME ""
%enddef

EB_R_HANDLE_IN(edubal_dataset)
EB_R_HANDLE_IN(edubal_standard)
EB_R_HANDLE_IN(edubal_report)
EB_R_HANDLE_OUT(edubal_standard, out_standard)
EB_R_HANDLE_OUT(edubal_report, out_report)

/* ---- enums: plain integers in, names out ------------------------------ */

%typemap(scoercein) enum edubal_cv_method, enum edubal_theil_kind,
	enum edubal_table_kind, enum edubal_report_format
	%{ $input = as.integer($input); %}
%typemap(in) enum edubal_cv_method, enum edubal_theil_kind,
	enum edubal_table_kind, enum edubal_report_format %{
	if (Rf_xlength($input) != 1 || Rf_asInteger($input) == NA_INTEGER)
		eb_r_fail("$1_name", "must be one whole number");
	$1 = ($1_ltype) Rf_asInteger($input);
%}

%typemap(in, numinputs=0) enum edubal_verdict *out_verdict
	(enum edubal_verdict tmp = EDUBAL_VERDICT_INCOMPLETE) %{ $1 = &tmp; %}
%typemap(argout) enum edubal_verdict *out_verdict %{
	$result = Rf_mkString(*$1 == EDUBAL_VERDICT_PASS ? "pass"
		: *$1 == EDUBAL_VERDICT_FAIL ? "fail" : "incomplete");
%}
%typemap(freearg) enum edubal_verdict *out_verdict ""

/* ---- input arrays ---------------------------------------------------- */

/* NA_real_ is a NaN, which the library rejects naming the element. */
%typemap(scoercein) (const double *values, size_t n),
	(const double *cvs, size_t n) %{ $input = as.numeric($input); %}
%typemap(in) (const double *values, size_t n), (const double *cvs, size_t n)
	%{ $1 = REAL($input); $2 = (size_t) Rf_xlength($input); %}
%typemap(freearg) (const double *values, size_t n),
	(const double *cvs, size_t n) ""

/* Weights and "given" masks are optional: R NULL is C NULL. */
%typemap(scoercein) (const double *weights, size_t n_weights)
	%{ if (!is.null($input)) $input = as.numeric($input); %}
%typemap(in) (const double *weights, size_t n_weights) %{
	$1 = Rf_isNull($input) ? NULL : REAL($input);
	$2 = Rf_isNull($input) ? 0 : (size_t) Rf_xlength($input);
%}
%typemap(freearg) (const double *weights, size_t n_weights) ""

%typemap(scoercein) (const unsigned char *given, size_t n_given)
	%{ if (!is.null($input)) $input = as.logical($input); %}
%typemap(in) (const unsigned char *given, size_t n_given) %{
	$1 = NULL;
	$2 = 0;
	if (!Rf_isNull($input)) {
		R_xlen_t len = Rf_xlength($input);
		unsigned char *g = (unsigned char *) R_alloc((size_t) len + 1, 1);
		for (R_xlen_t i = 0; i < len; i++) {
			if (LOGICAL($input)[i] == NA_LOGICAL)
				eb_r_fail("$1_name", "must not contain NA");
			g[i] = LOGICAL($input)[i] ? 1 : 0;
		}
		$1 = g;
		$2 = (size_t) len;
	}
%}
%typemap(freearg) (const unsigned char *given, size_t n_given) ""

%typemap(scoercein) (const int *groups, size_t n_groups)
	%{ $input = as.integer($input); %}
%typemap(in) (const int *groups, size_t n_groups) %{
	for (R_xlen_t i = 0; i < Rf_xlength($input); i++)
		if (INTEGER($input)[i] == NA_INTEGER)
			eb_r_fail("$1_name", "must not contain NA");
	$1 = INTEGER($input);
	$2 = (size_t) Rf_xlength($input);
%}
%typemap(freearg) (const int *groups, size_t n_groups) ""

/* Text cells: NA_character_ is a NULL cell, "not given". */
%typemap(scoercein) (const char *const *values, size_t n)
	%{ $input = as.character($input); %}
%typemap(in) (const char *const *values, size_t n) %{
	{
		R_xlen_t len = Rf_xlength($input);
		const char **cells = (const char **) R_alloc((size_t) len + 1,
			sizeof *cells);
		for (R_xlen_t i = 0; i < len; i++) {
			SEXP c = STRING_ELT($input, i);
			cells[i] = c == NA_STRING ? NULL : Rf_translateCharUTF8(c);
		}
		$1 = ($1_ltype) cells;
		$2 = (size_t) len;
	}
%}
%typemap(freearg) (const char *const *values, size_t n) ""

/* In-memory CSV or profile text: one string. */
%typemap(scoercein) (const char *text, size_t len) %{ %}
%typemap(in) (const char *text, size_t len) %{
	$1 = ($1_ltype) eb_r_string($input, "text");
	if (!$1)
		eb_r_fail("text", "must be one character string");
	$2 = strlen($1);
%}
%typemap(freearg) (const char *text, size_t len) ""

/* ---- out-parameters ---------------------------------------------------- */

%typemap(in, numinputs=0) double *out_mean (double tmp = 0),
	double *out_sd (double tmp = 0), double *out_cv (double tmp = 0),
	double *out_composite (double tmp = 0), double *out_gini (double tmp = 0),
	double *out_theil (double tmp = 0), double *out_quantile (double tmp = 0),
	double *out_ratio (double tmp = 0), double *out_mcloone (double tmp = 0),
	double *out_share (double tmp = 0) %{ $1 = &tmp; %}
%typemap(argout) double *out_mean, double *out_sd, double *out_cv,
	double *out_composite, double *out_gini, double *out_theil,
	double *out_quantile, double *out_ratio, double *out_mcloone,
	double *out_share %{ $result = Rf_ScalarReal(*$1); %}
%typemap(freearg) double *out_mean, double *out_sd, double *out_cv,
	double *out_composite, double *out_gini, double *out_theil,
	double *out_quantile, double *out_ratio, double *out_mcloone,
	double *out_share ""

/* Several results of one call: a named list. */
%{
static SEXP
eb_r_list3(const char *n1, SEXP v1, const char *n2, SEXP v2, const char *n3,
	SEXP v3)
{
	SEXP l = PROTECT(Rf_allocVector(VECSXP, 3));
	SET_VECTOR_ELT(l, 0, v1);
	SET_VECTOR_ELT(l, 1, v2);
	SET_VECTOR_ELT(l, 2, v3);
	SEXP nm = PROTECT(Rf_allocVector(STRSXP, 3));
	SET_STRING_ELT(nm, 0, Rf_mkChar(n1));
	SET_STRING_ELT(nm, 1, Rf_mkChar(n2));
	SET_STRING_ELT(nm, 2, Rf_mkChar(n3));
	Rf_setAttrib(l, R_NamesSymbol, nm);
	UNPROTECT(2);
	return l;
}

static SEXP
eb_r_reals3(const char *n1, double v1, const char *n2, double v2,
	const char *n3, double v3)
{
	SEXP a = PROTECT(Rf_ScalarReal(v1));
	SEXP b = PROTECT(Rf_ScalarReal(v2));
	SEXP c = PROTECT(Rf_ScalarReal(v3));
	SEXP l = eb_r_list3(n1, a, n2, b, n3, c);
	UNPROTECT(3);
	return l;
}
%}

%typemap(in, numinputs=0) (double *out_mean, double *out_sd, double *out_cv)
	(double m = 0, double s = 0, double c = 0)
	%{ $1 = &m; $2 = &s; $3 = &c; %}
%typemap(argout) (double *out_mean, double *out_sd, double *out_cv)
	%{ $result = eb_r_reals3("mean", *$1, "sd", *$2, "cv", *$3); %}
%typemap(freearg) (double *out_mean, double *out_sd, double *out_cv) ""

%typemap(in, numinputs=0) (double *out_total, double *out_between,
	double *out_within) (double t = 0, double b = 0, double w = 0)
	%{ $1 = &t; $2 = &b; $3 = &w; %}
%typemap(argout) (double *out_total, double *out_between, double *out_within)
	%{ $result = eb_r_reals3("total", *$1, "between", *$2, "within", *$3); %}
%typemap(freearg) (double *out_total, double *out_between,
	double *out_within) ""

%typemap(in, numinputs=0) (size_t *out_failing, double *out_composite,
	int *out_pass) (size_t f = 0, double c = 0, int p = 0)
	%{ $1 = &f; $2 = &c; $3 = &p; %}
%typemap(argout) (size_t *out_failing, double *out_composite, int *out_pass) %{
	{
		SEXP f = PROTECT(Rf_ScalarReal((double) *$1));
		SEXP c = PROTECT(Rf_ScalarReal(*$2));
		SEXP p = PROTECT(Rf_ScalarLogical(*$3 != 0));
		$result = eb_r_list3("failing", f, "composite", c, "pass", p);
		UNPROTECT(3);
	}
%}
%typemap(freearg) (size_t *out_failing, double *out_composite,
	int *out_pass) ""

/* ---- the planner (plan.h, SPEC §7.7) ---------------------------------- */

/* Plan inputs come from the common part's constructor (an S4 object with
 * SWIG's finalizer); plans from edubal_plan_compute's out-parameter, with
 * our C finalizer.  A plan borrows its standard, dataset and inputs: the
 * R list of R/plan.R holds them as long as it holds the plan. */
%{
EB_R_FINALIZER(edubal_plan)
%}
EB_R_HANDLE_IN(edubal_plan_inputs)
EB_R_HANDLE_IN(edubal_plan)
EB_R_HANDLE_OUT(edubal_plan, out_plan)

/* The plan's report is borrowed: an external pointer without finalizer
 * whose "protected" field is the plan (the argument SEXP, named as in
 * plan.h), so the plan lives while the report does. */
%typemap(out) const edubal_report *edubal_plan_report %{
	$result = PROTECT(R_MakeExternalPtr((void *) $1,
		Rf_install("edubal_report"), plan));
	Rf_setAttrib($result, R_ClassSymbol, Rf_mkString("edubal_report"));
	UNPROTECT(1);
%}
%typemap(scoerceout) const edubal_report *edubal_plan_report %{ %}

%typemap(scoercein) enum edubal_plan_county_field,
	enum edubal_plan_text_field, enum edubal_plan_number_field
	%{ $input = as.integer($input); %}
%typemap(in) enum edubal_plan_county_field, enum edubal_plan_text_field,
	enum edubal_plan_number_field %{
	if (Rf_xlength($input) != 1 || Rf_asInteger($input) == NA_INTEGER)
		eb_r_fail("$1_name", "must be one whole number");
	$1 = ($1_ltype) Rf_asInteger($input);
%}

%typemap(in, numinputs=0) double *out_value (double tmp = 0)
	%{ $1 = &tmp; %}
%typemap(argout) double *out_value %{ $result = Rf_ScalarReal(*$1); %}
%typemap(freearg) double *out_value ""

/* One CV row of a plan: a named list. */
%typemap(in, numinputs=0) (size_t *out_county, const char **out_level,
	const char **out_indicator, double *out_before, double *out_after,
	double *out_limit) (size_t c = 0, const char *l = NULL,
	const char *i = NULL, double b = 0, double a = 0, double m = 0)
	%{
	$1 = &c; $2 = ($2_ltype) &l; $3 = ($3_ltype) &i;
	$4 = &b; $5 = &a; $6 = &m;
%}
%typemap(argout) (size_t *out_county, const char **out_level,
	const char **out_indicator, double *out_before, double *out_after,
	double *out_limit) %{
	{
		static const char *names[] = { "county", "level", "indicator",
			"before", "after", "limit" };
		SEXP l = PROTECT(Rf_allocVector(VECSXP, 6));
		SET_VECTOR_ELT(l, 0, Rf_ScalarReal((double) *$1));
		SET_VECTOR_ELT(l, 1, eb_r_utf8(*$2));
		SET_VECTOR_ELT(l, 2, eb_r_utf8(*$3));
		SET_VECTOR_ELT(l, 3, Rf_ScalarReal(*$4));
		SET_VECTOR_ELT(l, 4, Rf_ScalarReal(*$5));
		SET_VECTOR_ELT(l, 5, Rf_ScalarReal(*$6));
		SEXP nm = PROTECT(Rf_allocVector(STRSXP, 6));
		for (int k = 0; k < 6; k++)
			SET_STRING_ELT(nm, k, Rf_mkChar(names[k]));
		Rf_setAttrib(l, R_NamesSymbol, nm);
		UNPROTECT(2);
		$result = l;
	}
%}
%typemap(freearg) (size_t *out_county, const char **out_level,
	const char **out_indicator, double *out_before, double *out_after,
	double *out_limit) ""

/* ---- projections (project.h, SPEC §7.1) --------------------------------- */

/* Numeric inputs of the models: R numeric vectors (NA is a NaN, which the
 * library refuses naming the element). */
%define EB_R_DOUBLES(PTR, LEN)
%typemap(scoercein) (const double *PTR, size_t LEN)
	%{ $input = as.numeric($input); %}
%typemap(in) (const double *PTR, size_t LEN)
	%{ $1 = REAL($input); $2 = (size_t) Rf_xlength($input); %}
%typemap(freearg) (const double *PTR, size_t LEN) ""
%enddef
EB_R_DOUBLES(counts, n_ages)
EB_R_DOUBLES(survival, n)
EB_R_DOUBLES(migration, n)
EB_R_DOUBLES(births, n)
EB_R_DOUBLES(asfr, n)

/* The model comes from the common part's constructor; its result from
 * edubal_cohort_project's out-parameter, with our C finalizer. */
%{
EB_R_FINALIZER(edubal_population)
%}
EB_R_HANDLE_IN(edubal_cohort)
EB_R_HANDLE_IN(edubal_population)
EB_R_HANDLE_OUT(edubal_population, out_population)

%typemap(scoercein) enum edubal_births_method, enum edubal_migration_kind
	%{ $input = as.integer($input); %}
%typemap(in) enum edubal_births_method, enum edubal_migration_kind %{
	if (Rf_xlength($input) != 1 || Rf_asInteger($input) == NA_INTEGER)
		eb_r_fail("$1_name", "must be one whole number");
	$1 = ($1_ltype) Rf_asInteger($input);
%}

/* ---- projections: seats, teachers, preschool, trajectories (§7.3–§7.6) ---- */

EB_R_DOUBLES(residents, n)
EB_R_DOUBLES(students, n)
EB_R_DOUBLES(demand, n)
EB_R_DOUBLES(children_3_5, n)
EB_R_DOUBLES(path, n)
EB_R_DOUBLES(observed, n_observed)
EB_R_DOUBLES(series, n)

/* Optional classes of edubal_project_teachers: R NULL is (NULL, 0). */
%typemap(scoercein) (const double *classes, size_t n_classes)
	%{ if (!is.null($input)) $input = as.numeric($input); %}
%typemap(in) (const double *classes, size_t n_classes) %{
	$1 = Rf_isNull($input) ? NULL : REAL($input);
	$2 = Rf_isNull($input) ? 0 : (size_t) Rf_xlength($input);
%}
%typemap(freearg) (const double *classes, size_t n_classes) ""

%typemap(scoercein) enum edubal_path_kind %{ $input = as.integer($input); %}
%typemap(in) enum edubal_path_kind %{
	if (Rf_xlength($input) != 1 || Rf_asInteger($input) == NA_INTEGER)
		eb_r_fail("$1_name", "must be one whole number");
	$1 = ($1_ltype) Rf_asInteger($input);
%}

/* Several out-values of one call (SWIG/R keeps only the last "argout"):
 * each is appended, named, to a list classed "eb_r_outs", which R/
 * unclasses.  Protected until the wrapper returns. */
%{
static SEXP
eb_r_collect(SEXP outs, const char *name, SEXP value, unsigned int *nprotect)
{
	PROTECT(value);
	R_xlen_t n = Rf_inherits(outs, "eb_r_outs") ? Rf_xlength(outs) : 0;
	SEXP l = PROTECT(Rf_allocVector(VECSXP, n + 1));
	SEXP nm = PROTECT(Rf_allocVector(STRSXP, n + 1));
	for (R_xlen_t i = 0; i < n; i++) {
		SET_VECTOR_ELT(l, i, VECTOR_ELT(outs, i));
		SET_STRING_ELT(nm, i, STRING_ELT(Rf_getAttrib(outs,
			R_NamesSymbol), i));
	}
	SET_VECTOR_ELT(l, n, value);
	SET_STRING_ELT(nm, n, Rf_mkChar(name));
	Rf_setAttrib(l, R_NamesSymbol, nm);
	Rf_setAttrib(l, R_ClassSymbol, Rf_mkString("eb_r_outs"));
	UNPROTECT(3);
	PROTECT(l);   /* released with the wrapper's own (r_nprotect) */
	(*nprotect)++;
	return l;
}
%}

/* Caller-sized results: R passes the length, C fills a new vector. */
%define EB_R_OUT_ARRAY(PTR, LEN)
%typemap(scoercein) (double *PTR, size_t LEN) %{ $input = as.integer($input); %}
%typemap(in) (double *PTR, size_t LEN) (SEXP v = R_NilValue) %{
	if (Rf_xlength($input) != 1 || Rf_asInteger($input) == NA_INTEGER
		|| Rf_asInteger($input) < 0)
		eb_r_fail("LEN", "must be one whole number >= 0");
	v = Rf_protect(Rf_allocVector(REALSXP, Rf_asInteger($input)));
	r_nprotect++;
	for (R_xlen_t i = 0; i < Rf_xlength(v); i++)
		REAL(v)[i] = NA_REAL;
	$1 = REAL(v);
	$2 = (size_t) Rf_xlength(v);
%}
%typemap(argout) (double *PTR, size_t LEN)
	%{ $result = eb_r_collect($result, "PTR", v$argnum, &r_nprotect); %}
%typemap(freearg) (double *PTR, size_t LEN) ""
%enddef
EB_R_OUT_ARRAY(out, out_len)
EB_R_OUT_ARRAY(out_gap, gap_len)
EB_R_OUT_ARRAY(out_schools, schools_len)
EB_R_OUT_ARRAY(out_required, required_len)
EB_R_OUT_ARRAY(out_seats, seats_len)
EB_R_OUT_ARRAY(out_public, public_len)
EB_R_OUT_ARRAY(out_inclusive, inclusive_len)
EB_R_OUT_ARRAY(out_shortfall, shortfall_len)

%typemap(in, numinputs=0) size_t *out_behind (size_t tmp = 0),
	int *out_year (int tmp = 0), int *out_met (int tmp = 0) %{ $1 = &tmp; %}
%typemap(argout) size_t *out_behind, int *out_year, int *out_met %{
	$result = eb_r_collect($result, "$1_name",
		Rf_ScalarReal((double) *$1), &r_nprotect);
%}
%typemap(freearg) size_t *out_behind, int *out_year, int *out_met ""

/* ---- enrollment (project.h, SPEC §7.2) ---------------------------------- */

EB_R_DOUBLES(source, n)
%{
EB_R_FINALIZER(edubal_enrollment)
%}
EB_R_HANDLE_IN(edubal_grades)
EB_R_HANDLE_IN(edubal_enrollment)
EB_R_HANDLE_OUT(edubal_enrollment, out_enrollment)

%typemap(scoercein) enum edubal_ratio_method %{ $input = as.integer($input); %}
%typemap(in) enum edubal_ratio_method %{
	if (Rf_xlength($input) != 1 || Rf_asInteger($input) == NA_INTEGER)
		eb_r_fail("$1_name", "must be one whole number");
	$1 = ($1_ltype) Rf_asInteger($input);
%}

/* Grade labels of edubal_enrollment_render: R NULL is (NULL, 0). */
%typemap(scoercein) (const char *const *labels, size_t n_labels)
	%{ if (!is.null($input)) $input = as.character($input); %}
%typemap(in) (const char *const *labels, size_t n_labels) %{
	$1 = NULL;
	$2 = 0;
	if (!Rf_isNull($input)) {
		R_xlen_t len = Rf_xlength($input);
		const char **cells = (const char **) R_alloc((size_t) len + 1,
			sizeof *cells);
		for (R_xlen_t i = 0; i < len; i++) {
			if (STRING_ELT($input, i) == NA_STRING)
				eb_r_fail("labels", "must not contain NA");
			cells[i] = Rf_translateCharUTF8(STRING_ELT($input, i));
		}
		$1 = ($1_ltype) cells;
		$2 = (size_t) len;
	}
%}
%typemap(freearg) (const char *const *labels, size_t n_labels) ""

/* ---- projection input files (project.h, SCHEMA.md) -------------------- */
%{
EB_R_FINALIZER(edubal_inputs)
%}
EB_R_HANDLE_IN(edubal_inputs)
EB_R_HANDLE_OUT(edubal_inputs, out_inputs)
