/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientHistory: the client's journal entries, newest first, one row each: what was
 * done, when (local time) and by whom, then every change as "Label: old → new". The
 * journal formats the values; this only lays them out.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-client-history.h"
#include "ofc-history-row.h"

struct _OfcClientHistory
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkListBox *list;
  GtkStack *stack;
};

G_DEFINE_FINAL_TYPE (OfcClientHistory, ofc_client_history, ADW_TYPE_BIN)

/*
 * Auxiliary methods
 */

/* "Edited" on the left, "3 March 2026, 14:05 · Anna" on the right */
static GtkWidget *
make_heading (OfcJournalEntry *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  gtk_box_append (GTK_BOX (box),
                  ofc_history_label_new (ofc_journal_get_operation_label (
                                             ofc_journal_entry_get_operation (entry)),
                                         "heading"));
  gtk_box_append (GTK_BOX (box), ofc_history_byline_new (entry));
  return box;
}

static GtkWidget *
make_row (OfcJournalEntry *entry)
{
  g_autofree char *summary = ofc_journal_entry_dup_summary (entry);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), make_heading (entry));
  if (*summary != '\0')
    gtk_box_append (GTK_BOX (box), ofc_history_label_new (summary, NULL));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
clear (OfcClientHistory *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

/*
 * GObject overrides
 */

static void
ofc_client_history_class_init (OfcClientHistoryClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/clients/ofc-client-history.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcClientHistory, list);
  gtk_widget_class_bind_template_child (widget_class, OfcClientHistory, stack);
}

static void
ofc_client_history_init (OfcClientHistory *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_client_history_load:
 * @client_id: (nullable): the client; %NULL for one not saved yet
 *
 * Reads the client's journal again and shows it, newest first.
 *
 * Returns: %FALSE with @error set when the journal cannot be read; the list is then empty
 */
gboolean
ofc_client_history_load (OfcClientHistory *self,
                         OfcDatabase *database,
                         const OfcUuid *client_id,
                         GError **error)
{
  g_autoptr (GListModel) entries = NULL;
  guint n;

  g_return_val_if_fail (OFC_IS_CLIENT_HISTORY (self), FALSE);
  g_return_val_if_fail (OFC_IS_DATABASE (database), FALSE);

  clear (self);
  gtk_stack_set_visible_child_name (self->stack, "empty");
  if (client_id == NULL || ofc_uuid_is_nil (client_id))
    return TRUE;
  entries = ofc_journal_list (database, client_id, error);
  if (entries == NULL)
    return FALSE;
  n = g_list_model_get_n_items (entries);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr (OfcJournalEntry) entry = g_list_model_get_item (entries, i - 1);

      gtk_list_box_append (self->list, make_row (entry));
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "entries" : "empty");
  return TRUE;
}
