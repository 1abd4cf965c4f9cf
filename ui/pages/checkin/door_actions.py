"""The trainer's actions at the door: walk-ins, lost or revoked badges, printing badges, undoing a scan."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from workshop_kit import changes, dbconnect
from workshop_kit import checkin as core
from workshop_kit.errors import Cancelled, WorkshopKitError

from ...lifetime import alive
from ...widgets import ltr_text
from ...workers import show_error
from .walk_in import WalkInDialog

if TYPE_CHECKING:
    from .page import CheckinPage


class DoorActions(QObject):
    """Each action calls the core, then says what happened on the page's answer panel."""

    def __init__(self, page: CheckinPage) -> None:
        super().__init__(page)
        self.page = page

    def replace_badge(self, item: QListWidgetItem | None) -> None:
        """A lost badge: the old code stops working at once; the new short code works right away."""
        page = self.page
        if item is None or not page.workshop_id:
            return
        from workshop_kit.badges import reissue_badge

        with page.services.state.recording():  # the participants' badge column
            badge = reissue_badge(page.services.db, page.workshop_id, item.data(Qt.ItemDataRole.UserRole),
                                  actor="app")
        page.paint("idle", self.tr("New badge code: {code}").format(code=ltr_text(badge.human_code)),
                    self.tr("The old badge no longer works. Print the new one with 'Print badges…'."))
        page.reset_timer.stop()

    def revoke_badge(self, item: QListWidgetItem | None) -> None:
        """A badge found in the wrong hands, or someone who left: it stops working, nothing replaces it."""
        page = self.page
        if item is None or not page.workshop_id:
            return
        from workshop_kit.badges import revoke_badge

        from ...widgets import confirm_destructive

        name = item.text().split("  ")[0]
        if not confirm_destructive(page, self.tr("Revoke badge"), self.tr(
                "Revoke the badge of {name}? It will read as no longer valid at the door. A new badge can be "
                "issued later with 'Replace lost badge'.").format(name=name), self.tr("Revoke badge")):
            return
        try:
            with page.services.state.recording():  # the participants' badge column
                revoke_badge(page.services.db, page.workshop_id, item.data(Qt.ItemDataRole.UserRole),
                             reason="revoked", actor="app")
        except WorkshopKitError as exc:
            show_error(page, exc)
            return
        page.paint("idle", self.tr("Badge revoked"), name)
        page.reset_timer.start()

    def print_badges(self, path: str | None = None) -> None:
        """Write the Word sheet (and a folder of PNGs beside it) in a worker; the door keeps working."""
        page = self.page
        if not page.workshop_id:
            return
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            path, _filter = QFileDialog.getSaveFileName(
                page, self.tr("Save badges"), str(page.services.data_dir / "badges.docx"), self.tr("Word (*.docx)")
            )
            if not path:
                return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        workshop_id = page.workshop_id

        sheet_text, png_text = self.tr("The Word sheet"), self.tr("One picture per badge")

        def work(db, progress, cancelled) -> dict:  # noqa: ANN001
            from workshop_kit.badge_cards import write_badge_pngs, write_badges_docx

            info = write_badges_docx(db, workshop_id, path, progress=lambda d, t, _m: progress(d, t, sheet_text),
                                     cancelled=cancelled)
            try:
                pngs = write_badge_pngs(db, workshop_id, path[: -len(".docx")] + "-png", cancelled=cancelled,
                                        progress=lambda d, t, _m: progress(d, t, png_text))
            except Cancelled:
                Path(path).unlink(missing_ok=True)  # a cancelled run leaves neither half of the set
                raise
            info["png"] = [str(p) for p in pngs]
            return info

        def done(info: dict) -> None:  # the job published the badges issued (the participants' badge column)
            page.print_button.setEnabled(True)
            page.last_badges = info
            page.paint("idle", self.tr("%n badge(s) ready", "", info["count"]),
                        ltr_text(info["path"]))
            page.reset_timer.start()
            page.badgesWritten.emit(info)

        def failed(exc: BaseException) -> None:
            page.print_button.setEnabled(True)
            show_error(page, exc)

        page.print_button.setEnabled(False)
        from ...jobs import run_job

        def cancelled(_exc: BaseException) -> None:
            page.print_button.setEnabled(True)
            page.paint("idle", self.tr("Badges cancelled"), self.tr("No badge file was written."))
            page.reset_timer.start()

        page.badge_job = run_job(page, page.services, work, label=self.tr("Writing the badges…"),
                                 on_done=alive(page, done), on_error=alive(page, failed),
                                 on_cancelled=alive(page, cancelled))

    def walk_in(self) -> None:
        page = self.page
        if not page.workshop_id:
            return
        dialog = WalkInDialog(page)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        try:
            with page.services.state.recording():
                p = core.register_walk_in(page.services.db, page.workshop_id, actor="app", **values)
        except (*dbconnect.errors("Error"), WorkshopKitError) as exc:
            show_error(page, exc)
            return
        result = page.scan("", "manual", participant_id=p.id)
        from workshop_kit.badges import ensure_badges

        with page.services.state.recording():
            badge = ensure_badges(page.services.db, page.workshop_id).get(p.id)
        if result is not None and badge is not None:  # the code to write on a badge now, or to type next time
            page.detail.setText(page.detail.text() + "\n" + self.tr("New badge code: {code}").format(
                code=ltr_text(badge.human_code)))

    def undo_last(self) -> None:
        """Take back the last scan (Ctrl+Z): if it recorded nothing (a repeat, a refusal), nothing is undone."""
        page = self.page
        if not page.workshop_id:
            return
        scan, page.last_scan = page.last_scan, None
        if scan is not None and (scan.status != core.CHECKED_IN or not scan.event_id):
            page.paint("idle", self.tr("Nothing to take back"),
                        self.tr("The last scan recorded no new check-in."))
            page.reset_timer.start()
            return
        last = core.last_undoable(page.services.db, page.workshop_id)
        if scan is not None:
            last = {"event_id": scan.event_id, "display_name": scan.display_name}
        if last is None:
            return
        try:
            with changes.collect() as written:
                core.undo_checkin(page.services.db, last["event_id"], actor="app")
        except (*dbconnect.errors("Error"), WorkshopKitError) as exc:
            page.paint("red", self.tr("Not recorded"), str(exc))
            return
        page.paint("idle", self.tr("Check-in taken back"), last["display_name"] or "")
        page.reset_timer.start()
        page.services.state.publish(written.changes)
        page.refresh_status()
