"""For translators without Qt Linguist: move a language's messages to and from JSON.

    python scripts/translation_tool.py export ja [--all] > todo.json   # the unfinished ones (or all)
    python scripts/translation_tool.py apply ja done.json              # fill them in, then compile

The JSON is a list of {"context", "source", "translation"}. `apply` refuses a translation whose
placeholders (%1, %2… and {name}) or markup (<b>…</b>) differ from its source, names each refused
one, and applies the rest; then it runs scripts/update_translations.py so the .ts is in lupdate's
own layout and the .qm is compiled.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ssc_desktop.translation_checks import problems  # noqa: E402 - after the path is set


def ts_path(code: str) -> Path:
    return ROOT / "resources" / "translations" / f"ssc_desktop_{code}.ts"


def export(code: str, everything: bool) -> list[dict[str, str]]:
    rows = []
    for context in ET.parse(ts_path(code)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") == "unfinished" or not (translation.text or "")
            if everything or unfinished:
                rows.append(
                    {
                        "context": name,
                        "source": message.findtext("source") or "",
                        "translation": "" if unfinished else translation.text or "",
                    }
                )
    return rows


def apply(code: str, rows: list[dict[str, str]]) -> tuple[int, list[str]]:
    path = ts_path(code)
    tree = ET.parse(path)
    wanted = {(row["context"], row["source"]): row["translation"] for row in rows if row.get("translation")}
    applied, refused = 0, []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = wanted.get((name, source))
            if text is None:
                continue
            found = problems(source, text)
            if found:
                refused.append(f"[{name}] {source!r}: {'; '.join(found)}")
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = text
            applied += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py")], check=True, stdout=subprocess.DEVNULL
    )
    return applied, refused


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    out = commands.add_parser("export")
    out.add_argument("language")
    out.add_argument("--all", action="store_true", help="finished messages too")
    into = commands.add_parser("apply")
    into.add_argument("language")
    into.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.command == "export":
        json.dump(export(args.language, args.all), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    applied, refused = apply(args.language, json.loads(args.file.read_text(encoding="utf-8")))
    print(f"applied {applied}, refused {len(refused)}, still unfinished {len(export(args.language, False))}")
    for line in refused:
        print("refused:", line)
    return 1 if refused else 0


if __name__ == "__main__":
    raise SystemExit(main())
