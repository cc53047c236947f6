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
#include "printing/ofc-print-data.h"

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
      case OFC_PRINT_SUBJECT_NONE:
      default:
        g_set_error_literal (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                             _ ("Repair orders are not part of this database yet"));
        return NULL;
    }
}
