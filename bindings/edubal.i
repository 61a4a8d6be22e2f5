/*
 * bindings/edubal.i - the one SWIG interface of edubal's language bindings
 * (STYLE.md §3).  The common part wraps the public headers as they are;
 * each language keeps its own typemaps in its own file, included below
 * before the headers so that they apply to every declaration.
 */
%module edubal

%{
#include <edubal/edubal.h>
%}

/* SWIG reads the real export macros: on GCC EDUBAL_API is an attribute,
 * which SWIG's parser accepts and drops. */
%include <edubal/export.h>

/* Language layers.  Everything language-specific lives in these files. */
#ifdef SWIGR
%include "r/edubal_r.i"
#endif

%include <edubal/status.h>
%include <edubal/types.h>
%include <edubal/stats.h>
%include <edubal/dataset.h>
%include <edubal/io.h>
%include <edubal/standard.h>
%include <edubal/evaluate.h>
