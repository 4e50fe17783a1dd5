"""Layers: the core never imports Qt, and the views never reach for the database directly.

The check reads the source (an AST walk), so it covers code paths no test runs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ssc_desktop

PACKAGE = Path(ssc_desktop.__file__).resolve().parent
QT = frozenset({"PySide6", "shiboken6"})
DATABASE = frozenset({"sqlalchemy", "alembic"})
# The ORM package; views and renderers take the vocabulary (ssc_desktop.vocabulary) and the services'
# frozen results instead.
ORM = frozenset({"ssc_desktop.models"})
# The core's own inner direction: services decide, output/ draws what they decided (app.py
# hands renderers to the services that write files), views sit on top of both.
# The renderers: app.py hands them to the services (services.file_exports), so the GUI and the
# command line never draw a file themselves.
RENDERERS = frozenset({"ssc_desktop.output"})
ABOVE_SERVICES = frozenset({"ssc_desktop.output", "ssc_desktop.views", "ssc_desktop.cli", "ssc_desktop.app"})
ABOVE_MODELS = ABOVE_SERVICES | {"ssc_desktop.services"}

# Folders (or single modules) of ssc_desktop and the top-level packages each must not import.
RULES: dict[str, frozenset[str]] = {
    "models": QT | ABOVE_MODELS,
    "services": QT | ABOVE_SERVICES,
    "output": QT | ORM | {"ssc_desktop.views", "ssc_desktop.cli", "ssc_desktop.app"},
    # The command line and the plumbing it shares with the GUI load no Qt either.
    "cli": QT | RENDERERS,
    "db.py": QT,
    "db_failures.py": QT,
    "long_work.py": QT | DATABASE,
    "backup_files.py": QT,
    "server_backup.py": QT,
    "atomic_files.py": QT | DATABASE | ABOVE_MODELS,
    "undrawn.py": QT | DATABASE | ABOVE_MODELS,
    # The printed PDFs' fixed words: below services and output/, read from the .ts without Qt.
    "printed_words.py": QT | DATABASE | ORM | ABOVE_MODELS,
    "errors.py": QT,
    "messages": QT,
    "vocabulary.py": QT | DATABASE | ORM | ABOVE_MODELS,
    "paths.py": QT,
    "views": DATABASE | ORM | RENDERERS,
    # The judges' phone server runs in the CLI as well as beside the GUI.
    "web": QT,
}


def imported_modules(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, dotted module name) for every import in source, however it is spelled.

    Covers `import a.b`, `from a.b import c`, imports nested in functions or
    try blocks, and importlib.import_module("a.b") / __import__("a.b") with a literal name.
    Relative imports (`from . import x`) stay inside ssc_desktop and are skipped.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(_parse(source, filename)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if (
                name in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append((node.lineno, first.value))
    return found


def _parse(source: str, filename: str) -> ast.Module:
    """ast.parse, in a fresh interpreter when this one trips over CPython 3.11's
    "AST constructor recursion depth mismatch" (a SystemError some earlier test's deep
    recursion leaves behind; gh-106905, fixed in 3.12)."""
    try:
        return ast.parse(source, filename)
    except SystemError:
        import subprocess
        import sys

        dumped = subprocess.run(
            [
                sys.executable,
                "-c",
                "import ast, sys; print(ast.dump(ast.parse(sys.stdin.read()), include_attributes=True))",
            ],
            input=source,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
        return eval(dumped, {name: getattr(ast, name) for name in dir(ast)})  # ast.dump of our own code


def violations(source: str, forbidden: frozenset[str], filename: str = "<source>") -> list[str]:
    return [
        f"{filename}:{line}: imports {module}"
        for line, module in imported_modules(source, filename)
        # "PySide6" forbids PySide6 and all below it; "ssc_desktop.output" that package of ours.
        if any(module == name or module.startswith(name + ".") for name in forbidden)
    ]


def modules_under(rule: str) -> list[Path]:
    target = PACKAGE / rule
    if target.is_file():
        return [target]
    if not target.is_dir():
        return []  # a layer that does not exist yet has nothing to break
    return sorted(p for p in target.rglob("*.py") if "__pycache__" not in p.parts)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_layer_imports(rule: str) -> None:
    problems = []
    for path in modules_under(rule):
        source = path.read_text(encoding="utf-8")
        problems += violations(source, RULES[rule], str(path.relative_to(PACKAGE.parent)))
    assert problems == [], "layering broken:\n" + "\n".join(problems)


def test_the_core_layers_exist() -> None:
    """The rules above would pass vacuously if the folders moved; make sure they are there."""
    assert modules_under("models") and modules_under("services")
    assert all(modules_under(name) for name in RULES if name != "output")


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "import PySide6.QtCore",
        "import PySide6.QtWidgets as widgets",
        "import os, shiboken6",
        "from PySide6 import QtCore",
        "from PySide6.QtCore import QObject, Signal",
        "from shiboken6 import isValid",
        "def later():\n    from PySide6.QtGui import QIcon\n    return QIcon",
        "try:\n    import PySide6\nexcept ImportError:\n    PySide6 = None",
        "import importlib\nQtCore = importlib.import_module('PySide6.QtCore')",
        "QtCore = __import__('PySide6.QtCore')",
        "if TYPE_CHECKING:\n    from PySide6.QtWidgets import QWidget",
    ],
)
def test_checker_flags_qt_in_every_form(source: str) -> None:
    assert violations(source, QT, "synthetic.py"), source


@pytest.mark.parametrize(
    "source",
    [
        "import sqlalchemy",
        "from sqlalchemy.orm import Session",
        "from alembic import command",
        "import alembic.config",
    ],
)
def test_checker_flags_database_imports_for_views(source: str) -> None:
    assert len(violations(source, DATABASE, "synthetic.py")) == 1
    assert violations(source, QT, "synthetic.py") == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6ish",
        "from mypkg.PySide6 import thing",
        "from . import PySide6",
        "text = 'import PySide6'",
        "# from PySide6 import QtCore",
        "from ssc_desktop.services.members import MemberService",
    ],
)
def test_checker_lets_innocent_code_pass(source: str) -> None:
    assert violations(source, QT, "synthetic.py") == []


def test_checker_reports_file_and_line() -> None:
    source = "import os\n\nfrom PySide6.QtCore import Qt\n"
    assert violations(source, QT, "ssc_desktop/services/bad.py") == [
        "ssc_desktop/services/bad.py:3: imports PySide6.QtCore"
    ]


def test_checker_catches_a_bad_file_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """End to end: a services module that imports Qt makes test_layer_imports fail."""
    fake = tmp_path / "ssc_desktop"
    (fake / "services").mkdir(parents=True)
    (fake / "services" / "ok.py").write_text("import sqlalchemy\n")
    (fake / "services" / "sneaky.py").write_text("def f():\n    from PySide6.QtCore import QTimer\n")
    (fake / "views").mkdir()
    (fake / "views" / "page.py").write_text("from sqlalchemy import select\n")
    monkeypatch.setitem(globals(), "PACKAGE", fake)
    with pytest.raises(AssertionError, match=r"services/sneaky.py:2: imports PySide6.QtCore"):
        test_layer_imports("services")
    with pytest.raises(AssertionError, match=r"views/page.py:1: imports sqlalchemy"):
        test_layer_imports("views")
    test_layer_imports("output")  # absent: nothing to check, no error


def test_services_may_not_reach_up_to_output_or_views() -> None:
    assert violations("from ssc_desktop.output.badges_pdf import write_badges_pdf", RULES["services"])
    assert violations("def later():\n    import ssc_desktop.views.labels\n", RULES["services"])
    assert violations("from ssc_desktop.services.events import zone", RULES["models"])
    assert not violations("from ssc_desktop.output_helpers import x", RULES["services"])  # a prefix, not the package
    assert not violations("from ssc_desktop.services.events import zone", RULES["output"])


def test_views_and_the_command_line_ask_the_export_service_instead_of_drawing() -> None:
    for layer in ("views", "cli"):
        assert violations("def later():\n    from ssc_desktop.output.qr import qr_png\n", RULES[layer])
        assert not violations("from ssc_desktop.services.file_exports import Written", RULES[layer])


def test_a_cpython_ast_hiccup_does_not_hide_the_imports(monkeypatch) -> None:
    """The SystemError of CPython 3.11's AST validator falls back to a fresh interpreter."""
    real_parse = ast.parse

    def hiccup(*args, **kwargs):
        raise SystemError("AST constructor recursion depth mismatch (before=120, after=138)")

    monkeypatch.setattr(ast, "parse", hiccup)
    try:
        found = imported_modules("import os\ndef later():\n    from ssc_desktop.output import x\n")
    finally:
        monkeypatch.setattr(ast, "parse", real_parse)
    assert found == [(1, "os"), (3, "ssc_desktop.output")]


