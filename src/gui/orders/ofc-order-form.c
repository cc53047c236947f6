/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderForm: loads an OfcOrder into its rows and saves the rows into it. Saving is one
 * transaction: a client typed in as new is created, a device type typed in that the shop
 * does not have yet is added, and the order is stored — all or nothing. The store does
 * the checking; its errors name the field, and the window holding the form focuses the
 * row ofc_order_form_get_field_widget() returns.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-gui-format.h"
#include "ofc-order-form-private.h"

G_DEFINE_FINAL_TYPE (OfcOrderForm, ofc_order_form, ADW_TYPE_BIN)

typedef struct
{
  const char *field; /* an OfcOrder property, as errors name it */
  gsize offset;      /* of the row in OfcOrderForm */
} Field;

#define FIELD(field, member)                      \
  {                                               \
    field, G_STRUCT_OFFSET (OfcOrderForm, member) \
  }

/* text properties and their rows */
static const Field text_fields[] = {
  FIELD ("brand", brand_row),           FIELD ("model", model_row),
  FIELD ("serial", serial_row),         FIELD ("malfunction", malfunction_row),
  FIELD ("appearance", appearance_row), FIELD ("completeness", completeness_row),
  FIELD ("receiver-notes", notes_row),
};

/* fields whose errors point at a row the table above does not hold */
static const Field other_fields[] = {
  FIELD ("device-type-id", device_type_row),
  FIELD ("estimate", estimate_row),
  FIELD ("urgent", urgent_switch),
  FIELD ("deadline", deadline_row),
  FIELD ("manager-id", manager_row),
  FIELD ("executor-id", executor_row),
  FIELD ("type-id", type_row),
  FIELD ("location-id", location_row),
};

static GtkWidget *
field_widget (OfcOrderForm *self, const Field *field)
{
  return *(GtkWidget **) G_STRUCT_MEMBER_P (self, field->offset);
}

/*
 * Loading
 */

static void
set_row_text (GtkWidget *row, const char *text)
{
  if (OFC_IS_SUGGEST_ROW (row))
    ofc_suggest_row_set_text_quietly (OFC_SUGGEST_ROW (row), text);
  else
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load_estimate (OfcOrderForm *self, gint64 estimate)
{
  g_autofree char *text = NULL;

  if (estimate != 0)
    text = ofc_money_format (ofc_money_init (estimate, ofc_context_get_currency (self->context)),
                             NULL, OFC_MONEY_FORMAT_PLAIN);
  gtk_editable_set_text (GTK_EDITABLE (self->estimate_row), text != NULL ? text : "");
}

static void
load_choices_of (OfcOrderForm *self, OfcOrder *order)
{
  ofc_choice_row_set_id (self->manager_row, ofc_order_get_manager_id (order),
                         ofc_order_get_manager_name (order));
  ofc_choice_row_set_id (self->executor_row, ofc_order_get_executor_id (order),
                         ofc_order_get_executor_name (order));
  ofc_choice_row_set_id (self->type_row, ofc_order_get_type_id (order),
                         ofc_order_get_type_name (order));
  ofc_choice_row_set_id (self->location_row, ofc_order_get_location_id (order),
                         ofc_order_get_location_name (order));
}

/*
 * Collecting
 */

static gboolean
collect_estimate (OfcOrderForm *self, OfcOrder *order, GError **error)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->estimate_row));
  g_autoptr (GError) local = NULL;
  OfcMoney money = { 0 };

  if (!ofc_text_is_blank (text) &&
      !ofc_money_parse (text, ofc_context_get_currency (self->context), &money, &local))
    {
      ofc_set_invalid (error, "estimate", "%s", local->message);
      return FALSE;
    }
  ofc_order_set_estimate (order, money.minor);
  return TRUE;
}

/* a new day keeps the time of day of the deadline it replaces, or of now */
static gint64
deadline_on_day (OfcOrderForm *self, int year, int month, int day)
{
  gint64 base = self->loaded_deadline != 0
                    ? self->loaded_deadline
                    : ofc_database_now (ofc_context_get_database (self->context));
  g_autoptr (GDateTime) time = g_date_time_new_from_unix_local (base / G_USEC_PER_SEC);
  g_autoptr (GDateTime) deadline = g_date_time_new_local (
      year, month, day, g_date_time_get_hour (time), g_date_time_get_minute (time), 0);

  return deadline != NULL ? g_date_time_to_unix (deadline) * G_USEC_PER_SEC : 0;
}

