/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The ESC/POS emulator. A command-length table splits the stream into commands (so a
 * DLE EOT is recognised only between commands, as on a real printer, and answered as
 * soon as it arrives); text is decoded through the table selected with ESC t as the
 * emulated vendor numbers them, or as GB18030 while Chinese mode is on; the paper is
 * rebuilt as strips and cut into pages.
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <string.h>

#include "ofc-emulator-private.h"

#define ESC 0x1B
#define GS  0x1D
#define FS  0x1C
#define DLE 0x10

typedef struct
{
  int number;
  const char *charset;
} Table;

typedef struct
{
  const char *name;
  gboolean chinese_default;
  gboolean star;
  const Table *tables;
} Profile;

static const Table epson_tables[] = {
  { 0, "CP437" }, { 17, "CP866" }, { 34, "CP855" }, { 46, "CP1251" }, { -1, NULL }
};
static const Table xprinter_tables[] = { { 0, "CP437" },  { 17, "CP866" },  { 59, "CP866" },
                                         { 60, "CP855" }, { 73, "CP1251" }, { -1, NULL } };
static const Table rongta_tables[] = {
  { 0, "CP437" }, { 6, "CP1251" }, { 7, "CP866" }, { 28, "CP855" }, { -1, NULL }
};
static const Table star_tables[] = {
  { 0, "CP437" }, { 10, "CP866" }, { 11, "CP855" }, { 34, "CP1251" }, { -1, NULL }
};

static const Profile profiles[] = {
  { "epson", FALSE, FALSE, epson_tables },
  { "xprinter", TRUE, FALSE, xprinter_tables },
  { "rongta", FALSE, FALSE, rongta_tables },
  { "star", FALSE, TRUE, star_tables },
};

/* parameter bytes + 1 of the fixed-length ESC, GS and FS commands; 0 = not fixed */
static const guint8 esc_fixed[128] = {
  ['@'] = 1, ['!'] = 2, ['E'] = 2,  ['G'] = 2, ['-'] = 2, ['a'] = 2, ['t'] = 2, ['d'] = 2,
  ['J'] = 2, ['M'] = 2, ['R'] = 2,  ['3'] = 2, ['2'] = 1, ['p'] = 4, ['V'] = 2, ['{'] = 2,
  [' '] = 2, ['$'] = 3, ['\\'] = 3, ['c'] = 3, ['e'] = 2, ['i'] = 1, ['m'] = 1, ['='] = 2,
  ['r'] = 2, ['U'] = 2, ['S'] = 1,  ['L'] = 1, ['T'] = 2, ['W'] = 9,
};
static const guint8 gs_fixed[128] = {
  ['!'] = 2, ['B'] = 2, ['h'] = 2, ['w'] = 2, ['H'] = 2, ['f'] = 2, ['L'] = 3, ['W'] = 3,
  ['I'] = 2, ['a'] = 2, ['r'] = 2, ['P'] = 3, ['$'] = 3, ['b'] = 2, ['E'] = 2, ['/'] = 2,
};
static const guint8 fs_fixed[128] = {
  ['.'] = 1, ['&'] = 1, ['!'] = 2, ['-'] = 2, ['C'] = 2, ['p'] = 3, ['S'] = 3, ['W'] = 2,
};

typedef struct
{
  const Profile *profile;
  int table;
  gboolean chinese;
  GByteArray *line;
  int bold, underline, width, height, align;
  guint bar_height, bar_module, hri;
  guint qr_module;
  char qr_ecc;
  GByteArray *qr_data;
  GPtrArray *strips;
} Escpos;

static void
reset (Escpos *p)
{
  p->table = 0;
  p->chinese = p->profile->chinese_default;
  g_byte_array_set_size (p->line, 0);
  p->bold = p->underline = p->align = 0;
  p->width = p->height = 1;
  p->bar_height = 162;
  p->bar_module = 3;
  p->hri = 0;
  p->qr_module = 3;
  p->qr_ecc = 'L';
  g_byte_array_set_size (p->qr_data, 0);
}

