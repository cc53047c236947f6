/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReferenceRow: the row only asks ("archive", "restore"); the panel decides what that
 * means for its kind of row, and rebuilds the list once the store has done it.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-reference-row.h"

struct _OfcReferenceRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkButton *archive_button;
  GtkLabel *archived_label;
  GtkButton *restore_button;
  GtkBox *suffix_box;

  /* Owned references */
  GObject *item;
};

G_DEFINE_FINAL_TYPE (OfcReferenceRow, ofc_reference_row, ADW_TYPE_ACTION_ROW)

enum
{
  ARCHIVE,
  RESTORE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_archive_clicked_cb (OfcReferenceRow *self)
{
  g_signal_emit (self, signals[ARCHIVE], 0);
}

static void
on_restore_clicked_cb (OfcReferenceRow *self)
{
  g_signal_emit (self, signals[RESTORE], 0);
}

static void
ofc_reference_row_dispose (GObject *object)
{
  g_clear_object (&OFC_REFERENCE_ROW (object)->item);

  G_OBJECT_CLASS (ofc_reference_row_parent_class)->dispose (object);
}

static void
ofc_reference_row_class_init (OfcReferenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_reference_row_dispose;

  /**
   * OfcReferenceRow::archive:
   *
   * The archive button was pressed.
   */
  signals[ARCHIVE] = g_signal_new ("archive", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /**
   * OfcReferenceRow::restore:
   *
   * The restore button of an archived row was pressed.
   */
  signals[RESTORE] = g_signal_new ("restore", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-reference-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcReferenceRow, archive_button);
  gtk_widget_class_bind_template_child (widget_class, OfcReferenceRow, archived_label);
  gtk_widget_class_bind_template_child (widget_class, OfcReferenceRow, restore_button);
  gtk_widget_class_bind_template_child (widget_class, OfcReferenceRow, suffix_box);
  gtk_widget_class_bind_template_callback (widget_class, on_archive_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_restore_clicked_cb);
}

static void
ofc_reference_row_init (OfcReferenceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ofc_reference_row_new:
 * @item: the row shown: an object with "name" and "archived" properties
 * @archived_tag: what an archived row is called beside its name, e.g. "Archived"
 */
OfcReferenceRow *
ofc_reference_row_new (GObject *item, const char *archived_tag)
{
  OfcReferenceRow *self = g_object_new (OFC_TYPE_REFERENCE_ROW, NULL);
  g_autofree char *name = NULL;
  gboolean archived = FALSE;

  self->item = g_object_ref (item);
  g_object_get (item, "name", &name, "archived", &archived, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
  gtk_label_set_text (self->archived_label, archived_tag);
  gtk_widget_set_visible (GTK_WIDGET (self->archived_label), archived);
  gtk_widget_set_visible (GTK_WIDGET (self->archive_button), !archived);
  gtk_widget_set_visible (GTK_WIDGET (self->restore_button), archived);
  if (archived)
    gtk_widget_add_css_class (GTK_WIDGET (self), "dim-label");
  return self;
}

/**
 * ofc_reference_row_get_item:
 *
 * Returns: (transfer none): the row shown
 */
GObject *
ofc_reference_row_get_item (OfcReferenceRow *self)
{
  g_return_val_if_fail (OFC_IS_REFERENCE_ROW (self), NULL);
  return self->item;
}

/* adds @widget at the row's end, before its archive or restore button */
void
ofc_reference_row_add_suffix (OfcReferenceRow *self, GtkWidget *widget)
{
  g_return_if_fail (OFC_IS_REFERENCE_ROW (self));

  gtk_box_append (self->suffix_box, widget);
}
