/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * GUI test support: a real GTK window under Xvfb, real key presses through XTest
 * (xdotool), a capped wait for the main loop, and finding widgets by name.
 */
#pragma once

#include <adwaita.h>

#include "ofc-test.h"

G_BEGIN_DECLS

typedef gboolean (*OfcGuiTestCondition) (gpointer data);

gboolean    ofc_gui_test_init          (void);
OfcContext *ofc_gui_test_context_new   (const char          *folder);
OfcContext *ofc_gui_test_context_new_first_start (const char *folder);
void        ofc_gui_test_iterate       (guint                milliseconds);
gboolean    ofc_gui_test_wait_until    (OfcGuiTestCondition  condition,
                                        gpointer             data,
                                        guint                timeout_ms);
GtkWidget  *ofc_gui_test_find          (GtkWidget           *root,
                                        const char          *name);
GtkWidget  *ofc_gui_test_find_type     (GtkWidget           *root,
                                        GType                type);
void        ofc_gui_test_present       (GtkWindow           *window);
void        ofc_gui_test_type          (const char          *text);
void        ofc_gui_test_keys          (const char          *keys);
GtkWidget  *ofc_gui_test_get_focus     (GtkWindow           *window);
void        ofc_gui_test_type_paced    (const char          *text,
                                        guint                delay_ms);
GtkWidget  *ofc_gui_test_find_label    (GtkWidget           *root,
                                        const char          *text);

G_END_DECLS