static gpointer
escpos_new_state (OfcEmulator *self)
{
  Escpos *p = g_new0 (Escpos, 1);

  p->profile = &profiles[0];
  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    if (g_strcmp0 (profiles[i].name, self->profile) == 0)
      p->profile = &profiles[i];
  p->line = g_byte_array_new ();
  p->qr_data = g_byte_array_new ();
  p->strips = g_ptr_array_new_with_free_func (g_object_unref);
  reset (p);
  return p;
}

static void
escpos_free_state (gpointer state)
{
  Escpos *p = state;

  g_byte_array_unref (p->line);
  g_byte_array_unref (p->qr_data);
  g_ptr_array_unref (p->strips);
  g_free (p);
}

static const char *
charset_of (Escpos *p, int table)
{
  for (const Table *t = p->profile->tables; t->charset != NULL; t++)
    if (t->number == table)
      return t->charset;
  return NULL;
}

static void
add_strip (OfcEmulator *self, OfcBitmap *strip)
{
  Escpos *p = self->state;

  g_ptr_array_add (p->strips, strip);
}

static char *
decode_line (OfcEmulator *self)
{
  Escpos *p = self->state;
  const char *charset = p->chinese ? "GB18030" : charset_of (p, p->table);
  char *text;

  if (charset == NULL)
    {
      ofc_emulator_error (self, "text printed with unknown code table %d", p->table);
      charset = "CP437";
    }
  text = g_convert ((const char *)p->line->data, p->line->len, "UTF-8", charset, NULL, NULL, NULL);
  if (text == NULL)
    {
      ofc_emulator_error (self, "text bytes invalid in %s", charset);
      text = g_strdup ("?");
    }
  return text;
}

static OfcTextStyle
current_style (Escpos *p)
{
  return (p->bold ? OFC_TEXT_BOLD : 0) | (p->underline ? OFC_TEXT_UNDERLINE : 0) |
         (p->width > 1 ? OFC_TEXT_DOUBLE_WIDTH : 0) | (p->height > 1 ? OFC_TEXT_DOUBLE_HEIGHT : 0);
}

static void
print_line (OfcEmulator *self)
{
  Escpos *p = self->state;
  g_autofree char *text = NULL;

  if (p->line->len == 0)
    {
      add_strip (self,
                 ofc_bitmap_new (ofc_paper_width_get_dots (self->paper), OFC_RECEIPT_LINE_DOTS));
      return;
    }
  text = decode_line (self);
  ofc_emulator_event (self, "TEXT[%s%s%s%s%c]: %s", p->bold ? "b" : "", p->underline ? "u" : "",
                      p->width > 1 ? "w" : "", p->height > 1 ? "h" : "",
                      "LCR"[CLAMP (p->align, 0, 2)], text);
  add_strip (self, ofc_receipt_raster_line (text, current_style (p), p->align, self->paper));
  g_byte_array_set_size (p->line, 0);
}

static void
cut_page (OfcEmulator *self)
{
  Escpos *p = self->state;

  if (p->line->len > 0)
    print_line (self);
  if (p->strips->len == 0)
    return;
  ofc_emulator_add_page (self,
                         ofc_bitmap_stack (p->strips, ofc_paper_width_get_dots (self->paper)));
  g_ptr_array_set_size (p->strips, 0);
}

static guint8
status_reply (OfcEmulator *self, guint n)
{
  gboolean stopped =
      ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_OFFLINE | OFC_EMULATOR_FAULT_COVER_OPEN |
                                        OFC_EMULATOR_FAULT_PAPER_OUT | OFC_EMULATOR_FAULT_CUTTER);
  guint8 reply = 0x12;

  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_GARBAGE))
    return 0xFF;
  if (n == 1 && stopped)
    reply |= 0x08;
  if (n == 2 && ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_COVER_OPEN))
    reply |= 0x04;
  if (n == 2 && ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_PAPER_OUT))
    reply |= 0x20;
  if (n == 3 && ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_CUTTER))
    reply |= 0x08;
  if (n == 4 && ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_PAPER_NEAR_END))
    reply |= 0x0C;
  if (n == 4 && ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_PAPER_OUT))
    reply |= 0x60;
  return reply;
}

