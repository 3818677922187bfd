#!/usr/bin/env bash
# One-shot, idempotent setup: Python venv (>= 3.12) with pinned packages,
# the pinned Pyodide core from npm, Chromium + CJK fonts for browser tests,
# and the compiled checker data. Every step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

# --- 1. A Python >= 3.12 (pyodide-build needs it) --------------------------
python_ok() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; }
find_python() {
  local c
  for c in "${PYTHON:-}" python3.13 python3.12 python3; do
    [ -n "$c" ] && command -v "$c" >/dev/null 2>&1 && python_ok "$c" && { command -v "$c"; return; }
  done
  if command -v pyenv >/dev/null 2>&1; then
    for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.(1[2-9])' | sort -Vr); do
      c="$(pyenv prefix "$v")/bin/python3"
      python_ok "$c" && { echo "$c"; return; }
    done
  fi
  return 1
}

if [ ! -x .venv/bin/python ] || ! python_ok .venv/bin/python; then
  PY=$(find_python) || die "no Python >= 3.12 found (tried \$PYTHON, python3.13, python3.12, python3 and pyenv versions). Install one (e.g. 'pyenv install 3.12') or set PYTHON=/path/to/python3.12."
  say "creating .venv with $PY ($("$PY" --version))"
  rm -rf .venv
  "$PY" -m venv .venv
fi

# --- 2. Pinned Python packages ---------------------------------------------
stamp_of() { cat "$@" 2>/dev/null | sha256sum | cut -d' ' -f1; }
want=$(stamp_of requirements.lock pyproject.toml)
if [ "$(cat .venv/.setup-stamp 2>/dev/null)" != "$want" ]; then
  say "installing Python packages from requirements.lock"
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
  echo "$want" > .venv/.setup-stamp
fi

# --- 3. Pinned Pyodide core (npm) ------------------------------------------
command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 20+ with npm (Debian: apt-get install nodejs npm)."
want=$(stamp_of package-lock.json)
if [ "$(cat node_modules/.setup-stamp 2>/dev/null)" != "$want" ]; then
  say "installing the pinned Pyodide core with npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > node_modules/.setup-stamp
fi

# --- 4. Chromium + CJK fonts for the browser tests -------------------------
if [ "${SKIP_BROWSER_SETUP:-}" != 1 ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      say "installing Chromium and CJK fonts with apt-get"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    else
      die "Chromium and fonts-noto-cjk are needed for the browser tests; install them (Debian: apt-get install chromium fonts-noto-cjk) or set SKIP_BROWSER_SETUP=1 to only serve the site."
    fi
  fi
fi

# --- 5. Compile rule/role YAML into the JSON the checker reads --------------
.venv/bin/python -m checker.compile
say "ready"
