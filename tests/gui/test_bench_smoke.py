"""Smoke test of the bench: the members_view case runs in-process and yields figures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math
import sys
from pathlib import Path

import pytest

# bench/ sits at the top of the repository and is not installed.
_ROOT = str(Path(__file__).resolve().parents[2])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from bench.cases import members_view  # noqa: E402
from bench.core import format_figure  # noqa: E402

pytestmark = pytest.mark.gui


def test_members_view_case_returns_figures(qapp, tmp_path) -> None:
    style_sheet = qapp.styleSheet()

    figures = members_view.run_in_process(2000, tmp_path, qapp)

    by_key = {figure.key: figure for figure in figures}
    assert {"load_ms", "first_paint_ms", "keystroke_median_ms", "keystroke_p95_ms", "rss_mb", "hwm_mb"} <= set(by_key)
    for figure in figures:
        assert figure.value is not None and math.isfinite(figure.value) and figure.value > 0, figure
        assert figure.raw is not None and figure.raw > 0, figure
        assert figure.ratio is not None
        assert figure.case in format_figure(figure)
    assert by_key["first_paint_ms"].target == members_view.FIRST_PAINT_TARGET_MS
    # The case leaves the shared QApplication's look as it found it.
    assert qapp.styleSheet() == style_sheet


def test_every_case_finds_what_it_imports_on_this_install() -> None:
    """`python -m bench` runs every case on a fresh install: nothing a case imports may be missing."""
    import ast
    import importlib.util

    from bench import cases

    missing = []
    for name in cases.CASES:
        path = Path(_ROOT) / "bench" / "cases" / f"{name}.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module]
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module
                else []
            )
            missing += [
                f"{name}: {module}" for module in modules if importlib.util.find_spec(module.split(".")[0]) is None
            ]
    assert missing == []


def test_qr_decode_case_runs(tmp_path) -> None:
    """The webcam case needs numpy and Pillow, which the test install brings."""
    import json
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "qr_decode", "--json"],
        cwd=_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    figures = [figure for case in json.loads(done.stdout)["cases"] for figure in case["figures"]]
    assert {figure["key"] for figure in figures} >= {"frame_median_ms"}
    assert all(figure["value"] > 0 for figure in figures)