static gsize
parse_dle (OfcEmulator *self, const guint8 *d, gsize n, GByteArray *replies)
{
  guint8 reply;

  if (n < 3)
    return 0;
  if (d[1] == 0x04 && d[2] >= 1 && d[2] <= 4)
    {
      reply = status_reply (self, d[2]);
      ofc_emulator_event (self, "STATUS %u -> 0x%02X", d[2], reply);
      g_byte_array_append (replies, &reply, 1);
      return 3;
    }
  if (d[1] == 0x05)
    return 3;
  if (d[1] == 0x14)
    return n >= 5 ? 5 : 0;
  ofc_emulator_error (self, "unknown real-time command 10 %02X", d[1]);
  return 2;
}

/* the whole length of a variable-length command, 0 when more bytes are needed */
static gsize
variable_length (const guint8 *d, gsize n, gboolean *known)
{
  *known = TRUE;
  if (d[0] == ESC && d[1] == '*')
    return n < 5 ? 0 : 5 + (gsize)(d[3] + 256 * d[4]) * (d[2] >= 32 ? 3 : 1);
  if (d[0] == ESC && d[1] == GS)
    return n < 4 ? 0 : 4;
  if ((d[0] == GS || d[0] == FS) && d[1] == '(')
    return n < 5 ? 0 : 5 + (gsize)d[3] + 256 * d[4];
  if (d[0] == GS && d[1] == 'v')
    return n < 8 ? 0 : 8 + (gsize)(d[4] + 256 * d[5]) * (d[6] + 256 * d[7]);
  if (d[0] == GS && d[1] == 'V')
    return n < 3 ? 0 : (d[2] == 65 || d[2] == 66) ? 4 : 3;
  if (d[0] == GS && d[1] == 'k' && n >= 3 && d[2] <= 6)
    {
      const guint8 *end = memchr (d + 3, 0, n - 3);

      return end == NULL ? 0 : (gsize)(end - d) + 1;
    }
  if (d[0] == GS && d[1] == 'k')
    return n < 4 ? 0 : 4 + (gsize)d[3];
  *known = FALSE;
  return 0;
}

static gsize
command_length (const guint8 *d, gsize n, gboolean *known)
{
  const guint8 *table = d[0] == ESC ? esc_fixed : d[0] == GS ? gs_fixed : fs_fixed;
  gsize length;

  *known = TRUE;
  if (n < 2)
    return 0;
  length = variable_length (d, n, known);
  if (*known)
    return length;
  if (d[1] < 128 && table[d[1]] > 0)
    {
      *known = TRUE;
      return n >= 1u + table[d[1]] ? 1u + table[d[1]] : 0;
    }
  return 0;
}

static void
select_table (OfcEmulator *self, int table)
{
  Escpos *p = self->state;
  const char *charset = charset_of (p, table);

  p->table = table;
  ofc_emulator_event (self, "TABLE %d %s", table, charset != NULL ? charset : "unknown");
  if (charset == NULL)
    ofc_emulator_error (self, "code table %d does not exist on a %s printer", table,
                        p->profile->name);
}

static void
feed (OfcEmulator *self, guint dots, const char *what, guint amount)
{
  Escpos *p = self->state;

  if (p->line->len > 0)
    print_line (self);
  ofc_emulator_event (self, "FEED %u %s", amount, what);
  if (dots > 0)
    add_strip (self, ofc_bitmap_new (ofc_paper_width_get_dots (self->paper), dots));
}

static void
init (OfcEmulator *self)
{
  Escpos *p = self->state;

  if (p->line->len > 0)
    ofc_emulator_error (self, "ESC @ dropped %u bytes of unprinted text", p->line->len);
  reset (p);
  ofc_emulator_event (self, "INIT");
}

/* ESC t on most printers, ESC GS t on Star ones; the other one is an error */
static void
table_command (OfcEmulator *self, const guint8 *d)
{
  Escpos *p = self->state;
  gboolean star_command = d[1] == GS;

  if (star_command && d[2] != 't')
    ofc_emulator_error (self, "unknown command 1B 1D %02X", d[2]);
  else if (star_command != p->profile->star)
    ofc_emulator_error (self, "%s does not select tables on a %s printer",
                        star_command ? "ESC GS t" : "ESC t", p->profile->name);
  else
    select_table (self, star_command ? d[3] : d[2]);
}

