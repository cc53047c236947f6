/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The printer store: create, update, archive and restore in one transaction each with their
 * journal entries, default printers per role, and reads.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "base/ofc-error.h"
#include "base/ofc-text.h"
#include "db/ofc-journal.h"
#include "ofc-printing-private.h"
#include "printing/ofc-printer-store.h"

#define SELECT_PRINTER "SELECT " OFC_PRINTER_COLUMNS " FROM printer AS p "

static void
notify_changed (OfcContext *context)
{
  if (!ofc_database_in_transaction (ofc_context_get_database (context)))
    ofc_context_notify_changed (context, OFC_PRINTER_ENTITY);
}

static OfcPrinter *
read_one (OfcStatement *statement, const char *what, GError **error)
{
  if (!ofc_statement_step (statement, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no printer %s"), what);
      return NULL;
    }
  return _ofc_printer_read (statement);
}

/**
 * ofc_printer_store_get:
 *
 * Returns: (transfer full) (nullable): the printer, archived or not; %OFC_ERROR_NOT_FOUND
 *   when there is none with @id
 */
OfcPrinter *
ofc_printer_store_get (OfcContext *context, const OfcUuid *id, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  return _ofc_printer_load (ofc_context_get_database (context), id, error);
}

OfcPrinter *
_ofc_printer_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  char text[OFC_UUID_STRING_LEN + 1];

  statement = ofc_database_prepare (database, SELECT_PRINTER "WHERE p.id = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, id);
  ofc_uuid_to_string (id, text);
  return read_one (statement, text, error);
}

/**
 * ofc_printer_store_find:
 * @name_or_id: an active printer's name (case does not matter) or any printer's id
 *
 * Returns: (transfer full) (nullable): the printer, or %OFC_ERROR_NOT_FOUND naming it
 */
OfcPrinter *
ofc_printer_store_find (OfcContext *context, const char *name_or_id, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = NULL;
  g_autofree char *quoted = NULL;
  OfcUuid id;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  if (ofc_uuid_parse (name_or_id, &id))
    return ofc_printer_store_get (context, &id, error);
  statement =
      ofc_database_prepare (ofc_context_get_database (context),
                            SELECT_PRINTER "WHERE p.name_key = ?1 AND p.archived = 0", error);
  if (statement == NULL)
    return NULL;
  key = ofc_text_fold (name_or_id);
  ofc_statement_bind_text (statement, 1, key);
  quoted = g_strdup_printf ("“%s”", name_or_id);
  return read_one (statement, quoted, error);
}

static void
set_no_default (OfcPrinterRoles role, GError **error)
{
  const char *message;

  if (role == OFC_PRINTER_ROLE_RECEIPT)
    message = _ ("No receipt printer is set as the default; name a printer or choose the "
                 "default receipt printer in the printer settings");
  else if (role == OFC_PRINTER_ROLE_LABEL)
    message = _ ("No label printer is set as the default; name a printer or choose the "
                 "default label printer in the printer settings");
  else
    message = _ ("No A4 printer is set as the default; name a printer or choose the default "
                 "A4 printer in the printer settings");
  g_set_error_literal (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, message);
}

/**
 * ofc_printer_store_get_default:
 * @role: one role
 *
 * Returns: (transfer full) (nullable): the active printer set as the default for @role;
 *   %OFC_ERROR_NOT_FOUND telling how to set one when there is none
 */
OfcPrinter *
ofc_printer_store_get_default (OfcContext *context, OfcPrinterRoles role, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  return _ofc_printer_load_default (ofc_context_get_database (context), role, error);
}

OfcPrinter *
_ofc_printer_load_default (OfcDatabase *database, OfcPrinterRoles role, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (database,
                                    SELECT_PRINTER "WHERE p.roles & ?1 AND p.archived = 0", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_int64 (statement, 1, role);
  if (!ofc_statement_step (statement, error))
    {
      if (error != NULL && *error == NULL)
        set_no_default (role, error);
      return NULL;
    }
  return _ofc_printer_read (statement);
}

/**
 * ofc_printer_store_list:
 *
 * Returns: (transfer full): a #GListStore of #OfcPrinter by name, a snapshot; lists refresh
 *   on "changed::printer"
 */
GListModel *
ofc_printer_store_list (OfcContext *context, gboolean include_archived, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GListStore) printers = g_list_store_new (OFC_TYPE_PRINTER);
  GError *local = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  statement =
      ofc_database_prepare (ofc_context_get_database (context),
                            SELECT_PRINTER "WHERE p.archived <= ?1 ORDER BY p.name_key", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_bool (statement, 1, include_archived);
  while (ofc_statement_step (statement, &local))
    {
      g_autoptr (OfcPrinter) printer = _ofc_printer_read (statement);

      g_list_store_append (printers, printer);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&printers));
}

/*
 * Writes
 */

static gboolean
check_name_free (OfcDatabase *database, OfcPrinter *printer, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (printer->name);
  GError *local = NULL;

  statement = ofc_database_prepare (
      database, "SELECT 1 FROM printer WHERE name_key = ?1 AND archived = 0 AND id <> ?2", error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 1, key);
  ofc_statement_bind_uuid (statement, 2, &printer->id);
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        return TRUE;
      g_propagate_error (error, local);
      return FALSE;
    }
  ofc_set_invalid (error, "name", _ ("There is already a printer named “%s”"), printer->name);
  return FALSE;
}

static gboolean
write_row (OfcDatabase *database, OfcPrinter *printer, gint64 old_version, GError **error)
{
  static const char *const sql[] = {
    "INSERT INTO printer (id, name, name_key, language, uri, roles, paper_width, code_page, "
    "profile, code_table, media_width, media_height, media_gap, dpi, enabled, archived, version, "
    "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
    "?15, ?16, ?17, ?18, ?19)",
    "UPDATE printer SET name = ?2, name_key = ?3, language = ?4, uri = ?5, roles = ?6, "
    "paper_width = ?7, code_page = ?8, profile = ?9, code_table = ?10, media_width = ?11, "
    "media_height = ?12, media_gap = ?13, dpi = ?14, enabled = ?15, archived = ?16, version = ?17, "
    "updated_at = ?19 WHERE id = ?1 AND version = ?20",
  };
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql[old_version > 0], error);
  g_autofree char *key = ofc_text_fold (printer->name);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &printer->id);
  ofc_statement_bind_text (statement, 2, printer->name);
  ofc_statement_bind_text (statement, 3, key);
  ofc_statement_bind_text (statement, 4, ofc_printer_language_to_string (printer->language));
  ofc_statement_bind_text (statement, 5, printer->uri);
  ofc_statement_bind_int64 (statement, 6, printer->roles);
  ofc_statement_bind_int64 (statement, 7, printer->paper_width);
  ofc_statement_bind_text (statement, 8, printer->code_page);
  ofc_statement_bind_text (statement, 9, printer->profile);
  ofc_statement_bind_int64 (statement, 10, printer->code_table);
  ofc_statement_bind_int64 (statement, 11, OFC_DMM (printer->media_width));
  ofc_statement_bind_int64 (statement, 12, OFC_DMM (printer->media_height));
  ofc_statement_bind_int64 (statement, 13, OFC_DMM (printer->media_gap));
  ofc_statement_bind_int64 (statement, 14, printer->dpi);
  ofc_statement_bind_bool (statement, 15, printer->enabled);
  ofc_statement_bind_bool (statement, 16, printer->archived);
  ofc_statement_bind_int64 (statement, 17, printer->version);
  ofc_statement_bind_int64 (statement, 18, printer->created_at);
  ofc_statement_bind_int64 (statement, 19, printer->updated_at);
  if (old_version > 0)
    ofc_statement_bind_int64 (statement, 20, old_version);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (old_version > 0 && ofc_database_get_changes (database) == 0)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_CONFLICT,
                   _ ("The printer “%s” was changed elsewhere; reload it and try again"),
                   printer->name);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_and_journal (OfcDatabase *database,
                   OfcPrinter *before,
                   OfcPrinter *after,
                   const char *operation,
                   GError **error)
{
  g_autoptr (OfcChangeSet) changes = _ofc_printer_diff (before, after);

  after->version = before != NULL ? before->version + 1 : 1;
  after->updated_at = ofc_database_now (database);
  if (before == NULL)
    after->created_at = after->updated_at;
  return write_row (database, after, before != NULL ? before->version : 0, error) &&
         ofc_journal_append (database, OFC_PRINTER_ENTITY, &after->id, operation, changes, error);
}

