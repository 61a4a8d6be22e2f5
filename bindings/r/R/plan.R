# edubal_plan(): the gap-closing planner of SPEC §7.7 (include/edubal/plan.h)
# from R.  The inputs go in as edubal_evaluate() takes them (data.frames or
# CSV paths) through the C dataset builder; costs and limits through the C
# plan inputs; the plan is made, checked and rendered by C, and its rows,
# CV rows and county totals are read field by field into data.frames.
# Nothing is computed here.

# Fields of plan.h (enum edubal_plan_text_field, edubal_plan_number_field,
# edubal_plan_county_field): ABI values, append only.
plan_text_fields <- c(county_id = 0L, school_id = 1L, section = 2L,
                      indicator = 3L, resource = 4L, unit = 5L)
plan_number_fields <- c(current = 0L, target = 1L, threshold = 2L,
                        addition = 3L, addition_rule = 4L,
                        addition_cv = 5L, cost = 6L, shared = 7L)
plan_county_fields <- c(cost = 0L, pass_before = 1L, pass_after = 2L,
                        schools = 3L)

# The bundled sample (data/sample), the directory `edubal plan --example`
# reads: $EDUBAL_SAMPLE_DIR, else the copy installed with the package.
edubal_sample_dir <- function() {
  env <- Sys.getenv("EDUBAL_SAMPLE_DIR", "")
  if (env != "") return(env)
  system.file("extdata", package = "edubal")
}

# Re-raise an edubal_error of a data.frame row naming that row.
row_error <- function(e, what, row) {
  e$source <- what
  e$row <- row
  e$message <- sprintf("%s: row %d: %s", what, row, conditionMessage(e))
  stop(e)
}

# A data.frame cell: NULL when the column is absent or the cell NA.
cell <- function(df, col, i) {
  if (!col %in% names(df)) return(NULL)
  x <- df[[col]][[i]]
  if (is.na(x)) NULL else x
}

plan_inputs <- function(costs, limits) {
  inp <- edubal_plan_inputs()   # SWIG constructor of bindings/edubal.i
  if (is.null(costs))
    costs <- file.path(edubal_sample_dir(), "costs.csv")
  if (is.data.frame(costs)) {
    for (i in seq_len(nrow(costs))) {
      step <- cell(costs, "step", i)
      unit <- cell(costs, "unit", i)
      tryCatch(swig_plan_inputs_set_cost(inp,
          as.character(cell(costs, "resource", i)),
          as.numeric(cell(costs, "unit_cost", i)),
          if (is.null(step)) 1 else as.numeric(step),
          if (is.null(unit)) NULL else as.character(unit)),
        edubal_error = function(e) row_error(e, "costs", i))
    }
  } else if (is.character(costs) && length(costs) == 1) {
    swig_plan_inputs_read_costs(inp, path.expand(costs))
  } else {
    edubal_stop("costs must be a data.frame or a CSV file path",
                column = "costs")
  }
  if (is.data.frame(limits)) {
    for (i in seq_len(nrow(limits)))
      tryCatch(swig_plan_inputs_set_limit(inp,
          as.character(cell(limits, "school_id", i)),
          as.character(cell(limits, "resource", i)),
          as.numeric(cell(limits, "max_addition", i))),
        edubal_error = function(e) row_error(e, "limits", i))
  } else if (is.character(limits) && length(limits) == 1) {
    swig_plan_inputs_read_limits(inp, path.expand(limits))
  } else if (!is.null(limits)) {
    edubal_stop("limits must be a data.frame or a CSV file path",
                column = "limits")
  }
  inp
}

edubal_plan <- function(schools, counties = NULL, costs = NULL,
                        limits = NULL, standard = "cn-2017-compulsory",
                        lang = "zh") {
  if (!is.character(standard) || length(standard) != 1 || is.na(standard))
    edubal_stop("standard must be a profile id or file path",
                column = "standard")
  ds <- edubal_dataset()
  add_table(ds, "schools", schools)
  if (!is.null(counties)) add_table(ds, "counties", counties)
  inp <- plan_inputs(costs, limits)
  std <- swig_standard_open(standard)
  h <- swig_plan_compute(std, ds, inp)

  n <- swig_plan_row_count(h)
  rows <- lapply(names(plan_text_fields), function(k)
    vapply(seq_len(n) - 1, function(r)
      swig_plan_row_text(h, r, plan_text_fields[[k]]), ""))
  names(rows) <- names(plan_text_fields)
  for (k in names(plan_number_fields))
    rows[[k]] <- vapply(seq_len(n) - 1, function(r)
      swig_plan_row_number(h, r, plan_number_fields[[k]]), 0)
  rows$shared <- rows$shared != 0
  rows <- as.data.frame(rows, stringsAsFactors = FALSE)

  nc <- swig_plan_county_count(h)
  ids <- vapply(seq_len(nc) - 1, function(c) swig_plan_county_id(h, c), "")
  counties_df <- list(county_id = ids)
  for (k in names(plan_county_fields))
    counties_df[[k]] <- vapply(seq_len(nc) - 1, function(c)
      swig_plan_county_number(h, c, plan_county_fields[[k]]), 0)
  counties_df$pass_before <- counties_df$pass_before != 0
  counties_df$pass_after <- counties_df$pass_after != 0
  counties_df$schools <- as.integer(counties_df$schools)
  counties_df <- as.data.frame(counties_df, stringsAsFactors = FALSE)

  cv <- lapply(seq_len(swig_plan_cv_count(h)) - 1,
               function(i) swig_plan_cv(h, i))
  cvs <- data.frame(
    county_id = ids[vapply(cv, function(x) x$county, 0) + 1],
    level = vapply(cv, function(x) x$level, ""),
    indicator = vapply(cv, function(x) x$indicator, ""),
    before = vapply(cv, function(x) x$before, 0),
    after = vapply(cv, function(x) x$after, 0),
    limit = vapply(cv, function(x) x$limit, 0),
    stringsAsFactors = FALSE)

  # The evaluation with the additions applied, as edubal_evaluate() shows
  # it; its report is borrowed from the plan (the pointer keeps the plan).
  report <- swig_plan_report(h)
  json <- swig_report_render(report, 1L, lang)
  result <- report_frames(jsonlite::fromJSON(json, simplifyVector = FALSE))
  result$json <- json
  result$report <- report
  result <- structure(result, class = "edubal_report")

  structure(list(rows = rows, cvs = cvs, counties = counties_df,
                 result = result,
                 json = plan_text(h, 1L, lang),
                 text = plan_text(h, 0L, lang),
                 csv = plan_text(h, 2L, lang),
                 # The C plan borrows its standard, dataset and inputs.
                 handle = h, keep = list(std, ds, inp)),
            class = "edubal_plan")
}

# The rendering of edubal_plan_render, ended with a newline as the CLI
# writes it, so that it equals `edubal plan --format ...` byte for byte.
plan_text <- function(h, format, lang) {
  text <- swig_plan_render(h, format, lang)
  if (nzchar(text) && !endsWith(text, "\n")) paste0(text, "\n") else text
}

print.edubal_plan <- function(x, ...) {
  cat(sprintf("edubal plan: %d counties, %d additions\n",
              nrow(x$counties), nrow(x$rows)))
  print(x$counties, row.names = FALSE)
  invisible(x)
}
