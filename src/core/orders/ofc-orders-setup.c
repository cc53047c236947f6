/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Start-up of the order module: the labels history views show for its entities and
 * operations, and the first-start reference data.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "orders/ofc-order-attachment.h"
#include "orders/ofc-order-comment.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-order-work.h"
#include "orders/ofc-orders-setup-private.h"
#include "printing/ofc-print-job.h"
#include "reference/ofc-reference-private.h"

static const OfcJournalLabel operations[] = {
  { "status", N_ ("Status changed") }, { "delete", N_ ("Deleted") }, { "comment", N_ ("Comment") },
  { "attach", N_ ("File attached") },  { "remove", N_ ("Removed") },
};

static const OfcJournalLabel extra_status_labels[] = {
  { "next", N_ ("Next statuses") },
  { "replacement", N_ ("Orders moved to") },
};

static const OfcJournalLabel catalogue_labels[] = {
  { "name", N_ ("Name") },
};

/**
 * _ofc_orders_register_labels:
 *
 * Registers every label of the module once, so history read before any order object
 * existed still reads well.
 */
void
_ofc_orders_register_labels (void)
{
  static gsize done;
  /* the classes register their field labels when they are made */
  GType (*types[]) (void) = { ofc_order_get_type,         ofc_order_work_get_type,
                              ofc_order_comment_get_type, ofc_order_attachment_get_type,
                              ofc_location_get_type,      ofc_employee_get_type,
                              ofc_order_type_get_type,    ofc_order_status_get_type,
                              ofc_device_type_get_type,   ofc_service_get_type,
                              ofc_intake_preset_get_type, ofc_print_job_get_type };

  if (!g_once_init_enter (&done))
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    g_type_class_unref (g_type_class_ref (types[i]()));
  ofc_journal_register_operations (operations, G_N_ELEMENTS (operations));
  ofc_journal_register_labels ("order_status", extra_status_labels,
                               G_N_ELEMENTS (extra_status_labels));
  ofc_journal_register_labels ("device_brand", catalogue_labels, 1);
  ofc_journal_register_labels ("device_model", catalogue_labels, 1);
  ofc_journal_register_labels ("intake_phrase", catalogue_labels, 1);
  g_once_init_leave (&done, 1);
}

/**
 * _ofc_orders_setup:
 *
 * Registers the history labels and, on a database at the orders schema, makes sure the
 * first-start reference data exist.
 */
gboolean
_ofc_orders_setup (OfcDatabase *database, GError **error)
{
  _ofc_orders_register_labels ();
  if (ofc_database_get_schema_version (database) < OFC_ORDERS_SCHEMA)
    return TRUE;
  return _ofc_reference_ensure_defaults (database, error);
}
