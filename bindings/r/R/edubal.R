# edubal: R interface to libedubal (SPEC.md, SCHEMA.md).
#
# The functions here are thin: every number comes from the C library
# through the SWIG wrapper (swig_* functions, generated from
# bindings/edubal.i into R/swig_edubal.R at build time).  Reports are
# rendered to JSON by the library and only reshaped into data.frames here;
# no formula is computed in R.

# A condition like those the C layer raises (bindings/r/edubal_r.i), for
# errors found before any C call.
edubal_stop <- function(message, column = "", status = "invalid argument") {
  cond <- structure(
    list(message = message, call = sys.call(-1), status = status,
         source = "", row = NA_real_, column = column, value = "",
         reason = message),
    class = c("edubal_error", "error", "condition"))
  stop(cond)
}

edubal_version <- function() {
  swig_version()
}

cv_methods <- c(official = 0L, unweighted = 1L, sample = 2L)

check_values <- function(x, name) {
  if (!is.numeric(x) && !is.logical(x))
    edubal_stop(sprintf("%s must be numeric, not %s", name, class(x)[1]),
                column = name)
  as.numeric(x)
}

check_weights <- function(w) {
  if (is.null(w)) NULL else check_values(w, "w")
}

edubal_cv <- function(x, w = NULL, method = "official") {
  if (!is.character(method) || length(method) != 1 ||
      !(method %in% names(cv_methods)))
    edubal_stop(sprintf("method must be one of %s",
                        paste(names(cv_methods), collapse = ", ")),
                column = "method")
  swig_stats_cv(check_values(x, "x"), check_weights(w),
                cv_methods[[method]])
}

edubal_gini <- function(x, w = NULL) {
  swig_stats_gini(check_values(x, "x"), check_weights(w))
}

edubal_theil <- function(x, w = NULL, kind = "T") {
  kinds <- c(T = 0L, L = 1L)
  if (!is.character(kind) || length(kind) != 1 || !(kind %in% names(kinds)))
    edubal_stop("kind must be \"T\" or \"L\"", column = "kind")
  swig_stats_theil(check_values(x, "x"), check_weights(w), kinds[[kind]])
}

edubal_mcloone <- function(x, w = NULL) {
  swig_stats_mcloone(check_values(x, "x"), check_weights(w))
}

edubal_standards <- function() {
  n <- swig_standard_builtin_count()
  ids <- vapply(seq_len(n) - 1, swig_standard_builtin_id, "")
  info <- lapply(ids, function(id) {
    s <- swig_standard_builtin(id)
    c(swig_standard_name(s, "zh"), swig_standard_name(s, "en"),
      swig_standard_parent(s), swig_standard_source(s))
  })
  data.frame(id = ids,
             name_zh = vapply(info, `[`, "", 1),
             name_en = vapply(info, `[`, "", 2),
             parent = vapply(info, `[`, "", 3),
             source = vapply(info, `[`, "", 4),
             stringsAsFactors = FALSE)
}
