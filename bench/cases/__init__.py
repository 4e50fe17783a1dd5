"""The registry of bench cases: name -> module.

A case module defines DESCRIPTION and run(options) -> list[Figure]. To add a case,
add its module here and one line below; `python -m bench --only NAME` picks it by name.
"""

from __future__ import annotations

import importlib
from types import ModuleType

CASES: dict[str, str] = {
    "gui_startup": "bench.cases.gui_startup",
    "members_view": "bench.cases.members_view",
    "member_search": "bench.cases.member_search",
    "roster_import": "bench.cases.roster_import",
    "checkin_scan": "bench.cases.checkin_scan",
    "desks": "bench.cases.desks",
    "qr_decode": "bench.cases.qr_decode",
    "badges": "bench.cases.badges",
    "contest_results": "bench.cases.contest_results",
    "attendance_xlsx": "bench.cases.attendance_xlsx",
    "certificates": "bench.cases.certificates",
    "judge_phones": "bench.cases.judge_phones",
    "venue_desks": "bench.cases.venue_desks",
}


def load(name: str) -> ModuleType:
    return importlib.import_module(CASES[name])
