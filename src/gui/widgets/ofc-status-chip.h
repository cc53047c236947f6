/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcStatusChip: an order status as a rounded chip in the status's own colour, with dark
 * or light text, whichever reads better on it.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OFC_TYPE_STATUS_CHIP (ofc_status_chip_get_type ())
G_DECLARE_FINAL_TYPE (OfcStatusChip, ofc_status_chip, OFC, STATUS_CHIP, GtkWidget)

GtkWidget *ofc_status_chip_new          (void);
void       ofc_status_chip_set_status   (OfcStatusChip *self,
                                         const char    *name,
                                         const char    *color);
void       ofc_status_chip_set_ellipsize (OfcStatusChip *self,
                                          gboolean       ellipsize);

G_END_DECLS
