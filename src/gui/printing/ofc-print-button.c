/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintButton: the subjects it prints are ids only (orders, or one client); nothing is
 * read until an item is chosen. Queuing a job is one short database write; the worker
 * prints it in the background and the printers page tells about any trouble later, so
 * the toast here says only where the job went.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-printing.h>

#include "ofc-a4-print.h"
#include "ofc-gui-error.h"
#include "ofc-print-button.h"

struct _OfcPrintButton
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkMenuButton *menu_button;

  /* Owned references */
  OfcContext *context;
  GArray *orders; /* OfcUuid */
  GSimpleActionGroup *actions;

  /* Borrowed references */
  AdwToast *toast; /* the last one shown, dismissed when the next comes */

  OfcUuid client;
  gboolean has_client;
};

G_DEFINE_FINAL_TYPE (OfcPrintButton, ofc_print_button, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static void
enable (OfcPrintButton *self, const char *name, gboolean enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->actions), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
update_actions (OfcPrintButton *self)
{
  gboolean orders = self->orders->len > 0;

  enable (self, "sticker", orders);
  enable (self, "intake-receipt", orders);
  enable (self, "act", orders);
  enable (self, "dialog-intake-receipt", orders);
  enable (self, "dialog-act", orders);
  enable (self, "card", self->has_client);
  gtk_widget_set_sensitive (GTK_WIDGET (self->menu_button), orders || self->has_client);
}

/* the button's window, or the main window under a dialog: where the printer settings are */
static GtkWidget *
find_main_window (OfcPrintButton *self)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  while (window != NULL && gtk_window_get_transient_for (window) != NULL &&
         !ADW_IS_APPLICATION_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return GTK_WIDGET (window);
}

static void
on_settings_clicked_cb (OfcPrintButton *self)
{
  GtkWidget *window = find_main_window (self);

  if (window != NULL && gtk_widget_activate_action (window, "win.show-page", "s", "printers"))
    gtk_window_present (GTK_WINDOW (window));
}

/* the answer to the last print replaces the one before, which may still be showing */
static AdwToast *
new_toast (OfcPrintButton *self, const char *message)
{
  g_autofree char *title = g_markup_escape_text (message, -1);

  if (self->toast != NULL)
    adw_toast_dismiss (self->toast);
  g_clear_weak_pointer (&self->toast);
  self->toast = adw_toast_new (title);
  g_object_add_weak_pointer (G_OBJECT (self->toast), (gpointer *) &self->toast);
  return self->toast;
}

static void
show_failure (OfcPrintButton *self, const GError *error)
{
  AdwToast *toast;

  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  toast = new_toast (self, error->message);
  adw_toast_set_timeout (toast, 10);
  /* no default printer, or one that cannot print this: the fix is in the printer settings */
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_NOT_FOUND) ||
      g_error_matches (error, OFC_ERROR, OFC_ERROR_INVALID))
    {
      adw_toast_set_button_label (toast, _ ("Printer _Settings"));
      g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_settings_clicked_cb), self,
                               G_CONNECT_SWAPPED);
    }
  ofc_gui_add_toast (GTK_WIDGET (self), toast);
}

static void
show_sent (OfcPrintButton *self, OfcPrintJob *job)
{
  guint n = ofc_print_job_get_n_subjects (job);
  const char *printer = ofc_print_job_get_printer_name (job);
  g_autofree char *message = NULL;

  if (ofc_print_job_get_kind (job) == OFC_PRINT_JOB_ORDER_STICKER && n > 1)
    message = g_strdup_printf (ngettext ("%u sticker sent to “%s”", "%u stickers sent to “%s”", n),
                               n, printer);
  else
    message = g_strdup_printf (_ ("Sent to “%s”"), printer);
  ofc_gui_add_toast (GTK_WIDGET (self), new_toast (self, message));
}

/*
 * Actions
 */

static void
print_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  OfcPrintButton *self = user_data;
  static const struct
  {
    const char *action;
    OfcPrintJobKind kind;
  } kinds[] = {
    { "sticker", OFC_PRINT_JOB_ORDER_STICKER },
    { "intake-receipt", OFC_PRINT_JOB_INTAKE_RECEIPT },
    { "act", OFC_PRINT_JOB_ACT },
    { "card", OFC_PRINT_JOB_CLIENT_CARD },
  };
  const char *name = g_action_get_name (G_ACTION (action));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_str_equal (name, kinds[i].action))
      {
        /* the toast tells the person; the job itself is the worker's now */
        g_autoptr (OfcPrintJob) job = ofc_print_button_print (self, kinds[i].kind);
      }
}

