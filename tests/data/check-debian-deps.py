#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# Fails when packaging/debian/control's Build-Depends and scripts/debian-packages.txt
# disagree: every package of the "build" group is a Build-Depends (gcc comes with
# build-essential), every plain Build-Depends is in the "build" group, and every <!nocheck>
# one is in the "tests" group. A library a branch adds for the build then reaches the .deb.
#
# Usage: check-debian-deps.py SRCDIR
import os
import re
import sys

BUILD_ESSENTIAL = {'gcc', 'g++', 'make', 'libc6-dev', 'dpkg-dev'}
DEBHELPER = {'debhelper-compat'}


def read_groups(path):
    """{group: {package}}; a group is named by the first word of the comment above it."""
    groups, group = {}, None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.startswith('#'):
                words = line[1:].split()
                group = words[0] if words else group
            elif line:
                groups.setdefault(group, set()).add(line)
    return groups


def read_build_depends(path):
    """{package: nocheck?} from the Build-Depends field of the source stanza."""
    with open(path, encoding='utf-8') as f:
        source = f.read().split('\n\n', 1)[0]
    match = re.search(r'^Build-Depends:(.*(?:\n[ \t].*)*)', source, re.MULTILINE)
    if match is None:
        sys.exit(f'{path}: no Build-Depends field')
    depends = {}
    for relation in match.group(1).split(','):
        for alternative in relation.split('|'):
            name = re.sub(r'\(.*?\)|\[.*?\]|<.*?>', '', alternative).strip()
            if name:
                depends[name] = '!nocheck' in alternative
    return depends


def main(srcdir):
    control = 'packaging/debian/control'
    listing = 'scripts/debian-packages.txt'
    groups = read_groups(os.path.join(srcdir, listing))
    depends = read_build_depends(os.path.join(srcdir, control))
    build, tests = groups.get('build', set()), groups.get('tests', set())
    problems = [f'{name} is in the build group of {listing} but not a Build-Depends of {control}'
                for name in sorted(build - BUILD_ESSENTIAL - depends.keys())]
    for name, nocheck in sorted(depends.items()):
        group, wanted = ('tests', tests) if nocheck else ('build', build)
        if name not in wanted and name not in DEBHELPER:
            problems.append(f'{control} Build-Depends on {name}'
                            f'{" <!nocheck>" if nocheck else ""}, which is not in the '
                            f'{group} group of {listing}')
    for problem in problems:
        print(problem)
    if problems:
        return 1
    print(f'{control} and {listing} agree on {len(depends)} build dependencies')
    return 0


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: check-debian-deps.py SRCDIR')
    sys.exit(main(sys.argv[1]))
