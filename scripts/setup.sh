#!/usr/bin/env bash
# One-step setup for a fresh machine: system packages the deck needs, then the exact npm lockfile.
#   bash scripts/setup.sh          Chromium (for export), then npm ci
#   bash scripts/setup.sh --test   also poppler-utils (PDF checks), nginx (hosting test), LibreOffice Impress (PPTX check) and zbar-tools (QR check)
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
have_chromium() {
  [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] && return 0
  for b in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$b" >/dev/null 2>&1 && return 0
  done
  return 1
}
have_chromium || need+=(chromium)
# Without these, text with symbols falls back to boxes in a headless Chromium.
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
if [ "${1:-}" = "--test" ]; then
  command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
  command -v soffice >/dev/null 2>&1 || need+=(libreoffice-impress)
  # zbarimg reads the title slide's QR code from the exported PNG (tests/export/reader-qr-export.test.ts).
  command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools)
fi

if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]} from Debian"
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: please install ${need[*]} with your package manager (or set CHROMIUM_PATH to a Chrome/Chromium)." >&2
    exit 1
  fi
fi

# Playwright's own browser download cannot work offline and is not needed: the project uses a
# system Chromium. (An environment variable, not an .npmrc key: npm 11 warns about unknown keys.)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund
