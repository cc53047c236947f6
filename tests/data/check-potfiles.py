#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# Fails when po/POTFILES.in is incomplete: a file under src/, ui/, data/ or schemas/ has a
# string xgettext extracts (with meson's glib preset) but is not listed, or a listed file is
# missing.
#
# Usage: check-potfiles.py XGETTEXT PACKAGE SRCDIR
import os
import sys
import tempfile

from potools import read_messages, run_xgettext

# (folder, file name endings) that may hold translatable strings
SOURCES = [
    ('src', ('.c', '.h')),
    ('ui', ('.ui',)),
    ('data', ('.desktop.in', '.metainfo.xml.in')),
    ('schemas', ('.gschema.xml',)),
]


def candidates(srcdir):
    found = []
    for folder, endings in SOURCES:
        for parent, _, names in os.walk(os.path.join(srcdir, folder)):
            found += [os.path.relpath(os.path.join(parent, name), srcdir)
                      for name in names if name.endswith(endings)]
    return sorted(found)


def files_with_strings(xgettext, package, srcdir, files):
    with tempfile.TemporaryDirectory() as tmp:
        listfile = os.path.join(tmp, 'files')
        with open(listfile, 'w', encoding='utf-8') as f:
            f.write(''.join(name + '\n' for name in files))
        template = os.path.join(tmp, package + '.pot')
        run_xgettext(xgettext, package, srcdir, listfile, template)
        messages = read_messages(template).values()
    return {reference.rsplit(':', 1)[0] for m in messages for reference in m.references}


def listed(srcdir):
    names = set()
    with open(os.path.join(srcdir, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line.startswith('['):  # "[type: gettext/glade] file"
                line = line.split(']', 1)[1].strip()
            if line:
                names.add(line)
    return names


def main(xgettext, package, srcdir):
    wanted = files_with_strings(xgettext, package, srcdir, candidates(srcdir))
    names = listed(srcdir)
    problems = [f'po/POTFILES.in: {name} has translatable strings but is not listed'
                for name in sorted(wanted - names)]
    problems += [f'po/POTFILES.in: {name} does not exist'
                 for name in sorted(names) if not os.path.isfile(os.path.join(srcdir, name))]
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f'po/POTFILES.in lists all {len(wanted)} files with translatable strings')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('usage: check-potfiles.py XGETTEXT PACKAGE SRCDIR')
    sys.exit(main(*sys.argv[1:]))
