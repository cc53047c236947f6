/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcRemoveDialog: the responses depend on the count, so they are added here rather than
 * in the template. Moving is the default when orders use the row: it is why a manager
 * removes one, and nothing is lost (every moved order's history says where it came from).
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-remove-dialog.h"

struct _OfcRemoveDialog
{
  AdwMessageDialog parent_instance;

  /* Template widgets */
  GtkListBox *replacement_list;
  AdwComboRow *replacement_row;

  /* Owned references */
  GObject *item;
};

G_DEFINE_FINAL_TYPE (OfcRemoveDialog, ofc_remove_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
ofc_remove_dialog_dispose (GObject *object)
{
  g_clear_object (&OFC_REMOVE_DIALOG (object)->item);

  G_OBJECT_CLASS (ofc_remove_dialog_parent_class)->dispose (object);
}

/* where the orders go is the question the dialog asks first */
static void
ofc_remove_dialog_map (GtkWidget *widget)
{
  OfcRemoveDialog *self = OFC_REMOVE_DIALOG (widget);

  GTK_WIDGET_CLASS (ofc_remove_dialog_parent_class)->map (widget);

  if (gtk_widget_get_visible (GTK_WIDGET (self->replacement_list)))
    gtk_widget_grab_focus (GTK_WIDGET (self->replacement_row));
}

static void
ofc_remove_dialog_class_init (OfcRemoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_remove_dialog_dispose;
  widget_class->map = ofc_remove_dialog_map;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-remove-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcRemoveDialog, replacement_list);
  gtk_widget_class_bind_template_child (widget_class, OfcRemoveDialog, replacement_row);
}

static void
ofc_remove_dialog_init (OfcRemoveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_body (OfcRemoveDialog *self, const char *name, gint64 n_orders)
{
  g_autofree char *body = NULL;

  if (n_orders > 0)
    body = g_strdup_printf (ngettext ("“%s” is used by %u order. Archive it: the order keeps it, "
                                      "but it is offered no more. Or move the order to another "
                                      "one and delete it.",
                                      "“%s” is used by %u orders. Archive it: the orders keep it, "
                                      "but it is offered no more. Or move the orders to another "
                                      "one and delete it.",
                                      (gulong) n_orders),
                            name, (guint) n_orders);
  else
    body = g_strdup_printf (
        _ ("No order uses “%s”. Delete it for good, or archive it to keep it out of sight."), name);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);
}

static void
add_responses (OfcRemoveDialog *self, gint64 n_orders, gboolean can_move)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (self);

  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "archive", _ ("_Archive"),
                                    NULL);
  adw_message_dialog_set_close_response (dialog, "cancel");
  if (n_orders == 0)
    {
      adw_message_dialog_add_response (dialog, "delete", _ ("_Delete"));
      adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "archive");
      return;
    }
  adw_message_dialog_add_response (dialog, "move", _ ("_Move Orders and Delete"));
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "move", can_move);
  adw_message_dialog_set_default_response (dialog, can_move ? "move" : "archive");
}

/* the active rows of @candidates other than @item: where its orders may move */
static GListModel *
list_replacements (GObject *item, GListModel *candidates)
{
  GListStore *replacements = g_list_store_new (G_OBJECT_TYPE (item));
  g_autofree char *id = NULL;

  g_object_get (item, "id", &id, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (candidates); i++)
    {
      g_autoptr (GObject) other = g_list_model_get_item (candidates, i);
      g_autofree char *other_id = NULL;
      gboolean archived;

      g_object_get (other, "id", &other_id, "archived", &archived, NULL);
      if (!archived && g_strcmp0 (id, other_id) != 0)
        g_list_store_append (replacements, other);
    }
  return G_LIST_MODEL (replacements);
}

/**
 * ofc_remove_dialog_new:
 * @item: the row being removed: an object with "id", "name" and "archived" properties
 * @n_orders: how many orders use it
 * @candidates: rows of the same kind; the active ones other than @item are offered
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
OfcRemoveDialog *
ofc_remove_dialog_new (GtkWindow *parent, GObject *item, gint64 n_orders, GListModel *candidates)
{
  OfcRemoveDialog *self = g_object_new (OFC_TYPE_REMOVE_DIALOG, "transient-for", parent, NULL);
  g_autoptr (GListModel) replacements = list_replacements (item, candidates);
  gboolean can_move = g_list_model_get_n_items (replacements) > 0;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;

  self->item = g_object_ref (item);
  g_object_get (item, "name", &name, NULL);
  heading = g_strdup_printf (_ ("Remove “%s”?"), name);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  set_body (self, name, n_orders);
  add_responses (self, n_orders, can_move);
  adw_combo_row_set_expression (self->replacement_row,
                                gtk_property_expression_new (G_OBJECT_TYPE (item), NULL, "name"));
  adw_combo_row_set_model (self->replacement_row, replacements);
  gtk_widget_set_visible (GTK_WIDGET (self->replacement_list), n_orders > 0 && can_move);
  return self;
}

/**
 * ofc_remove_dialog_get_item:
 *
 * Returns: (transfer none): the row being removed
 */
GObject *
ofc_remove_dialog_get_item (OfcRemoveDialog *self)
{
  g_return_val_if_fail (OFC_IS_REMOVE_DIALOG (self), NULL);
  return self->item;
}

/**
 * ofc_remove_dialog_get_replacement:
 *
 * Returns: (transfer none) (nullable): the row chosen for the orders to move to
 */
GObject *
ofc_remove_dialog_get_replacement (OfcRemoveDialog *self)
{
  g_return_val_if_fail (OFC_IS_REMOVE_DIALOG (self), NULL);
  return adw_combo_row_get_selected_item (self->replacement_row);
}
