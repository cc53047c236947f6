/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The public face of the order store: loading, saving, status changes, history and
 * presets. The write itself is in ofc-order-write.c, numbers in ofc-order-number.c.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-order-store.h"
#include "orders/ofc-orders-setup-private.h"
#include "printing/ofc-print-jobs.h"

/* the works subtotal summed in SQL less the order's own discount, taken as the totals take
 * it; the currency does not change the rounding, so none is needed */
static void
set_works_total (OfcOrder *order, gint64 subtotal)
{
  OfcMoney discount, total;
  g_autoptr (GError) error = NULL;

  if (!_ofc_totals_take_discount (ofc_money_init (subtotal, NULL), order->discount_works, &discount,
                                  &total, &error))
    {
      g_warning ("order %s: works total: %s", order->number, error->message);
      total = ofc_money_init (subtotal, NULL);
    }
  order->works_total = total.minor;
}

/**
 * _ofc_order_read_names:
 * @first_column: where OFC_ORDER_NAMES starts in the row
 *
 * Reads the display names and the works total that follow the stored columns.
 */
void
_ofc_order_read_names (OfcOrder *order, OfcStatement *statement, int first_column)
{
  char **names[] = { &order->client_name,   &order->client_phone,     &order->type_name,
                     &order->location_name, &order->device_type_name, &order->status_name,
                     &order->status_color,  &order->manager_name,     &order->executor_name };

  G_STATIC_ASSERT (G_N_ELEMENTS (names) + 1 == OFC_ORDER_N_NAMES);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    _ofc_replace_string (names[i], ofc_statement_get_text (statement, first_column + (int) i));
  set_works_total (order,
                   ofc_statement_get_int64 (statement, first_column + (int) G_N_ELEMENTS (names)));
}

OfcOrder *
_ofc_order_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcOrder) order = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (
      database, "SELECT " OFC_ORDER_COLUMNS "," OFC_ORDER_NAMES OFC_ORDER_JOINS " WHERE o.id = ?1",
      error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, id);
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        g_set_error (&local, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                     _ ("The order does not exist; someone may have changed its number"));
      g_propagate_error (error, local);
      return NULL;
    }
  order = ofc_order_new ();
  _ofc_record_read_row (G_OBJECT (order), &_ofc_order_record, statement, 0);
  _ofc_order_read_names (order, statement, OFC_ORDER_N_COLUMNS);
  return g_steal_pointer (&order);
}

/**
 * ofc_order_load:
 *
 * Returns: (transfer full) (nullable): the order with the names of its references
 */
OfcOrder *
ofc_order_load (OfcContext *context, const OfcUuid *id, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  return _ofc_order_load (ofc_context_get_database (context), id, error);
}

static void
notify_all (OfcOrder *order)
{
  g_object_freeze_notify (G_OBJECT (order));
  for (guint i = 0; i < _ofc_order_record.n_fields; i++)
    g_object_notify_by_pspec (G_OBJECT (order), _ofc_order_record.pspecs[i + 1]);
  g_object_thaw_notify (G_OBJECT (order));
}

/**
 * ofc_order_save:
 * @order: a new order (takes the device in) or a loaded one (saves its changes)
 *
 * A new order needs a client; the location defaults to the default location, the type to
 * the location's type, the status to the first status of the "new" group. It gets the
 * next number of its location's series, the client's discount on works, and teaches the
 * device catalogue what was typed.
 *
 * Saving a loaded order refuses a stale version (%OFC_ERROR_CONFLICT), a status change
 * the transitions do not allow (%OFC_ERROR_NOT_ALLOWED), and a closed status without a
 * verdict (%OFC_ERROR_INVALID on "verdict"). A status change and the other changes are
 * journaled as separate entries of the same transaction.
 *
 * On success @order holds what was stored; on failure it is unchanged.
 */
gboolean
ofc_order_save (OfcContext *context, OfcOrder *order, GError **error)
{
  gboolean creating;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_ORDER (order), FALSE);

  creating = !ofc_order_is_saved (order);
  if (!_ofc_order_write (ofc_context_get_database (context), order, error))
    return FALSE;
  notify_all (order);
  ofc_context_notify_changed (context, "order");
  /* intake may have queued its sticker and receipt: the print queue wakes */
  if (creating)
    ofc_context_notify_changed (context, OFC_PRINT_JOB_CHANGED);
  return TRUE;
}

/**
 * ofc_order_change_status:
 * @status_id: the new status
 *
 * Moves @order to @status_id and saves it, with any other pending edits (a verdict typed
 * in the same dialog, say). The rules of ofc_order_save() apply.
 */
gboolean
ofc_order_change_status (OfcContext *context,
                         OfcOrder *order,
                         const OfcUuid *status_id,
                         GError **error)
{
  OfcUuid previous;

  g_return_val_if_fail (OFC_IS_ORDER (order), FALSE);
  g_return_val_if_fail (ofc_order_is_saved (order), FALSE);

  previous = *ofc_order_get_status_id (order);
  ofc_order_set_status_id (order, status_id);
  if (ofc_order_save (context, order, error))
    return TRUE;
  ofc_order_set_status_id (order, &previous);
  return FALSE;
}

/**
 * ofc_order_list_history:
 *
 * Returns: (transfer full) (nullable): the #OfcJournalEntry list of every change to
 * @order, its works, comments and attachments, oldest first
 */
GListModel *
ofc_order_list_history (OfcContext *context, OfcOrder *order, GError **error)
{
  _ofc_orders_register_labels ();
  return ofc_journal_list (ofc_context_get_database (context), ofc_order_get_id (order), error);
}

/**
 * ofc_order_apply_preset:
 * @now_us: the current time, from ofc_database_now(), for the deadline
 *
 * Pre-fills the intake form from @preset: the device type always; appearance,
 * completeness, estimate and deadline only where the form is still empty. The preset's
 * malfunctions are a list to offer (ofc_intake_preset_dup_malfunction_list()), not text
 * to copy.
 */
void
ofc_order_apply_preset (OfcOrder *order, OfcIntakePreset *preset, gint64 now_us)
{
  int days = ofc_intake_preset_get_deadline_days (preset);

  ofc_order_set_device_type_id (order, ofc_intake_preset_get_device_type_id (preset));
  if (*order->appearance == '\0')
    ofc_order_set_appearance (order, ofc_intake_preset_get_appearance (preset));
  if (*order->completeness == '\0')
    ofc_order_set_completeness (order, ofc_intake_preset_get_completeness (preset));
  if (order->estimate == 0)
    ofc_order_set_estimate (order, ofc_intake_preset_get_estimate (preset));
  if (order->deadline == 0 && days > 0)
    ofc_order_set_deadline (order, now_us + (gint64) days * 24 * 3600 * G_USEC_PER_SEC);
}
