# One target per check; CI calls `make test` unchanged (see .ci/run).
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SERVE_STAMP := $(VENV)/.serving-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
CHROMIUM := /usr/bin/chromium
# Japanese, Chinese and Korean screenshots need glyphs, not boxes.
CJK_FONT := /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
# axe-core (MPL-2.0) checks the admin pages' accessibility in the browser tests.
AXE := $(VENV)/axe/node_modules/axe-core/axe.min.js

.PHONY: demo test lint format typecheck unit e2e browser axe install serve clean bench messages messages-widget

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-* && touch $@

install: $(STAMP)

# What serving needs and nothing more (no test tools, no browser): a newcomer's first
# `make demo` installs only Salon's own dependencies.
$(SERVE_STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e .
	rm -f $(VENV)/.serving-* && touch $@

demo: $(SERVE_STAMP)
	$(BIN)/salon demo

serve: $(SERVE_STAMP)
	$(BIN)/salon serve

# Debian's Chromium for the browser tests; Playwright never downloads its own.
browser:
	@test -x $(CHROMIUM) -a -e $(CJK_FONT) || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-cjk; }

$(AXE):
	@command -v npm >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq npm; }
	npm install --prefix $(VENV)/axe --no-audit --no-fund --silent axe-core@4.14.1

axe: $(AXE)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest exits 5 when it collected nothing: that is a failure here, never a pass.
test: $(STAMP) browser axe lint typecheck
	$(BIN)/python -m pytest -p no:cacheprovider tests; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

unit: $(STAMP)
	$(BIN)/python -m pytest -m "not e2e" tests

e2e: $(STAMP) browser axe
	$(BIN)/python -m pytest -m e2e tests

# The widget's message template from the sources (tests/i18n checks it is current);
# a new msgid then goes into every src/salon/locale/<lang>/LC_MESSAGES/widget.po.
messages-widget: $(STAMP)
	$(BIN)/pybabel extract --mapping-file babel-widget.cfg --no-location --sort-output \
	  --omit-header --no-wrap --output-file src/salon/locale/widget.pot .

# Salon vs Isso vs nginx on this machine, medians of 3 runs (about 45 min; RUNS=1 for a look).
bench: $(STAMP)
	bash bench/isso/run.sh $(or $(RUNS),3)

# The message catalogues: `salon` (reader pages, error pages, mails) and `admin`. Extracts the
# .pot of each domain from the sources, then merges new strings into every language's .po
# (tests/i18n fails until each is translated). The widget domain has its own sources.
WEB_PY := $(wildcard src/salon/web/*.py)
ADMIN_PY := $(filter src/salon/web/admin%.py src/salon/web/support_admin.py,$(WEB_PY))
SALON_SOURCES := src/salon/web/templates src/salon/outbox/templates src/salon/i18n \
  src/salon/services/mail.py $(filter-out $(ADMIN_PY),$(WEB_PY))
ADMIN_SOURCES := src/salon/web/templates/admin $(ADMIN_PY) src/salon/services/ban_rules.py \
  src/salon/moderation/reasons.py src/salon/services/reason_text.py
EXTRACT := $(BIN)/pybabel extract -F babel.cfg --sort-by-file --add-location=file \
  --project=Salon --copyright-holder="Salon's authors" --no-wrap -k say:2 -k say_n:2,3

messages: $(STAMP)
	$(EXTRACT) --ignore-dirs='.* ._ admin' -o src/salon/locale/salon.pot $(SALON_SOURCES)
	$(EXTRACT) -o src/salon/locale/admin.pot $(ADMIN_SOURCES)
	for d in salon admin; do \
	  $(BIN)/pybabel update --no-fuzzy-matching --ignore-obsolete --no-wrap \
	    -i src/salon/locale/$$d.pot -d src/salon/locale -D $$d || exit 1; done

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache artifacts
