/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Writing the change journal inside the caller's transaction, and reading it back as
 * display-ready entries. Stores register the labels of their fields so history reads
 * "Phone: … → …" in the viewer's language.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-money.h"
#include "ofc-journal.h"

static GMutex labels_lock;
static GHashTable *field_labels;     /* "entity\x1ffield" → untranslated label */
static GHashTable *operation_labels; /* operation → untranslated label */

static const OfcJournalLabel builtin_operations[] = {
  { OFC_JOURNAL_CREATE, N_("Created") },
  { OFC_JOURNAL_UPDATE, N_("Edited") },
  { OFC_JOURNAL_ARCHIVE, N_("Archived") },
  { OFC_JOURNAL_RESTORE, N_("Restored") },
};

/*
 * Labels
 */

static void
ensure_tables (void)
{
  if (field_labels != NULL)
    return;
  field_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  operation_labels = g_hash_table_new (g_str_hash, g_str_equal);
  for (gsize i = 0; i < G_N_ELEMENTS (builtin_operations); i++)
    g_hash_table_insert (operation_labels, (gpointer) builtin_operations[i].name,
                         (gpointer) builtin_operations[i].label);
}

/**
 * ofc_journal_register_labels:
 * @entity: the entity name used when appending
 * @fields: (array length=n_fields): static field labels, marked with N_()
 */
void
ofc_journal_register_labels (const char            *entity,
                             const OfcJournalLabel *fields,
                             gsize                  n_fields)
{
  g_mutex_lock (&labels_lock);
  ensure_tables ();
  for (gsize i = 0; i < n_fields; i++)
    g_hash_table_insert (field_labels, g_strdup_printf ("%s\x1f%s", entity, fields[i].name),
                         (gpointer) fields[i].label);
  g_mutex_unlock (&labels_lock);
}

void
ofc_journal_register_operations (const OfcJournalLabel *operations,
                                 gsize                  n_operations)
{
  g_mutex_lock (&labels_lock);
  ensure_tables ();
  for (gsize i = 0; i < n_operations; i++)
    g_hash_table_insert (operation_labels, (gpointer) operations[i].name,
                         (gpointer) operations[i].label);
  g_mutex_unlock (&labels_lock);
}

/**
 * ofc_journal_get_field_label:
 *
 * Returns: the translated label of @field, or @field itself when none was registered
 */
const char *
ofc_journal_get_field_label (const char *entity,
                             const char *field)
{
  g_autofree char *key = g_strdup_printf ("%s\x1f%s", entity, field);
  const char *label;

  g_mutex_lock (&labels_lock);
  ensure_tables ();
  label = g_hash_table_lookup (field_labels, key);
  g_mutex_unlock (&labels_lock);
  return label != NULL ? g_dgettext (GETTEXT_PACKAGE, label) : field;
}

const char *
ofc_journal_get_operation_label (const char *operation)
{
  const char *label;

  g_mutex_lock (&labels_lock);
  ensure_tables ();
  label = g_hash_table_lookup (operation_labels, operation);
  g_mutex_unlock (&labels_lock);
  return label != NULL ? g_dgettext (GETTEXT_PACKAGE, label) : operation;
}

/*
 * Writing
 */

/**
 * ofc_journal_append_child:
 * @entity: what was written, e.g. "order_work"
 * @entity_id: its id
 * @root_entity: the record whose history shows the entry, e.g. "order"
 * @root_id: that record's id
 * @operation: e.g. %OFC_JOURNAL_UPDATE
 * @changes: (nullable): the changed fields
 *
 * Appends an entry. Must run inside the transaction of the write it records, so the row
 * and its journal entry are committed, or rolled back, together.
 */
