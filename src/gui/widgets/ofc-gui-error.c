/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Error and message toasts for any widget inside an OfcWindow.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <gio/gio.h>

#include "ofc-gui-error.h"

/**
 * ofc_gui_show_message:
 * @widget: any widget inside the main window
 * @message: translated text
 */
void
ofc_gui_show_message (GtkWidget  *widget,
                      const char *message)
{
  if (!gtk_widget_activate_action (widget, "win.toast", "s", message))
    g_message ("%s", message);
}

/**
 * ofc_gui_show_error:
 * @widget: any widget inside the main window
 * @error: (nullable): the failure; %G_IO_ERROR_CANCELLED is ignored
 */
void
ofc_gui_show_error (GtkWidget    *widget,
                    const GError *error)
{
  if (error == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  ofc_gui_show_message (widget, error->message);
}
