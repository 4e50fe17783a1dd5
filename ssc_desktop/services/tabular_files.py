"""Reading spreadsheets as people save them: .xlsx, .xls and .ods workbooks and .csv/.tsv/.txt text files.

Workbooks are read with python-calamine (a Rust reader of xlsx, xls and ods, ten times faster
than openpyxl's read-only mode and flat in memory); openpyxl stays for writing. What a file
is comes from its first bytes, not its name: a workbook renamed .csv is still read as one,
and a zip that holds no workbook (a .docx, an archive) is named for what it is. Text files are
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
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ssc_desktop.errors import DomainError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 200_000
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
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
        return "xls"
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
        self._sheets: dict[str, Any] = {}
        self._text_rows: list[tuple[int, Row]] | None = None
        if not self.path.is_file():
            raise DomainError("roster.file_missing", file=str(self.path))
        try:
            self._open(max_bytes)
        except OSError as error:  # no permission, a file on a drive that went away
            raise DomainError(
                "roster.unreadable_file", file=self.file_name, detail=error.strerror or _short(error)
            ) from error

    def _open(self, max_bytes: int) -> None:
        size = self.path.stat().st_size
        if size > max_bytes:
            raise DomainError(
                "roster.file_too_large",
                file=self.file_name,
                size_mb=round(size / 1048576, 1),
                limit_mb=round(max_bytes / 1048576, 1),
            )
        if size == 0:
            raise DomainError("roster.empty_file", file=self.file_name)
        with self.path.open("rb") as handle:
            head = handle.read(8)
        kind = _looks_like(head)
        suffix = self.path.suffix.casefold()
        if kind == "zip":
            self.kind = _zipped_kind(self.path, self.file_name)
            self._open_workbook()
        elif kind == "xls":
            self.kind = "xls"
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
    @property
    def is_workbook(self) -> bool:
        return self.kind != "csv"

    def _open_workbook(self) -> None:
        from python_calamine import CalamineWorkbook

        try:
            self._workbook = CalamineWorkbook.from_path(str(self.path))
            self._sheet_names = list(self._workbook.sheet_names)
        except Exception as error:  # calamine raises its own and Rust panics; all mean damaged
            raise DomainError("roster.damaged_workbook", file=self.file_name, detail=_short(error)) from error
        if not self._sheet_names:
            raise DomainError("roster.damaged_workbook", file=self.file_name, detail="no sheets")

    @property
    def sheet_names(self) -> list[str]:
        if self._workbook is None:
            return [""]
        return list(self._sheet_names)

    def _sheet(self, sheet: str) -> Any:
        """The sheet, parsed once: calamine reads a whole sheet when asked for it, and the header
        search, the sample and the import each go through the rows."""
        name = sheet or self._sheet_names[0]
        if name not in self._sheet_names:
            raise DomainError("roster.no_such_sheet", file=self.file_name, sheet=name)
        if name not in self._sheets:
            try:
                self._sheets[name] = self._workbook.get_sheet_by_name(name)
            except Exception as error:  # see _open_workbook
                raise DomainError(
                    "roster.damaged_sheet", file=self.file_name, sheet=name, row=1, detail=_short(error)
                ) from error
        return self._sheets[name]

    def rows(self, sheet: str = "") -> Iterator[tuple[int, Row]]:
        """(1-based row number, cell values) for every row, blank rows included.

        Blank cells are "" (as in text files); whole numbers come as floats (2019.0), dates as
        date or datetime. calamine leaves out the empty columns left of the first used one,
        so those are put back: column letters in messages are the ones Excel shows.
        """
        if self._workbook is None:
            yield from self._text_rows or []
            return
        worksheet = self._sheet(sheet)
        left = ("",) * worksheet.start[1] if worksheet.start else ()
        number = 0
        try:
            for number, values in enumerate(worksheet.iter_rows(), 1):
                if number > self.max_rows:
                    raise DomainError(
                        "roster.too_many_rows", file=self.file_name, sheet=worksheet.name, limit=self.max_rows
                    )
                yield number, (left + tuple(values)) if left else tuple(values)
        except DomainError:
            raise
        except Exception as error:  # see _open_workbook
            raise DomainError(
                "roster.damaged_sheet", file=self.file_name, sheet=worksheet.name, row=number + 1, detail=_short(error)
            ) from error

    def row_count(self, sheet: str = "") -> int:
        """How many rows the sheet has (0 when there is no such sheet)."""
        if self._workbook is None:
            return len(self._text_rows or ())
        name = sheet or self._sheet_names[0]
        if name not in self._sheet_names:
            return 0
        end = self._sheet(name).end  # (row, column) of the last used cell, 0-based
        return end[0] + 1 if end else 0

    # -- text files ------------------------------------------------------------------
    def _read_text(self) -> None:
        data = self.path.read_bytes()
        text, self.encoding = decode_text(data, self.file_name)
        self.delimiter = sniff_delimiter(text, self.file_name)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=self.delimiter)
        rows: list[tuple[int, Row]] = []
        try:
            for values in reader:  # csv.Error names a cell over the field limit, or a stray quote
                if len(rows) >= self.max_rows:
                    raise DomainError("roster.too_many_rows", file=self.file_name, sheet="", limit=self.max_rows)
                rows.append((reader.line_num, tuple(values)))
        except csv.Error as error:
            raise csv_error(error, self.file_name, reader.line_num) from error
        self._text_rows = rows

    def close(self) -> None:
        if self._workbook is not None:
            self._sheets.clear()
            self._workbook.close()
            self._workbook = None

    def __enter__(self) -> TabularFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_table(path: str | Path, max_bytes: int = MAX_FILE_BYTES, max_rows: int = MAX_ROWS) -> TabularFile:
    return TabularFile(path, max_bytes=max_bytes, max_rows=max_rows)


_ZIPPED_DOCUMENTS = (
    ("word/", "Word document"),
    ("ppt/", "PowerPoint presentation"),
    ("META-INF/manifest.xml", "OpenDocument file that is not a spreadsheet"),
)


def _zipped_kind(path: Path, file_name: str) -> str:
    """ "xlsx" or "ods" for a zip holding a workbook; DomainError naming what else it holds."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = archive.read("mimetype")[:80] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, KeyError) as error:
        raise DomainError("roster.damaged_workbook", file=file_name, detail=_short(error)) from error
    if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
        return "xlsx"
    if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
        return "ods"
    for prefix, found in _ZIPPED_DOCUMENTS:
        if any(name.startswith(prefix) for name in names):
            raise DomainError("roster.wrong_type", file=file_name, found=found)
    if "[Content_Types].xml" in names:
        raise DomainError("roster.damaged_workbook", file=file_name, detail="the workbook part is missing")
    raise DomainError("roster.wrong_type", file=file_name, found="zip archive")