gboolean
ofc_journal_append_child (OfcDatabase   *database,
                          const char    *entity,
                          const OfcUuid *entity_id,
                          const char    *root_entity,
                          const OfcUuid *root_id,
                          const char    *operation,
                          OfcChangeSet  *changes,
                          GError       **error)
{
  g_autoptr(OfcStatement) statement = NULL;
  g_autofree char *json = changes != NULL ? ofc_change_set_to_json (changes) : g_strdup ("{}");
  OfcUuid id;

  g_return_val_if_fail (OFC_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (ofc_database_in_transaction (database), FALSE);

  statement = ofc_database_prepare (
    database,
    "INSERT INTO journal (id, at, user_id, user_name, device_id, device_name, entity, entity_id,"
    " root_entity, root_id, operation, changes)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    error);
  if (statement == NULL)
    return FALSE;
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (statement, 1, &id);
  ofc_statement_bind_int64 (statement, 2, ofc_database_now (database));
  ofc_statement_bind_uuid (statement, 3, ofc_database_get_actor_id (database));
  ofc_statement_bind_text (statement, 4, ofc_database_get_actor_name (database));
  ofc_statement_bind_uuid (statement, 5, ofc_database_get_device_id (database));
  ofc_statement_bind_text (statement, 6, ofc_database_get_device_name (database));
  ofc_statement_bind_text (statement, 7, entity);
  ofc_statement_bind_uuid (statement, 8, entity_id);
  ofc_statement_bind_text (statement, 9, root_entity);
  ofc_statement_bind_uuid (statement, 10, root_id);
  ofc_statement_bind_text (statement, 11, operation);
  ofc_statement_bind_text (statement, 12, json);
  return ofc_statement_exec (statement, error);
}

/**
 * ofc_journal_append:
 *
 * ofc_journal_append_child() for a record that is its own history root.
 */
gboolean
ofc_journal_append (OfcDatabase   *database,
                    const char    *entity,
                    const OfcUuid *entity_id,
                    const char    *operation,
                    OfcChangeSet  *changes,
                    GError       **error)
{
  return ofc_journal_append_child (database, entity, entity_id, entity, entity_id, operation,
                                   changes, error);
}

/*
 * Reading
 */

static char *
format_time (gint64 us)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (us == 0)
    return NULL;
  utc = g_date_time_new_from_unix_utc (us / G_USEC_PER_SEC);
  local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  return local != NULL ? g_date_time_format (local, "%x %H:%M") : NULL;
}

/* column @column of the change row, formatted for display according to @type */
static char *
format_value (OfcStatement *statement,
              int           column,
              const char   *type,
              const char   *currency)
{
  if (ofc_statement_is_null (statement, column))
    return NULL;
  if (g_strcmp0 (type, "bool") == 0)
    return g_strdup (ofc_statement_get_bool (statement, column) ? _("yes") : _("no"));
  if (g_strcmp0 (type, "money") == 0)
    return ofc_money_format (ofc_money_init (ofc_statement_get_int64 (statement, column),
                                             currency),
                             NULL, OFC_MONEY_FORMAT_SYMBOL);
  if (g_strcmp0 (type, "time") == 0)
    return format_time (ofc_statement_get_int64 (statement, column));
  return ofc_statement_dup_text (statement, column);
}

static OfcJournalEntry *
entry_from_row (OfcStatement *statement)
{
  OfcUuid entity_id;

  ofc_statement_get_uuid (statement, 5, &entity_id);
  return ofc_journal_entry_new (ofc_statement_get_int64 (statement, 1),
                                ofc_statement_get_text (statement, 2),
                                ofc_statement_get_text (statement, 3),
                                ofc_statement_get_text (statement, 4), &entity_id,
                                ofc_statement_get_text (statement, 6));
}

static void
add_change_from_row (OfcJournalEntry *entry,
                     OfcStatement    *statement)
{
  const char *field = ofc_statement_get_text (statement, 7);
  const char *type = ofc_statement_get_text (statement, 8);
  const char *currency = ofc_statement_get_text (statement, 11);
  g_autofree char *old_text = format_value (statement, 9, type, currency);
  g_autofree char *new_text = format_value (statement, 10, type, currency);

  ofc_journal_entry_add_change (
    entry, ofc_field_change_new (field,
                                 ofc_journal_get_field_label (ofc_journal_entry_get_entity (entry),
                                                              field),
                                 old_text, new_text));
}

/**
 * ofc_journal_list:
 * @root_id: the record whose history to read
 *
 * Returns: (transfer full) (nullable): a list of #OfcJournalEntry, oldest first
 */
GListModel *
ofc_journal_list (OfcDatabase   *database,
                  const OfcUuid *root_id,
                  GError       **error)
{
  g_autoptr(GListStore) entries = g_list_store_new (OFC_TYPE_JOURNAL_ENTRY);
  g_autoptr(OfcStatement) statement = NULL;
  g_autoptr(OfcJournalEntry) current = NULL;
  gint64 current_seq = -1;
  GError *local = NULL;

  statement = ofc_database_prepare (
    database,
    "SELECT j.seq, j.at, j.user_name, j.device_name, j.entity, j.entity_id, j.operation,"
    " c.key, json_extract(c.value, '$.t'), json_extract(c.value, '$.o'),"
    " json_extract(c.value, '$.n'), json_extract(c.value, '$.c')"
    " FROM journal AS j LEFT JOIN json_each(j.changes) AS c"
    " WHERE j.root_id = ?1 ORDER BY j.seq, c.id",
    error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, root_id);
  while (ofc_statement_step (statement, &local))
    {
      if (ofc_statement_get_int64 (statement, 0) != current_seq)
        {
          if (current != NULL)
            g_list_store_append (entries, current);
          g_clear_object (&current);
          current = entry_from_row (statement);
          current_seq = ofc_statement_get_int64 (statement, 0);
        }
      if (!ofc_statement_is_null (statement, 7))
        add_change_from_row (current, statement);
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  if (current != NULL)
    g_list_store_append (entries, current);
  return G_LIST_MODEL (g_steal_pointer (&entries));
}
