/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcJournalEntry: an immutable, display-ready journal entry for history lists.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-journal-entry.h"

struct _OfcJournalEntry
{
  GObject parent_instance;

  gint64 at;
  char *user_name;
  char *device_name;
  char *entity;
  OfcUuid entity_id;
  char *operation;
  GPtrArray *changes; /* OfcFieldChange */
};

G_DEFINE_FINAL_TYPE (OfcJournalEntry, ofc_journal_entry, G_TYPE_OBJECT)

OfcFieldChange *
ofc_field_change_new (const char *field,
                      const char *label,
                      const char *old_text,
                      const char *new_text)
{
  OfcFieldChange *change = g_new0 (OfcFieldChange, 1);

  change->field = g_strdup (field);
  change->label = g_strdup (label);
  change->old_text = g_strdup (old_text);
  change->new_text = g_strdup (new_text);
  return change;
}

void
ofc_field_change_free (OfcFieldChange *change)
{
  if (change == NULL)
    return;
  g_free (change->field);
  g_free (change->label);
  g_free (change->old_text);
  g_free (change->new_text);
  g_free (change);
}

static void
ofc_journal_entry_finalize (GObject *object)
{
  OfcJournalEntry *self = (OfcJournalEntry *) object;

  g_free (self->user_name);
  g_free (self->device_name);
  g_free (self->entity);
  g_free (self->operation);
  g_ptr_array_unref (self->changes);

  G_OBJECT_CLASS (ofc_journal_entry_parent_class)->finalize (object);
}

static void
ofc_journal_entry_class_init (OfcJournalEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_journal_entry_finalize;
}

static void
ofc_journal_entry_init (OfcJournalEntry *self)
{
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ofc_field_change_free);
}

OfcJournalEntry *
ofc_journal_entry_new (gint64         at,
                       const char    *user_name,
                       const char    *device_name,
                       const char    *entity,
                       const OfcUuid *entity_id,
                       const char    *operation)
{
  OfcJournalEntry *self = g_object_new (OFC_TYPE_JOURNAL_ENTRY, NULL);

  self->at = at;
  self->user_name = g_strdup (user_name);
  self->device_name = g_strdup (device_name);
  self->entity = g_strdup (entity);
  self->entity_id = *entity_id;
  self->operation = g_strdup (operation);
  return self;
}

/* takes ownership of @change */
void
ofc_journal_entry_add_change (OfcJournalEntry *self,
                              OfcFieldChange  *change)
{
  g_ptr_array_add (self->changes, change);
}

gint64
ofc_journal_entry_get_at (OfcJournalEntry *self)
{
  return self->at;
}

const char *
ofc_journal_entry_get_user_name (OfcJournalEntry *self)
{
  return self->user_name;
}

const char *
ofc_journal_entry_get_device_name (OfcJournalEntry *self)
{
  return self->device_name;
}

const char *
ofc_journal_entry_get_entity (OfcJournalEntry *self)
{
  return self->entity;
}

const OfcUuid *
ofc_journal_entry_get_entity_id (OfcJournalEntry *self)
{
  return &self->entity_id;
}

const char *
ofc_journal_entry_get_operation (OfcJournalEntry *self)
{
  return self->operation;
}

/**
 * ofc_journal_entry_get_changes:
 *
 * Returns: (transfer none) (element-type OfcFieldChange): the changed fields
 */
GPtrArray *
ofc_journal_entry_get_changes (OfcJournalEntry *self)
{
  return self->changes;
}

/**
 * ofc_journal_entry_dup_summary:
 *
 * Returns: (transfer full): one line per change, "Label: old → new"
 */
char *
ofc_journal_entry_dup_summary (OfcJournalEntry *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      OfcFieldChange *change = g_ptr_array_index (self->changes, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      if (change->old_text == NULL || *change->old_text == '\0')
        g_string_append_printf (out, "%s: %s", change->label,
                                change->new_text != NULL ? change->new_text : "—");
      else
        g_string_append_printf (out, "%s: %s → %s", change->label, change->old_text,
                                change->new_text != NULL ? change->new_text : "—");
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
