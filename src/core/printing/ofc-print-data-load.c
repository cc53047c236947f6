/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Reading what a document prints: a client for a discount card, an order (with its client,
 * location and works) for stickers, receipts and acts. Everything is formatted here, once,
 * so every renderer and every printer prints the same text.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "clients/ofc-client-private.h"
#include "orders/ofc-order-store.h"
#include "orders/ofc-order-totals.h"
#include "orders/ofc-order-work.h"
#include "printing/ofc-print-data.h"
#include "reference/ofc-location.h"

/* the last four digits of a phone, what a sticker shows so the device finds its owner */
static char *
dup_last_digits (const char *digits, guint count)
{
  gsize length = strlen (digits);

  return g_strdup (digits + (length > count ? length - count : 0));
}

static void
set_client_phone (OfcPrintData *data, OfcClient *client)
{
  OfcClientPhone *phone;
  g_autofree char *last = NULL;

  if (ofc_client_get_n_phones (client) == 0)
    return;
  phone = ofc_client_get_phone (client, 0);
  last = dup_last_digits (ofc_client_phone_get_digits (phone), 4);
  ofc_print_data_set (data, "client-phone", ofc_client_phone_get_display (phone));
  ofc_print_data_set (data, "phone-last4", last);
}

/* the best discount the card gives, "10 %"; empty without one */
static char *
dup_discount (OfcClient *client)
{
  int best = 0;

  for (int category = 0; category < OFC_N_DISCOUNTS; category++)
    best = MAX (best, ofc_client_get_discount (client, category));
  if (best == 0)
    return g_strdup ("");
  if (best % 100 == 0)
    return g_strdup_printf (_ ("%d %%"), best / 100);
  return g_strdup_printf (_ ("%d.%02d %%"), best / 100, best % 100);
}

static OfcPrintData *
load_client (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  g_autoptr (OfcClient) client = _ofc_client_load (database, id, error);
  g_autoptr (OfcPrintData) data = NULL;
  g_autofree char *discount = NULL;

  if (client == NULL)
    return NULL;
  data = ofc_print_data_new ();
  discount = dup_discount (client);
  ofc_print_data_set (data, "client-name", ofc_client_get_name (client));
  ofc_print_data_set (data, "card-code", ofc_client_get_card_code (client));
  ofc_print_data_set (data, "discount", discount);
  set_client_phone (data, client);
  return g_steal_pointer (&data);
}

/* a time as people read it on paper, in the shop's time zone; empty for none */
static char *
dup_time (gint64 us, gboolean with_time)
{
  g_autoptr (GDateTime) utc = us > 0 ? g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC) : NULL;
  g_autoptr (GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  if (local == NULL)
    return g_strdup ("");
  return g_date_time_format (local, with_time ? "%x %H:%M" : "%x");
}

static char *
dup_money (OfcContext *context, gint64 minor)
{
  return ofc_money_format (ofc_money_init (minor, ofc_context_get_currency (context)),
                           ofc_number_format_get_current (), OFC_MONEY_FORMAT_SYMBOL);
}

static void
set_take (OfcPrintData *data, const char *field, char *value)
{
  ofc_print_data_set (data, field, value);
  g_free (value);
}

