/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Error and message toasts for any widget inside an OfcWindow or a dialog with its own
 * AdwToastOverlay, and the question an editor asks when its save met a newer version.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "ofc-gui-error.h"

static GtkWidget *
find_descendant_overlay (GtkWidget *root)
{
  if (ADW_IS_TOAST_OVERLAY (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* the overlay around @widget; for a widget outside it, such as a header bar button, the
 * overlay of its window */
static GtkWidget *
find_overlay (GtkWidget *widget)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (overlay == NULL && root != NULL)
    overlay = find_descendant_overlay (GTK_WIDGET (root));
  return overlay;
}

/**
 * ofc_gui_add_toast:
 * @widget: any widget inside a window with a toast overlay
 * @toast: (transfer full): the toast; its title is Pango markup
 *
 * Shows @toast in the overlay nearest to @widget, so a dialog's messages appear in the
 * dialog and a page's in the main window. Without an overlay the title goes to the log.
 */
void
ofc_gui_add_toast (GtkWidget *widget, AdwToast *toast)
{
  GtkWidget *overlay = find_overlay (widget);

  if (overlay == NULL)
    {
      g_message ("%s", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * ofc_gui_show_message:
 * @widget: any widget inside the main window or a dialog with a toast overlay
 * @message: translated text
 */
void
ofc_gui_show_message (GtkWidget *widget, const char *message)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (find_overlay (widget) == NULL)
    {
      if (!gtk_widget_activate_action (widget, "win.toast", "s", message))
        g_message ("%s", message);
      return;
    }
  /* a toast's title is Pango markup; messages quote names, which may hold "&" or "<" */
  title = g_markup_escape_text (message, -1);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 5);
  ofc_gui_add_toast (widget, toast);
}

/**
 * ofc_gui_show_error:
 * @widget: any widget inside the main window or a dialog with a toast overlay
 * @error: (nullable): the failure; %G_IO_ERROR_CANCELLED is ignored
 */
void
ofc_gui_show_error (GtkWidget *widget, const GError *error)
{
  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  ofc_gui_show_message (widget, error->message);
}

/**
 * ofc_gui_ask_reload:
 * @editor: the window whose save failed with %OFC_ERROR_CONFLICT
 * @heading: translated
 * @explanation: translated: what reloading does, shown after @error's message
 * @on_reload: called on @editor (swapped) when the person chooses to reload
 *
 * Asks whether to reload the version saved now or keep editing: Enter reloads, Escape keeps
 * what was typed.
 *
 * Returns: (transfer none): the dialog, shown
 */
AdwMessageDialog *
ofc_gui_ask_reload (GtkWindow *editor,
                    const char *heading,
                    const char *explanation,
                    const GError *error,
                    GCallback on_reload)
{
  g_autofree char *body = g_strdup_printf ("%s\n\n%s", error->message, explanation);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (editor, heading, body));

  adw_message_dialog_add_responses (dialog, "keep", _ ("_Keep Editing"), "reload", _ ("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "reload");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_signal_connect_object (dialog, "response::reload", on_reload, editor, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
