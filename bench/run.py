"""govkb benchmark: ingest vs a naive RAG baseline, ask latency, extraction speed.

    python bench/run.py [--quick] [--json]

--quick replicates the corpus to ~300 pages (full: ~3,000). Inputs, homes and synthetic knowledge
bases are cached under bench/work/ (gitignored). Ingest and the baseline each run in their own process.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from synth import build_kb, percentile, questions  # noqa: E402

WORK = REPO / "bench" / "work"
COPIES = WORK / "copies"  # every built copy, reused across runs
CORES = os.cpu_count() or 1


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---- inputs -------------------------------------------------------------------------------------


def _build_copy(args: tuple[str, int]) -> str:
    """Render one source with ' (copy N)' appended to its title line; N=0 is the original text."""
    from corpus.build import build, read_source

    source_path, n = args
    source = read_source(Path(source_path))
    target = COPIES / f"{source.id}--copy{n:03d}.pdf"
    if not target.exists():
        if n:
            first, _, rest = source.body.partition("\n")
            source.body = f"{first} (copy {n})\n{rest}"
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(build(source))
        os.replace(tmp, target)
    return str(target)


def build_inputs(target_pages: int) -> tuple[Path, int]:
    """A folder of hard links to enough corpus copies for ``target_pages``; returns it and the copy count."""
    import multiprocessing

    import pypdfium2

    corpus_pages = sum(len(pypdfium2.PdfDocument(str(p))) for p in (REPO / "corpus" / "pdfs").glob("*.pdf"))
    copies = max(1, math.ceil(target_pages / corpus_pages))
    folder = WORK / f"input-{copies}"
    sources = sorted((REPO / "corpus" / "sources").glob("*.md"))
    COPIES.mkdir(parents=True, exist_ok=True)
    jobs = [(str(s), n) for n in range(copies) for s in sources]
    t0 = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(CORES) as pool:
        built = pool.map(_build_copy, jobs, chunksize=4)
    folder.mkdir(parents=True, exist_ok=True)
    for path in built:
        link = folder / Path(path).name
        if not link.exists():
            os.link(path, link)
    log(f"inputs: {len(built)} PDFs ({copies} copies of {corpus_pages} pages) in {folder} "
        f"[{time.perf_counter() - t0:.0f}s]")
    return folder, copies


# ---- process measurement ------------------------------------------------------------------------


def _tree_rss_kb(root: int) -> int:
    """Resident memory of ``root`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{entry}/status") as fh:
                kb = next((int(line.split()[1]) for line in fh if line.startswith("VmRSS:")), 0)
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = kb
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[str, float, float]:
    """Run ``cmd``; return its stdout, wall seconds and peak RSS (MB) of its whole process tree."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                            env={**os.environ, **(env or {})})
    peak = [0]

    def sample() -> None:
        while proc.poll() is None:
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"Error: {' '.join(cmd[:3])} exited {proc.returncode}: {err.strip().splitlines()[-1:]}")
    return out, wall, round(peak[0] / 1024, 1)


def govkb_cmd(*args: str) -> list[str]:
    return [sys.executable, "-c", "from govkb.cli import cli; cli()", *args]


def ingest_govkb(folder: Path, home: Path) -> dict:
    shutil.rmtree(home, ignore_errors=True)
    out, wall, peak = run_measured(govkb_cmd("--home", str(home), "ingest", str(folder), "--json",
                                             "--workers", str(CORES)))
    summary = json.loads(out)
    if summary.get("failed"):
        log(f"  govkb: {len(summary['failed'])} files failed, e.g. {summary['failed'][0]}")
    return {"pages": summary["pages"], "words": summary["words"], "chunks": summary["chunks"],
            "documents": summary["documents"], "wall_s": round(wall, 2),
            "pages_per_s": round(summary["pages"] / wall, 2), "words_per_s": round(summary["words"] / wall),
            "stages": summary["seconds"], "peak_rss_mb": peak, "workers": CORES}


def ingest_naive(folder: Path, out_dir: Path) -> dict:
    shutil.rmtree(out_dir, ignore_errors=True)
    out, wall, peak = run_measured([sys.executable, str(REPO / "bench" / "naive.py"), str(folder), str(out_dir)])
    result = json.loads(out)
    result.update(wall_s=round(wall, 2), pages_per_s=round(result["pages"] / wall, 2),
                  words_per_s=round(result["words"] / wall), peak_rss_mb=peak)
    return result


# ---- ask latency --------------------------------------------------------------------------------


def cold_ask(home: Path, qs: list[str], n: int = 5) -> dict:
    times = []
    for q in qs[:n]:
        t0 = time.perf_counter()
        proc = subprocess.run(govkb_cmd("--home", str(home), "ask", q, "--json"), capture_output=True, text=True,
                              cwd=REPO)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"Error: govkb ask exited {proc.returncode}: {proc.stderr.strip()[-200:]}")
    return {"cold_p50_s": round(percentile(times, 50), 3), "cold_all_s": [round(t, 3) for t in times]}


WARM_SCRIPT = """
import json, sys, time
sys.path.insert(0, {bench!r})
from synth import percentile, questions
from qa.search import Searcher
from qa.answer import ask
t0 = time.perf_counter()
s = Searcher({home!r}); s.warm_up()
load = time.perf_counter() - t0
qs = questions(); times = []
for i in range({n}):
    t = time.perf_counter(); ask(s, qs[i % len(qs)], k=5); times.append((time.perf_counter() - t) * 1000)
print(json.dumps({{"p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1),
                  "load_s": round(load, 2)}}))
"""


def warm_ask(home: Path, n: int = 100) -> dict:
    """One process: a Searcher loaded once, then ``n`` questions (the corpus questions, cycled)."""
    script = WARM_SCRIPT.format(bench=str(REPO / "bench"), home=str(home), n=n)
    out, _, peak = run_measured([sys.executable, "-c", script])
    return {**json.loads(out), "rss_mb": peak}


def synthetic_home(n: int) -> Path:
    home = WORK / f"kb-{n // 1000}k"
    if not (home / "vectors.faiss.meta.json").exists():
        shutil.rmtree(home, ignore_errors=True)
        log(f"building a synthetic knowledge base of {n:,} chunks in {home}")
        build_kb(home, n, log=log)
    return home


# ---- extraction ---------------------------------------------------------------------------------


def extraction_speed() -> dict:
    """govkb's extraction vs bare en_core_web_sm over the same texts (the 29 corpus documents)."""
    from extract.speed import words_per_second
    from ingest.parse import parse_file

    docs = [parse_file(p) for p in sorted((REPO / "corpus" / "pdfs").glob("*.pdf"))]
    r = words_per_second(docs, repeat=1)
    return {"words": r["words"], "govkb_words_per_s": r["govkb_extract_documents"],
            "bare_words_per_s": r["bare_en_core_web_sm"],
            "ratio": round(r["govkb_extract_documents"] / r["bare_en_core_web_sm"], 2),
            "bare_same_components_words_per_s": r["bare_ner_only"]}


# ---- report -------------------------------------------------------------------------------------


def run(quick: bool) -> dict:
    started = time.perf_counter()
    folder, copies = build_inputs(300 if quick else 3000)
    log("naive baseline ...")
    naive = ingest_naive(folder, WORK / "naive-out")
    log(f"  {naive['wall_s']}s; govkb ingest (workers={CORES}) ...")
    home = WORK / "home"
    ingest = ingest_govkb(folder, home)
    log(f"  {ingest['wall_s']}s")
    report = {"mode": "quick" if quick else "full", "cores": CORES, "copies": copies,
              "ingest": ingest, "naive": naive,
              "ingest_ratio_vs_naive": round(ingest["wall_s"] / naive["wall_s"], 2)}
    if not quick:  # a second pair in the other order, so drift on a shared machine cancels out
        ingest2 = ingest_govkb(folder, home)
        naive2 = ingest_naive(folder, WORK / "naive-out")
        report["ingest_ratio_vs_naive_2"] = round(ingest2["wall_s"] / naive2["wall_s"], 2)
        report["ingest_ratio_vs_naive"] = round(
            (ingest["wall_s"] + ingest2["wall_s"]) / (naive["wall_s"] + naive2["wall_s"]), 2)
    log("ask latency ...")
    qs = questions()
    ask = cold_ask(home, qs)
    ask["warm"] = {"corpus": warm_ask(home)}
    ask["warm"]["corpus"]["chunks"] = ingest["chunks"]
    for n in (10_000, 100_000):
        ask["warm"][f"{n // 1000}k"] = warm_ask(synthetic_home(n))
    report["ask"] = ask
    log("extraction speed ...")
    report["extract"] = extraction_speed()
    report["bench_wall_s"] = round(time.perf_counter() - started, 1)
    return report


def human(r: dict) -> str:
    g, n = r["ingest"], r["naive"]
    st = g["stages"]
    lines = [
        f"govkb bench ({r['mode']}, {r['cores']} cores): {g['pages']} pages, {g['words']:,} words, {g['chunks']:,} chunks",
        f"ingest  govkb  {g['wall_s']:7.1f} s  {g['pages_per_s']:6.2f} pages/s  {g['words_per_s']:>7,} words/s  "
        f"peak RSS {g['peak_rss_mb']:.0f} MB",
        "        stages (s, summed over workers): " + ", ".join(f"{k} {v:.1f}" for k, v in st.items()),
        f"ingest  naive  {n['wall_s']:7.1f} s  {n['pages_per_s']:6.2f} pages/s  {n['words_per_s']:>7,} words/s  "
        f"peak RSS {n['peak_rss_mb']:.0f} MB  (load {n['load_s']}, parse {n['parse_s']}, embed {n['embed_s']})",
        f"ingest_ratio_vs_naive {r['ingest_ratio_vs_naive']}",
        f"ask     cold p50 {r['ask']['cold_p50_s']:.2f} s (new process)",
    ]
    for name, w in r["ask"]["warm"].items():
        lines.append(f"        warm {name:>6}: p50 {w['p50_ms']:.0f} ms, p95 {w['p95_ms']:.0f} ms (load {w['load_s']} s)")
    e = r["extract"]
    lines.append(f"extract govkb {e['govkb_words_per_s']:,} words/s vs bare en_core_web_sm {e['bare_words_per_s']:,} "
                 f"(ratio {e['ratio']})")
    lines.append(f"bench wall {r['bench_wall_s']} s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="~300 pages instead of ~3,000")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    report = run(args.quick)
    print(json.dumps(report, indent=1) if args.json else human(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
