/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterEditor: edits a working copy of a printer and saves it through the printer
 * store after ofc_print_check_printer() (serial settings, the ESC/POS model, Brother tape).
 * A refused save changes nothing: the reason shows in a banner and the focus goes to the
 * field it names. Listing serial ports and asking the printer for its status run in
 * worker threads; the window never waits on a device.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-printer-editor-private.h"
#include "ofc-printer-probe.h"

#define CHECK_TIMEOUT_MS 3000

G_DEFINE_FINAL_TYPE (OfcPrinterEditor, ofc_printer_editor, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_PRINTER,
  N_PROPS
};

enum
{
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Serial ports, listed in a worker thread: libserialport reads the system's device tree
 */

static void
list_ports_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  GError *error = NULL;
  GPtrArray *ports = ofc_serial_ports_list (&error);

  if (ports == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, ports, (GDestroyNotify) g_ptr_array_unref);
}

static void
on_ports_listed_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (OfcPrinterEditor) self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) ports = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_warning ("cannot list the serial ports: %s", error->message);
  _ofc_printer_editor_set_ports (self, ports);
}

static void
list_ports (OfcPrinterEditor *self)
{
  g_autoptr (GTask) task =
      g_task_new (NULL, self->cancellable, on_ports_listed_cb, g_object_ref (self));

  g_task_set_source_tag (task, list_ports);
  g_task_run_in_thread (task, list_ports_thread);
}

/*
 * Errors
 */

static void
clear_error_mark (OfcPrinterEditor *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  if (self->error_widget != NULL)
    gtk_widget_remove_css_class (self->error_widget, "error");
  self->error_widget = NULL;
}

/* the field in view and the focus in it, marked until the next save */
static void
focus_field (OfcPrinterEditor *self, const char *field)
{
  GtkWidget *widget = _ofc_printer_editor_get_field_widget (self, field);

  if (widget == NULL || !gtk_widget_is_visible (widget))
    return;
  gtk_widget_grab_focus (widget);
  self->error_widget = widget;
  gtk_widget_add_css_class (widget, "error");
}

static void
show_failure (OfcPrinterEditor *self, const GError *error)
{
  /* a banner rather than a toast: the reason must stay readable while the field is fixed */
  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_INVALID))
    focus_field (self, ofc_error_get_field (error));
}

static void
update_title (OfcPrinterEditor *self)
{
  gboolean saved = ofc_printer_is_saved (self->printer);
  const char *title = saved ? ofc_printer_get_name (self->printer) : _ ("New Printer");

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, saved ? _ ("Printer") : NULL);
}

/*
 * Checking the status with the settings as edited
 */

static void
on_checked_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (OfcPrinterEditor) self = user_data;
  g_autoptr (OfcPrinterProbe) probe = ofc_printer_probe_finish (result, NULL);
  g_autofree char *text = NULL;

  if (probe == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), TRUE);
  text = g_strdup_printf ("%s: %s", ofc_printer_probe_get_label (probe),
                          probe->detail != NULL ? probe->detail : "");
  adw_action_row_set_subtitle (self->check_row, text);
}

static void
check_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrinterEditor *self = OFC_PRINTER_EDITOR (widget);
  g_autoptr (GError) error = NULL;

  clear_error_mark (self);
  if (!_ofc_printer_editor_collect (self, &error) ||
      !ofc_print_check_printer (self->printer, &error))
    {
      show_failure (self, error);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->check_button), FALSE);
  adw_action_row_set_subtitle (self->check_row, _ ("Asking the printer…"));
  ofc_printer_probe_async (self->printer, CHECK_TIMEOUT_MS, self->cancellable, on_checked_cb,
                           g_object_ref (self));
}

/*
 * Callbacks and actions
 */

static void
on_language_changed_cb (OfcPrinterEditor *self)
{
  if (!self->loading && self->printer != NULL)
    _ofc_printer_editor_apply_language (self);
}

static void
on_layout_changed_cb (OfcPrinterEditor *self)
{
  if (!self->loading && self->printer != NULL)
    _ofc_printer_editor_update_visibility (self);
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_printer_editor_save (OFC_PRINTER_EDITOR (widget));
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
refresh_ports_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  list_ports (OFC_PRINTER_EDITOR (widget));
}

/*
 * GObject overrides
 */

