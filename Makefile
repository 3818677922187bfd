# Single entry point. `make serve` and `make test` set everything up first.
.PHONY: setup serve test bench scorm clean

setup:
	bash tools/setup.sh

serve:
	SKIP_BROWSER_SETUP=1 bash tools/setup.sh
	.venv/bin/python -m mkdocs serve -a 127.0.0.1:8000

test: setup
	.venv/bin/python -m pytest

bench: setup
	.venv/bin/python -m bench

# The site as a SCORM 1.2 package for a company's LMS: dist/smart-trainer-scorm12.zip
scorm: setup
	.venv/bin/python -m lms.scorm

clean:
	rm -rf site dist .venv node_modules .pytest_cache checker/data
