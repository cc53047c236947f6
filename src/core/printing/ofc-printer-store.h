/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The printer store: the only way printers are read and written.
 *
 * Every write validates first (%OFC_ERROR_INVALID naming the field by its #OfcPrinter
 * property name), then runs in one transaction with its journal entry (entity "printer").
 * Printers are archived and restored, never deleted: old print jobs keep their printer.
 * Making a printer the default for a role takes the role from the printer that had it, in
 * the same transaction and with its own journal entry.
 *
 * The core checks the shape of an address (its scheme, a device path, a host and port, a
 * CUPS queue name); the print layer, which has the device drivers, checks the rest (serial
 * settings, a known ESC/POS profile) with ofc_print_check_printer() before saving.
 *
 * After each committed write the store emits "changed::printer" on the context, unless the
 * write ran inside a caller's transaction.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"
#include "printing/ofc-printer.h"

G_BEGIN_DECLS

gboolean ofc_printer_store_validate (OfcPrinter *printer, GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_store_create (OfcContext *context,
                                   OfcPrinter *printer,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_store_update (OfcContext *context,
                                   OfcPrinter *printer,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_store_archive (OfcContext *context,
                                    OfcPrinter *printer,
                                    GError **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_printer_store_restore (OfcContext *context,
                                    OfcPrinter *printer,
                                    GError **error) G_GNUC_WARN_UNUSED_RESULT;

OfcPrinter *ofc_printer_store_get (OfcContext *context,
                                   const OfcUuid *id,
                                   GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcPrinter *ofc_printer_store_find (OfcContext *context,
                                    const char *name_or_id,
                                    GError **error) G_GNUC_WARN_UNUSED_RESULT;
OfcPrinter *ofc_printer_store_get_default (OfcContext *context,
                                           OfcPrinterRoles role,
                                           GError **error) G_GNUC_WARN_UNUSED_RESULT;
GListModel *ofc_printer_store_list (OfcContext *context,
                                    gboolean include_archived,
                                    GError **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
