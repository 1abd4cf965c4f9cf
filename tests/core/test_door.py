"""The door screen's policy without Qt: kept scans survive a restart; checkpoints wait for a quiet door."""

from __future__ import annotations

from datetime import datetime

from workshop_kit import door


def test_kept_scans_survive_a_restart_in_order_and_the_file_goes_when_none_are_left(tmp_path) -> None:
    scans = [{"workshop_id": "w", "scanned": f"WK1-{i}", "participant_id": None, "session_id": None,
              "method": "scanner", "now": datetime(2026, 3, 2, 9, i)} for i in range(3)]
    door.save_pending(tmp_path, scans)
    assert door.load_pending(tmp_path) == scans
    door.save_pending(tmp_path, [])
    assert not (tmp_path / door.PENDING_FILE).exists()
    assert door.load_pending(tmp_path) == []


def test_an_unreadable_file_of_kept_scans_is_no_scan_not_a_crash(tmp_path) -> None:
    (tmp_path / door.PENDING_FILE).write_text("{not json", encoding="utf-8")
    assert door.load_pending(tmp_path) == []


def test_a_long_queue_still_gets_a_checkpoint_now_and_then() -> None:
    now = [100.0]
    clock = door.CheckpointClock(lambda: now[0])
    now[0] += door.CHECKPOINT_AT_LEAST_S - 1
    assert not clock.overdue()
    now[0] += 2
    assert clock.overdue()
    clock.started()
    assert not clock.overdue()
