#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# Fails when a translation is not complete and clean: msgfmt --check reports an error (a
# broken header, a format string that does not match its msgid, a plural form missing), or a
# message is fuzzy or untranslated.
#
# Usage: check-po-complete.sh MSGFMT PO...
set -eu
msgfmt=$1
shift
# msgfmt's statistics are matched by their English words
LC_ALL=C
LANGUAGE=
export LC_ALL LANGUAGE
status=0
for po in "$@"; do
  if ! statistics=$("$msgfmt" --check --statistics --output-file=/dev/null "$po" 2>&1); then
    printf '%s\n%s: msgfmt --check failed\n' "$statistics" "$po"
    status=1
    continue
  fi
  printf '%s: %s\n' "$po" "$statistics"
  case $statistics in
    *fuzzy* | *untranslated*)
      echo "$po: translate the untranslated messages and review the fuzzy ones"
      status=1
      ;;
  esac
done
exit "$status"
