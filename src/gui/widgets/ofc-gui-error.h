/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Showing runtime errors and messages to the person at the counter: a toast in the nearest
 * toast overlay (the main window's or a dialog's own), details in the log, cancellations
 * never shown; and asking whether to reload what someone else saved meanwhile.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void ofc_gui_show_error   (GtkWidget    *widget,
                           const GError *error);
void ofc_gui_show_message (GtkWidget    *widget,
                           const char   *message);
void ofc_gui_add_toast    (GtkWidget    *widget,
                           AdwToast     *toast);

AdwMessageDialog *ofc_gui_ask_reload (GtkWindow    *editor,
                                      const char   *heading,
                                      const char   *explanation,
                                      const GError *error,
                                      GCallback     on_reload);

G_END_DECLS
