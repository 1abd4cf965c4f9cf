"""Small generators of hostile files, and a way to run the app on them in a bounded child process.

Each generator makes in milliseconds a file of a few kilobytes that used to cost gigabytes or
minutes. ``bounded`` runs code in a child with an address-space limit and a timeout, so that a
regression fails the test (a MemoryError, a traceback, a timeout) instead of taking the machine down.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import textwrap
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 1536 * 1024 * 1024  # the app reads every file below in well under this
TIMEOUT = 60.0

# -- XLSX ---------------------------------------------------------------------------------------------
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
       'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
       'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
       '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
       'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
       'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
         'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
         'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="http://schemas.'
       'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Participants" '
       'sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
HEADER = [("A1", "Nom"), ("B1", "Prénom"), ("C1", "Consentement")]
PERSON = [("A2", "Alaoui"), ("B2", "Sara"), ("C2", "oui")]


def cell(ref: str | None, text: str) -> str:
    where = f' r="{ref}"' if ref else ""
    return f'<c{where} t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(rows: list[tuple[int, list[tuple[str | None, str]]]], merges: list[str] = (),
              dimension: str | None = None) -> str:
    body = "".join(f'<row r="{n}">' + "".join(cell(ref, t) for ref, t in cells) + "</row>" for n, cells in rows)
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
              + "</mergeCells>") if merges else ""
    return f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}">{dim}<sheetData>{body}</sheetData>{merged}</worksheet>'


def xlsx(sheet: str | bytes, extra: dict[str, bytes] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def xlsx_far_cell() -> bytes:
    """One participant and one cell at Excel's last row and column: 17 billion positions (1.6 kB)."""
    return xlsx(sheet_xml([(1, HEADER), (2, PERSON), (1048576, [("XFD1048576", "x")])]))


def xlsx_declared_size() -> bytes:
    """A true participant list that declares it spans the whole sheet."""
    return xlsx(sheet_xml([(1, HEADER), (2, PERSON)], dimension="A1:XFD1048576"))


def xlsx_whole_sheet_merge() -> bytes:
    """Every cell of the sheet merged into one (select all, merge)."""
    return xlsx(sheet_xml([(1, HEADER), (2, PERSON)], merges=["A1:XFD1048576"]))


def xlsx_many_merges(n: int = 60_000) -> bytes:
    """Tens of thousands of merged rows below the data (300 kB; 38 s to read before)."""
    return xlsx(sheet_xml([(1, HEADER), (2, PERSON)], merges=[f"A{i}:Z{i}" for i in range(3, 3 + n)]))


def xlsx_wide_row(cells: int = 200_000) -> bytes:
    """A row of cells without coordinates, each one column further."""
    row = "<c/>" * cells
    return xlsx(f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData><row r="1">{row}</row>'
                "</sheetData></worksheet>")


def xlsx_bomb(megabytes: int = 300) -> bytes:
    """A sheet that unzips to ``megabytes`` of blanks: a zip bomb of about 300 kB."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        for name, data in (("[Content_Types].xml", _CT), ("_rels/.rels", _RELS), ("xl/workbook.xml", _WB),
                           ("xl/_rels/workbook.xml.rels", _WB_RELS)):
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?><worksheet xmlns="{_MAIN}"><sheetData><row r="1">'.encode())
            block = b" " * (1 << 20)
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</row></sheetData></worksheet>")
    return buf.getvalue()


# -- CSV ----------------------------------------------------------------------------------------------
def csv_million_columns() -> bytes:
    return ("Nom;Prénom;Consentement\r\nAlaoui;Sara;oui" + ";x" * 1_000_000 + "\r\n").encode()


def csv_million_lines() -> bytes:
    return ("Nom;Prénom;Consentement\r\n" + ";;\r\n" * 2_000_000).encode()


# -- curricula ------------------------------------------------------------------------------------------
def yaml_alias_bomb() -> str:
    """Nine lists of nine aliases of the list before: a billion strings in 1 kB of front matter."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    return "---\nid: bomb\nlang: fr\n" + "\n".join(lines) + "\nobjectives: *a9\n---\nBody\n"


def yaml_alias_loop() -> str:
    return "---\nid: loop\nobjectives: &x [*x, *x]\n---\nBody\n"


