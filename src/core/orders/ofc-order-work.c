/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderWork and its store: works lines of an order, journaled into the order's
 * history. Accessors are generated from the field table by the OFC_RECORD_* macros.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-order-totals.h"
#include "orders/ofc-order-work.h"
#include "reference/ofc-record-store-private.h"

struct _OfcOrderWork
{
  GObject parent_instance;

  OfcUuid id;
  OfcUuid order_id;
  int position;
  OfcUuid service_id;
  char *name;
  int quantity;
  gint64 price;
  OfcUuid executor_id;
  int warranty_days;
  gboolean removed;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;

  char *executor_name;
  gint64 amount;
  gint64 discount;
  gint64 total;
};

#define F(name, label, type, flags, member, max)                          \
  {                                                                       \
    name, label, type, flags, G_STRUCT_OFFSET (OfcOrderWork, member), max \
  }

#define DERIVED (OFC_FIELD_KEPT | OFC_FIELD_NOT_STORED)

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("order-id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, order_id, 0),
  F ("position", NULL, OFC_FIELD_INT, OFC_FIELD_KEPT, position, 0),
  F ("service-id", NULL, OFC_FIELD_UUID, 0, service_id, 0),
  F ("name", N_ ("Work"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_NAME),
  F ("quantity", N_ ("Quantity"), OFC_FIELD_INT, 0, quantity, 0),
  F ("price", N_ ("Price"), OFC_FIELD_MONEY, 0, price, 0),
  F ("executor-id", N_ ("Executor"), OFC_FIELD_UUID, 0, executor_id, 0),
  F ("warranty-days", N_ ("Warranty, days"), OFC_FIELD_INT, 0, warranty_days, 0),
  F ("removed", NULL, OFC_FIELD_BOOL, OFC_FIELD_KEPT, removed, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
  F ("executor-name", NULL, OFC_FIELD_STRING, DERIVED, executor_name, 0),
  F ("amount", NULL, OFC_FIELD_MONEY, DERIVED, amount, 0),
  F ("discount", NULL, OFC_FIELD_MONEY, DERIVED, discount, 0),
  F ("total", NULL, OFC_FIELD_MONEY, DERIVED, total, 0),
};

static OfcRecordClass record = { "order_work", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcOrderWork, ofc_order_work, record)

#define COLUMNS                                                                            \
  "id, order_id, position, service_id, name, quantity, price, executor_id, warranty_days," \
  " removed, version, created_at, updated_at"

static const char *
describe (GObject *object)
{
  return OFC_ORDER_WORK (object)->name;
}

/* the order must exist and be open; a line without executor takes the order's */
static gboolean
check_order (OfcDatabase *database, OfcOrderWork *self, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (database,
                                    "SELECT status_group, number, executor_id FROM repair_order"
                                    " WHERE id = ?1",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &self->order_id);
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        _ofc_set_not_found (&local, _ ("The order"));
      g_propagate_error (error, local);
      return FALSE;
    }
  if (ofc_status_group_is_closed (ofc_statement_get_int64 (statement, 0)))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                   _ ("Order %s is closed; reopen it to change its works"),
                   ofc_statement_get_text (statement, 1));
      return FALSE;
    }
  if (ofc_uuid_is_nil (&self->executor_id))
    ofc_statement_get_uuid (statement, 2, &self->executor_id);
  return TRUE;
}

static gboolean
check_executor (OfcDatabase *database, OfcOrderWork *self, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  g_clear_pointer (&self->executor_name, g_free);
  self->executor_name = g_strdup ("");
  if (ofc_uuid_is_nil (&self->executor_id))
    return TRUE;
  statement = ofc_database_prepare (database, "SELECT name FROM employee WHERE id = ?1", error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &self->executor_id);
  if (!ofc_statement_step (statement, NULL))
    {
      ofc_set_invalid (error, "executor-id", _ ("The executor does not exist"));
      return FALSE;
    }
  _ofc_replace_string (&self->executor_name, ofc_statement_get_text (statement, 0));
  return TRUE;
}

