"""SSC Desktop performance bench: `python -m bench [--only NAME] [--json] [--members N] [--strict]`.

Each case lives in its own module under bench/cases/ and is listed once in
bench.cases.CASES. A case measures the app and, in the same run, the raw library
doing the same work, so a figure can be read as a ratio as well as against its target.
"""
