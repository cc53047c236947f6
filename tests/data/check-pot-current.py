#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# Fails when a translation is stale: the template regenerated from po/POTFILES.in (as
# `ninja officina-pot` does) has a message the PO file lacks, or the PO file still has a
# message that is no longer in the sources.
#
# Branches do not edit the PO files (they would all collide there); they leave their new
# messages' translations in po/pending/*.jsonl, which count as present here when complete,
# until the lead applies them to the PO file after merging.
#
# Usage: check-pot-current.py XGETTEXT PACKAGE SRCDIR PO...
import os
import re
import sys
import tempfile

from potools import read_messages, read_pending, run_xgettext

DIRECTIVE = re.compile(r'%(?:[0-9]+\$)?[-+ #0\']*[0-9*]*(?:\.[0-9*]+)?[hlLqjzt]*[a-zA-Z%]')


def directives(text):
    return sorted(d for d in DIRECTIVE.findall(text) if d != '%%')


def check_pending(wanted, pending):
    """Problems of the pending translations: empty, wrong plural, or format directives that
    do not match the message's."""
    problems = []
    for key, message in sorted(pending.items(), key=lambda item: str(item[0])):
        where = ' '.join(message.references)
        source = wanted.get(key)
        if source is None:
            problems.append(f'{where}: {message.describe()} is not in the sources')
            continue
        forms = message.translations
        if any(not isinstance(form, str) or not form for form in forms):
            problems.append(f'{where}: {message.describe()} has an empty translation')
            continue
        if (source.plural is None) != (len(forms) == 1):
            problems.append(f'{where}: {message.describe()} needs '
                            f'{"plural forms" if source.plural else "one translation"}')
            continue
        if 'c-format' in source.flags and any(directives(form) != directives(source.msgid)
                                               for form in forms):
            problems.append(f'{where}: {message.describe()}: the format directives differ')
        message.plural = source.plural  # the JSON names only the singular
    return problems


def compare(template, po, pending):
    wanted, have = read_messages(template), read_messages(po)
    problems = check_pending(wanted, pending)
    have = {**pending, **have}
    for key in sorted(wanted.keys() - have.keys(), key=str):
        problems.append(f'missing from {po}: {wanted[key].describe()} '
                        f'({" ".join(wanted[key].references)})')
    for key in sorted(have.keys() - wanted.keys(), key=str):
        problems.append(f'gone from the sources but still in {po}: {have[key].describe()}')
    for key in sorted(wanted.keys() & have.keys(), key=str):
        if wanted[key].plural != have[key].plural:
            problems.append(f'plural changed for {wanted[key].describe()}: now '
                            f'{wanted[key].plural!r}, {po} has {have[key].plural!r}')
    return problems


def main(xgettext, package, srcdir, *pos):
    with tempfile.TemporaryDirectory() as tmp:
        template = os.path.join(tmp, package + '.pot')
        run_xgettext(xgettext, package, srcdir, os.path.join(srcdir, 'po', 'POTFILES.in'),
                     template)
        pending = read_pending(srcdir)
        problems = [p for po in pos for p in compare(template, po, pending)]
    for problem in problems:
        print(problem)
    if problems:
        print(f'\nRun `ninja -C _build {package}-update-po`, then translate what changed.')
        return 1
    waiting = f' ({len(pending)} translated in po/pending/)' if pending else ''
    print(f'{", ".join(pos)}: every message of the sources and nothing else{waiting}')
    return 0


if __name__ == '__main__':
    if len(sys.argv) < 5:
        sys.exit("usage: check-pot-current.py XGETTEXT PACKAGE SRCDIR PO...")
    sys.exit(main(*sys.argv[1:]))
