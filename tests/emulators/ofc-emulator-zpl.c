/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The ZPL emulator: ^XA…^XZ formats with fields (^FO, ^A, ^FH, ^FD, ^FS), ^BC and ^BQ
 * barcodes, ^GFA graphics, ^PW/^LL/^PQ/^CI, and the ~HS status query. The page is drawn
 * when ^XZ arrives, so fields outside ^PW × ^LL are caught.
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <string.h>

#include "ofc-emulator-private.h"

typedef enum
{
  FIELD_TEXT,
  FIELD_CODE128,
  FIELD_QR,
  FIELD_GRAPHIC,
} FieldKind;

typedef struct
{
  FieldKind kind;
  int x, y;
  guint size, module;
  char *data;
  OfcBitmap *graphic;
} Field;

typedef struct
{
  gboolean in_format;
  guint width, length, copies, ci;
  int x, y;
  guint font_height, module, bar_height, magnification;
  gboolean hex_escapes;
  FieldKind kind;
  char *data;
  GPtrArray *fields;
} Zpl;

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->data);
  g_clear_object (&field->graphic);
  g_free (field);
}

static gpointer
zpl_new_state (OfcEmulator *self)
{
  Zpl *z = g_new0 (Zpl, 1);

  z->fields = g_ptr_array_new_with_free_func (field_free);
  return z;
}

static void
zpl_free_state (gpointer state)
{
  Zpl *z = state;

  g_ptr_array_unref (z->fields);
  g_free (z->data);
  g_free (z);
}

static void
start_format (Zpl *z)
{
  z->in_format = TRUE;
  z->width = z->length = z->ci = 0;
  z->copies = 1;
  z->x = z->y = 0;
  z->font_height = 9;
  z->module = 2;
  z->kind = FIELD_TEXT;
  z->hex_escapes = FALSE;
  g_clear_pointer (&z->data, g_free);
  g_ptr_array_set_size (z->fields, 0);
}

static guint
number (char **params, guint index, guint fallback)
{
  guint64 value;

  if (g_strv_length (params) <= index ||
      !g_ascii_string_to_unsigned (g_strstrip (params[index]), 10, 0, 100000, &value, NULL))
    return fallback;
  return (guint)value;
}

