#!/usr/bin/Rscript
# bench/bind_r.R - time edubal_evaluate() of the R package.
#
# usage: Rscript bind_r.R SCHOOLS_CSV COUNTIES_CSV [REPEATS]
#
# Times, REPEATS times each (default 3), edubal_evaluate() of the
# cn-2017-compulsory profile
#   * from data.frames (read once with read.csv, outside the clock: the
#     columns are handed to the C dataset builder), and
#   * from the CSV paths (the C reader loads them),
# and prints the medians in ms.  Both include what the call returns: the C
# evaluation, the JSON report rendered by C, parsed by jsonlite and
# reshaped into data.frames.  read.csv of the two files is timed too.
#
# The last line is a summary in key=value form for bench/harness.py, with
# the tally of county verdicts.  Needs the package on R_LIBS (`meson
# devenv -C build` sets it).  Exits 2 when the two paths disagree.

suppressPackageStartupMessages(library(edubal))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2 || length(args) > 3) {
  cat("usage: Rscript bind_r.R SCHOOLS_CSV COUNTIES_CSV [REPEATS]\n",
      file = stderr())
  quit(status = 1)
}
repeats <- if (length(args) == 3) as.integer(args[3]) else 3L

timed <- function(f) {
  ms <- numeric(repeats)
  for (i in seq_len(repeats)) {
    t0 <- proc.time()[["elapsed"]]
    value <- f()
    ms[i] <- (proc.time()[["elapsed"]] - t0) * 1e3
  }
  list(ms = median(ms), value = value)
}

read <- timed(function() list(
  schools = read.csv(args[1], colClasses = c(school_id = "character",
    county_id = "character"), na.strings = "", encoding = "UTF-8"),
  counties = read.csv(args[2], colClasses = c(county_id = "character"),
    na.strings = "", encoding = "UTF-8")))
schools <- read$value$schools
counties <- read$value$counties
frames <- timed(function() edubal_evaluate(schools, counties))
paths <- timed(function() edubal_evaluate(args[1], args[2]))
v_frames <- frames$value$counties$verdict
v_paths <- paths$value$counties$verdict
same <- identical(v_frames, v_paths)
tally <- function(v) sum(v_paths == v)
cat(sprintf("edubal (R): %d schools, %d counties, %d repeats (medians)\n",
            nrow(schools), length(v_paths), repeats))
cat(sprintf("  read.csv                 %10.1f ms\n", read$ms))
cat(sprintf("  edubal_evaluate(frames)  %10.1f ms\n", frames$ms))
cat(sprintf("  edubal_evaluate(paths)   %10.1f ms\n", paths$ms))
cat(sprintf(paste("summary: schools=%d counties=%d read_csv_ms=%.3f",
                  "frames_ms=%.3f paths_ms=%.3f pass=%d fail=%d",
                  "incomplete=%d same_verdicts=%d\n"),
            nrow(schools), length(v_paths), read$ms, frames$ms, paths$ms,
            tally("pass"), tally("fail"), tally("incomplete"),
            as.integer(same)))
if (!same) quit(status = 2)
