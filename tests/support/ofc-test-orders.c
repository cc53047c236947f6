/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Test helpers for repair orders.
 */
#include "config.h"

#include "ofc-test-orders.h"
#include "ofc-test.h"

static void
exec_client_row (OfcDatabase *database,
                 const OfcUuid *id,
                 const char *name,
                 const char *phone_digits,
                 int discount_works)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (name);
  /* the words the client store indexes for a phone */
  g_autofree char *phones =
      phone_digits != NULL ? ofc_phone_dup_search_tokens (phone_digits) : g_strdup ("");
  g_autofree char *card = g_strdup_printf ("2%012u", g_random_int ());

  statement = ofc_database_prepare (database,
                                    "INSERT INTO client (id, kind, name, name_key, search_phones,"
                                    " card_code, discount_works, created_at, updated_at)"
                                    " VALUES (?1, 'person', ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                                    &error);
  ofc_assert_no_error (error);
  ofc_statement_bind_uuid (statement, 1, id);
  ofc_statement_bind_text (statement, 2, name);
  ofc_statement_bind_text (statement, 3, key);
  ofc_statement_bind_text (statement, 4, phones);
  ofc_statement_bind_text (statement, 5, card);
  ofc_statement_bind_int64 (statement, 6, discount_works);
  ofc_statement_bind_int64 (statement, 7, ofc_database_now (database));
  ck_assert (ofc_statement_exec (statement, &error));
  ofc_assert_no_error (error);
}

static void
exec_phone_row (OfcDatabase *database, const OfcUuid *client_id, const char *digits)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *display = g_strdup_printf ("+%s", digits);
  OfcUuid id;

  statement = ofc_database_prepare (database,
                                    "INSERT INTO client_phone (id, client_id, position, display,"
                                    " digits) VALUES (?1, ?2, 0, ?3, ?4)",
                                    &error);
  ofc_assert_no_error (error);
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (statement, 1, &id);
  ofc_statement_bind_uuid (statement, 2, client_id);
  ofc_statement_bind_text (statement, 3, display);
  ofc_statement_bind_text (statement, 4, digits);
  ck_assert (ofc_statement_exec (statement, &error));
  ofc_assert_no_error (error);
}

/**
 * ofc_test_insert_client:
 * @phone_digits: (nullable): "79161234567"; stored as the client's search phones too
 * @id: (out): the new client's id
 */
void
ofc_test_insert_client (OfcDatabase *database,
                        const char *name,
                        const char *phone_digits,
                        int discount_works,
                        OfcUuid *id)
{
  ofc_uuid_generate (id);
  exec_client_row (database, id, name, phone_digits, discount_works);
  if (phone_digits != NULL)
    exec_phone_row (database, id, phone_digits);
}

/* a saved order in the initial status, or fails the test */
OfcOrder *
ofc_test_create_order (OfcContext *context,
                       const OfcUuid *client_id,
                       const char *brand,
                       const char *model,
                       const char *serial)
{
  g_autoptr (GError) error = NULL;
  OfcOrder *order = ofc_order_new ();

  ofc_order_set_client_id (order, client_id);
  ofc_order_set_brand (order, brand);
  ofc_order_set_model (order, model);
  ofc_order_set_serial (order, serial);
  ofc_order_set_malfunction (order, "Does not turn on");
  ck_assert (ofc_order_save (context, order, &error));
  ofc_assert_no_error (error);
  return order;
}

/* a status of the default chain by its code, or fails the test */
OfcOrderStatus *
ofc_test_status (OfcContext *context, const char *code)
{
  g_autoptr (GError) error = NULL;
  OfcOrderStatus *status = ofc_order_status_find (context, code, &error);

  ofc_assert_no_error (error);
  return status;
}
