/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterList: a boxed list of OfcPrinterRow, rebuilt from the printer store after any
 * change to printers. Status polling runs only while the panel is mapped: one probe per
 * printer at a time, each in a worker thread, and none for a printer the print worker is
 * sending to (printers take one connection at a time, and the job's own state says more).
 * A link found to have no status (a write-only USB device file) is not asked again.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-printer-editor.h"
#include "ofc-printer-list.h"
#include "ofc-printer-row.h"

#define PROBE_TIMEOUT_MS 2000

struct _OfcPrinterList
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *content_stack;
  GtkListBox *printer_box;

  /* Owned references */
  OfcContext *context;
  GCancellable *cancellable; /* the probes under way; replaced when the panel is hidden */
  GHashTable *probes;        /* printer id → OfcPrinterProbe: the last answers */
  GHashTable *probing;       /* ids of the printers asked and not answered yet */
  GHashTable *statusless;    /* "id uri" of links without a status: not asked again */

  guint poll_source;
  guint poll_interval_ms;
};

G_DEFINE_FINAL_TYPE (OfcPrinterList, ofc_printer_list, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_POLL_INTERVAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  OfcPrinterList *self;
  char *id;
  char *key;
  char *name;
  gboolean announce;
} ProbeRequest;

/*
 * Auxiliary methods
 */

static char *
dup_id (OfcPrinter *printer)
{
  char *id = NULL;

  g_object_get (printer, "id", &id, NULL);
  return id;
}

static char *
dup_link_key (OfcPrinter *printer)
{
  g_autofree char *id = dup_id (printer);

  return g_strdup_printf ("%s %s", id, ofc_printer_get_uri (printer));
}

static OfcPrinterRow *
find_row (OfcPrinterList *self, const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->printer_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (OFC_IS_PRINTER_ROW (child) && g_strcmp0 (gtk_widget_get_name (child), id) == 0)
      return OFC_PRINTER_ROW (child);
  return NULL;
}

static void
clear_rows (OfcPrinterList *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->printer_box))) != NULL)
    gtk_list_box_remove (self->printer_box, child);
}

static void
add_row (OfcPrinterList *self, OfcPrinter *printer)
{
  OfcPrinterRow *row = ofc_printer_row_new (printer);
  g_autofree char *id = dup_id (printer);
  OfcPrinterProbe *probe = g_hash_table_lookup (self->probes, id);

  if (probe != NULL && ofc_printer_get_enabled (printer))
    ofc_printer_row_set_probe (row, probe);
  gtk_list_box_append (self->printer_box, GTK_WIDGET (row));
}

/* the ids of the printers the print worker is sending to now */
static GHashTable *
dup_busy_printers (OfcPrinterList *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) jobs =
      ofc_print_jobs_list (self->context, OFC_PRINT_JOBS_UNFINISHED, 200, &error);
  GHashTable *busy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (jobs == NULL)
    g_warning ("cannot list the print jobs: %s", error->message);
  for (guint i = 0; jobs != NULL && i < jobs->len; i++)
    {
      OfcPrintJob *job = g_ptr_array_index (jobs, i);
      char *id = NULL;

      if (ofc_print_job_get_state (job) != OFC_PRINT_JOB_SENDING)
        continue;
      g_object_get (job, "printer-id", &id, NULL);
      g_hash_table_add (busy, id);
    }
  return busy;
}

static OfcPrinter *
get_printer (OfcPrinterList *self, const char *id)
{
  OfcPrinterRow *row = find_row (self, id);

  return row != NULL ? ofc_printer_row_get_printer (row) : NULL;
}

/*
 * Status probes
 */

static void
probe_request_free (ProbeRequest *request)
{
  g_object_unref (request->self);
  g_free (request->id);
  g_free (request->key);
  g_free (request->name);
  g_free (request);
}

static void
announce (OfcPrinterList *self, const char *name, const OfcPrinterProbe *probe)
{
  g_autofree char *message =
      g_strdup_printf (_ ("“%s”: %s"), name,
                       probe->detail != NULL ? probe->detail : ofc_printer_probe_get_label (probe));

  ofc_gui_show_message (GTK_WIDGET (self), message);
}

static void
on_probed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  ProbeRequest *request = user_data;
  OfcPrinterList *self = request->self;
  OfcPrinterProbe *probe = ofc_printer_probe_finish (result, NULL);
  OfcPrinterRow *row;

  if (probe != NULL)
    {
      g_hash_table_remove (self->probing, request->id);
      if (probe->state == OFC_PRINTER_PROBE_NO_STATUS)
        g_hash_table_add (self->statusless, g_strdup (request->key));
      if (request->announce)
        announce (self, request->name, probe);
      if ((row = find_row (self, request->id)) != NULL)
        ofc_printer_row_set_probe (row, probe);
      g_hash_table_replace (self->probes, g_strdup (request->id), probe);
    }
  probe_request_free (request);
}

