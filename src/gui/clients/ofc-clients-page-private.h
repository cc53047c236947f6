/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of OfcClientsPage share: the instance struct, and the cells of the client
 * list (ofc-clients-page-cells.c).
 */
#pragma once

#include "ofc-clients-page.h"
#include "ofc-list-selection.h"

G_BEGIN_DECLS

struct _OfcClientsPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkToggleButton *archived_toggle;
  GtkStack *content_stack;
  GtkColumnViewColumn *created_column;
  GtkButton *more_button;
  GtkColumnViewColumn *name_column;
  AdwStatusPage *no_matches_page;
  GMenuModel *row_menu;
  GtkScrolledWindow *scrolled_window;
  GtkSearchEntry *search_entry;
  OfcListSelection *selection;
  GtkLabel *status_label;
  GtkColumnViewColumn *updated_column;
  GtkColumnView *view;

  /* Owned references */
  OfcContext *context;
  OfcClientStore *store;
  OfcClientList *list;
  GtkWidget *row_popover;
  char *browse_sort_key; /* the order chosen before a search switched to newest first */

  gboolean browse_sort_descending;
  gboolean searching;
  guint load_more_source;
};

void _ofc_clients_page_add_row_menu_gesture (OfcClientsPage *self,
                                             GtkWidget      *view);
void _ofc_clients_page_bind_cells   (GtkWidgetClass *widget_class);
void _ofc_clients_page_popup_menu   (OfcClientsPage *self,
                                     GtkWidget      *widget,
                                     double          x,
                                     double          y);

G_END_DECLS
