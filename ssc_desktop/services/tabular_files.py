"""Reading spreadsheets as people save them: .xlsx workbooks and .csv/.tsv/.txt text files.

Workbooks are streamed with openpyxl in read-only mode (values only). Text files are
decoded after sniffing their encoding (UTF-8 with or without BOM, UTF-16 from Excel's
"Unicode text", cp932/Shift_JIS from Japanese Excel, cp1252 from Western Excel) and their
delimiter (comma, semicolon, tab, bar). Nothing is asked unless the file is truly
ambiguous; every failure is one DomainError naming the file (and the line where it applies).

Files above MAX_FILE_BYTES are refused before reading: a chapter roster of 30,000 members is
about 2 MB as .xlsx and 4 MB as .csv, so 20 MB leaves ample room while a mistaken 50 MB export
cannot fill the laptop's memory. MAX_ROWS guards against small files that unpack to millions of rows.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError
from zlib import error as ZlibError

from ssc_desktop.errors import DomainError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
DELIMITERS = (",", ";", "\t", "|")
_SNIFF_LINES = 30

Row = tuple[Any, ...]


def column_letter(index: int) -> str:
    """Spreadsheet column name of a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _looks_like(head: bytes) -> str:
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"%PDF"):
        return "PDF document"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "Excel 97-2003 workbook (.xls)"
    if head.startswith(b"\x89PNG") or head.startswith(b"\xff\xd8\xff") or head.startswith(b"GIF8"):
        return "image"
    return "text"


class TabularFile:
    """One opened spreadsheet file; rows(sheet) streams (row number, values) pairs."""

    def __init__(self, path: str | Path, max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS) -> None:
        self.path = Path(path)
        self.file_name = self.path.name
        self.max_rows = max_rows
        self.encoding = ""
        self.delimiter = ""
        self._workbook: Any = None
        self._text_rows: list[tuple[int, Row]] | None = None
        if not self.path.is_file():
            raise DomainError("roster.file_missing", file=str(self.path))
        size = self.path.stat().st_size
        if size > max_bytes:
            raise DomainError("roster.file_too_large", file=self.file_name,
                              size_mb=round(size / 1048576, 1), limit_mb=round(max_bytes / 1048576, 1))
        if size == 0:
            raise DomainError("roster.empty_file", file=self.file_name)
        with self.path.open("rb") as handle:
            head = handle.read(8)
        kind = _looks_like(head)
        suffix = self.path.suffix.casefold()
        if kind == "zip":
            self.kind = "xlsx"
            self._open_workbook()
        elif kind != "text":
            raise DomainError("roster.wrong_type", file=self.file_name, found=kind)
        elif suffix in WORKBOOK_SUFFIXES:
            raise DomainError("roster.not_a_workbook", file=self.file_name)
        elif suffix in TEXT_SUFFIXES or suffix == "":
            self.kind = "csv"
            self._read_text()
        else:
            raise DomainError("roster.unsupported_type", file=self.file_name, suffix=suffix)

    # -- workbooks -----------------------------------------------------------------
    def _open_workbook(self) -> None:
        from openpyxl import load_workbook

        try:
            self._workbook = load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, ParseError, ZlibError, EOFError, OSError, ValueError, TypeError) as error:
            raise DomainError("roster.damaged_workbook", file=self.file_name, detail=_short(error)) from error

    @property
    def sheet_names(self) -> list[str]:
        if self._workbook is None:
            return [""]
        active = self._workbook.active
        names = list(self._workbook.sheetnames)
        if active is not None and active.title in names:
            names.remove(active.title)
            names.insert(0, active.title)
        return names

    def rows(self, sheet: str = "") -> Iterator[tuple[int, Row]]:
        """(1-based row number, cell values) for every row, blank rows included."""
        if self._workbook is None:
            yield from self._text_rows or []
            return
        if sheet and sheet not in self._workbook.sheetnames:
            raise DomainError("roster.no_such_sheet", file=self.file_name, sheet=sheet)
        worksheet = self._workbook[sheet] if sheet else self._workbook[self.sheet_names[0]]
        number = 0
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), 1):
                if number > self.max_rows:
                    raise DomainError("roster.too_many_rows", file=self.file_name, sheet=worksheet.title,
                                      limit=self.max_rows)
                yield number, values
        except (zipfile.BadZipFile, KeyError, ParseError, ZlibError, EOFError, OSError, ValueError, TypeError) as error:
            raise DomainError("roster.damaged_sheet", file=self.file_name, sheet=worksheet.title,
                              row=number + 1, detail=_short(error)) from error

    def row_count(self, sheet: str = "") -> int:
        """How many rows the sheet says it has (0 when the workbook does not say)."""
        if self._workbook is None:
            return len(self._text_rows or ())
        name = sheet or self.sheet_names[0]
        if name not in self._workbook.sheetnames:
            return 0
        return self._workbook[name].max_row or 0

    # -- text files ------------------------------------------------------------------
    def _read_text(self) -> None:
        data = self.path.read_bytes()
        text, self.encoding = decode_text(data, self.file_name)
        self.delimiter = sniff_delimiter(text, self.file_name)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter)
        rows: list[tuple[int, Row]] = []
        try:
            for values in reader:
                if len(rows) >= self.max_rows:
                    raise DomainError("roster.too_many_rows", file=self.file_name, sheet="", limit=self.max_rows)
                rows.append((reader.line_num, tuple(values)))
        except csv.Error as error:
            raise DomainError("roster.bad_csv", file=self.file_name, line=reader.line_num, detail=str(error)) from error
        self._text_rows = rows

    def close(self) -> None:
        if self._workbook is not None:
            self._workbook.close()
            self._workbook = None

    def __enter__(self) -> TabularFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_table(path: str | Path, max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS) -> TabularFile:
    return TabularFile(path, max_bytes=max_bytes, max_rows=max_rows)


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= 200 else text[:197] + "…"


