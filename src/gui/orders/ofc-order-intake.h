/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderIntake: taking a device in at the counter — the client found by phone or name
 * (or created on the spot), the device, what is wrong with it, the estimate and the
 * deadline — done from the keyboard alone. Emits "created" with the stored order.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_ORDER_INTAKE (ofc_order_intake_get_type ())
G_DECLARE_FINAL_TYPE (OfcOrderIntake, ofc_order_intake, OFC, ORDER_INTAKE, AdwWindow)

OfcOrderIntake *ofc_order_intake_new  (GtkWindow      *parent,
                                       OfcContext     *context);
gboolean        ofc_order_intake_save (OfcOrderIntake *self);

G_END_DECLS