static void
print_mode (Escpos *p, guint8 mode)
{
  p->bold = (mode >> 3) & 1;
  p->height = (mode & 0x10) ? 2 : 1;
  p->width = (mode & 0x20) ? 2 : 1;
  p->underline = mode >> 7;
}

static void
exec_esc (OfcEmulator *self, const guint8 *d)
{
  Escpos *p = self->state;

  switch (d[1])
    {
      case '@':
        init (self);
        break;
      case 't':
      case GS:
        table_command (self, d);
        break;
      case 'E':
        p->bold = d[2] & 1;
        break;
      case '-':
        p->underline = d[2] % 48 != 0;
        break;
      case 'a':
        p->align = MIN (d[2] % 48, 2);
        break;
      case '!':
        print_mode (p, d[2]);
        break;
      case 'd':
        feed (self, d[2] * OFC_RECEIPT_LINE_DOTS, "lines", d[2]);
        break;
      case 'J':
        feed (self, d[2], "dots", d[2]);
        break;
      case 'p':
        ofc_emulator_event (self, "DRAWER pin=%d on=%dms off=%dms", (d[2] & 1) ? 5 : 2, d[3] * 2,
                            d[4] * 2);
        break;
      default:
        break;
    }
}

static void
place_strip (OfcEmulator *self, OfcBitmap *content, guint margin)
{
  Escpos *p = self->state;
  guint width = ofc_paper_width_get_dots (self->paper), used = ofc_bitmap_get_width (content);
  OfcBitmap *strip = ofc_bitmap_new (width, ofc_bitmap_get_height (content) + 2 * margin);
  int x = p->align == 0 || used >= width ? 0 : (int)(width - used) / (p->align == 1 ? 2 : 1);

  if (used > width)
    ofc_emulator_error (self, "%u dots wide on %u-dot paper", used, width);
  ofc_bitmap_blit (strip, content, x, margin);
  add_strip (self, strip);
}

static void
barcode (OfcEmulator *self, const guint8 *d)
{
  Escpos *p = self->state;
  g_autofree char *payload = g_strndup ((const char *)d + 4, d[3]);
  g_autoptr (OfcBitmap) modules = NULL;
  g_autoptr (OfcBitmap) bars = NULL;
  g_autoptr (GError) error = NULL;

  if (d[2] != 73)
    {
      ofc_emulator_event (self, "BARCODE type=%u", d[2]);
      return;
    }
  ofc_emulator_event (self, "BARCODE CODE128 %s", payload);
  if (payload[0] != '{' || payload[1] < 'A' || payload[1] > 'C')
    {
      ofc_emulator_error (self, "CODE128 data does not start with a code set ({A, {B or {C)");
      return;
    }
  modules = ofc_code128_encode (payload + 2, &error);
  if (modules == NULL)
    {
      ofc_emulator_error (self, "barcode: %s", error->message);
      return;
    }
  bars = ofc_symbol_scale (modules, MAX (p->bar_module, 1), MAX (p->bar_height, 1));
  place_strip (self, bars, 8);
  if (p->hri % 48 >= 2)
    add_strip (self, ofc_receipt_raster_line (payload + 2, OFC_TEXT_PLAIN, p->align, self->paper));
}

static void
qr (OfcEmulator *self, const guint8 *d, gsize length)
{
  Escpos *p = self->state;
  g_autofree char *data = NULL;
  g_autoptr (OfcBitmap) modules = NULL;

  if (d[0] != '1')
    return;
  if (d[1] == 'C')
    p->qr_module = d[2];
  else if (d[1] == 'E')
    p->qr_ecc = "LMQH"[(d[2] - 48) & 3];
  else if (d[1] == 'P' && d[2] == '0')
    {
      g_byte_array_set_size (p->qr_data, 0);
      g_byte_array_append (p->qr_data, d + 3, length - 3);
    }
  if (d[1] != 'Q')
    return;
  data = g_strndup ((const char *)p->qr_data->data, p->qr_data->len);
  ofc_emulator_event (self, "QR %c %u %s", p->qr_ecc, p->qr_module, data);
  modules = ofc_qr_encode (data, NULL);
  if (modules != NULL)
    {
      g_autoptr (OfcBitmap) symbol = ofc_symbol_scale (modules, p->qr_module, 0);

      place_strip (self, symbol, 4 * p->qr_module);
    }
}

