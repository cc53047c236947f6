/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderForm: the fields of a repair order that are filled at intake — client, device,
 * malfunction, appearance, completeness, notes, estimate, urgency, deadline, manager,
 * executor, type, location — shared by the intake window and the order window.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_FORM (ofc_order_form_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderForm, ofc_order_form, OFC, ORDER_FORM, AdwBin)

void       ofc_order_form_set_context      (OfcOrderForm    *self,
                                            OfcContext      *context,
                                            OfcClientStore  *store);
void       ofc_order_form_load             (OfcOrderForm    *self,
                                            OfcOrder        *order);
gboolean   ofc_order_form_save             (OfcOrderForm    *self,
                                            OfcOrder        *order,
                                            const OfcUuid   *status_id,
                                            GError         **error) G_GNUC_WARN_UNUSED_RESULT;
GtkWidget *ofc_order_form_get_field_widget (OfcOrderForm    *self,
                                            const char      *field);
void       ofc_order_form_focus_first      (OfcOrderForm    *self);

G_END_DECLS
