/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReferencePanel: taking rows out of the lists. Archiving says so in a toast with a
 * way back; a row orders use (a status, an order type) is removed only after the remove
 * dialog has said how many orders use it and what may happen to them.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-reference-panel-private.h"
#include "ofc-remove-dialog.h"

/* the row an undo toast brings back */
#define ITEM_KEY "ofc-item"

static char *
dup_name (GObject *item)
{
  char *name = NULL;

  g_object_get (item, "name", &name, NULL);
  return name;
}

void
_ofc_reference_panel_set_archived (OfcReferencePanel *self, GObject *item, gboolean archived)
{
  g_autoptr (GError) error = NULL;

  if (!OFC_REFERENCE_PANEL_GET_CLASS (self)->set_archived (self, item, archived, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
}

static void
on_undo_clicked_cb (OfcReferencePanel *self, AdwToast *toast)
{
  _ofc_reference_panel_set_archived (self, g_object_get_data (G_OBJECT (toast), ITEM_KEY), FALSE);
}

static void
show_toast_with_undo (OfcReferencePanel *self, GObject *item, const char *text)
{
  g_autofree char *title = g_markup_escape_text (text, -1);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), ITEM_KEY, g_object_ref (item), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  ofc_gui_add_toast (GTK_WIDGET (self), toast);
}

static void
show_deleted (OfcReferencePanel *self, GObject *item, GObject *replacement)
{
  g_autofree char *name = dup_name (item);
  g_autofree char *replacement_name = replacement != NULL ? dup_name (replacement) : NULL;
  g_autofree char *text = NULL;

  if (replacement != NULL)
    text = g_strdup_printf (_ ("“%s” deleted; its orders moved to “%s”"), name, replacement_name);
  else
    text = g_strdup_printf (_ ("“%s” deleted"), name);
  ofc_gui_show_message (GTK_WIDGET (self), text);
}

static void
on_remove_response_cb (OfcReferencePanel *self, const char *response, OfcRemoveDialog *dialog)
{
  GObject *item = ofc_remove_dialog_get_item (dialog);
  GObject *replacement = NULL;
  g_autoptr (GError) error = NULL;

  if (g_str_equal (response, "archive"))
    ofc_reference_panel_archive (self, item);
  if (!g_str_equal (response, "move") && !g_str_equal (response, "delete"))
    return;
  if (g_str_equal (response, "move"))
    replacement = ofc_remove_dialog_get_replacement (dialog);
  if (!OFC_REFERENCE_PANEL_GET_CLASS (self)->delete_item (self, item, replacement, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  else
    show_deleted (self, item, replacement);
}

/* removing a row orders use is a choice: the dialog says how many and offers the ways */
static void
ask_remove (OfcReferencePanel *self, GObject *item)
{
  g_autoptr (GError) error = NULL;
  gint64 n_orders = OFC_REFERENCE_PANEL_GET_CLASS (self)->count_orders (self, item, &error);
  OfcRemoveDialog *dialog;

  if (n_orders < 0)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  dialog = ofc_remove_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), item,
                                  n_orders, ofc_reference_panel_get_items (self));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* what the archive button and Delete do */
void
_ofc_reference_panel_remove (OfcReferencePanel *self, GObject *item)
{
  if (OFC_REFERENCE_PANEL_GET_CLASS (self)->count_orders != NULL)
    ask_remove (self, item);
  else
    ofc_reference_panel_archive (self, item);
}

/* archives @item and says so, with a way back */
void
ofc_reference_panel_archive (OfcReferencePanel *self, GObject *item)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (OFC_IS_REFERENCE_PANEL (self));

  if (!OFC_REFERENCE_PANEL_GET_CLASS (self)->set_archived (self, item, TRUE, &error))
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  name = dup_name (item);
  text = g_strdup_printf (_ ("“%s” archived"), name);
  show_toast_with_undo (self, item, text);
}
