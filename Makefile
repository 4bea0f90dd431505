# Two commands do all the set-up on a fresh Debian/Ubuntu machine:
#   make run    creates .venv, installs the app and opens the window
#   make test   creates .venv, installs the app with its test tools and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench soak lint clean install-desktop uninstall-desktop smoke translations qm screenshots dist bundle deb

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Translations: `make translations` collects every tr() of the UI into the .ts files (English
# template + one per language); the .qm files the app loads are built from them, never committed.
TRANSLATIONS_DIR ?= resources/translations
TS_FILES = $(sort $(TRANSLATIONS_DIR)/recovery-journal_en.ts $(wildcard $(TRANSLATIONS_DIR)/recovery-journal_*.ts))
QM_FILES = $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

translations: $(STAMP)
	mkdir -p $(TRANSLATIONS_DIR)
	$(BIN)/python resources/translations/ru_translations.py --lupdate $(TS_FILES)  # its one list of sources; --update also fills the Russian

qm: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(STAMP) qm
	$(BIN)/recovery-journal gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

smoke: $(STAMP) qm
	QT_QPA_PLATFORM=offscreen RECOVERY_JOURNAL_DATA_DIR=$$(mktemp -d) $(BIN)/recovery-journal gui --exit-after-first-paint

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

soak: $(STAMP)
	$(BIN)/python -m benchmarks.soak_crash 200

# The menu entry and icon, for this user only; Exec names this checkout's launcher by its absolute path.
install-desktop: $(STAMP)
	$(BIN)/recovery-journal install-desktop --exec "$(CURDIR)/$(BIN)/recovery-journal"

uninstall-desktop: $(STAMP)
	$(BIN)/recovery-journal uninstall-desktop

lint: $(STAMP)  # ruff, import-linter (the layers) and mypy --strict (pinned versions); CI runs it after the tests
	$(BIN)/python -m pip install --quiet -e '.[lint]'
	$(BIN)/ruff check desktop tests benchmarks docs packaging setup.py
	$(BIN)/lint-imports
	$(BIN)/mypy --strict desktop

clean:
	rm -rf $(VENV) .pytest_cache build dist *.egg-info

# Packages for users (docs/packaging.md): a wheel and an sdist, a PyInstaller one-folder bundle, a .deb
# made from the bundle. The build tools are pinned in pyproject.toml's `packaging` extra.
PACKAGING_STAMP := $(VENV)/.packaging
$(PACKAGING_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[packaging]'
	touch $@

dist: $(PACKAGING_STAMP) qm
	rm -f dist/*.whl dist/*.tar.gz
	$(BIN)/python -m build --outdir dist .

bundle: $(PACKAGING_STAMP) qm
	rm -rf dist/bundle
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist/bundle --workpath build/pyinstaller packaging/recovery-journal.spec
	@du -sh dist/bundle/recovery-journal | sed 's/\t.*/ bundle (dist\/bundle\/recovery-journal)/'

deb:  # from the bundle `make bundle` made (built first when missing)
	@test -x dist/bundle/recovery-journal/recovery-journal || $(MAKE) bundle
	bash packaging/build-deb dist/bundle/recovery-journal dist

# Every screenshot in docs/ and the README, from the real window under Xvfb (apt-get install xvfb xauth
# poppler-utils), each from a seeded throw-away journal and settings; saved as small 8-bit PNGs.
XVFB := xvfb-run -a -s "-screen 0 1280x800x24 -noreset"
SHOT := $(XVFB) $(BIN)/python docs/screenshots.py
screenshots: $(STAMP) qm
	$(SHOT) main-window --days-ago 20 --select abstinence
	$(SHOT) seven-months --days-ago 213
	$(SHOT) dark --dark --days-ago 20 --select abstinence
	$(SHOT) large-font --font-size 13 --article-pt 18 --days-ago 20
	$(SHOT) russian --lang ru --days-ago 20 --select abstinence
	$(SHOT) discreet --discreet --days-ago 20
	xvfb-run -a -s "-screen 0 1024x600x24 -noreset" $(BIN)/python docs/screenshots.py small-screen --screen --days-ago 20
	QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2560x1600x24 -noreset" $(BIN)/python docs/screenshots.py scale-200 --days-ago 20 --select abstinence
	$(XVFB) $(BIN)/python docs/journal_screenshots.py
	$(XVFB) $(BIN)/python docs/settings_screenshots.py
	$(XVFB) $(BIN)/python docs/welcome_screenshots.py --out docs/screenshots/welcome
	$(XVFB) $(BIN)/python docs/pdf_screenshots.py
