"""Check-in page: the door screen. Scanner, camera and name search all call ``checkin.check_in``.

- A USB barcode scanner is a keyboard that types fast and ends with Enter: ``ScannerInput`` watches
  key presses at the application level, so no field needs focus first.
- The camera preview runs in a ``QVideoWidget``; frames are decoded in a worker (``checkin_camera``).
- The result is shown big (green welcome, amber repeat or session to choose, red refused) with a
  distinct sound, after ``check_in`` has committed it to disk.
"""

from workshop_kit.door import PENDING_FILE

from .page import CheckinPage
from .scanner import ScannerInput
from .sounds import SoundBoard
from .style import COLOURS, KIOSK_DETAIL_PX, KIOSK_HEADLINE_PX, SHAPES
from .walk_in import WalkInDialog

__all__ = ["COLOURS", "KIOSK_DETAIL_PX", "KIOSK_HEADLINE_PX", "PENDING_FILE", "SHAPES", "CheckinPage",
           "ScannerInput", "SoundBoard", "WalkInDialog"]
