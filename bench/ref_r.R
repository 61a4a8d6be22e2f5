#!/usr/bin/Rscript
# bench/ref_r.R - reference implementation of the resource evaluation
# (SPEC §1, §2.1-§2.3) in base R, written the way an analyst would
# (vectorised columns, rowsum() per county).  Used only by the benchmark:
# it times the same work as edubal and writes per-county CVs and level
# verdicts for check_ref.py to compare with edubal's CSV report.
#
# usage: Rscript ref_r.R PROFILE_JSON SCHOOLS_CSV OUT_CSV [REPEATS]
#
# Prints "summary: load_ms=... evaluate_ms=... schools=... levels=..."
# (medians over REPEATS runs, default 3).  Needs r-base and r-cran-jsonlite
# (for the profile).  Only what the 2017 profile uses is implemented:
# English type names, the "official" (enrollment-weighted) CV, unrounded
# comparison with "<=".

sections <- c("primary", "junior", "senior")
# Sections of each school type (src/dataset/catalog.c).
type_sections <- list(
  primary = "primary", teaching_point = "primary", junior = "junior",
  nine_year = c("primary", "junior"),
  twelve_year = c("primary", "junior", "senior"),
  complete_secondary = c("junior", "senior"), senior = "senior",
  special = c("primary", "junior", "senior"))

has_section <- function(types, s)
  vapply(type_sections, function(x) s %in% x, logical(1))[types]

split_weight <- function(profile, types, s) {
  w <- vapply(names(type_sections), function(t) {
    v <- profile$split_weights[[t]][[s]]
    if (is.null(v)) 1 else v
  }, numeric(1))
  unname(w[types])
}

load_schools <- function(path)
  read.csv(path, colClasses = c(school_id = "character",
    county_id = "character", type = "character", name = "character"),
    na.strings = "", encoding = "UTF-8")

# One row per assessed section of `level`: students and indicators.
section_frame <- function(df, profile, level) {
  students <- df[[paste0("students_", level)]]
  sel <- df[has_section(df$type, level) & !is.na(students) & students > 0, ]
  total <- numeric(nrow(sel))
  for (s in sections) {
    col <- paste0("students_", s)
    if (is.null(sel[[col]])) next
    part <- sel[[col]] * split_weight(profile, sel$type, s)
    ok <- has_section(sel$type, s) & !is.na(sel[[col]])
    total <- total + ifelse(ok, part, 0)
  }
  mine <- sel[[paste0("students_", level)]] *
    split_weight(profile, sel$type, level)
  share <- ifelse(total > 0, mine / total, NA)
  out <- data.frame(county_id = sel$county_id,
    students = sel[[paste0("students_", level)]])
  for (ind in profile$indicators) {
    own <- sel[[paste0(ind$resource, "_", level)]]
    if (is.null(own)) own <- rep(NA_real_, nrow(sel))
    amount <- if (ind$basis == "section") own else
      ifelse(is.na(own), sel[[ind$resource]] * share, own)
    out[[ind$key]] <- amount * ind$scale / out$students
  }
  out
}

# Three-valued pass of each school: 1, 0 or NA (unknown).
school_rule <- function(sec, profile, level) {
  rule <- profile$school_rule
  met <- unknown <- numeric(nrow(sec))
  below <- logical(nrow(sec))
  for (ind in profile$indicators) {
    t <- ind$threshold[[level]]
    if (is.null(t)) next
    x <- sec[[ind$key]]
    met <- met + (!is.na(x) & x >= t)
    unknown <- unknown + is.na(x)
    below <- below | (!is.na(x) & x < rule$floor_fraction * t)
  }
  ifelse(below | met + unknown < rule$min_met, 0, ifelse(unknown > 0, NA, 1))
}

