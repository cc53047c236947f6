/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Rendering: which template and media a printer's document uses, building the documents
 * of a kind from their data, reading that data, and previews in a worker thread.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-print-render-private.h"

/**
 * ofc_print_get_template_size:
 *
 * Returns: (transfer full): the size key of @kind's template on @printer: the label stock
 *   ("58x40", "62") for stickers and cards, "80mm", "58mm" or "a4" for intake receipts,
 *   "a4" for acts
 */
char *
ofc_print_get_template_size (OfcPrintJobKind kind, OfcPrinter *printer)
{
  gboolean system = ofc_printer_get_language (printer) == OFC_PRINTER_LANGUAGE_SYSTEM;

  switch (kind)
    {
      case OFC_PRINT_JOB_INTAKE_RECEIPT:
        if (system)
          return g_strdup (OFC_PRINT_TEMPLATE_SIZE_A4);
        return g_strdup_printf ("%umm", ofc_printer_get_paper_width (printer));
      case OFC_PRINT_JOB_ACT:
        return g_strdup (OFC_PRINT_TEMPLATE_SIZE_A4);
      case OFC_PRINT_JOB_ORDER_STICKER:
      case OFC_PRINT_JOB_CLIENT_CARD:
        return ofc_printer_dup_media_text (printer);
      case OFC_PRINT_JOB_TEST_PAGE:
      default:
        return g_strdup ("");
    }
}

/**
 * ofc_print_get_label_media:
 *
 * The label stock of a label (or system) printer. Continuous tape is cut into labels of
 * %OFC_PRINT_CONTINUOUS_LENGTH_MM times its width over 58 mm. Brother QL printers take
 * 62 mm tape only.
 */
gboolean
ofc_print_get_label_media (OfcPrinter *printer, OfcLabelMedia *media, GError **error)
{
  double width = ofc_printer_get_media_width (printer);

  if (ofc_printer_get_language (printer) == OFC_PRINTER_LANGUAGE_BROTHER_QL)
    {
      if (width != 62 || !ofc_printer_is_continuous (printer))
        {
          g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT,
                       _ ("The printer “%s” is a Brother QL: set its media to 62 mm continuous "
                          "tape"),
                       ofc_printer_get_name (printer));
          return FALSE;
        }
      ofc_label_media_init_preset (media, OFC_LABEL_62_CONTINUOUS, 300);
    }
  else
    ofc_label_media_init_custom (media, width, ofc_printer_get_media_height (printer),
                                 ofc_printer_get_media_gap (printer),
                                 ofc_printer_get_dpi (printer));
  if (media->height_mm <= 0)
    media->height_mm = OFC_PRINT_CONTINUOUS_LENGTH_MM * MAX (width, 40) / 58;
  return ofc_label_media_validate (media, error);
}

static GDateTime *
request_time (const OfcPrintRenderRequest *request)
{
  g_autoptr (GDateTime) utc = NULL;

  if (request->time == 0)
    return g_date_time_new_now_local ();
  utc = g_date_time_new_from_unix_utc (request->time / G_USEC_PER_SEC);
  return g_date_time_to_local (utc);
}

static gboolean
check_supported (const OfcPrintRenderRequest *request, GError **error)
{
  OfcPrinterLanguage language = ofc_printer_get_language (request->printer);

  if (ofc_print_job_kind_supports (request->kind, language))
    return TRUE;
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED,
               _ ("The printer “%s” (%s) cannot print this document: %s"),
               ofc_printer_get_name (request->printer), ofc_printer_language_get_label (language),
               ofc_print_job_kind_get_label (request->kind));
  return FALSE;
}

/* the order number that does not fit is the one thing a person must hear about */
static void
explain_does_not_fit (const OfcPrintRenderRequest *request, GError **error)
{
  g_autofree char *size = NULL;

  if (error == NULL || !g_error_matches (*error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DOES_NOT_FIT))
    return;
  size = ofc_printer_dup_media_text (request->printer);
  g_prefix_error (error,
                  _ ("Does not fit on a %s mm label (%s); make the text smaller in the "
                     "template: "),
                  size, ofc_print_job_kind_get_label (request->kind));
}

