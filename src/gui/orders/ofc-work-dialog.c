/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcWorkDialog: the work's name field searches the price list; taking a service fills
 * the price and the warranty, which stay editable (the order keeps its own copy, so a
 * later price change never alters it). A name typed without picking is a work of its
 * own, or the service of exactly that name. The store checks everything; a refused save
 * shows why in a banner and focuses the field, as every editor does.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-choice-row.h"
#include "ofc-suggest-row.h"
#include "ofc-work-dialog.h"

#define MAX_MATCHES 10

struct _OfcWorkDialog
{
  AdwWindow parent_instance;

  /* Template widgets */
  GtkLabel *currency_label;
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  OfcChoiceRow *executor_row;
  OfcSuggestRow *name_row;
  AdwEntryRow *price_row;
  AdwEntryRow *quantity_row;
  AdwEntryRow *warranty_row;
  AdwWindowTitle *window_title;

  /* Owned references */
  OfcContext *context;
  OfcOrder *order;
  OfcOrderWork *work;   /* the work edited; NULL for a new one */
  GListModel *services; /* the price list */
  GPtrArray *matches;   /* OfcService offered now */

  OfcUuid service_id;
};

G_DEFINE_FINAL_TYPE (OfcWorkDialog, ofc_work_dialog, ADW_TYPE_WINDOW)

enum
{
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
set_price (OfcWorkDialog *self, gint64 price)
{
  g_autofree char *text =
      ofc_money_format (ofc_money_init (price, ofc_context_get_currency (self->context)), NULL,
                        OFC_MONEY_FORMAT_PLAIN);

  gtk_editable_set_text (GTK_EDITABLE (self->price_row), text);
}

static void
set_number (AdwEntryRow *row, int value)
{
  g_autofree char *text = g_strdup_printf ("%d", value);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* a whole number typed in @row; blank is @blank; FALSE with an error naming @field */
static gboolean
get_number (AdwEntryRow *row, int blank, const char *field, int *out, GError **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  gint64 value = blank;

  if (*text != '\0' && !g_ascii_string_to_signed (text, 10, 0, G_MAXINT, &value, NULL))
    {
      ofc_set_invalid (error, field, _ ("“%s” is not a whole number"), text);
      return FALSE;
    }
  *out = (int) value;
  return TRUE;
}

static OfcService *
find_service (OfcWorkDialog *self, const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name, -1);
  guint n = self->services != NULL ? g_list_model_get_n_items (self->services) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcService) service = g_list_model_get_item (self->services, i);
      g_autofree char *key = g_utf8_casefold (ofc_service_get_name (service), -1);

      if (g_str_equal (key, wanted))
        return g_steal_pointer (&service);
    }
  return NULL;
}

static void
load (OfcWorkDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) technicians =
      ofc_employee_list (self->context, OFC_ROLE_TECHNICIAN, FALSE, &error);

  self->services = ofc_service_list (self->context, FALSE, NULL);
  gtk_label_set_text (self->currency_label,
                      ofc_currency_get_symbol (ofc_context_get_currency (self->context)));
  ofc_choice_row_fill (self->executor_row, C_ ("executor", "Not assigned"), technicians);
  adw_window_title_set_title (self->window_title,
                              self->work != NULL ? _ ("Edit Work") : _ ("Add Work"));
  adw_window_title_set_subtitle (self->window_title, ofc_order_get_number (self->order));
  if (self->work == NULL)
    {
      ofc_choice_row_set_id (self->executor_row, ofc_order_get_executor_id (self->order),
                             ofc_order_get_executor_name (self->order));
      return;
    }
  self->service_id = *ofc_order_work_get_service_id (self->work);
  ofc_suggest_row_set_text_quietly (self->name_row, ofc_order_work_get_name (self->work));
  set_number (self->quantity_row, ofc_order_work_get_quantity (self->work));
  set_price (self, ofc_order_work_get_price (self->work));
  ofc_choice_row_set_id (self->executor_row, ofc_order_work_get_executor_id (self->work),
                         ofc_order_work_get_executor_name (self->work));
  set_number (self->warranty_row, ofc_order_work_get_warranty_days (self->work));
}

static void
show_failure (OfcWorkDialog *self, const GError *error)
{
  const char *field =
      g_error_matches (error, OFC_ERROR, OFC_ERROR_INVALID) ? ofc_error_get_field (error) : NULL;
  GtkWidget *widget = NULL;

  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (g_strcmp0 (field, "quantity") == 0)
    widget = GTK_WIDGET (self->quantity_row);
  else if (g_strcmp0 (field, "price") == 0)
    widget = GTK_WIDGET (self->price_row);
  else if (g_strcmp0 (field, "warranty-days") == 0)
    widget = GTK_WIDGET (self->warranty_row);
  else if (g_strcmp0 (field, "executor-id") == 0)
    widget = GTK_WIDGET (self->executor_row);
  else if (field != NULL)
    widget = GTK_WIDGET (self->name_row);
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
}

/* the fields into @work; FALSE when the price cannot be read */
static gboolean
collect (OfcWorkDialog *self, OfcOrderWork *work, GError **error)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *price = gtk_editable_get_text (GTK_EDITABLE (self->price_row));
  g_autoptr (OfcService) named =
      ofc_uuid_is_nil (&self->service_id) ? find_service (self, name) : NULL;
  g_autoptr (GError) local = NULL;
  OfcMoney money = { 0 };
  int quantity, warranty;

  if (!get_number (self->quantity_row, 1, "quantity", &quantity, error) ||
      !get_number (self->warranty_row, 0, "warranty-days", &warranty, error))
    return FALSE;
  if (!ofc_text_is_blank (price) &&
      !ofc_money_parse (price, ofc_context_get_currency (self->context), &money, &local))
    {
      ofc_set_invalid (error, "price", "%s", local->message);
      return FALSE;
    }
  ofc_order_work_set_name (work, name);
  ofc_order_work_set_service_id (work,
                                 named != NULL ? ofc_service_get_id (named) : &self->service_id);
  ofc_order_work_set_quantity (work, quantity);
  ofc_order_work_set_price (work, money.minor);
  ofc_order_work_set_executor_id (work, ofc_choice_row_get_id (self->executor_row));
  ofc_order_work_set_warranty_days (work, warranty);
  return TRUE;
}

