# edubal_evaluate(): data.frames in, the C dataset builder
# (edubal_dataset_begin_table / set_text / set_numbers / end_table), the
# C evaluation, the report rendered to JSON by C (SCHEMA.md), and that
# JSON reshaped into data.frames.

# Table kinds of include/edubal/dataset.h (enum edubal_table_kind).
table_kinds <- c(schools = 0L, classes = 1L, counties = 2L,
                 kindergartens = 3L)

# Whole numbers go in as text, read by the library exactly like a CSV
# cell: ids such as county codes often arrive as numbers (read.csv), and
# the library refuses numbers in text columns.  Other numbers go in as
# numbers.  NA is "not given" (the library decides whether that is
# allowed); NaN and Inf are passed on and refused by the library.
add_column <- function(ds, kind, name, x) {
  if (is.factor(x))
    x <- as.character(x)
  if (is.character(x)) {
    swig_dataset_set_text(ds, kind, name, x)
  } else if (is.logical(x)) {
    swig_dataset_set_numbers(ds, kind, name, as.numeric(x), !is.na(x))
  } else if (is.numeric(x)) {
    given <- !(is.na(x) & !is.nan(x))
    finite <- x[is.finite(x)]
    if (all(finite == round(finite) & abs(finite) < 2^53) &&
        all(is.finite(x) | !given)) {
      text <- ifelse(given, formatC(x, format = "f", digits = 0), NA)
      swig_dataset_set_text(ds, kind, name, text)
    } else {
      swig_dataset_set_numbers(ds, kind, name, as.numeric(x), given)
    }
  } else {
    edubal_stop(sprintf("column \"%s\" has unsupported type %s", name,
                        class(x)[1]), column = name)
  }
}

# A table is a data.frame or the path of a CSV file.
add_table <- function(ds, what, table) {
  kind <- table_kinds[[what]]
  if (is.character(table) && length(table) == 1) {
    swig_dataset_read_csv(ds, kind, path.expand(table))
    return(invisible())
  }
  if (!is.data.frame(table))
    edubal_stop(sprintf("%s must be a data.frame or a CSV file path", what),
                column = what)
  swig_dataset_begin_table(ds, kind, nrow(table), what)
  for (name in names(table))
    add_column(ds, kind, name, table[[name]])
  swig_dataset_end_table(ds, kind)
}

edubal_evaluate <- function(schools, counties = NULL, classes = NULL,
                            kindergartens = NULL,
                            standard = "cn-2017-compulsory", lang = "zh") {
  if (!is.character(standard) || length(standard) != 1 || is.na(standard))
    edubal_stop("standard must be a profile id or file path",
                column = "standard")
  ds <- edubal_dataset()   # SWIG constructor of bindings/edubal.i
  # schools may be NULL for profiles without school levels (preschool).
  if (!is.null(schools)) add_table(ds, "schools", schools)
  if (!is.null(counties)) add_table(ds, "counties", counties)
  if (!is.null(classes)) add_table(ds, "classes", classes)
  if (!is.null(kindergartens)) add_table(ds, "kindergartens", kindergartens)
  std <- swig_standard_open(standard)
  report <- swig_evaluate(std, ds)
  json <- swig_report_render(report, 1L, lang)
  result <- report_frames(jsonlite::fromJSON(json, simplifyVector = FALSE))
  if (is.data.frame(schools) && "county_id" %in% names(schools)) {
    ids <- as.character(schools$school_id)
    result$schools$county_id <-
      as.character(schools$county_id)[match(result$schools$school_id, ids)]
  }
  result$json <- json
  # The self-contained page of EDUBAL_FORMAT_HTML, and the report itself
  # for edubal_report_save() (a handle: not valid after saveRDS/readRDS).
  result$html <- swig_report_render(report, 3L, lang)
  result$report <- report
  result$notes <- vapply(seq_len(swig_dataset_note_count(ds)) - 1,
                         function(i) swig_dataset_note(ds, i), "")
  structure(result, class = "edubal_report")
}

# JSON null is NA; a missing field too.
num <- function(x) if (is.null(x)) NA_real_ else as.numeric(x)
lgl <- function(x) if (is.null(x)) NA else as.logical(x)
chr <- function(x) if (is.null(x)) NA_character_ else as.character(x)

