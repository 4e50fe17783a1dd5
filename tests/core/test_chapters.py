"""Chapters: created once, found by name or short name in any case."""

from __future__ import annotations

import pytest

from ssc_desktop.errors import DomainError


def test_ensure_chapter_creates_once(services) -> None:
    first, created = services.chapters.ensure_chapter("  SSC India ", " ISCA ", "India")
    assert created is True
    assert (first.name, first.short_name, first.country) == ("SSC India", "ISCA", "India")
    assert first.label == "SSC India (ISCA)"

    again, created_again = services.chapters.ensure_chapter("ssc india")
    assert created_again is False
    assert again == first
    by_short, created_short = services.chapters.ensure_chapter("isca")
    assert created_short is False
    assert by_short.id == first.id
    assert [c.name for c in services.chapters.list_chapters()] == ["SSC India"]


def test_find_chapter_by_name_or_short_name_ignoring_case(services) -> None:
    india, _ = services.chapters.ensure_chapter("SSC India", "ISCA", "India")
    japan, _ = services.chapters.ensure_chapter("SSC Japan", "SSC-JP", "Japan")
    assert services.chapters.find_chapter("isca") == india
    assert services.chapters.find_chapter("ISCA") == india
    assert services.chapters.find_chapter("  Ssc Japan ") == japan
    assert services.chapters.find_chapter("ssc-jp") == japan
    assert services.chapters.find_chapter("SSC") is None
    assert services.chapters.find_chapter("Nepal") is None


def test_chapters_are_listed_by_name(services) -> None:
    for name in ["SSC Vietnam", "SSC India", "SSC Bangladesh"]:
        services.chapters.ensure_chapter(name)
    assert [c.name for c in services.chapters.list_chapters()] == ["SSC Bangladesh", "SSC India", "SSC Vietnam"]
    assert services.chapters.list_chapters()[0].label == "SSC Bangladesh"


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_chapter_needs_a_name(services, name: str) -> None:
    with pytest.raises(DomainError) as caught:
        services.chapters.ensure_chapter(name, "X")
    assert caught.value.code == "chapter.name_required"
    assert str(caught.value) == "A chapter needs a name."
    assert services.chapters.list_chapters() == []
