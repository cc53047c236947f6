/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinter: a printer Officina drives, as a plain model object. Every field is a GObject
 * property so a settings page can bind widgets to it; setting one changes nothing in the
 * database: ofc_printer_store_create() and ofc_printer_store_update() validate and save.
 *
 * Properties: "id" (string, read-only; empty until created), "name", "language"
 * (#OfcPrinterLanguage), "uri", "roles" (#OfcPrinterRoles: the roles it is the default
 * printer for), receipt options "paper-width" (58 or 80 mm), "code-page" ("cp866",
 * "cp1251"), "profile" (an ESC/POS vendor profile id, e.g. "xprinter"), "code-table" (the
 * ESC t number overriding the profile's, -1 for none), label options "media-width" and
 * "media-height" (mm; height 0 means continuous tape), "media-gap" (mm), "dpi" (203, 300 or
 * 600), "enabled", and read-only "archived", "version", "created-at", "updated-at".
 *
 * Addresses: serial:///dev/ttyUSB0?baud=9600, usb:///dev/usb/lp0, tcp://HOST[:PORT] (port
 * 9100 by default) for device printers; the CUPS queue name (e.g. "Office_A4") for system
 * printers.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

#include "base/ofc-uuid.h"
#include "printing/ofc-print-types.h"

G_BEGIN_DECLS

#define OFC_PRINTER_ENTITY "printer"

#define OFC_TYPE_PRINTER (ofc_printer_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrinter, ofc_printer, OFC, PRINTER, GObject)

OfcPrinter *ofc_printer_new (OfcPrinterLanguage language);
OfcPrinter *ofc_printer_copy (OfcPrinter *self);

const OfcUuid *ofc_printer_get_id (OfcPrinter *self);
gboolean ofc_printer_is_saved (OfcPrinter *self);
const char *ofc_printer_get_name (OfcPrinter *self);
void ofc_printer_set_name (OfcPrinter *self, const char *name);
OfcPrinterLanguage ofc_printer_get_language (OfcPrinter *self);
void ofc_printer_set_language (OfcPrinter *self, OfcPrinterLanguage language);
const char *ofc_printer_get_uri (OfcPrinter *self);
void ofc_printer_set_uri (OfcPrinter *self, const char *uri);
OfcPrinterRoles ofc_printer_get_roles (OfcPrinter *self);
void ofc_printer_set_roles (OfcPrinter *self, OfcPrinterRoles roles);

/* receipt printers */
guint ofc_printer_get_paper_width (OfcPrinter *self);
void ofc_printer_set_paper_width (OfcPrinter *self, guint millimetres);
const char *ofc_printer_get_code_page (OfcPrinter *self);
void ofc_printer_set_code_page (OfcPrinter *self, const char *code_page);
const char *ofc_printer_get_profile (OfcPrinter *self);
void ofc_printer_set_profile (OfcPrinter *self, const char *profile);
int ofc_printer_get_code_table (OfcPrinter *self);
void ofc_printer_set_code_table (OfcPrinter *self, int table);

/* label printers */
double ofc_printer_get_media_width (OfcPrinter *self);
double ofc_printer_get_media_height (OfcPrinter *self);
void ofc_printer_set_media (OfcPrinter *self, double width_mm, double height_mm);
gboolean ofc_printer_is_continuous (OfcPrinter *self);
double ofc_printer_get_media_gap (OfcPrinter *self);
void ofc_printer_set_media_gap (OfcPrinter *self, double gap_mm);
guint ofc_printer_get_dpi (OfcPrinter *self);
void ofc_printer_set_dpi (OfcPrinter *self, guint dpi);
char *ofc_printer_dup_media_text (OfcPrinter *self);
gboolean ofc_printer_set_media_text (OfcPrinter *self, const char *text, GError **error);

gboolean ofc_printer_get_enabled (OfcPrinter *self);
void ofc_printer_set_enabled (OfcPrinter *self, gboolean enabled);
gboolean ofc_printer_get_archived (OfcPrinter *self);
gint64 ofc_printer_get_version (OfcPrinter *self);
gint64 ofc_printer_get_created_at (OfcPrinter *self);
gint64 ofc_printer_get_updated_at (OfcPrinter *self);

G_END_DECLS
