# Two commands do all the set-up on a fresh Debian/Ubuntu machine:
#   make run    creates .venv, installs the app and opens the window
#   make test   creates .venv, installs the app with its test tools and runs the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench soak lint clean install-desktop uninstall-desktop smoke

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/recovery-journal gui

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

smoke: $(STAMP)
	QT_QPA_PLATFORM=offscreen RECOVERY_JOURNAL_DATA_DIR=$$(mktemp -d) $(BIN)/recovery-journal gui --exit-after-first-paint

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

soak: $(STAMP)
	$(BIN)/python -m benchmarks.soak_crash 200

# The menu entry and icon, for this user only; Exec names this checkout's launcher by its absolute path.
install-desktop: $(STAMP)
	$(BIN)/python -m desktop.install_desktop install --exec "$(CURDIR)/$(BIN)/recovery-journal"

uninstall-desktop:
	$(PYTHON) -m desktop.install_desktop uninstall

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