static gboolean
check_numbers (OfcOrderWork *self, GError **error)
{
  if (self->quantity < 1 || self->quantity > OFC_WORK_QUANTITY_MAX)
    ofc_set_invalid (error, "quantity", _ ("The quantity must be 1–%d"), OFC_WORK_QUANTITY_MAX);
  else if (self->price < 0)
    ofc_set_invalid (error, "price", _ ("The price cannot be negative"));
  else if (self->warranty_days < 0 || self->warranty_days > OFC_WARRANTY_DAYS_MAX)
    ofc_set_invalid (error, "warranty-days", _ ("The warranty must be 0–%d days"),
                     OFC_WARRANTY_DAYS_MAX);
  else
    return TRUE;
  return FALSE;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcOrderWork *self = OFC_ORDER_WORK (object);
  g_autoptr (OfcStatement) statement = NULL;

  if (!check_numbers (self, error) || !check_order (database, self, error) ||
      !check_executor (database, self, error))
    return FALSE;
  if (!ofc_uuid_is_nil (&self->id))
    return TRUE;
  statement = ofc_database_prepare (database,
                                    "SELECT ifnull(max(position), 0) + 1 FROM order_work"
                                    " WHERE order_id = ?1",
                                    error);
  if (statement == NULL || !ofc_statement_step (statement, error))
    return FALSE;
  self->position = (int) ofc_statement_get_int64 (statement, 0);
  return TRUE;
}

static void
add_refs (OfcDatabase *database, GObject *before, GObject *after, OfcChangeSet *changes)
{
  OfcOrderWork *old = before != NULL ? OFC_ORDER_WORK (before) : NULL;
  OfcOrderWork *work = OFC_ORDER_WORK (after);

  ofc_change_set_ref (changes, "executor-id",
                      old != NULL ? _ofc_record_nullable_uuid (&old->executor_id) : NULL,
                      old != NULL ? old->executor_name : NULL,
                      _ofc_record_nullable_uuid (&work->executor_id), work->executor_name);
}

static gboolean
can_remove (OfcDatabase *database, GObject *object, GError **error)
{
  return check_order (database, OFC_ORDER_WORK (object), error);
}

static const OfcRecordStore store = {
  .get_type = ofc_order_work_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM order_work WHERE id = ?1",
  .insert_sql = "INSERT INTO order_work (" COLUMNS ")"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
  .update_sql = "UPDATE order_work SET service_id = ?4, name = ?5, quantity = ?6, price = ?7,"
                " executor_id = ?8, warranty_days = ?9, version = ?11, updated_at = ?13"
                " WHERE id = ?1 AND version = ?14 AND removed = 0",
  .archive_sql = "UPDATE order_work SET removed = ?2, version = version + 1, updated_at = ?3"
                 " WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
  .add_refs = add_refs,
  .can_archive = can_remove,
  .root_entity = "order",
  .root_id_offset = G_STRUCT_OFFSET (OfcOrderWork, order_id),
  .archive_operation = "remove",
};

OfcOrderWork *
ofc_order_work_new (const char *name, gint64 price)
{
  OfcOrderWork *self = g_object_new (OFC_TYPE_ORDER_WORK, NULL);

  ofc_order_work_set_name (self, name);
  ofc_order_work_set_price (self, price);
  ofc_order_work_set_quantity (self, 1);
  return self;
}

/**
 * ofc_order_work_new_from_service:
 *
 * Returns: (transfer full): one unit of @service at its current price and warranty
 */
OfcOrderWork *
ofc_order_work_new_from_service (OfcService *service)
{
  OfcOrderWork *self =
      ofc_order_work_new (ofc_service_get_name (service), ofc_service_get_price (service));

  ofc_order_work_set_service_id (self, ofc_service_get_id (service));
  ofc_order_work_set_warranty_days (self, ofc_service_get_warranty_days (service));
  return self;
}

OFC_RECORD_ID_GETTER (OfcOrderWork, ofc_order_work, id)
OFC_RECORD_ID_GETTER (OfcOrderWork, ofc_order_work, order_id)
OFC_RECORD_GETTER (OfcOrderWork, ofc_order_work, int, position)
OFC_RECORD_ID (OfcOrderWork, ofc_order_work, service_id, "service-id", record)
OFC_RECORD_STRING (OfcOrderWork, ofc_order_work, name, "name", record)
OFC_RECORD_NUMBER (OfcOrderWork, ofc_order_work, int, quantity, "quantity", record)
OFC_RECORD_NUMBER (OfcOrderWork, ofc_order_work, gint64, price, "price", record)
OFC_RECORD_ID (OfcOrderWork, ofc_order_work, executor_id, "executor-id", record)
OFC_RECORD_NUMBER (OfcOrderWork, ofc_order_work, int, warranty_days, "warranty-days", record)
OFC_RECORD_GETTER (OfcOrderWork, ofc_order_work, gboolean, removed)
OFC_RECORD_GETTER (OfcOrderWork, ofc_order_work, gint64, version)
OFC_RECORD_GETTER (OfcOrderWork, ofc_order_work, const char *, executor_name)
OFC_RECORD_GETTER (OfcOrderWork, ofc_order_work, gint64, amount)
OFC_RECORD_GETTER (OfcOrderWork, ofc_order_work, gint64, discount)
OFC_RECORD_GETTER (OfcOrderWork, ofc_order_work, gint64, total)

