/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the printer store checks before writing, what the journal records of a printer, and
 * reading a printer row. The address check here is the shape only: the scheme, a device
 * path, a host and port, a CUPS queue name. The print layer parses addresses fully with the
 * device drivers.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "base/ofc-error.h"
#include "base/ofc-text.h"
#include "db/ofc-journal.h"
#include "ofc-printing-private.h"
#include "printing/ofc-printer-store.h"

#define MAX_URI 500

static const OfcJournalLabel printer_labels[] = {
  { "name", N_ ("Name") },
  { "language", N_ ("Printer language") },
  { "uri", N_ ("Address") },
  { "roles", N_ ("Default for") },
  { "paper-width", N_ ("Paper width") },
  { "code-page", N_ ("Code page") },
  { "profile", N_ ("Printer model") },
  { "code-table", N_ ("Code table number") },
  { "media-width", N_ ("Label width") },
  { "media-height", N_ ("Label height") },
  { "media-gap", N_ ("Gap between labels") },
  { "dpi", N_ ("Resolution") },
  { "enabled", N_ ("Enabled") },
  { "archived", N_ ("Archived") },
};

void
_ofc_printer_register_labels (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      ofc_journal_register_labels (OFC_PRINTER_ENTITY, printer_labels,
                                   G_N_ELEMENTS (printer_labels));
      g_once_init_leave (&registered, 1);
    }
}

/* a CUPS destination: "Office_A4" or "Office_A4/draft"; CUPS refuses spaces, "#" and "/" in
 * names, "/" separating an instance */
static gboolean
is_queue_name (const char *uri)
{
  if (*uri == '\0' || *uri == '/' || *uri == '-')
    return FALSE;
  for (const char *p = uri; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || strchr ("_-.@/", *p) != NULL))
      return FALSE;
  return TRUE;
}

static gboolean
check_port (GUri *parsed)
{
  int port = g_uri_get_port (parsed);

  return port == -1 || (port > 0 && port <= 65535);
}

static gboolean
has_device_path (GUri *parsed)
{
  const char *host = g_uri_get_host (parsed);
  const char *path = g_uri_get_path (parsed);

  return (host == NULL || *host == '\0') && path[0] == '/' && path[1] != '\0';
}

static gboolean
check_device_uri (const char *uri)
{
  g_autoptr (GUri) parsed = g_uri_parse (uri, G_URI_FLAGS_NON_DNS, NULL);
  const char *scheme;
  const char *path;

  if (parsed == NULL)
    return FALSE;
  scheme = g_uri_get_scheme (parsed);
  path = g_uri_get_path (parsed);
  if (g_str_equal (scheme, "tcp"))
    return g_uri_get_host (parsed) != NULL && *g_uri_get_host (parsed) != '\0' &&
           check_port (parsed) && (*path == '\0' || g_str_equal (path, "/"));
  if (g_str_equal (scheme, "serial") || g_str_equal (scheme, "usb"))
    return has_device_path (parsed);
  return FALSE;
}

static gboolean
check_uri (OfcPrinter *printer, GError **error)
{
  g_autofree char *uri =
      ofc_text_take_valid ("uri", _ ("Address"), printer->uri, MAX_URI, OFC_TEXT_REQUIRED, error);

  if (uri == NULL)
    return FALSE;
  if (printer->language == OFC_PRINTER_LANGUAGE_SYSTEM && !is_queue_name (uri))
    {
      ofc_set_invalid (error, "uri",
                       _ ("“%s” is not a print queue name; system printers are addressed by "
                          "their CUPS queue name, e.g. Office_A4"),
                       uri);
      return FALSE;
    }
  if (printer->language != OFC_PRINTER_LANGUAGE_SYSTEM && !check_device_uri (uri))
    {
      ofc_set_invalid (error, "uri",
                       _ ("“%s” is not a printer address; use serial:///dev/ttyUSB0?baud=9600, "
                          "usb:///dev/usb/lp0 or tcp://HOST:PORT"),
                       uri);
      return FALSE;
    }
  g_free (printer->uri);
  printer->uri = g_steal_pointer (&uri);
  return TRUE;
}

