/*
 * bindings/python/edubal_python.i - the Python typemaps of bindings/edubal.i
 * (included from there under SWIGPYTHON).
 *
 * - Every call gets a fresh edubal_error; a failing status raises
 *   edubal.EdubalError carrying the status and the error's message, source,
 *   row, column, value and reason.
 * - Arrays of numbers are read through numpy: lists, numpy arrays of any
 *   int, float or bool dtype and numpy scalars are accepted; a contiguous
 *   float64 array is used in place, without a copy.
 * - Out-parameters become return values; library strings are copied into
 *   str and released with edubal_free(); standards and reports are returned
 *   as owned handles that the garbage collector frees.
 */

%{
#define SWIG_FILE_WITH_INIT
#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
#include <numpy/arrayobject.h>

/* edubal.EdubalError, created when the module is initialised. */
static PyObject *eb_py_error_type = NULL;

static int
eb_py_set_attr(PyObject *obj, const char *name, PyObject *value)
{
	if (!value)
		return -1;
	int rc = PyObject_SetAttrString(obj, name, value);
	Py_DECREF(value);
	return rc;
}

/* Raise EdubalError for a failed call; always returns NULL. */
static PyObject *
eb_py_raise(edubal_status st, const edubal_error *err)
{
	const char *msg = edubal_error_message(err);
	if (!msg || !*msg)
		msg = edubal_strerror(st);
	PyObject *exc = PyObject_CallFunction(eb_py_error_type, "s", msg);
	if (!exc)
		return NULL;
	if (eb_py_set_attr(exc, "status", PyLong_FromLong((long) st)) < 0 ||
	    eb_py_set_attr(exc, "source",
	        PyUnicode_FromString(edubal_error_source(err))) < 0 ||
	    eb_py_set_attr(exc, "row",
	        PyLong_FromSize_t(edubal_error_row(err))) < 0 ||
	    eb_py_set_attr(exc, "column",
	        PyUnicode_FromString(edubal_error_column(err))) < 0 ||
	    eb_py_set_attr(exc, "value",
	        PyUnicode_FromString(edubal_error_value(err))) < 0 ||
	    eb_py_set_attr(exc, "reason",
	        PyUnicode_FromString(edubal_error_reason(err))) < 0) {
		Py_DECREF(exc);
		return NULL;
	}
	PyErr_SetObject(eb_py_error_type, exc);
	Py_DECREF(exc);
	return NULL;
}

/*
 * A 1-D float64 view of obj (a new reference), converting lists, scalars
 * and other numeric dtypes; a C-contiguous aligned float64 array comes back
 * as itself.  A scalar counts as one value.
 */
static PyArrayObject *
eb_py_doubles(PyObject *obj, const char *name)
{
	PyArray_Descr *want = PyArray_DescrFromType(NPY_DOUBLE);
	PyObject *arr = PyArray_FromAny(obj, want, 0, 1,
		NPY_ARRAY_IN_ARRAY, NULL);
	if (!arr) {
		if (PyErr_ExceptionMatches(PyExc_ValueError) ||
		    PyErr_ExceptionMatches(PyExc_TypeError)) {
			PyErr_Clear();
			PyErr_Format(PyExc_TypeError, "%s: expected a sequence or "
				"1-D array of numbers", name);
		}
		return NULL;
	}
	return (PyArrayObject *) arr;
}

/* Same for a 1-D array of C int (group labels). */
static PyArrayObject *
eb_py_ints(PyObject *obj, const char *name)
{
	PyArray_Descr *want = PyArray_DescrFromType(NPY_INT);
	PyObject *arr = PyArray_FromAny(obj, want, 0, 1,
		NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST, NULL);
	if (!arr) {
		PyErr_Clear();
		PyErr_Format(PyExc_TypeError, "%s: expected a sequence or 1-D "
			"array of integer labels", name);
	}
	return (PyArrayObject *) arr;
}

/* Same for 0/1 flags (which elements are given). */
static PyArrayObject *
eb_py_flags(PyObject *obj, const char *name)
{
	PyArray_Descr *want = PyArray_DescrFromType(NPY_UBYTE);
	PyObject *arr = PyArray_FromAny(obj, want, 1, 1,
		NPY_ARRAY_IN_ARRAY | NPY_ARRAY_FORCECAST, NULL);
	if (!arr) {
		PyErr_Clear();
		PyErr_Format(PyExc_TypeError, "%s: expected a 1-D sequence of "
			"booleans", name);
	}
	return (PyArrayObject *) arr;
}
%}

