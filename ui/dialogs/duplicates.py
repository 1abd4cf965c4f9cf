"""Review possible duplicates side by side: merge them (history kept) or mark them as different people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop_kit import duplicates as D
from workshop_kit import participants as P
from workshop_kit.countries import name_of
from workshop_kit.errors import WorkshopKitError
from workshop_kit.i18n import language, translate
from workshop_kit.participant_fields import FIELD_LABELS

from ..jobs import run_job
from ..lifetime import alive
from ..services import Services
from ..workers import show_error

ROWS = ("first_name", "last_name", "first_name_ar", "last_name_ar", "gender", "birth_year", "nationality", "phone",
        "email", "organisation_name", "role", "city", "consent_data")


class DuplicatesDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.changed = False
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.info = QLabel()
        layout.addWidget(self.info)
        split = QSplitter()
        self.pairs = QListWidget()
        self.pairs.currentRowChanged.connect(self.show_pair)
        split.addWidget(self.pairs)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.compare = QTableWidget(0, 3)
        self.compare.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Record 1"), self.tr("Record 2")])
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.compare.verticalHeader().hide()
        self.compare.setEditTriggers(QTableWidget.NoEditTriggers)
        rv.addWidget(self.compare, 1)
        buttons = QHBoxLayout()
        self.keep_first = QPushButton(self.tr("Same person: keep record 1"))
        self.keep_second = QPushButton(self.tr("Same person: keep record 2"))
        self.distinct = QPushButton(self.tr("Different people"))
        self.keep_first.clicked.connect(lambda: self.merge(0))
        self.keep_second.clicked.connect(lambda: self.merge(1))
        self.distinct.clicked.connect(self.mark_distinct)
        for b in (self.keep_first, self.keep_second, self.distinct):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        rv.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([330, 650])
        layout.addWidget(split, 1)
        self.reload()

    def reload(self) -> None:
        """Look for candidates in a worker (its own connection): 100k records take a few seconds."""
        self.info.setText(self.tr("Looking for possible duplicates…"))
        for b in (self.keep_first, self.keep_second, self.distinct):
            b.setEnabled(False)

        def work(db, _progress, _cancelled) -> list[D.Candidate]:  # noqa: ANN001
            return D.find_duplicates(db)

        self.task = run_job(self, self.services, work, label=self.tr("Looking for possible duplicates…"),
                            on_done=alive(self, self.show_candidates))

    def show_candidates(self, candidates: list[D.Candidate]) -> None:
        self.candidates = candidates
        self.pairs.clear()
        lang = language()
        for c in self.candidates:
            a, b = P.get_participant(self.services.db, c.a), P.get_participant(self.services.db, c.b)
            reasons = ", ".join({"name": self.tr("name"), "phone": self.tr("phone"), "email": self.tr("e-mail")}[r] for r in c.reasons)
            item = QListWidgetItem(f"{a.display_name(lang)}  ≈  {b.display_name(lang)}\n({reasons})")
            item.setData(Qt.UserRole, (c.a, c.b))
            self.pairs.addItem(item)
        self.info.setText(self.tr("%n possible duplicate(s). Merging keeps attendance, certificates and scores of both "
                                  "records.", "", len(self.candidates)) if self.candidates
                          else self.tr("No possible duplicates."))
        has = bool(self.candidates)
        for b in (self.keep_first, self.keep_second, self.distinct):
            b.setEnabled(has)
        if has:
            self.pairs.setCurrentRow(0)
        else:
            self.compare.setRowCount(0)

    def remove_current(self) -> None:
        """The pair was decided: take it off the list without searching again."""
        row = self.pairs.currentRow()
        if row >= 0:
            del self.candidates[row]
            self.show_candidates(self.candidates)

    def current_pair(self) -> tuple[str, str] | None:
        item = self.pairs.currentItem()
        return item.data(Qt.UserRole) if item else None

    def show_pair(self, _row: int) -> None:
        pair = self.current_pair()
        if not pair:
            return
        db = self.services.db
        people = [P.get_participant(db, pid) for pid in pair]
        rows = [(translate(FIELD_LABELS[k]), [self._value(p, k) for p in people]) for k in ROWS]
        rows.append((self.tr("Workshops"), [str(len(P.history(db, p.id))) for p in people]))
        self.compare.setRowCount(len(rows))
        for r, (label, values) in enumerate(rows):
            self.compare.setItem(r, 0, QTableWidgetItem(label))
            for c, v in enumerate(values, start=1):
                item = QTableWidgetItem(v)
                if values[0] != values[1] and all(values):
                    item.setBackground(Qt.yellow)
                self.compare.setItem(r, c, item)

    def _value(self, p: P.Participant, key: str) -> str:
        value = getattr(p, key)
        if key == "nationality":
            return name_of(value, language()) if value else ""
        if key == "gender":  # the code (F/M/X) is stored; trainers read the word
            words = {"F": self.tr("Woman"), "M": self.tr("Man"), "X": self.tr("Other / prefers not to say")}
            return words.get(value, value or "")
        if key == "consent_data":
            return self.tr("yes") if value else self.tr("no")
        return "" if value is None else str(value)

    def merge(self, keep_index: int) -> None:
        pair = self.current_pair()
        if not pair:
            return
        keep, drop = pair[keep_index], pair[1 - keep_index]
        try:
            with self.services.state.recording():
                D.merge(self.services.db, keep, drop, actor="app")
        except WorkshopKitError as exc:
            show_error(self, exc)
            return
        self.changed = True
        # Pairs that named the removed record are gone with it.
        self.show_candidates([c for c in self.candidates if drop not in (c.a, c.b)])

    def mark_distinct(self) -> None:
        pair = self.current_pair()
        if not pair:
            return
        with self.services.state.recording():
            D.mark_distinct(self.services.db, *pair, actor="app")
        self.changed = True
        self.remove_current()