/* inside the caller's transaction: the demo generator writes works this way */
gboolean
_ofc_order_work_write (OfcDatabase *database, OfcOrder *order, OfcOrderWork *work, GError **error)
{
  if (ofc_uuid_is_nil (&work->id))
    work->order_id = *ofc_order_get_id (order);
  return _ofc_record_store_write (database, &store, G_OBJECT (work), error);
}

/**
 * ofc_order_add_work:
 *
 * Adds @work (new) at the end of @order's works. A line without executor gets the
 * order's executor.
 */
gboolean
ofc_order_add_work (OfcContext *context, OfcOrder *order, OfcOrderWork *work, GError **error)
{
  g_return_val_if_fail (ofc_order_is_saved (order), FALSE);
  g_return_val_if_fail (ofc_uuid_is_nil (&work->id), FALSE);

  work->order_id = *ofc_order_get_id (order);
  if (!_ofc_record_store_save (context, &store, G_OBJECT (work), error))
    return FALSE;
  ofc_context_notify_changed (context, "order");
  return TRUE;
}

/**
 * ofc_order_save_work:
 *
 * Saves changes to a listed @work; %OFC_ERROR_CONFLICT when it changed since.
 */
gboolean
ofc_order_save_work (OfcContext *context, OfcOrder *order, OfcOrderWork *work, GError **error)
{
  g_return_val_if_fail (!ofc_uuid_is_nil (&work->id), FALSE);
  g_return_val_if_fail (ofc_uuid_equal (&work->order_id, ofc_order_get_id (order)), FALSE);

  if (!_ofc_record_store_save (context, &store, G_OBJECT (work), error))
    return FALSE;
  ofc_context_notify_changed (context, "order");
  return TRUE;
}

gboolean
ofc_order_remove_work (OfcContext *context, OfcOrder *order, OfcOrderWork *work, GError **error)
{
  g_return_val_if_fail (ofc_uuid_equal (&work->order_id, ofc_order_get_id (order)), FALSE);

  if (!_ofc_record_store_archive (context, &store, G_OBJECT (work), TRUE, error))
    return FALSE;
  ofc_context_notify_changed (context, "order");
  return TRUE;
}

/* sets each line's amount, share of the discount and total */
static gboolean
apply_amounts (GListModel *works, int discount_bp, const char *currency, GError **error)
{
  guint n = g_list_model_get_n_items (works);
  g_autofree OfcTotalsLine *lines = g_new0 (OfcTotalsLine, MAX (n, 1));
  g_autofree gint64 *shares = g_new0 (gint64, MAX (n, 1));
  OfcTotalsSection section;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (works, i);

      lines[i] = (OfcTotalsLine){ work->quantity, work->price };
    }
  if (!ofc_totals_section_compute (lines, n, discount_bp, currency, &section, shares, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (works, i);

      work->amount = (gint64) work->quantity * work->price;
      work->discount = shares[i];
      work->total = work->amount - shares[i];
    }
  return TRUE;
}

GListModel *
_ofc_order_list_works (OfcDatabase *database, OfcOrder *order, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GListModel) works = NULL;
  g_autofree char *currency = _ofc_shop_currency (database);

  statement = ofc_database_prepare (database,
                                    "SELECT w.id, w.order_id, w.position, w.service_id, w.name,"
                                    " w.quantity, w.price, w.executor_id, w.warranty_days,"
                                    " w.removed, w.version, w.created_at, w.updated_at"
                                    " FROM order_work AS w WHERE w.order_id = ?1"
                                    " AND w.removed = 0 ORDER BY w.position",
                                    error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, ofc_order_get_id (order));
  works = _ofc_record_store_read_all (&store, statement, error);
  if (works == NULL ||
      !apply_amounts (works, ofc_order_get_discount_works (order), currency, error))
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (works); i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (works, i);
      g_autoptr (GError) ignored = NULL;

      if (!check_executor (database, work, &ignored))
        g_debug ("work %s: %s", work->name, ignored->message);
    }
  return g_steal_pointer (&works);
}

/**
 * ofc_order_list_works:
 *
 * Returns: (transfer full) (nullable): @order's current works lines in order, each with its
 * amount, share of the client's discount and total
 */
GListModel *
ofc_order_list_works (OfcContext *context, OfcOrder *order, GError **error)
{
  return _ofc_order_list_works (ofc_context_get_database (context), order, error);
}
