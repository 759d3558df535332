# Shortcuts for tasks.py, which needs only Python 3.11 and pip.
PYTHON ?= python3

.PHONY: demo test bench train clean
demo:
	$(PYTHON) tasks.py demo
test:
	$(PYTHON) tasks.py test
bench:
	$(PYTHON) tasks.py bench
train:
	$(PYTHON) tasks.py train
clean:
	rm -rf .venv demo.db src/*.egg-info
