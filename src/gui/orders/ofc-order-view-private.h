/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of OfcOrderView share: the instance struct, saving, and the status menu
 * of ofc-order-view-status.c.
 */
#pragma once

#include "ofc-order-comments.h"
#include "ofc-order-files.h"
#include "ofc-order-form.h"
#include "ofc-order-history.h"
#include "ofc-order-view.h"
#include "ofc-order-works.h"
#include "ofc-print-button.h"
#include "ofc-scan-detector.h"
#include "ofc-status-chip.h"

G_BEGIN_DECLS

struct _OfcOrderView
{
  AdwWindow parent_instance;

  /* Template widgets */
  OfcOrderComments *comments;
  AdwHeaderBar *header_bar;
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  AdwEntryRow *executor_notes_row;
  OfcOrderFiles *files;
  OfcOrderForm *form;
  OfcOrderHistory *history;
  GtkLabel *number_label;
  GtkLabel *overdue_label;
  AdwEntryRow *recommendations_row;
  AdwViewStack *stack;
  GtkMenuButton *status_button;
  OfcStatusChip *status_chip;
  GtkListBox *status_list;
  GtkPopover *status_popover;
  GtkLabel *summary_label;
  AdwViewSwitcherTitle *switcher_title;
  GtkLabel *urgent_label;
  AdwEntryRow *verdict_row;
  OfcOrderWorks *works;

  /* Owned references */
  OfcContext *context;
  OfcClientStore *store;
  OfcOrder *order; /* the working copy the widgets are loaded from and saved into */
  OfcScanDetector *scanner;

  /* Borrowed: a child of the header bar */
  OfcPrintButton *print_button;

  /* Borrowed references */
  GtkWidget *error_widget; /* the row marked by the last refused save */
};

gboolean _ofc_order_view_store       (OfcOrderView   *self,
                                      const OfcUuid  *status_id);
void     _ofc_order_view_bind_status (GtkWidgetClass *widget_class);

G_END_DECLS
