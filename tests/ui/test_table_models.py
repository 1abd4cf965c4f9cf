"""Every table model shares one base: the same answers for headers, counts, ids and rows out of range."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.certhelpers import attend_demo
from ui.models.attendance_model import AttendanceModel
from ui.models.base import TableModel
from ui.models.participants_model import ParticipantsModel
from ui.models.workshops_model import WorkshopsModel


@pytest.fixture
def models(qapp, db, demo):
    attend_demo(db, demo.id)
    workshops = WorkshopsModel(db)
    participants = ParticipantsModel(db)
    participants.set_query(workshop_id=demo.id)
    attendance_grid = AttendanceModel(db)
    attendance_grid.load(demo.id)
    from ui.pages.certificates.rows_model import RowsModel

    outbox = RowsModel([("to", "To"), ("subject", "Subject")], ltr=frozenset({"to"}))
    outbox.set_rows([{"id": "m1", "to": "a@example.org", "subject": "Certificat"}])
    return {"workshops": workshops, "participants": participants, "attendance": attendance_grid, "rows": outbox}


@pytest.mark.parametrize("name", ["workshops", "participants", "attendance", "rows"])
def test_each_table_answers_like_the_others(models, name) -> None:
    model = models[name]
    assert isinstance(model, TableModel)
    rows, columns = model.rowCount(), model.columnCount()
    assert rows > 0 and columns > 0
    labels = [model.headerData(c, Qt.Horizontal) for c in range(columns)]
    assert all(isinstance(label, str) and label for label in labels)
    # a view asking past the last column or row gets nothing, never an exception
    assert model.headerData(columns, Qt.Horizontal) is None and model.headerData(0, Qt.Vertical) is None
    assert model.data(model.index(rows, 0)) is None
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0
    first_id = model.id_at(0)
    assert first_id and model.row_of(first_id) == 0
    assert model.id_at(-1) is None and model.row_of("no such id") == -1
    assert model.data(QModelIndex()) is None


def test_the_participants_list_names_its_columns_like_the_registration_form(models) -> None:
    from workshop_kit.i18n import translate
    from workshop_kit.participant_fields import FIELD_LABELS

    model = models["participants"]
    headers = [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())]
    assert translate(FIELD_LABELS["role"]) == "Role / function" and "Role / function" in headers
    assert translate(FIELD_LABELS["organisation_name"]) in headers
