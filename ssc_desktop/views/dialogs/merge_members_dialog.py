"""Merging two records of one person: side by side, a choice per field, then one record.

MergeMembersDialog(member_service, first_id, second_id, parent) shows both records;
the person chooses which record stays (its registrations and check-ins are kept, the
other's move to it) and, per field, whose value to keep. Merge runs the merge (one
transaction) and leaves the MergeResult in result_value.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services.members import EDITABLE_FIELDS, MemberDraft, MemberService, MergePreview, MergeResult
from ssc_desktop.views.labels import error_text, fill, word

ERROR_STYLE = "color: #b42318;"


class MergeMembersDialog(QDialog):
    def __init__(self, members: MemberService, first_id: int, second_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.members = members
        self.ids = (first_id, second_id)
        self.keep_id = first_id
        self.result_value: MergeResult | None = None
        self.preview: MergePreview | None = None
        # Field -> id of the member whose value the merged record takes.
        self.chosen: dict[str, int] = {}
        # Fields the person chose by hand; the others follow the record that stays.
        self.touched: set[str] = set()
        self._updating = False
        self.setWindowTitle(self.tr("Merge two member records"))
        self.setMinimumWidth(760)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These two records become one. Choose the record that stays, and for each field the value to keep. "
                "The other record's registrations, check-ins and programme slots move to the one that stays; "
                "then it is deleted. This cannot be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        frame = QFrame()
        frame.setObjectName("Card")
        frame.setLayout(self.grid)
        layout.addWidget(frame)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("Primary")
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.keep_group = QButtonGroup(self)
        self.field_groups: dict[str, QButtonGroup] = {}
        self.field_buttons: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self._load()

    # -- building ----------------------------------------------------------------------------------
    def _load(self) -> None:
        try:
            self.preview = self.members.merge_preview(self.keep_id, self._other(self.keep_id))
        except DomainError as error:
            self._fail(error)
            self.merge_button.setEnabled(False)
            return
        self._take_defaults()
        self._build_grid()
        self._show_summary()

    def _take_defaults(self) -> None:
        assert self.preview is not None
        for name, choice in self.preview.default_choices.items():
            if name not in self.touched:
                self.chosen[name] = self.keep_id if choice == "keep" else self._other(self.keep_id)

    def _other(self, member_id: int) -> int:
        return self.ids[1] if member_id == self.ids[0] else self.ids[0]

    def _drafts(self) -> dict[int, MemberDraft]:
        assert self.preview is not None
        return {self.preview.keep_summary.id: self.preview.keep, self.preview.remove_summary.id: self.preview.remove}

    def _summaries(self) -> dict:
        assert self.preview is not None
        return {
            self.preview.keep_summary.id: self.preview.keep_summary,
            self.preview.remove_summary.id: self.preview.remove_summary,
        }

    def _build_grid(self) -> None:
        drafts, summaries = self._drafts(), self._summaries()
        first, second = self.ids
        bold = "font-weight: 600;"
        header_field = QLabel(self.tr("Field"))
        header_field.setStyleSheet(bold)
        self.grid.addWidget(header_field, 0, 0)
        for column, member_id in ((1, first), (2, second)):
            title = QLabel(fill(self.tr("Record %1"), member_id))
            title.setStyleSheet(bold)
            self.grid.addWidget(title, 0, column)

        keep_label = QLabel(self.tr("Record that stays:"))
        keep_label.setStyleSheet(bold)
        self.grid.addWidget(keep_label, 1, 0)
        self.keep_buttons: dict[int, QRadioButton] = {}
        for column, member_id in ((1, first), (2, second)):
            summary = summaries[member_id]
            button = QRadioButton(summary.native_name or summary.latin_name)
            button.setChecked(member_id == self.keep_id)
            button.toggled.connect(lambda on, member_id=member_id: self._keep_changed(member_id) if on else None)
            self.keep_group.addButton(button)
            self.keep_buttons[member_id] = button
            self.grid.addWidget(button, 1, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #e3e6ee;")
        self.grid.addWidget(line, 2, 0, 1, 3)

        for row, name in enumerate(EDITABLE_FIELDS, start=3):
            self.grid.addWidget(QLabel(self._field_title(name) + ":"), row, 0)
            values = {
                member_id: self._value_text(name, drafts[member_id], summaries[member_id]) for member_id in self.ids
            }
            same = getattr(drafts[first], name) == getattr(drafts[second], name)
            group = QButtonGroup(self)
            pair = []
            for column, member_id in ((1, first), (2, second)):
                button = QRadioButton(values[member_id] or "—")
                button.setToolTip(values[member_id])
                button.setChecked(self.chosen[name] == member_id)
                button.setEnabled(not same)
                button.toggled.connect(
                    lambda on, name=name, member_id=member_id: self._choose(name, member_id) if on else None
                )
                group.addButton(button)
                pair.append(button)
                self.grid.addWidget(button, row, column)
            self.field_groups[name] = group
            self.field_buttons[name] = (pair[0], pair[1])

    def _field_title(self, name: str) -> str:
        return {
            "latin_name": self.tr("Name (Latin)"),
            "native_name": self.tr("Own script"),
            "email": self.tr("E-mail"),
            "country": self.tr("Country"),
            "affiliation": self.tr("Affiliation"),
            "visit_year": self.tr("SSP visit"),
            "host_institution": self.tr("Host in Japan"),
            "gender": self.tr("Gender"),
            "phone": self.tr("Phone"),
            "notes": self.tr("Notes"),
            "chapter_id": self.tr("Chapter"),
        }.get(name, name)

    @staticmethod
    def _value_text(name: str, draft: MemberDraft, summary) -> str:
        value = getattr(draft, name)
        if name == "chapter_id":
            return summary.chapter_name
        if name == "gender":
            return word(value)
        if name == "visit_year":
            return str(value or "")
        text = str(value or "").replace("\n", " ")
        return text if len(text) <= 60 else text[:57] + "…"

    # -- choosing --------------------------------------------------------------------------------
    def _keep_changed(self, member_id: int) -> None:
        if member_id == self.keep_id:
            return
        self.keep_id = member_id
        try:
            self.preview = self.members.merge_preview(self.keep_id, self._other(self.keep_id))
        except DomainError as error:
            self._fail(error)
            return
        self._take_defaults()
        self._updating = True
        try:
            for name, member_id in self.chosen.items():
                self.field_buttons[name][self.ids.index(member_id)].setChecked(True)
        finally:
            self._updating = False
        self._show_summary()

    def _choose(self, name: str, member_id: int) -> None:
        self.chosen[name] = member_id
        if not self._updating:
            self.touched.add(name)
        self._show_summary()

    def choices(self) -> dict[str, str]:
        """Per field, "keep" or "remove", as MemberService.merge_members takes them."""
        return {name: "keep" if member_id == self.keep_id else "remove" for name, member_id in self.chosen.items()}

    def choose(self, name: str, member_id: int) -> None:
        """Picks a field's value (what clicking its radio button does)."""
        self.field_buttons[name][self.ids.index(member_id)].setChecked(True)
        self._choose(name, member_id)

    def keep_record(self, member_id: int) -> None:
        self.keep_buttons[member_id].setChecked(True)

    def _show_summary(self) -> None:
        preview = self.preview
        if preview is None:
            return
        removed = self._other(self.keep_id)
        parts = [fill(self.tr("Record %1 stays; record %2 is deleted."), self.keep_id, removed)]
        parts.append(
            fill(
                self.tr("%1 registration(s) and %2 programme slot(s) move to record %3."),
                preview.registrations_moving,
                preview.speaker_links_moving,
                self.keep_id,
            )
        )
        if preview.shared_events:
            parts.append(
                fill(
                    self.tr(
                        "Both are registered for %1 event(s): the better registration stays there "
                        "(registered before waitlisted before cancelled) and keeps the check-ins of both."
                    ),
                    preview.shared_events,
                )
            )
        taken = [
            self._field_title(name)
            for name, member_id in self.chosen.items()
            if member_id != self.keep_id and getattr(preview.keep, name) != getattr(preview.remove, name)
        ]
        if taken:
            parts.append(fill(self.tr("Taken from record %1: %2."), removed, ", ".join(taken)))
        self.summary.setText(" ".join(parts))

    # -- merging -----------------------------------------------------------------------------------
    def merge(self) -> None:
        self.error_label.hide()
        try:
            self.result_value = self.members.merge_members(self.keep_id, self._other(self.keep_id), self.choices())
        except DomainError as error:
            self._fail(error)
            return
        self.accept()

    def _fail(self, error: DomainError) -> None:
        self.error_label.setText(error_text(error))
        self.error_label.show()