%init %{
	import_array();
	eb_py_error_type = PyErr_NewExceptionWithDoc("edubal.EdubalError",
		"An edubal call failed.  Attributes: status (an edubal.Status), "
		"source, row, column, value and reason of the bad input (empty "
		"or 0 when they do not apply).", NULL, NULL);
	if (!eb_py_error_type)
		return NULL;
	Py_INCREF(eb_py_error_type);
	if (PyModule_AddObject(m, "EdubalError", eb_py_error_type) < 0)
		return NULL;
%}

/* The error object: hidden, one per call, raised from when the call fails.
 * Every function with an err parameter returns edubal_status `result`. */
%typemap(in, numinputs=0) edubal_error *err (edubal_error *tmp = NULL) {
	tmp = edubal_error_new();
	if (!tmp)
		SWIG_exception_fail(SWIG_MemoryError, "out of memory");
	$1 = tmp;
}
%typemap(argout) edubal_error *err {
	if (result != EDUBAL_OK) {
		Py_XDECREF($result);
		$result = NULL;
		eb_py_raise(result, $1);
		SWIG_fail;
	}
}
%typemap(freearg) edubal_error *err "edubal_error_free(tmp$argnum);"

/* With the details raised by the err typemap, a status is just None. */
%typemap(out) edubal_status "$result = SWIG_Py_Void();"

/* Numeric arrays, each pointer with its length (STYLE.md §2 item 9). */
%typemap(in) (const double *values, size_t n) (PyArrayObject *arr = NULL) {
	arr = eb_py_doubles($input, "$1_name");
	if (!arr)
		SWIG_fail;
	$1 = (double *) PyArray_DATA(arr);
	$2 = (size_t) PyArray_SIZE(arr);
}
%typemap(freearg) (const double *values, size_t n) "Py_XDECREF(arr$argnum);"
%apply (const double *values, size_t n) { (const double *cvs, size_t n) };

/* Optional weights: None means equal weights (NULL, 0). */
%typemap(in) (const double *weights, size_t n_weights)
	(PyArrayObject *arr = NULL) {
	if ($input == Py_None) {
		$1 = NULL;
		$2 = 0;
	} else {
		arr = eb_py_doubles($input, "weights");
		if (!arr)
			SWIG_fail;
		$1 = (double *) PyArray_DATA(arr);
		$2 = (size_t) PyArray_SIZE(arr);
	}
}
%typemap(freearg) (const double *weights, size_t n_weights)
	"Py_XDECREF(arr$argnum);"

%typemap(in) (const int *groups, size_t n_groups) (PyArrayObject *arr = NULL) {
	arr = eb_py_ints($input, "groups");
	if (!arr)
		SWIG_fail;
	$1 = (int *) PyArray_DATA(arr);
	$2 = (size_t) PyArray_SIZE(arr);
}
%typemap(freearg) (const int *groups, size_t n_groups) "Py_XDECREF(arr$argnum);"

/* Optional "given" flags of a numeric column: None means all given. */
%typemap(in) (const unsigned char *given, size_t n_given)
	(PyArrayObject *arr = NULL) {
	if ($input == Py_None) {
		$1 = NULL;
		$2 = 0;
	} else {
		arr = eb_py_flags($input, "given");
		if (!arr)
			SWIG_fail;
		$1 = (unsigned char *) PyArray_DATA(arr);
		$2 = (size_t) PyArray_SIZE(arr);
	}
}
%typemap(freearg) (const unsigned char *given, size_t n_given)
	"Py_XDECREF(arr$argnum);"

/* Text cells: a sequence of str or None ("not given").  The UTF-8 bytes
 * are borrowed from the str objects, which the sequence keeps alive. */
%typemap(in) (const char *const *values, size_t n)
	(PyObject *seq = NULL, const char **cells = NULL) {
	seq = PySequence_Fast($input, "values: expected a sequence of str");
	if (!seq)
		SWIG_fail;
	Py_ssize_t len = PySequence_Fast_GET_SIZE(seq);
	cells = (const char **) PyMem_Calloc(len ? (size_t) len : 1,
		sizeof *cells);
	if (!cells) {
		PyErr_NoMemory();
		SWIG_fail;
	}
	for (Py_ssize_t i = 0; i < len; i++) {
		PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
		if (item == Py_None)
			continue;
		if (!PyUnicode_Check(item)) {
			PyErr_Format(PyExc_TypeError, "values[%zd]: expected str or "
				"None, got %s", i, Py_TYPE(item)->tp_name);
			SWIG_fail;
		}
		cells[i] = PyUnicode_AsUTF8(item);
		if (!cells[i])
			SWIG_fail;
	}
	$1 = ($1_ltype) cells;
	$2 = (size_t) len;
}
%typemap(freearg) (const char *const *values, size_t n) {
	PyMem_Free((void *) cells$argnum);
	Py_XDECREF(seq$argnum);
}

