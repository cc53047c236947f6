/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintersPage: the window's printing page, with three panels: the printers (and
 * their live status), the print queue, and the document templates. It tells about
 * printing problems wherever the person is (toasts from the print worker) and counts the
 * jobs that need attention: "badge-count" (waiting after a problem, or failed) and
 * "needs-attention" (some failed), which the window shows beside the page's name.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

#include "ofc-print-queue-view.h"
#include "ofc-printer-list.h"
#include "ofc-template-editor.h"

G_BEGIN_DECLS

#define OFC_TYPE_PRINTERS_PAGE (ofc_printers_page_get_type ())
G_DECLARE_FINAL_TYPE (OfcPrintersPage, ofc_printers_page, OFC, PRINTERS_PAGE, AdwBin)

OfcPrinterList *ofc_printers_page_get_printer_list (OfcPrintersPage *self);
OfcPrintQueueView *ofc_printers_page_get_queue_view (OfcPrintersPage *self);
OfcTemplateEditor *ofc_printers_page_get_template_editor (OfcPrintersPage *self);
void ofc_printers_page_show_panel (OfcPrintersPage *self, const char *name);
guint ofc_printers_page_get_badge_count (OfcPrintersPage *self);

G_END_DECLS