static char *
decode_field (OfcEmulator *self, Zpl *z, const char *raw)
{
  GString *bytes = g_string_new (NULL);
  char *text;

  for (const char *p = raw; *p != '\0'; p++)
    if (z->hex_escapes && p[0] == '_' && g_ascii_isxdigit (p[1]) && g_ascii_isxdigit (p[2]))
      {
        g_string_append_c (bytes,
                           (char)(g_ascii_xdigit_value (p[1]) * 16 + g_ascii_xdigit_value (p[2])));
        p += 2;
      }
    else
      g_string_append_c (bytes, *p);
  if (z->ci == 28 && g_utf8_validate (bytes->str, bytes->len, NULL))
    return g_string_free (bytes, FALSE);
  if (z->ci == 28)
    ofc_emulator_error (self, "field data is not UTF-8 under ^CI28");
  text = g_convert (bytes->str, bytes->len, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  g_string_free (bytes, TRUE);
  return text;
}

static void
add_field (Zpl *z, FieldKind kind, char *data, OfcBitmap *graphic)
{
  Field *field = g_new0 (Field, 1);

  *field = (Field){ kind, z->x, z->y, 0, z->module, data, graphic };
  field->size = kind == FIELD_TEXT ? z->font_height
                : kind == FIELD_QR ? z->magnification
                                   : z->bar_height;
  g_ptr_array_add (z->fields, field);
}

static void
end_field (OfcEmulator *self, Zpl *z)
{
  char *data = g_steal_pointer (&z->data);
  const char *comma;

  if (data != NULL && z->kind == FIELD_QR)
    {
      /* "MA,payload": error correction and input mode, then the data */
      comma = strchr (data, ',');
      if (comma == NULL)
        ofc_emulator_error (self, "^BQ field data lacks the \"MA,\" header");
      else
        memmove (data, comma + 1, strlen (comma));
    }
  if (data != NULL)
    add_field (z, z->kind, data, NULL);
  z->kind = FIELD_TEXT;
  z->hex_escapes = FALSE;
}

static void
graphic (OfcEmulator *self, Zpl *z, const char *params)
{
  g_auto (GStrv) parts = g_strsplit (params, ",", 5);
  guint total, stride;
  const char *hex;
  g_autofree guint8 *rows = NULL;

  if (g_strv_length (parts) < 5 || g_strcmp0 (parts[0], "A") != 0)
    {
      ofc_emulator_error (self, "^GF is not in the A (ASCII hex) form");
      return;
    }
  total = number (parts, 1, 0);
  stride = number (parts, 3, 0);
  hex = parts[4];
  if (stride == 0 || total % stride != 0 || strlen (hex) != (gsize)total * 2)
    {
      ofc_emulator_error (self, "^GFA sizes disagree: total %u, row %u, %zu hex digits", total,
                          stride, strlen (hex));
      return;
    }
  rows = g_malloc (total);
  for (guint i = 0; i < total; i++)
    rows[i] =
        (guint8)(g_ascii_xdigit_value (hex[2 * i]) * 16 + g_ascii_xdigit_value (hex[2 * i + 1]));
  ofc_emulator_event (self, "GRAPHIC %d,%d %ux%u", z->x, z->y, stride * 8, total / stride);
  add_field (z, FIELD_GRAPHIC, NULL,
             ofc_emulator_bitmap_from_rows (rows, stride, total / stride, FALSE));
}

static gboolean
outside (Zpl *z, Field *field)
{
  guint right = field->graphic != NULL ? ofc_bitmap_get_width (field->graphic) : 0;
  guint bottom = field->graphic != NULL ? ofc_bitmap_get_height (field->graphic) : 0;

  return field->x < 0 || field->y < 0 || field->x + right > z->width + 7 ||
         field->y + bottom > z->length;
}

static void
draw_field (OfcEmulator *self, Zpl *z, OfcBitmap *canvas, Field *field)
{
  if (outside (z, field))
    ofc_emulator_error (self, "field at %d,%d is outside the %ux%u label", field->x, field->y,
                        z->width, z->length);
  switch (field->kind)
    {
      case FIELD_GRAPHIC:
        ofc_bitmap_blit (canvas, field->graphic, field->x, field->y);
        break;
      case FIELD_TEXT:
        ofc_emulator_event (self, "TEXT %d,%d %u: %s", field->x, field->y, field->size,
                            field->data);
        if (z->ci != 28 && !g_str_is_ascii (field->data))
          ofc_emulator_error (self, "non-ASCII text without ^CI28");
        ofc_emulator_draw_text (canvas, field->x, field->y, field->size, field->data);
        break;
      case FIELD_CODE128:
        ofc_emulator_event (self, "BARCODE CODE128 %d,%d %u: %s", field->x, field->y, field->module,
                            field->data);
        ofc_emulator_draw_code128 (self, canvas, field->x, field->y, field->module, field->size,
                                   field->data);
        break;
      case FIELD_QR:
      default:
        ofc_emulator_event (self, "QR %d,%d %u: %s", field->x, field->y, field->size, field->data);
        ofc_emulator_draw_qr (self, canvas, field->x, field->y, field->size, field->data);
        break;
    }
}

static void
end_format (OfcEmulator *self, Zpl *z)
{
  OfcBitmap *canvas;

  z->in_format = FALSE;
  if (z->width == 0 || z->length == 0)
    {
      ofc_emulator_error (self, "label without ^PW and ^LL");
      return;
    }
  canvas = ofc_bitmap_new (z->width, z->length);
  for (guint i = 0; i < z->fields->len; i++)
    draw_field (self, z, canvas, g_ptr_array_index (z->fields, i));
  ofc_emulator_event (self, "LABEL %ux%u copies=%u", z->width, z->length, z->copies);
  ofc_emulator_add_page (self, canvas);
}

static void
host_status (OfcEmulator *self, Zpl *z, GByteArray *replies)
{
  g_autofree char *reply = NULL;

  if (ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_GARBAGE))
    reply = g_strdup ("\002??,1\003\r\n\002??\003\r\n\002?\003\r\n");
  else
    reply = g_strdup_printf ("\002030,%d,%d,%04u,000,0,0,0,000,0,0,0\003\r\n\002001,0,%d,%d,0,0,0,"
                             "0,00000000,1,000\003\r\n"
                             "\0021234,0\003\r\n",
                             ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_PAPER_OUT),
                             ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_OFFLINE), z->length,
                             ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_COVER_OPEN),
                             ofc_emulator_has_fault (self, OFC_EMULATOR_FAULT_RIBBON_OUT));
  ofc_emulator_event (self, "STATUS ~HS");
  g_byte_array_append (replies, (const guint8 *)reply, strlen (reply));
}

