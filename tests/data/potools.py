# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright 2026 The Officina authors
#
# What the translation checks share: running xgettext exactly as meson's i18n module does, and
# reading the messages of a PO file.
import ast
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