/* Scalar results. */
%include <typemaps.i>
%apply double *OUTPUT { double *out_mean, double *out_sd, double *out_cv,
	double *out_composite, double *out_gini, double *out_theil,
	double *out_total, double *out_between, double *out_within,
	double *out_quantile, double *out_ratio, double *out_mcloone,
	double *out_share };
%apply int *OUTPUT { int *out_pass };
%typemap(in, numinputs=0) size_t *out_failing (size_t tmp = 0) "$1 = &tmp;"
%typemap(argout) size_t *out_failing
	"$result = SWIG_Python_AppendOutput($result, PyLong_FromSize_t(*$1));"
%typemap(in, numinputs=0) enum edubal_verdict *out_verdict
	(enum edubal_verdict tmp = EDUBAL_VERDICT_PASS) "$1 = &tmp;"
%typemap(argout) enum edubal_verdict *out_verdict
	"$result = SWIG_Python_AppendOutput($result, PyLong_FromLong((long) *$1));"

/* Library strings: copied to str, then released with edubal_free(). */
%typemap(in, numinputs=0) char **out_json (char *tmp = NULL),
	char **out_text (char *tmp = NULL) "$1 = &tmp;"
%typemap(argout) char **out_json, char **out_text {
	if (*$1) {
		PyObject *s = PyUnicode_FromString(*$1);
		if (!s)
			SWIG_fail;
		$result = SWIG_Python_AppendOutput($result, s);
	}
}
%typemap(freearg) char **out_json, char **out_text "edubal_free(tmp$argnum);"

/* Handles made by the library: owned by the returned wrapper object. */
%typemap(in, numinputs=0) edubal_standard **out_standard
	(edubal_standard *tmp = NULL) "$1 = &tmp;"
