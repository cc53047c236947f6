/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * EAN-13 check digits and random discount-card codes.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <string.h>

#include "ofc-card-code.h"

/**
 * ofc_ean13_check_digit:
 * @first12: the first twelve digits
 *
 * Returns: the thirteenth digit: digits weighted 1 3 1 3 …, the complement of the sum to
 * the next multiple of ten
 */
char
ofc_ean13_check_digit (const char *first12)
{
  int sum = 0;

  for (int i = 0; i < 12; i++)
    sum += (first12[i] - '0') * (i % 2 == 0 ? 1 : 3);
  return (char)('0' + (10 - sum % 10) % 10);
}

/**
 * ofc_ean13_is_valid:
 * @code: (nullable): a code
 *
 * Returns: %TRUE if @code is 13 digits with a correct check digit
 */
gboolean
ofc_ean13_is_valid (const char *code)
{
  if (code == NULL || strlen (code) != OFC_CARD_CODE_LEN)
    return FALSE;
  for (int i = 0; i < OFC_CARD_CODE_LEN; i++)
    if (!g_ascii_isdigit (code[i]))
      return FALSE;
  return ofc_ean13_check_digit (code) == code[12];
}

/**
 * ofc_card_code_generate:
 * @rand: (nullable): the random source; %NULL uses GLib's global one
 * @out: (out caller-allocates): receives "20", ten random digits and the check digit
 *
 * The caller checks uniqueness and draws again on a collision.
 */
void
ofc_card_code_generate (GRand *rand, char out[OFC_CARD_CODE_LEN + 1])
{
  memcpy (out, OFC_CARD_CODE_PREFIX, 2);
  for (int i = 2; i < 12; i++)
    out[i] =
        (char)('0' + (rand != NULL ? g_rand_int_range (rand, 0, 10) : g_random_int_range (0, 10)));
  out[12] = ofc_ean13_check_digit (out);
  out[13] = '\0';
}
