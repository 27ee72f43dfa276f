# Intranet ESS — every target is listed by `make help`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
CHROMIUM ?= /usr/bin/chromium
PG_TEST_URL ?= postgres://postgres@127.0.0.1:5432/intranet

.DEFAULT_GOAL := help
.PHONY: help install install-test run serve demo test test-sqlite test-postgres test-browser check-messages \
        browser-deps directory-deps pdf-deps lint format check messages search-eval benchmark clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/activate pdf-deps
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed | directory-deps
	$(PIP) install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed ## Create .venv and install the application
install-test: $(VENV)/.installed-test ## Install the application and the test tools

run: install demo serve ## Install, migrate, load the demo content, index it and serve on :8000

demo: install ## Migrate, load the demo content (idempotent) and rebuild the search index
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	$(MANAGE) sync_translation_trees
	$(MANAGE) extract_document_text
	$(MANAGE) update_index

serve: ## Serve the intranet at http://127.0.0.1:8000 (development server)
	$(MANAGE) runserver 127.0.0.1:8000

test: install-test ## Install and run the whole test suite (SQLite; browser tests when Chromium is here)
	$(VENV)/bin/pytest
	@if [ -x "$(CHROMIUM)" ] && [ ! -d node_modules/axe-core ] && command -v npm >/dev/null; then \
		npm ci --no-audit --no-fund --silent; \
	fi
	@if [ -x "$(CHROMIUM)" ] && [ -d node_modules/axe-core ]; then \
		$(MAKE) --no-print-directory test-browser; \
	else \
		echo "SKIPPED: browser tests (need $(CHROMIUM) and node_modules/axe-core)."; \
		echo "         Install them with 'make browser-deps', then run 'make test-browser'."; \
	fi

test-postgres: install-test ## Run the test suite on the local PostgreSQL (PG_TEST_URL)
	TEST_DATABASE_URL=$(PG_TEST_URL) $(VENV)/bin/pytest --create-db

test-browser: install-test ## Run the browser tests in headless Chromium with axe-core
	$(VENV)/bin/pytest -m browser -p no:randomly tests

browser-deps: ## Install Debian's Chromium and axe-core (pinned in package.json)
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	npm ci --no-audit --no-fund

pdf-deps: ## Install Debian's Pango and a font for the PDF one-pagers (WeasyPrint), when missing
	@missing=""; for pkg in libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core; do \
		dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

directory-deps: ## Install OpenLDAP (slapd, for the tests) and the headers python-ldap builds against
	@missing=""; for pkg in slapd ldap-utils libldap2-dev libsasl2-dev; do \
		dpkg-query -W -f='$${Status}' $$pkg 2>/dev/null | grep -q "ok installed" || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

lint: install-test ## ruff lint and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-test ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Django system checks, migrations up to date, production `check --deploy`
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=intranet.settings.production SECRET_KEY=check-only-$$(date +%s)-not-a-real-key-0123456789abcdefghijklmnop \
		ALLOWED_HOSTS=intranet.example DATABASE_URL=sqlite:///:memory: WAGTAILADMIN_BASE_URL=https://intranet.example \
		$(MANAGE) check --deploy --fail-level WARNING

check-messages: ## Fail when the French catalogue has untranslated or fuzzy entries
	@test -z "$$(msgattrib --untranslated --no-obsolete site/locale/fr/LC_MESSAGES/django.po)" || \
		(echo "Untranslated strings in site/locale/fr/LC_MESSAGES/django.po"; exit 1)
	@test -z "$$(msgattrib --only-fuzzy --no-obsolete site/locale/fr/LC_MESSAGES/django.po)" || \
		(echo "Fuzzy strings in site/locale/fr/LC_MESSAGES/django.po"; exit 1)
	msgfmt --check -o /dev/null site/locale/fr/LC_MESSAGES/django.po

messages: install ## Extract and compile the French interface catalogue
	$(MANAGE) makemessages --locale fr --ignore ".venv/*" --ignore "node_modules/*"
	$(MANAGE) compilemessages --locale fr --ignore ".venv/*"

search-eval: install ## nDCG@10 and MRR of the judged queries on the demo content (JUDGMENTS=…)
	$(MANAGE) search_eval $(or $(JUDGMENTS),tests/search/judgments-dev.json)

benchmark: install ## Search benchmark on a synthetic corpus in its own database (PAGES=10000)
	DATABASE_URL=$(or $(BENCH_DATABASE_URL),sqlite:///$(CURDIR)/bench.sqlite3) \
		$(MANAGE) search_benchmark --pages $(or $(PAGES),10000)

clean: ## Remove the virtual environment, the database and collected files
	rm -rf $(VENV) db.sqlite3 static_collected node_modules
