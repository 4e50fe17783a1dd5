"""Property-based tests: random rows through the roster normalizer and validator never crash,
and whatever they accept is what the members service accepts."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from ssc_desktop.errors import DomainError
from ssc_desktop.models import Gender
from ssc_desktop.services.members import FIRST_VISIT_YEAR, MemberDraft, validate_member
from ssc_desktop.services.roster_import import (
    FIELDS,
    clean_email,
    clean_text,
    email_key,
    header_signature,
    normalize_row,
    parse_gender,
    parse_year,
)

LATEST = date.today().year + 1
MAPPING = {
    0: "latin_name",
    1: "native_name",
    2: "email",
    3: "country",
    4: "visit_year",
    5: "gender",
    6: "phone",
    7: "affiliation",
    8: "reading",
}
ROW_CODES = {
    "roster.row.name_missing",
    "roster.row.bad_email",
    "roster.row.bad_year",
    "roster.row.hidden_characters",
    "roster.row.year_out_of_range",
    "roster.row.unreadable",
    "roster.row.unknown_gender",
}

cells = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(
        [
            "#REF!",
            "#N/A",
            " ２０１９年 ",
            "2019.0",
            "F",
            "男性",
            "Ｆｅｍａｌｅ",
            "  a@b.co ",
            "ＴＡＮＡＫＡ",
            "\u3000山田\u3000太郎\u3000",
            "x@y",
            "",
        ]
    ),
)
rows = st.lists(cells, min_size=0, max_size=12).map(tuple)


@settings(max_examples=400, deadline=None)
@given(rows)
def test_random_rows_normalize_without_crashing(values: tuple) -> None:
    record, problems = normalize_row(values, MAPPING, LATEST)
    assert set(record) == {
        "latin_name",
        "native_name",
        "email",
        "country",
        "affiliation",
        "visit_year",
        "host_institution",
        "gender",
        "phone",
        "notes",
    }
    for problem in problems:
        assert problem.code in ROW_CODES
        assert problem.field in FIELDS
        assert problem.severity in ("error", "warning")
    for name in ("latin_name", "native_name", "country", "affiliation", "phone", "email"):
        text = record[name]
        assert text == text.strip()
        assert unicodedata.normalize("NFKC", text) == text
    assert isinstance(record["gender"], Gender)
    if not any(p.severity == "error" for p in problems):
        # What the importer accepts, the members service accepts too.
        validate_member(MemberDraft(**record))
        assert record["latin_name"]
        year = record["visit_year"]
        assert year is None or FIRST_VISIT_YEAR <= year <= LATEST


@settings(max_examples=300, deadline=None)
@given(rows)
def test_rows_the_members_service_refuses_are_reported(values: tuple) -> None:
    record, problems = normalize_row(values, MAPPING, LATEST)
    try:
        validate_member(MemberDraft(**record))
    except DomainError:
        assert any(p.severity == "error" for p in problems)


@given(st.text(max_size=40))
def test_clean_text_is_idempotent(text: str) -> None:
    try:
        once = clean_text(text)
    except ValueError:
        return
    assert clean_text(once) == once


@given(st.emails())
def test_emails_survive_spaces_width_and_case(email: str) -> None:
    wide = unicodedata.normalize("NFKC", email)
    messy = f"  {wide.upper()}\t"
    assert clean_email(messy) == wide.upper()
    assert email_key(clean_email(messy)) == email_key(wide)


@given(st.integers(min_value=1900, max_value=2099))
def test_years_in_every_spelling(year: int) -> None:
    full_width = str(year).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    for spelling in (
        year,
        float(year),
        str(year),
        f"{year}年",
        f" {year} ",
        full_width,
        f"FY{year}",
        datetime(year, 4, 1),
        f"{year}年度",
    ):
        assert parse_year(spelling) == year, spelling


def test_genders() -> None:
    for value in ("F", "f", "Female", "FEMALE", "女", "女性", "Ｆ"):
        assert parse_gender(value) is Gender.FEMALE
    for value in ("M", "Male", "男", "男性", "ｍａｌｅ"):
        assert parse_gender(value) is Gender.MALE
    for value in (None, "", " ", "-", "n/a"):
        assert parse_gender(value) is Gender.UNSPECIFIED
    assert parse_gender("banana") is None


@given(st.lists(st.text(max_size=10), max_size=8))
def test_header_signature_ignores_width_case_and_trailing_blanks(headers: list[str]) -> None:
    wide = [unicodedata.normalize("NFKC", h).upper() for h in headers]
    assert header_signature(headers + ["", None]) == header_signature(headers)
    assert header_signature(wide) == header_signature(
        [unicodedata.normalize("NFKC", h).upper().casefold() for h in headers]
    )
