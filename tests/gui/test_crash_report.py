from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from ssc_desktop.views.crash_report import install_exception_hook

pytestmark = pytest.mark.gui


def test_unexpected_error_is_logged_and_shown(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    previous = sys.excepthook
    log_file = tmp_path / "logs" / "ssc-desktop.log"
    try:
        install_exception_hook(log_file)
        try:
            raise RuntimeError("the printer caught fire")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert "the printer caught fire" in log_file.read_text(encoding="utf-8")
    assert len(shown) == 1
    text, details = shown[0]
    assert "the printer caught fire" in text and str(log_file) in text
    assert "Traceback" in details
