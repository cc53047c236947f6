/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterLink: a transport to a device printer with the printer's name on every error
 * and its language's status query; and the full check of a printer's settings, which
 * needs the device drivers the core does not have.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-printer-link.h"

struct _OfcPrinterLink
{
  GObject parent_instance;

  char *name;
  OfcPrinterLanguage language;
  OfcTransportKind kind;
  OfcTransport *transport;
};

G_DEFINE_FINAL_TYPE (OfcPrinterLink, ofc_printer_link, G_TYPE_OBJECT)

static void
ofc_printer_link_finalize (GObject *object)
{
  OfcPrinterLink *self = OFC_PRINTER_LINK (object);

  g_free (self->name);
  g_clear_object (&self->transport);
  G_OBJECT_CLASS (ofc_printer_link_parent_class)->finalize (object);
}

static void
ofc_printer_link_class_init (OfcPrinterLinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_printer_link_finalize;
}

static void
ofc_printer_link_init (OfcPrinterLink *self)
{
}

static gboolean
name_error (OfcPrinterLink *self, GError **error)
{
  g_prefix_error (error, _ ("Printer “%s”: "), self->name);
  return FALSE;
}

/**
 * ofc_printer_link_new:
 *
 * Nothing is opened yet.
 *
 * Returns: (transfer full) (nullable): the link; %OFC_PRINTER_ERROR_BAD_URI for an
 *   address that does not parse, %OFC_PRINTER_ERROR_UNSUPPORTED for a system printer
 */
OfcPrinterLink *
ofc_printer_link_new (OfcPrinter *printer, GError **error)
{
  g_autoptr (OfcPrinterLink) self = g_object_new (OFC_TYPE_PRINTER_LINK, NULL);
  OfcTransportUri uri;

  g_return_val_if_fail (OFC_IS_PRINTER (printer), NULL);
  self->name = g_strdup (ofc_printer_get_name (printer));
  self->language = ofc_printer_get_language (printer);
  if (self->language == OFC_PRINTER_LANGUAGE_SYSTEM)
    {
      g_set_error_literal (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
                           _ ("System printers are reached through the print service"));
      name_error (self, error);
      return NULL;
    }
  if (!ofc_transport_uri_parse (ofc_printer_get_uri (printer), &uri, error))
    {
      name_error (self, error);
      return NULL;
    }
  self->kind = uri.kind;
  ofc_transport_uri_clear (&uri);
  self->transport = ofc_transport_new_for_uri (ofc_printer_get_uri (printer), error);
  if (self->transport == NULL)
    {
      name_error (self, error);
      return NULL;
    }
  return g_steal_pointer (&self);
}

gboolean
ofc_printer_link_open (OfcPrinterLink *self, guint timeout_ms, GError **error)
{
  g_return_val_if_fail (OFC_IS_PRINTER_LINK (self), FALSE);
  return ofc_transport_open (self->transport, timeout_ms, error) || name_error (self, error);
}

static gboolean
ask (OfcPrinterLink *self, guint timeout_ms, OfcPrinterStatus *status, GError **error)
{
  OfcLabelLanguage label;

  if (self->language == OFC_PRINTER_LANGUAGE_ESCPOS)
    return ofc_escpos_query_status (self->transport, timeout_ms, status, error);
  if (!ofc_label_language_from_name (ofc_printer_language_to_string (self->language), &label))
    g_return_val_if_reached (FALSE);
  return ofc_label_query_status (self->transport, label, timeout_ms, status, error);
}

/* no status over this link: the language has none, the device file is write-only, or a
 * USB printer does not answer through its device file (many do not) */
static gboolean
is_statusless (OfcPrinterLink *self, const GError *error)
{
  return g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED) ||
         (self->kind == OFC_TRANSPORT_USB &&
          g_error_matches (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT));
}

