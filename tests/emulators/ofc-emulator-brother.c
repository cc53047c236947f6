/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The Brother QL emulator, loaded with 62 mm endless tape: the opcode table of the raster
 * protocol (invalidate, ESC @, ESC i a/z/M/A/K/d/S/!, M, g, w, Z, 0C, 1A), the 32-byte
 * status reply, and the page rebuilt un-mirrored across the 720-dot head.
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <string.h>

#include "ofc-emulator-private.h"

#define HEAD_DOTS      720
#define ROW_BYTES      90
#define TAPE_MM        62
#define CONTINUOUS     0x0A
#define MIN_INVALIDATE 200

typedef struct
{
  guint zeros;
  gboolean initialised;
  guint expected_rows;
  GPtrArray *rows;
} Brother;

static gpointer
brother_new_state (OfcEmulator *self)
{
  Brother *b = g_new0 (Brother, 1);

  b->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  return b;
}

static void
brother_free_state (gpointer state)
{
  Brother *b = state;

  g_ptr_array_unref (b->rows);
  g_free (b);
}

static void
status_reply (OfcEmulator *self, GByteArray *replies, guint8 type)
{
  guint8 reply[OFC_BROTHER_STATUS_SIZE] = { 0x80, 0x20, 0x42, '4', '0', '0' };

  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_GARBAGE))
    memset (reply, 0x55, sizeof reply);
  else
    {
      reply[8] = (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_PAPER_OUT) ? 0x01 : 0) |
                 (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_CUTTER) ? 0x04 : 0) |
                 (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_OFFLINE) ? 0x20 : 0);
      reply[9] = (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_COVER_OPEN) ? 0x10 : 0) |
                 (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_JAM) ? 0x40 : 0);
      reply[10] = TAPE_MM;
      reply[11] = CONTINUOUS;
      reply[18] = type;
    }
  g_byte_array_append (replies, reply, sizeof reply);
}

static void
end_invalidate (OfcEmulator *self)
{
  Brother *b = self->state;

  if (b->zeros == 0)
    return;
  ofc_emulator_event (self, "INVALIDATE %u", b->zeros);
  if (b->zeros < MIN_INVALIDATE)
    ofc_emulator_error (self, "only %u invalidate bytes, at least %d expected", b->zeros,
                        MIN_INVALIDATE);
  b->zeros = 0;
}

static OfcBitmap *
build_page (Brother *b)
{
  OfcBitmap *page = ofc_bitmap_new (HEAD_DOTS, b->rows->len);

  for (guint y = 0; y < b->rows->len; y++)
    {
      const guint8 *row = g_bytes_get_data (g_ptr_array_index (b->rows, y), NULL);

      for (guint dot = 0; dot < HEAD_DOTS; dot++)
        if (row[dot / 8] & (0x80 >> (dot % 8)))
          ofc_bitmap_set_pixel (page, HEAD_DOTS - 1 - dot, y, TRUE);
    }
  return page;
}

static void
print_page (OfcEmulator *self, GByteArray *replies, gboolean last)
{
  Brother *b = self->state;

  if (b->rows->len != b->expected_rows)
    ofc_emulator_error (self, "%u raster rows sent, print information announced %u", b->rows->len,
                        b->expected_rows);
  ofc_emulator_event (self, "LABEL %ux%u %s", HEAD_DOTS, b->rows->len, last ? "last" : "more");
  ofc_emulator_add_page (self, build_page (b));
  g_ptr_array_set_size (b->rows, 0);
  /* the printer reports "printing completed" by itself */
  status_reply (self, replies, 0x01);
}

static void
print_information (OfcEmulator *self, const guint8 *d)
{
  Brother *b = self->state;

  b->expected_rows = d[7] | d[8] << 8 | d[9] << 16 | (guint)d[10] << 24;
  ofc_emulator_event (self, "PRINT-INFO type=%02X width=%u length=%u rows=%u page=%u", d[4], d[5],
                      d[6], b->expected_rows, d[11]);
  if ((d[3] & 0x02) && d[4] != CONTINUOUS)
    ofc_emulator_error (self, "media type %02X but endless tape is loaded", d[4]);
  if ((d[3] & 0x04) && d[5] != TAPE_MM)
    ofc_emulator_error (self, "media width %u mm but %d mm tape is loaded", d[5], TAPE_MM);
}

static gsize
escape_i (OfcEmulator *self, const guint8 *d, gsize n, GByteArray *replies)
{
  static const guint8 lengths[128] = { ['a'] = 4, ['z'] = 13, ['M'] = 4, ['A'] = 4, ['K'] = 4,
                                       ['d'] = 5, ['S'] = 3,  ['!'] = 4, ['U'] = 15 };
  guint length;

  if (n < 3)
    return 0;
  length = d[2] < 128 ? lengths[d[2]] : 0;
  if (length == 0)
    {
      ofc_emulator_error (self, "unknown command 1B 69 %02X", d[2]);
      return 3;
    }
  if (n < length)
    return 0;
  if (d[2] == 'S')
    {
      ofc_emulator_event (self, "STATUS");
      status_reply (self, replies, 0x00);
    }
  else if (d[2] == 'z')
    print_information (self, d);
  else
    ofc_emulator_event (self, "ESC i %c %02X", d[2], d[3]);
  return length;
}

static gsize
raster_row (OfcEmulator *self, const guint8 *d, gsize n)
{
  Brother *b = self->state;
  gsize length;

  if (n < 3)
    return 0;
  length = 3 + d[2];
  if (n < length)
    return 0;
  if (d[2] != ROW_BYTES)
    ofc_emulator_error (self, "raster row of %u bytes, %d expected", d[2], ROW_BYTES);
  else
    g_ptr_array_add (b->rows, g_bytes_new (d + 3, ROW_BYTES));
  return length;
}

static gsize
brother_parse (OfcEmulator *self, const guint8 *d, gsize n, GByteArray *replies)
{
  Brother *b = self->state;

  if (d[0] == 0x00)
    {
      b->zeros++;
      return 1;
    }
  end_invalidate (self);
  switch (d[0])
    {
      case 0x1B:
        if (n < 2)
          return 0;
        if (d[1] == '@')
          {
            b->initialised = TRUE;
            ofc_emulator_event (self, "INIT");
            return 2;
          }
        if (d[1] == 'i')
          return escape_i (self, d, n, replies);
        ofc_emulator_error (self, "unknown command 1B %02X", d[1]);
        return 2;
      case 'M':
        return n < 2 ? 0 : 2;
      case 'g':
        return raster_row (self, d, n);
      case 'Z':
        g_ptr_array_add (b->rows, g_bytes_new_take (g_malloc0 (ROW_BYTES), ROW_BYTES));
        return 1;
      case 0x0C:
      case 0x1A:
        print_page (self, replies, d[0] == 0x1A);
        return 1;
      default:
        ofc_emulator_error (self, "unknown opcode %02X", d[0]);
        return 1;
    }
}

static void
brother_finish (OfcEmulator *self)
{
  Brother *b = self->state;

  end_invalidate (self);
  if (b->rows->len > 0)
    ofc_emulator_error (self, "job ended with %u rows not printed", b->rows->len);
  g_ptr_array_set_size (b->rows, 0);
}

const OfcEmulatorClass ofc_emulator_brother_class = {
  brother_new_state,
  brother_free_state,
  brother_parse,
  brother_finish,
};
