# Single entry point. `make serve` and `make test` set everything up first.
.PHONY: setup serve test bench clean

setup:
	bash tools/setup.sh

serve:
	SKIP_BROWSER_SETUP=1 bash tools/setup.sh
	.venv/bin/python -m mkdocs serve -a 127.0.0.1:8000

test: setup
	.venv/bin/python -m pytest

bench: setup
	.venv/bin/python -m bench

clean:
	rm -rf site .venv node_modules .pytest_cache checker/data