def zip_of(files: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def zip_nested(depth: int, leaf: bytes) -> bytes:
    return zip_of({"/".join(["d"] * depth) + "/fr.md": leaf})


def zip_bad_checksum(name: str, data: bytes) -> bytes:
    raw = bytearray(zip_of({name: data}, zipfile.ZIP_STORED))
    raw[raw.index(data[:16]) + 8] ^= 0xFF  # one byte of the content changed, the CRC kept
    return bytes(raw)


def zip_encrypted(name: str, data: bytes) -> bytes:
    raw = bytearray(zip_of({name: data}))
    raw[raw.index(b"PK\x03\x04") + 6] |= 1  # "encrypted" in the local and the central header
    raw[raw.index(b"PK\x01\x02") + 8] |= 1
    return bytes(raw)


# -- Word templates ---------------------------------------------------------------------------------------
def template_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(REPO / "assets" / "templates" / "certificate_fr.docx") as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def docx(parts: dict[str, bytes]) -> bytes:
    return zip_of(parts)


def zip_bomb(parts: dict[str, bytes], name: str, megabytes: int) -> bytes:
    """A zip of ``parts`` plus ``name`` holding ``megabytes`` of zeros in about a thousandth of that
    (one deflated megabyte of zeros, repeated; each piece is self-contained, so the stream is valid)."""
    from workshop_kit.templating import _ZipOut

    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    block = bytes(1 << 20)
    for _ in range(megabytes):
        crc = zlib.crc32(block, crc)
    out = _ZipOut()
    for part, data in parts.items():
        out.add(part, data)
    out.add_compressed(name, (8, crc, megabytes << 20, piece * megabytes + end))
    return out.finish()


def template_bomb(megabytes: int = 1500) -> bytes:
    """The bundled template with a picture of ``megabytes`` of zeros: a 1.5 MB .docx."""
    return zip_bomb(template_parts(), "word/media/image9.png", megabytes)


# -- running bounded ---------------------------------------------------------------------------------------
@dataclass
class Run:
    code: int | None  # None: killed by the timeout
    out: str
    err: str
    seconds: float

    @property
    def traceback(self) -> bool:
        return "Traceback (most recent call last)" in self.err


def bounded(code: str, *, memory: int = MEMORY_LIMIT, timeout: float = TIMEOUT, file_size: int | None = None,
            env: dict[str, str] | None = None) -> Run:
    """Run Python ``code`` in a child limited to ``memory`` bytes of address space and ``timeout`` s
    (and, with ``file_size``, to files of that many bytes: a write past it fails with EFBIG as on a
    full disk). The limits are set by the child itself, before it imports anything."""
    limits = f"""
        import resource, signal
        resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
        if {file_size!r} is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, ({file_size!r}, {file_size!r}))
    """
    start = time.monotonic()
    child_env = {**os.environ, "WORKSHOP_KIT_LANG": "en", **(env or {})}
    try:
        proc = subprocess.run([sys.executable, "-c", textwrap.dedent(limits) + textwrap.dedent(code)],
                              capture_output=True, text=True, timeout=timeout, cwd=REPO, env=child_env)
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""
        return Run(None, out, "timeout", time.monotonic() - start)
    return Run(proc.returncode, proc.stdout, proc.stderr, time.monotonic() - start)


def cli(*args: str, **kwargs) -> Run:
    """The command line, bounded (``python -m workshop_kit ARGS``)."""
    return bounded(f"import sys; from workshop_kit.cli import main; sys.exit(main({list(args)!r}))", **kwargs)


def read_table(path: str) -> tuple[list[str], list]:
    """The headers and every row of a spreadsheet as ``read_file`` gives them (rows are streamed:
    a ``Table`` shows only their count)."""
    from workshop_kit.spreadsheets import read_file

    table = read_file(path)
    return table.headers, list(table.rows)


def call(function: str, *args: object, **kwargs) -> dict:
    """Call ``module.function(*args)`` bounded; returns {"value": repr} or {"error": type, "message"}."""
    module, name = function.rsplit(".", 1)
    run = bounded(f"""
        import json, sys
        from {module} import {name} as f
        try:
            value = f(*{[str(a) if isinstance(a, Path) else a for a in args]!r})
            print(json.dumps({{"value": repr(value)[:2000]}}))
        except BaseException as exc:
            print(json.dumps({{"error": type(exc).__name__, "message": str(exc)[:2000]}}))
    """, **kwargs)
    if run.code is None:
        return {"error": "timeout", "message": f"still running after {run.seconds:.0f} s"}
    try:
        return json.loads(run.out.strip().splitlines()[-1]) | {"seconds": run.seconds}
    except (IndexError, json.JSONDecodeError):
        return {"error": "crash", "message": run.err[-2000:], "seconds": run.seconds}