static void
start_probe (OfcPrinterList *self, OfcPrinter *printer, gboolean announce)
{
  ProbeRequest *request = g_new0 (ProbeRequest, 1);

  request->self = g_object_ref (self);
  request->id = dup_id (printer);
  request->key = dup_link_key (printer);
  request->name = g_strdup (ofc_printer_get_name (printer));
  request->announce = announce;
  g_hash_table_add (self->probing, g_strdup (request->id));
  ofc_printer_probe_async (printer, PROBE_TIMEOUT_MS, self->cancellable, on_probed_cb, request);
}

static gboolean
wants_probe (OfcPrinterList *self, OfcPrinter *printer)
{
  g_autofree char *id = dup_id (printer);
  g_autofree char *key = dup_link_key (printer);

  return ofc_printer_get_enabled (printer) && ofc_printer_probe_supported (printer) &&
         !g_hash_table_contains (self->probing, id) &&
         !g_hash_table_contains (self->statusless, key);
}

static void
poll_printers (OfcPrinterList *self)
{
  g_autoptr (GHashTable) busy = dup_busy_printers (self);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->printer_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      OfcPrinter *printer = ofc_printer_row_get_printer (OFC_PRINTER_ROW (child));

      if (!wants_probe (self, printer))
        continue;
      if (g_hash_table_contains (busy, gtk_widget_get_name (child)))
        ofc_printer_row_set_state_text (OFC_PRINTER_ROW (child), C_ ("printer status", "Printing"),
                                        _ ("The print queue is sending a job to this printer"));
      else
        start_probe (self, printer, FALSE);
    }
}

static gboolean
poll_cb (gpointer data)
{
  poll_printers (OFC_PRINTER_LIST (data));
  return G_SOURCE_CONTINUE;
}

static void
start_polling (OfcPrinterList *self)
{
  if (self->poll_source != 0 || self->context == NULL)
    return;
  poll_printers (self);
  self->poll_source = g_timeout_add (self->poll_interval_ms, poll_cb, self);
}

/* answers that come after this are dropped: the panel is not on screen */
static void
stop_polling (OfcPrinterList *self)
{
  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->probing);
}

/*
 * Editing
 */

static void
on_editor_saved_cb (OfcPrinterList *self, OfcPrinter *printer)
{
  g_autofree char *message =
      g_strdup_printf (_ ("Printer “%s” saved"), ofc_printer_get_name (printer));

  ofc_printer_list_reload (self);
  ofc_gui_show_message (GTK_WIDGET (self), message);
}

static void
open_editor (OfcPrinterList *self, OfcPrinter *printer)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  OfcPrinterEditor *editor = ofc_printer_editor_new (parent, self->context, printer);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
on_undo_archive_cb (OfcPrinterList *self, AdwToast *toast)
{
  g_autoptr (GError) error = NULL;
  OfcPrinter *printer = g_object_get_data (G_OBJECT (toast), "ofc-printer");

  if (!ofc_printer_store_restore (self->context, printer, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
}

static void
show_archived (OfcPrinterList *self, OfcPrinter *printer)
{
  g_autofree char *name = g_markup_escape_text (ofc_printer_get_name (printer), -1);
  g_autofree char *title = g_strdup_printf (_ ("Printer “%s” removed"), name);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "ofc-printer", g_object_ref (printer), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_archive_cb), self,
                           G_CONNECT_SWAPPED);
  ofc_gui_add_toast (GTK_WIDGET (self), toast);
}

/*
 * Actions
 */

static void
add_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_printer_list_add_printer (OFC_PRINTER_LIST (widget));
}

static void
edit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (widget);
  OfcPrinter *printer = get_printer (self, g_variant_get_string (parameter, NULL));

  if (printer != NULL)
    open_editor (self, printer);
}

static void
test_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (widget);
  OfcPrinter *printer = get_printer (self, g_variant_get_string (parameter, NULL));
  OfcPrintRequest request = { .kind = OFC_PRINT_JOB_TEST_PAGE };
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrintJob) job = NULL;
  g_autofree char *message = NULL;

  if (printer == NULL)
    return;
  request.printer_id = ofc_printer_get_id (printer);
  job = ofc_print_jobs_enqueue (self->context, &request, &error);
  if (job == NULL)
    {
      ofc_gui_show_error (widget, error);
      return;
    }
  message = g_strdup_printf (_ ("Test page sent to “%s”"), ofc_printer_get_name (printer));
  ofc_gui_show_message (widget, message);
}

