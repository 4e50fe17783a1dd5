"""Dialog for adding or editing a programme item: when, where, what, and who speaks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import ProgrammeKind
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.events import EventSummary, zone
from ssc_desktop.services.programme import ItemDraft, ProgrammeItemRow, SpeakerDraft, validate_item
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill, word


def speaker_text(speaker: SpeakerDraft, member_names: dict[int, str] | None = None) -> str:
    native, latin = speaker.native_name, speaker.name
    if speaker.member_id is not None and not (native or latin) and member_names:
        return member_names.get(speaker.member_id, "")
    name = f"{native} {latin}".strip() if native and native != latin else (latin or native)
    return f"{name} — {speaker.affiliation}" if speaker.affiliation else name


class GuestDialog(QDialog):
    """A guest speaker: name, name in own script, affiliation, short bio."""

    def __init__(self, guest: SpeakerDraft | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guest speaker"))
        self.setMinimumWidth(440)
        guest = guest or SpeakerDraft()
        self.name = QLineEdit(guest.name)
        self.name.setPlaceholderText(self.tr("e.g. Kenichi Sato"))
        self.native_name = QLineEdit(guest.native_name)
        self.native_name.setPlaceholderText(self.tr("e.g. 佐藤 健一"))
        self.affiliation = QLineEdit(guest.affiliation)
        self.bio = QPlainTextEdit(guest.bio)
        self.bio.setFixedHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Name (Latin letters):"), self.name)
        form.addRow(self.tr("Name in own script:"), self.native_name)
        form.addRow(self.tr("Affiliation:"), self.affiliation)
        form.addRow(self.tr("Short bio:"), self.bio)
        self.error = lay_out_form(self, form, on_save=self.accept).error

    def speaker(self) -> SpeakerDraft:
        return SpeakerDraft(
            None,
            self.name.text().strip(),
            self.native_name.text().strip(),
            self.affiliation.text().strip(),
            self.bio.toPlainText().strip(),
        )

    def accept(self) -> None:
        if not (self.name.text().strip() or self.native_name.text().strip()):
            self.error.setText(self.tr("A guest needs a name."))
            self.error.show()
            return
        super().accept()


class MemberPickerDialog(QDialog):
    """Choose a member from the roster by typing part of a name, e-mail or affiliation."""

    def __init__(self, services: ServiceSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Choose a member"))
        self.setMinimumSize(520, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name (any script), e-mail or affiliation…"))
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.textChanged.connect(self._refresh)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Members found"))
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add speaker"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self._refresh("")

    def _refresh(self, text: str) -> None:
        self.results.clear()
        for member in self.services.members.list_members(search=text, limit=60):
            native = f"{member.native_name} " if member.native_name else ""
            label = f"{native}{member.latin_name} — {member.affiliation or member.country} ({member.email})"
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, member.id)
            self.results.addItem(entry)
        if self.results.count():
            self.results.setCurrentRow(0)

    def chosen_member_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class ProgrammeItemDialog(QDialog):
    """Adds (item None) or edits an item of event's programme; saved holds the stored item."""

    def __init__(
        self,
        services: ServiceSet,
        event: EventSummary,
        item: ProgrammeItemRow | None = None,
        rooms: list[str] | None = None,
        default_start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.programme_event = event
        self.item = item
        self.saved: ProgrammeItemRow | None = None
        self._speakers: list[SpeakerDraft] = list(item.draft().speakers) if item else []
        self.setWindowTitle(self.tr("Edit programme item") if item else self.tr("New programme item"))
        self.setMinimumWidth(600)
        tz = zone(event.timezone)

        self.title = QLineEdit(item.title if item else "")
        self.title.setPlaceholderText(self.tr("e.g. Opening keynote"))
        self.kind = QComboBox()
        for kind in ProgrammeKind:
            self.kind.addItem(word(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(item.kind if item else ProgrammeKind.ALUMNI_TALK))
        self.room = QComboBox()
        self.room.setEditable(True)
        self.room.addItems(rooms or [])
        self.room.setCurrentText(item.room if item else "")
        assert (line_edit := self.room.lineEdit()) is not None  # an editable combo box
        line_edit.setPlaceholderText(self.tr("Room or track"))
        if item is not None:
            start, end = item.starts_at.astimezone(tz), item.ends_at.astimezone(tz)
        else:
            start = (default_start or event.starts_at).astimezone(tz)
            end = start + timedelta(hours=1)
        self.day = QDateEdit(QDate(start.year, start.month, start.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setAccessibleName(self.tr("Day"))
        self.starts = QTimeEdit(QTime(start.hour, start.minute))
        self.ends = QTimeEdit(QTime(end.hour, end.minute))
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
            self.starts.setAccessibleName(self.tr("Starts at"))
            self.ends.setAccessibleName(self.tr("Ends at"))
        times = QHBoxLayout()
        times.addWidget(self.day)
        times.addWidget(QLabel(self.tr("from")))
        times.addWidget(self.starts)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.ends)
        times.addWidget(QLabel(fill(self.tr("(%1)"), event.timezone)))
        times.addStretch(1)
        self.description = QPlainTextEdit(item.description if item else "")
        self.description.setFixedHeight(70)

        self.speaker_list = QListWidget()
        self.speaker_list.setAccessibleName(self.tr("Speakers"))
        self.speaker_list.setMinimumHeight(120)
        self.speaker_list.itemDoubleClicked.connect(lambda _i: self.edit_speaker())
        speaker_buttons = QVBoxLayout()
        self.add_member_button = QPushButton(self.tr("Add member…"))
        self.add_member_button.clicked.connect(self.add_member)
        self.add_guest_button = QPushButton(self.tr("Add guest…"))
        self.add_guest_button.clicked.connect(lambda: self.add_guest())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_speaker)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_speaker(-1))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_speaker(1))
        for button in (
            self.add_member_button,
            self.add_guest_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            speaker_buttons.addWidget(button)
        speaker_buttons.addStretch(1)
        speakers = QHBoxLayout()
        speakers.addWidget(self.speaker_list, 1)
        speakers.addLayout(speaker_buttons)

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Room or track:"), self.room)
        form.addRow(self.tr("When:"), times)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Speakers:"), speakers)
        self.error = lay_out_form(
            self, form, save_text=self.tr("Save") if item else self.tr("Add item"), on_save=self.accept
        ).error
        self._show_speakers()

    # -- speakers -----------------------------------------------------------------
    def _show_speakers(self) -> None:
        self.speaker_list.clear()
        for speaker in self._speakers:
            label = speaker_text(speaker)
            if speaker.member_id is None:
                label = fill(self.tr("%1 (guest)"), label)
            self.speaker_list.addItem(label)

    def speakers(self) -> list[SpeakerDraft]:
        return list(self._speakers)

    def add_speaker(self, speaker: SpeakerDraft) -> None:
        self._speakers.append(speaker)
        self._show_speakers()
        self.speaker_list.setCurrentRow(len(self._speakers) - 1)

    def add_member(self) -> None:
        picker = MemberPickerDialog(self.services, self)
        if picker.exec() and (member_id := picker.chosen_member_id()) is not None:
            member = self.services.members.get_member(member_id)
            self.add_speaker(SpeakerDraft(member.id, member.latin_name, member.native_name, member.affiliation))

    def add_guest(self, guest: SpeakerDraft | None = None) -> None:
        dialog = GuestDialog(guest, self)
        if dialog.exec():
            self.add_speaker(dialog.speaker())

    def edit_speaker(self) -> None:
        row = self.speaker_list.currentRow()
        if 0 <= row < len(self._speakers) and self._speakers[row].member_id is None:
            dialog = GuestDialog(self._speakers[row], self)
            if dialog.exec():
                self._speakers[row] = dialog.speaker()
                self._show_speakers()

    def remove_speaker(self) -> None:
        row = self.speaker_list.currentRow()
        if 0 <= row < len(self._speakers):
            del self._speakers[row]
            self._show_speakers()

    def move_speaker(self, step: int) -> None:
        row = self.speaker_list.currentRow()
        target = row + step
        if 0 <= row < len(self._speakers) and 0 <= target < len(self._speakers):
            self._speakers[row], self._speakers[target] = self._speakers[target], self._speakers[row]
            self._show_speakers()
            self.speaker_list.setCurrentRow(target)

    # -- saving -----------------------------------------------------------------------
    def _moment(self, edit: QTimeEdit) -> datetime:
        day, clock = self.day.date(), edit.time()
        local = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=zone(self.programme_event.timezone)
        )
        return local.astimezone(timezone.utc)

    def draft(self) -> ItemDraft:
        return validate_item(
            ItemDraft(
                starts_at=self._moment(self.starts),
                ends_at=self._moment(self.ends),
                title=self.title.text(),
                room=self.room.currentText(),
                kind=ProgrammeKind(self.kind.currentData()),
                description=self.description.toPlainText(),
                speakers=tuple(self._speakers),
            )
        )

    def accept(self) -> None:
        try:
            draft = self.draft()
            if self.item is None:
                self.saved = self.services.programme.add_item(self.programme_event.id, draft)
            else:
                self.saved = self.services.programme.update_item(self.item.id, draft)
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        super().accept()
