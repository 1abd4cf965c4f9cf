"""Table model over ``participants.query_participants``: pages fetched lazily, sorted in SQL.

With 100,000 participants the view never holds them all: the first page (200 rows) comes with the
reset and Qt asks for more (``canFetchMore``/``fetchMore``) as the user scrolls. Sorting a column
re-runs the query with its ORDER BY, so it stays as fast as the first page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from workshop_kit import participants as P
from workshop_kit.countries import name_of
from workshop_kit.i18n import language, translate
from workshop_kit.participant_fields import FIELD_LABELS
from workshop_kit.phones import display_phone

from .base import TableModel

_FIELDS = {"organisation": "organisation_name", "role": "role", "city": "city", "nationality": "nationality",
           "phone": "phone"}  # column → participant field
PAGE = 200
COUNT_CAP = 10_000  # beyond this the page says "10000+": counting every match of "a" costs time


class ParticipantsModel(TableModel):
    # (key, sort key in participants.SORT_COLUMNS or None)
    COLUMNS = (
        ("name", "name"),
        ("name_ar", "name_ar"),
        ("organisation", "organisation"),
        ("role", "role"),
        ("city", "city"),
        ("nationality", "nationality"),
        ("phone", "phone"),
        ("badge", "badge"),
    )

    def __init__(self, db, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.db = db
        self.text = ""
        self.workshop_id: str | None = None
        self.include_erased = False
        self.filters: dict[str, Any] = {}
        self.sort_key = "name"
        self.descending = False
        self._more = False
        self.total: int | None = 0

    # -- querying ---------------------------------------------------------------------------
    def set_query(self, text: str | None = None, workshop_id: str | None = ..., include_erased: bool | None = None,
                  filters: dict[str, Any] | None = None) -> None:  # type: ignore[assignment]
        if text is not None:
            self.text = text
        if workshop_id is not ...:
            self.workshop_id = workshop_id
        if include_erased is not None:
            self.include_erased = include_erased
        if filters is not None:
            self.filters = filters
        self.reload()

    def reload(self) -> None:
        """First page only; the number of matches is counted apart (``count_query``), off the UI thread."""
        self.beginResetModel()
        self.rows = self._page(0)
        self._more = len(self.rows) == PAGE
        self.total = None if self._more else len(self.rows)
        self.endResetModel()

    def count_query(self) -> dict[str, Any]:
        """What ``participants.count_participants`` needs to count the current matches (for a worker)."""
        return {"text": self.text, "workshop_id": self.workshop_id, "include_erased": self.include_erased,
                "filters": dict(self.filters), "at_most": COUNT_CAP}

    def _page(self, offset: int) -> list[dict[str, Any]]:
        return P.query_participants(self.db, self.text, workshop_id=self.workshop_id, sort=self.sort_key,
                                    descending=self.descending, offset=offset, limit=PAGE,
                                    include_erased=self.include_erased, filters=self.filters)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        more = self._page(len(self.rows))
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        key = self.COLUMNS[column][1]
        if key is None:
            return
        self.sort_key, self.descending = key, order == Qt.DescendingOrder
        self.reload()

    # -- cells ------------------------------------------------------------------------------
    def header(self, section: int) -> str:
        key = self.COLUMNS[section][0]
        if key in _FIELDS:  # the words of the registration form and the import wizard
            return translate(FIELD_LABELS[_FIELDS[key]])
        return {"name": self.tr("Name"), "name_ar": self.tr("Name (Arabic)"), "badge": self.tr("Badge")}[key]

    def cell(self, row: int, column: int, role: int) -> Any:
        values = self.rows[row]
        key = self.COLUMNS[column][0]
        if role == Qt.DisplayRole:
            return self.display(values, key)
        if role == Qt.UserRole:
            return values["id"]
        if role == Qt.ForegroundRole and values.get("erased_at"):
            return QBrush(QColor("#888888"))
        if role == Qt.TextAlignmentRole and key == "phone":
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        return None

    def display(self, row: dict[str, Any], key: str) -> str:
        if row.get("erased_at") and key in ("name", "name_ar"):
            return self.tr("Erased participant") if key == "name" else ""
        if key == "name":
            return P.script_name(row["first_name"], row["last_name"])
        if key == "name_ar":
            return P.script_name(row["first_name_ar"], row["last_name_ar"])
        if key == "organisation":
            return row["organisation_name"] or ""
        if key == "nationality":
            return name_of(row["nationality"], language()) if row["nationality"] else ""
        if key == "phone":  # left-to-right marks: "+212…" keeps its plus sign in front in Arabic
            return ("\u200e" + display_phone(row["phone"]) + "\u200e") if row["phone"] else ""
        if key == "badge":
            return {"active": self.tr("Active"), "revoked": self.tr("Revoked"), "none": self.tr("None")}.get(
                row.get("badge_status") or "", "")
        return row.get(key) or ""
