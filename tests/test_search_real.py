"""The real query path: numpy MiniLM query encoder, a FAISS index on disk, and `govkb ask` in a new
process without torch, sentence-transformers or spaCy."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import numpy as np
import pytest

from govkb.config import db_path, faiss_path
from qa.search import Searcher
from tests.test_search import CHUNKS, build_db

QUESTION = "Which ministry pays the money to the fund, and when?"


@pytest.fixture()
def real_home(govkb_home, query_encoder):
    from index.vectors import VectorIndex

    build_db(db_path(govkb_home)).close()
    vectors = VectorIndex.open(faiss_path(govkb_home))
    vectors.add(np.array([c[0] for c in CHUNKS], dtype=np.int64), query_encoder.encode([c[4] for c in CHUNKS]))
    vectors.save()
    return govkb_home


def test_dense_and_hybrid_with_real_vectors(real_home, query_encoder):
    searcher = Searcher(real_home, encoder=query_encoder)
    dense = searcher.search(QUESTION, k=3, mode="dense")
    assert dense[0].chunk_id == 2 and 0.0 < dense[0].score <= 1.0
    hybrid = searcher.search(QUESTION, k=3, mode="hybrid")
    assert hybrid[0].chunk_id == 2


def test_cold_ask_in_a_new_process(real_home):
    code = (
        "import sys, time, json; t=time.perf_counter();"
        "from govkb.cli import cli;"
        "from click.testing import CliRunner;"
        f"r = CliRunner().invoke(cli, ['ask', {QUESTION!r}, '--json']);"
        "heavy = sorted(m for m in ('torch', 'sentence_transformers', 'spacy', 'transformers') if m in sys.modules);"
        "print(json.dumps({'seconds': time.perf_counter() - t, 'heavy': heavy, 'exit': r.exit_code, 'out': r.output}))"
    )
    env = {**os.environ, "GOVKB_HOME": str(real_home)}
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    wall = time.perf_counter() - start
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["exit"] == 0 and report["heavy"] == []
    assert json.loads(report["out"])["hits"][0]["clause"] == "3"
    print(f"cold ask: {wall:.2f} s wall, {report['seconds']:.2f} s in process")
    assert wall <= 3.0  # the 1.5 s target is measured by bench/; allow for a loaded test machine
