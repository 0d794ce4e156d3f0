"""bench/: copies differ from the original by their title, synthetic bases are searchable, RSS sampling works."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import run as bench_run  # noqa: E402
import synth  # noqa: E402

SOURCE = REPO / "corpus" / "sources" / "minutes-kemerovo-2017-02-14.md"


def test_copy_has_its_number_in_the_title_and_other_bytes(tmp_path, monkeypatch):
    from corpus.build import page_texts

    monkeypatch.setattr(bench_run, "COPIES", tmp_path)
    original = Path(bench_run._build_copy((str(SOURCE), 0))).read_bytes()
    copy = Path(bench_run._build_copy((str(SOURCE), 3))).read_bytes()
    assert original != copy
    first_original, first_copy = page_texts(original)[0], page_texts(copy)[0]
    assert "(copy 3)" in first_copy and "(copy" not in first_original
    assert first_copy.replace(" (copy 3)", "") == first_original


def test_synthetic_kb_is_searchable(tmp_path):
    from qa.search import Searcher

    built = synth.build_kb(tmp_path, 500, batch=200, log=lambda m: None)
    assert built["chunks"] == 500 and built["kind"] == "flat" and not built["cut_by_budget"]
    searcher = Searcher(tmp_path)
    hits = searcher.search("monotowns development fund", k=5, mode="bm25")
    assert hits and all(1 <= h.chunk_id <= 500 for h in hits)
    assert len(searcher.dense("anything", 5)) == 5


def test_build_budget_stops_early_and_says_so(tmp_path):
    built = synth.build_kb(tmp_path, 1000, batch=100, budget_s=0, log=lambda m: None)
    assert built["chunks"] == 100 and built["cut_by_budget"]


def test_tree_rss_counts_children():
    import subprocess

    # the child says when its 200 MB are allocated (a fixed sleep was too short on a loaded machine)
    child = subprocess.Popen([sys.executable, "-c", "import sys, time; x = bytearray(200 * 2**20); x[::4096] = b'1' * "
                              "len(x[::4096]); print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        own = bench_run._tree_rss_kb(os.getpid())
        assert own - bench_run._tree_rss_kb(child.pid) > 0
        assert bench_run._tree_rss_kb(child.pid) > 150 * 1024
        assert own > 150 * 1024
    finally:
        child.kill()
        child.wait()


def test_percentile():
    assert synth.percentile([1, 2, 3, 4, 100], 50) == 3
    assert synth.percentile(list(range(101)), 95) == pytest.approx(95)
