/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Showing runtime errors to the person at the counter: a toast with the translated message
 * through the window's win.toast action, details in the log, cancellations never shown.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ofc_gui_show_error   (GtkWidget    *widget,
                           const GError *error);
void ofc_gui_show_message (GtkWidget    *widget,
                           const char   *message);

G_END_DECLS
