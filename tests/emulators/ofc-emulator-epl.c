/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The EPL2 emulator: N clears the image buffer, q and Q set width and length in dots,
 * GW draws a binary bitmap (1 = white), A and B are recorded, P prints.
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <string.h>

#include "ofc-emulator-private.h"

typedef struct
{
  guint width, length;
  gboolean cleared;
  OfcBitmap *canvas;
} Epl;

static gpointer
epl_new_state (OfcEmulator *self)
{
  return g_new0 (Epl, 1);
}

static void
epl_free_state (gpointer state)
{
  Epl *e = state;

  g_clear_object (&e->canvas);
  g_free (e);
}

static guint
field (char **fields, guint index)
{
  return index < g_strv_length (fields) ? (guint)g_ascii_strtoull (fields[index], NULL, 10) : 0;
}

static OfcBitmap *
canvas (OfcEmulator *self)
{
  Epl *e = self->state;

  if (!e->cleared)
    ofc_emulator_error (self, "drawing before N");
  if (e->canvas == NULL && e->width > 0 && e->length > 0)
    e->canvas = ofc_bitmap_new (e->width, e->length);
  if (e->canvas == NULL)
    ofc_emulator_error (self, "drawing before q and Q");
  return e->canvas;
}

static gsize
graphic (OfcEmulator *self, const guint8 *d, gsize n)
{
  g_autofree char *header = g_strndup ((const char *)d + 2, MIN (n - 2, 40));
  g_auto (GStrv) fields = g_strsplit (header, ",", 5);
  guint x, y, stride, rows;
  gsize start;
  g_autoptr (OfcBitmap) image = NULL;
  OfcBitmap *target;

  if (g_strv_length (fields) < 5 && n >= 42)
    {
      ofc_emulator_error (self, "malformed GW header");
      return 1;
    }
  if (g_strv_length (fields) < 5)
    return 0;
  x = field (fields, 0);
  y = field (fields, 1);
  stride = field (fields, 2);
  rows = field (fields, 3);
  start = 2 + strlen (fields[0]) + strlen (fields[1]) + strlen (fields[2]) + strlen (fields[3]) + 4;
  if (n < start + (gsize)stride * rows)
    return 0;
  image = ofc_emulator_bitmap_from_rows (d + start, stride, rows, TRUE);
  ofc_emulator_event (self, "GW %u,%u %ux%u", x, y, stride * 8, rows);
  if ((target = canvas (self)) != NULL)
    ofc_bitmap_blit (target, image, x, y);
  return start + (gsize)stride * rows;
}

static void
print (OfcEmulator *self, const char *count)
{
  Epl *e = self->state;

  if (canvas (self) == NULL)
    return;
  ofc_emulator_event (self, "LABEL %ux%u copies=%s", e->width, e->length, count);
  ofc_emulator_add_page (self, g_steal_pointer (&e->canvas));
  e->cleared = FALSE;
}

static void
line_command (OfcEmulator *self, const char *line)
{
  Epl *e = self->state;
  g_auto (GStrv) fields = g_strsplit (line + (line[0] != '\0'), ",", -1);

  switch (line[0])
    {
      case '\0':
        break;
      case 'N':
        g_clear_object (&e->canvas);
        e->cleared = TRUE;
        break;
      case 'q':
        e->width = field (fields, 0);
        break;
      case 'Q':
        e->length = field (fields, 0);
        ofc_emulator_event (self, "Q %s", line + 1);
        break;
      case 'P':
        print (self, line + 1);
        break;
      case 'A':
      case 'B':
        ofc_emulator_event (self, "%s", line);
        break;
      default:
        if (!g_strv_contains ((const char *[]){ "D", "S", "I", "O", "Z", NULL },
                              (char[]){ line[0], '\0' }))
          ofc_emulator_error (self, "unknown command %s", line);
        break;
    }
}

static gsize
epl_parse (OfcEmulator *self, const guint8 *d, gsize n, GByteArray *replies)
{
  const guint8 *end;

  if (n >= 2 && d[0] == 'G' && d[1] == 'W')
    return graphic (self, d, n);
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
epl_finish (OfcEmulator *self)
{
  Epl *e = self->state;

  if (e->canvas != NULL)
    ofc_emulator_error (self, "job ended without P");
  g_clear_object (&e->canvas);
}

const OfcEmulatorClass ofc_emulator_epl_class = {
  epl_new_state,
  epl_free_state,
  epl_parse,
  epl_finish,
};