def _module_graph() -> dict[str, set[str]]:
    """Module -> the ssc_desktop modules it imports when it is imported (top-level imports only:
    an import inside a function, or under TYPE_CHECKING, runs later and cannot close a circle)."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(("ssc_desktop", *path.relative_to(PACKAGE).with_suffix("").parts))
        modules[name.removesuffix(".__init__")] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in _parse(path.read_text(encoding="utf-8"), str(path)).body:
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from package import submodule` needs the submodule; `from module import name` the module.
                submodules = [f"{node.module}.{alias.name}" for alias in node.names]
                targets = [t for t in submodules if t in modules] or [node.module]
            else:
                continue
            graph[name] |= {target for target in targets if target in modules and target != name}
    return graph


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_circles() -> None:
    assert _circles(_module_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    assert _circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_settings_are_declared_once() -> None:
    """Every per-laptop setting goes through views/settings.py: no other module spells a QSettings key."""
    users = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == PACKAGE / "views" / "settings.py":
            continue
        for node in ast.walk(_parse(path.read_text(encoding="utf-8"), str(path))):
            if (
                isinstance(node, ast.Name)
                and node.id == "QSettings"
                or isinstance(node, ast.Attribute)
                and node.attr == "QSettings"
            ):
                users.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert users == [], "QSettings used outside views/settings.py: " + ", ".join(users)


def test_no_module_is_too_big_to_hold_in_ones_head() -> None:
    """Rooms of a readable size: split along a seam before a module passes 600 lines."""
    big = [
        f"{path.relative_to(PACKAGE)} ({count} lines)"
        for path in sorted(PACKAGE.rglob("*.py"))
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > 600
    ]
    assert big == []
