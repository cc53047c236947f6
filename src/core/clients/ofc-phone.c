/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Phone numbers: validation, normalisation to E.164 digits, search tokens and phone-shaped
 * search queries.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "base/ofc-error.h"
#include "ofc-phone.h"

#define PHONE_FIELD "phones"

/* what people put between digits: "+7 (926) 123-45-67", "8.926.123.45.67", "495/123 45 67";
 * a non-breaking space arrives with numbers copied from web pages */
static gboolean
is_separator (gunichar c)
{
  return c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/' || c == 0x00A0 ||
         c == 0x202F || g_unichar_isspace (c);
}

static gboolean
is_ascii_digit (gunichar c)
{
  return c >= '0' && c <= '9';
}

/* the digits of @typed, or NULL with @error set when a character is not allowed */
static GString *
collect_digits (const char *typed, gboolean *has_plus, GError **error)
{
  g_autoptr (GString) digits = g_string_new (NULL);

  *has_plus = FALSE;
  for (const char *p = typed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char bad[8] = { 0 };

      if (is_ascii_digit (c))
        g_string_append_c (digits, (char)c);
      else if (c == '+' && digits->len == 0 && !*has_plus)
        *has_plus = TRUE;
      else if (c == '+')
        {
          ofc_set_invalid (error, PHONE_FIELD,
                           _ ("The phone “%s” has a “+” inside; it may only start the number"),
                           typed);
          return NULL;
        }
      else if (!is_separator (c))
        {
          g_unichar_to_utf8 (c, bad);
          ofc_set_invalid (
              error, PHONE_FIELD,
              _ ("The phone “%s” contains “%s”; use only digits, spaces and + - ( ) . /"), typed,
              bad);
          return NULL;
        }
    }
  return g_steal_pointer (&digits);
}

/* Russian habits: a trunk prefix 8 or a bare ten-digit mobile number both mean +7 */
static void
apply_russian_rules (GString *digits)
{
  if (digits->len == 11 && (digits->str[0] == '8' || digits->str[0] == '7'))
    digits->str[0] = '7';
  else if (digits->len == 10 && digits->str[0] == '9')
    g_string_prepend_c (digits, '7');
}

/**
 * ofc_phone_normalize:
 * @typed: the number as a person typed it
 * @digits: (out) (optional): the normalised digits, E.164 without '+'
 * @error: an %OFC_ERROR_INVALID error for the "phones" field naming the number
 *
 * Accepts digits, spaces and + - ( ) . /, with '+' only in front, and 5 to 15 digits.
 * A number with '+' keeps its country code; otherwise 11 digits starting with 8 or 7 and
 * 10 digits starting with 9 are Russian and become 7…; anything else keeps its digits.
 *
 * Returns: %TRUE if @typed is a usable phone number
 */
gboolean
ofc_phone_normalize (const char *typed, char **digits, GError **error)
{
  g_autoptr (GString) found = NULL;
  gboolean has_plus;

  if (typed == NULL || !g_utf8_validate (typed, -1, NULL))
    {
      ofc_set_invalid (error, PHONE_FIELD, _ ("The phone number is not valid text"));
      return FALSE;
    }
  found = collect_digits (typed, &has_plus, error);
  if (found == NULL)
    return FALSE;
  if (found->len < OFC_PHONE_MIN_DIGITS)
    {
      ofc_set_invalid (error, PHONE_FIELD,
                       _ ("The phone “%s” is too short: a number needs at least %d digits"), typed,
                       OFC_PHONE_MIN_DIGITS);
      return FALSE;
    }
  if (found->len > OFC_PHONE_MAX_DIGITS)
    {
      ofc_set_invalid (error, PHONE_FIELD,
                       _ ("The phone “%s” is too long: a number has at most %d digits"), typed,
                       OFC_PHONE_MAX_DIGITS);
      return FALSE;
    }
  if (!has_plus)
    apply_russian_rules (found);
  if (digits != NULL)
    *digits = g_string_free (g_steal_pointer (&found), FALSE);
  return TRUE;
}

static gboolean
is_russian (const char *digits)
{
  return strlen (digits) == 11 && digits[0] == '7';
}

/**
 * ofc_phone_dup_search_tokens:
 * @digits: normalised digits from ofc_phone_normalize()
 *
 * The words the search index keeps for a number: the full digits and, for a Russian
 * number, the national number too, so a search for "926 123" finds "79261234567".
 *
 * Returns: (transfer full): e.g. "79261234567 9261234567"
 */
char *
ofc_phone_dup_search_tokens (const char *digits)
{
  g_return_val_if_fail (digits != NULL, NULL);

  if (is_russian (digits))
    return g_strconcat (digits, " ", digits + 1, NULL);
  return g_strdup (digits);
}

/**
 * ofc_phone_format:
 * @digits: normalised digits
 *
 * Returns: (transfer full): a readable form, "+7 926 123-45-67" for Russian numbers,
 * "+<digits>" for other international ones, the digits themselves for local numbers
 */
char *
ofc_phone_format (const char *digits)
{
  g_return_val_if_fail (digits != NULL, NULL);

  if (is_russian (digits))
    return g_strdup_printf ("+7 %.3s %.3s-%.2s-%.2s", digits + 1, digits + 4, digits + 7,
                            digits + 9);
  if (strlen (digits) > 10)
    return g_strconcat ("+", digits, NULL);
  return g_strdup (digits);
}

/**
 * ofc_phone_is_query:
 * @text: (nullable): a search query
 *
 * Returns: %TRUE if @text holds at least one digit and nothing but digits, white space and
 * + - ( ) . /, so it is searched as one phone number rather than as words
 */
gboolean
ofc_phone_is_query (const char *text)
{
  gboolean has_digit = FALSE;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_ascii_digit (c))
        has_digit = TRUE;
      else if (c != '+' && !is_separator (c))
        return FALSE;
    }
  return has_digit;
}

/**
 * ofc_phone_query_digits:
 * @text: (nullable): a search query
 *
 * Joins the digits of a phone query: "+7 (926) 123-45" → "792612345". A complete number
 * with the trunk prefix 8 becomes 7…, as stored.
 *
 * Returns: (transfer full) (nullable): the digits to prefix-match, or %NULL when @text is
 * not a phone query
 */
char *
ofc_phone_query_digits (const char *text)
{
  GString *digits;

  if (!ofc_phone_is_query (text))
    return NULL;
  digits = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  if (digits->len == 11 && digits->str[0] == '8')
    digits->str[0] = '7';
  return g_string_free (digits, FALSE);
}
