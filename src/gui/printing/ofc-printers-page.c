/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintersPage: builds its three panels (printers, queue, templates) in an
 * AdwViewStack, counts the jobs needing attention after every change to the queue, and
 * turns the print worker's reports into toasts. A job that keeps failing the same way is
 * told about once, not at every retry.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-printing.h>

#include "ofc-gui-error.h"
#include "ofc-printers-page.h"

struct _OfcPrintersPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkButton *add_button;
  AdwViewStack *stack;
  AdwViewSwitcherTitle *switcher_title;

  /* Owned references */
  OfcContext *context;
  GHashTable *problems; /* "printer ID" or "job ID" (failed) → the error code told about */

  /* Borrowed references */
  OfcPrinterList *printer_list;
  OfcPrintQueueView *queue_view;
  OfcTemplateEditor *template_editor;
  AdwViewStackPage *queue_page;

  guint badge_count;
  gboolean needs_attention;
  guint badge_source;
};

G_DEFINE_FINAL_TYPE (OfcPrintersPage, ofc_printers_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_BADGE_COUNT,
  PROP_NEEDS_ATTENTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * The badge
 */

static void
update_badge (OfcPrintersPage *self)
{
  g_autoptr (GError) error = NULL;
  OfcPrintJobCounts counts;
  guint badge;

  if (!ofc_print_jobs_count (self->context, &counts, &error))
    {
      g_warning ("cannot count the print jobs: %s", error->message);
      return;
    }
  badge = counts.waiting + counts.failed;
  adw_view_stack_page_set_badge_number (self->queue_page, badge);
  adw_view_stack_page_set_needs_attention (self->queue_page, counts.failed > 0);
  if (badge != self->badge_count)
    {
      self->badge_count = badge;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE_COUNT]);
    }
  if ((counts.failed > 0) != self->needs_attention)
    {
      self->needs_attention = counts.failed > 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEEDS_ATTENTION]);
    }
}

static gboolean
update_badge_cb (gpointer data)
{
  OfcPrintersPage *self = data;

  self->badge_source = 0;
  update_badge (self);
  return G_SOURCE_REMOVE;
}

/* a batch of stickers changes the queue many times in a row: counted once it settles */
static void
on_print_jobs_changed_cb (OfcPrintersPage *self)
{
  if (self->badge_source == 0)
    self->badge_source = g_timeout_add (250, update_badge_cb, self);
}

/*
 * Toasts from the print worker
 */

static char *
dup_problem_message (OfcPrintJob *job)
{
  const char *printer = ofc_print_job_get_printer_name (job);
  const char *code = ofc_print_job_get_error_code (job);

  if (ofc_print_job_get_state (job) == OFC_PRINT_JOB_FAILED)
    return g_strdup_printf (_ ("“%s” could not print %s %s: %s"), printer,
                            ofc_print_job_kind_get_label (ofc_print_job_get_kind (job)),
                            ofc_print_job_get_title (job), ofc_print_job_get_last_error (job));
  if (g_str_equal (code, "paper-out"))
    return g_strdup_printf (_ ("Out of paper on “%s”"), printer);
  if (g_str_equal (code, "cover-open"))
    return g_strdup_printf (_ ("The cover is open on “%s”"), printer);
  if (g_str_equal (code, "offline"))
    return g_strdup_printf (_ ("“%s” is offline or not connected; the job waits for it"), printer);
  return g_strdup_printf (_ ("Printing on “%s” is held up: %s"), printer,
                          ofc_print_job_get_last_error (job));
}

static void
on_show_queue_cb (OfcPrintersPage *self)
{
  ofc_printers_page_show_panel (self, "queue");
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-page", "s", "printers");
}

static void
show_problem (OfcPrintersPage *self, OfcPrintJob *job)
{
  g_autofree char *message = dup_problem_message (job);
  g_autofree char *title = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 8);
  adw_toast_set_button_label (toast, _ ("Show _Queue"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_show_queue_cb), self,
                           G_CONNECT_SWAPPED);
  ofc_gui_add_toast (GTK_WIDGET (self), toast);
}

/* a printer's problem is told once, not once for each of the jobs it holds up; a job that
 * failed is told about on its own */
static char *
dup_problem_key (OfcPrintJob *job, gboolean failed)
{
  g_autofree char *id = NULL;

  g_object_get (job, failed ? "id" : "printer-id", &id, NULL);
  return g_strdup_printf ("%s %s", failed ? "job" : "printer", id);
}

static void
on_job_updated_cb (OfcPrintersPage *self, OfcPrintJob *job)
{
  OfcPrintJobState state = ofc_print_job_get_state (job);
  const char *code = ofc_print_job_get_error_code (job);
  gboolean failed = state == OFC_PRINT_JOB_FAILED;
  g_autofree char *key = dup_problem_key (job, failed);

  if (*code == '\0' || state == OFC_PRINT_JOB_SENT || state == OFC_PRINT_JOB_CANCELLED)
    {
      /* the printer works again: its next problem is news */
      if (state == OFC_PRINT_JOB_SENT)
        g_hash_table_remove (self->problems, key);
      return;
    }
  if (g_strcmp0 (g_hash_table_lookup (self->problems, key), code) == 0)
    return;
  g_hash_table_replace (self->problems, g_steal_pointer (&key), g_strdup (code));
  show_problem (self, job);
}

