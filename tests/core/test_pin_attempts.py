"""Judge PINs: a growing wait after 5 wrong tries, at the desk and on the phones alike; 6+ digits suggested."""

from __future__ import annotations

import pytest

from ssc_desktop.errors import DomainError
from ssc_desktop.models import ContestKind
from ssc_desktop.services.contest_rubrics import CriterionDraft
from ssc_desktop.services.contests import ContestDraft
from ssc_desktop.services.pin_attempts import PinThrottle, pin_is_short, suggest_pin

RUBRIC = (CriterionDraft("Merit", 1, 1, 10, 1),)


def test_the_wait_starts_after_five_wrong_pins_and_doubles() -> None:
    now = [0.0]
    throttle = PinThrottle(clock=lambda: now[0])
    key = ("judge", 1)
    assert [throttle.failed(key) for _ in range(4)] == [(1, 0), (2, 0), (3, 0), (4, 0)]
    assert throttle.wait_seconds(key) == 0
    assert throttle.failed(key) == (5, 60)
    assert throttle.wait_seconds(key) == 60
    waits = []
    for _ in range(6):  # wait each one out, then get it wrong again
        now[0] += throttle.wait_seconds(key) + 1
        waits.append(throttle.failed(key)[1])
    assert waits == [120, 240, 480, 900, 900, 900]  # doubling, up to 15 minutes
    throttle.succeeded(key)
    assert throttle.wait_seconds(key) == 0 and throttle.failed(key) == (1, 0)


def test_an_hour_of_quiet_forgets_the_wrong_pins() -> None:
    now = [0.0]
    throttle = PinThrottle(clock=lambda: now[0])
    for _ in range(4):
        throttle.failed("k")
    now[0] += 3601
    assert throttle.failed("k") == (1, 0)


def test_suggested_pins_are_six_random_digits() -> None:
    pins = {suggest_pin() for _ in range(50)}
    assert all(len(p) == 6 and p.isdigit() for p in pins) and len(pins) > 40
    assert pin_is_short("12345") and not pin_is_short("123456")


@pytest.fixture
def judge(services, make_event):
    event = make_event()
    contest = services.contests.create_contest(event.id, ContestDraft("Posters", ContestKind.POSTER), RUBRIC)
    return contest, services.contests.add_judge(contest.id, "Dr. Meera Nair", "48213907")  # 8 digits are fine


def test_judge_mode_at_the_desk_makes_a_guesser_wait(services, judge) -> None:
    contest, meera = judge
    now = [1000.0]
    services.contests.pin_throttle = PinThrottle(clock=lambda: now[0])
    for _ in range(4):
        with pytest.raises(DomainError) as raised:
            services.contests.unlock_judge(contest.id, meera.id, "000000")
        assert raised.value.code == "contest.wrong_pin"
    with pytest.raises(DomainError) as raised:
        services.contests.unlock_judge(contest.id, meera.id, "000000")
    assert raised.value.code == "contest.wrong_pin_wait" and raised.value.params["seconds"] == 60
    assert "wait 60 seconds" in str(raised.value)
    with pytest.raises(DomainError) as raised:  # even the right PIN waits: a guesser learns nothing
        services.contests.unlock_judge(contest.id, meera.id, "48213907")
    assert raised.value.code == "contest.pin_wait" and "Dr. Meera Nair" in str(raised.value)
    now[0] += 61
    with pytest.raises(DomainError) as raised:
        services.contests.unlock_judge(contest.id, meera.id, "111111")
    assert raised.value.params["seconds"] == 120  # the sixth wrong PIN in a row: twice as long
    now[0] += 121
    assert services.contests.unlock_judge(contest.id, meera.id, "48213907").name == "Dr. Meera Nair"
    with pytest.raises(DomainError) as raised:  # a right PIN started the count again
        services.contests.unlock_judge(contest.id, meera.id, "000000")
    assert raised.value.code == "contest.wrong_pin"


def test_pins_of_four_to_twelve_digits(services, judge) -> None:
    contest, meera = judge
    services.contests.set_pin(meera.id, "123456789012")
    assert services.contests.unlock_judge(contest.id, meera.id, "123456789012").id == meera.id
    for bad in ("123", "1234567890123", "12a456"):
        with pytest.raises(DomainError) as raised:
            services.contests.set_pin(meera.id, bad)
        assert "6 or more are suggested" in str(raised.value)
