/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Text checks shared by every store: valid UTF-8, no control characters, a length limit
 * counted in characters, trimmed edges.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-error.h"
#include "ofc-text.h"

/**
 * ofc_text_is_blank:
 * @text: (nullable): a string
 *
 * Returns: %TRUE if @text is %NULL, empty or only white space
 */
gboolean
ofc_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/**
 * ofc_text_clean:
 * @text: (nullable): valid UTF-8
 * @flags: single or multi line
 *
 * Trims white space at both ends; in single-line text also folds runs of white space,
 * non-breaking spaces included, into one space.
 *
 * Returns: (transfer full): the cleaned text, never %NULL
 */
char *
ofc_text_clean (const char  *text,
                OfcTextFlags flags)
{
  g_autoptr(GString) out = NULL;
  gboolean pending_space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  if ((flags & OFC_TEXT_MULTI_LINE) != 0)
    return g_strstrip (g_strdup (text));

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        {
          pending_space = out->len > 0;
          continue;
        }
      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* tab and line breaks are white space that cleaning folds away in one-line fields; every
 * other control character, and the invisible BOM, is refused */
static gboolean
is_forbidden_char (gunichar c)
{
  if (c == '\n' || c == '\t' || c == '\r')
    return FALSE;
  return g_unichar_iscntrl (c) || c == 0xFEFF;
}

/**
 * ofc_text_validate:
 * @field: the model name of the field, for ofc_error_get_field()
 * @label: the translated name of the field, for the message
 * @text: (nullable): the value
 * @max_chars: the longest allowed value in characters
 * @flags: #OfcTextFlags
 * @error: return location for an %OFC_ERROR_INVALID error
 *
 * Returns: %TRUE if @text is acceptable as it is
 */
gboolean
ofc_text_validate (const char  *field,
                   const char  *label,
                   const char  *text,
                   gsize        max_chars,
                   OfcTextFlags flags,
                   GError     **error)
{
  if (text == NULL || *text == '\0')
    {
      if ((flags & OFC_TEXT_REQUIRED) == 0)
        return TRUE;
      ofc_set_invalid (error, field, _("%s is required"), label);
      return FALSE;
    }
  if (!g_utf8_validate (text, -1, NULL))
    {
      ofc_set_invalid (error, field, _("%s is not valid text"), label);
      return FALSE;
    }
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_forbidden_char (g_utf8_get_char (p))
        || ((flags & OFC_TEXT_MULTI_LINE) == 0 && g_utf8_get_char (p) < 0x20))
      {
        ofc_set_invalid (error, field, _("%s contains a control character"), label);
        return FALSE;
      }
  if (g_utf8_strlen (text, -1) > (glong) max_chars)
    {
      ofc_set_invalid (error, field,
                       g_dngettext (GETTEXT_PACKAGE, "%s is longer than %u character",
                                    "%s is longer than %u characters", max_chars),
                       label, (guint) max_chars);
      return FALSE;
    }
  if ((flags & OFC_TEXT_REQUIRED) != 0 && ofc_text_is_blank (text))
    {
      ofc_set_invalid (error, field, _("%s is required"), label);
      return FALSE;
    }
  return TRUE;
}

/**
 * ofc_text_take_valid:
 *
 * Cleans @text with ofc_text_clean() and validates the result like ofc_text_validate().
 * Control characters are refused rather than stripped: silently changing what a person
 * typed hides the problem.
 *
 * Returns: (transfer full) (nullable): the cleaned text, or %NULL with @error set
 */
char *
ofc_text_take_valid (const char  *field,
                     const char  *label,
                     const char  *text,
                     gsize        max_chars,
                     OfcTextFlags flags,
                     GError     **error)
{
  g_autofree char *clean = NULL;

  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      ofc_set_invalid (error, field, _("%s is not valid text"), label);
      return NULL;
    }
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    if (is_forbidden_char (g_utf8_get_char (p)))
      {
        ofc_set_invalid (error, field, _("%s contains a control character"), label);
        return NULL;
      }
  clean = ofc_text_clean (text, flags);
  if (!ofc_text_validate (field, label, clean, max_chars, flags, error))
    return NULL;
  return g_steal_pointer (&clean);
}

/**
 * ofc_text_fold:
 * @text: (nullable): a string
 *
 * Case-folds and normalises @text for comparisons and sorting keys that must treat
 * "Иванов" and "иванов" as equal, which SQLite's ASCII-only lower() does not.
 *
 * Returns: (transfer full): the folded text
 */
char *
ofc_text_fold (const char *text)
{
  g_autofree char *normal = NULL;

  if (text == NULL)
    return g_strdup ("");
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_DEFAULT_COMPOSE);
  if (normal == NULL)
    return g_strdup ("");
  return g_utf8_casefold (normal, -1);
}
