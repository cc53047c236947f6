#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# Fails when ui/ stops mirroring src/gui/: every widget template ui/<path>/ofc-<name>.ui
# belongs to the class in src/gui/<path>/ofc-<name>.c, and no other .ui file sits beside them.
# GTK's own files (ui/gtk/, such as the shortcuts window) and ui/style.css are not templates
# of ours and are exempt.
#
# Usage: check-ui-mirror.py SRCDIR
import os
import sys

EXEMPT = ('gtk',)


def main(srcdir):
    ui_dir = os.path.join(srcdir, 'ui')
    templates, problems = 0, []
    for parent, folders, names in os.walk(ui_dir):
        if parent == ui_dir:
            folders[:] = [f for f in folders if f not in EXEMPT]
        for name in sorted(names):
            if not name.endswith('.ui'):
                continue
            templates += 1
            relative = os.path.relpath(os.path.join(parent, name), ui_dir)
            if not name.startswith('ofc-'):
                problems.append(f'ui/{relative}: templates are named ofc-<noun>[-<role>].ui')
                continue
            source = os.path.join('src', 'gui', relative[:-len('.ui')] + '.c')
            if not os.path.isfile(os.path.join(srcdir, source)):
                problems.append(f'ui/{relative}: no {source}; ui/ mirrors src/gui/ folder for '
                                'folder and name for name')
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f'all {templates} templates under ui/ have their class in src/gui/')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: check-ui-mirror.py SRCDIR')
    sys.exit(main(sys.argv[1]))
