"""In Arabic, paths and file types keep their left-to-right order ("(.docx)" not "(docx.)")."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

LRM, LRI, PDI = "\u200e", "\u2066", "\u2069"


def test_paths_and_file_types_are_isolated_in_arabic(qapp, services, qtbot):
    from ui.dialogs.about import AboutDialog
    from ui.i18n import apply_language
    from ui.main_window import MainWindow

    apply_language(qapp, "ar")
    win = MainWindow(services)
    qtbot.addWidget(win)
    export = [b.text() for b in win.page("curricula").findChildren(QPushButton) if ".docx" in b.text()]
    assert export and all(f"{LRM}(.docx){LRM}" in t for t in export)
    about = AboutDialog(services, win)
    qtbot.addWidget(about)
    data = [lab.text() for lab in about.findChildren(QLabel) if str(services.db_path) in lab.text()]
    assert data and all(f"{LRI}{services.db_path}{PDI}" in t for t in data)


def test_the_phone_example_reads_left_to_right_in_arabic(qapp, services, qtbot):
    from ui.dialogs.participant_form import ParticipantDialog
    from ui.i18n import apply_language

    apply_language(qapp, "ar")
    dialog = ParticipantDialog()
    qtbot.addWidget(dialog)
    text = dialog.phone.placeholderText()
    assert text.startswith(LRI) and text.endswith(PDI) and "+33 6 12" in text


def test_file_type_filters_keep_their_order_and_still_filter_in_arabic(qapp, services, qtbot):
    """"(*.png *.jpg)" after Arabic words showed as "(png *.jpg.*)"; the file dialog must still read the pattern."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel

    from ui.i18n import apply_language

    apply_language(qapp, "ar")
    for context, source, patterns in (
            ("MakeCertificatesTab", "Pictures (*.png *.jpg *.jpeg)", ["*.png", "*.jpg", "*.jpeg"]),
            ("VerifyTab", "Public keys (*.pub)", ["*.pub"]), ("TemplatePicker", "Word documents (*.docx)", ["*.docx"])):
        text = QCoreApplication.translate(context, source)
        assert text != source and "\u202a(" in text  # an LTR embedding up to the end: ")" stays last
        dialog = QFileDialog()
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        dialog.setNameFilter(text)
        assert dialog.findChild(QFileSystemModel).nameFilters() == patterns