/* label-wide settings; returns FALSE for a command that is not one */
static gboolean
setting (Zpl *z, const char *name, char **parts)
{
  if (g_str_equal (name, "PW"))
    z->width = number (parts, 0, 0);
  else if (g_str_equal (name, "LL"))
    z->length = number (parts, 0, 0);
  else if (g_str_equal (name, "PQ"))
    z->copies = number (parts, 0, 1);
  else if (g_str_equal (name, "CI"))
    z->ci = number (parts, 0, 0);
  else if (g_str_equal (name, "BY"))
    z->module = number (parts, 0, 2);
  else if (name[0] == 'A')
    z->font_height = number (parts, 1, 9);
  /* a label home other than the origin would shift every field: reported as IGNORED */
  else if (g_str_equal (name, "LH") && (number (parts, 0, 0) != 0 || number (parts, 1, 0) != 0))
    return FALSE;
  else if (!g_str_equal (name, "LH") && !g_str_equal (name, "MN"))
    return FALSE;
  return TRUE;
}

/* the commands that build the current field; returns FALSE for a command that is not one */
static gboolean
field_command (OfcEmulator *self, Zpl *z, const char *name, char **parts, const char *params)
{
  if (g_str_equal (name, "FO"))
    {
      z->x = number (parts, 0, 0);
      z->y = number (parts, 1, 0);
    }
  else if (g_str_equal (name, "BC") || g_str_equal (name, "BQ"))
    {
      z->kind = name[1] == 'C' ? FIELD_CODE128 : FIELD_QR;
      z->bar_height = number (parts, 1, 10);
      z->magnification = number (parts, 2, 2);
    }
  else if (g_str_equal (name, "FH"))
    z->hex_escapes = TRUE;
  else if (g_str_equal (name, "FD"))
    {
      g_free (z->data);
      z->data = decode_field (self, z, params);
    }
  else if (g_str_equal (name, "FS"))
    end_field (self, z);
  else if (g_str_equal (name, "GF"))
    graphic (self, z, params);
  else
    return FALSE;
  return TRUE;
}

static void
execute (OfcEmulator *self, const char *name, const char *params, GByteArray *replies)
{
  Zpl *z = self->state;
  g_auto (GStrv) parts = g_strsplit (params, ",", -1);

  if (g_str_equal (name, "HS"))
    host_status (self, z, replies);
  else if (g_str_equal (name, "XA"))
    start_format (z);
  else if (!z->in_format)
    ofc_emulator_error (self, "^%s outside ^XA…^XZ", name);
  else if (g_str_equal (name, "XZ"))
    end_format (self, z);
  else if (!setting (z, name, parts) && !field_command (self, z, name, parts, params))
    ofc_emulator_event (self, "IGNORED ^%s%s", name, params);
}

/* commands complete without parameters, executed as soon as they arrive */
static gboolean
is_bare (const char *name)
{
  return g_str_equal (name, "XA") || g_str_equal (name, "XZ") || g_str_equal (name, "FS") ||
         g_str_equal (name, "HS");
}

static gsize
zpl_parse (OfcEmulator *self, const guint8 *d, gsize n, GByteArray *replies)
{
  char name[3] = { 0 };
  gsize start, end;

  if (d[0] != '^' && d[0] != '~')
    {
      if (!g_ascii_isspace (d[0]))
        ofc_emulator_error (self, "stray byte %02X between commands", d[0]);
      return 1;
    }
  if (n < 3)
    return 0;
  name[0] = g_ascii_toupper (d[1]);
  name[1] = name[0] == 'A' ? '\0' : g_ascii_toupper (d[2]);
  start = name[1] == '\0' ? 2 : 3;
  if (is_bare (name))
    end = start;
  else
    {
      for (end = start; end < n && d[end] != '^' && d[end] != '~'; end++)
        ;
      if (end == n)
        return 0;
    }
  {
    g_autofree char *params = g_strndup ((const char *)d + start, end - start);

    /* commands are often one per line; field data keeps its spaces */
    execute (self, name, g_str_equal (name, "FD") ? params : g_strchomp (params), replies);
  }
  return end;
}

static void
zpl_finish (OfcEmulator *self)
{
  Zpl *z = self->state;

  if (z->in_format)
    ofc_emulator_error (self, "job ended inside ^XA without ^XZ");
  z->in_format = FALSE;
}

const OfcEmulatorClass ofc_emulator_zpl_class = {
  zpl_new_state,
  zpl_free_state,
  zpl_parse,
  zpl_finish,
};
