/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Checks and normalisation for text a person typed: every store runs its string fields
 * through here before they reach the database.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/**
 * OfcTextFlags:
 * @OFC_TEXT_SINGLE_LINE: no line breaks or tabs (names, phones, numbers)
 * @OFC_TEXT_MULTI_LINE: line breaks and tabs allowed (notes, comments)
 * @OFC_TEXT_REQUIRED: empty (after trimming) is an error
 */
typedef enum
{
  OFC_TEXT_SINGLE_LINE = 0,
  OFC_TEXT_MULTI_LINE = 1 << 0,
  OFC_TEXT_REQUIRED = 1 << 1,
} OfcTextFlags;

/* common limits, in characters */
#define OFC_TEXT_MAX_NAME  200
#define OFC_TEXT_MAX_SHORT 100
#define OFC_TEXT_MAX_LINE  500
#define OFC_TEXT_MAX_NOTE  10000

char     *ofc_text_clean          (const char   *text,
                                   OfcTextFlags  flags);
gboolean  ofc_text_validate       (const char   *field,
                                   const char   *label,
                                   const char   *text,
                                   gsize         max_chars,
                                   OfcTextFlags  flags,
                                   GError      **error) G_GNUC_WARN_UNUSED_RESULT;
char     *ofc_text_take_valid     (const char   *field,
                                   const char   *label,
                                   const char   *text,
                                   gsize         max_chars,
                                   OfcTextFlags  flags,
                                   GError      **error) G_GNUC_WARN_UNUSED_RESULT;
char     *ofc_text_fold           (const char   *text);
gboolean  ofc_text_is_blank       (const char   *text);

G_END_DECLS