static void
dialog_activated (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  OfcPrintButton *self = user_data;
  gboolean act = g_str_equal (g_action_get_name (G_ACTION (action)), "dialog-act");

  if (self->orders->len == 0)
    return;
  ofc_a4_print_run (GTK_WIDGET (self), self->context,
                    act ? OFC_PRINT_JOB_ACT : OFC_PRINT_JOB_INTAKE_RECEIPT,
                    (const OfcUuid *) self->orders->data, self->orders->len);
}

static const GActionEntry action_entries[] = {
  { "sticker", print_activated },
  { "intake-receipt", print_activated },
  { "act", print_activated },
  { "card", print_activated },
  { "dialog-intake-receipt", dialog_activated },
  { "dialog-act", dialog_activated },
};

/*
 * GObject overrides
 */

static void
ofc_print_button_dispose (GObject *object)
{
  OfcPrintButton *self = OFC_PRINT_BUTTON (object);

  g_clear_weak_pointer (&self->toast);
  g_clear_object (&self->context);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->orders, g_array_unref);

  G_OBJECT_CLASS (ofc_print_button_parent_class)->dispose (object);
}

static void
ofc_print_button_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrintButton *self = OFC_PRINT_BUTTON (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_print_button_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  OfcPrintButton *self = OFC_PRINT_BUTTON (object);

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
ofc_print_button_class_init (OfcPrintButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_print_button_dispose;
  object_class->get_property = ofc_print_button_get_property;
  object_class->set_property = ofc_print_button_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-print-button.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcPrintButton, menu_button);
}

static void
ofc_print_button_init (OfcPrintButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->orders = g_array_new (FALSE, FALSE, sizeof (OfcUuid));
  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), action_entries,
                                   G_N_ELEMENTS (action_entries), self);
  gtk_widget_insert_action_group (GTK_WIDGET (self), "print", G_ACTION_GROUP (self->actions));
  update_actions (self);
}

/*
 * Public API
 */

OfcPrintButton *
ofc_print_button_new (OfcContext *context)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  return g_object_new (OFC_TYPE_PRINT_BUTTON, "context", context, NULL);
}

/**
 * ofc_print_button_set_orders:
 * @order_ids: (nullable) (element-type OfcUuid): the orders to print; copied. A sticker job
 *   prints one label per order; receipts and acts print each order in turn
 *
 * Replaces what the button prints.
 */
void
ofc_print_button_set_orders (OfcPrintButton *self, GPtrArray *order_ids)
{
  g_return_if_fail (OFC_IS_PRINT_BUTTON (self));
  g_array_set_size (self->orders, 0);
  for (guint i = 0; order_ids != NULL && i < order_ids->len; i++)
    g_array_append_vals (self->orders, g_ptr_array_index (order_ids, i), 1);
  self->has_client = FALSE;
  update_actions (self);
}

/**
 * ofc_print_button_set_client:
 * @client_id: (nullable): the client whose discount card prints; %NULL for none
 */
void
ofc_print_button_set_client (OfcPrintButton *self, const OfcUuid *client_id)
{
  g_return_if_fail (OFC_IS_PRINT_BUTTON (self));
  g_array_set_size (self->orders, 0);
  self->has_client = client_id != NULL && !ofc_uuid_is_nil (client_id);
  if (self->has_client)
    self->client = *client_id;
  update_actions (self);
}

/**
 * ofc_print_button_get_action_group:
 *
 * Returns: (transfer none): the "print" actions, to insert on a page so its shortcuts
 *   reach them
 */
GActionGroup *
ofc_print_button_get_action_group (OfcPrintButton *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_BUTTON (self), NULL);
  return G_ACTION_GROUP (self->actions);
}

/**
 * ofc_print_button_print:
 * @kind: a sticker, intake receipt or act (of the orders), or a card (of the client)
 *
 * Queues @kind on its default printer, as the menu item does, and says how it went.
 *
 * Returns: (transfer full) (nullable): the job queued
 */
OfcPrintJob *
ofc_print_button_print (OfcPrintButton *self, OfcPrintJobKind kind)
{
  gboolean card = kind == OFC_PRINT_JOB_CLIENT_CARD;
  OfcPrintRequest request = { .kind = kind, .copies = 1 };
  g_autoptr (GError) error = NULL;
  OfcPrintJob *job;

  g_return_val_if_fail (OFC_IS_PRINT_BUTTON (self), NULL);
  request.subjects = card ? &self->client : (const OfcUuid *) self->orders->data;
  request.n_subjects = card ? (self->has_client ? 1 : 0) : self->orders->len;
  if (request.n_subjects == 0)
    return NULL;
  job = ofc_print_jobs_enqueue (self->context, &request, &error);
  if (job == NULL)
    show_failure (self, error);
  else
    show_sent (self, job);
  return job;
}