/* the roles @printer takes are taken from the printers that had them */
static gboolean
take_roles (OfcContext *context, OfcPrinter *printer, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (GListModel) all = NULL;

  if (printer->roles == 0 || printer->archived)
    return TRUE;
  all = ofc_printer_store_list (context, FALSE, error);
  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (OfcPrinter) other = g_list_model_get_item (all, i);
      g_autoptr (OfcPrinter) changed = NULL;

      if (ofc_uuid_equal (&other->id, &printer->id) || (other->roles & printer->roles) == 0)
        continue;
      changed = ofc_printer_copy (other);
      changed->roles &= ~printer->roles;
      if (!write_and_journal (database, other, changed, OFC_JOURNAL_UPDATE, error))
        return FALSE;
    }
  return all != NULL;
}

static gboolean
save (OfcContext *context, OfcPrinter *printer, OfcPrinter *before, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcPrinter) clean = ofc_printer_copy (printer);

  _ofc_printer_register_labels ();
  if (!ofc_printer_store_validate (clean, error) ||
      (transaction = ofc_database_begin (database, error)) == NULL ||
      !check_name_free (database, clean, error) || !take_roles (context, clean, error) ||
      !write_and_journal (database, before, clean,
                          before == NULL ? OFC_JOURNAL_CREATE : OFC_JOURNAL_UPDATE, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  _ofc_printer_assign (printer, clean);
  notify_changed (context);
  return TRUE;
}

/**
 * ofc_printer_store_create:
 * @printer: a new printer; on success it holds its id, version 1 and the cleaned text
 * @error: %OFC_ERROR_INVALID naming the field (a taken name is an error on "name"), or
 *   %OFC_DATABASE_ERROR
 */
gboolean
ofc_printer_store_create (OfcContext *context, OfcPrinter *printer, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINTER (printer) && !ofc_printer_is_saved (printer), FALSE);

  ofc_uuid_generate (&printer->id);
  printer->archived = FALSE;
  if (save (context, printer, NULL, error))
    return TRUE;
  memset (&printer->id, 0, sizeof printer->id);
  return FALSE;
}

/**
 * ofc_printer_store_update:
 * @printer: a saved printer as edited; a stale version is refused with %OFC_ERROR_CONFLICT
 */
gboolean
ofc_printer_store_update (OfcContext *context, OfcPrinter *printer, GError **error)
{
  g_autoptr (OfcPrinter) before = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINTER (printer) && ofc_printer_is_saved (printer), FALSE);

  before = ofc_printer_store_get (context, &printer->id, error);
  if (before == NULL)
    return FALSE;
  if (before->version != printer->version)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_CONFLICT,
                   _ ("The printer “%s” was changed elsewhere; reload it and try again"),
                   before->name);
      return FALSE;
    }
  printer->archived = before->archived;
  return save (context, printer, before, error);
}

static gboolean
set_archived (OfcContext *context, OfcPrinter *printer, gboolean archived, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcPrinter) before = ofc_printer_store_get (context, &printer->id, error);
  g_autoptr (OfcPrinter) after = NULL;
  g_autoptr (OfcTransaction) transaction = NULL;

  if (before == NULL)
    return FALSE;
  if (before->archived == archived)
    {
      _ofc_printer_assign (printer, before);
      return TRUE;
    }
  after = ofc_printer_copy (before);
  after->archived = archived;
  /* an archived printer is nobody's default; a restored one gets no role back silently */
  after->roles = 0;
  if ((transaction = ofc_database_begin (database, error)) == NULL ||
      (!archived && !check_name_free (database, after, error)) ||
      !write_and_journal (database, before, after,
                          archived ? OFC_JOURNAL_ARCHIVE : OFC_JOURNAL_RESTORE, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  _ofc_printer_assign (printer, after);
  notify_changed (context);
  return TRUE;
}

/**
 * ofc_printer_store_archive:
 *
 * Hides the printer from lists and takes its default roles away. Its unfinished jobs wait
 * (the queue shows why) until they are moved to another printer or cancelled.
 */
gboolean
ofc_printer_store_archive (OfcContext *context, OfcPrinter *printer, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINTER (printer) && ofc_printer_is_saved (printer), FALSE);
  return set_archived (context, printer, TRUE, error);
}

/**
 * ofc_printer_store_restore:
 *
 * Brings an archived printer back; refused on "name" when an active printer took its name.
 */
gboolean
ofc_printer_store_restore (OfcContext *context, OfcPrinter *printer, GError **error)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINTER (printer) && ofc_printer_is_saved (printer), FALSE);
  return set_archived (context, printer, FALSE, error);
}
