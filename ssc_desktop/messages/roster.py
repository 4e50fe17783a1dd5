"""Wording of the roster import codes: the file as a whole, and the problems of single rows."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "roster.file_missing": "There is no file {file}.",
    "roster.file_too_large": (
        "{file} is {size_mb} MB; rosters up to {limit_mb} MB can be imported. "
        "Is this the right file? Save only the roster sheet as .xlsx or .csv."
    ),
    "roster.empty_file": "{file} is empty.",
    "roster.wrong_type": "{file} is not a spreadsheet: it is a {found}. Choose an .xlsx, .xls, .ods or .csv file.",
    "roster.not_a_workbook": (
        "{file} is named like an Excel workbook but is not one (it may have been renamed). "
        "Open it in Excel and save it as .xlsx or .csv."
    ),
    "roster.unsupported_type": "{file}: {suffix} files cannot be imported; save the roster as .xlsx, .xls, .ods or .csv.",
    "roster.damaged_workbook": "{file} is damaged or incomplete and cannot be read as an Excel workbook ({detail}).",
    "roster.damaged_sheet": "{file}, sheet {sheet}: the workbook is damaged near row {row} ({detail}).",
    "roster.no_such_sheet": "{file} has no sheet named {sheet!r}.",
    "roster.too_many_rows": "{file}: more than {limit} rows; split the roster into smaller files.",
    "roster.not_text": "{file} is not a text (CSV) file: it holds binary data.",
    "roster.bad_csv": "{file}, line {line}: the CSV cannot be read ({detail}).",
    "roster.csv_cell_too_long": (
        "{file}, line {line}: a cell holds more than {limit} characters, which no roster cell does; "
        "the file is probably not a CSV table, or a quote mark is never closed."
    ),
    "roster.unreadable_file": "{file} could not be read: {detail}",
    "roster.mixed_encoding": (
        "{file} mixes text encodings: line {line} is not {encoding} like the rest. "
        'Save the file again from Excel as "CSV UTF-8".'
    ),
    "roster.unknown_encoding": (
        "The text encoding of {file} cannot be recognised (first unreadable line: {line}). "
        'Save the file again from Excel as "CSV UTF-8".'
    ),
    "roster.unsure_delimiter": (
        "{file}: cannot tell whether the fields are separated by {candidates}. "
        'Save the file again from Excel as "CSV UTF-8 (comma delimited)".'
    ),
    "roster.empty_sheet": "{where}: the sheet is empty.",
    "roster.no_header": (
        "{where}: no header row found in the first {rows} rows. The roster needs a row naming "
        "its columns, e.g. Name, E-mail, Country (or 氏名, メール, 国・地域)."
    ),
    "roster.blank_header_row": "{where}: row {row} is blank and cannot be the header row.",
    "roster.no_such_row": "{where}: there is no row {row}.",
    "roster.unknown_field": "{field!r} is not a member field.",
    "roster.field_twice": (
        "Two columns are mapped to the same field ({field}); only text fields and name parts can be "
        "combined from several columns."
    ),
    "roster.too_many_combined": "{count} columns are mapped to {field}; at most {limit} columns can be combined.",
    "roster.no_name_column": "{file}: no column is mapped to the member's name.",
    "roster.bad_policy": "{value!r} is not a duplicate choice; use update, skip or keep-both.",
    # Problems of single rows (value and header are always given).
    "roster.row.name_missing": "No name: the row has no name in Latin letters.",
    "roster.row.bad_email": "{value!r} is not an e-mail address.",
    "roster.row.bad_year": "{value!r} is not a year.",
    "roster.row.year_out_of_range": "Visit year {value} is outside {first}-{latest}.",
    "roster.row.unreadable": "The cell cannot be read ({value}).",
    "roster.row.unknown_gender": "{value!r} is not a known gender; stored as not stated.",
    "roster.row.hidden_characters": (
        "Hidden characters that can change how the text shows were removed: {characters}. Imported as {value!r}."
    ),
}
