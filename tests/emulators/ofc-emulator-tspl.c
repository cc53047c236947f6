/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The TSPL emulator: line commands (SIZE, GAP, BLINE, CODEPAGE, CLS, TEXT, BARCODE,
 * QRCODE, PRINT, …), the binary payload of BITMAP (1 = white), and the ESC ! ? status
 * query, which arrives without a line end and is answered at once.
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <string.h>

#include "ofc-emulator-private.h"

/* a BITMAP header "BITMAP x,y,width,height,mode," is shorter than this */
#define HEADER_MAX 64

typedef struct
{
  guint width, height;
  gboolean sized, cleared;
  char *codepage;
  OfcBitmap *canvas;
} Tspl;

static gpointer
tspl_new_state (OfcEmulator *self)
{
  Tspl *t = g_new0 (Tspl, 1);

  t->codepage = g_strdup ("437");
  return t;
}

static void
tspl_free_state (gpointer state)
{
  Tspl *t = state;

  g_clear_object (&t->canvas);
  g_free (t->codepage);
  g_free (t);
}

static guint
mm_to_dots (OfcEmulator *self, const char *text)
{
  return (guint)(g_ascii_strtod (text, NULL) * self->dpi / 25.4 + 0.5);
}

/* splits "a,b,\"c,d\"" at commas outside quotes and unquotes, undoing \["] */
static GPtrArray *
split_arguments (const char *text)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  GString *part = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    if (quoted && g_str_has_prefix (p, "\\[\"]"))
      {
        g_string_append_c (part, '"');
        p += 3;
      }
    else if (*p == '"')
      quoted = !quoted;
    else if (*p == ',' && !quoted)
      {
        g_ptr_array_add (parts, g_strdup (g_strstrip (part->str)));
        g_string_truncate (part, 0);
      }
    else
      g_string_append_c (part, *p);
  g_ptr_array_add (parts, g_string_free (part, FALSE));
  return parts;
}

static guint
arg_number (GPtrArray *args, guint index)
{
  return index < args->len ? (guint)g_ascii_strtoull (g_ptr_array_index (args, index), NULL, 10)
                           : 0;
}

static const char *
arg (GPtrArray *args, guint index)
{
  return index < args->len ? g_ptr_array_index (args, index) : "";
}

static gboolean
check_canvas (OfcEmulator *self, const char *command)
{
  Tspl *t = self->state;

  if (!t->sized)
    ofc_emulator_error (self, "%s before SIZE", command);
  else if (!t->cleared)
    ofc_emulator_error (self, "%s before CLS", command);
  return t->canvas != NULL;
}

static void
text (OfcEmulator *self, GPtrArray *args)
{
  Tspl *t = self->state;
  const char *raw = arg (args, 6);
  g_autofree char *decoded = NULL;
  const char *charset = g_str_equal (t->codepage, "1251")    ? "CP1251"
                        : g_str_equal (t->codepage, "UTF-8") ? "UTF-8"
                                                             : "CP437";

  if (!g_str_is_ascii (raw) && g_str_equal (t->codepage, "437"))
    ofc_emulator_error (self, "non-ASCII TEXT without CODEPAGE");
  decoded = g_convert (raw, -1, "UTF-8", charset, NULL, NULL, NULL);
  ofc_emulator_event (self, "TEXT %u,%u: %s", arg_number (args, 0), arg_number (args, 1),
                      decoded != NULL ? decoded : "?");
  if (check_canvas (self, "TEXT") && decoded != NULL)
    ofc_emulator_draw_text (t->canvas, arg_number (args, 0), arg_number (args, 1),
                            24 * MAX (arg_number (args, 5), 1), decoded);
}

static void
symbol (OfcEmulator *self, const char *command, GPtrArray *args)
{
  Tspl *t = self->state;
  guint x = arg_number (args, 0), y = arg_number (args, 1);

  if (g_str_equal (command, "BARCODE"))
    {
      ofc_emulator_event (self, "BARCODE %s %u,%u %u: %s", arg (args, 2), x, y,
                          arg_number (args, 6), arg (args, 8));
      if (check_canvas (self, command))
        ofc_emulator_draw_code128 (self, t->canvas, x, y, arg_number (args, 6),
                                   arg_number (args, 3), arg (args, 8));
      return;
    }
  ofc_emulator_event (self, "QR %u,%u %u: %s", x, y, arg_number (args, 3), arg (args, 6));
  if (check_canvas (self, command))
    ofc_emulator_draw_qr (self, t->canvas, x, y, arg_number (args, 3), arg (args, 6));
}

static void
size (OfcEmulator *self, GPtrArray *args)
{
  Tspl *t = self->state;

  t->width = mm_to_dots (self, arg (args, 0));
  t->height = mm_to_dots (self, arg (args, 1));
  t->sized = t->width > 0 && t->height > 0;
  ofc_emulator_event (self, "SIZE %ux%u", t->width, t->height);
}

static void
print (OfcEmulator *self, GPtrArray *args)
{
  Tspl *t = self->state;

  if (!check_canvas (self, "PRINT"))
    return;
  ofc_emulator_event (self, "LABEL %ux%u copies=%u", t->width, t->height, arg_number (args, 0));
  ofc_emulator_add_page (self, g_steal_pointer (&t->canvas));
  t->cleared = FALSE;
}

