"""ruff and mypy, as configured in pyproject.toml ([tool.ruff], [tool.mypy]), find nothing.

They run as the developer would run them, from the repository's root: `ruff check` and
`ruff format --check` over the repository, `mypy` over the files its configuration names (all of ssc_desktop, the Qt views included).
A tool that is not installed skips its test (it is in the `test` extras, so CI has both).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_S = 300  # a hung tool fails the test instead of the whole run; both take well under a minute


def _run(tool: str, *arguments: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(tool) is None:
        pytest.skip(f"{tool} is not installed (pip install -e '.[test]')")
    return subprocess.run(
        [sys.executable, "-m", tool, *arguments],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


def _report(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit status {result.returncode}\n{result.stdout}\n{result.stderr}".rstrip()


def test_ruff_finds_nothing() -> None:
    result = _run("ruff", "check", "--no-cache", "--output-format", "concise")
    if result.returncode != 0:
        pytest.fail(_report(result), pytrace=False)


def test_the_code_is_as_ruff_formats_it() -> None:
    result = _run("ruff", "format", "--check", "--no-cache")
    if result.returncode != 0:
        pytest.fail(_report(result) + "\n(run `ruff format` to format them)", pytrace=False)


def test_mypy_finds_nothing(tmp_path: Path) -> None:
    # A cache of its own: the test writes nothing into the repository and never reads a stale cache.
    result = _run("mypy", "--cache-dir", str(tmp_path / "mypy-cache"))
    if result.returncode != 0:
        pytest.fail(_report(result), pytrace=False)
