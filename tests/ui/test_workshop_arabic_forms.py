"""The workshop page and the new-workshop dialog take the Arabic title, venue and trainer, and the trainer's gender."""

from __future__ import annotations


def test_arabic_forms_and_trainer_gender_are_edited_saved_and_reloaded(qtbot, window, demo, services):
    from workshop_kit import workshops as ws

    window.show()
    window.reload_workshops()
    page = window.show_section("workshops")
    page._select_id(demo.id)
    page.f_title_ar.setText("حقوق المهاجرين")
    page.f_venue_ar.setText("دار الشباب")
    page.f_trainer_ar.setText("سلمى الوزاني")
    page.f_trainer_gender.setCurrentIndex(page.f_trainer_gender.findData("F"))
    page.save()
    w = ws.get_workshop(services.db, demo.id)
    assert (w.title_ar, w.venue_ar, w.trainer_name_ar, w.trainer_gender) == (
        "حقوق المهاجرين", "دار الشباب", "سلمى الوزاني", "F")
    page._load(None)
    page._load(demo.id)
    assert page.f_title_ar.text() == "حقوق المهاجرين" and page.f_trainer_gender.currentData() == "F"
    page.f_title_ar.clear()
    page.f_trainer_gender.setCurrentIndex(0)
    page.save()
    w = ws.get_workshop(services.db, demo.id)
    assert w.title_ar is None and w.trainer_gender is None  # back to the French title and neutral wording


def test_new_workshop_dialog_takes_the_arabic_title(qtbot, window, services):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.pages.workshops import NewWorkshopDialog
    from workshop_kit import workshops as ws

    window.show()
    page = window.show_section("workshops")

    def fill() -> None:
        dialog = next(d for d in QApplication.topLevelWidgets() if isinstance(d, NewWorkshopDialog) and d.isVisible())
        dialog.title.setText("Atelier Oujda")
        dialog.title_ar.setText("ورشة وجدة")
        dialog.accept()

    QTimer.singleShot(50, fill)
    page.create_workshop()
    created = next(w for w in ws.list_workshops(services.db) if w["title"] == "Atelier Oujda")
    assert created["title_ar"] == "ورشة وجدة"


def test_settings_take_the_organisations_arabic_name(window, services):
    from workshop_kit import settings

    page = window.page("settings")
    page.org_name.setText("Association Tadamon")
    page.org_name_ar.setText("جمعية التضامن")
    page.save()
    assert settings.load(services.data_dir)["organisation_name_ar"] == "جمعية التضامن"
