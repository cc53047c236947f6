/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderHistory: the order's journal (its own entries and its works', comments' and
 * files'), one row each, newest first. The heading says what happened in words a counter
 * worker uses ("Work added", "Status changed"); status changes carry a coloured mark so
 * the order's path stands out; the journal formats the values "old → new", this only
 * lays them out.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-history-row.h"
#include "ofc-order-history.h"

struct _OfcOrderHistory
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (OfcOrderHistory, ofc_order_history, ADW_TYPE_BIN)

typedef struct
{
  const char *entity;
  const char *operation;
  const char *heading; /* N_() */
} Heading;

static const Heading headings[] = {
  { "order", "create", N_ ("Taken in") },
  { "order", "update", N_ ("Edited") },
  { "order", "status", N_ ("Status changed") },
  { "order_work", "create", N_ ("Work added") },
  { "order_work", "update", N_ ("Work changed") },
  { "order_work", "remove", N_ ("Work removed") },
  { "order_comment", "comment", N_ ("Comment") },
  { "order_attachment", "attach", N_ ("File attached") },
  { "order_attachment", "remove", N_ ("File removed") },
};

/*
 * Auxiliary methods
 */

static const char *
heading_of (OfcJournalEntry *entry)
{
  const char *entity = ofc_journal_entry_get_entity (entry);
  const char *operation = ofc_journal_entry_get_operation (entry);

  for (gsize i = 0; i < G_N_ELEMENTS (headings); i++)
    if (g_strcmp0 (headings[i].entity, entity) == 0 &&
        g_strcmp0 (headings[i].operation, operation) == 0)
      return _ (headings[i].heading);
  return ofc_journal_get_operation_label (operation);
}

/* "Status changed" on the left, "Mar 3, 2026, 14:05 · Anna" on the right */
static GtkWidget *
make_heading (OfcJournalEntry *entry)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *mark = gtk_image_new_from_icon_name ("media-record-symbolic");

  gtk_widget_add_css_class (mark, "ofc-history-mark");
  if (g_strcmp0 (ofc_journal_entry_get_operation (entry), "status") == 0)
    gtk_widget_add_css_class (mark, "accent");
  else
    gtk_widget_add_css_class (mark, "dim-label");
  gtk_box_append (GTK_BOX (box), mark);
  gtk_box_append (GTK_BOX (box), ofc_history_label_new (heading_of (entry), "heading"));
  gtk_box_append (GTK_BOX (box), ofc_history_byline_new (entry));
  return box;
}

static GtkWidget *
make_row (OfcJournalEntry *entry)
{
  g_autofree char *summary = ofc_journal_entry_dup_summary (entry);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *text;

  g_object_set (box, "margin-top", 10, "margin-bottom", 10, "margin-start", 12, "margin-end", 12,
                NULL);
  gtk_box_append (GTK_BOX (box), make_heading (entry));
  if (*summary != '\0')
    {
      text = ofc_history_label_new (summary, NULL);
      gtk_widget_set_margin_start (text, 28);
      gtk_box_append (GTK_BOX (box), text);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/*
 * GObject overrides
 */

static void
ofc_order_history_class_init (OfcOrderHistoryClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-history.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderHistory, list);
}

static void
ofc_order_history_init (OfcOrderHistory *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_order_history_load:
 *
 * Reads the order's journal again and shows it, newest first.
 *
 * Returns: %FALSE with @error set when the journal cannot be read; the list is then empty
 */
gboolean
ofc_order_history_load (OfcOrderHistory *self, OfcContext *context, OfcOrder *order, GError **error)
{
  g_autoptr (GListModel) entries = NULL;
  GtkListBoxRow *row;

  g_return_val_if_fail (OFC_IS_ORDER_HISTORY (self), FALSE);

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  entries = ofc_order_list_history (context, order, error);
  if (entries == NULL)
    return FALSE;
  for (guint i = g_list_model_get_n_items (entries); i > 0; i--)
    {
      g_autoptr (OfcJournalEntry) entry = g_list_model_get_item (entries, i - 1);

      gtk_list_box_append (self->list, make_row (entry));
    }
  return TRUE;
}
