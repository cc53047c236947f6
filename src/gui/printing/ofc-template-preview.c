/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTemplatePreview: edits come in quick succession, so a render starts once they pause
 * (a short debounce) and a newer edit cancels the render under way. Rendering, and turning
 * the result into images, run in worker threads; the drawing area only scales finished
 * images. Label and receipt dots are scaled without smoothing, so each printed dot stays
 * visible as a dot.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-print-sample.h"
#include "ofc-template-preview.h"

#define DEBOUNCE_MS  250
#define A4_DPI       110.0
#define A4_MAX_PAGES 3
#define MARGIN       18.0
#define PAGE_GAP     18.0
#define MAX_SCALE    2.5

struct _OfcTemplatePreview
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkDrawingArea *area;
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  GtkSpinner *spinner;
  GtkLabel *subject_label;
  GtkLabel *warnings_label;

  /* Owned references */
  OfcContext *context;
  OfcPrintTemplate *template_; /* what to render next */
  OfcPrintOutput *output;      /* the last rendering, NULL after an error */
  GError *error;               /* why the last rendering failed */
  GPtrArray *pages;            /* cairo_surface_t of the last rendering */
  GCancellable *cancellable;   /* the rendering under way */
  char *subject_label_text;    /* the order number or client name previewed */

  OfcUuid subject;
  gboolean has_subject;
  gboolean subject_known; /* for subject_kind */
  OfcPrintJobKind subject_kind;
  gboolean dots; /* pages are printer dots, not an A4 rendering */
  guint render_source;
};

G_DEFINE_FINAL_TYPE (OfcTemplatePreview, ofc_template_preview, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_BUSY,
  N_PROPS
};

enum
{
  UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  OfcPrintOutput *output;
  GPtrArray *pages;
} Rendering;

typedef struct
{
  OfcPrintRenderRequest request;
  OfcPrintData *data;
} SampleJob;

/*
 * Work in worker threads
 */

static void
rendering_free (Rendering *rendering)
{
  g_clear_object (&rendering->output);
  g_clear_pointer (&rendering->pages, g_ptr_array_unref);
  g_free (rendering);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rendering, rendering_free)

/* the images of @output: its label or receipt bitmap, or its first A4 pages */
static Rendering *
rasterize (OfcPrintOutput *output)
{
  Rendering *rendering = g_new0 (Rendering, 1);
  OfcA4Document *document = ofc_print_output_get_document (output);
  OfcBitmap *bitmap = ofc_print_output_get_preview (output);

  rendering->output = g_object_ref (output);
  rendering->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  if (document != NULL)
    for (guint i = 0; i < MIN (ofc_a4_document_get_n_pages (document), A4_MAX_PAGES); i++)
      g_ptr_array_add (rendering->pages, ofc_a4_document_render_page (document, i, A4_DPI));
  else if (bitmap != NULL)
    g_ptr_array_add (rendering->pages, ofc_bitmap_to_surface (bitmap));
  return rendering;
}

static void
rasterize_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  g_task_return_pointer (task, rasterize (task_data), (GDestroyNotify) rendering_free);
}

static void
sample_job_free (SampleJob *job)
{
  g_clear_object (&job->request.printer);
  g_clear_object (&job->request.template_);
  g_clear_object (&job->data);
  g_free (job);
}

static void
sample_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  SampleJob *job = task_data;
  GError *error = NULL;
  g_autoptr (OfcPrintOutput) output = ofc_print_render_data (&job->request, &job->data, 1, &error);

  if (output == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, rasterize (output), (GDestroyNotify) rendering_free);
}

/*
 * Showing the result
 */

static double
page_scale (OfcTemplatePreview *self, int width)
{
  double widest = 1;

  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    widest = MAX (widest, cairo_image_surface_get_width (g_ptr_array_index (self->pages, i)));
  return CLAMP ((width - 2 * MARGIN) / widest, 0.05, self->dots ? MAX_SCALE : 1.0);
}

static void
update_height (OfcTemplatePreview *self, int width)
{
  double scale = page_scale (self, width);
  double height = MARGIN;

  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    height +=
        cairo_image_surface_get_height (g_ptr_array_index (self->pages, i)) * scale + PAGE_GAP;
  gtk_drawing_area_set_content_height (self->area, (int) (height + MARGIN));
}

