/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The pieces of a row of change history from the journal, shared by the client's and the
 * order's history: wrapped, selectable labels, and the "when · who" byline.
 */
#pragma once

#include <gtk/gtk.h>
#include <ofc-core.h>

G_BEGIN_DECLS

GtkWidget *ofc_history_label_new  (const char      *text,
                                   const char      *css_class);
GtkWidget *ofc_history_byline_new (OfcJournalEntry *entry);

G_END_DECLS
