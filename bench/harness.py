#!/usr/bin/env python3
"""edubal benchmark harness: load, evaluate and render at sizes from about
1,000 to 211,000 schools; the pandas and R reference implementations of
the same resource evaluation (checked against edubal's report); the Python
and R binding paths and a Dask scale-out by province on the largest set;
the projection models at national scale (bench_project).  A step whose
module is not built is recorded as skipped, with the reason.

usage: harness.py --bench BENCH_EVALUATE --edubal EDUBAL --src SOURCE_ROOT
                  --work WORK_DIR [options]

Writes WORK_DIR/results.json and, with --doc, the generated part of
docs/performance.md (between its "bench:begin" and "bench:end" markers)
and a copy of the results beside it (docs/performance.json).
A benchmark, not a test: slow is never a failure.  It exits 1 for a usage
error and 2 when a step that should work fails (a reference that disagrees
with edubal counts as a failure).  Standard library only; the pandas step
runs under --pandas-python (Debian's /usr/bin/python3 with python3-pandas).
"""
import argparse
import datetime
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys

PROFILE = "cn-2017-compulsory"
NATIONAL = 2850
# County counts of the cost-vs-size series: about 74 schools per county,
# so roughly 1,000, 3,000, 10,000, 30,000, 100,000 and 211,000 schools.
SERIES = [14, 41, 135, 405, 1350, NATIONAL]
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run(cmd, **kw):
    """Run cmd niced (the machine is shared); return its stdout."""
    full = (["nice", "-n", "10"] if shutil.which("nice") else []) + cmd
    res = subprocess.run(full, capture_output=True, text=True, **kw)
    if res.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {res.returncode}:\n"
                           f"{res.stdout}{res.stderr}")
    return res.stdout


def summary_of(text):
    """The key=value pairs of the line starting "summary:"."""
    for line in text.splitlines():
        if line.startswith("summary:"):
            pairs = (kv.split("=", 1) for kv in line.split()[1:])
            return {k: float(v) if re.fullmatch(r"[-0-9.e+]+", v) else v
                    for k, v in pairs}
    raise RuntimeError("no summary line in:\n" + text)


def phase_peaks(text):
    """Peak RSS (MiB) after each phase of bench_evaluate's table."""
    peaks = {}
    for line in text.splitlines():
        m = re.match(r"\s+(load|evaluate|render_json)\s+\S+\s+\S+\s+(\S+)",
                     line)
        if m:
            peaks[m.group(1)] = float(m.group(2))
    return peaks


def generate(args, counties):
    """The data set of `counties` counties (made again only when the
    generator or its arguments change)."""
    gen = os.path.join(args.src, "bench", "gen_counties.py")
    d = os.path.join(args.work, f"data-{counties}-s{args.seed}")
    with open(gen, "rb") as f:
        stamp = f"{hash_bytes(f.read())} {counties} {args.seed}"
    stamp_path = os.path.join(d, "stamp")
    if not (os.path.exists(stamp_path) and open(stamp_path).read() == stamp):
        log(f"generating {counties} counties into {d}")
        run([sys.executable, gen, "--counties", str(counties), "--seed",
             str(args.seed), "--out", d])
        with open(stamp_path, "w") as f:
            f.write(stamp)
    return d