static void
draw_page (
    OfcTemplatePreview *self, cairo_t *cr, cairo_surface_t *page, double x, double y, double scale)
{
  double width = cairo_image_surface_get_width (page) * scale;
  double height = cairo_image_surface_get_height (page) * scale;

  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 2, y + 2, width, height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, page, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr),
                            self->dots && scale >= 1 ? CAIRO_FILTER_NEAREST : CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  OfcTemplatePreview *self = data;
  double scale = page_scale (self, width);
  double y = MARGIN;

  for (guint i = 0; self->pages != NULL && i < self->pages->len; i++)
    {
      cairo_surface_t *page = g_ptr_array_index (self->pages, i);
      double page_width = cairo_image_surface_get_width (page) * scale;

      draw_page (self, cr, page, (width - page_width) / 2, y, scale);
      y += cairo_image_surface_get_height (page) * scale + PAGE_GAP;
    }
}

static void
notify_busy (OfcTemplatePreview *self)
{
  gtk_spinner_set_spinning (self->spinner, ofc_template_preview_get_busy (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_warnings (OfcTemplatePreview *self)
{
  const char *const *warnings =
      self->output != NULL ? ofc_print_output_get_warnings (self->output) : NULL;
  g_autofree char *text = NULL;

  if (warnings == NULL || warnings[0] == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), FALSE);
      return;
    }
  text = g_strjoinv ("\n", (char **) warnings);
  gtk_label_set_text (self->warnings_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_label), TRUE);
}

static void
show_rendering (OfcTemplatePreview *self, Rendering *rendering, GError *error)
{
  g_clear_object (&self->output);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_error (&self->error);
  self->error = error;
  if (rendering != NULL)
    {
      self->output = g_steal_pointer (&rendering->output);
      self->pages = g_steal_pointer (&rendering->pages);
      self->dots = ofc_print_output_get_document (self->output) == NULL;
    }
  gtk_label_set_text (self->error_label, error != NULL ? error->message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, error != NULL);
  show_warnings (self);
  update_height (self, gtk_widget_get_width (GTK_WIDGET (self->area)));
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
  g_clear_object (&self->cancellable);
  notify_busy (self);
  g_signal_emit (self, signals[UPDATED], 0);
}

/*
 * Rendering
 */

static void
on_rendered_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (OfcTemplatePreview) self = user_data;
  GError *error = NULL;
  g_autoptr (Rendering) rendering = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      return;
    }
  show_rendering (self, rendering, error);
}

static void
on_previewed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (OfcTemplatePreview) self = user_data;
  GError *error = NULL;
  g_autoptr (OfcPrintOutput) output = ofc_print_preview_finish (result, &error);
  g_autoptr (GTask) task = NULL;

  if (output == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_error_free (error);
      else
        show_rendering (self, NULL, error);
      return;
    }
  task = g_task_new (NULL, self->cancellable, on_rendered_cb, g_object_ref (self));
  g_task_set_source_tag (task, on_previewed_cb);
  g_task_set_task_data (task, g_steal_pointer (&output), g_object_unref);
  g_task_run_in_thread (task, rasterize_thread);
}

static void
find_subject (OfcTemplatePreview *self, OfcPrintJobKind kind)
{
  if (self->subject_known && self->subject_kind == kind)
    return;
  g_clear_pointer (&self->subject_label_text, g_free);
  self->has_subject = ofc_print_sample_find_subject (self->context, kind, &self->subject,
                                                     &self->subject_label_text);
  self->subject_kind = kind;
  self->subject_known = TRUE;
}

static void
describe (OfcTemplatePreview *self, OfcPrinter *printer, OfcPrintJobKind kind)
{
  const char *on = ofc_printer_is_saved (printer)
                       ? ofc_printer_get_name (printer)
                       : ofc_printer_language_get_label (ofc_printer_get_language (printer));
  g_autofree char *text = NULL;

  if (!self->has_subject)
    text = g_strdup_printf (_ ("Sample data on “%s”: the shop has nothing to print yet"), on);
  else if (ofc_print_job_kind_get_subject (kind) == OFC_PRINT_SUBJECT_CLIENT)
    text =
        g_strdup_printf (_ ("Client %s on “%s”, as it will print"), self->subject_label_text, on);
  else
    text = g_strdup_printf (_ ("Order %s on “%s”, as it will print"), self->subject_label_text, on);
  gtk_label_set_text (self->subject_label, text);
}

static void
render_sample (OfcTemplatePreview *self, const OfcPrintRenderRequest *request)
{
  g_autoptr (GTask) task =
      g_task_new (NULL, self->cancellable, on_rendered_cb, g_object_ref (self));
  SampleJob *job = g_new0 (SampleJob, 1);

  job->request = *request;
  job->request.printer = g_object_ref (request->printer);
  job->request.template_ = ofc_print_template_copy (request->template_);
  job->data = ofc_print_sample_data (request->kind);
  g_task_set_source_tag (task, render_sample);
  g_task_set_task_data (task, job, (GDestroyNotify) sample_job_free);
  g_task_run_in_thread (task, sample_thread);
}

