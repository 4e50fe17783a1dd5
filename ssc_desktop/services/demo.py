"""The demo reunion: the India chapter's 3rd reunion, hybrid, with ~300 members.

Everything is generated here with a fixed seed, so every screen has something true
to show: members in many scripts, registrations in every role, a waitlist, cancellations
and a morning of check-ins. The reunion is held today, so the check-in desk is live.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from ssc_desktop.errors import DomainError
from ssc_desktop.models import EventFormat, Gender, RegistrationRole, RegistrationStatus
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.chapters import KNOWN_CHAPTERS
from ssc_desktop.services.events import EventDraft, zone
from ssc_desktop.services.members import MemberDraft

F, M = Gender.FEMALE, Gender.MALE

# (Latin, own script, gender) for given names; (Latin, own script) for family names.
# order "family-first" puts the family name first, as people of that country write it.
_NAME_POOLS: dict[str, dict] = {
    "India": {
        "given": [
            ("Rahul", "राहुल", M),
            ("Ananya", "अनन्या", F),
            ("Priya", "प्रिया", F),
            ("Arjun", "अर्जुन", M),
            ("Kavya", "काव्या", F),
            ("Vikram", "विक्रम", M),
            ("Sneha", "स्नेहा", F),
            ("Aditya", "आदित्य", M),
            ("Meera", "मीरा", F),
            ("Rohan", "रोहन", M),
            ("Isha", "ईशा", F),
            ("Karan", "करण", M),
            ("Pooja", "पूजा", F),
            ("Siddharth", "सिद्धार्थ", M),
            ("Neha", "नेहा", F),
            ("Amit", "अमित", M),
        ],
        "family": [
            ("Sharma", "शर्मा"),
            ("Kulkarni", "कुलकर्णी"),
            ("Nair", "नायर"),
            ("Iyer", "अय्यर"),
            ("Gupta", "गुप्ता"),
            ("Singh", "सिंह"),
            ("Patel", "पटेल"),
            ("Reddy", "रेड्डी"),
            ("Das", "दास"),
            ("Mehta", "मेहता"),
            ("Joshi", "जोशी"),
            ("Verma", "वर्मा"),
        ],
        "order": "given-first",
        "affiliations": [
            "IIT Delhi",
            "IIT Bombay",
            "IISc Bengaluru",
            "University of Delhi",
            "IISER Pune",
            "Jawaharlal Nehru University",
            "Anna University",
            "Delhi Public School, R.K. Puram",
        ],
    },
    "Japan": {
        "given": [
            ("Taro", "太郎", M),
            ("Hanako", "花子", F),
            ("Ichiro", "一郎", M),
            ("Yuki", "由紀", F),
            ("Kenji", "健二", M),
            ("Aiko", "愛子", F),
            ("Haruto", "陽翔", M),
            ("Sakura", "さくら", F),
        ],
        "family": [
            ("Yamada", "山田"),
            ("Sato", "佐藤"),
            ("Suzuki", "鈴木"),
            ("Takahashi", "高橋"),
            ("Tanaka", "田中"),
            ("Watanabe", "渡辺"),
            ("Ito", "伊藤"),
            ("Nakamura", "中村"),
        ],
        "order": "family-first",
        "separator": " ",
        "affiliations": ["Japan Science and Technology Agency", "Kochi University", "Osaka University", "RIKEN"],
    },
    "China": {
        "given": [
            ("Wei", "伟", M),
            ("Na", "娜", F),
            ("Min", "敏", F),
            ("Lei", "磊", M),
            ("Jing", "静", F),
            ("Hao", "浩", M),
            ("Xin", "欣", F),
            ("Yang", "洋", M),
        ],
        "family": [
            ("Wang", "王"),
            ("Li", "李"),
            ("Zhang", "张"),
            ("Liu", "刘"),
            ("Chen", "陈"),
            ("Zhou", "周"),
            ("Zhao", "赵"),
            ("Huang", "黄"),
        ],
        "order": "family-first",
        "separator": "",
        "affiliations": ["Tsinghua University", "Peking University", "Zhejiang University"],
    },
    "Nepal": {
        "given": [("Sita", "सीता", F), ("Ram", "राम", M), ("Binod", "बिनोद", M), ("Sunita", "सुनिता", F)],
        "family": [("Shrestha", "श्रेष्ठ"), ("Thapa", "थापा"), ("Gurung", "गुरुङ"), ("Adhikari", "अधिकारी")],
        "order": "given-first",
        "affiliations": ["Tribhuvan University", "Kathmandu University"],
    },
    "Sri Lanka": {
        "given": [("Sunil", "සුනිල්", M), ("Nadeesha", "නදීෂා", F), ("Kasun", "කසුන්", M), ("Dilani", "දිලානි", F)],
        "family": [("Perera", "පෙරේරා"), ("Fernando", "ප්‍රනාන්දු"), ("Silva", "සිල්වා"), ("Jayasinghe", "ජයසිංහ")],
        "order": "given-first",
        "affiliations": ["University of Moratuwa", "University of Peradeniya"],
    },
    "Bangladesh": {
        "given": [("Mohammad", "মোহাম্মদ", M), ("Farzana", "ফারজানা", F), ("Tanvir", "তানভীর", M), ("Nusrat", "নুসরাত", F)],
        "family": [("Rahman", "রহমান"), ("Akter", "আক্তার"), ("Hossain", "হোসেন"), ("Islam", "ইসলাম")],
        "order": "given-first",
        "affiliations": ["BUET", "University of Dhaka"],
    },
    "Thailand": {
        "given": [("Somchai", "สมชาย", M), ("Suda", "สุดา", F), ("Niran", "นิรันดร์", M), ("Ploy", "พลอย", F)],
        "family": [("Jaidee", "ใจดี"), ("Wongsa", "วงศ์สา"), ("Srisuk", "ศรีสุข")],
        "order": "given-first",
        "affiliations": ["Chulalongkorn University", "Mahidol University"],
    },
    "Myanmar": {
        "whole": [
            ("Aye Aye Myint", "အေးအေးမြင့်", F),
            ("Kyaw Zin Oo", "ကျော်ဇင်ဦး", M),
            ("Thida Win", "သီတာဝင်း", F),
            ("Zaw Min Htet", "ဇော်မင်းထက်", M),
        ],
        "affiliations": ["University of Yangon"],
    },
    "Vietnam": {
        "given": [
            ("Van An", "Văn An", M),
            ("Thi Mai", "Thị Mai", F),
            ("Van Hung", "Văn Hùng", M),
            ("Thi Lan", "Thị Lan", F),
            ("Minh Duc", "Minh Đức", M),
        ],
        "family": [("Nguyen", "Nguyễn"), ("Tran", "Trần"), ("Le", "Lê"), ("Pham", "Phạm")],
        "order": "family-first",
        "separator": " ",
        "affiliations": ["Hanoi University of Science and Technology", "Vietnam National University"],
    },
    "Indonesia": {
        "whole": [
            ("Siti Rahayu", "", F),
            ("Budi Santoso", "", M),
            ("Kadek Putra Wijaya", "", M),
            ("Dewi Lestari", "", F),
            ("Agus Setiawan", "", M),
        ],
        "affiliations": ["Universitas Indonesia", "Institut Teknologi Bandung"],
    },
    "Malaysia": {
        "whole": [
            ("Lim Wei Hong", "林伟鸿", M),
            ("Nur Aisyah", "", F),
            ("Muhammad Faiz", "", M),
            ("Tan Mei Ling", "陈美玲", F),
        ],
        "affiliations": ["Universiti Malaya", "Universiti Sains Malaysia"],
    },
}

# (chapter name, short name, country)
_DEMO_COUNTRIES = (
    "India",
    "Japan",
    "China",
    "Nepal",
    "Sri Lanka",
    "Bangladesh",
    "Thailand",
    "Myanmar",
    "Vietnam",
    "Indonesia",
    "Malaysia",
)  # in this order: the demo's chapter ids follow it
CHAPTERS = {
    country: next((c.name, c.short_name, c.country) for c in KNOWN_CHAPTERS if c.country == country)
    for country in _DEMO_COUNTRIES
}
# Host reunions draw mostly on their own chapter, with guests from the region.
_COUNTRY_WEIGHTS = {
    "India": 60,
    "Japan": 6,
    "China": 6,
    "Nepal": 5,
    "Sri Lanka": 5,
    "Bangladesh": 5,
    "Thailand": 3,
    "Myanmar": 3,
    "Vietnam": 3,
    "Indonesia": 2,
    "Malaysia": 2,
}
_HOSTS = [
    "Kochi University",
    "Osaka University",
    "RIKEN",
    "University of Tokyo",
    "Tohoku University",
    "Kyushu University",
    "National Institute for Materials Science",
]
DEMO_TIMEZONE = "Asia/Kolkata"


@dataclass(frozen=True)
class DemoSummary:
    reunion_event_id: int
    members: int
    events: int
    registrations: int
    checked_in: int


def generate_members(count: int, seed: int = 3, chapter_ids: dict[str, int] | None = None) -> list[MemberDraft]:
    """Realistic members with names in their own scripts; deterministic for a seed."""
    rng = random.Random(seed)
    countries = list(_COUNTRY_WEIGHTS)
    weights = list(_COUNTRY_WEIGHTS.values())
    used_emails: set[str] = set()
    drafts = []
    this_year = date.today().year
    for _ in range(count):
        country = rng.choices(countries, weights)[0]
        latin, native, gender = _person(rng, _NAME_POOLS[country])
        email = _unique_email(latin, used_emails, rng)
        drafts.append(
            MemberDraft(
                latin_name=latin,
                native_name=native,
                email=email,
                country=country,
                affiliation=rng.choice(_NAME_POOLS[country]["affiliations"]),
                visit_year=rng.randint(2014, min(this_year, 2026)),
                host_institution=rng.choice(_HOSTS),
                gender=gender,
                phone=f"+{rng.randint(60, 99)} {rng.randint(10**8, 10**9 - 1)}",
                chapter_id=(chapter_ids or {}).get(country),
            )
        )
    return drafts


def _person(rng: random.Random, pool: dict) -> tuple[str, str, Gender]:
    if "whole" in pool:
        return rng.choice(pool["whole"])
    given_latin, given_native, gender = rng.choice(pool["given"])
    family_latin, family_native = rng.choice(pool["family"])
    if pool["order"] == "family-first":
        separator = pool.get("separator", " ")
        return f"{family_latin} {given_latin}", f"{family_native}{separator}{given_native}", gender
    return f"{given_latin} {family_latin}", f"{given_native} {family_native}", gender


def _unique_email(latin: str, used: set[str], rng: random.Random) -> str:
    base = latin.lower().replace(" ", ".")
    domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.in", "example.org"])
    candidate = f"{base}@{domain}"
    number = 2
    while candidate in used:
        candidate = f"{base}{number}@{domain}"
        number += 1
    used.add(candidate)
    return candidate


def _roles(rng: random.Random, count: int) -> list[RegistrationRole]:
    fixed = [RegistrationRole.SPEAKER] * 8 + [RegistrationRole.JUDGE] * 5 + [RegistrationRole.STAFF] * 10
    fixed += [RegistrationRole.GUEST] * 6
    roles = fixed + [RegistrationRole.PARTICIPANT] * max(0, count - len(fixed))
    rng.shuffle(roles)
    return roles[:count]


def build_demo(services: ServiceSet, member_count: int = 300, today: date | None = None, seed: int = 3) -> DemoSummary:
    existing = services.members.count_members()
    if existing:
        raise DomainError("demo.database_not_empty", location="this database", members=existing)
    rng = random.Random(seed)
    chapter_ids = {}
    for country, (name, short, country_name) in CHAPTERS.items():
        chapter, _ = services.chapters.ensure_chapter(name, short, country_name)
        chapter_ids[country] = chapter.id
    services.members.add_members(generate_members(member_count, seed, chapter_ids))
    members = services.members.list_members()
    india = chapter_ids["India"]

    tz = zone(DEMO_TIMEZONE)
    today = today or datetime.now(tz).date()

    def local(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), tzinfo=tz).astimezone(timezone.utc)

    last_year = today - timedelta(days=364)
    second = services.events.create_event(
        EventDraft(
            chapter_id=india,
            title="2nd SSC India Reunion",
            format=EventFormat.FACE_TO_FACE,
            starts_at=local(last_year, 10),
            ends_at=local(last_year, 17, 30),
            timezone=DEMO_TIMEZONE,
            venue="IISc Bengaluru, J.N. Tata Auditorium",
            capacity=150,
        )
    )
    reunion = services.events.create_event(
        EventDraft(
            chapter_id=india,
            title="3rd SSC India Reunion",
            format=EventFormat.HYBRID,
            starts_at=local(today, 9, 30),
            ends_at=local(today, 18),
            timezone=DEMO_TIMEZONE,
            venue="IIT Delhi, Dogra Hall, Hauz Khas, New Delhi",
            online_link="https://zoom.us/j/84512345678",
            capacity=200,
        )
    )
    webinar_day = today + timedelta(days=56)
    services.events.create_event(
        EventDraft(
            chapter_id=india,
            title="Job hunting in Japan — alumni webinar",
            format=EventFormat.ONLINE,
            starts_at=local(webinar_day, 17),
            ends_at=local(webinar_day, 18, 30),
            timezone=DEMO_TIMEZONE,
            online_link="https://meet.google.com/ssc-jobs-jp",
        )
    )

    # Last year's reunion: a smaller crowd, nearly everyone came.
    past_people = rng.sample(members, min(120, len(members)))
    last_year_opened = local(last_year, 10) - timedelta(days=42)
    services.registrations.register_many(
        second.id,
        [(m.id, RegistrationRole.PARTICIPANT, RegistrationStatus.REGISTERED) for m in past_people],
        registered_at=[last_year_opened + timedelta(hours=6 * index) for index in range(len(past_people))],
    )

    # This year's: 230 sign-ups for 200 places, so 30 wait; a few cancelled.
    people = rng.sample(members, min(230, len(members)))
    roles = _roles(rng, len(people))
    entries = []
    for index, (member, role) in enumerate(zip(people, roles, strict=True)):
        # 200 places; the 5 who cancelled gave theirs to the next 5 in the queue, so 25 still wait.
        if index >= 205:
            status = RegistrationStatus.WAITLISTED
        elif index % 37 == 36:
            status = RegistrationStatus.CANCELLED
        else:
            status = RegistrationStatus.REGISTERED
        entries.append((member.id, role, status))
    # Sign-ups came in over the eight weeks before the day, in queue order: never after a check-in.
    opened = local(today, 9, 30) - timedelta(days=56)
    signed_up = [
        opened + timedelta(minutes=index * 56 * 24 * 60 // (len(entries) + 1)) for index in range(len(entries))
    ]
    services.registrations.register_many(reunion.id, entries, registered_at=signed_up)

    add_demo_programme(services, reunion.id, today, local, members)
    checked_in = _check_in_morning(services, second.id, last_year, local, rng, share=0.92)
    checked_in += _check_in_morning(services, reunion.id, today, local, rng, share=0.6)
    from ssc_desktop.services.demo_certificates import add_demo_contributors, add_demo_report_notes
    from ssc_desktop.services.demo_checkin import add_demo_checkin_lists
    from ssc_desktop.services.demo_contests import add_demo_contests
    from ssc_desktop.services.demo_online import add_demo_zoom_session

    add_demo_checkin_lists(services, reunion.id, today, local, seed)
    add_demo_contests(services, reunion.id, seed)
    add_demo_contributors(services, reunion.id)
    add_demo_report_notes(services, reunion.id)
    add_demo_zoom_session(services, reunion.id, seed)
    registrations = len(past_people) + len(entries)
    return DemoSummary(reunion.id, len(members), 3, registrations, checked_in)


def _check_in_morning(services: ServiceSet, event_id: int, day: date, local, rng: random.Random, share: float) -> int:
    stations = ["Front desk 1", "Front desk 2"]
    registered = [
        r for r in services.registrations.list_registrations(event_id) if r.status == RegistrationStatus.REGISTERED
    ]
    arriving = rng.sample(registered, int(len(registered) * share))
    start = local(day, 8, 45)
    for registration in arriving:
        # Most people arrive in the hour before the opening keynote.
        minutes = min(rng.expovariate(1 / 35), 150)
        services.checkin.check_in(registration.id, rng.choice(stations), at=start + timedelta(minutes=minutes))
    return len(arriving)


def add_demo_programme(services: ServiceSet, event_id: int, day: date, local, members: list) -> None:
    """The reunion's day: keynote, parallel alumni talks, seminar, posters, panel — and no clashes."""
    from ssc_desktop.models import ProgrammeKind as K
    from ssc_desktop.services.programme import ItemDraft, SpeakerDraft

    used: set[int] = set()

    def member_from(country: str) -> tuple[SpeakerDraft, ...]:
        for member in members:
            if member.country == country and member.id not in used and (member.native_name or country == "Indonesia"):
                used.add(member.id)
                return (SpeakerDraft(member.id),)
        return ()

    def at(start: tuple[int, int], end: tuple[int, int]) -> tuple[datetime, datetime]:
        return local(day, *start), local(day, *end)

    hall, lh121, lh325, foyer = "Dogra Hall", "Seminar room LH-121", "Seminar room LH-325", "Foyer"
    keynote = SpeakerDraft(
        None,
        "Kenichi Sato",
        "佐藤 健一",
        "Kochi University, Faculty of Science",
        "Professor of marine geochemistry; has hosted Sakura Science visits since 2015.",
    )
    jst = SpeakerDraft(
        None,
        "Hanako Tanaka",
        "田中 花子",
        "Japan Science and Technology Agency (JST)",
        "Runs the Sakura Science Exchange Program's alumni activities.",
    )
    plan = [
        (
            at((9, 30), (10, 0)),
            "Registration and breakfast",
            foyer,
            K.BREAK,
            "Collect your badge at the front desks.",
            (),
        ),
        (at((10, 0), (10, 15)), "Welcome from the SSC India chapter", hall, K.OTHER, "", member_from("India")),
        (
            at((10, 15), (11, 0)),
            "Opening keynote: what a two-week visit can start",
            hall,
            K.KEYNOTE,
            "How short research visits to Japan grew into careers and collaborations.",
            (keynote,),
        ),
        (at((11, 0), (11, 15)), "Tea break", foyer, K.BREAK, "", ()),
        (
            at((11, 15), (12, 15)),
            "Alumni talks: materials and energy",
            hall,
            K.ALUMNI_TALK,
            "Three alumni on the labs they joined after their visit.",
            member_from("India") + member_from("Nepal") + member_from("China"),
        ),
        (
            at((11, 15), (12, 15)),
            "Alumni talks: life sciences",
            lh121,
            K.ALUMNI_TALK,
            "",
            member_from("India") + member_from("Sri Lanka") + member_from("Thailand"),
        ),
        (at((12, 15), (13, 15)), "Lunch", foyer, K.BREAK, "", ()),
        (
            at((13, 15), (14, 15)),
            "Job hunting in Japan: visas, JLPT and job fairs",
            lh325,
            K.JOB_SEMINAR,
            "Practical advice for researchers and engineers, with questions.",
            (jst,) + member_from("Vietnam"),
        ),
        (
            at((13, 15), (14, 15)),
            "E-poster session",
            hall,
            K.POSTER_SESSION,
            "Alumni research on screens in the hall; vote for the best poster.",
            (),
        ),
        (
            at((14, 30), (15, 30)),
            "Panel: research careers across Asia",
            hall,
            K.PANEL,
            "",
            member_from("Bangladesh") + member_from("Myanmar") + member_from("Japan"),
        ),
        (at((15, 30), (16, 0)), "Tea break", foyer, K.BREAK, "", ()),
        (at((16, 0), (16, 45)), "Closing and e-poster awards", hall, K.OTHER, "", (keynote,)),
        (at((16, 45), (18, 0)), "Networking", foyer, K.NETWORKING, "Meet alumni from eleven chapters.", ()),
    ]
    services.programme.add_items(
        event_id,
        [
            ItemDraft(start, end, title, room, kind, description, speakers)
            for (start, end), title, room, kind, description, speakers in plan
        ],
    )