static gboolean
check_roles (OfcPrinter *printer, GError **error)
{
  if ((printer->roles & OFC_PRINTER_ROLE_RECEIPT) &&
      !ofc_print_job_kind_supports (OFC_PRINT_JOB_INTAKE_RECEIPT, printer->language))
    ofc_set_invalid (error, "roles",
                     _ ("Only ESC/POS and system printers can be the default receipt printer"));
  else if ((printer->roles & OFC_PRINTER_ROLE_DOCUMENT) &&
           !ofc_print_job_kind_supports (OFC_PRINT_JOB_ACT, printer->language))
    ofc_set_invalid (error, "roles", _ ("Only a system printer can be the default A4 printer"));
  else
    return TRUE;
  return FALSE;
}

static gboolean
is_token (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!(g_ascii_isalnum (*p) || *p == '-' || *p == '_'))
      return FALSE;
  return TRUE;
}

static gboolean
check_receipt_options (OfcPrinter *printer, GError **error)
{
  if (printer->paper_width != 58 && printer->paper_width != 80)
    ofc_set_invalid (error, "paper-width", _ ("Receipt paper is 58 or 80 mm wide, not %u mm"),
                     printer->paper_width);
  else if (g_strcmp0 (printer->code_page, "cp866") != 0 &&
           g_strcmp0 (printer->code_page, "cp1251") != 0)
    ofc_set_invalid (error, "code-page", _ ("Unknown code page “%s”; use cp866 or cp1251"),
                     printer->code_page);
  else if (!is_token (printer->profile))
    ofc_set_invalid (error, "profile", _ ("“%s” is not a printer model name"), printer->profile);
  else if (printer->code_table < -1 || printer->code_table > 255)
    ofc_set_invalid (error, "code-table", _ ("A code table number is between 0 and 255"));
  else
    return TRUE;
  return FALSE;
}

static gboolean
check_label_options (OfcPrinter *printer, GError **error)
{
  if (printer->media_width < 10 || printer->media_width > 220)
    ofc_set_invalid (error, "media-width", _ ("Labels are 10 to 220 mm wide"));
  else if (printer->media_height != 0 &&
           (printer->media_height < 10 || printer->media_height > 1000))
    ofc_set_invalid (error, "media-height",
                     _ ("Labels are 10 to 1000 mm long; 0 means continuous tape"));
  else if (printer->media_gap < 0 || printer->media_gap > 20)
    ofc_set_invalid (error, "media-gap", _ ("The gap between labels is 0 to 20 mm"));
  else if (printer->dpi != 203 && printer->dpi != 300 && printer->dpi != 600)
    ofc_set_invalid (error, "dpi", _ ("Label printers print at 203, 300 or 600 dpi, not %u"),
                     printer->dpi);
  else
    return TRUE;
  return FALSE;
}

/**
 * ofc_printer_store_validate:
 * @printer: a printer as edited; its name and address are cleaned in place
 * @error: %OFC_ERROR_INVALID naming the first field that fails
 *
 * Checks what saving checks, except that the name is free.
 */
gboolean
ofc_printer_store_validate (OfcPrinter *printer, GError **error)
{
  g_autofree char *name = NULL;

  g_return_val_if_fail (OFC_IS_PRINTER (printer), FALSE);
  name = ofc_text_take_valid ("name", _ ("Name"), printer->name, OFC_TEXT_MAX_SHORT,
                              OFC_TEXT_REQUIRED, error);
  if (name == NULL)
    return FALSE;
  g_free (printer->name);
  printer->name = g_steal_pointer (&name);
  if (printer->language >= OFC_PRINTER_N_LANGUAGES)
    {
      ofc_set_invalid (error, "language", _ ("Unknown printer language"));
      return FALSE;
    }
  if ((printer->roles & ~OFC_PRINTER_ROLES_ALL) != 0)
    {
      ofc_set_invalid (error, "roles", _ ("Unknown printer role"));
      return FALSE;
    }
  return check_uri (printer, error) && check_roles (printer, error) &&
         check_receipt_options (printer, error) && check_label_options (printer, error);
}