static gboolean
collect_deadline (OfcOrderForm *self, OfcOrder *order, GError **error)
{
  g_autofree char *day = ofc_date_row_dup_value (self->deadline_row);
  g_autofree char *example = ofc_gui_format_day_of (g_get_real_time ());
  int year, month, date;
  gint64 deadline;

  if (*day == '\0' || g_strcmp0 (day, self->loaded_deadline_day) == 0)
    {
      ofc_order_set_deadline (order, *day == '\0' ? 0 : self->loaded_deadline);
      return TRUE;
    }
  deadline = sscanf (day, "%4d-%2d-%2d", &year, &month, &date) == 3
                 ? deadline_on_day (self, year, month, date)
                 : 0;
  if (deadline == 0)
    {
      ofc_set_invalid (error, "deadline", _ ("“%s” is not a date; type it like %s"), day, example);
      return FALSE;
    }
  ofc_order_set_deadline (order, deadline);
  return TRUE;
}

/* a type the shop does not have yet is added, as the catalogue learns brands */
static gboolean
collect_device_type (OfcOrderForm *self, OfcOrder *order, GError **error)
{
  g_autofree char *name =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->device_type_row))));
  g_autoptr (OfcDeviceType) type = NULL;

  if (*name == '\0')
    {
      ofc_order_set_device_type_id (order, &(OfcUuid){ 0 });
      return TRUE;
    }
  type = _ofc_order_form_find_device_type (self, name);
  if (type == NULL)
    type = ofc_device_type_find_or_add (self->context, name, error);
  if (type == NULL)
    return FALSE;
  ofc_order_set_device_type_id (order, ofc_device_type_get_id (type));
  return TRUE;
}

/* "the default" is for new orders; a stored order keeps what it has */
static void
collect_choice (OfcChoiceRow *row, OfcOrder *order, const char *property)
{
  g_autofree char *id = NULL;

  if (ofc_choice_row_is_none (row) && ofc_order_is_saved (order) &&
      (g_str_equal (property, "type-id") || g_str_equal (property, "location-id")))
    return;
  id = ofc_choice_row_is_none (row) ? g_strdup ("")
                                    : ofc_uuid_dup_string (ofc_choice_row_get_id (row));
  g_object_set (order, property, id, NULL);
}

static gboolean
collect (OfcOrderForm *self, OfcOrder *order, GError **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (text_fields); i++)
    g_object_set (order, text_fields[i].field,
                  gtk_editable_get_text (GTK_EDITABLE (field_widget (self, &text_fields[i]))),
                  NULL);
  ofc_order_set_urgent (order, gtk_switch_get_active (self->urgent_switch));
  collect_choice (self->manager_row, order, "manager-id");
  collect_choice (self->executor_row, order, "executor-id");
  collect_choice (self->type_row, order, "type-id");
  collect_choice (self->location_row, order, "location-id");
  return collect_estimate (self, order, error) && collect_deadline (self, order, error) &&
         collect_device_type (self, order, error);
}

/*
 * GObject overrides
 */

static void
on_reference_changed_cb (OfcOrderForm *self, const char *entity)
{
  static const char *const offered[] = { "employee", "order_type", "location", "device_type",
                                         NULL };

  if (g_strv_contains (offered, entity))
    _ofc_order_form_load_choices (self);
}

static void
ofc_order_form_dispose (GObject *object)
{
  OfcOrderForm *self = OFC_ORDER_FORM (object);

  g_clear_object (&self->context);
  g_clear_object (&self->device_types);
  g_clear_pointer (&self->preset_malfunctions, g_strfreev);
  g_clear_pointer (&self->loaded_deadline_day, g_free);

  G_OBJECT_CLASS (ofc_order_form_parent_class)->dispose (object);
}

static void
ofc_order_form_class_init (OfcOrderFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_order_form_dispose;

  g_type_ensure (OFC_TYPE_CHOICE_ROW);
  g_type_ensure (OFC_TYPE_CLIENT_PICKER);
  g_type_ensure (OFC_TYPE_DATE_ROW);
  g_type_ensure (OFC_TYPE_SUGGEST_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-form.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, appearance_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, brand_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, client_picker);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, completeness_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, currency_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, device_group);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, device_type_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, estimate_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, executor_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, location_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, malfunction_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, manager_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, model_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, notes_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, serial_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, serial_warning_icon);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, type_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderForm, urgent_switch);
  _ofc_order_form_bind_suggestions (widget_class);
}

