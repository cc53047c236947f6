/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintData: what a document prints, read from the database in one go and formatted for
 * people (dates in local time, money with its currency): named text fields, and rows for
 * tables (the works of an act). Templates pick fields by the ids of
 * ofc_print_template_list_fields(); renderers never query the database themselves.
 *
 * Fields of an order: "number", "date", "client-name", "client-phone", "phone-last4",
 * "device", "serial", "malfunction", "appearance", "completeness", "estimate", "deadline",
 * "receiver-notes", "location", "shop-name", "shop-address", "shop-phone", "closed",
 * "verdict", "total", and rows with "name", "quantity", "price", "amount", "warranty".
 * Fields of a client: "client-name", "client-phone", "phone-last4", "card-code",
 * "discount". A field that has no value is "".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "printing/ofc-print-types.h"

G_BEGIN_DECLS

#define OFC_TYPE_PRINT_DATA (ofc_print_data_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintData, ofc_print_data, OFC, PRINT_DATA, GObject)

OfcPrintData *ofc_print_data_new (void);
const char *ofc_print_data_get (OfcPrintData *self, const char *field);
void ofc_print_data_set (OfcPrintData *self, const char *field, const char *value);
guint ofc_print_data_get_n_rows (OfcPrintData *self);
OfcPrintData *ofc_print_data_get_row (OfcPrintData *self, guint index);
void ofc_print_data_add_row (OfcPrintData *self, OfcPrintData *row);

OfcPrintData *ofc_print_data_load (OfcContext *context,
                                   OfcPrintSubjectKind kind,
                                   const OfcUuid *id,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
