/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-format.h"
#include "ofc-history-row.h"

/**
 * ofc_history_label_new:
 * @css_class: (nullable): a style class, e.g. "heading"
 *
 * Returns: (transfer floating): a left-aligned label that wraps long values anywhere and
 *   can be selected, so an old value can be copied back
 */
GtkWidget *
ofc_history_label_new (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * ofc_history_byline_new:
 *
 * Returns: (transfer floating): "Mar 3, 2026, 14:05 · Anna", dimmed, taking the rest of
 *   the heading's width and aligned to its end
 */
GtkWidget *
ofc_history_byline_new (OfcJournalEntry *entry)
{
  g_autofree char *when = ofc_gui_format_date_time (ofc_journal_entry_get_at (entry));
  const char *who = ofc_journal_entry_get_user_name (entry);
  g_autofree char *byline = NULL;
  GtkWidget *label;

  /* TRANSLATORS: when a change was made and who made it, e.g. "Mar 3, 2026, 14:05 · Anna" */
  byline = who != NULL && *who != '\0' ? g_strdup_printf (_ ("%s · %s"), when, who)
                                       : g_steal_pointer (&when);
  label = ofc_history_label_new (byline, "dim-label");
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  return label;
}
