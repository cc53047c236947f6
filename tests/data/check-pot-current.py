#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# Fails when a translation is stale: the template regenerated from po/POTFILES.in (as
# `ninja officina-pot` does) has a message the PO file lacks, or the PO file still has a
# message that is no longer in the sources.
#
# Usage: check-pot-current.py XGETTEXT PACKAGE SRCDIR PO...
import os
import sys
import tempfile

from potools import read_messages, run_xgettext


def compare(template, po):
    wanted, have = read_messages(template), read_messages(po)
    problems = []
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
        problems = [p for po in pos for p in compare(template, po)]
    for problem in problems:
        print(problem)
    if problems:
        print(f'\nRun `ninja -C _build {package}-update-po`, then translate what changed.')
        return 1
    print(f'{", ".join(pos)}: every message of the sources and nothing else')
    return 0


if __name__ == '__main__':
    if len(sys.argv) < 5:
        sys.exit("usage: check-pot-current.py XGETTEXT PACKAGE SRCDIR PO...")
    sys.exit(main(*sys.argv[1:]))