/* a creation records every value set: compared with zeros and no text */
static OfcPrinter *
new_blank (void)
{
  OfcPrinter *blank = g_object_new (OFC_TYPE_PRINTER, NULL);

  g_clear_pointer (&blank->name, g_free);
  g_clear_pointer (&blank->uri, g_free);
  g_clear_pointer (&blank->code_page, g_free);
  g_clear_pointer (&blank->profile, g_free);
  blank->code_table = 0;
  blank->paper_width = blank->dpi = 0;
  blank->media_width = blank->media_height = blank->media_gap = 0;
  blank->enabled = FALSE;
  return blank;
}

/* the journal's record of a printer write: only what changed */
OfcChangeSet *
_ofc_printer_diff (OfcPrinter *before, OfcPrinter *after)
{
  g_autoptr (OfcPrinter) blank = before == NULL ? new_blank () : NULL;
  OfcChangeSet *changes = before == NULL ? ofc_change_set_new_creation () : ofc_change_set_new ();
  OfcPrinter *old = before != NULL ? before : blank;

  ofc_change_set_text (changes, "name", old->name, after->name);
  ofc_change_set_text (changes, "language",
                       before != NULL ? ofc_printer_language_to_string (old->language) : NULL,
                       ofc_printer_language_to_string (after->language));
  ofc_change_set_text (changes, "uri", old->uri, after->uri);
  ofc_change_set_int64 (changes, "roles", old->roles, after->roles);
  ofc_change_set_int64 (changes, "paper-width", old->paper_width, after->paper_width);
  ofc_change_set_text (changes, "code-page", old->code_page, after->code_page);
  ofc_change_set_text (changes, "profile", old->profile, after->profile);
  ofc_change_set_int64 (changes, "code-table", old->code_table, after->code_table);
  ofc_change_set_int64 (changes, "media-width", OFC_DMM (old->media_width),
                        OFC_DMM (after->media_width));
  ofc_change_set_int64 (changes, "media-height", OFC_DMM (old->media_height),
                        OFC_DMM (after->media_height));
  ofc_change_set_int64 (changes, "media-gap", OFC_DMM (old->media_gap), OFC_DMM (after->media_gap));
  ofc_change_set_int64 (changes, "dpi", old->dpi, after->dpi);
  ofc_change_set_bool (changes, "enabled", old->enabled, after->enabled);
  ofc_change_set_bool (changes, "archived", old->archived, after->archived);
  return changes;
}

/* reads the columns of OFC_PRINTER_COLUMNS */
OfcPrinter *
_ofc_printer_read (OfcStatement *statement)
{
  OfcPrinter *printer = g_object_new (OFC_TYPE_PRINTER, NULL);
  OfcPrinterLanguage language = OFC_PRINTER_LANGUAGE_ESCPOS;

  ofc_statement_get_uuid (statement, 0, &printer->id);
  g_free (printer->name);
  printer->name = ofc_statement_dup_text (statement, 1);
  ofc_printer_language_from_string (ofc_statement_get_text (statement, 2), &language);
  printer->language = language;
  g_free (printer->uri);
  printer->uri = ofc_statement_dup_text (statement, 3);
  printer->roles = ofc_statement_get_int64 (statement, 4);
  printer->paper_width = ofc_statement_get_int64 (statement, 5);
  g_free (printer->code_page);
  printer->code_page = ofc_statement_dup_text (statement, 6);
  g_free (printer->profile);
  printer->profile = ofc_statement_dup_text (statement, 7);
  printer->code_table = ofc_statement_get_int64 (statement, 8);
  printer->media_width = ofc_statement_get_int64 (statement, 9) / 10.0;
  printer->media_height = ofc_statement_get_int64 (statement, 10) / 10.0;
  printer->media_gap = ofc_statement_get_int64 (statement, 11) / 10.0;
  printer->dpi = ofc_statement_get_int64 (statement, 12);
  printer->enabled = ofc_statement_get_bool (statement, 13);
  printer->archived = ofc_statement_get_bool (statement, 14);
  printer->version = ofc_statement_get_int64 (statement, 15);
  printer->created_at = ofc_statement_get_int64 (statement, 16);
  printer->updated_at = ofc_statement_get_int64 (statement, 17);
  return printer;
}
