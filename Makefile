# Precedent: the commands a contributor runs most. See README "## Benchmarks" and "## Development".
PYTHON ?= .venv/bin/python

.PHONY: test bench bench-quick faults fuzz-long

test:
	$(PYTHON) -m pytest -q

bench:
	$(PYTHON) -m bench

bench-quick:
	$(PYTHON) -m bench --quick

faults:
	$(PYTHON) -m pytest -q tests/faults

fuzz-long:
	PRECEDENT_FUZZ=long $(PYTHON) -m pytest -q -s tests/test_fuzz.py