# Rows (named lists of scalars, same names) to a data.frame, column by
# column: binding one-row data.frames is quadratic in the row count.
rows <- function(list_of_rows, empty) {
  if (length(list_of_rows) == 0) return(empty)
  cols <- names(list_of_rows[[1]])
  df <- lapply(cols, function(k)
    unlist(lapply(list_of_rows, `[[`, k), use.names = FALSE))
  names(df) <- cols
  as.data.frame(df, stringsAsFactors = FALSE, optional = TRUE)
}

report_frames <- function(r) {
  counties <- list(); levels <- list(); indicators <- list()
  items <- list(); reasons <- list()
  for (c in r$counties) {
    id <- c$county_id
    counties[[length(counties) + 1]] <- list(
      county_id = id, verdict = c$verdict, reasons = length(c$reasons))
    for (level in names(c$resource)) {
      l <- c$resource[[level]]
      levels[[length(levels) + 1]] <- list(
        county_id = id, level = level, pass = lgl(l$pass),
        schools = num(l$schools), students = num(l$students),
        schools_failing = num(l$schools_failing),
        composite_cv = num(l$composite_cv))
      for (i in l$indicators)
        indicators[[length(indicators) + 1]] <- list(
          county_id = id, level = level, key = i$key, mean = num(i$mean),
          sd = num(i$sd), cv = num(i$cv), limit = num(i$limit),
          pass = lgl(i$pass))
    }
    for (i in c$items)
      items[[length(items) + 1]] <- list(
        county_id = id, part = i$part, key = i$key, value = num(i$value),
        threshold = num(i$threshold), pass = lgl(i$pass),
        reason = chr(i$reason))
    for (i in c$reasons)
      reasons[[length(reasons) + 1]] <- list(
        county_id = id, code = i$code, zh = i$zh, en = i$en)
  }
  keys <- unique(unlist(lapply(r$schools, function(s) names(s$indicators))))
  schools <- lapply(r$schools, function(s) {
    row <- list(school_id = s$school_id, section = s$section,
                met = num(s$met), pass = lgl(s$pass))
    for (k in keys) row[[k]] <- num(s$indicators[[k]])
    row
  })
  list(
    standard = r$standard,
    counties = rows(counties, data.frame(county_id = character(),
      verdict = character(), reasons = integer())),
    levels = rows(levels, data.frame(county_id = character(),
      level = character(), pass = logical(), schools = numeric(),
      students = numeric(), schools_failing = numeric(),
      composite_cv = numeric())),
    indicators = rows(indicators, data.frame(county_id = character(),
      level = character(), key = character(), mean = numeric(),
      sd = numeric(), cv = numeric(), limit = numeric(), pass = logical())),
    schools = rows(schools, data.frame(school_id = character(),
      section = character(), met = numeric(), pass = logical())),
    items = rows(items, data.frame(county_id = character(),
      part = character(), key = character(), value = numeric(),
      threshold = numeric(), pass = logical(), reason = character())),
    reasons = rows(reasons, data.frame(county_id = character(),
      code = character(), zh = character(), en = character())))
}

# Formats of include/edubal/io.h (enum edubal_report_format).
report_formats <- c(text = 0L, json = 1L, csv = 2L, html = 3L, xlsx = 4L)

# Write an evaluation to a file with edubal_report_save(): any format, the
# only way to get xlsx.  The format defaults to the file's extension.
edubal_report_save <- function(report, path, format = NULL, lang = "zh") {
  if (!inherits(report, "edubal_report") || is.null(report$report))
    edubal_stop("report must be a result of edubal_evaluate()",
                column = "report")
  if (!is.character(path) || length(path) != 1 || is.na(path))
    edubal_stop("path must be one file path", column = "path")
  if (is.null(format)) {
    ext <- tolower(regmatches(path, regexpr("[^.]*$", path)))
    format <- if (ext == "txt") "text" else if (ext == "htm") "html" else ext
  }
  if (!is.character(format) || length(format) != 1 ||
      !format %in% names(report_formats))
    edubal_stop(sprintf("unknown format \"%s\" (text, json, csv, html or xlsx)",
                        paste(format, collapse = ",")), column = "format")
  swig_report_save(report$report, report_formats[[format]], lang,
                   path.expand(path))
  invisible(path)
}

print.edubal_report <- function(x, ...) {
  cat(sprintf("edubal report, standard %s: %d counties\n", x$standard,
              nrow(x$counties)))
  print(x$counties, row.names = FALSE)
  invisible(x)
}
