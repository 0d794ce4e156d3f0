"""What 1M chunks cost on this machine, measured: disk, RAM and query time.

    python bench/million.py [--chunks 1000000] [--budget-min 15] [--json]

Builds a synthetic knowledge base (bench/synth.py: corpus sentences as chunk text, random unit
vectors; HNSW as VectorIndex picks at this size) in batches of 50k and stops once the build budget
is spent, so the figures are for the size actually reached (``chunks``; ``cut_by_budget`` says
whether that is short of the target). Nothing here is extrapolated. Then, in a fresh process: RSS
after loading the Searcher and its index, and p50/p95 of hybrid (BM25 + dense) search over the
corpus questions.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

from synth import build_kb  # noqa: E402

WORK = REPO / "bench" / "work"

QUERY_SCRIPT = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
from synth import percentile, questions
from qa.search import Searcher
def rss_mb():
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith("VmRSS:")) / 1024
base = rss_mb()
t0 = time.perf_counter()
s = Searcher({home!r}); s.warm_up()
load = time.perf_counter() - t0
loaded = rss_mb()
out = {{"load_s": round(load, 2), "rss_loaded_mb": round(loaded), "rss_before_load_mb": round(base)}}
qs = questions()
for mode in ("hybrid", "bm25", "dense"):
    times = []
    for i in range({n}):
        t = time.perf_counter(); s.search(qs[i % len(qs)], k=5, mode=mode); times.append((time.perf_counter() - t) * 1000)
    out[mode] = {{"p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1)}}
out["rss_after_queries_mb"] = round(rss_mb())
out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(out))
"""


def measure(home: Path, n_queries: int = 100) -> dict:
    script = QUERY_SCRIPT.format(bench=str(REPO / "bench"), home=str(home), n=n_queries)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "HF_HUB_OFFLINE": "1"})
    if proc.returncode != 0:
        raise SystemExit(f"Error: query process failed: {proc.stderr.strip().splitlines()[-1:]}")
    return json.loads(proc.stdout)


def disk(home: Path) -> dict:
    db = home / "govkb.db"
    sizes = {"sqlite_mb": sum(p.stat().st_size for p in home.glob("govkb.db*")) / 2**20,
             "faiss_mb": (home / "vectors.faiss").stat().st_size / 2**20}
    import sqlite3

    conn = sqlite3.connect(str(db))
    try:  # FTS share of the database, if sqlite was built with dbstat
        fts = conn.execute("select sum(pgsize) from dbstat where name like 'chunks_fts%'").fetchone()[0]
        sizes["fts_mb"] = fts / 2**20
    except sqlite3.OperationalError:
        pass
    conn.close()
    sizes["total_mb"] = sizes["sqlite_mb"] + sizes["faiss_mb"]
    return {k: round(v, 1) for k, v in sizes.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=1_000_000, help="target size (default 1,000,000)")
    parser.add_argument("--budget-min", type=float, default=15, help="stop adding batches after this many minutes")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    home = WORK / "kb-million"
    shutil.rmtree(home, ignore_errors=True)
    t0 = time.perf_counter()
    built = build_kb(home, args.chunks, budget_s=args.budget_min * 60,
                     log=lambda m: print(m, file=sys.stderr, flush=True))
    report = {"target_chunks": args.chunks, **built, "build_wall_s": round(time.perf_counter() - t0, 1),
              "disk": disk(home), "query": measure(home)}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        d, q = report["disk"], report["query"]
        short = f" (target {args.chunks:,}: build budget ran out)" if built["cut_by_budget"] else ""
        print(f"{built['chunks']:,} chunks{short}, FAISS {built['kind']}, built in {report['build_wall_s']} s "
              f"(rows {built['rows_s']} s, vectors {built['vectors_s']} s)")
        print(f"disk: SQLite {d['sqlite_mb']} MB (FTS {d.get('fts_mb', '?')} MB) + FAISS {d['faiss_mb']} MB "
              f"= {d['total_mb']} MB")
        print(f"RAM: {q['rss_loaded_mb']} MB resident after loading (peak {q['peak_rss_mb']} MB)")
        for mode in ("hybrid", "bm25", "dense"):
            print(f"query {mode:>6}: p50 {q[mode]['p50_ms']} ms, p95 {q[mode]['p95_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