static void
check_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  OfcPrinter *printer = get_printer (self, id);
  g_autofree char *key = NULL;

  if (printer == NULL || !ofc_printer_probe_supported (printer))
    return;
  /* asked by a person: asked again even if an earlier answer said "no status" */
  key = dup_link_key (printer);
  g_hash_table_remove (self->statusless, key);
  ofc_printer_row_set_state_text (find_row (self, id), _ ("Checking…"), NULL);
  start_probe (self, printer, TRUE);
}

static void
archive_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (widget);
  OfcPrinter *shown = get_printer (self, g_variant_get_string (parameter, NULL));
  g_autoptr (OfcPrinter) printer = NULL;
  g_autoptr (GError) error = NULL;

  if (shown == NULL)
    return;
  /* the store writes the archived state into the printer: a copy, not the row's */
  printer = ofc_printer_copy (shown);
  if (!ofc_printer_store_archive (self->context, printer, &error))
    ofc_gui_show_error (widget, error);
  else
    show_archived (self, printer);
}

/*
 * GObject overrides
 */

static void
ofc_printer_list_constructed (GObject *object)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (object);

  G_OBJECT_CLASS (ofc_printer_list_parent_class)->constructed (object);
  g_assert (self->context != NULL);
  g_signal_connect_object (self->context, "changed::" OFC_PRINTER_ENTITY,
                           G_CALLBACK (ofc_printer_list_reload), self, G_CONNECT_SWAPPED);
  ofc_printer_list_reload (self);
}

static void
ofc_printer_list_dispose (GObject *object)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (object);

  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_pointer (&self->probes, g_hash_table_unref);
  g_clear_pointer (&self->probing, g_hash_table_unref);
  g_clear_pointer (&self->statusless, g_hash_table_unref);

  G_OBJECT_CLASS (ofc_printer_list_parent_class)->dispose (object);
}

static void
ofc_printer_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      case PROP_POLL_INTERVAL:
        g_value_set_uint (value, self->poll_interval_ms);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_printer_list_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  OfcPrinterList *self = OFC_PRINTER_LIST (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      case PROP_POLL_INTERVAL:
        self->poll_interval_ms = g_value_get_uint (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_printer_list_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ofc_printer_list_parent_class)->map (widget);
  start_polling (OFC_PRINTER_LIST (widget));
}

static void
ofc_printer_list_unmap (GtkWidget *widget)
{
  stop_polling (OFC_PRINTER_LIST (widget));
  GTK_WIDGET_CLASS (ofc_printer_list_parent_class)->unmap (widget);
}

static void
ofc_printer_list_class_init (OfcPrinterListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_printer_list_constructed;
  object_class->dispose = ofc_printer_list_dispose;
  object_class->get_property = ofc_printer_list_get_property;
  object_class->set_property = ofc_printer_list_set_property;
  widget_class->map = ofc_printer_list_map;
  widget_class->unmap = ofc_printer_list_unmap;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* how often printers are asked while the panel is on screen, in milliseconds */
  properties[PROP_POLL_INTERVAL] =
      g_param_spec_uint ("poll-interval", NULL, NULL, 100, 600000, 5000,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-printer-list.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterList, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterList, printer_box);

  gtk_widget_class_install_action (widget_class, "printers.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "printers.edit", "s", edit_action);
  gtk_widget_class_install_action (widget_class, "printers.test", "s", test_action);
  gtk_widget_class_install_action (widget_class, "printers.check", "s", check_action);
  gtk_widget_class_install_action (widget_class, "printers.archive", "s", archive_action);
}

static void
ofc_printer_list_init (OfcPrinterList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->probes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) ofc_printer_probe_free);
  self->probing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->statusless = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/*
 * Public API
 */

OfcPrinterList *
ofc_printer_list_new (OfcContext *context)
{
  return g_object_new (OFC_TYPE_PRINTER_LIST, "context", context, NULL);
}

/**
 * ofc_printer_list_add_printer:
 *
 * Opens the editor on a new printer.
 */
void
ofc_printer_list_add_printer (OfcPrinterList *self)
{
  g_return_if_fail (OFC_IS_PRINTER_LIST (self));
  open_editor (self, NULL);
}

/**
 * ofc_printer_list_reload:
 *
 * Reads the printers again; the last answers of their status stay.
 */
void
ofc_printer_list_reload (OfcPrinterList *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) printers = NULL;
  guint n;

  g_return_if_fail (OFC_IS_PRINTER_LIST (self));
  printers = ofc_printer_store_list (self->context, FALSE, &error);
  if (printers == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  clear_rows (self);
  n = g_list_model_get_n_items (printers);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcPrinter) printer = g_list_model_get_item (printers, i);

      add_row (self, printer);
    }
  gtk_stack_set_visible_child_name (self->content_stack, n > 0 ? "list" : "empty");
  if (self->poll_source != 0)
    poll_printers (self);
}