# -- encodings ----------------------------------------------------------------------------
def _is_japanese(ch: str) -> bool:
    code = ord(ch)
    return (0x3000 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF or 0xFF01 <= code <= 0xFF5E
            or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def decode_text(data: bytes, file_name: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was found in."""
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    elif data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        encoding = "utf-16"
    else:
        encoding = _utf16_without_bom(data) or ""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as error:
            line = data[: error.start].decode(encoding, errors="replace").count("\n") + 1
            raise DomainError("roster.mixed_encoding", file=file_name, encoding=encoding, line=line) from error
    if b"\x00" in data:
        raise DomainError("roster.not_text", file=file_name)

    utf8_lines = 0
    first_bad = 0
    for number, line in enumerate(data.split(b"\n"), 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            first_bad = first_bad or number
        else:
            utf8_lines += 1
    if not first_bad:
        return data.decode("utf-8"), "utf-8"
    if utf8_lines:
        raise DomainError("roster.mixed_encoding", file=file_name, encoding="UTF-8", line=first_bad)
    # No line is UTF-8: a legacy Windows code page. Japanese Excel writes cp932; Western Excel cp1252.
    candidates: list[tuple[float, str, str]] = []
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        pass
    else:
        foreign = [ch for ch in text if not ch.isascii()]
        share = sum(map(_is_japanese, foreign)) / len(foreign) if foreign else 0.0
        candidates.append((share, "cp932", text))
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    else:
        foreign = [ch for ch in text if not ch.isascii()]
        share = sum(ch.isalpha() and ch < "\u0250" for ch in foreign) / len(foreign) if foreign else 0.0
        candidates.append((share, "cp1252", text))
    candidates.sort(reverse=True)
    if candidates and candidates[0][0] >= 0.9 and (len(candidates) == 1 or candidates[1][0] < 0.9):
        share, encoding, text = candidates[0]
        return text, encoding
    raise DomainError("roster.unknown_encoding", file=file_name, line=first_bad)


def sniff_delimiter(text: str, file_name: str) -> str:
    """The field separator: the one that splits the most of the first lines into the same number of fields."""
    lines = [line for line in text.splitlines()[: _SNIFF_LINES * 2] if line.strip()][:_SNIFF_LINES]
    if not lines:
        raise DomainError("roster.empty_file", file=file_name)
    scores: list[tuple[int, int, str]] = []
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        wide = [count for count in counts if count > 1]
        if not wide:
            continue
        fields, support = Counter(wide).most_common(1)[0]
        scores.append((support, fields, delimiter))
    if not scores:
        return ","  # one column: nothing to split
    scores.sort(reverse=True)
    best = scores[0]
    if len(scores) > 1 and scores[1][:2] == best[:2]:
        raise DomainError("roster.unsure_delimiter", file=file_name,
                          candidates=" or ".join(_delimiter_name(s[2]) for s in scores[:2]))
    return best[2]


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}[delimiter]