static OfcPrintOutput *
render_labels (const OfcPrintRenderRequest *request,
               OfcPrintData *const *data,
               guint n_data,
               GError **error)
{
  g_autoptr (GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GStrvBuilder) warnings = g_strv_builder_new ();
  OfcLabelMedia media;

  if (!_ofc_print_label_media_for (request->printer, &media, error))
    return NULL;
  for (guint i = 0; i < n_data; i++)
    g_ptr_array_add (layouts, request->kind == OFC_PRINT_JOB_CLIENT_CARD
                                  ? _ofc_card_layout_new (&media, request->template_, data[i])
                                  : _ofc_sticker_layout_new (&media, request->template_, data[i]));
  if (!_ofc_print_render_layouts (layouts, documents, warnings, error))
    {
      explain_does_not_fit (request, error);
      return NULL;
    }
  return _ofc_print_output_labels (request->printer, documents, request->copies,
                                   g_strv_builder_end (warnings), error);
}

static OfcPrintOutput *
render_intake (const OfcPrintRenderRequest *request,
               OfcPrintData *const *data,
               guint n_data,
               GDateTime *time,
               GError **error)
{
  g_autoptr (GPtrArray) receipts = g_ptr_array_new_with_free_func (g_object_unref);
  OfcPaperWidth paper =
      ofc_printer_get_paper_width (request->printer) == 58 ? OFC_PAPER_58MM : OFC_PAPER_80MM;
  g_autoptr (OfcA4Document) document = NULL;

  if (ofc_printer_get_language (request->printer) == OFC_PRINTER_LANGUAGE_ESCPOS)
    {
      for (guint i = 0; i < n_data; i++)
        g_ptr_array_add (receipts, _ofc_intake_receipt_new (paper, request->template_, data[i]));
      return _ofc_print_output_receipts (request->printer, receipts, request->copies, error);
    }
  /* several orders on A4: one receipt after the other, each from a new page */
  document = ofc_a4_document_new (_ofc_print_template_font (request->template_));
  for (guint i = 0; i < n_data; i++)
    {
      if (i > 0)
        ofc_a4_document_add_page_break (document);
      _ofc_intake_receipt_a4_append (document, request->template_, data[i]);
    }
  return _ofc_print_output_a4 (document, time, error);
}

static OfcPrintOutput *
render_test_page (const OfcPrintRenderRequest *request, GDateTime *time, GError **error)
{
  OfcPrinterLanguage language = ofc_printer_get_language (request->printer);
  g_autoptr (GPtrArray) layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GPtrArray) receipts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr (GStrvBuilder) warnings = g_strv_builder_new ();
  OfcLabelMedia media;

  if (language == OFC_PRINTER_LANGUAGE_SYSTEM)
    return _ofc_print_output_a4 (_ofc_test_page_new (request->printer, time), time, error);
  if (language == OFC_PRINTER_LANGUAGE_ESCPOS)
    {
      g_ptr_array_add (receipts,
                       _ofc_test_receipt_new (ofc_printer_get_paper_width (request->printer) == 58
                                                  ? OFC_PAPER_58MM
                                                  : OFC_PAPER_80MM,
                                              request->printer, time));
      return _ofc_print_output_receipts (request->printer, receipts, request->copies, error);
    }
  if (!ofc_print_get_label_media (request->printer, &media, error))
    return NULL;
  g_ptr_array_add (layouts, _ofc_test_label_layout_new (&media, request->printer, time));
  if (!_ofc_print_render_layouts (layouts, documents, warnings, error))
    return NULL;
  return _ofc_print_output_labels (request->printer, documents, request->copies,
                                   g_strv_builder_end (warnings), error);
}

/**
 * ofc_print_render_data:
 * @request: what to render; its subjects are ignored
 * @data: (array length=n_data): what the document prints, one per label or receipt
 *   (nothing for a test page)
 *
 * Renders without the database. @request's template must be set for every kind but test
 * pages.
 *
 * Returns: (transfer full) (nullable): the payload and the preview
 */
OfcPrintOutput *
ofc_print_render_data (const OfcPrintRenderRequest *request,
                       OfcPrintData *const *data,
                       guint n_data,
                       GError **error)
{
  g_autoptr (GDateTime) time = request_time (request);

  g_return_val_if_fail (OFC_IS_PRINTER (request->printer), NULL);
  g_return_val_if_fail (request->kind == OFC_PRINT_JOB_TEST_PAGE ||
                            (OFC_IS_PRINT_TEMPLATE (request->template_) && n_data > 0),
                        NULL);
  if (!check_supported (request, error))
    return NULL;
  switch (request->kind)
    {
      case OFC_PRINT_JOB_ORDER_STICKER:
      case OFC_PRINT_JOB_CLIENT_CARD:
        return render_labels (request, data, n_data, error);
      case OFC_PRINT_JOB_INTAKE_RECEIPT:
        return render_intake (request, data, n_data, time, error);
      case OFC_PRINT_JOB_ACT:
        return _ofc_print_output_a4 (_ofc_act_new (request->template_, data[0]), time, error);
      case OFC_PRINT_JOB_TEST_PAGE:
      default:
        return render_test_page (request, time, error);
    }
}

