/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcWindow: the main window. It only routes: a sidebar of pages, each page a class of its
 * own that receives the OfcContext; toasts; the "database unavailable" state.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_WINDOW (ofc_window_get_type ())
G_DECLARE_FINAL_TYPE (OfcWindow, ofc_window, OFC, WINDOW, AdwApplicationWindow)

OfcWindow  *ofc_window_new              (GtkApplication *application,
                                         OfcContext     *context);
OfcContext *ofc_window_get_context      (OfcWindow      *self);
void        ofc_window_show_unavailable (OfcWindow      *self,
                                         const GError   *error);
void        ofc_window_load_demo        (OfcWindow      *self);
void        ofc_window_show_toast       (OfcWindow      *self,
                                         const char     *message);
gboolean    ofc_window_show_page        (OfcWindow      *self,
                                         const char     *name);
GtkWidget  *ofc_window_get_page         (OfcWindow      *self,
                                         const char     *name);
const char *ofc_window_get_visible_page (OfcWindow      *self);
gboolean    ofc_window_open_code        (OfcWindow      *self,
                                         const char     *code);

G_END_DECLS
