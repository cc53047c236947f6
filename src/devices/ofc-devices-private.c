/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Helpers shared inside the devices library.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <string.h>

#include "ofc-devices-private.h"

/* Text reaches printers as bytes next to commands: a control character in a client's name
 * could otherwise become ESC, GS or a cut. Tabs become spaces; newlines survive only where
 * a block is a paragraph. */
char *
ofc_device_text_sanitize (const char *text, gboolean keep_newlines)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' && keep_newlines)
        g_string_append_c (out, '\n');
      else if (c == '\t' || c == '\n')
        g_string_append_c (out, ' ');
      else if (!g_unichar_iscntrl (c) && c != 0x2028 && c != 0x2029)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