/**
 * ofc_printer_link_query:
 * @has_status: (out): %FALSE when this printer or link cannot report a status
 * @status: (out): the flags, when @has_status
 *
 * Returns: %FALSE when asking failed: no answer on a network or serial link
 *   (%OFC_PRINTER_ERROR_TIMEOUT), an answer that is not one (%OFC_PRINTER_ERROR_BAD_REPLY)
 */
gboolean
ofc_printer_link_query (OfcPrinterLink *self,
                        guint timeout_ms,
                        gboolean *has_status,
                        OfcPrinterStatus *status,
                        GError **error)
{
  g_autoptr (GError) local = NULL;

  g_return_val_if_fail (OFC_IS_PRINTER_LINK (self), FALSE);
  *has_status = FALSE;
  *status = OFC_PRINTER_STATUS_READY;
  if (ask (self, timeout_ms, status, &local))
    {
      *has_status = TRUE;
      return TRUE;
    }
  if (is_statusless (self, local))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local));
  return name_error (self, error);
}

/**
 * ofc_printer_link_check:
 * @has_status: (out): whether the printer said it is ready, or cannot say
 *
 * Returns: %TRUE when the printer is ready or cannot tell; %FALSE when it is not ready
 *   (paper out, cover open, offline: the error says which) or did not answer properly
 */
gboolean
ofc_printer_link_check (OfcPrinterLink *self,
                        guint timeout_ms,
                        gboolean *has_status,
                        GError **error)
{
  OfcPrinterStatus status;

  if (!ofc_printer_link_query (self, timeout_ms, has_status, &status, error))
    return FALSE;
  return ofc_printer_status_check (status, error) || name_error (self, error);
}

/**
 * ofc_printer_link_write:
 * @timeout_ms: the longest the printer may go without taking data
 */
gboolean
ofc_printer_link_write (OfcPrinterLink *self, GBytes *payload, guint timeout_ms, GError **error)
{
  g_return_val_if_fail (OFC_IS_PRINTER_LINK (self), FALSE);
  return ofc_transport_write_bytes (self->transport, payload, timeout_ms, error) ||
         name_error (self, error);
}

void
ofc_printer_link_close (OfcPrinterLink *self)
{
  g_return_if_fail (OFC_IS_PRINTER_LINK (self));
  ofc_transport_close (self->transport);
}

/**
 * ofc_print_check_printer:
 *
 * Everything ofc_printer_store_validate() checks, plus what needs the device drivers: the
 * address parses (serial speed, parity…), the ESC/POS model is one Officina knows, and a
 * Brother QL is set to 62 mm tape. Call it before saving a printer.
 *
 * Returns: %FALSE with %OFC_ERROR_INVALID naming the field
 */
gboolean
ofc_print_check_printer (OfcPrinter *printer, GError **error)
{
  OfcPrinterLanguage language = ofc_printer_get_language (printer);
  g_autoptr (GError) local = NULL;
  OfcTransportUri uri;

  if (!ofc_printer_store_validate (printer, error))
    return FALSE;
  if (language != OFC_PRINTER_LANGUAGE_SYSTEM &&
      !ofc_transport_uri_parse (ofc_printer_get_uri (printer), &uri, &local))
    {
      ofc_set_invalid (error, "uri", "%s", local->message);
      return FALSE;
    }
  if (language != OFC_PRINTER_LANGUAGE_SYSTEM)
    ofc_transport_uri_clear (&uri);
  if (language == OFC_PRINTER_LANGUAGE_ESCPOS &&
      ofc_escpos_profile_lookup (ofc_printer_get_profile (printer)) == NULL)
    {
      ofc_set_invalid (error, "profile", _ ("Unknown receipt printer model “%s”"),
                       ofc_printer_get_profile (printer));
      return FALSE;
    }
  if (language == OFC_PRINTER_LANGUAGE_BROTHER_QL &&
      (ofc_printer_get_media_width (printer) != 62 || !ofc_printer_is_continuous (printer)))
    {
      ofc_set_invalid (
          error, "media-width",
          _ ("Brother QL printers print on 62 mm continuous tape; set the media to 62"));
      return FALSE;
    }
  return TRUE;
}
