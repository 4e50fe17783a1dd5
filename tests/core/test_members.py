"""Members: adding, validating, and searching across scripts, accents and widths."""

from __future__ import annotations

from datetime import date

import pytest

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import Gender
from ssc_desktop.services.members import FIRST_VISIT_YEAR, MemberDraft
from ssc_desktop.services.text_folding import fold


def test_add_and_get_member(services, india) -> None:
    added = services.members.add_member(
        MemberDraft(
            latin_name="  Rahul Sharma ",
            native_name="राहुल शर्मा",
            email=" Rahul.Sharma@Example.org ",
            country="India",
            affiliation="IIT Delhi",
            visit_year=2019,
            host_institution="Kochi University",
            gender=Gender.MALE,
            phone="+91 98100 00000",
            chapter_id=india.id,
        )
    )
    assert added.id > 0
    assert added.latin_name == "Rahul Sharma"
    assert added.email == "Rahul.Sharma@Example.org"
    assert added.chapter_name == "SSC India"
    assert added.gender is Gender.MALE
    assert services.members.get_member(added.id) == added
    assert services.members.count_members() == 1


def test_member_without_chapter_has_empty_chapter_name(make_member) -> None:
    assert make_member("Siti Rahayu").chapter_name == ""


def test_unknown_member_is_not_found(services) -> None:
    with pytest.raises(NotFoundError) as caught:
        services.members.get_member(12345)
    assert caught.value.code == "not_found"
    assert "12345" in str(caught.value)


def test_list_is_ordered_by_latin_name_and_limited(make_member, services) -> None:
    for name in ["Zhang Wei", "Amit Gupta", "Kavya Nair", "Binod Thapa"]:
        make_member(name)
    names = [m.latin_name for m in services.members.list_members()]
    assert names == ["Amit Gupta", "Binod Thapa", "Kavya Nair", "Zhang Wei"]
    assert [m.latin_name for m in services.members.list_members(limit=2)] == ["Amit Gupta", "Binod Thapa"]


def test_list_by_chapter(services, india, make_member) -> None:
    nepal, _ = services.chapters.ensure_chapter("SSC Nepal", "SSCN", "Nepal")
    make_member("Rahul Sharma", chapter_id=india.id)
    make_member("Sita Shrestha", chapter_id=nepal.id)
    make_member("Ram Thapa", chapter_id=nepal.id)
    assert [m.latin_name for m in services.members.list_members(chapter_id=nepal.id)] == ["Ram Thapa", "Sita Shrestha"]
    assert [m.latin_name for m in services.members.list_members(search="sharma", chapter_id=nepal.id)] == []


@pytest.fixture
def crowd(make_member):
    people = {
        "an": make_member("Nguyễn Văn An", country="Vietnam", affiliation="Vietnam National University"),
        "hung": make_member("Tran Van Hung", native_name="Trần Văn Hùng", country="Vietnam"),
        "duc": make_member("Le Minh Duc", native_name="Lê Minh Đức", country="Vietnam"),
        "taro": make_member("Yamada Taro", native_name="山田 太郎", country="Japan", email="taro@example.jp"),
        "wide": make_member("ＴＡＮＡＫＡ Ｈａｎａｋｏ", country="Japan"),
        "rahul": make_member("Rahul Sharma", native_name="राहुल शर्मा", affiliation="IIT Delhi"),
        "sunil": make_member("Sunil Perera", native_name="සුනිල් පෙරේරා"),
        "somchai": make_member("Somchai Jaidee", native_name="สมชาย ใจดี"),
        "percent": make_member("Odd_Name 100%"),
    }
    return people


def _found(services, query: str) -> set[int]:
    return {m.id for m in services.members.list_members(search=query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nguyen", {"an"}),  # accents folded away in the stored name
        ("NGUYỄN", {"an"}),  # ...and in the query
        ("nguyen van an", {"an"}),  # several words, all must match
        ("an nguyen", {"an"}),  # in any order
        ("nguyen hung", set()),  # every word must match the same member
        ("van", {"an", "hung"}),
        ("hùng", {"hung"}),  # found through the native name
        ("duc", {"duc"}),  # đ is typed as d
        ("Đức", {"duc"}),
        ("ｎｇｕｙｅｎ", {"an"}),  # full-width letters in the query
        ("tanaka", {"wide"}),  # full-width letters in the stored name
        ("hanako", {"wide"}),
        ("山田", {"taro"}),
        ("太郎", {"taro"}),
        ("राहुल", {"rahul"}),  # Devanagari vowel signs are kept, not stripped
        ("शर्मा", {"rahul"}),
        ("සුනිල්", {"sunil"}),
        ("ใจดี", {"somchai"}),
        ("taro@example", {"taro"}),  # e-mail
        ("iit delhi", {"rahul"}),  # affiliation
        ("vietnam national", {"an"}),
        ("100%", {"percent"}),
        ("odd_name", {"percent"}),
        ("n_uyen", set()),  # _ and % are literal, not wildcards
        ("%", {"percent"}),
        ("zzz", set()),
    ],
)
def test_search(services, crowd, query: str, expected: set[str]) -> None:
    assert _found(services, query) == {crowd[key].id for key in expected}


