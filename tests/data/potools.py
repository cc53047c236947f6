# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# What the translation checks share: running xgettext exactly as meson's i18n module does,
# reading the messages of a PO file, and reading the translations a branch leaves in
# po/pending/*.jsonl for the lead to apply to the PO file after merging.
import ast
import glob
import json
import os
import subprocess
import sys

try:
    # the keyword and flag list of i18n.gettext(preset: 'glib'), from the meson that builds us
    from mesonbuild.modules.i18n import PRESET_ARGS
except ImportError as e:
    sys.exit(f'cannot import meson\'s i18n module ({e}); run the checks with the Python that '
             'runs meson (Debian: /usr/bin/python3)')


def run_xgettext(xgettext, package, srcdir, listfile, output):
    """Writes the template of the files named in listfile, as `ninja officina-pot` would."""
    # the command of mesonbuild/scripts/gettext.py run_potgen(), plus --force-po so a list of
    # files without strings still yields a (header-only) file
    command = [xgettext, '--package-name=' + package, '-p', os.path.dirname(output),
               '-f', listfile, '-D', srcdir, '-k_', '-o', output, '--force-po']
    subprocess.run(command + PRESET_ARGS['glib'], check=True)


class Message:
    def __init__(self):
        self.context = None
        self.msgid = None
        self.plural = None
        self.translations = []
        self.references = []
        self.flags = []
        self.obsolete = False

    def key(self):
        return (self.context, self.msgid)

    def describe(self):
        text = repr(self.msgid)
        return f'{text} (context {self.context!r})' if self.context is not None else text


def read_messages(path):
    """The non-obsolete messages of a PO or POT file, header excluded, by (msgctxt, msgid)."""
    messages = {}
    message, field = Message(), None

    def finish():
        if message.msgid and not message.obsolete:
            messages[message.key()] = message

    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                finish()
                message, field = Message(), None
                continue
            if line.startswith('#~'):
                message.obsolete = True
                continue
            if line.startswith('#:'):
                message.references += line[2:].split()
                continue
            if line.startswith('#,'):
                message.flags += [flag.strip() for flag in line[2:].split(',')]
                continue
            if line.startswith('#'):
                continue
            keyword, _, rest = line.partition(' ')
            if line.startswith('"'):
                keyword, rest = None, line
            elif keyword in ('msgctxt', 'msgid', 'msgid_plural') or keyword.startswith('msgstr'):
                field = keyword
            else:
                sys.exit(f'{path}:{number}: cannot read “{line}”')
            append(message, field, ast.literal_eval(rest), keyword is not None)
    finish()
    return messages


def append(message, field, text, starts):
    if field == 'msgctxt':
        message.context = (message.context or '') + text
    elif field == 'msgid':
        message.msgid = (message.msgid or '') + text
    elif field == 'msgid_plural':
        message.plural = (message.plural or '') + text
    elif starts:
        message.translations.append(text)
    else:
        message.translations[-1] += text


def read_pending(srcdir):
    """The messages of po/pending/*.jsonl by (msgctxt, msgid), one JSON object per line:
    {"msgid": ..., "str": ...}, or {"msgid": ..., "plural": [forms]}, "ctx" for a context."""
    messages = {}
    for path in sorted(glob.glob(os.path.join(srcdir, 'po', 'pending', '*.jsonl'))):
        with open(path, encoding='utf-8') as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                except ValueError as e:
                    sys.exit(f'{path}:{number}: not JSON: {e}')
                message = Message()
                message.context = entry.get('ctx')
                message.msgid = entry.get('msgid')
                plural = entry.get('plural')
                message.translations = plural if plural is not None else [entry.get('str')]
                message.references = [f'{os.path.relpath(path, srcdir)}:{number}']
                messages[message.key()] = message
    return messages
