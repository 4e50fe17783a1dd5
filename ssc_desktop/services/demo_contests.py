"""The demo reunion's contests: a high-school poster contest and a blind essay contest.

Posters: 20 entries from Delhi-area schools, 5 judges (one from a school with entries, so
the assignment keeps her away from them), 3 judges an entry, one declared conflict, most
scores entered and one judge late; provisional awards suggested, not locked. Essays: blind,
8 entries in two categories, 3 judges, all scored, awards given and the contest locked.
Demo judges' PINs are their number four times: 1111, 2222, …
"""

from __future__ import annotations

import random
from datetime import timedelta

from ssc_desktop.models import ContestKind
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import AuthorDraft, ContestDraft, EntryDraft, SheetScores

SCHOOLS = [
    "Delhi Public School, R.K. Puram",
    "Kendriya Vidyalaya, IIT Campus",
    "Modern School, Barakhamba Road",
    "Sardar Patel Vidyalaya",
    "Sanskriti School",
    "St. Columba's School",
    "Springdales School",
]
STUDENTS = [
    ("आरव गुप्ता", "Aarav Gupta"),
    ("दिया शर्मा", "Diya Sharma"),
    ("অর্জুন দাস", "Arjun Das"),
    ("ইশা সেন", "Isha Sen"),
    ("Kabir Mehta", "Kabir Mehta"),
    ("ज़ोया ख़ान", "Zoya Khan"),
    ("वरुण अय्यर", "Varun Iyer"),
    ("Anika Reddy", "Anika Reddy"),
    ("सान्वी वर्मा", "Saanvi Verma"),
    ("Rehan Thapa", "Rehan Thapa"),
    ("মীরা রেড্ডি", "Meera Reddy"),
    ("Tenzin Dolma", "Tenzin Dolma"),
]
POSTER_TITLES = [
    "Low-cost air-quality sensors for school buses",
    "Microplastics in the Yamuna at Okhla",
    "Solar dryer for mangoes",
    "Bacteria that eat polythene",
    "Predicting Delhi smog with open data",
    "A cheaper water filter from rice husk",
    "Bird counts on the Ridge, 2019–2026",
    "Earthquake early warning with phone sensors",
    "Plant growth under coloured LEDs",
    "Noise maps of a school day",
    "Biochar for rooftop gardens",
    "Testing street-food oil for reuse",
    "A Braille label printer from e-waste",
    "Heat islands on our campus",
    "Mosquito breeding in coolers",
    "Seed balls for the Aravallis",
    "Measuring UV with a phone camera",
    "Compost speed and kitchen waste",
    "Paper batteries from turmeric",
    "Algae to clean pond water",
]
JUDGES = [
    ("Dr. Meera Nair", "IISc Bengaluru", 0.0),
    ("Prof. Kenji Tanaka", "Osaka University", -12.0),
    ("Dr. Priya Kulkarni", "Delhi Public School, R.K. Puram", 6.0),
    ("Dr. Wei Zhang", "Tsinghua University", 9.0),
    ("Dr. Rohan Iyer", "IIT Bombay", -4.0),
]
ESSAY_TITLES = [
    "Why Japan plants cherry trees",
    "Science as a shared language",
    "What my grandmother knew about soil",
    "Rivers remember",
    "The ethics of gene drives",
    "Small labs, big questions",
    "Learning from failure",
    "A village without plastic",
]


def _score(rng: random.Random, criterion, quality: float, bias: float) -> float:
    span = criterion.scale_max - criterion.scale_min
    raw = criterion.scale_min + span * (quality + bias / 100 + rng.gauss(0, 0.08))
    steps = round((raw - criterion.scale_min) / criterion.step)
    value = criterion.scale_min + steps * criterion.step
    return min(max(value, criterion.scale_min), criterion.scale_max)


