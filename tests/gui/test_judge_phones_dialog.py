"""“Let judges score on their phones” end to end in the GUI: start the server from the Contests
page, read each judge's QR code off the screen, score from a 'phone' over HTTP, watch the
progress board move, stop it (and it stops when another database is opened)."""

from __future__ import annotations

import io
import json
import os
import socket
import tempfile
import urllib.request
from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtWidgets import QFrame, QLabel

from ssc_desktop.views.dialogs.judge_phones_dialog import JudgePhonesDialog

# Screenshots go to $SSC_SCREENSHOTS when set (SSC_SCREENSHOTS=docs refreshes the README's), else /tmp.
DOCS = Path(os.environ.get("SSC_SCREENSHOTS") or tempfile.gettempdir())


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def decoded(label: QLabel) -> list[str]:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    label.pixmap().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data())))
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def post(url: str, body: dict, session: str = "") -> dict:
    request = urllib.request.Request(
        url,
        json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {session}"},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())


def test_phones_from_the_contests_page(main_window, demo_copy, qtbot, tmp_path: Path) -> None:
    assert main_window.open_database(demo_copy)
    main_window.show()
    main_window.show_area("dashboard")  # built and read: it shows the contests' winners
    main_window.show_area("contests")
    page = main_window.contests_page
    assert page.phones_button.text() == "Let judges score on their phones…"
    qtbot.mouseClick(page.phones_button, Qt.MouseButton.LeftButton)
    dialog = page.findChildren(JudgePhonesDialog)[-1]
    assert dialog.status.text() == "The judges' server is stopped." and not dialog.stop_button.isEnabled()
    dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
    port = free_port()
    dialog.port.setValue(port)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    try:
        assert f"Serving at http://127.0.0.1:{port}" in dialog.status.text()
        assert page.phones_button.text() == "Judges' phones: serving…"
        cards = [c for c in dialog.cards.findChildren(QFrame) if c.property("judge_url")]
        judges = page.services.contests.list_judges(page.contest.id)
        assert len(cards) == len(judges) == 5
        urls = [c.property("judge_url") for c in cards]
        assert len(set(urls)) == 5
        for card in cards:  # the QR on the screen is the card's own link
            qr = [label for label in card.findChildren(QLabel) if label.pixmap() and not label.pixmap().isNull()][0]
            assert decoded(qr) == [card.property("judge_url")]
        assert dialog.write_cards(str(tmp_path / "cards.pdf"))
        assert (tmp_path / "cards.pdf").read_bytes().startswith(b"%PDF") and "cards are in" in dialog.status.text()
        dialog.resize(1366, 768)
        qtbot.waitUntil(lambda: all(c.isVisible() for c in cards))
        dialog.grab().save(str(DOCS / "contests-judge-phones.png"))

        # A judge who still owes scores scores one entry from the 'phone'; the board shows it within seconds.
        late = next(p for p in page.services.contests.progress(page.contest.id) if p.done < p.assigned)
        number = [j.id for j in judges].index(late.id) + 1
        url = urls[[j.id for j in judges].index(late.id)]
        session = post(url + "/login", {"pin": str(number) * 4})["session"]
        with urllib.request.urlopen(
            urllib.request.Request(url + "/work", headers={"Authorization": f"Bearer {session}"}), timeout=5
        ) as response:
            work = json.loads(response.read())
        entry = next(e for e in work["entries"] if not e["complete"])
        values = {str(c["id"]): c["max"] for c in work["criteria"]}
        page.tabs.setCurrentIndex(3)
        before = next(p for p in page.progress_tab.progress_model.rows() if p.id == late.id).done
        main_window.tasks.wait_for_all(10000)
        assert not main_window.reads_again_when_shown(main_window.dashboard_page)
        assert post(url + "/scores", {"entry": entry["id"], "values": values}, session)["complete"] is True
        qtbot.waitUntil(
            lambda: next(p for p in page.progress_tab.progress_model.rows() if p.id == late.id).done == before + 1,
            timeout=5000,
        )
        # ... and the pages showing contests hear of it (the dashboard's winners, the certificates).
        assert main_window.reads_again_when_shown(main_window.dashboard_page)
        assert any(r.source == "phone" for r in page.progress_tab.audit_model.rows())

        # Closing the dialog leaves the server serving; Stop (or another database) ends it.
        dialog.close()
        assert page.phones.running
        reopened = page.judge_phones()
        assert reopened.stop_button.isEnabled()
        qtbot.mouseClick(reopened.stop_button, Qt.MouseButton.LeftButton)
        assert not page.phones.running and page.phones_button.text() == "Let judges score on their phones…"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            raise AssertionError("the port still answers after Stop")
        except OSError:
            pass
        reopened.start()
        assert page.phones.running
        assert main_window.open_database(demo_copy)
        assert not page.phones.running
    finally:
        page.phones.stop()


def test_a_taken_port_is_a_message_not_a_crash(main_window, demo_copy, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ssc_desktop.views.dialogs.judge_phones_dialog import JudgePhonesDialog

    assert main_window.open_database(demo_copy)
    main_window.show_area("contests")
    page = main_window.contests_page
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        dialog = JudgePhonesDialog(page.services, page.contest, page.phones, page)
        dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
        dialog.port.setValue(taken.getsockname()[1])
        assert dialog.start() is False
    assert len(shown) == 1 and "the port is in use" in shown[0] and "Choose another port" in shown[0]
    assert not page.phones.running


def test_contests_page_screenshot_with_the_phones_button(main_window, demo_copy, qtbot) -> None:
    assert main_window.open_database(demo_copy)
    main_window.resize(1366, 768)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.show_area("contests")
    page = main_window.contests_page
    page.tabs.setCurrentIndex(3)
    qtbot.wait(50)
    button = page.phones_button
    assert button.isVisible() and button.isEnabled()
    # The header's buttons all fit: none is squeezed below its text.
    for widget in (page.new_button, page.edit_button, page.judge_button, button, page.export_button, page.lock_button):
        assert widget.width() >= widget.sizeHint().width() - 2, widget.text()
    main_window.grab().save(str(DOCS / "contests-progress-phones.png"))


def test_closing_the_app_stops_the_judges_server(main_window, demo_copy, qtbot) -> None:
    assert main_window.open_database(demo_copy)
    main_window.show()
    main_window.show_area("contests")
    page = main_window.contests_page
    dialog = page.judge_phones()
    dialog.network.setCurrentIndex(dialog.network.findData("127.0.0.1"))
    port = free_port()
    dialog.port.setValue(port)
    try:
        assert dialog.start() and page.phones.running
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        main_window.close()
        assert not page.phones.running
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            raise AssertionError("the port still answers after the app closed")
        except OSError:
            pass
    finally:
        page.phones.stop()
