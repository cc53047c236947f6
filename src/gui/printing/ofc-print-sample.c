/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Preview subjects and printers. The preview must be what prints: it renders for the
 * printer the document goes to, with that printer's language and resolution, whenever
 * the default printer of the role takes the paper being edited; only a size no printer
 * has yet is shown on a stand-in (203 dpi labels, an ESC/POS receipt, A4 through CUPS).
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ofc-print-sample.h"

static OfcPrinter *
dup_default (OfcContext *context, OfcPrintJobKind kind)
{
  g_autoptr (GError) error = NULL;
  OfcPrinter *printer =
      ofc_printer_store_get_default (context, ofc_print_job_kind_get_role (kind), &error);

  if (printer == NULL && !g_error_matches (error, OFC_ERROR, OFC_ERROR_NOT_FOUND))
    g_warning ("cannot read the default printer: %s", error->message);
  return printer;
}

static OfcPrinter *
stand_in (OfcPrinterLanguage language)
{
  OfcPrinter *printer = ofc_printer_new (language);

  ofc_printer_set_name (printer, _ ("Preview"));
  return printer;
}

static OfcPrinter *
label_printer (OfcPrinter *fallback, const char *size)
{
  gboolean usable = fallback != NULL &&
                    ofc_printer_language_is_label (ofc_printer_get_language (fallback)) &&
                    (ofc_printer_get_language (fallback) != OFC_PRINTER_LANGUAGE_BROTHER_QL ||
                     g_str_equal (size, "62"));
  OfcPrinter *printer = usable ? ofc_printer_copy (fallback) : stand_in (OFC_PRINTER_LANGUAGE_TSPL);

  if (!ofc_printer_set_media_text (printer, size, NULL))
    g_warning ("“%s” is not a label size", size);
  return printer;
}

/* an A4 document goes to the role's default printer when that is a system printer, as an
 * intake receipt may; else to the A4 printer */
static OfcPrinter *
a4_printer (OfcContext *context, OfcPrinter *fallback)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrinter) office = NULL;

  if (fallback != NULL && ofc_printer_get_language (fallback) == OFC_PRINTER_LANGUAGE_SYSTEM)
    return g_object_ref (fallback);
  office = ofc_printer_store_get_default (context, OFC_PRINTER_ROLE_DOCUMENT, &error);
  if (office != NULL && ofc_printer_get_language (office) == OFC_PRINTER_LANGUAGE_SYSTEM)
    return g_steal_pointer (&office);
  return stand_in (OFC_PRINTER_LANGUAGE_SYSTEM);
}

/**
 * ofc_print_sample_printer:
 * @size: a template size: "58x40", "62", "80mm", "a4"…
 *
 * Returns: (transfer full): the printer a @kind document of @size is previewed for
 */
OfcPrinter *
ofc_print_sample_printer (OfcContext *context, OfcPrintJobKind kind, const char *size)
{
  g_autoptr (OfcPrinter) fallback = dup_default (context, kind);
  OfcPrinter *printer;

  if (g_str_equal (size, OFC_PRINT_TEMPLATE_SIZE_A4))
    return a4_printer (context, fallback);
  if (!g_str_has_suffix (size, "mm"))
    return label_printer (fallback, size);
  printer = fallback != NULL && ofc_printer_get_language (fallback) == OFC_PRINTER_LANGUAGE_ESCPOS
                ? g_steal_pointer (&fallback)
                : stand_in (OFC_PRINTER_LANGUAGE_ESCPOS);
  ofc_printer_set_paper_width (printer, (guint) atoi (size));
  return printer;
}

static OfcOrder *
dup_newest_order (OfcContext *context, guint status_groups)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) orders = NULL;

  filter->status_groups = status_groups;
  orders = ofc_order_search (context, filter, 1, &error);
  if (orders == NULL)
    {
      g_warning ("cannot find an order to preview: %s", error->message);
      return NULL;
    }
  return g_list_model_get_item (orders, 0);
}