def _fill(
    services: ServiceSet,
    contest_id: int,
    rng: random.Random,
    quality: dict[int, float],
    bias: dict[int, float],
    skip: dict[int, int],
) -> None:
    contest = services.contests.get_contest(contest_id)
    sheets = []
    for judge in services.contests.list_judges(contest_id):
        work = services.contests.judge_work(judge.id)
        items = list(work.items)
        for item in items[: len(items) - skip.get(judge.id, 0)]:
            values = {c.id: _score(rng, c, quality[item.id], bias[judge.id]) for c in contest.criteria}
            sheets.append(
                SheetScores(
                    judge.id,
                    item.id,
                    values,
                    rng.choice(["", "", "Clear question.", "Strong answers to questions.", "Figures hard to read."]),
                )
            )
    services.contests.save_many(sheets, source="app")


def add_demo_contests(services: ServiceSet, event_id: int, seed: int = 3) -> None:
    rng = random.Random(seed * 101)
    contests = services.contests
    event = services.events.get_event(event_id)
    poster = contests.create_contest(
        event_id,
        ContestDraft(
            "High-school poster contest",
            ContestKind.POSTER,
            ("High school",),
            theme="Science for a cleaner, healthier city",
            judging_opens=event.starts_at - timedelta(days=1),
            judging_closes=event.ends_at + timedelta(days=2),
            judges_per_entry=3,
        ),
    )
    drafts = []
    for number, title in enumerate(POSTER_TITLES, start=1):
        authors = rng.sample(STUDENTS, rng.choice([1, 2, 2, 3]))
        drafts.append(
            EntryDraft(
                f"P-{number:02d}",
                title,
                "High school",
                affiliation=SCHOOLS[number % len(SCHOOLS)],
                abstract=f"{title}: a student project from {SCHOOLS[number % len(SCHOOLS)]}.",
                authors=tuple(AuthorDraft(own, latin) for own, latin in authors),
            )
        )
    entries = contests.add_entries(poster.id, drafts)
    judges = [
        contests.add_judge(poster.id, name, str(n) * 4, affiliation=school)
        for n, (name, school, _bias) in enumerate(JUDGES, start=1)
    ]
    contests.assign(poster.id)
    # Dr. Nair supervised P-04's students last summer: she steps back and it moves on.
    first = contests.judge_work(judges[0].id).items
    contests.declare_conflict(judges[0].id, first[0].id, "Supervised the students in a summer lab")
    quality = {e.id: rng.uniform(0.35, 0.9) for e in entries}
    bias = {j.id: b for j, (_n, _s, b) in zip(judges, JUDGES, strict=True)}
    # Prof. Tanaka is late (most of his still to do); Dr. Iyer has two left.
    _fill(services, poster.id, rng, quality, bias, {judges[1].id: 9, judges[4].id: 2})
    contests.set_awards(poster.id, contests.suggest_awards(poster.id))

    essay = contests.create_contest(
        event_id,
        ContestDraft(
            "Science essay competition",
            ContestKind.ESSAY,
            ("High school", "University"),
            theme="What Japan taught me about science",
            judges_per_entry=2,
        ),
    )
    essay_drafts = []
    for number, title in enumerate(ESSAY_TITLES, start=1):
        own, latin = STUDENTS[(number * 5) % len(STUDENTS)]
        category = "High school" if number <= 4 else "University"
        essay_drafts.append(
            EntryDraft(
                f"E-{number:02d}",
                title,
                category,
                affiliation=SCHOOLS[number % len(SCHOOLS)] if number <= 4 else "IIT Delhi",
                authors=(AuthorDraft(own, latin),),
            )
        )
    essay_entries = contests.add_entries(essay.id, essay_drafts)
    essay_judges = [
        contests.add_judge(essay.id, name, str(n) * 4, affiliation=school)
        for n, (name, school, _b) in enumerate(JUDGES[:3], start=1)
    ]
    contests.assign(essay.id)
    quality = {e.id: rng.uniform(0.4, 0.9) for e in essay_entries}
    bias = {j.id: b for j, (_n, _s, b) in zip(essay_judges, JUDGES[:3], strict=True)}  # the first three judge essays
    _fill(services, essay.id, rng, quality, bias, {})
    places = contests.suggest_awards(essay.id)
    results = contests.results(essay.id).results
    fourth = [r.id for r in results.entries if r.rank == 4]
    places.update({entry_id: 4 for entry_id in fourth[:1]})
    contests.set_awards(essay.id, places)
    contests.lock(essay.id, by="Demo coordinator")
