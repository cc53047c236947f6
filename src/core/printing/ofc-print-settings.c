/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Printing settings in the print_setting table, journaled like any other write, and the
 * hook order intake calls to queue the documents that print by themselves.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "db/ofc-journal.h"
#include "ofc-printing-private.h"
#include "printing/ofc-print-jobs.h"
#include "printing/ofc-print-settings.h"

#define AUTO_KEY "auto-print"

/* the journal entry of a setting needs a stable id: one fixed for the settings record */
static const OfcUuid settings_id = { { 0x01, 0x9a, 0x00, 0x00, 0x00, 0x00, 0x70, 0x00, 0x80, 0x00,
                                       0x00, 0x00, 0x00, 0x00, 0x00, 0x04 } };

static const OfcJournalLabel setting_labels[] = {
  { AUTO_KEY, N_ ("Print by themselves on intake") },
};

static gint64
read_auto (OfcDatabase *database)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (
      database, "SELECT value FROM print_setting WHERE key = '" AUTO_KEY "'", NULL);

  if (statement == NULL || !ofc_statement_step (statement, NULL))
    return 0;
  return g_ascii_strtoll (ofc_statement_get_text (statement, 0), NULL, 10);
}

/**
 * ofc_print_settings_get_auto:
 *
 * Returns: the documents printed when an order is taken in; none when unreadable
 */
OfcPrintAuto
ofc_print_settings_get_auto (OfcContext *context)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), OFC_PRINT_AUTO_NONE);
  return read_auto (ofc_context_get_database (context)) &
         (OFC_PRINT_AUTO_STICKER | OFC_PRINT_AUTO_INTAKE_RECEIPT);
}

/* turning a document on needs a printer to print it on */
static gboolean
check_printers (OfcDatabase *database, OfcPrintAuto documents, GError **error)
{
  g_autoptr (OfcPrinter) label = NULL;
  g_autoptr (OfcPrinter) receipt = NULL;

  if ((documents & OFC_PRINT_AUTO_STICKER) &&
      (label = _ofc_printer_load_default (database, OFC_PRINTER_ROLE_LABEL, error)) == NULL)
    return FALSE;
  if ((documents & OFC_PRINT_AUTO_INTAKE_RECEIPT) &&
      (receipt = _ofc_printer_load_default (database, OFC_PRINTER_ROLE_RECEIPT, error)) == NULL)
    return FALSE;
  return TRUE;
}

/**
 * ofc_print_settings_set_auto:
 * @documents: what prints by itself from now on
 * @error: %OFC_ERROR_NOT_FOUND when a document is turned on without a default printer for
 *   it, or %OFC_DATABASE_ERROR
 */
gboolean
ofc_print_settings_set_auto (OfcContext *context, OfcPrintAuto documents, GError **error)
{
  OfcDatabase *database;
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();
  g_autofree char *value = g_strdup_printf ("%d", documents);

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  database = ofc_context_get_database (context);
  ofc_journal_register_labels (OFC_PRINT_SETTINGS_ENTITY, setting_labels,
                               G_N_ELEMENTS (setting_labels));
  if ((transaction = ofc_database_begin (database, error)) == NULL ||
      !check_printers (database, documents, error) ||
      (statement = ofc_database_prepare (
           database,
           "INSERT INTO print_setting (key, value, updated_at) VALUES ('" AUTO_KEY "', ?1, ?2) "
           "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = "
           "excluded.updated_at",
           error)) == NULL)
    return FALSE;
  ofc_change_set_int64 (changes, AUTO_KEY, read_auto (database), documents);
  ofc_statement_bind_text (statement, 1, value);
  ofc_statement_bind_int64 (statement, 2, ofc_database_now (database));
  if (!ofc_statement_exec (statement, error) ||
      !ofc_journal_append (database, OFC_PRINT_SETTINGS_ENTITY, &settings_id, OFC_JOURNAL_UPDATE,
                           changes, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  if (!ofc_database_in_transaction (database))
    ofc_context_notify_changed (context, OFC_PRINT_SETTINGS_ENTITY);
  return TRUE;
}

static gboolean
add_one (OfcDatabase *database,
         OfcPrintJobKind kind,
         const OfcUuid *order_id,
         guint *n_jobs,
         GError **error)
{
  OfcPrintRequest request = { .kind = kind, .subjects = order_id, .n_subjects = 1 };
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (GError) local = NULL;

  /* the default printer went away since the setting was made: the order is taken in all
   * the same, and the person prints from the order page */
  printer = _ofc_printer_load_default (database, ofc_print_job_kind_get_role (kind), &local);
  if (printer == NULL && g_error_matches (local, OFC_ERROR, OFC_ERROR_NOT_FOUND))
    {
      g_message ("not printing the %s of a new order: %s", ofc_print_job_kind_to_string (kind),
                 local->message);
      return TRUE;
    }
  if (printer == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (!ofc_print_jobs_add (database, &request, NULL, error))
    return FALSE;
  (*n_jobs)++;
  return TRUE;
}

/**
 * ofc_print_jobs_enqueue_for_new_order:
 * @database: the connection writing the order, inside its transaction
 * @order_id: the order just inserted
 * @n_jobs: (out) (optional): how many jobs were queued
 *
 * Queues the documents the "print by themselves" setting asks for, on the default
 * printers, in the caller's transaction. A document whose default printer is missing is
 * skipped (the order is not refused for it). The caller emits "changed::print-job" after
 * committing when @n_jobs is not 0.
 */
gboolean
ofc_print_jobs_enqueue_for_new_order (OfcDatabase *database,
                                      const OfcUuid *order_id,
                                      guint *n_jobs,
                                      GError **error)
{
  gint64 documents;
  guint count = 0;

  g_return_val_if_fail (OFC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (order_id != NULL, FALSE);
  documents = read_auto (database);
  if (n_jobs != NULL)
    *n_jobs = 0;
  if ((documents & OFC_PRINT_AUTO_STICKER) &&
      !add_one (database, OFC_PRINT_JOB_ORDER_STICKER, order_id, &count, error))
    return FALSE;
  if ((documents & OFC_PRINT_AUTO_INTAKE_RECEIPT) &&
      !add_one (database, OFC_PRINT_JOB_INTAKE_RECEIPT, order_id, &count, error))
    return FALSE;
  if (n_jobs != NULL)
    *n_jobs = count;
  return TRUE;
}
