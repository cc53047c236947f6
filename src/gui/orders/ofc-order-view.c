/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderView: edits a working copy of the order read afresh from the store. Saving goes
 * through OfcOrderForm in one transaction and is refused with a conflict when someone
 * else saved the order meanwhile (its row version moved on): then nothing is
 * overwritten, and the window offers to reload, as the client editor does. Works,
 * comments and files are written at once by their own panels (they never change the
 * order's version); after each the history is read again.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-gui-format.h"
#include "ofc-order-view-private.h"
#include "ofc-window.h"

G_DEFINE_FINAL_TYPE (OfcOrderView, ofc_order_view, ADW_TYPE_WINDOW)

/* the fields of the "Repair" group, which OfcOrderForm does not hold */
static const struct
{
  const char *field;
  gsize offset;
} repair_fields[] = {
  { "executor-notes", G_STRUCT_OFFSET (OfcOrderView, executor_notes_row) },
  { "verdict", G_STRUCT_OFFSET (OfcOrderView, verdict_row) },
  { "recommendations", G_STRUCT_OFFSET (OfcOrderView, recommendations_row) },
};

static GtkWidget *
repair_row (OfcOrderView *self, gsize i)
{
  return *(GtkWidget **) G_STRUCT_MEMBER_P (self, repair_fields[i].offset);
}

/*
 * Loading
 */

static char *
dup_summary (OfcOrderView *self)
{
  g_autofree char *taken = ofc_gui_format_date_time (ofc_order_get_created_at (self->order));
  g_autofree char *since = ofc_gui_format_date_time (ofc_order_get_status_since (self->order));
  g_autofree char *total = ofc_gui_format_money (ofc_order_works_get_total (self->works),
                                                 ofc_context_get_currency (self->context));
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, _ ("Taken in %s"), taken);
  g_string_append (text, " · ");
  g_string_append_printf (text, _ ("in “%s” since %s"), ofc_order_get_status_name (self->order),
                          since);
  g_string_append (text, " · ");
  g_string_append_printf (text, _ ("total %s"), total);
  return g_string_free (text, FALSE);
}

static void
load_header (OfcOrderView *self)
{
  g_autofree char *title = g_strdup_printf (_ ("Order %s"), ofc_order_get_number (self->order));
  g_autofree char *device = ofc_order_dup_device_text (self->order);
  g_autofree char *subtitle =
      g_strdup_printf ("%s · %s", ofc_order_get_client_name (self->order), device);
  g_autofree char *summary = NULL;

  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_label_set_text (self->number_label, ofc_order_get_number (self->order));
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
  ofc_status_chip_set_status (self->status_chip, ofc_order_get_status_name (self->order),
                              ofc_order_get_status_color (self->order));
  summary = dup_summary (self);
  gtk_label_set_text (self->summary_label, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->urgent_label), ofc_order_get_urgent (self->order));
  gtk_widget_set_visible (
      GTK_WIDGET (self->overdue_label),
      ofc_order_is_overdue (self->order,
                            ofc_database_now (ofc_context_get_database (self->context))));
}

static void
load_history (OfcOrderView *self)
{
  g_autoptr (GError) error = NULL;

  if (!ofc_order_history_load (self->history, self->context, self->order, &error))
    ofc_gui_show_error (GTK_WIDGET (self->stack), error);
}

/* what the print button prints is the order as saved, so it follows each load */
static void
load_print_button (OfcOrderView *self)
{
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();

  g_ptr_array_add (ids, (gpointer) ofc_order_get_id (self->order));
  ofc_print_button_set_orders (self->print_button, ids);
}

static void
add_print_button (OfcOrderView *self)
{
  self->print_button = ofc_print_button_new (self->context);
  gtk_widget_set_name (GTK_WIDGET (self->print_button), "print-button");
  adw_header_bar_pack_end (self->header_bar, GTK_WIDGET (self->print_button));
  /* Ctrl+P (in the template) prints the sticker through the button's actions */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "print",
                                  ofc_print_button_get_action_group (self->print_button));
}