static void
render (OfcTemplatePreview *self)
{
  OfcPrintJobKind kind = ofc_print_template_get_kind (self->template_);
  g_autoptr (OfcPrinter) printer =
      ofc_print_sample_printer (self->context, kind, ofc_print_template_get_size (self->template_));
  OfcPrintRenderRequest request = {
    .kind = kind, .printer = printer, .template_ = self->template_, .copies = 1
  };

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  notify_busy (self);
  find_subject (self, kind);
  describe (self, printer, kind);
  if (!self->has_subject)
    {
      render_sample (self, &request);
      return;
    }
  request.subjects = &self->subject;
  request.n_subjects = 1;
  ofc_print_preview_async (self->context, &request, self->cancellable, on_previewed_cb,
                           g_object_ref (self));
}

static gboolean
render_cb (gpointer data)
{
  OfcTemplatePreview *self = data;

  self->render_source = 0;
  render (self);
  return G_SOURCE_REMOVE;
}

/*
 * Callbacks
 */

static void
on_area_resize_cb (OfcTemplatePreview *self, int width, int height)
{
  update_height (self, width);
}

/*
 * GObject overrides
 */

static void
ofc_template_preview_dispose (GObject *object)
{
  OfcTemplatePreview *self = OFC_TEMPLATE_PREVIEW (object);

  g_clear_handle_id (&self->render_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->template_);
  g_clear_object (&self->output);
  g_clear_error (&self->error);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->subject_label_text, g_free);

  G_OBJECT_CLASS (ofc_template_preview_parent_class)->dispose (object);
}

static void
ofc_template_preview_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcTemplatePreview *self = OFC_TEMPLATE_PREVIEW (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      case PROP_BUSY:
        g_value_set_boolean (value, ofc_template_preview_get_busy (self));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_template_preview_set_property (GObject *object,
                                   guint prop_id,
                                   const GValue *value,
                                   GParamSpec *pspec)
{
  OfcTemplatePreview *self = OFC_TEMPLATE_PREVIEW (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_template_preview_class_init (OfcTemplatePreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_template_preview_dispose;
  object_class->get_property = ofc_template_preview_get_property;
  object_class->set_property = ofc_template_preview_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* a rendering is waiting for the edits to pause, or under way */
  properties[PROP_BUSY] =
      g_param_spec_boolean ("busy", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcTemplatePreview::updated:
   *
   * A rendering finished: the output (or the error) shown is the latest template's.
   */
  signals[UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-template-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcTemplatePreview, area);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplatePreview, error_label);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplatePreview, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplatePreview, spinner);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplatePreview, subject_label);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplatePreview, warnings_label);
  gtk_widget_class_bind_template_callback (widget_class, on_area_resize_cb);
}

static void
ofc_template_preview_init (OfcTemplatePreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
}

/*
 * Public API
 */

OfcTemplatePreview *
ofc_template_preview_new (OfcContext *context)
{
  return g_object_new (OFC_TYPE_TEMPLATE_PREVIEW, "context", context, NULL);
}

/**
 * ofc_template_preview_show:
 * @template_: the template as edited; copied
 *
 * Renders @template_ once the edits pause.
 */
void
ofc_template_preview_show (OfcTemplatePreview *self, OfcPrintTemplate *template_)
{
  g_return_if_fail (OFC_IS_TEMPLATE_PREVIEW (self));
  g_return_if_fail (OFC_IS_PRINT_TEMPLATE (template_));

  g_clear_object (&self->template_);
  self->template_ = ofc_print_template_copy (template_);
  g_clear_handle_id (&self->render_source, g_source_remove);
  self->render_source = g_timeout_add (DEBOUNCE_MS, render_cb, self);
  notify_busy (self);
}

/**
 * ofc_template_preview_forget_subject:
 *
 * The next rendering looks again for the newest order or client to print.
 */
void
ofc_template_preview_forget_subject (OfcTemplatePreview *self)
{
  g_return_if_fail (OFC_IS_TEMPLATE_PREVIEW (self));
  self->subject_known = FALSE;
}

gboolean
ofc_template_preview_get_busy (OfcTemplatePreview *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_PREVIEW (self), FALSE);
  return self->render_source != 0 || self->cancellable != NULL;
}

/**
 * ofc_template_preview_get_output:
 *
 * Returns: (transfer none) (nullable): the last rendering; %NULL when it failed
 */
OfcPrintOutput *
ofc_template_preview_get_output (OfcTemplatePreview *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_PREVIEW (self), NULL);
  return self->output;
}

/**
 * ofc_template_preview_get_error:
 *
 * Returns: (transfer none) (nullable): why the last rendering failed
 */
const GError *
ofc_template_preview_get_error (OfcTemplatePreview *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_PREVIEW (self), NULL);
  return self->error;
}