static gboolean
find_client (OfcContext *context, OfcUuid *id, char **label)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClientStore) store = ofc_client_store_new (context, &error);
  g_autoptr (OfcClientList) list = store != NULL ? ofc_client_list_new (store) : NULL;
  g_autoptr (OfcClient) client = NULL;

  if (list == NULL || !ofc_client_list_set_sort (list, OFC_CLIENT_SORT_CREATED, TRUE, &error))
    {
      g_warning ("cannot find a client to preview: %s", error->message);
      return FALSE;
    }
  client = g_list_model_get_item (G_LIST_MODEL (list), 0);
  if (client == NULL)
    return FALSE;
  *id = *ofc_client_get_id (client);
  *label = g_strdup (ofc_client_get_name (client));
  return TRUE;
}

/**
 * ofc_print_sample_find_subject:
 * @id: (out): the newest order (for acts, the newest closed one), or the newest client
 *   for cards
 * @label: (out): its number or name, to say what the preview shows
 *
 * Returns: %FALSE when the shop has nothing to print yet
 */
gboolean
ofc_print_sample_find_subject (OfcContext *context, OfcPrintJobKind kind, OfcUuid *id, char **label)
{
  g_autoptr (OfcOrder) order = NULL;

  if (ofc_print_job_kind_get_subject (kind) == OFC_PRINT_SUBJECT_CLIENT)
    return find_client (context, id, label);
  if (kind == OFC_PRINT_JOB_ACT)
    order = dup_newest_order (context, OFC_STATUS_GROUPS_CLOSED);
  if (order == NULL)
    order = dup_newest_order (context, 0);
  if (order == NULL)
    return FALSE;
  *id = *ofc_order_get_id (order);
  *label = g_strdup (ofc_order_get_number (order));
  return TRUE;
}

static void
set_all (OfcPrintData *data, const char *const (*fields)[2], gsize n)
{
  for (gsize i = 0; i < n; i++)
    ofc_print_data_set (data, fields[i][0], fields[i][1]);
}

static void
add_work (OfcPrintData *data, const char *name, const char *price, const char *warranty)
{
  g_autoptr (OfcPrintData) row = ofc_print_data_new ();

  ofc_print_data_set (row, "name", name);
  ofc_print_data_set (row, "quantity", "1");
  ofc_print_data_set (row, "price", price);
  ofc_print_data_set (row, "amount", price);
  ofc_print_data_set (row, "warranty", warranty);
  ofc_print_data_add_row (data, row);
}

/**
 * ofc_print_sample_data:
 *
 * Returns: (transfer full): a made-up order (or client, for cards) in the person's
 *   language, for previews in a shop with no orders yet
 */
OfcPrintData *
ofc_print_sample_data (OfcPrintJobKind kind)
{
  const char *const fields[][2] = {
    { "number", "A-000123" },
    { "date", _ ("11/22/2026 10:15") },
    { "client-name", _ ("Ivan Petrov") },
    { "client-phone", "+7 926 123-45-67" },
    { "phone-last4", "4567" },
    { "device", _ ("Smartphone Apple iPhone 12") },
    { "serial", "356789012345678" },
    { "malfunction", _ ("Does not turn on after a fall, the screen is broken") },
    { "appearance", _ ("Scratches on the case") },
    { "completeness", _ ("Phone, case") },
    { "estimate", _ ("3,500.00 ₽") },
    { "deadline", _ ("11/25/2026") },
    { "location", _ ("Main workshop") },
    { "shop-name", _ ("Repair shop") },
    { "closed", _ ("11/24/2026 18:00") },
    { "verdict", _ ("The display module was replaced") },
    { "total", _ ("5,490.00 ₽") },
    { "card-code", "2000000000015" },
    { "discount", "10 %" },
  };
  OfcPrintData *data = ofc_print_data_new ();

  set_all (data, fields, G_N_ELEMENTS (fields));
  if (kind == OFC_PRINT_JOB_ACT)
    {
      add_work (data, _ ("Display replacement"), _ ("5,000.00"), _ ("90 days"));
      add_work (data, _ ("Screen protector"), _ ("490.00"), "");
    }
  return data;
}
