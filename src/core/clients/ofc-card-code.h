/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Discount-card codes: EAN-13 barcodes in the in-store range (first digit 2, which GS1
 * leaves to shops), so a card prints as an ordinary barcode and any scanner reads it.
 * Client cards use the prefix "20"; other in-store codes (weighed goods use 21–29 on many
 * scales) keep out of it.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* clang-format off */

#define OFC_CARD_CODE_LEN    13
#define OFC_CARD_CODE_PREFIX "20"

char     ofc_ean13_check_digit  (const char *first12);
gboolean ofc_ean13_is_valid     (const char *code);
void     ofc_card_code_generate (GRand      *rand,
                                 char        out[OFC_CARD_CODE_LEN + 1]);

/* clang-format on */

G_END_DECLS
