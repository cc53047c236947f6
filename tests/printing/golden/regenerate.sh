#!/bin/bash
# Rewrites the printing suite's golden files from the current code, then lists what
# changed. Run from anywhere; builds first.
set -eu
cd "$(dirname "$0")/../../.."
ninja -C _build
OFC_UPDATE_GOLDEN=1 meson test -C _build --suite printing print-templates
git status --short tests/printing/golden
for f in $(git diff --name-only tests/printing/golden); do
  echo "== $f"
  case $f in
    *.zpl) git diff --stat -- "$f" ;;
    *) diff <(git show HEAD:"$f" | xxd) <(xxd "$f") | head -20 || true ;;
  esac
done
