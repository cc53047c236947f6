/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterEditor: adds or edits a printer: its name and kind, how it is connected
 * (network, serial port, USB device file, or a CUPS queue), its paper or labels, the roles
 * it is the default printer for. Saving checks everything the device drivers check; a
 * refused save names the reason and puts the focus on the field.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_PRINTER_EDITOR (ofc_printer_editor_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrinterEditor, ofc_printer_editor, OFC, PRINTER_EDITOR, AdwWindow)

OfcPrinterEditor *
ofc_printer_editor_new (GtkWindow *parent, OfcContext *context, OfcPrinter *printer);
OfcPrinter *ofc_printer_editor_get_printer (OfcPrinterEditor *self);
gboolean ofc_printer_editor_save (OfcPrinterEditor *self);

G_END_DECLS
