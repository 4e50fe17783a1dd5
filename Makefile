# SSC Desktop: everyday commands (each is a script in scripts/, for machines without make).
#
#   make run [ARGS="--db my.sqlite3"]   start the app (creates .venv on first use)
#   make demo                           start the app on a fresh demo reunion
#   make test [PYTEST_ARGS="-k cli"]    the whole test suite, offscreen, with PostgreSQL when possible
#   make bench | screenshot | clean

ARGS ?=
PYTEST_ARGS ?=

.PHONY: run demo test bench screenshot install clean distclean

install:
	bash scripts/setup-venv.sh

run:
	bash scripts/run.sh $(ARGS)

demo:
	bash scripts/run.sh --demo $(ARGS)

test:
	bash scripts/test.sh $(PYTEST_ARGS)

bench: install
	.venv/bin/python -m bench $(ARGS)

screenshot: install
	bash scripts/install-system-deps.sh
	.venv/bin/python scripts/make_screenshot.py $(ARGS)

clean:
	rm -rf build dist *.egg-info .pytest_cache .hypothesis
	find . -path ./.venv -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +

distclean: clean
	rm -rf .venv