static void
set_phone (OfcPrintData *data, const char *phone)
{
  g_autoptr (GString) digits = g_string_new (NULL);

  for (const char *p = phone; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (digits, *p);
  ofc_print_data_set (data, "client-phone", phone);
  set_take (data, "phone-last4", dup_last_digits (digits->str, 4));
}

static void
set_order_fields (OfcPrintData *data, OfcContext *context, OfcOrder *order)
{
  ofc_print_data_set (data, "number", ofc_order_get_number (order));
  set_take (data, "date", dup_time (ofc_order_get_created_at (order), TRUE));
  ofc_print_data_set (data, "client-name", ofc_order_get_client_name (order));
  set_phone (data, ofc_order_get_client_phone (order));
  set_take (data, "device", ofc_order_dup_device_text (order));
  ofc_print_data_set (data, "serial", ofc_order_get_serial (order));
  ofc_print_data_set (data, "malfunction", ofc_order_get_malfunction (order));
  ofc_print_data_set (data, "appearance", ofc_order_get_appearance (order));
  ofc_print_data_set (data, "completeness", ofc_order_get_completeness (order));
  if (ofc_order_get_estimate (order) > 0)
    set_take (data, "estimate", dup_money (context, ofc_order_get_estimate (order)));
  set_take (data, "deadline", dup_time (ofc_order_get_deadline (order), FALSE));
  ofc_print_data_set (data, "receiver-notes", ofc_order_get_receiver_notes (order));
  ofc_print_data_set (data, "location", ofc_order_get_location_name (order));
  set_take (data, "closed", dup_time (ofc_order_get_closed_at (order), TRUE));
  ofc_print_data_set (data, "verdict", ofc_order_get_verdict (order));
}

/* the shop as the order's location presents itself: the default header of documents */
static gboolean
set_shop (OfcPrintData *data, OfcContext *context, OfcOrder *order, GError **error)
{
  g_autoptr (OfcLocation) location =
      ofc_location_load (context, ofc_order_get_location_id (order), error);

  if (location == NULL)
    return FALSE;
  ofc_print_data_set (data, "shop-name", ofc_location_get_name (location));
  ofc_print_data_set (data, "shop-address", ofc_location_get_address (location));
  ofc_print_data_set (data, "shop-phone", ofc_location_get_phone (location));
  return TRUE;
}

static OfcPrintData *
work_row (OfcContext *context, OfcOrderWork *work)
{
  OfcPrintData *row = ofc_print_data_new ();
  int days = ofc_order_work_get_warranty_days (work);

  ofc_print_data_set (row, "name", ofc_order_work_get_name (work));
  set_take (row, "quantity", g_strdup_printf ("%d", ofc_order_work_get_quantity (work)));
  set_take (row, "price", dup_money (context, ofc_order_work_get_price (work)));
  set_take (row, "amount", dup_money (context, ofc_order_work_get_total (work)));
  if (days > 0)
    set_take (row, "warranty", g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days",
                                                             days),
                                                days));
  return row;
}

/* the works (removed ones left out) and what the client owes for them */
static gboolean
set_works (OfcPrintData *data, OfcContext *context, OfcOrder *order, GError **error)
{
  g_autoptr (GListModel) works = ofc_order_list_works (context, order, error);
  OfcOrderTotals totals;

  if (works == NULL || !ofc_order_totals_compute (context, order, &totals, error))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (works); i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (works, i);
      g_autoptr (OfcPrintData) row = NULL;

      if (ofc_order_work_get_removed (work))
        continue;
      row = work_row (context, work);
      ofc_print_data_add_row (data, row);
    }
  set_take (data, "total", dup_money (context, totals.total.minor));
  return TRUE;
}

static OfcPrintData *
load_order (OfcContext *context, const OfcUuid *id, GError **error)
{
  g_autoptr (OfcOrder) order = ofc_order_load (context, id, error);
  g_autoptr (OfcPrintData) data = NULL;

  if (order == NULL)
    return NULL;
  data = ofc_print_data_new ();
  set_order_fields (data, context, order);
  if (!set_shop (data, context, order, error) || !set_works (data, context, order, error))
    return NULL;
  return g_steal_pointer (&data);
}

/**
 * ofc_print_data_load:
 * @kind: what @id is
 *
 * Returns: (transfer full) (nullable): the fields of the order or client;
 *   %OFC_ERROR_NOT_FOUND when it does not exist
 */
OfcPrintData *
ofc_print_data_load (OfcContext *context,
                     OfcPrintSubjectKind kind,
                     const OfcUuid *id,
                     GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  switch (kind)
    {
      case OFC_PRINT_SUBJECT_CLIENT:
        return load_client (ofc_context_get_database (context), id, error);
      case OFC_PRINT_SUBJECT_ORDER:
        return load_order (context, id, error);
      case OFC_PRINT_SUBJECT_NONE:
      default:
        g_return_val_if_reached (NULL);
    }
}