static void
line_command (OfcEmulator *self, const char *line)
{
  Tspl *t = self->state;
  g_auto (GStrv) split = g_strsplit (line, " ", 2);
  g_autoptr (GPtrArray) args = NULL;
  const char *command = split[0];

  /* an empty line, such as the line end after BITMAP data */
  if (command == NULL)
    return;
  args = split_arguments (split[1] != NULL ? split[1] : "");
  if (g_str_equal (command, "SIZE"))
    size (self, args);
  else if (g_str_equal (command, "CLS"))
    {
      g_clear_object (&t->canvas);
      t->canvas = t->sized ? ofc_bitmap_new (t->width, t->height) : NULL;
      t->cleared = TRUE;
      if (!t->sized)
        ofc_emulator_error (self, "CLS before SIZE");
    }
  else if (g_str_equal (command, "CODEPAGE"))
    {
      g_free (t->codepage);
      t->codepage = g_strdup (arg (args, 0));
      ofc_emulator_event (self, "CODEPAGE %s", t->codepage);
    }
  else if (g_str_equal (command, "TEXT"))
    text (self, args);
  else if (g_str_equal (command, "BARCODE") || g_str_equal (command, "QRCODE"))
    symbol (self, command, args);
  else if (g_str_equal (command, "PRINT"))
    print (self, args);
  else if (g_str_equal (command, "GAP") || g_str_equal (command, "BLINE"))
    ofc_emulator_event (self, "%s %s", command, split[1] != NULL ? split[1] : "");
  else if (!g_strv_contains (
               (const char *[]){ "DIRECTION", "REFERENCE", "DENSITY", "SPEED", "", NULL }, command))
    ofc_emulator_error (self, "unknown command %s", command);
}

static gsize
bitmap (OfcEmulator *self, const guint8 *d, gsize n)
{
  Tspl *t = self->state;
  g_autofree char *header = g_strndup ((const char *)d, MIN (n, HEADER_MAX));
  g_auto (GStrv) fields = g_strsplit (header + strlen ("BITMAP "), ",", 6);
  guint x, y, stride, rows;
  gsize start, size;
  g_autoptr (OfcBitmap) image = NULL;

  if (g_strv_length (fields) < 6 && n >= HEADER_MAX)
    {
      ofc_emulator_error (self, "malformed BITMAP header");
      return 1;
    }
  if (g_strv_length (fields) < 6)
    return 0;
  x = g_ascii_strtoull (fields[0], NULL, 10);
  y = g_ascii_strtoull (fields[1], NULL, 10);
  stride = g_ascii_strtoull (fields[2], NULL, 10);
  rows = g_ascii_strtoull (fields[3], NULL, 10);
  start = strlen ("BITMAP ") + strlen (fields[0]) + strlen (fields[1]) + strlen (fields[2]) +
          strlen (fields[3]) + strlen (fields[4]) + 5;
  size = (gsize)stride * rows;
  if (n < start + size)
    return 0;
  image = ofc_emulator_bitmap_from_rows (d + start, stride, rows, TRUE);
  ofc_emulator_event (self, "BITMAP %u,%u %ux%u mode=%s", x, y, stride * 8, rows, fields[4]);
  if (check_canvas (self, "BITMAP"))
    ofc_bitmap_blit (t->canvas, image, x, y);
  return start + size;
}

static gsize
status (OfcEmulator *self, GByteArray *replies)
{
  guint8 reply = 0;

  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_COVER_OPEN))
    reply |= 0x40;
  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_JAM))
    reply |= 0x02;
  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_PAPER_OUT))
    reply |= 0x04;
  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_RIBBON_OUT))
    reply |= 0x08;
  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_OFFLINE))
    reply |= 0x10;
  ofc_emulator_event (self, "STATUS -> 0x%02X", reply);
  g_byte_array_append (replies, &reply, 1);
  return 3;
}

static gsize
tspl_parse (OfcEmulator *self, const guint8 *d, gsize n, GByteArray *replies)
{
  const guint8 *end;

  if (d[0] == 0x1B)
    {
      if (n < 3)
        return 0;
      if (d[1] == '!' && d[2] == '?')
        return status (self, replies);
      ofc_emulator_error (self, "unknown escape command 1B %02X %02X", d[1], d[2]);
      return 3;
    }
  if (n >= 7 && memcmp (d, "BITMAP ", 7) == 0)
    return bitmap (self, d, n);
  end = memchr (d, '\n', n);
  if (end == NULL)
    return 0;
  {
    g_autofree char *line = g_strndup ((const char *)d, end - d);

    line_command (self, g_strchomp (line));
  }
  return end - d + 1;
}

static void
tspl_finish (OfcEmulator *self)
{
  Tspl *t = self->state;

  if (t->canvas != NULL && t->cleared)
    ofc_emulator_error (self, "job ended without PRINT");
  g_clear_object (&t->canvas);
  t->cleared = FALSE;
}

const OfcEmulatorClass ofc_emulator_tspl_class = {
  tspl_new_state,
  tspl_free_state,
  tspl_parse,
  tspl_finish,
};
