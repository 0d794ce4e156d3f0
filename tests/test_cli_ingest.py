"""The ingest CLI as cron runs it: help without heavy imports, exit codes, kill -9 and overlap."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from govkb.cli import cli
from index.check import check
from index.pipeline import run_ingest
from tests.conftest import REPO
from tests.test_pipeline import SMALL, bad_files, snapshot  # noqa: F401  (bad_files is a fixture)

HEAVY = ("torch", "spacy", "faiss", "pdfplumber", "pypdfium2", "sentence_transformers", "numpy", "sqlite_utils")
GOVKB = [sys.executable, "-c", "from govkb.cli import cli; cli()"]


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(REPO / "corpus" / "pdfs" / name, folder / name)
    return folder


@pytest.mark.parametrize("args", [["--help"], ["ingest", "--help"], ["check", "--help"], ["docs", "--help"]])
def test_help_is_instant_and_imports_nothing_heavy(args):
    code = (
        "import sys, time, json; t = time.perf_counter(); from govkb.cli import cli\n"
        f"try: cli({args!r})\nexcept SystemExit: pass\n"
        f"print(json.dumps({{'s': time.perf_counter() - t, 'heavy': [m for m in {HEAVY!r} if m in sys.modules]}}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["heavy"] == []
    assert result["s"] < 0.5, result


def test_every_command_documents_exit_codes_and_has_help():
    runner = CliRunner()
    out = runner.invoke(cli, ["ingest", "--help"]).output
    for code in ("0 ", "1 ", "2 ", "75"):
        assert f"  {code}" in out
    for name in ("docs", "status", "check"):
        assert runner.invoke(cli, [name, "--help"]).exit_code == 0


def test_cli_bad_batch_exits_1_names_each_file_and_ingests_the_good(corpus_copy, bad_files, govkb_home):
    runner = CliRunner(mix_stderr=False) if "mix_stderr" in CliRunner.__init__.__code__.co_varnames else CliRunner()
    result = runner.invoke(cli, ["ingest", "--json", "--workers", "1", str(corpus_copy / SMALL[0]),
                                 *map(str, bad_files)])
    assert result.exit_code == 1, result.output
    summary = json.loads(result.stdout)
    assert {"added", "updated", "unchanged", "failed", "run_id"} <= set(summary)
    assert len(summary["added"]) == 1 and len(summary["failed"]) == 5
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert sorted(ln.split(": ", 1)[0] for ln in lines) == sorted(map(str, bad_files))
    assert "Traceback" not in result.stderr
    status = runner.invoke(cli, ["status", "--json"])
    assert json.loads(status.stdout)["last_run"]["status"] == "partial"
    docs = json.loads(runner.invoke(cli, ["docs", "--json"]).stdout)
    assert len(docs) == 1 and docs[0]["chunks"] > 0 and docs[0]["pages"] >= 1
    assert runner.invoke(cli, ["check"]).exit_code == 0
    human = runner.invoke(cli, ["status"])
    assert human.exit_code == 0 and "partial" in human.stdout and "empty.pdf" in human.stdout
    listing = runner.invoke(cli, ["docs"])
    assert listing.exit_code == 0 and "order" in listing.stdout


def test_usage_error_exits_2():
    assert CliRunner().invoke(cli, ["ingest"]).exit_code == 2


def _wait_for(predicate, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


def _documents(home: Path) -> int:
    try:
        conn = sqlite3.connect(home / "govkb.db", timeout=1)
        try:
            return conn.execute("select count(*) from documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_kill_9_mid_run_then_rerun_equals_a_clean_run(corpus_copy, tmp_path, doc_encoder):
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    env = {**os.environ, "GOVKB_HOME": str(killed)}
    proc = subprocess.Popen([*GOVKB, "ingest", "--quiet", "--workers", "1", str(corpus_copy)], cwd=REPO, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: _documents(killed) >= 1 or proc.poll() is not None)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert _documents(killed) < len(SMALL), "killed before the end"
    again = run_ingest([corpus_copy], home=killed, workers=1, encoder=doc_encoder)
    assert again.crashed_runs and not again.failed
    run_ingest([corpus_copy], home=clean, workers=1, encoder=doc_encoder)
    assert snapshot(killed) == snapshot(clean)
    assert check(killed).ok


@pytest.mark.slow
def test_overlapping_runs_end_as_one_and_a_busy_lock_exits_75(corpus_copy, tmp_path, doc_encoder):
    home, single = tmp_path / "home", tmp_path / "single"
    env = {**os.environ, "GOVKB_HOME": str(home)}
    first = subprocess.Popen([*GOVKB, "ingest", "--quiet", "--workers", "1", str(corpus_copy)], cwd=REPO, env=env,
                             stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: (home / "ingest.lock").exists() and (home / "ingest.lock").read_text().strip() != "")
    busy = subprocess.run([*GOVKB, "ingest", "--quiet", str(corpus_copy)], cwd=REPO, env=env,
                          capture_output=True, text=True)
    second = subprocess.run([*GOVKB, "ingest", "--json", "--wait", "300", "--workers", "1", str(corpus_copy)],
                            cwd=REPO, env=env, capture_output=True, text=True)
    first.wait()
    assert busy.returncode == 75, busy.stderr
    assert busy.stderr.strip().startswith("Error: another ingest is running (pid ")
    assert first.returncode == 0 and second.returncode == 0, second.stderr
    assert len(json.loads(second.stdout)["unchanged"]) == len(SMALL)
    run_ingest([corpus_copy], home=single, workers=1, encoder=doc_encoder)
    assert snapshot(home) == snapshot(single)
    assert check(home).ok


def test_check_fails_on_a_lost_index_and_repair_fixes_it(corpus_copy, govkb_home, doc_encoder):
    run_ingest([corpus_copy / SMALL[0]], home=govkb_home, workers=1, encoder=doc_encoder)
    runner = CliRunner()
    assert runner.invoke(cli, ["check"]).exit_code == 0
    (govkb_home / "vectors.faiss").unlink()
    broken = runner.invoke(cli, ["check", "--json"])
    assert broken.exit_code == 1
    report = json.loads(broken.stdout)
    assert not report["ok"] and report["missing"] == report["chunks"] > 0
    fixed = runner.invoke(cli, ["check", "--repair", "--json"])
    assert fixed.exit_code == 0, fixed.output
    assert json.loads(fixed.stdout)["repaired"]["embedded"] == report["chunks"]
    assert runner.invoke(cli, ["check"]).exit_code == 0