static void
load (OfcOrderView *self)
{
  ofc_order_form_load (self->form, self->order);
  for (gsize i = 0; i < G_N_ELEMENTS (repair_fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (self->order, repair_fields[i].field, &value, NULL);
      gtk_editable_set_text (GTK_EDITABLE (repair_row (self, i)), value != NULL ? value : "");
    }
  ofc_order_works_set_order (self->works, self->context, self->order);
  ofc_order_comments_set_order (self->comments, self->context, self->order);
  ofc_order_files_set_order (self->files, self->context, self->order);
  load_header (self);
  load_history (self);
  load_print_button (self);
}

/*
 * Saving
 */

static void
clear_error_mark (OfcOrderView *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  if (self->error_widget != NULL)
    gtk_widget_remove_css_class (self->error_widget, "error");
  self->error_widget = NULL;
}

static GtkWidget *
find_field_widget (OfcOrderView *self, const char *field)
{
  for (gsize i = 0; i < G_N_ELEMENTS (repair_fields); i++)
    if (g_strcmp0 (repair_fields[i].field, field) == 0)
      return repair_row (self, i);
  return ofc_order_form_get_field_widget (self->form, field);
}

static void
focus_field (OfcOrderView *self, const char *field)
{
  GtkWidget *widget = find_field_widget (self, field);

  if (widget == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->stack, "details");
  gtk_widget_grab_focus (widget);
  self->error_widget = ADW_IS_PREFERENCES_ROW (widget)
                           ? widget
                           : gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  if (self->error_widget != NULL)
    gtk_widget_add_css_class (self->error_widget, "error");
}

static void
on_reload_response_cb (OfcOrderView *self)
{
  ofc_order_view_reload (self);
}

static void
ask_reload (OfcOrderView *self, const GError *error)
{
  AdwMessageDialog *dialog = ofc_gui_ask_reload (
      GTK_WINDOW (self), _ ("The Order Was Changed Meanwhile"),
      _ ("Reloading shows the order as saved now; what you changed here is discarded."), error,
      G_CALLBACK (on_reload_response_cb));

  gtk_widget_set_name (GTK_WIDGET (dialog), "conflict-dialog");
}

static void
show_failure (OfcOrderView *self, const GError *error)
{
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_CONFLICT))
    {
      ask_reload (self, error);
      return;
    }
  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_INVALID))
    focus_field (self, ofc_error_get_field (error));
}

/**
 * _ofc_order_view_store:
 * @status_id: (nullable): a status to move to in the same save
 *
 * Saves what the widgets hold; on failure shows why (or offers to reload after a
 * conflict) and changes nothing.
 *
 * Returns: whether the order was saved
 */
gboolean
_ofc_order_view_store (OfcOrderView *self, const OfcUuid *status_id)
{
  g_autoptr (GError) error = NULL;

  clear_error_mark (self);
  for (gsize i = 0; i < G_N_ELEMENTS (repair_fields); i++)
    g_object_set (self->order, repair_fields[i].field,
                  gtk_editable_get_text (GTK_EDITABLE (repair_row (self, i))), NULL);
  if (!ofc_order_form_save (self->form, self->order, status_id, &error))
    {
      show_failure (self, error);
      return FALSE;
    }
  load (self);
  return TRUE;
}

/*
 * Callbacks and actions
 */

static void
on_part_changed_cb (OfcOrderView *self)
{
  load_header (self);
  load_history (self);
}

/* a scan while this window has the keyboard opens what was scanned, as in the main window */
static gboolean
on_scanned_cb (OfcOrderView *self, const char *code)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  return OFC_IS_WINDOW (parent) && ofc_window_open_code (OFC_WINDOW (parent), code);
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcOrderView *self = OFC_ORDER_VIEW (widget);

  if (ofc_order_view_save (self))
    ofc_gui_show_message (GTK_WIDGET (self->stack), _ ("Order saved"));
}

static void
reload_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_order_view_reload (OFC_ORDER_VIEW (widget));
}

static void
status_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_menu_button_popup (OFC_ORDER_VIEW (widget)->status_button);
}

static void
copy_number_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcOrderView *self = OFC_ORDER_VIEW (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), ofc_order_get_number (self->order));
  ofc_gui_show_message (GTK_WIDGET (self->stack), _ ("Order number copied"));
}

/* the works panel's own action, reached from anywhere in the window */
static void
add_work_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcOrderView *self = OFC_ORDER_VIEW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "works");
  gtk_widget_activate_action (GTK_WIDGET (self->works), "works.add", NULL);
}

static void
page_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  adw_view_stack_set_visible_child_name (OFC_ORDER_VIEW (widget)->stack,
                                         g_variant_get_string (parameter, NULL));
}

static void
close_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/*
 * GObject overrides
 */

