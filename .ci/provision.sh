#!/usr/bin/env bash
# Puts Node >= 22.19 first on PATH and makes sure a Chromium exists.
# Sourced by .ci/run; safe to source again (every step checks before it acts).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${LYNC_TOOLS_DIR:-$root/.tools}"

node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=19)?0:1)'
}

if ! node_ok; then
  # A provisioned node makes npm stop reading the machine's global npmrc (it derives the path from the
  # running node's prefix); that file holds the registry's CA, so keep pointing at it explicitly.
  if command -v npm >/dev/null 2>&1; then
    npm_config_globalconfig="$(npm config get globalconfig 2>/dev/null || true)"
    export npm_config_globalconfig
  fi
  if [ ! -x "$tools/node/bin/node" ]; then
    echo "Provisioning Node 22 into $tools (system node is $(node --version 2>/dev/null || echo missing))"
    case "$(uname -m)" in x86_64) arch=x64 ;; aarch64 | arm64) arch=arm64 ;; *) echo "Unsupported CPU $(uname -m) for Node 22 provisioning" >&2; exit 1 ;; esac
    mkdir -p "$tools/node"
    # The platform package is a plain tarball of the official build: unpacking it runs no install scripts.
    tarball="$(cd "$tools" && npm pack --silent "node-linux-$arch@22")"
    tar -xzf "$tools/$tarball" -C "$tools/node" --strip-components=1
    rm -f "$tools/$tarball"
  fi
  export PATH="$tools/node/bin:$PATH"
  node_ok || { echo "Node 22 could not be provisioned in $tools; install Node >= 22.19 and retry." >&2; exit 1; }
fi

find_chromium() {
  for c in "${PLAYWRIGHT_CHROMIUM_EXECUTABLE:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    [ -n "$c" ] && [ -x "$c" ] && "$c" --version >/dev/null 2>&1 && { echo "$c"; return 0; }
  done
  return 1
}

if ! find_chromium >/dev/null; then
  echo "No usable Chromium found: installing Debian's chromium and poppler-utils with apt"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium poppler-utils >/dev/null
fi
if ! command -v pdftotext >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi
# The portable copy is tested in Firefox too (e2e/portable-firefox.spec.ts); Playwright's own Firefox cannot be downloaded.
if ! command -v firefox-esr >/dev/null 2>&1 && ! command -v firefox >/dev/null 2>&1 && [ -z "${FIREFOX_EXECUTABLE:-}" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq firefox-esr >/dev/null
fi
