/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintButton: a "Print" menu button for any page that shows orders or a client. Each
 * item queues a document on its default printer through ofc_print_jobs_enqueue() and says
 * where it went ("Sent to “Labels”") or why it could not (with a button to the printer
 * settings); the A4 items open GTK's print dialog instead.
 *
 * The items are the actions of a "print" action group: "print.sticker",
 * "print.intake-receipt", "print.act" (orders), "print.card" (a client), and
 * "print.dialog-intake-receipt", "print.dialog-act" (GTK's print dialog). An action is
 * enabled only when the button has subjects it applies to, and the menu hides the others.
 *
 * Wiring it into a page:
 *
 *   // the order page: one order
 *   self->print_button = ofc_print_button_new (context);
 *   adw_header_bar_pack_end (header_bar, GTK_WIDGET (self->print_button));
 *   g_autoptr (GPtrArray) ids = g_ptr_array_new ();
 *   g_ptr_array_add (ids, (gpointer) ofc_order_get_id (order));
 *   ofc_print_button_set_orders (self->print_button, ids); // again whenever the order changes
 *
 *   // the orders list: the selected orders, their stickers in one job
 *   // (on the selection's "selection-changed": collect the selected orders' ids the same way)
 *
 *   // Ctrl+P anywhere on the page: share the button's actions with the page
 *   gtk_widget_insert_action_group (GTK_WIDGET (self), "print",
 *                                   ofc_print_button_get_action_group (self->print_button));
 *   // and in the page's .ui, a GtkShortcutController (scope "managed") with
 *   //   <property name="trigger">&lt;Control&gt;p</property>
 *   //   <property name="action">action(print.sticker)</property>
 *
 * The client editor has one for the discount card (ofc_print_button_set_client()).
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_PRINT_BUTTON (ofc_print_button_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintButton, ofc_print_button, OFC, PRINT_BUTTON, AdwBin)

OfcPrintButton *ofc_print_button_new (OfcContext *context);
void ofc_print_button_set_orders (OfcPrintButton *self, GPtrArray *order_ids);
void ofc_print_button_set_client (OfcPrintButton *self, const OfcUuid *client_id);
GActionGroup *ofc_print_button_get_action_group (OfcPrintButton *self);
OfcPrintJob *ofc_print_button_print (OfcPrintButton *self, OfcPrintJobKind kind);

G_END_DECLS
