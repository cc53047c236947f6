/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcA4Document: an A4 document (intake receipt, work completion act with its warranty
 * card) as a flow of blocks — text, label/value fields, tables, a barcode, signature
 * lines — laid out on pages with Pango and drawn with Cairo.
 *
 * The same drawing serves every output: ofc_a4_document_to_pdf() for system printers and
 * files, ofc_a4_document_draw_page() for GTK's print dialog (GtkPrintOperation's
 * draw-page hands a cairo_t; scale it to points first) and ofc_a4_document_render_page()
 * for on-screen previews. Units are PostScript points (1/72 inch), origin at the top-left
 * corner of the page.
 *
 * Threading: build and draw a document on one thread at a time.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>
#include <ofc-devices.h>

G_BEGIN_DECLS

#define OFC_A4_WIDTH_PT  595.2756
#define OFC_A4_HEIGHT_PT 841.8898
#define OFC_A4_MARGIN_PT 42.52 /* 15 mm */

#define OFC_TYPE_A4_DOCUMENT (ofc_a4_document_get_type ())
G_DECLARE_FINAL_TYPE (OfcA4Document, ofc_a4_document, OFC, A4_DOCUMENT, GObject)

OfcA4Document *ofc_a4_document_new (const char *font);
void ofc_a4_document_set_title (OfcA4Document *self, const char *title);
void ofc_a4_document_set_date (OfcA4Document *self, GDateTime *date);

void ofc_a4_document_add_text (
    OfcA4Document *self, const char *text, double size, gboolean bold, OfcAlign align);
void ofc_a4_document_add_field (
    OfcA4Document *self, const char *label, const char *value, double size, gboolean bold);
void ofc_a4_document_add_table (OfcA4Document *self,
                                const char *const *headers,
                                const double *widths,
                                guint n_columns,
                                GPtrArray *rows,
                                double size);
void ofc_a4_document_add_code128 (OfcA4Document *self, const char *data, double height);
void ofc_a4_document_add_signatures (OfcA4Document *self,
                                     const char *left,
                                     const char *right,
                                     double size);
void ofc_a4_document_add_rule (OfcA4Document *self);
void ofc_a4_document_add_space (OfcA4Document *self, double points);
void ofc_a4_document_add_page_break (OfcA4Document *self);

gboolean ofc_a4_document_layout (OfcA4Document *self, GError **error) G_GNUC_WARN_UNUSED_RESULT;
guint ofc_a4_document_get_n_pages (OfcA4Document *self);
void ofc_a4_document_draw_page (OfcA4Document *self, cairo_t *cr, guint page);
GBytes *ofc_a4_document_to_pdf (OfcA4Document *self, GError **error) G_GNUC_WARN_UNUSED_RESULT;
cairo_surface_t *ofc_a4_document_render_page (OfcA4Document *self, guint page, double dpi);

G_END_DECLS
