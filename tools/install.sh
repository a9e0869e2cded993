#!/usr/bin/env bash
# Brings a machine with rustup + node/npm to everything My MTS needs to build and test.
# Idempotent: each step checks first and says what it did; a second run does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen in Cargo.lock, or the build fails.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
ok() { printf '    ok: %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  ok "rust target wasm32-unknown-unknown"
else
  step "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  ok "trunk $TRUNK_VERSION"
else
  step "installing trunk $TRUNK_VERSION from source (about 6 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  ok "wasm-bindgen-cli $WASM_BINDGEN_VERSION"
else
  step "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  # No --locked: the published lock file of this version does not build.
  cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# twiggy: what makes the wasm big, printed by `make budget`.
TWIGGY_VERSION=0.8.0
if [ "$(twiggy --version 2>/dev/null)" = "twiggy-opt $TWIGGY_VERSION" ]; then
  ok "twiggy $TWIGGY_VERSION"
else
  step "installing twiggy $TWIGGY_VERSION (about 1 minute, once)"
  cargo install --locked twiggy --version "$TWIGGY_VERSION"
fi

missing_debs=()
[ -x /usr/bin/chromium ] || missing_debs+=(chromium)
command -v brotli >/dev/null || missing_debs+=(brotli)
command -v gzip >/dev/null || missing_debs+=(gzip)
command -v pg_isready >/dev/null || missing_debs+=(postgresql-client)
command -v pdftotext >/dev/null || missing_debs+=(poppler-utils)
if [ ${#missing_debs[@]} -eq 0 ]; then
  ok "debian packages: chromium, brotli, gzip, postgresql-client"
else
  step "installing debian packages: ${missing_debs[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_debs[@]}"
fi

# npm dependencies, reinstalled only when the lock file changes.
npm_ci() {
  local dir=$1 stamp=$1/node_modules/.mymts-lock-hash hash
  hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$hash" ]; then
    ok "npm packages in $dir"
  else
    step "installing npm packages in $dir"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
    echo "$hash" > "$stamp"
  fi
}
npm_ci tools   # binaryen 132: wasm-opt (Debian's v108 corrupts externref modules)
npm_ci e2e     # @playwright/test + axe, using the system chromium (never downloads one)
npm_ci tools/oidc-provider   # oauth2-mock-server: the OpenID provider of the API and e2e tests
npm_ci tools/lighthouse      # lighthouse 12.2.3: the performance/accessibility budgets of make test

# schemathesis (PyPI): the API fuzzing of `make test` (tools/fuzz/schemathesis.sh), in a
# virtual environment of its own under tools/.venv (git-ignored).
SCHEMATHESIS_VERSION=4.32.5
if [ "$(tools/.venv/bin/schemathesis --version 2>/dev/null)" = "schemathesis, version $SCHEMATHESIS_VERSION" ]; then
  ok "schemathesis $SCHEMATHESIS_VERSION in tools/.venv"
else
  step "installing schemathesis $SCHEMATHESIS_VERSION into tools/.venv"
  python=$(command -v python3.11 || command -v python3 || true)
  if [ -z "$python" ] || ! "$python" -c 'import venv, ensurepip' 2>/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv
    python=$(command -v python3)
  fi
  rm -rf tools/.venv
  "$python" -m venv tools/.venv
  tools/.venv/bin/pip install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

# PostgreSQL: the API tests run on it too, and never skip it.
if pg_isready -q -h 127.0.0.1 -p 5432; then
  ok "postgresql on 127.0.0.1:5432"
else
  step "starting postgresql"
  if ls /etc/postgresql >/dev/null 2>&1; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start || true
  fi
  for _ in $(seq 1 20); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 0.5; done
  pg_isready -q -h 127.0.0.1 -p 5432 || {
    echo "error: PostgreSQL is not reachable on 127.0.0.1:5432 and could not be started." >&2
    echo "       The API tests run on SQLite and PostgreSQL; start PostgreSQL and retry." >&2
    exit 1
  }
  ok "postgresql started"
fi