%typemap(argout) edubal_standard **out_standard {
	if (*$1)
		$result = SWIG_Python_AppendOutput($result,
			SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}
%typemap(in, numinputs=0) edubal_report **out_report
	(edubal_report *tmp = NULL) "$1 = &tmp;"
%typemap(argout) edubal_report **out_report {
	if (*$1)
		$result = SWIG_Python_AppendOutput($result,
			SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}

/* ---- Projections (project.h) and plans (plan.h) ------------------------ */

/* Numeric inputs of the models: the same conversion as values above. */
%apply (const double *values, size_t n) {
	(const double *counts, size_t n_ages),
	(const double *survival, size_t n),
	(const double *migration, size_t n),
	(const double *births, size_t n),
	(const double *asfr, size_t n),
	(const double *students, size_t n),
	(const double *source, size_t n),
	(const double *residents, size_t n),
	(const double *demand, size_t n),
	(const double *children_3_5, size_t n),
	(const double *path, size_t n),
	(const double *observed, size_t n_observed),
	(const double *series, size_t n),
	(const double *a, size_t n),
	(const double *b, size_t n_b),
	(const double *c, size_t n_c) };

/* Classes for the class-based teacher rule: None means the rule is off. */
%typemap(in) (const double *classes, size_t n_classes)
	(PyArrayObject *arr = NULL) {
	if ($input == Py_None) {
		$1 = NULL;
		$2 = 0;
	} else {
		arr = eb_py_doubles($input, "classes");
		if (!arr)
			SWIG_fail;
		$1 = (double *) PyArray_DATA(arr);
		$2 = (size_t) PyArray_SIZE(arr);
	}
}
%typemap(freearg) (const double *classes, size_t n_classes)
	"Py_XDECREF(arr$argnum);"

/*
 * Caller-sized result arrays: the Python argument is the length wanted;
 * a new float64 numpy array of that length is filled by the call and
 * returned (dropped again when the call fails).
 */
%typemap(in) (double *out, size_t out_len) (PyObject *arr = NULL) {
	Py_ssize_t len = PyNumber_AsSsize_t($input, PyExc_OverflowError);
	if (len == -1 && PyErr_Occurred())
		SWIG_fail;
	if (len < 0) {
		PyErr_SetString(PyExc_ValueError, "$1_name: negative length");
		SWIG_fail;
	}
	npy_intp dims[1] = {(npy_intp) len};
	arr = PyArray_SimpleNew(1, dims, NPY_DOUBLE);
	if (!arr)
		SWIG_fail;
	$1 = (double *) PyArray_DATA((PyArrayObject *) arr);
	$2 = (size_t) len;
}
%typemap(argout) (double *out, size_t out_len) {
	$result = SWIG_Python_AppendOutput($result, arr$argnum);
	arr$argnum = NULL;
}
%typemap(freearg) (double *out, size_t out_len) "Py_XDECREF(arr$argnum);"
%apply (double *out, size_t out_len) {
	(double *out_ratios, size_t out_len),
	(double *out_gap, size_t gap_len),
	(double *out_schools, size_t schools_len),
	(double *out_required, size_t required_len),
	(double *out_seats, size_t seats_len),
	(double *out_public, size_t public_len),
	(double *out_inclusive, size_t inclusive_len),
	(double *out_shortfall, size_t shortfall_len),
	(double *out_low, size_t low_len),
	(double *out_high, size_t high_len) };

/* Grade labels of a rendered enrollment: a sequence of str, or None for
 * 1, 2, ...  The UTF-8 bytes are borrowed from the str objects. */
%typemap(in) (const char *const *labels, size_t n_labels)
	(PyObject *seq = NULL, const char **cells = NULL) {
	if ($input == Py_None) {
		$1 = NULL;
		$2 = 0;
	} else {
		seq = PySequence_Fast($input, "labels: expected a sequence of str");
		if (!seq)
			SWIG_fail;
		Py_ssize_t len = PySequence_Fast_GET_SIZE(seq);
		cells = (const char **) PyMem_Calloc(len ? (size_t) len : 1,
			sizeof *cells);
		if (!cells) {
			PyErr_NoMemory();
			SWIG_fail;
		}
		for (Py_ssize_t i = 0; i < len; i++) {
			PyObject *item = PySequence_Fast_GET_ITEM(seq, i);
			cells[i] = PyUnicode_Check(item) ? PyUnicode_AsUTF8(item) : NULL;
			if (!cells[i]) {
				if (!PyErr_Occurred())
					PyErr_Format(PyExc_TypeError, "labels[%zd]: expected "
						"str, got %s", i, Py_TYPE(item)->tp_name);
				SWIG_fail;
			}
		}
		$1 = ($1_ltype) cells;
		$2 = (size_t) len;
	}
}
%typemap(freearg) (const char *const *labels, size_t n_labels) {
	PyMem_Free((void *) cells$argnum);
	Py_XDECREF(seq$argnum);
}

/* Scalar results of the models, the inputs and the plan. */
%apply double *OUTPUT { double *out_seats, double *out_value,
	double *out_before, double *out_after, double *out_limit };
%apply int *OUTPUT { int *out_year, int *out_met };
%typemap(in, numinputs=0) size_t *out_behind (size_t tmp = 0),
	size_t *out_county (size_t tmp = 0) "$1 = &tmp;"
%typemap(argout) size_t *out_behind, size_t *out_county
	"$result = SWIG_Python_AppendOutput($result, PyLong_FromSize_t(*$1));"

/* Borrowed strings (valid while the plan lives): copied to str. */
%typemap(in, numinputs=0) const char **out_level (const char *tmp = NULL),
	const char **out_indicator (const char *tmp = NULL)
	"$1 = ($1_ltype) &tmp;"
%typemap(argout) const char **out_level, const char **out_indicator {
	PyObject *s = PyUnicode_FromString(*$1 ? *$1 : "");
	if (!s)
		SWIG_fail;
	$result = SWIG_Python_AppendOutput($result, s);
}

/* Results made by the library: owned by the returned wrapper object. */
%define EB_PY_OWNED_OUT(TYPE, NAME)
%typemap(in, numinputs=0) TYPE **NAME (TYPE *tmp = NULL) "$1 = &tmp;"
%typemap(argout) TYPE **NAME {
	if (*$1)
		$result = SWIG_Python_AppendOutput($result,
			SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
}
%enddef
EB_PY_OWNED_OUT(edubal_population, out_population)
EB_PY_OWNED_OUT(edubal_enrollment, out_enrollment)
EB_PY_OWNED_OUT(edubal_inputs, out_inputs)
EB_PY_OWNED_OUT(edubal_plan, out_plan)