def test_empty_search_lists_everyone(services, crowd) -> None:
    assert _found(services, "") == _found(services, "   ") == {m.id for m in crowd.values()}
    assert len(services.members.list_members(search=None)) == len(crowd)


def test_search_key_is_folded(crowd) -> None:
    assert "nguyen van an" in crowd["an"].search_key
    assert "tanaka hanako" in crowd["wide"].search_key
    assert crowd["duc"].search_key == fold(crowd["duc"].search_key)


@pytest.mark.parametrize("name", ["", "   "])
def test_member_needs_a_latin_name(services, name: str) -> None:
    with pytest.raises(DomainError) as caught:
        services.members.add_member(MemberDraft(latin_name=name, native_name="山田 太郎"))
    assert caught.value.code == "member.name_required"
    assert services.members.count_members() == 0


@pytest.mark.parametrize("email", ["not-an-email", "a@b", "two@@example.org", "space in@example.org", "@example.org"])
def test_bad_email_is_refused(services, email: str) -> None:
    with pytest.raises(DomainError) as caught:
        services.members.add_member(MemberDraft(latin_name="Kavya Nair", email=email))
    assert caught.value.code == "member.bad_email"
    assert email.strip() in str(caught.value)
    assert services.members.count_members() == 0


def test_good_and_empty_emails_are_accepted(services) -> None:
    services.members.add_member(MemberDraft(latin_name="Kavya Nair", email="kavya.nair+ssc@iisc.ac.in"))
    services.members.add_member(MemberDraft(latin_name="Meera Das", email=""))
    assert services.members.count_members() == 2


@pytest.mark.parametrize("year", [FIRST_VISIT_YEAR - 1, 1999, date.today().year + 2, 20190])
def test_visit_year_out_of_range_is_refused(services, year: int) -> None:
    with pytest.raises(DomainError) as caught:
        services.members.add_member(MemberDraft(latin_name="Arjun Reddy", visit_year=year))
    assert caught.value.code == "member.bad_visit_year"
    assert str(year) in str(caught.value)
    assert services.members.count_members() == 0


@pytest.mark.parametrize("year", [FIRST_VISIT_YEAR, date.today().year, date.today().year + 1, None])
def test_visit_year_in_range_is_accepted(services, year: int | None) -> None:
    assert services.members.add_member(MemberDraft(latin_name="Arjun Reddy", visit_year=year)).visit_year == year


def test_add_members_stores_all(services, india) -> None:
    drafts = [MemberDraft(latin_name=f"Member {i:03}", chapter_id=india.id) for i in range(50)]
    assert services.members.add_members(drafts) == 50
    assert services.members.count_members() == 50
    assert services.members.add_members([]) == 0


def test_add_members_is_all_or_nothing_on_a_bad_draft(services) -> None:
    drafts = [MemberDraft(latin_name=f"Member {i:03}") for i in range(20)]
    drafts.insert(13, MemberDraft(latin_name="Broken", email="broken@"))
    with pytest.raises(DomainError) as caught:
        services.members.add_members(drafts)
    assert caught.value.code == "member.bad_email"
    assert services.members.count_members() == 0


def test_add_members_is_all_or_nothing_when_the_database_refuses(services, india) -> None:
    drafts = [MemberDraft(latin_name=f"Member {i:03}", chapter_id=india.id) for i in range(20)]
    drafts.append(MemberDraft(latin_name="Lost soul", chapter_id=india.id + 999))  # no such chapter
    with pytest.raises(Exception):  # noqa: B017 -- the foreign key stops the whole batch
        services.members.add_members(drafts)
    assert services.members.count_members() == 0
