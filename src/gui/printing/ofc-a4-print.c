/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The document is rendered in a worker thread (ofc_print_preview_async, with the A4
 * template the queue would use), then handed to a GtkPrintOperation whose pages draw
 * ofc_a4_document_draw_page() scaled from points to the print context. The document has
 * its own margins, so the whole sheet is drawn on.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-printing.h>

#include "ofc-a4-print.h"
#include "ofc-gui-error.h"
#include "ofc-print-sample.h"

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext *context,
                 int page,
                 OfcA4Document *document)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  cairo_save (cr);
  cairo_scale (cr, gtk_print_context_get_dpi_x (context) / 72.0,
               gtk_print_context_get_dpi_y (context) / 72.0);
  ofc_a4_document_draw_page (document, cr, page);
  cairo_restore (cr);
}

static void
unref_document (gpointer document, GClosure *closure)
{
  g_object_unref (document);
}

static void
on_done_cb (GtkPrintOperation *operation, GtkPrintOperationResult result, GtkWidget *widget)
{
  g_autoptr (GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      ofc_gui_show_error (widget, error);
    }
  g_object_unref (operation);
}

static GtkPageSetup *
a4_setup (void)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr (GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  return setup;
}

static void
run_dialog (GtkWidget *widget, OfcA4Document *document, const char *title)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr (GtkPageSetup) setup = a4_setup ();
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr (GError) error = NULL;

  gtk_print_operation_set_job_name (operation, title);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_n_pages (operation, ofc_a4_document_get_n_pages (document));
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb),
                         g_object_ref (document), unref_document, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_done_cb), widget, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    ofc_gui_show_error (widget, error);
}

typedef struct
{
  GtkWidget *widget;
  OfcPrintJobKind kind;
} Request;

static void
on_rendered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  Request *request = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrintOutput) output = ofc_print_preview_finish (result, &error);
  OfcA4Document *document = output != NULL ? ofc_print_output_get_document (output) : NULL;

  if (document == NULL)
    ofc_gui_show_error (request->widget, error);
  else
    run_dialog (request->widget, document, ofc_print_job_kind_get_label (request->kind));
  g_object_unref (request->widget);
  g_free (request);
}

/**
 * ofc_a4_print_run:
 * @widget: where the dialog belongs and where failures are shown
 * @kind: %OFC_PRINT_JOB_INTAKE_RECEIPT or %OFC_PRINT_JOB_ACT
 * @subjects: (array length=n_subjects): the orders
 *
 * Renders the A4 document of @subjects, then opens GTK's print dialog for it.
 */
void
ofc_a4_print_run (GtkWidget *widget,
                  OfcContext *context,
                  OfcPrintJobKind kind,
                  const OfcUuid *subjects,
                  guint n_subjects)
{
  g_autoptr (OfcPrinter) printer =
      ofc_print_sample_printer (context, kind, OFC_PRINT_TEMPLATE_SIZE_A4);
  OfcPrintRenderRequest render = {
    .kind = kind, .printer = printer, .subjects = subjects, .n_subjects = n_subjects, .copies = 1
  };
  Request *request = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (n_subjects > 0);
  request = g_new0 (Request, 1);
  request->widget = g_object_ref (widget);
  request->kind = kind;
  ofc_print_preview_async (context, &render, NULL, on_rendered_cb, request);
}
