"""What every case shares: figures, targets, the machine, child processes."""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

REPO_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Figure:
    """One measured value, its target and the raw library's value for the same work.

    value and raw are in `unit`; target is an upper bound (value must stay below it),
    floor a lower bound (value must reach it: a rate, say).
    """

    case: str
    key: str
    label: str
    value: float
    unit: str
    target: float | None = None
    raw: float | None = None
    raw_label: str = ""
    note: str = ""
    floor: float | None = None

    @property
    def missed(self) -> bool:
        return (self.target is not None and not self.value < self.target) or (
            self.floor is not None and not self.value >= self.floor
        )

    @property
    def ratio(self) -> float | None:
        if self.raw is None or not self.raw > 0:
            return None
        return self.value / self.raw

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = self.ratio
        data["missed"] = self.missed
        return data


@dataclass
class Options:
    members: int = 30000
    workdir: Path = field(default_factory=Path)
    log: Callable[[str], None] = print


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.0f} ms"
    if unit == "ms":
        if value >= 100:
            return f"{value:.0f} ms"
        return f"{value:.1f} ms" if value >= 1 else f"{value:.2f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g} {unit}"


def format_figure(figure: Figure) -> str:
    parts = [f"{figure.case:<16}{figure.label:<40}{format_value(figure.value, figure.unit):>9}"]
    if figure.target is not None:
        parts.append(f"(target < {figure.target:g} {figure.unit})")
    if figure.floor is not None:
        parts.append(f"(target >= {figure.floor:g} {figure.unit})")
    if figure.missed:
        parts.append("MISSED")
    if figure.raw is not None:
        parts.append(f"{figure.raw_label}: {format_value(figure.raw, figure.unit)}")
        ratio = figure.ratio
        if ratio is not None:
            parts.append(f"ratio {ratio:.1f}x")
    if figure.note:
        parts.append(f"[{figure.note}]")
    return "  ".join(parts)


def machine() -> dict[str, Any]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cores": os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": qVersion(),
    }


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 21 samples is the 20th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def memory_mb() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MB (MiB)."""
    figures = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                figures[name] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return figures


def child_env(config_home: Path, data_home: Path) -> dict[str, str]:
    """Environment for a child: offscreen Qt, and settings/data dirs of its own so the
    bench never reads or writes the user's QSettings or demo database."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config_home)
    env["XDG_DATA_HOME"] = str(data_home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH", "")]))
    env.pop("PYTHONSTARTUP", None)
    # An installed app has its bytecode (pip and PyInstaller write it); a machine that forbids
    # writing it would make every child compile the whole app again and time the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(args: list[str], env: dict[str, str], timeout: float = 180) -> dict[str, Any]:
    """Runs `python args...` and returns the JSON object it prints last on stdout."""
    completed = subprocess.run(
        [sys.executable, *args], env=env, cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout
    )
    if completed.returncode != 0:
        raise RuntimeError(
            f"bench child {' '.join(args)} exited with {completed.returncode}:\n{completed.stderr[-4000:]}"
        )
    for line in reversed(completed.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(
        f"bench child {' '.join(args)} printed no result:\n{completed.stdout[-2000:]}\n{completed.stderr[-2000:]}"
    )


def now() -> float:
    return time.perf_counter()