static void
ofc_order_view_dispose (GObject *object)
{
  OfcOrderView *self = OFC_ORDER_VIEW (object);

  /* an open popover holds the keyboard grab; it must go before the window does */
  if (self->status_popover != NULL)
    gtk_popover_popdown (self->status_popover);

  g_clear_object (&self->scanner);
  g_clear_object (&self->order);
  g_clear_object (&self->store);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_order_view_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, comments);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, error_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, executor_notes_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, files);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, form);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, history);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, number_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, recommendations_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, stack);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, status_button);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, status_chip);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, status_list);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, status_popover);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, urgent_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, verdict_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderView, works);
  gtk_widget_class_bind_template_callback (widget_class, on_part_changed_cb);
  _ofc_order_view_bind_status (widget_class);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "order.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "order.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "order.status", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "order.copy-number", NULL, copy_number_action);
  gtk_widget_class_install_action (widget_class, "order.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "order.page", "s", page_action);
  gtk_widget_class_install_action (widget_class, "order.add-work", NULL, add_work_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "order.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "order.status",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "order.close",
                                       NULL);
}

static void
ofc_order_view_class_init (OfcOrderViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_order_view_dispose;

  g_type_ensure (OFC_TYPE_ORDER_COMMENTS);
  g_type_ensure (OFC_TYPE_ORDER_FILES);
  g_type_ensure (OFC_TYPE_ORDER_FORM);
  g_type_ensure (OFC_TYPE_ORDER_HISTORY);
  g_type_ensure (OFC_TYPE_ORDER_WORKS);
  g_type_ensure (OFC_TYPE_STATUS_CHIP);
  bind_template (widget_class);
  install_actions (widget_class);
}

static void
ofc_order_view_init (OfcOrderView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->scanner = ofc_scan_detector_new (GTK_WIDGET (self));
  g_signal_connect_object (self->scanner, "scanned", G_CALLBACK (on_scanned_cb), self,
                           G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

static OfcOrderView *
find_open (const OfcUuid *order_id)
{
  g_autoptr (GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (OFC_IS_ORDER_VIEW (l->data) &&
        ofc_uuid_equal (ofc_order_get_id (OFC_ORDER_VIEW (l->data)->order), order_id))
      return l->data;
  return NULL;
}

static OfcOrderView *
create (GtkWindow *parent, OfcContext *context, OfcOrder *order, GError **error)
{
  OfcOrderView *self = g_object_new (OFC_TYPE_ORDER_VIEW, "transient-for", parent,
                                     "destroy-with-parent", TRUE, NULL);

  self->context = g_object_ref (context);
  self->order = g_object_ref (order);
  self->store = ofc_client_store_new (context, error);
  if (self->store == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  ofc_order_form_set_context (self->form, context, self->store);
  add_print_button (self);
  load (self);
  return self;
}

/**
 * ofc_order_view_present:
 * @parent: (nullable): the main window
 *
 * Shows the order in its window, opening one if it is not open yet. An order that cannot
 * be read is reported in a toast of @parent.
 *
 * Returns: (transfer none) (nullable): the window
 */
OfcOrderView *
ofc_order_view_present (GtkWindow *parent, OfcContext *context, const OfcUuid *order_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = NULL;
  OfcOrderView *self;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);

  self = find_open (order_id);
  if (self == NULL)
    {
      order = ofc_order_load (context, order_id, &error);
      self = order != NULL ? create (parent, context, order, &error) : NULL;
    }
  if (self == NULL)
    {
      if (parent != NULL)
        ofc_gui_show_error (GTK_WIDGET (parent), error);
      return NULL;
    }
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

/**
 * ofc_order_view_get_order:
 *
 * Returns: (transfer none): the working copy shown
 */
OfcOrder *
ofc_order_view_get_order (OfcOrderView *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_VIEW (self), NULL);
  return self->order;
}

/**
 * ofc_order_view_save:
 *
 * Saves the order as the Save button does.
 *
 * Returns: whether it was saved
 */
gboolean
ofc_order_view_save (OfcOrderView *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_VIEW (self), FALSE);
  return _ofc_order_view_store (self, NULL);
}

/**
 * ofc_order_view_reload:
 *
 * Shows the order as stored now, discarding unsaved edits.
 */
void
ofc_order_view_reload (OfcOrderView *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) fresh = NULL;

  g_return_if_fail (OFC_IS_ORDER_VIEW (self));

  clear_error_mark (self);
  fresh = ofc_order_load (self->context, ofc_order_get_id (self->order), &error);
  if (fresh == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self->stack), error);
      return;
    }
  g_set_object (&self->order, fresh);
  load (self);
}
