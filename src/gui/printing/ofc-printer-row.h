/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterRow: one printer in the printers page's list: its name, language, connection
 * and the roles it is the default for, its live status, a test print button and a menu.
 * Its buttons activate the list's "printers.*" actions with the printer's id.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

#include "ofc-printer-probe.h"

G_BEGIN_DECLS

#define OFC_TYPE_PRINTER_ROW (ofc_printer_row_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrinterRow, ofc_printer_row, OFC, PRINTER_ROW, AdwActionRow)

OfcPrinterRow *ofc_printer_row_new (OfcPrinter *printer);
OfcPrinter *ofc_printer_row_get_printer (OfcPrinterRow *self);
void ofc_printer_row_set_probe (OfcPrinterRow *self, const OfcPrinterProbe *probe);
void ofc_printer_row_set_state_text (OfcPrinterRow *self, const char *label, const char *detail);
const char *ofc_printer_row_get_state_text (OfcPrinterRow *self);

G_END_DECLS