static void
ofc_order_form_init (OfcOrderForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->loaded_deadline_day = g_strdup ("");
}

/*
 * Public API
 */

/**
 * ofc_order_form_set_context:
 * @store: the client book the client field searches and adds to
 *
 * Gives the form its shop; reads what the rows offer.
 */
void
ofc_order_form_set_context (OfcOrderForm *self, OfcContext *context, OfcClientStore *store)
{
  g_return_if_fail (OFC_IS_ORDER_FORM (self));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  ofc_client_picker_set_store (self->client_picker, store);
  gtk_label_set_text (self->currency_label,
                      ofc_currency_get_symbol (ofc_context_get_currency (context)));
  _ofc_order_form_load_choices (self);
  g_signal_connect_object (context, "changed", G_CALLBACK (on_reference_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * ofc_order_form_load:
 *
 * Shows @order in the rows.
 */
void
ofc_order_form_load (OfcOrderForm *self, OfcOrder *order)
{
  g_return_if_fail (OFC_IS_ORDER_FORM (self));
  g_return_if_fail (OFC_IS_ORDER (order));

  ofc_client_picker_set_client (self->client_picker, ofc_order_get_client_id (order),
                                ofc_order_get_client_name (order),
                                ofc_order_get_client_phone (order));
  ofc_suggest_row_set_text_quietly (self->device_type_row, ofc_order_get_device_type_name (order));
  for (gsize i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (order, text_fields[i].field, &value, NULL);
      set_row_text (field_widget (self, &text_fields[i]), value);
    }
  load_estimate (self, ofc_order_get_estimate (order));
  gtk_switch_set_active (self->urgent_switch, ofc_order_get_urgent (order));
  _ofc_order_form_set_deadline (self, ofc_order_get_deadline (order));
  load_choices_of (self, order);
}

/**
 * ofc_order_form_save:
 * @order: a new order, or the working copy of a stored one; on success it holds what was
 *   stored
 * @status_id: (nullable): a status to move the order to in the same save
 *
 * Stores what the rows say, creating a new client and a new device type if they were
 * typed in, in one transaction.
 */
gboolean
ofc_order_form_save (OfcOrderForm *self, OfcOrder *order, const OfcUuid *status_id, GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;
  gboolean new_client;
  OfcUuid client_id;

  g_return_val_if_fail (OFC_IS_ORDER_FORM (self), FALSE);

  new_client = ofc_client_picker_is_creating (self->client_picker);
  transaction = ofc_database_begin (ofc_context_get_database (self->context), error);
  if (transaction == NULL || !ofc_client_picker_resolve (self->client_picker, &client_id, error) ||
      !collect (self, order, error))
    return FALSE;
  ofc_order_set_client_id (order, &client_id);
  if (status_id != NULL ? !ofc_order_change_status (self->context, order, status_id, error)
                        : !ofc_order_save (self->context, order, error))
    return FALSE;
  if (!ofc_transaction_commit (transaction, error))
    return FALSE;
  if (new_client)
    ofc_context_notify_changed (self->context, "client");
  return TRUE;
}

/**
 * ofc_order_form_get_field_widget:
 * @field: an #OfcOrder property named by an error, or the new client's "name" or "phones"
 *
 * Returns: (transfer none) (nullable): the row to focus
 */
GtkWidget *
ofc_order_form_get_field_widget (OfcOrderForm *self, const char *field)
{
  g_return_val_if_fail (OFC_IS_ORDER_FORM (self), NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (text_fields); i++)
    if (g_strcmp0 (text_fields[i].field, field) == 0)
      return field_widget (self, &text_fields[i]);
  for (gsize i = 0; i < G_N_ELEMENTS (other_fields); i++)
    if (g_strcmp0 (other_fields[i].field, field) == 0)
      return field_widget (self, &other_fields[i]);
  return ofc_client_picker_get_field_widget (self->client_picker, field);
}

/**
 * ofc_order_form_focus_first:
 *
 * Puts the focus where intake starts: the client field.
 */
void
ofc_order_form_focus_first (OfcOrderForm *self)
{
  g_return_if_fail (OFC_IS_ORDER_FORM (self));
  gtk_widget_grab_focus (ofc_client_picker_get_field_widget (self->client_picker, "client-id"));
}