def csv_error(error: csv.Error, file_name: str, line: int) -> DomainError:
    """A csv.Error as the DomainError that says what is wrong and on which line."""
    if "field larger than field limit" in str(error):
        return DomainError("roster.csv_cell_too_long", file=file_name, line=line, limit=csv.field_size_limit())
    return DomainError("roster.bad_csv", file=file_name, line=line, detail=str(error))


def _short(error: BaseException) -> str:
    text = str(error) or type(error).__name__
    return text if len(text) <= 200 else text[:197] + "…"


# -- encodings ----------------------------------------------------------------------------
def _is_japanese(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3000 <= code <= 0x30FF
        or 0x4E00 <= code <= 0x9FFF
        or 0xFF01 <= code <= 0xFF5E
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
    )


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
    for number, raw_line in enumerate(data.split(b"\n"), 1):
        if raw_line.isascii():
            continue
        try:
            raw_line.decode("utf-8")
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
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            counts = [len(row) for row in reader]
        except csv.Error as error:
            raise csv_error(error, file_name, reader.line_num) from error
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
        raise DomainError(
            "roster.unsure_delimiter", file=file_name, candidates=" or ".join(_delimiter_name(s[2]) for s in scores[:2])
        )
    return best[2]


def _delimiter_name(delimiter: str) -> str:
    return {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}[delimiter]
