"""The naive baseline a typical RAG tutorial builds: pypdfium2 text, 200-word chunks, MiniLM, flat FAISS.

Run as a separate process by bench/run.py so that it pays its own start-up like govkb does:
``python bench/naive.py FOLDER OUT_DIR`` prints one JSON object with its timings.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def chunks_of(text: str, size: int = 200) -> list[str]:
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


def main(folder: str, out_dir: str) -> dict:
    t0 = time.perf_counter()
    import faiss
    import numpy as np
    import pypdfium2
    from sentence_transformers import SentenceTransformer

    from index.embed import model_dir  # the same model files govkb uses

    model = SentenceTransformer(str(model_dir()), device="cpu")
    t_load = time.perf_counter()
    texts: list[str] = []
    pages = words = 0
    for path in sorted(Path(folder).rglob("*.pdf")):
        try:
            pdf = pypdfium2.PdfDocument(str(path))
        except Exception:
            continue
        doc_text = []
        for page in pdf:
            tp = page.get_textpage()
            doc_text.append(tp.get_text_range())
            pages += 1
        pdf.close()
        text = "\n".join(doc_text)
        words += len(text.split())
        texts.extend(chunks_of(text))
    t_parse = time.perf_counter()
    vectors = model.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
    t_embed = time.perf_counter()
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.asarray(vectors, dtype="float32"))
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    faiss.write_index(index, str(Path(out_dir) / "naive.faiss"))
    (Path(out_dir) / "naive_chunks.json").write_text(json.dumps(texts))
    t_end = time.perf_counter()
    return {
        "wall_s": round(t_end - t0, 3),
        "load_s": round(t_load - t0, 3),
        "parse_s": round(t_parse - t_load, 3),
        "embed_s": round(t_embed - t_parse, 3),
        "write_s": round(t_end - t_embed, 3),
        "pages": pages,
        "words": words,
        "chunks": len(texts),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2])))
