"""Rubric templates for posters and essays, scale checks, and judges' PIN hashes."""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass

from ssc_desktop.errors import DomainError

PIN_ITERATIONS = 60_000


@dataclass(frozen=True)
class CriterionDraft:
    name: str
    weight: float = 1.0
    scale_min: float = 1.0
    scale_max: float = 10.0
    step: float = 1.0
    guide: tuple[tuple[str, str], ...] = ()  # (level, what it means), lowest first

    def levels(self) -> list[float]:
        count = int(round((self.scale_max - self.scale_min) / self.step))
        return [round(self.scale_min + i * self.step, 6) for i in range(count + 1)]


def _ten(low: str, mid: str, high: str) -> tuple[tuple[str, str], ...]:
    return (("1–3", low), ("4–7", mid), ("8–10", high))


POSTER_TEMPLATE: tuple[CriterionDraft, ...] = (
    CriterionDraft(
        "Scientific merit",
        3,
        1,
        10,
        1,
        _ten(
            "Question unclear or method unsound", "Sound method, modest findings", "Rigorous, well-supported findings"
        ),
    ),
    CriterionDraft(
        "Originality",
        2,
        1,
        10,
        1,
        _ten("Repeats known work", "A fresh angle on a known topic", "A new question or approach"),
    ),
    CriterionDraft(
        "Clarity of presentation",
        2,
        1,
        10,
        1,
        _ten("Hard to follow", "Mostly clear", "Clear story from question to conclusion"),
    ),
    CriterionDraft(
        "Visual design",
        1,
        1,
        10,
        1,
        _ten("Cluttered or unreadable", "Readable, some clutter", "Clean layout, figures speak"),
    ),
    CriterionDraft(
        "Answers to questions",
        2,
        1,
        10,
        1,
        _ten("Could not answer", "Answered most questions", "Confident, thoughtful answers"),
    ),
)

ESSAY_TEMPLATE: tuple[CriterionDraft, ...] = (
    CriterionDraft(
        "Argument",
        3,
        0,
        5,
        0.5,
        (("0–1", "No clear thesis"), ("1.5–3", "A thesis, loosely argued"), ("3.5–5", "A clear, well-built argument")),
    ),
    CriterionDraft(
        "Evidence",
        3,
        0,
        5,
        0.5,
        (
            ("0–1", "Claims without support"),
            ("1.5–3", "Some sources, unevenly used"),
            ("3.5–5", "Well-chosen, cited evidence"),
        ),
    ),
    CriterionDraft(
        "Originality",
        2,
        0,
        5,
        0.5,
        (("0–1", "Restates common views"), ("1.5–3", "Some personal insight"), ("3.5–5", "Striking, original insight")),
    ),
    CriterionDraft(
        "Language",
        2,
        0,
        5,
        0.5,
        (("0–1", "Hard to read"), ("1.5–3", "Readable with errors"), ("3.5–5", "Clear, precise, engaging")),
    ),
)


def template_for(kind: str) -> tuple[CriterionDraft, ...]:
    return ESSAY_TEMPLATE if kind == "essay" else POSTER_TEMPLATE


def check_criterion(draft: CriterionDraft, position: int) -> None:
    name = draft.name.strip()
    if not name:
        raise DomainError("contest.criterion_name_required", position=position)
    if not (draft.weight > 0 and math.isfinite(draft.weight)):
        raise DomainError("contest.bad_weight", criterion=name, value=draft.weight)
    if not (draft.step > 0 and draft.scale_max > draft.scale_min):
        raise DomainError(
            "contest.bad_scale", criterion=name, low=draft.scale_min, high=draft.scale_max, step=draft.step
        )
    count = (draft.scale_max - draft.scale_min) / draft.step
    if abs(count - round(count)) > 1e-6:
        raise DomainError(
            "contest.bad_scale", criterion=name, low=draft.scale_min, high=draft.scale_max, step=draft.step
        )


def on_scale(value: float, low: float, high: float, step: float) -> bool:
    if not math.isfinite(value) or value < low - 1e-9 or value > high + 1e-9:
        return False
    count = (value - low) / step
    return abs(count - round(count)) < 1e-6


def scale_text(low: float, high: float, step: float) -> str:
    """The scale in words of no language: "1–10", or by its first values "0, 0.5, … 5" when the
    steps are not whole (the phone page, the judge sheets and every message show it as is)."""

    def number(v: float) -> str:
        return f"{v:g}"

    if step == 1:
        return f"{number(low)}–{number(high)}"
    values = [low + step * n for n in range(3)]
    if values[-1] >= high:
        return ", ".join(number(v) for v in values if v <= high)
    return f"{number(values[0])}, {number(values[1])}, … {number(high)}"


def parse_criterion(spec: str) -> CriterionDraft:
    """ "NAME:WEIGHT:MIN-MAX[:STEP]" (from the command line) as a draft; checked by check_criterion later."""
    parts = [p.strip() for p in spec.split(":")]
    try:
        if len(parts) not in (3, 4) or not parts[0]:
            raise ValueError
        low, high = (float(x) for x in parts[2].replace("–", "-").split("-", 1))
        step = float(parts[3]) if len(parts) == 4 else 1.0
        return CriterionDraft(parts[0], float(parts[1]), low, high, step)
    except ValueError:
        raise DomainError("contest.bad_criterion_spec", spec=spec) from None


def parse_guide(spec: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """ "NAME:LEVELS=TEXT|LEVELS=TEXT" as (name, ((levels, text), …)), lowest level first."""
    name, colon, rest = spec.partition(":")
    levels = [part.partition("=") for part in rest.split("|")]
    if not colon or not name.strip() or any(not eq or not lv.strip() or not tx.strip() for lv, eq, tx in levels):
        raise DomainError("contest.bad_guide_spec", spec=spec)
    return name.strip(), tuple((lv.strip().replace("-", "–"), tx.strip()) for lv, _eq, tx in levels)


# -- PINs --------------------------------------------------------------------------
def hash_pin(pin: str) -> str:
    pin = pin.strip()
    if not (4 <= len(pin) <= 12 and pin.isdigit()):
        raise DomainError("contest.bad_pin")
    salt = secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), PIN_ITERATIONS).hex()
    return f"pbkdf2_sha256${PIN_ITERATIONS}${salt}${digest}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", pin.strip().encode(), bytes.fromhex(salt), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)
