/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Order data for the GUI tests: clients through OfcClientStore, orders through the order
 * store, exactly as the windows write them.
 */
#include "config.h"

#include "ofc-gui-orders.h"
#include "ofc-test.h"

OfcClient *
ofc_gui_test_add_client (OfcContext *context,
                         const char *name,
                         const char *phone,
                         int         discount_works_bp)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcClientStore) store = ofc_client_store_new (context, &error);
  OfcClient *client = ofc_client_new (OFC_CLIENT_KIND_PERSON);

  ofc_assert_no_error (error);
  ofc_client_set_name (client, name);
  if (phone != NULL)
    ofc_client_add_phone (client, phone, NULL);
  g_object_set (client, "discount-works", discount_works_bp, NULL);
  ck_assert_msg (ofc_client_store_create (store, client, NULL, &error), "%s",
                 error != NULL ? error->message : "");
  return client;
}

OfcOrder *
ofc_gui_test_add_order (OfcContext *context,
                        OfcClient  *client,
                        const char *device_type,
                        const char *brand,
                        const char *model,
                        const char *serial,
                        const char *malfunction)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDeviceType) type = ofc_device_type_find (context, device_type, &error);
  OfcOrder *order = ofc_order_new ();

  ofc_assert_no_error (error);
  ofc_order_set_client_id (order, ofc_client_get_id (client));
  ofc_order_set_device_type_id (order, ofc_device_type_get_id (type));
  ofc_order_set_brand (order, brand);
  ofc_order_set_model (order, model);
  ofc_order_set_serial (order, serial);
  ofc_order_set_malfunction (order, malfunction);
  ck_assert_msg (ofc_order_save (context, order, &error), "%s",
                 error != NULL ? error->message : "");
  return order;
}

/* the order as stored now */
OfcOrder *
ofc_gui_test_reload (OfcContext *context,
                     OfcOrder   *order)
{
  g_autoptr(GError) error = NULL;
  OfcOrder *stored = ofc_order_load (context, ofc_order_get_id (order), &error);

  ofc_assert_no_error (error);
  return stored;
}

/* the code of the order's stored status: "new", "diagnostics" … */
char *
ofc_gui_test_status_code (OfcContext *context,
                          OfcOrder   *order)
{
  g_autoptr(OfcOrder) stored = ofc_gui_test_reload (context, order);
  g_autoptr(OfcOrderStatus) status =
    ofc_order_status_load (context, ofc_order_get_status_id (stored), NULL);

  return g_strdup (status != NULL ? ofc_order_status_get_code (status) : "");
}
