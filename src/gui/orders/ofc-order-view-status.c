/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderView's status menu. It offers only the statuses the current one allows next
 * (ofc_order_status_list_next()), each as its coloured chip, so a refused transition is
 * never a choice. Moving to a closing status asks for the verdict first, since the store
 * refuses to close an order without one; the verdict typed there goes into the order's
 * verdict field and is saved with the move, together with any other pending edits.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-order-view-private.h"

#define STATUS_KEY "ofc-status"

/*
 * Auxiliary methods
 */

static void
clear_statuses (OfcOrderView *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->status_list, 0)) != NULL)
    gtk_list_box_remove (self->status_list, GTK_WIDGET (row));
}

static GtkWidget *
make_status_row (OfcOrderStatus *status)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *chip = ofc_status_chip_new ();
  const char *code = ofc_order_status_get_code (status);

  ofc_status_chip_set_status (OFC_STATUS_CHIP (chip), ofc_order_status_get_name (status),
                              ofc_order_status_get_color (status));
  g_object_set (chip, "margin-top", 4, "margin-bottom", 4, NULL);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), chip);
  /* tests and scripts find a row by the status's code, or its name for the shop's own */
  gtk_widget_set_name (row, *code != '\0' ? code : ofc_order_status_get_name (status));
  g_object_set_data_full (G_OBJECT (row), STATUS_KEY, g_object_ref (status), g_object_unref);
  return row;
}

static void
move_to (OfcOrderView *self, OfcOrderStatus *status)
{
  g_autofree char *message = NULL;

  if (!_ofc_order_view_store (self, ofc_order_status_get_id (status)))
    return;
  message = g_strdup_printf (_ ("Moved to “%s”"), ofc_order_status_get_name (status));
  ofc_gui_show_message (GTK_WIDGET (self->stack), message);
}

/*
 * The verdict, asked when an order closes
 */

static void
on_verdict_changed_cb (GtkEditable *entry, AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "close",
                                           !ofc_text_is_blank (gtk_editable_get_text (entry)));
}

static void
on_verdict_response_cb (AdwMessageDialog *dialog, const char *response, OfcOrderView *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  OfcOrderStatus *status = g_object_get_data (G_OBJECT (dialog), STATUS_KEY);

  if (g_strcmp0 (response, "close") != 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->verdict_row), gtk_editable_get_text (entry));
  move_to (self, status);
}

static GtkWidget *
make_verdict_entry (OfcOrderView *self)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, "verdict-entry");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _ ("What was found and what was done"));
  gtk_editable_set_text (GTK_EDITABLE (entry),
                         gtk_editable_get_text (GTK_EDITABLE (self->verdict_row)));
  return entry;
}

static void
ask_verdict (OfcOrderView *self, OfcOrderStatus *status)
{
  g_autofree char *body = g_strdup_printf (
      _ ("“%s” closes the order. Write the verdict for the client: what was found and what was "
         "done."),
      ofc_order_status_get_name (status));
  AdwMessageDialog *dialog =
      ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _ ("Close the Order?"), body));
  GtkWidget *entry = make_verdict_entry (self);

  gtk_widget_set_name (GTK_WIDGET (dialog), "verdict-dialog");
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog, "cancel", _ ("_Cancel"), "close", _ ("C_lose Order"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), STATUS_KEY, g_object_ref (status), g_object_unref);
  g_signal_connect (entry, "changed", G_CALLBACK (on_verdict_changed_cb), dialog);
  on_verdict_changed_cb (GTK_EDITABLE (entry), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_verdict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

/*
 * Callbacks
 */

static void
on_status_popover_show_cb (OfcOrderView *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderStatus) current = NULL;
  g_autoptr (GListModel) next = NULL;

  clear_statuses (self);
  current = ofc_order_status_load (self->context, ofc_order_get_status_id (self->order), &error);
  if (current != NULL)
    next = ofc_order_status_list_next (self->context, current, &error);
  if (next == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self->stack), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (next); i++)
    {
      g_autoptr (OfcOrderStatus) status = g_list_model_get_item (next, i);

      gtk_list_box_append (self->status_list, make_status_row (status));
    }
}

static gboolean
focus_first_status_cb (gpointer data)
{
  g_autoptr (OfcOrderView) self = data;
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->status_list, 0);

  if (first != NULL && gtk_widget_get_mapped (GTK_WIDGET (self->status_popover)))
    gtk_widget_grab_focus (GTK_WIDGET (first));
  return G_SOURCE_REMOVE;
}

/* opened from the keyboard (Ctrl+T) or not, the arrows and Enter work at once; the
 * popover takes the keyboard only once it is on screen */
static void
on_status_popover_map_cb (OfcOrderView *self)
{
  g_idle_add (focus_first_status_cb, g_object_ref (self));
}

static void
on_status_row_activated_cb (OfcOrderView *self, GtkListBoxRow *row)
{
  OfcOrderStatus *status = g_object_get_data (G_OBJECT (row), STATUS_KEY);

  gtk_popover_popdown (self->status_popover);
  if (ofc_status_group_is_closed (ofc_order_status_get_group (status)))
    ask_verdict (self, status);
  else
    move_to (self, status);
}

/**
 * _ofc_order_view_bind_status:
 *
 * Binds the status menu's handlers named in ofc-order-view.ui.
 */
void
_ofc_order_view_bind_status (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_status_popover_map_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_row_activated_cb);
}