static void
ofc_printer_editor_constructed (GObject *object)
{
  OfcPrinterEditor *self = OFC_PRINTER_EDITOR (object);
  g_autoptr (OfcPrinter) given = g_steal_pointer (&self->printer);

  G_OBJECT_CLASS (ofc_printer_editor_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  self->printer =
      given != NULL ? ofc_printer_copy (given) : ofc_printer_new (OFC_PRINTER_LANGUAGE_ESCPOS);
  _ofc_printer_editor_load (self);
  update_title (self);
  list_ports (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ofc_printer_editor_dispose (GObject *object)
{
  OfcPrinterEditor *self = OFC_PRINTER_EDITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);
  g_clear_object (&self->printer);
  g_clear_pointer (&self->ports, g_ptr_array_unref);
  ofc_transport_uri_clear (&self->serial);

  G_OBJECT_CLASS (ofc_printer_editor_parent_class)->dispose (object);
}

static void
ofc_printer_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrinterEditor *self = OFC_PRINTER_EDITOR (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      case PROP_PRINTER:
        g_value_set_object (value, self->printer);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_printer_editor_set_property (GObject *object,
                                 guint prop_id,
                                 const GValue *value,
                                 GParamSpec *pspec)
{
  OfcPrinterEditor *self = OFC_PRINTER_EDITOR (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      case PROP_PRINTER:
        self->printer = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-printer-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, baud_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, check_button);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, check_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, code_page_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, code_table_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, connection_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, continuous_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, continuous_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, device_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, document_role_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, document_role_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, dpi_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, flow_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, gap_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, host_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, label_group);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, label_role_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, label_role_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, language_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, media_height_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, media_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, media_width_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, paper_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, parity_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, port_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, profile_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, queue_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, receipt_group);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, receipt_role_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, receipt_role_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, serial_port_row);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterEditor, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_layout_changed_cb);
}

static void
ofc_printer_editor_class_init (OfcPrinterEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_printer_editor_constructed;
  object_class->dispose = ofc_printer_editor_dispose;
  object_class->get_property = ofc_printer_editor_get_property;
  object_class->set_property = ofc_printer_editor_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* given: the printer to edit (NULL for a new one); read: the working copy */
  properties[PROP_PRINTER] =
      g_param_spec_object ("printer", NULL, NULL, OFC_TYPE_PRINTER,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcPrinterEditor::saved:
   * @printer: the printer as stored
   *
   * Emitted once the printer is stored, just before the window closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, OFC_TYPE_PRINTER);

  bind_template (widget_class);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "editor.refresh-ports", NULL,
                                   refresh_ports_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
ofc_printer_editor_init (OfcPrinterEditor *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->ports = g_ptr_array_new_with_free_func (g_free);
  self->cancellable = g_cancellable_new ();
  _ofc_printer_editor_init_models (self);
  self->loading = FALSE;
}

/*
 * Public API
 */

/**
 * ofc_printer_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @printer: (nullable): the printer to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcPrinterEditor *
ofc_printer_editor_new (GtkWindow *parent, OfcContext *context, OfcPrinter *printer)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (printer == NULL || OFC_IS_PRINTER (printer), NULL);

  return g_object_new (OFC_TYPE_PRINTER_EDITOR, "transient-for", parent, "context", context,
                       "printer", printer, NULL);
}

/**
 * ofc_printer_editor_get_printer:
 *
 * Returns: (transfer none): the working copy being edited
 */
OfcPrinter *
ofc_printer_editor_get_printer (OfcPrinterEditor *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER_EDITOR (self), NULL);
  return self->printer;
}

/**
 * ofc_printer_editor_save:
 *
 * Saves what the widgets hold, as the Save button does: on success emits "saved" and
 * closes the window; otherwise shows why and keeps the window open.
 *
 * Returns: whether the printer was saved
 */
gboolean
ofc_printer_editor_save (OfcPrinterEditor *self)
{
  g_autoptr (GError) error = NULL;
  gboolean saved;

  g_return_val_if_fail (OFC_IS_PRINTER_EDITOR (self), FALSE);

  clear_error_mark (self);
  saved = _ofc_printer_editor_collect (self, &error) &&
          ofc_print_check_printer (self->printer, &error) &&
          (ofc_printer_is_saved (self->printer)
               ? ofc_printer_store_update (self->context, self->printer, &error)
               : ofc_printer_store_create (self->context, self->printer, &error));
  if (!saved)
    {
      show_failure (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, self->printer);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
