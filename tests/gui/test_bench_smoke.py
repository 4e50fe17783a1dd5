"""Smoke test of the bench: the members_view case runs in-process and yields figures."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import math  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

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
