/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Code page tables built once from iconv: the upper half of each page mapped to Unicode,
 * searched backwards to encode. ASCII printable characters map to themselves.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-printer-error.h"
#include "ofc-code-page.h"

typedef struct
{
  const char *name;
  const char *iconv_name;
  gunichar upper[128];
} Table;

static Table tables[] = {
  [OFC_CODE_PAGE_CP866] = { "CP866", "CP866", { 0 } },
  [OFC_CODE_PAGE_CP1251] = { "CP1251", "CP1251", { 0 } },
};

static gpointer
build_tables (gpointer data)
{
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < 128; i++)
      {
        char byte = (char)(0x80 + i);
        g_autofree char *utf8 =
            g_convert (&byte, 1, "UTF-8", tables[t].iconv_name, NULL, NULL, NULL);

        /* 0 marks the few bytes a page leaves undefined (0x98 in CP1251) */
        tables[t].upper[i] = utf8 != NULL ? g_utf8_get_char (utf8) : 0;
      }
  return NULL;
}

static const Table *
get_table (OfcCodePage code_page)
{
  static GOnce once = G_ONCE_INIT;

  g_once (&once, build_tables, NULL);
  return &tables[code_page == OFC_CODE_PAGE_CP1251 ? OFC_CODE_PAGE_CP1251 : OFC_CODE_PAGE_CP866];
}

/**
 * ofc_code_page_get_name:
 *
 * Returns: "CP866" or "CP1251", also the name iconv knows
 */
const char *
ofc_code_page_get_name (OfcCodePage code_page)
{
  return get_table (code_page)->name;
}

gboolean
ofc_code_page_from_name (const char *name, OfcCodePage *code_page)
{
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    if (g_ascii_strcasecmp (name, tables[t].name) == 0)
      {
        *code_page = (OfcCodePage)t;
        return TRUE;
      }
  return FALSE;
}

/**
 * ofc_code_page_encode_char:
 * @byte: (out): the byte for @c
 *
 * Returns: whether @c is printable in @code_page (control characters never are)
 */
gboolean
ofc_code_page_encode_char (OfcCodePage code_page, gunichar c, guint8 *byte)
{
  const Table *table = get_table (code_page);

  if (c >= 0x20 && c < 0x7F)
    {
      *byte = (guint8)c;
      return TRUE;
    }
  for (guint i = 0; i < 128 && c >= 0xA0; i++)
    if (table->upper[i] == c)
      {
        *byte = (guint8)(0x80 + i);
        return TRUE;
      }
  return FALSE;
}

gboolean
ofc_code_page_can_encode (OfcCodePage code_page, const char *text)
{
  guint8 byte;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!ofc_code_page_encode_char (code_page, g_utf8_get_char (p), &byte))
      return FALSE;
  return TRUE;
}

/**
 * ofc_code_page_encode:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): the bytes, or %NULL with %OFC_PRINTER_ERROR_BAD_DOCUMENT naming
 *   the first character @code_page lacks
 */
GBytes *
ofc_code_page_encode (OfcCodePage code_page, const char *text, GError **error)
{
  GByteArray *out = g_byte_array_new ();

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      guint8 byte;

      if (!ofc_code_page_encode_char (code_page, g_utf8_get_char (p), &byte))
        {
          g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                       _ ("The character “%.*s” cannot be printed in code page %s"),
                       (int)(g_utf8_next_char (p) - p), p, ofc_code_page_get_name (code_page));
          g_byte_array_unref (out);
          return NULL;
        }
      g_byte_array_append (out, &byte, 1);
    }
  return g_byte_array_free_to_bytes (out);
}
