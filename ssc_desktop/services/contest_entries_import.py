"""Contest entries from an .xlsx or .csv file, read with the roster import's rigour.

The header row names the columns (English names and a few common variants, any case);
every problem is collected with its file, row and column, and if there is any the import
stops before anything is saved. Authors are separated by ";" (or a new line); a column of
Latin names, if given, lines up with them one by one.
"""

from __future__ import annotations

from pathlib import Path

from ssc_desktop.errors import DomainError
from ssc_desktop.services.contests import AuthorDraft, EntryDraft
from ssc_desktop.services.tabular_files import column_letter, open_table
from ssc_desktop.services.text_folding import fold

MAX_PROBLEMS_SHOWN = 30

FIELDS: dict[str, tuple[str, ...]] = {
    "code": ("code", "entry code", "id", "entry", "no", "number", "poster code"),
    "title": ("title", "entry title", "poster title", "essay title"),
    "category": ("category", "division", "level"),
    "theme": ("theme", "topic"),
    "authors": ("authors", "author", "students", "names", "name"),
    "latin_names": ("authors (latin)", "latin names", "latin name", "names (latin)", "romanized names"),
    "affiliation": ("school", "affiliation", "school or affiliation", "institution", "university"),
    "abstract": ("abstract", "summary", "description"),
}
REQUIRED = ("code", "title")


def _split(text: str) -> list[str]:
    parts = text.replace("\r", "\n").replace("\n", ";").split(";")
    return [" ".join(p.split()) for p in parts if p.strip()]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_entries(
    path: str | Path, categories: tuple[str, ...] = (), existing_codes: set[str] | frozenset[str] = frozenset()
) -> list[EntryDraft]:
    path = Path(path)
    with open_table(path) as table:
        rows = list(table.rows())
    file_name = path.name
    header_at = next((n for n, values in rows if any(_text(v) for v in values)), None)
    if header_at is None:
        raise DomainError("contest.import_no_rows", file=file_name)
    header = next(values for n, values in rows if n == header_at)
    aliases = {fold(alias): name for name, names in FIELDS.items() for alias in names}
    columns: dict[str, int] = {}
    for index, value in enumerate(header):
        name = aliases.get(fold(" ".join(_text(value).split())))
        if name and name not in columns:
            columns[name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise DomainError(
            "contest.import_missing_columns",
            file=file_name,
            columns=" and ".join(missing),
            found=", ".join(_text(v) for v in header if _text(v)) or "nothing",
        )
    folded_categories = {fold(c): c for c in categories}
    problems: list[str] = []
    drafts: list[EntryDraft] = []
    seen: dict[str, int] = {}

    def where(row: int, field: str) -> str:
        return f"row {row}, column {column_letter(columns[field])} ({field})"

    for number, values in rows:
        if number <= header_at or not any(_text(v) for v in values):
            continue

        def cell(field: str, values: tuple = values) -> str:  # this row's values, bound now
            index = columns.get(field)
            return _text(values[index]) if index is not None and index < len(values) else ""

        code, title = cell("code"), cell("title")
        if not code:
            problems.append(f"{where(number, 'code')}: the code is empty")
        elif len(code) > 20:
            problems.append(f"{where(number, 'code')}: {code!r} is longer than 20 characters")
        elif code.casefold() in existing_codes:
            problems.append(f"{where(number, 'code')}: {code} is already an entry of this contest")
        elif code.casefold() in seen:
            problems.append(f"{where(number, 'code')}: {code} is used again (first on row {seen[code.casefold()]})")
        else:
            seen[code.casefold()] = number
        if not title:
            problems.append(f"{where(number, 'title')}: the title is empty")
        elif len(title) > 300:
            problems.append(f"{where(number, 'title')}: the title is {len(title)} characters long; at most 300 fit")
        category = cell("category")
        if categories:
            if not category:
                problems.append(
                    f"{where(number, 'category') if 'category' in columns else f'row {number}'}: "
                    f"no category (use one of: {', '.join(categories)})"
                )
            elif fold(category) not in folded_categories:
                problems.append(
                    f"{where(number, 'category')}: {category!r} is not a category of this contest "
                    f"(use one of: {', '.join(categories)})"
                )
            else:
                category = folded_categories[fold(category)]
        names = _split(cell("authors"))
        latin = _split(cell("latin_names"))
        if latin and len(latin) != len(names):
            problems.append(f"{where(number, 'latin_names')}: {len(latin)} Latin names for {len(names)} authors")
        authors = tuple(AuthorDraft(name, latin[i] if i < len(latin) else name) for i, name in enumerate(names))
        drafts.append(EntryDraft(code, title, category, cell("theme"), cell("affiliation"), cell("abstract"), authors))
    if not drafts and not problems:
        raise DomainError("contest.import_no_rows", file=file_name)
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(f"… and {len(problems) - len(shown)} more")
        raise DomainError(
            "contest.import_problems", file=file_name, count=len(problems), problems="\n".join(shown), items=problems
        )
    return drafts