static void
raster (OfcEmulator *self, const guint8 *d)
{
  guint stride = d[4] + 256 * d[5], rows = d[6] + 256 * d[7];
  g_autoptr (OfcBitmap) image = ofc_emulator_bitmap_from_rows (d + 8, stride, rows, FALSE);

  if (d[3] != 0)
    ofc_emulator_error (self, "raster image in scaled mode %u", d[3]);
  ofc_emulator_event (self, "RASTER %ux%u", stride * 8, rows);
  place_strip (self, image, 0);
}

static void
exec_gs (OfcEmulator *self, const guint8 *d, gsize length)
{
  Escpos *p = self->state;

  switch (d[1])
    {
      case '!':
        p->width = (d[2] >> 4) + 1;
        p->height = (d[2] & 0xF) + 1;
        break;
      case 'h':
        p->bar_height = d[2];
        break;
      case 'w':
        p->bar_module = d[2];
        break;
      case 'H':
        p->hri = d[2];
        break;
      case 'V':
        ofc_emulator_event (self, "CUT %s", (d[2] & 1) || d[2] == 66 ? "partial" : "full");
        cut_page (self);
        break;
      case 'k':
        if (d[2] > 6)
          barcode (self, d);
        break;
      case '(':
        if (d[2] == 'k')
          qr (self, d + 5, length - 5);
        break;
      case 'v':
        raster (self, d);
        break;
      default:
        break;
    }
}

static void
execute (OfcEmulator *self, const guint8 *d, gsize length)
{
  Escpos *p = self->state;

  if (d[0] == ESC)
    exec_esc (self, d);
  else if (d[0] == GS)
    exec_gs (self, d, length);
  else if (d[1] == '.' || d[1] == '&')
    {
      p->chinese = d[1] == '&';
      ofc_emulator_event (self, "CHINESE %s", p->chinese ? "ON" : "OFF");
    }
}

static gsize
parse_text (OfcEmulator *self, const guint8 *d, gsize n)
{
  Escpos *p = self->state;
  gsize run = 0;

  while (run < n && d[run] >= 0x20 && d[run] != 0x7F)
    run++;
  g_byte_array_append (p->line, d, run);
  return run;
}

static gsize
escpos_parse (OfcEmulator *self, const guint8 *d, gsize n, GByteArray *replies)
{
  gboolean known;
  gsize length;

  switch (d[0])
    {
      case DLE:
        return parse_dle (self, d, n, replies);
      case ESC:
      case GS:
      case FS:
        length = command_length (d, n, &known);
        if (!known)
          {
            ofc_emulator_error (self, "unknown command %02X %02X", d[0], d[1]);
            return 2;
          }
        /* a command is executed only once all of it has arrived */
        if (length == 0 || length > n)
          return 0;
        execute (self, d, length);
        return length;
      case '\n':
        print_line (self);
        return 1;
      case '\r':
        return 1;
      default:
        if (d[0] >= 0x20 && d[0] != 0x7F)
          return parse_text (self, d, n);
        ofc_emulator_error (self, "unexpected control byte %02X", d[0]);
        return 1;
    }
}

static void
escpos_finish (OfcEmulator *self)
{
  Escpos *p = self->state;

  if (p->line->len > 0)
    ofc_emulator_error (self, "job ended with %u bytes of text not printed (no LF)", p->line->len);
  g_byte_array_set_size (p->line, 0);
  cut_page (self);
}

const OfcEmulatorClass ofc_emulator_escpos_class = {
  escpos_new_state,
  escpos_free_state,
  escpos_parse,
  escpos_finish,
};
