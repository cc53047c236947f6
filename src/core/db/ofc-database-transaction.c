/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Scoped transactions of OfcDatabase. The outermost level takes the write lock up front
 * (BEGIN IMMEDIATE), so two processes allocating the same number series serialise instead
 * of failing at commit; inner levels are savepoints, so workflows can call stores freely.
 */
#define G_LOG_DOMAIN "ofc-db"

#include "config.h"

#include "ofc-database-private.h"

struct _OfcTransaction
{
  OfcDatabase *database; /* owned */
  guint depth;
  gboolean finished;
};

static gboolean
run (OfcDatabase *self,
     const char  *sql,
     GError     **error)
{
  g_autoptr(OfcStatement) statement = ofc_database_prepare (self, sql, error);

  return statement != NULL && ofc_statement_exec (statement, error);
}

/**
 * ofc_database_begin:
 * @self: the database
 * @error: set when the write lock cannot be had within the busy timeout
 *
 * Returns: (transfer full) (nullable): the transaction; free it with ofc_transaction_free()
 * (rolls back unless committed), usually through g_autoptr(OfcTransaction)
 */
OfcTransaction *
ofc_database_begin (OfcDatabase *self,
                    GError     **error)
{
  OfcTransaction *transaction;

  g_return_val_if_fail (OFC_IS_DATABASE (self), NULL);

  if (!run (self, self->transaction_depth == 0 ? "BEGIN IMMEDIATE" : "SAVEPOINT ofc_nested",
            error))
    return NULL;
  transaction = g_new0 (OfcTransaction, 1);
  transaction->database = g_object_ref (self);
  transaction->depth = ++self->transaction_depth;
  return transaction;
}

/**
 * ofc_transaction_commit:
 *
 * Commits (or releases the savepoint). On failure nothing is committed and the
 * transaction rolls back when freed.
 */
gboolean
ofc_transaction_commit (OfcTransaction *transaction,
                        GError        **error)
{
  OfcDatabase *self;

  g_return_val_if_fail (transaction != NULL, FALSE);
  g_return_val_if_fail (!transaction->finished, FALSE);

  self = transaction->database;
  g_return_val_if_fail (transaction->depth == self->transaction_depth, FALSE);
  if (!run (self, transaction->depth == 1 ? "COMMIT" : "RELEASE ofc_nested", error))
    return FALSE;
  transaction->finished = TRUE;
  self->transaction_depth--;
  return TRUE;
}

static void
roll_back (OfcTransaction *transaction)
{
  OfcDatabase *self = transaction->database;
  g_autoptr(GError) error = NULL;

  if (transaction->depth == 1)
    {
      /* SQLite may already have rolled back by itself after a full disk or I/O error */
      if (!sqlite3_get_autocommit (self->handle) && !run (self, "ROLLBACK", &error))
        g_warning ("cannot roll back: %s", error->message);
    }
  else if (!run (self, "ROLLBACK TO ofc_nested", &error) || !run (self, "RELEASE ofc_nested",
                                                                   &error))
    g_warning ("cannot roll back to savepoint: %s", error->message);
  self->transaction_depth--;
}

void
ofc_transaction_free (OfcTransaction *transaction)
{
  if (transaction == NULL)
    return;
  if (!transaction->finished)
    {
      if (transaction->depth != transaction->database->transaction_depth)
        g_critical ("transactions freed out of order");
      roll_back (transaction);
    }
  g_object_unref (transaction->database);
  g_free (transaction);
}

gboolean
ofc_database_in_transaction (OfcDatabase *self)
{
  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);
  return self->transaction_depth > 0;
}