evaluate <- function(df, profile) {
  excl <- unlist(profile$exclude$types)
  under <- profile$exclude$teaching_points_under
  if (is.null(under)) under <- 0
  cols <- intersect(paste0("students_", sections), names(df))
  all_students <- rowSums(df[cols], na.rm = TRUE)
  df <- df[!(df$type %in% excl) &
           !(df$type == "teaching_point" & all_students < under), ]
  keys <- vapply(profile$indicators, function(i) i$key, "")
  results <- list()
  for (level in unlist(profile$levels)) {
    sec <- section_frame(df, profile, level)
    pass <- school_rule(sec, profile, level)
    g <- factor(sec$county_id, levels = unique(sec$county_id))
    p <- rowsum(sec$students, g, reorder = FALSE)[, 1]
    failing <- rowsum(as.numeric(!is.na(pass) & pass == 0), g,
                      reorder = FALSE)[, 1]
    false_any <- failing > 0
    unknown_any <- rowsum(as.numeric(is.na(pass)), g, reorder = FALSE)[, 1] > 0
    limit <- profile$cv_rule$limit[[level]]
    cvs <- matrix(NA_real_, length(p), length(keys),
                  dimnames = list(names(p), keys))
    for (k in keys) {
      x <- sec[[k]]
      missing <- rowsum(as.numeric(is.na(x)), g, reorder = FALSE)[, 1] > 0
      xbar <- rowsum(sec$students * x, g, reorder = FALSE)[, 1] / p
      dev <- sec$students * (x - xbar[as.integer(g)])^2
      s <- sqrt(rowsum(dev, g, reorder = FALSE)[, 1] / p)
      cv <- ifelse(missing | xbar == 0, NA, s / xbar)
      cvs[, k] <- cv
      false_any <- false_any | (!is.na(cv) & cv > limit)
      unknown_any <- unknown_any | is.na(cv)
    }
    verdict <- ifelse(false_any, "false", ifelse(unknown_any, "", "true"))
    results[[level]] <- list(cvs = cvs, failing = failing, verdict = verdict)
  }
  results
}

write_results <- function(results, path) {
  parts <- list()
  for (level in names(results)) {
    r <- results[[level]]
    counties <- rownames(r$cvs)
    n <- length(counties)
    keys <- colnames(r$cvs)
    cv_rows <- data.frame(county_id = rep(counties, times = length(keys)),
      level = level, key = rep(keys, each = n),
      value = sprintf("%.17g", as.vector(r$cvs)), pass = "")
    cv_rows$value[is.na(as.vector(r$cvs))] <- ""
    verdict_rows <- data.frame(county_id = counties, level = level,
      key = "all_schools_and_cvs", value = sprintf("%d", as.integer(r$failing)),
      pass = unname(r$verdict))
    parts[[length(parts) + 1]] <- rbind(cv_rows, verdict_rows)
  }
  write.csv(do.call(rbind, parts), path, row.names = FALSE, na = "",
            fileEncoding = "UTF-8")
}

main <- function(args) {
  if (length(args) < 3 || length(args) > 4) {
    cat("usage: Rscript ref_r.R PROFILE_JSON SCHOOLS_CSV OUT_CSV [REPEATS]\n",
        file = stderr())
    quit(status = 1)
  }
  profile <- jsonlite::fromJSON(args[1], simplifyVector = FALSE)
  repeats <- if (length(args) == 4) as.integer(args[4]) else 3L
  load_ms <- eval_ms <- numeric(repeats)
  for (i in seq_len(repeats)) {
    t0 <- proc.time()[["elapsed"]]
    df <- load_schools(args[2])
    t1 <- proc.time()[["elapsed"]]
    results <- evaluate(df, profile)
    t2 <- proc.time()[["elapsed"]]
    load_ms[i] <- (t1 - t0) * 1000
    eval_ms[i] <- (t2 - t1) * 1000
  }
  write_results(results, args[3])
  levels <- sum(vapply(results, function(r) length(r$verdict), 1L))
  cat(sprintf("summary: load_ms=%.3f evaluate_ms=%.3f schools=%d levels=%d repeats=%d\n",
              median(load_ms), median(eval_ms), nrow(df), levels, repeats))
}

main(commandArgs(trailingOnly = TRUE))