/*
 * Callbacks and actions
 */

static void
on_visible_child_cb (OfcPrintersPage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  gtk_widget_set_visible (GTK_WIDGET (self->add_button), g_strcmp0 (name, "printers") == 0);
}

static void
add_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrintersPage *self = OFC_PRINTERS_PAGE (widget);

  ofc_printers_page_show_panel (self, "printers");
  ofc_printer_list_add_printer (self->printer_list);
}

/*
 * GObject overrides
 */

static void
add_panels (OfcPrintersPage *self)
{
  AdwViewStackPage *page;

  self->printer_list = ofc_printer_list_new (self->context);
  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (self->printer_list), "printers",
                                    _ ("Printers"));
  adw_view_stack_page_set_icon_name (page, "printer-symbolic");
  self->queue_view = ofc_print_queue_view_new (self->context);
  self->queue_page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (self->queue_view), "queue",
                                                _ ("Print Queue"));
  adw_view_stack_page_set_icon_name (self->queue_page, "document-print-symbolic");
  self->template_editor = ofc_template_editor_new (self->context);
  page = adw_view_stack_add_titled (self->stack, GTK_WIDGET (self->template_editor), "templates",
                                    _ ("Templates"));
  adw_view_stack_page_set_icon_name (page, "document-edit-symbolic");
}

static void
ofc_printers_page_constructed (GObject *object)
{
  OfcPrintersPage *self = OFC_PRINTERS_PAGE (object);

  G_OBJECT_CLASS (ofc_printers_page_parent_class)->constructed (object);
  g_assert (self->context != NULL);
  add_panels (self);
  g_signal_connect_object (self->context, "changed::" OFC_PRINT_JOB_CHANGED,
                           G_CALLBACK (on_print_jobs_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (ofc_print_queue_get_default (self->context), "job-updated",
                           G_CALLBACK (on_job_updated_cb), self, G_CONNECT_SWAPPED);
  update_badge (self);
  on_visible_child_cb (self);
}

static void
ofc_printers_page_dispose (GObject *object)
{
  OfcPrintersPage *self = OFC_PRINTERS_PAGE (object);

  g_clear_handle_id (&self->badge_source, g_source_remove);
  g_clear_object (&self->context);
  g_clear_pointer (&self->problems, g_hash_table_unref);

  G_OBJECT_CLASS (ofc_printers_page_parent_class)->dispose (object);
}

static void
ofc_printers_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrintersPage *self = OFC_PRINTERS_PAGE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      case PROP_BADGE_COUNT:
        g_value_set_uint (value, self->badge_count);
        break;
      case PROP_NEEDS_ATTENTION:
        g_value_set_boolean (value, self->needs_attention);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_printers_page_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  OfcPrintersPage *self = OFC_PRINTERS_PAGE (object);

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
ofc_printers_page_class_init (OfcPrintersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_printers_page_constructed;
  object_class->dispose = ofc_printers_page_dispose;
  object_class->get_property = ofc_printers_page_get_property;
  object_class->set_property = ofc_printers_page_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* jobs waiting after a problem, or failed: what the window shows beside the page */
  properties[PROP_BADGE_COUNT] = g_param_spec_uint ("badge-count", NULL, NULL, 0, G_MAXUINT, 0,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEEDS_ATTENTION] = g_param_spec_boolean (
      "needs-attention", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-printers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcPrintersPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, OfcPrintersPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OfcPrintersPage, switcher_title);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_cb);

  gtk_widget_class_install_action (widget_class, "printers-page.add", NULL, add_action);
}

static void
ofc_printers_page_init (OfcPrintersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/*
 * Public API
 */

/**
 * ofc_printers_page_get_printer_list:
 *
 * Returns: (transfer none): the printers panel
 */
OfcPrinterList *
ofc_printers_page_get_printer_list (OfcPrintersPage *self)
{
  g_return_val_if_fail (OFC_IS_PRINTERS_PAGE (self), NULL);
  return self->printer_list;
}

/**
 * ofc_printers_page_get_queue_view:
 *
 * Returns: (transfer none): the print queue panel
 */
OfcPrintQueueView *
ofc_printers_page_get_queue_view (OfcPrintersPage *self)
{
  g_return_val_if_fail (OFC_IS_PRINTERS_PAGE (self), NULL);
  return self->queue_view;
}

/**
 * ofc_printers_page_get_template_editor:
 *
 * Returns: (transfer none): the templates panel
 */
OfcTemplateEditor *
ofc_printers_page_get_template_editor (OfcPrintersPage *self)
{
  g_return_val_if_fail (OFC_IS_PRINTERS_PAGE (self), NULL);
  return self->template_editor;
}

/**
 * ofc_printers_page_show_panel:
 * @name: "printers", "queue" or "templates"
 */
void
ofc_printers_page_show_panel (OfcPrintersPage *self, const char *name)
{
  g_return_if_fail (OFC_IS_PRINTERS_PAGE (self));
  adw_view_stack_set_visible_child_name (self->stack, name);
}

guint
ofc_printers_page_get_badge_count (OfcPrintersPage *self)
{
  g_return_val_if_fail (OFC_IS_PRINTERS_PAGE (self), 0);
  return self->badge_count;
}
