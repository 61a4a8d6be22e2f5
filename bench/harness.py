#!/usr/bin/env python3
"""edubal benchmark harness: load, evaluate and render at sizes from about
1,000 to 211,000 schools; the pandas and R reference implementations of
the same resource evaluation (checked against edubal's report); the steps
of modules that are not built yet are recorded as skipped.

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


def pending_steps(args):
    """Steps whose modules are written on other branches: each is recorded
    as skipped, with the reason, until its module is present.  When the
    module lands, its timing goes here (same JSON shape as the others)."""
    steps = {}
    probes = {
        "python_binding": [sys.executable, "-c", "import edubal"],
        "r_binding": [args.rscript, "-e", "library(edubal)"],
        "projections": [args.edubal, "project", "--help"],
        "dask_scale_out": [args.pandas_python, "-c",
                           "import dask, edubal"],
    }
    for name, probe in probes.items():
        ok = shutil.which(probe[0]) and subprocess.run(
            probe, capture_output=True).returncode == 0
        steps[name] = {"status": "not implemented in this harness yet" if ok
                       else "skipped",
                       "why": "module present: add its timing step" if ok
                       else f"module absent ({' '.join(probe[1:])} fails)"}
    return steps


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
    pend = results.get("pending", {})
    if pend:
        lines += ["", "Not measured on this build: " + "; ".join(
            f"{k} ({v['why']})" for k, v in pend.items()) + "."]
    lines += ["", END]
    return "\n".join(lines)


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
        results["pending"] = pending_steps(args)
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
