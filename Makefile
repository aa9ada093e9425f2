# Coach: `make run` opens the app on a local demo database; `make test` runs every check.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TS := resources/translations/coach_en.ts
QM := resources/translations/coach_en.qm

.PHONY: run test lint bench forms translations update-translations system-deps clean installer installer-smoke

run: system-deps $(STAMP) translations
	$(BIN)/coach-app --demo-on-first-run

test: system-deps $(STAMP) translations lint
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python -m bench

system-deps:
	@PYTHON=$(PYTHON) scripts/system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Designer forms (forms/*.ui) compiled to classes in coach_app/ui/generated/, committed;
# tests/ui/test_generated_forms.py fails when one is stale.
forms: $(STAMP)
	$(BIN)/python scripts/compile_forms.py

# Translations: the Korean source strings live in the code; English is coach_en.ts.
translations: $(QM)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# Strings of a form are read from its .ui (context: the form's class), not from the
# compiled class, which holds the same strings: the glob does not reach ui/generated/.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -source-language ko_KR -target-language en_GB \
		$(wildcard coach_app/ui/*.py) $(wildcard forms/*.ui) -ts $(TS)

# The one-folder bundle for this platform (dist/coach/), and its smoke test.
installer: system-deps $(STAMP) translations
	$(BIN)/python -m pip install --quiet -e '.[installer]'
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/coach.spec

installer-smoke: installer
	$(BIN)/python installer/smoke.py

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM)
