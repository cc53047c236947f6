/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of OfcOrdersPage share: the instance struct, and the cells of the order
 * list (ofc-orders-page-cells.c).
 */
#pragma once

#include "ofc-list-selection.h"
#include "ofc-order-filter-popover.h"
#include "ofc-orders-page.h"
#include "ofc-print-button.h"

G_BEGIN_DECLS

struct _OfcOrdersPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkLabel *all_label;
  GtkStack *content_stack;
  GtkColumnViewColumn *created_column;
  GtkMenuButton *filter_button;
  GtkLabel *filter_label;
  AdwHeaderBar *header_bar;
  OfcOrderFilterPopover *filter_popover;
  GtkSpinner *loading_spinner;
  AdwStatusPage *no_matches_page;
  GtkToggleButton *overdue_button;
  GtkLabel *overdue_label;
  GtkSearchEntry *search_entry;
  OfcListSelection *selection;
  GtkLabel *status_label;
  GtkToggleButton *urgent_button;
  GtkLabel *urgent_label;
  GtkColumnView *view;

  /* Owned references */
  OfcContext *context;
  OfcOrderList *list;
  OfcOrderFilter *filter; /* what the list shows: fields, search and sort */

  /* Borrowed: a child of the header bar */
  OfcPrintButton *print_button;

  guint counts_source;
  guint counts_timer;
  guint syncing;
};

void _ofc_orders_page_bind_cells (GtkWidgetClass *widget_class);

G_END_DECLS