/*
 * Callbacks and actions
 */

static void
on_name_search_cb (OfcWorkDialog *self, const char *query)
{
  g_autoptr (GStrvBuilder) titles = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) subtitles = g_strv_builder_new ();
  g_autofree char *key = g_utf8_casefold (query, -1);
  g_auto (GStrv) title_list = NULL, subtitle_list = NULL;
  guint n = self->services != NULL ? g_list_model_get_n_items (self->services) : 0;

  g_ptr_array_set_size (self->matches, 0);
  for (guint i = 0; i < n && self->matches->len < MAX_MATCHES; i++)
    {
      g_autoptr (OfcService) service = g_list_model_get_item (self->services, i);
      g_autofree char *name = g_utf8_casefold (ofc_service_get_name (service), -1);
      g_autofree char *price = NULL;
      g_autofree char *subtitle = NULL;

      if (strstr (name, key) == NULL)
        continue;
      price = ofc_money_format (ofc_money_init (ofc_service_get_price (service),
                                                ofc_context_get_currency (self->context)),
                                NULL, OFC_MONEY_FORMAT_SYMBOL);
      subtitle = g_strdup_printf ("%s · %s", ofc_service_get_category (service), price);
      g_strv_builder_add (titles, ofc_service_get_name (service));
      g_strv_builder_add (subtitles, subtitle);
      g_ptr_array_add (self->matches, g_steal_pointer (&service));
    }
  title_list = g_strv_builder_end (titles);
  subtitle_list = g_strv_builder_end (subtitles);
  ofc_suggest_row_set_suggestions (self->name_row, (const char *const *) title_list,
                                   (const char *const *) subtitle_list);
}

static void
on_name_picked_cb (OfcWorkDialog *self, guint index)
{
  OfcService *service;

  if (index >= self->matches->len)
    return;
  service = g_ptr_array_index (self->matches, index);
  self->service_id = *ofc_service_get_id (service);
  ofc_suggest_row_set_text_quietly (self->name_row, ofc_service_get_name (service));
  set_price (self, ofc_service_get_price (service));
  set_number (self->warranty_row, ofc_service_get_warranty_days (service));
}

/* another name is another work: the link to the price list goes */
static void
on_name_changed_cb (OfcWorkDialog *self)
{
  g_autoptr (OfcService) named =
      find_service (self, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));

  if (named == NULL || !ofc_uuid_equal (ofc_service_get_id (named), &self->service_id))
    self->service_id = (OfcUuid){ 0 };
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_work_dialog_save (OFC_WORK_DIALOG (widget));
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/*
 * GObject overrides
 */

static void
ofc_work_dialog_dispose (GObject *object)
{
  OfcWorkDialog *self = OFC_WORK_DIALOG (object);

  g_clear_object (&self->context);
  g_clear_object (&self->order);
  g_clear_object (&self->work);
  g_clear_object (&self->services);
  g_clear_pointer (&self->matches, g_ptr_array_unref);

  G_OBJECT_CLASS (ofc_work_dialog_parent_class)->dispose (object);
}

static void
ofc_work_dialog_class_init (OfcWorkDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_work_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OFC_TYPE_CHOICE_ROW);
  g_type_ensure (OFC_TYPE_SUGGEST_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-work-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, currency_label);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, executor_row);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, price_row);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, warranty_row);
  gtk_widget_class_bind_template_child (widget_class, OfcWorkDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_name_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_search_cb);

  gtk_widget_class_install_action (widget_class, "work.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "work.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "work.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "work.cancel", NULL);
}

static void
ofc_work_dialog_init (OfcWorkDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->matches = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (on_name_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

/**
 * ofc_work_dialog_new:
 * @order: the stored order the work belongs to
 * @work: (nullable): the work to edit; %NULL to add one
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
OfcWorkDialog *
ofc_work_dialog_new (GtkWindow *parent, OfcContext *context, OfcOrder *order, OfcOrderWork *work)
{
  OfcWorkDialog *self;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (OFC_IS_ORDER (order), NULL);

  self = g_object_new (OFC_TYPE_WORK_DIALOG, "transient-for", parent, NULL);
  self->context = g_object_ref (context);
  self->order = g_object_ref (order);
  self->work = work != NULL ? g_object_ref (work) : NULL;
  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
  return self;
}

/**
 * ofc_work_dialog_save:
 *
 * Stores the work, as the Save button does: on success emits "saved" and closes.
 *
 * Returns: whether the work was stored
 */
gboolean
ofc_work_dialog_save (OfcWorkDialog *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderWork) work = NULL;
  gboolean saved;

  g_return_val_if_fail (OFC_IS_WORK_DIALOG (self), FALSE);

  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  work = self->work != NULL ? g_object_ref (self->work) : ofc_order_work_new ("", 0);
  saved = collect (self, work, &error);
  if (saved)
    saved = self->work != NULL ? ofc_order_save_work (self->context, self->order, work, &error)
                               : ofc_order_add_work (self->context, self->order, work, &error);
  if (!saved)
    {
      show_failure (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