static GPtrArray *
load_data (OfcContext *context, const OfcPrintRenderRequest *request, GError **error)
{
  g_autoptr (GPtrArray) data = g_ptr_array_new_with_free_func (g_object_unref);
  OfcPrintSubjectKind kind = ofc_print_job_kind_get_subject (request->kind);

  for (guint i = 0; i < request->n_subjects; i++)
    {
      OfcPrintData *one = ofc_print_data_load (context, kind, &request->subjects[i], error);

      if (one == NULL)
        return NULL;
      g_ptr_array_add (data, one);
    }
  return g_steal_pointer (&data);
}

/**
 * ofc_print_render:
 *
 * Reads the template (unless @request names one) and the subjects, then renders.
 *
 * Returns: (transfer full) (nullable): the payload and the preview
 */
OfcPrintOutput *
ofc_print_render (OfcContext *context, const OfcPrintRenderRequest *request, GError **error)
{
  OfcPrintRenderRequest full = *request;
  g_autoptr (OfcPrintTemplate) template_ = NULL;
  g_autoptr (GPtrArray) data = NULL;
  g_autofree char *size = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OFC_IS_PRINTER (request->printer), NULL);
  if (!check_supported (request, error))
    return NULL;
  if (request->template_ == NULL && request->kind != OFC_PRINT_JOB_TEST_PAGE)
    {
      size = ofc_print_get_template_size (request->kind, request->printer);
      template_ = ofc_print_template_load (context, request->kind, size, error);
      if (template_ == NULL)
        return NULL;
      full.template_ = template_;
    }
  data = load_data (context, request, error);
  if (data == NULL)
    return NULL;
  return ofc_print_render_data (&full, (OfcPrintData *const *) data->pdata, data->len, error);
}

typedef struct
{
  OfcDatabase *database;
  OfcPrintRenderRequest request;
} Preview;

static void
preview_free (gpointer data)
{
  Preview *preview = data;

  g_clear_object (&preview->database);
  g_clear_object (&preview->request.printer);
  g_clear_object (&preview->request.template_);
  g_free ((gpointer) preview->request.subjects);
  g_free (preview);
}

static void
return_render (GTask *task, OfcContext *context, Preview *preview)
{
  GError *error = NULL;
  OfcPrintOutput *output = ofc_print_render (context, &preview->request, &error);

  if (output != NULL)
    g_task_return_pointer (task, output, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
preview_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  Preview *preview = data;
  GError *error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open_another (preview->database, &error);
  g_autoptr (OfcContext) context = NULL;

  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  context = ofc_context_new (database);
  return_render (task, context, preview);
}

/**
 * ofc_print_preview_async:
 * @request: copied; its printer and template may be edited right after the call
 *
 * Renders in a worker thread with a database connection of its own, so the window
 * stays responsive; a template editor previews its unsaved template this way.
 */
void
ofc_print_preview_async (OfcContext *context,
                         const OfcPrintRenderRequest *request,
                         GCancellable *cancellable,
                         GAsyncReadyCallback callback,
                         gpointer user_data)
{
  /* no source object: ofc_print_preview_finish() checks for none */
  g_autoptr (GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Preview *preview = g_new0 (Preview, 1);

  preview->database = g_object_ref (ofc_context_get_database (context));
  preview->request = *request;
  preview->request.printer = ofc_printer_copy (request->printer);
  preview->request.template_ =
      request->template_ != NULL ? ofc_print_template_copy (request->template_) : NULL;
  preview->request.subjects = g_memdup2 (request->subjects, request->n_subjects * sizeof (OfcUuid));
  g_task_set_source_tag (task, ofc_print_preview_async);
  g_task_set_task_data (task, preview, preview_free);
  /* an in-memory database (tests) has no second connection: render here */
  if (g_strcmp0 (ofc_database_get_path (preview->database), OFC_DATABASE_MEMORY) == 0)
    return_render (task, context, preview);
  else
    g_task_run_in_thread (task, preview_thread);
}

/**
 * ofc_print_preview_finish:
 *
 * Returns: (transfer full) (nullable): what ofc_print_render() would return
 */
OfcPrintOutput *
ofc_print_preview_finish (GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ofc_print_preview_async, NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
