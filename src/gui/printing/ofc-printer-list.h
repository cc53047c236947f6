/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterList: the printers panel of the printers page: every printer with its
 * settings in words and its live status, asked in worker threads every few seconds while
 * the panel is on screen; adding, editing, test prints, status checks and removal.
 *
 * Actions (parameter: the printer's id): "printers.edit", "printers.test",
 * "printers.check", "printers.archive"; "printers.add" without one.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_PRINTER_LIST (ofc_printer_list_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrinterList, ofc_printer_list, OFC, PRINTER_LIST, AdwBin)

OfcPrinterList *ofc_printer_list_new (OfcContext *context);
void ofc_printer_list_add_printer (OfcPrinterList *self);
void ofc_printer_list_reload (OfcPrinterList *self);

G_END_DECLS
