"""The query encoder (numpy) gives the ingest encoder's (sentence-transformers) vectors."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from tests.conftest import REPO

TEXTS = [
    "Who prepares the Usolye-Sibirskoye application, and by when?",
    "deadline",
    "The Ministry of Economic Development of the Russian Federation, together with the Monotowns "
    "Development Fund, shall submit to the Government proposals on the extension of the programme "
    "by 1 December 2016, and report quarterly thereafter. " * 8,  # well over 128 and 256 tokens
    "Правительство Российской Федерации постановляет",
    "2.1. Table row | No. | Measure | Responsible | Deadline",
    "'); DROP TABLE chunks; -- NEAR(a b) \"quoted\" *",
]


def test_query_vectors_equal_ingest_vectors(doc_encoder, query_encoder):
    a = doc_encoder.encode(TEXTS)
    b = query_encoder.encode(TEXTS)
    assert a.shape == b.shape == (len(TEXTS), 384)
    assert a.dtype == b.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    cosines = (a * b).sum(axis=1)
    assert cosines.min() >= 0.9999, cosines


def test_query_encoder_batches_like_single(query_encoder):
    together = query_encoder.encode(TEXTS, batch_size=4)
    alone = np.vstack([query_encoder.encode([t]) for t in TEXTS])
    assert ((together * alone).sum(axis=1) >= 0.99999).all()


def test_query_encoder_imports_no_torch_and_is_quick():
    code = (
        "import json, sys, time; t = time.perf_counter();"
        "from index.embed import load_query_encoder;"
        "v = load_query_encoder().encode(['what is due from the Ministry of Finance this quarter?']);"
        "print(json.dumps({'s': time.perf_counter() - t, 'torch': 'torch' in sys.modules,"
        " 'st': 'sentence_transformers' in sys.modules, 'shape': list(v.shape)}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["shape"] == [1, 384]
    assert not result["torch"] and not result["st"]
    assert result["s"] < 3.0, result  # ~0.5-1 s here; generous for a shared, noisy machine
