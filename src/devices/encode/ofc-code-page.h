/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Single-byte code pages for printers without UTF-8: which characters they have and how
 * UTF-8 text becomes their bytes.
 */
#pragma once

#if !defined(OFC_DEVICES_INSIDE) && !defined(OFC_DEVICES_COMPILATION)
#error "Only <ofc-devices.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * OfcCodePage:
 * @OFC_CODE_PAGE_CP866: DOS Cyrillic, the table most receipt printers have (it has Ї and Є
 *   but no Ukrainian and Belarusian І і, nor « »)
 * @OFC_CODE_PAGE_CP1251: Windows Cyrillic, with Ukrainian, Belarusian and Serbian letters
 */
typedef enum
{
  OFC_CODE_PAGE_CP866,
  OFC_CODE_PAGE_CP1251,
} OfcCodePage;

const char *ofc_code_page_get_name (OfcCodePage code_page);
gboolean ofc_code_page_from_name (const char *name, OfcCodePage *code_page);
gboolean ofc_code_page_encode_char (OfcCodePage code_page, gunichar c, guint8 *byte);
gboolean ofc_code_page_can_encode (OfcCodePage code_page, const char *text);
GBytes *ofc_code_page_encode (OfcCodePage code_page,
                              const char *text,
                              GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
