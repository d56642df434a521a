# jesuisfantasTIC CMS — `make help` lists the targets.
SHELL := /bin/bash
PORT ?= 8000
VENV ?= .venv
PY := $(VENV)/bin/python
PYTEST_WORKERS ?= auto
export BASE_URL ?= http://127.0.0.1:$(PORT)

.DEFAULT_GOAL := help
.PHONY: help install install-dev lock run worker serve demo test test-dates test-sqlite test-postgres api-fuzz lint format check-migrations messages bench bench-load bench-search bench-profile bench-publish clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  make %-17s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

# Installs come from the locks (every package pinned, direct or not); `make lock` writes them from
# requirements.txt and requirements-dev.txt, for the Python that runs it (3.11 here).
$(VENV)/.runtime: requirements.lock
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

$(VENV)/.dev: requirements-dev.lock $(VENV)/.runtime
	$(PY) -m pip install --quiet -r requirements-dev.lock
	touch $@

install: $(VENV)/.runtime ## Create .venv and install the runtime packages (pinned by requirements.lock)

install-dev: $(VENV)/.dev ## Install the test, lint and benchmark packages too (requirements-dev.lock)

PIP_COMPILE := $(VENV)/bin/pip-compile --quiet --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links --resolver=backtracking

lock: ## Re-pin every package after changing requirements*.txt: writes requirements.lock and requirements-dev.lock
	test -x $(PY) || python3 -m venv $(VENV)
	test -x $(VENV)/bin/pip-compile || $(PY) -m pip install --quiet "pip-tools>=7.6"
	$(PIP_COMPILE) --upgrade --output-file requirements.lock requirements.txt
	$(PIP_COMPILE) --upgrade --constraint requirements.lock --output-file requirements-dev.lock requirements-dev.txt

demo: install ## Migrate, set up the site and build the demo content (idempotent)
	$(PY) manage.py migrate --noinput
	$(PY) manage.py build_demo

run: demo ## Install, build the demo content in FR/NL/DE, serve on 127.0.0.1:$PORT with the task worker beside it
	@$(PY) manage.py demo_logins
	@$(PY) manage.py db_worker --backend background & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	  $(PY) manage.py runserver 127.0.0.1:$(PORT)

worker: install ## Run the background task worker alone (e-mails, translation drafts, indexing, webhooks; Ctrl-C stops)
	$(PY) manage.py db_worker --backend background

test: install-dev ## Run the whole test suite (SQLite, or the database in DATABASE_URL; PYTEST_ARGS to narrow it)
	@bin/test-services
	$(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

# The tests whose subject is a date (the agenda, sponsor contracts, the diagnostic's retention, preview tokens),
# run on a day years from now: a date fixed in a test, or computed when a module is imported, shows up here.
DATE_TESTS := tests/agenda tests/sponsors tests/diagnostic tests/api
test-dates: install-dev ## The date-dependent tests, on a day five years from now (libfaketime)
	@bin/test-services
	env -u DATABASE_URL faketime -f +1826d $(VENV)/bin/pytest -n $(PYTEST_WORKERS) -m "not browser" $(DATE_TESTS)

api-fuzz: install-dev ## The API against its OpenAPI document: schemathesis, every check, on a live server with the demo
	bin/api-fuzz

lint: install-dev ## Lint and check formatting (ruff), and the import contracts: layers, no cycles (import-linter)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-logo

format: install-dev ## Fix lint and formatting where ruff can
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check-migrations: install ## Fail when a model change has no migration
	$(PY) manage.py makemigrations --check --dry-run

APPS := cms core home taxonomy guides testimonials agenda sponsors diagnostic feedback search editorial

messages: install-dev ## Extract each app's UI strings into its FR/NL/DE catalogues and compile them
	@for app in $(APPS); do \
	  if [ -d $$app ]; then \
	    (cd $$app && mkdir -p locale && ../$(PY) ../manage.py makemessages -l fr -l nl -l de --no-obsolete --no-location) || exit 1; \
	  fi; \
	done
	$(PY) manage.py compilemessages --ignore=.venv

bench-search: install-dev ## Search benchmark: MRR@10/recall@5 per language, kind and backend; PostgreSQL speed on 30,000 guides (BENCH_SEARCH_ARGS=--no-speed…)
	@pg_isready -q -h 127.0.0.1 -p 5432 || DATABASE_URL=$${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}/postgres bin/test-services
	$(PY) bench/search/run.py $(BENCH_SEARCH_ARGS)

bench-load: install-dev ## Load benchmark beside a vanilla Wagtail 8 project (wrk, gunicorn; BENCH_GUIDES, BENCH_DURATION…): docs/benchmarks.md
	@pg_isready -q -h 127.0.0.1 -p 5432 || DATABASE_URL=$${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}/postgres bin/test-services
	@command -v wrk >/dev/null && command -v patch >/dev/null || { echo "Installing wrk and patch…"; if [ "$$(id -u)" = 0 ]; then apt-get install -y -qq wrk patch; else sudo apt-get install -y -qq wrk patch; fi >/dev/null; }
	BENCH_COMMAND="make bench-load" $(PY) bench/load/run.py

bench-profile: install-dev ## Where the time of each benchmarked request goes (queries by table, cProfile by package), beside vanilla: docs/profile.md
	@pg_isready -q -h 127.0.0.1 -p 5432 || DATABASE_URL=$${BENCH_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432}/postgres bin/test-services
	$(PY) bench/profile/run.py $(BENCH_PROFILE_ARGS)

bench-publish: install-dev ## How long an editor waits for "Publish" with machine translation, tasks immediate vs in the worker: docs/tasks.md
	$(PY) bench/publish/run.py

bench: ## Run every benchmark: bench-load, bench-search, then bench-publish (each says how long it took)
	@start=$$(date +%s); $(MAKE) --no-print-directory bench-load || exit 1; \
	  middle=$$(date +%s); $(MAKE) --no-print-directory bench-search || exit 1; \
	  search=$$(date +%s); $(MAKE) --no-print-directory bench-publish || exit 1; end=$$(date +%s); \
	  echo "bench-load $$((middle - start)) s, bench-search $$((search - middle)) s, bench-publish $$((end - search)) s, total $$((end - start)) s"

clean: ## Remove the local database, media and caches
	rm -rf db.sqlite3 media .test-media .pytest_cache static .import_linter_cache
