/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Phone numbers: checking what a person typed, normalising it to digits for lookups, the
 * tokens the search index holds, and recognising a search query that is a phone number.
 *
 * The normalised form is E.164 without the '+': "79261234567". Russian habits are
 * understood: "8 926 123-45-67" and "9261234567" both become "79261234567". A number typed
 * with '+' keeps its country code as typed; any other number (a short local one, say) is
 * kept as its digits.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* clang-format off */

#define OFC_PHONE_MIN_DIGITS 5
#define OFC_PHONE_MAX_DIGITS 15

gboolean  ofc_phone_normalize         (const char  *typed,
                                       char       **digits,
                                       GError     **error) G_GNUC_WARN_UNUSED_RESULT;
char     *ofc_phone_dup_search_tokens (const char  *digits);
char     *ofc_phone_format            (const char  *digits);
gboolean  ofc_phone_is_query          (const char  *text);
char     *ofc_phone_query_digits      (const char  *text);

/* clang-format on */

G_END_DECLS