def hash_bytes(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return f"{h:016x}"


def bench_set(args, counties):
    """bench_evaluate on one generated set: medians of args.repeats."""
    d = generate(args, counties)
    schools, county_csv = (os.path.join(d, "schools.csv"),
                           os.path.join(d, "counties.csv"))
    out = run([args.bench, schools, county_csv, str(args.repeats)])
    s = summary_of(out)
    peaks = phase_peaks(out)
    csv_bytes = os.path.getsize(schools) + os.path.getsize(county_csv)
    n = s["schools"]
    r = {
        "counties": int(s["counties"]), "schools": int(n),
        "csv_bytes": csv_bytes,
        "load_ms": s["load_ms"], "evaluate_ms": s["evaluate_ms"],
        "render_json_ms": s["render_ms"], "json_bytes": int(s["json_bytes"]),
        "load_mb_per_s": csv_bytes / 1e6 / (s["load_ms"] / 1e3),
        "load_us_per_school": s["load_ms"] * 1e3 / n,
        "evaluate_us_per_school": s["evaluate_ms"] * 1e3 / n,
        "peak_mib_after_load": peaks.get("load"),
        "peak_mib_after_evaluate": peaks.get("evaluate"),
        "peak_mib_after_render": peaks.get("render_json"),
        "verdicts": {"pass": int(s["pass"]), "fail": int(s["fail"]),
                     "incomplete": int(s["incomplete"])},
    }
    r["peak_after_evaluate_over_csv"] = (
        r["peak_mib_after_evaluate"] * 2**20 / csv_bytes
        if r["peak_mib_after_evaluate"] else None)
    log(f"  {counties:5d} counties {int(n):7d} schools: load "
        f"{r['load_ms']:.1f} ms, evaluate {r['evaluate_ms']:.1f} ms")
    return r, d


def callgrind(args, counties):
    """Instruction counts (repeatable, unlike wall time on a shared
    machine) of reading the CSV files and of edubal_evaluate, per set."""
    if not shutil.which("valgrind"):
        return {"status": "skipped", "why": "valgrind not installed"}
    out = {"status": "ok", "sets": []}
    for n in counties:
        d = generate(args, n)
        point = {"counties": n}
        for fn in ("edubal_dataset_read_csv", "edubal_evaluate"):
            out_file = os.path.join(args.work, f"callgrind.{n}.{fn}.out")
            res = subprocess.run(
                ["nice", "-n", "10", "valgrind", "--tool=callgrind",
                 f"--callgrind-out-file={out_file}", f"--toggle-collect={fn}",
                 args.bench, os.path.join(d, "schools.csv"),
                 os.path.join(d, "counties.csv"), "1"],
                capture_output=True, text=True)
            m = re.search(r"Collected : (\d+)", res.stderr)
            if res.returncode != 0 or not m:
                raise RuntimeError(f"callgrind of {fn} failed:\n{res.stderr}")
            point[fn] = int(m.group(1))
            s = summary_of(res.stdout)
            point["schools"] = int(s["schools"])
        log(f"  callgrind {n} counties: read {point['edubal_dataset_read_csv']:,}"
            f", evaluate {point['edubal_evaluate']:,} instructions")
        out["sets"].append(point)
    return out


def references(args, d, edubal_eval_ms, edubal_load_ms):
    """The pandas and R implementations on set d: timings, agreement with
    edubal's CSV report, and the ratios edubal / reference."""
    profile = os.path.join(args.src, "data", "standards", PROFILE + ".json")
    schools = os.path.join(d, "schools.csv")
    report = os.path.join(args.work, "edubal-report.csv")
    run([args.edubal, "evaluate", "--standard", PROFILE, "--schools", schools,
         "--counties", os.path.join(d, "counties.csv"), "--format", "csv",
         "-o", report])
    check = os.path.join(args.src, "bench", "check_ref.py")
    steps = {
        "pandas": ([args.pandas_python,
                    os.path.join(args.src, "bench", "ref_pandas.py")],
                   [args.pandas_python, "-c", "import pandas"]),
        "r": ([args.rscript, os.path.join(args.src, "bench", "ref_r.R")],
              [args.rscript, "-e", "stopifnot(requireNamespace('jsonlite'))"]),
    }
    out = {}
    for name, (cmd, probe) in steps.items():
        if not shutil.which(cmd[0]) or subprocess.run(
                probe, capture_output=True).returncode != 0:
            out[name] = {"status": "skipped",
                         "why": f"{' '.join(probe)} failed"}
            continue
        result = os.path.join(args.work, f"ref-{name}.csv")
        s = summary_of(run(cmd + [profile, schools, result,
                                  str(args.ref_repeats)]))
        verdict = run([sys.executable, check, report, result])
        out[name] = {
            "status": "ok", "check": verdict.strip(),
            "load_ms": s["load_ms"], "evaluate_ms": s["evaluate_ms"],
            "edubal_over_ref_evaluate": edubal_eval_ms / s["evaluate_ms"],
            "edubal_over_ref_load": edubal_load_ms / s["load_ms"],
        }
        log(f"  {name}: load {s['load_ms']:.0f} ms, evaluate "
            f"{s['evaluate_ms']:.0f} ms; {verdict.strip()}")
    return out


def child_env(args):
    """The environment of the binding steps: the built Python package and
    R library first on their search paths (what `meson devenv` sets)."""
    env = dict(os.environ)
    for var, path in (("PYTHONPATH", args.python_path),
                      ("R_LIBS", args.r_libs)):
        if path:
            env[var] = path + (os.pathsep + env[var] if env.get(var) else "")
    return env


def probe_fails(cmd, env):
    """Why cmd (a check that a module loads) fails, or None if it works."""
    if not shutil.which(cmd[0]):
        return f"{cmd[0]} not found"
    if subprocess.run(cmd, capture_output=True, env=env).returncode != 0:
        return f"module absent ({' '.join(cmd[1:])} fails)"
    return None


def bindings(args, d, big, refs):
    """edubal.evaluate (Python) and edubal_evaluate (R) on set d, from
    DataFrames / data.frames and from the CSV paths: medians, a check of
    the verdicts against bench_evaluate's, and the ratios to the C call
    and to the reference of the same language from this run (the frames
    path against the reference's evaluate, both starting from frames in
    memory; the paths path against the reference's load + evaluate)."""
    env = child_env(args)
    schools, counties = (os.path.join(d, "schools.csv"),
                         os.path.join(d, "counties.csv"))
    steps = {
        "python": ([args.pandas_python,
                    os.path.join(args.src, "bench", "bind_python.py")],
                   [args.pandas_python, "-c", "import pandas, edubal"],
                   "pandas"),
        "r": ([args.rscript, os.path.join(args.src, "bench", "bind_r.R")],
              [args.rscript, "-e", "library(edubal)"], "r"),
    }
    out = {}
    for name, (cmd, probe, ref_name) in steps.items():
        why = probe_fails(probe, env)
        if why:
            out[name] = {"status": "skipped", "why": why}
            continue
        s = summary_of(run(cmd + [schools, counties,
                                  str(args.binding_repeats)], env=env))
        want = big["verdicts"]
        got = {k: int(s[k]) for k in ("pass", "fail", "incomplete")}
        if got != want or s["same_verdicts"] != 1:
            raise RuntimeError(f"{name} binding verdicts {got} differ from "
                               f"bench_evaluate's {want}")
        r = {"status": "ok", "schools": int(s["schools"]),
             "counties": int(s["counties"]),
             "repeats": args.binding_repeats,
             "read_csv_ms": s["read_csv_ms"],
             "frames_ms": s["frames_ms"], "paths_ms": s["paths_ms"],
             "frames_over_c_evaluate": s["frames_ms"] / big["evaluate_ms"],
             "verdicts_ms": s.get("verdicts_ms"),
             "paths_over_c_load_evaluate":
                 s["paths_ms"] / (big["load_ms"] + big["evaluate_ms"])}
        ref = refs.get(ref_name, {})
        if ref.get("status") == "ok":
            r["reference"] = ref_name
            r["frames_over_ref_evaluate"] = s["frames_ms"] / ref["evaluate_ms"]
            r["paths_over_ref_load_evaluate"] = s["paths_ms"] / (
                ref["load_ms"] + ref["evaluate_ms"])
        out[name] = r
        log(f"  {name} binding: frames {s['frames_ms']:.0f} ms, paths "
            f"{s['paths_ms']:.0f} ms")
    return out


def projections(args):
    """bench_project: the projection models of 2,850 counties x 20 years
    x 19 ages through the C API."""
    if not args.bench_project:
        return {"status": "skipped", "why": "no --bench-project program"}
    s = summary_of(run([args.bench_project, str(args.project_counties),
                        str(args.repeats)]))
    r = {"status": "ok", "counties": int(s["counties"]),
         "years": int(s["years"]), "ages": int(s["ages"]),
         "repeats": args.repeats, "total_ms": s["total_ms"],
         "min_ms": s["min_ms"], "cohort_ms": s["cohort_ms"],
         "grades_ms": s["grades_ms"], "sections_ms": s["sections_ms"],
         "us_per_county": s["total_ms"] * 1e3 / s["counties"],
         "checksum": s["checksum"], "peak_mib": s["peak_mib"]}
    log(f"  projections: {r['counties']} counties, {r['total_ms']:.1f} ms")
    return r


def dask_scale_out(args, d):
    """bench/dask_national.py on set d: one Dask task per province through
    the Python binding, against one process (must be identical)."""
    env = child_env(args)
    why = probe_fails([args.pandas_python, "-c", "import dask, edubal"], env)
    if why:
        return {"status": "skipped", "why": why}
    workers = args.dask_workers or os.cpu_count() or 1
    cmd = [args.pandas_python,
           os.path.join(args.src, "bench", "dask_national.py"),
           os.path.join(d, "schools.csv"), os.path.join(d, "counties.csv"),
           "--scheduler", args.dask_scheduler, "--workers", str(workers)]
    res = subprocess.run(["nice", "-n", "10"] + cmd, capture_output=True,
                         text=True, env=env)
    if res.returncode not in (0, 2):
        raise RuntimeError(f"{' '.join(cmd)} exited {res.returncode}:\n"
                           f"{res.stdout}{res.stderr}")
    s = summary_of(res.stdout)
    r = {"status": "ok", "scheduler": args.dask_scheduler,
         "workers": workers, "provinces": int(s["provinces"]),
         "counties": int(s["counties"]), "schools": int(s["schools"]),
         "dask_ms": s["dask_ms"], "one_process_ms": s["one_process_ms"],
         "identical": bool(int(s["identical"]))}
    if not r["identical"]:
        raise RuntimeError("Dask by province differs from one process:\n"
                           + res.stdout)
    log(f"  dask ({args.dask_scheduler}, {workers} workers): "
        f"{r['dask_ms']:.0f} ms, one process {r['one_process_ms']:.0f} ms,"
        " identical")
    return r


def linear_fit(series):
    """Least-squares time = a + b * schools, and the largest deviation of
    a point from the line as a share of the largest set's time (how linear
    the cost is; relative to each point, the smallest sets' fixed costs and
    timer noise would dominate)."""
    xs = [p["schools"] for p in series]
    out = {}
    for key in ("load_ms", "evaluate_ms"):
        ys = [p[key] for p in series]
        mx, my = statistics.fmean(xs), statistics.fmean(ys)
        sxx = sum((x - mx) ** 2 for x in xs)
        b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
        a = my - b * mx
        dev = max(abs(y - (a + b * x)) for x, y in zip(xs, ys)) / max(ys)
        out[key] = {"intercept_ms": a, "us_per_school": b * 1e3,
                    "max_rel_deviation": dev}
    return out


def render_doc(results):
    """The generated part of docs/performance.md (Markdown)."""
    t = results["targets"]
    lines = [BEGIN, "",
             f"Generated by `bench/harness.py` on {results['date']} "
             f"({results['host']}, {results['edubal']}, "
             f"{results['repeats']} repeats, medians; seed "
             f"{results['seed']}).", "",
             "| counties | schools | CSV MB | load ms | load MB/s | "
             "evaluate ms | µs/school | render JSON ms | peak MiB "
             "(evaluate) | peak / CSV |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for p in results["series"]:
        lines.append(
            f"| {p['counties']:,} | {p['schools']:,} | "
            f"{p['csv_bytes'] / 1e6:.1f} | {p['load_ms']:.1f} | "
            f"{p['load_mb_per_s']:.0f} | {p['evaluate_ms']:.1f} | "
            f"{p['evaluate_us_per_school']:.2f} | "
            f"{p['render_json_ms']:.0f} | "
            f"{p['peak_mib_after_evaluate']:.0f} | "
            f"{p['peak_after_evaluate_over_csv']:.1f}× |")
    fit = results.get("linear_fit")
    if fit:
        lines += ["", "Cost against size (least squares over the series): "
                  f"load {fit['load_ms']['us_per_school']:.2f} µs/school "
                  f"(largest deviation from the line {fit['load_ms']['max_rel_deviation']:.0%} "
                  "of the largest set's time),"
                  f" evaluate {fit['evaluate_ms']['us_per_school']:.2f} "
                  "µs/school (largest deviation "
                  f"{fit['evaluate_ms']['max_rel_deviation']:.0%})."]
    lines += ["", "| target | wanted | measured (largest set) |",
              "|---|---|---|"]
    for name, row in t.items():
        lines.append(f"| {name} | {row['wanted']} | {row['measured']} |")
    refs = results.get("references", {})
    if refs:
        lines += ["", "| implementation | load ms | evaluate ms | "
                  "edubal / it (evaluate) | agrees with edubal |",
                  "|---|---:|---:|---:|---|"]
        big = results["series"][-1]
        lines.append(f"| edubal (C) | {big['load_ms']:.0f} | "
                     f"{big['evaluate_ms']:.0f} | 1 | — |")
        for name, r in refs.items():
            if r["status"] != "ok":
                lines.append(f"| {name} | — | — | — | {r['status']}: "
                             f"{r['why']} |")
                continue
            lines.append(f"| {name} | {r['load_ms']:.0f} | "
                         f"{r['evaluate_ms']:.0f} | "
                         f"{r['edubal_over_ref_evaluate']:.3f} | "
                         f"{r['check'].replace('check: ', '')} |")
    cg = results.get("callgrind")
    if cg and cg.get("status") == "ok":
        lines += ["", "Instruction counts (callgrind, one run; repeatable "
                  "where wall time on a shared machine is not):", "",
                  "| counties | schools | read CSV | per school | "
                  "edubal_evaluate | per school |", "|---:|---:|---:|---:|---:|---:|"]
        for p in cg["sets"]:
            n = p["schools"]
            lines.append(
                f"| {p['counties']:,} | {n:,} | "
                f"{p['edubal_dataset_read_csv']:,} | "
                f"{p['edubal_dataset_read_csv'] / n:,.0f} | "
                f"{p['edubal_evaluate']:,} | {p['edubal_evaluate'] / n:,.0f} |")
    lines += render_bindings(results)
    lines += render_projections(results.get("projections"))
    lines += render_dask(results.get("dask_scale_out"))
    lines += ["", END]
    return "\n".join(lines)


def render_bindings(results):
    """The binding paths beside the C call and the references."""
    b = results.get("bindings")
    if not b:
        return []
    big = results["series"][-1]
    ok = [r for r in b.values() if r["status"] == "ok"]
    reps = ok[0]["repeats"] if ok else results["repeats"]
    lines = ["", f"Binding paths on the {big['counties']:,}-county set "
             f"({big['schools']:,} schools; medians of {reps} runs; each "
             "call includes rendering the JSON report in C, parsing it and "
             "building the result's data frames). \"frames\" starts from "
             "data frames already read (pandas.read_csv / read.csv, timed "
             "apart) and is compared with the reference's evaluate; "
             "\"paths\" starts from the CSV files and is compared with the "
             "reference's load + evaluate:", "",
             "| call | input | ms | / C (evaluate; load + evaluate) | "
             "/ reference of the language |", "|---|---|---:|---:|---:|",
             f"| C `edubal_evaluate` | loaded dataset | "
             f"{big['evaluate_ms']:.0f} | 1 | — |",
             f"| C load + `edubal_evaluate` | CSV paths | "
             f"{big['load_ms'] + big['evaluate_ms']:.0f} | 1 | — |"]
    label = {"python": ("Python `edubal.evaluate`", "DataFrames",
                        "pandas.read_csv"),
             "r": ("R `edubal_evaluate`", "data.frames", "read.csv")}
    for name, r in b.items():
        call, frames, reader = label[name]
        if r["status"] != "ok":
            lines.append(f"| {call} | — | — | — | {r['status']}: "
                         f"{r['why']} |")
            continue
        ref_f = (f"{r['frames_over_ref_evaluate']:.2f}"
                 if "reference" in r else "—")
        ref_p = (f"{r['paths_over_ref_load_evaluate']:.2f}"
                 if "reference" in r else "—")
        lines += [f"| {call} | {frames} (+ {r['read_csv_ms']:.0f} ms "
                  f"{reader}) | {r['frames_ms']:.0f} | "
                  f"{r['frames_over_c_evaluate']:.1f} | {ref_f} |",
                  f"| {call} | CSV paths | {r['paths_ms']:.0f} | "
                  f"{r['paths_over_c_load_evaluate']:.1f} | {ref_p} |"]
        if r.get("verdicts_ms") is not None:
            c = big["load_ms"] + big["evaluate_ms"]
            lines.append(f"| {call}, verdicts only (`.counties`) | CSV paths "
                         f"| {r['verdicts_ms']:.0f} | "
                         f"{r['verdicts_ms'] / c:.1f} | — |")
    return lines


def render_projections(p):
    if not p:
        return []
    if p["status"] != "ok":
        return ["", f"Projections: {p['status']} ({p['why']})."]
    return ["", f"Projections through the C API (`bench_project`, medians of "
            f"{p['repeats']} runs): cohort-component population, grade "
            "progression of grades 1–9 and, for primary and junior, "
            "classes, planning seats, seat gap, new schools and teachers "
            "for every year:", "",
            "| counties × years × ages | total ms | µs / county | cohort ms "
            "| grades ms | seats and teachers ms | peak MiB |",
            "|---|---:|---:|---:|---:|---:|---:|",
            f"| {p['counties']:,} × {p['years']} × {p['ages']} | "
            f"{p['total_ms']:.1f} | {p['us_per_county']:.2f} | "
            f"{p['cohort_ms']:.1f} | {p['grades_ms']:.1f} | "
            f"{p['sections_ms']:.1f} | {p['peak_mib']:.0f} |"]


def render_dask(r):
    if not r:
        return []
    if r["status"] != "ok":
        return ["", f"Dask scale-out: {r['status']} ({r['why']})."]
    return ["", "Dask scale-out (`bench/dask_national.py`, one run; each "
            "province's DataFrames evaluated by `edubal.evaluate` in a Dask "
            "task; includes summarising each result for the comparison):",
            "", "| scheduler | workers | provinces | counties | schools | "
            "Dask ms | one process ms | identical |",
            "|---|---:|---:|---:|---:|---:|---:|---|",
            f"| {r['scheduler']} | {r['workers']} | {r['provinces']} | "
            f"{r['counties']:,} | {r['schools']:,} | {r['dask_ms']:.0f} | "
            f"{r['one_process_ms']:.0f} | "
            f"{'yes' if r['identical'] else 'no'} |"]


def update_doc(path, block):
    text = open(path, encoding="utf-8").read()
    if BEGIN not in text or END not in text:
        raise RuntimeError(f"{path} has no {BEGIN} ... {END} markers")
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    with open(path, "w", encoding="utf-8") as f:
        f.write(head + block + tail)


def targets(big):
    """The issue's targets, judged on the largest set when it is national
    scale (200,000 schools or more); smaller sets are only reported."""
    national = big["schools"] >= 200000

    def check(ok):
        if not national:
            return "not judged: not the national set"
        return "met" if ok else "not met"
    return {
        f"evaluate ({big['schools']:,} schools), one core": {
            "wanted": "≤ 50 ms (national)",
            "measured": f"{big['evaluate_ms']:.0f} ms "
                        f"({check(big['evaluate_ms'] <= 50)})"},
        "CSV load": {
            "wanted": "≥ 100 MB/s",
            "measured": f"{big['load_mb_per_s']:.0f} MB/s "
                        f"({check(big['load_mb_per_s'] >= 100)})"},
        "peak memory (after evaluate)": {
            "wanted": "≤ 3× CSV size",
            "measured": f"{big['peak_after_evaluate_over_csv']:.1f}× "
                        f"({check(big['peak_after_evaluate_over_csv'] <= 3)})"},
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", required=True, help="bench_evaluate program")
    ap.add_argument("--edubal", required=True, help="edubal command")
    ap.add_argument("--src", required=True, help="source root")
    ap.add_argument("--work", required=True, help="work directory")
    ap.add_argument("--repeats", type=int,
                    default=int(os.environ.get("BENCH_REPEATS", 5)))
    ap.add_argument("--ref-repeats", type=int,
                    default=int(os.environ.get("BENCH_REF_REPEATS", 3)))
    ap.add_argument("--seed", type=int,
                    default=int(os.environ.get("BENCH_SEED", 1)))
    ap.add_argument("--series", default=os.environ.get(
        "BENCH_SERIES", ",".join(map(str, SERIES))),
        help="county counts, comma-separated; the last is the reference set")
    ap.add_argument("--no-refs", action="store_true",
                    default=os.environ.get("BENCH_REFS", "1") == "0")
    ap.add_argument("--callgrind", default=os.environ.get(
        "BENCH_CALLGRIND", ""),
        help="county counts of sets to count instructions on with valgrind, "
             "comma-separated (default none)")
    ap.add_argument("--pandas-python", default="/usr/bin/python3")
    ap.add_argument("--rscript", default="Rscript")
    ap.add_argument("--doc", help="docs/performance.md to update")
    ap.add_argument("--bench-project", help="bench_project program")
    ap.add_argument("--project-counties", type=int, default=NATIONAL)
    ap.add_argument("--python-path", default="",
                    help="the built Python package's directory")
    ap.add_argument("--r-libs", default="",
                    help="the R library holding the built package")
    ap.add_argument("--binding-repeats", type=int,
                    default=int(os.environ.get("BENCH_BINDING_REPEATS", 3)))
    ap.add_argument("--no-bindings", action="store_true",
                    default=os.environ.get("BENCH_BINDINGS", "1") == "0",
                    help="skip the Python, R and Dask steps")
    ap.add_argument("--dask-scheduler", default=os.environ.get(
        "BENCH_DASK_SCHEDULER", "processes"),
        choices=("processes", "threads", "synchronous"))
    ap.add_argument("--dask-workers", type=int,
                    default=int(os.environ.get("BENCH_DASK_WORKERS", 0)),
                    help="default: one per core")
    args = ap.parse_args(argv)
    os.makedirs(args.work, exist_ok=True)
    version = run([args.edubal, "--version"]).strip()
    results = {
        "date": datetime.datetime.now(datetime.timezone.utc)
                .strftime("%Y-%m-%d %H:%M UTC"),
        "host": f"{platform.machine()}, {os.cpu_count()} cores, load "
                f"{os.getloadavg()[0]:.1f}",
        "edubal": version, "profile": PROFILE, "repeats": args.repeats,
        "seed": args.seed, "series": []}
    try:
        dirs = []
        for n in (int(x) for x in args.series.split(",")):
            point, d = bench_set(args, n)
            results["series"].append(point)
            dirs.append((n, d))
        big = results["series"][-1]
        if len(results["series"]) >= 3:
            results["linear_fit"] = linear_fit(results["series"])
        results["targets"] = targets(big)
        if not args.no_refs:
            results["references"] = references(args, dirs[-1][1],
                                               big["evaluate_ms"],
                                               big["load_ms"])
        if args.callgrind:
            results["callgrind"] = callgrind(
                args, [int(x) for x in args.callgrind.split(",")])
        refs = results.get("references", {})
        if not args.no_bindings:
            results["bindings"] = bindings(args, dirs[-1][1], big, refs)
            results["dask_scale_out"] = dask_scale_out(args, dirs[-1][1])
        results["projections"] = projections(args)
    except RuntimeError as e:
        log(f"harness: {e}")
        return 2
    path = os.path.join(args.work, "results.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)
    log(f"results: {path}")
    block = render_doc(results)
    if args.doc:
        update_doc(args.doc, block)
        # The figures behind the doc's tables, kept beside it.
        shutil.copyfile(path, os.path.splitext(args.doc)[0] + ".json")
        log(f"updated {args.doc} and its .json")
    print(block)
    bad = [k for k, v in results.get("references", {}).items()
           if v["status"] == "ok" and not v["check"].startswith("check: ok")]
    return 2 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
