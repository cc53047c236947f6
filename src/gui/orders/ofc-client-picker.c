/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPicker: the matches come from OfcClientStore's search (phone digits, name
 * words, card codes), the newest few; the last suggestion is always "New client …", and
 * when nobody matches it is the only one, so a phone number and Enter start a new client
 * with that phone. The new client is created only when the order is saved, inside the
 * order's transaction (ofc_client_picker_resolve()), so a refused order leaves no client
 * behind. Editing the text after a pick drops the pick.
 *
 * A client picked from the matches gets a row under the field with what the shop already
 * knows of their repairs (OfcClientOrders): how many orders, how many still open, and the
 * newest one, marked as a warning while any is open, since a device of theirs may already
 * be here. A client shown by the program (an order being edited) and a new one get none.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-client-picker.h"
#include "ofc-gui-format.h"
#include "ofc-suggest-row.h"

/* enough to tell namesakes apart, few enough to read at a glance */
#define MAX_MATCHES 8

struct _OfcClientPicker
{
  AdwPreferencesGroup parent_instance;

  /* Template widgets */
  GtkImage *client_icon;
  OfcSuggestRow *client_row;
  AdwEntryRow *name_row;
  AdwActionRow *orders_row;
  GtkImage *orders_icon;
  AdwEntryRow *phone_row;

  /* Owned references */
  OfcClientStore *store;
  GPtrArray *matches; /* OfcClient, the suggestions before "New client" */
  char *shown_text;   /* the row's text after a pick: another text drops the pick */

  OfcUuid client_id;
  gboolean creating;
  guint showing; /* the row's text is being set to the picked client */
};

G_DEFINE_FINAL_TYPE (OfcClientPicker, ofc_client_picker, ADW_TYPE_PREFERENCES_GROUP)

/*
 * Auxiliary methods
 */

static void
update_icon (OfcClientPicker *self)
{
  gboolean picked = !ofc_uuid_is_nil (&self->client_id);

  gtk_image_set_from_icon_name (self->client_icon, picked           ? "emblem-ok-symbolic"
                                                   : self->creating ? "contact-new-symbolic"
                                                                    : "avatar-default-symbolic");
  if (picked)
    gtk_widget_add_css_class (GTK_WIDGET (self->client_icon), "success");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->client_icon), "success");
}

static void
hide_orders (OfcClientPicker *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->orders_row), FALSE);
}

static void
set_creating (OfcClientPicker *self, gboolean creating)
{
  if (creating)
    hide_orders (self);
  self->creating = creating;
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), creating);
  gtk_widget_set_visible (GTK_WIDGET (self->phone_row), creating);
  update_icon (self);
}

/* "Иванов Иван · +7 926 123-45-67" */
static char *
dup_client_text (const char *name, const char *phone)
{
  if (phone == NULL || *phone == '\0')
    return g_strdup (name);
  return g_strdup_printf ("%s · %s", name, phone);
}

static void
show_client (OfcClientPicker *self, const OfcUuid *id, const char *name, const char *phone)
{
  g_autofree char *text = dup_client_text (name, phone);

  self->client_id = *id;
  g_free (self->shown_text);
  self->shown_text = g_strdup (text);
  self->showing++;
  ofc_suggest_row_set_text_quietly (self->client_row, text);
  /* the name first, not the end of the phone */
  gtk_editable_set_position (GTK_EDITABLE (self->client_row), 0);
  self->showing--;
  update_icon (self);
}

/* a new client from what was typed: a phone number goes to the phone, the rest to the name */
static void
start_new_client (OfcClientPicker *self, const char *query)
{
  gboolean is_phone = ofc_phone_is_query (query);

  set_creating (self, TRUE);
  self->client_id = (OfcUuid){ 0 };
  update_icon (self);
  gtk_editable_set_text (GTK_EDITABLE (is_phone ? self->phone_row : self->name_row), query);
  gtk_widget_grab_focus (GTK_WIDGET (is_phone ? self->name_row : self->phone_row));
}

/* "3 earlier orders · 1 still open" */
static char *
dup_orders_title (const OfcClientOrders *orders)
{
  guint total = (guint) CLAMP (orders->total, 0, (gint64) G_MAXUINT);
  guint open = (guint) CLAMP (orders->open, 0, (gint64) G_MAXUINT);
  g_autofree char *total_text = ofc_gui_format_count (total);
  g_autofree char *open_text = ofc_gui_format_count (open);
  g_autofree char *earlier = NULL, *still_open = NULL;

  if (total == 0)
    return g_strdup (_ ("No earlier orders"));
  /* TRANSLATORS: how many orders the client picked at intake had before this one */
  earlier = g_strdup_printf (ngettext ("%s earlier order", "%s earlier orders", total), total_text);
  if (open == 0)
    return g_steal_pointer (&earlier);
  /* TRANSLATORS: how many of the client's orders are not closed yet, after "3 earlier orders" */
  still_open = g_strdup_printf (ngettext ("%s still open", "%s still open", open), open_text);
  return g_strdup_printf ("%s · %s", earlier, still_open);
}

/* "Last: A-000123, 03/12/2026, Apple iPhone 12 — In repair" */
static char *
dup_orders_subtitle (const OfcClientOrders *orders)
{
  g_autofree char *day = NULL, *device = NULL;

  if (orders->total == 0)
    return g_strdup ("");
  day = ofc_gui_format_day_of (orders->last_created_at);
  device = ofc_client_orders_dup_last_device (orders);
  if (*device == '\0')
    /* TRANSLATORS: the client's newest order: its number, day taken in and status */
    return g_strdup_printf (_ ("Last: %s, %s — %s"), orders->last_number, day,
                            orders->last_status_name);
  /* TRANSLATORS: the client's newest order: its number, day taken in, device and status */
  return g_strdup_printf (_ ("Last: %s, %s, %s — %s"), orders->last_number, day, device,
                          orders->last_status_name);
}

static void
show_orders (OfcClientPicker *self)
{
  g_autoptr (GError) error = NULL;
  g_auto (OfcClientOrders) orders = { 0 };
  g_autofree char *title = NULL, *subtitle = NULL;
  gboolean open;

  if (!ofc_client_orders_load (ofc_client_store_get_context (self->store), &self->client_id,
                               &orders, &error))
    {
      g_warning ("cannot read the client's orders: %s", error->message);
      hide_orders (self);
      return;
    }
  title = dup_orders_title (&orders);
  subtitle = dup_orders_subtitle (&orders);
  open = orders.open > 0;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->orders_row), title);
  adw_action_row_set_subtitle (self->orders_row, subtitle);
  gtk_image_set_from_icon_name (self->orders_icon,
                                open ? "dialog-warning-symbolic" : "document-open-recent-symbolic");
  if (open)
    gtk_widget_add_css_class (GTK_WIDGET (self->orders_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->orders_row), "warning");
  gtk_widget_set_visible (GTK_WIDGET (self->orders_row), TRUE);
}

static char *
dup_new_client_title (const char *query)
{
  /* TRANSLATORS: the last suggestion of the client field; %s is what was typed */
  return g_strdup_printf (_ ("New client “%s”"), query);
}

/*
 * Callbacks
 */

static void
on_search_cb (OfcClientPicker *self, const char *query)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GStrvBuilder) titles = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) subtitles = g_strv_builder_new ();
  g_auto (GStrv) title_list = NULL, subtitle_list = NULL;
  g_autofree char *new_title = dup_new_client_title (query);

  /* Down in an empty field: the whole client book is no list to pick from */
  if (*query == '\0')
    {
      ofc_suggest_row_set_suggestions (self->client_row, NULL, NULL);
      return;
    }
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  self->matches = ofc_client_store_search (self->store, query, OFC_CLIENT_SEARCH_DEFAULT, 0,
                                           MAX_MATCHES, &error);
  if (self->matches == NULL)
    {
      g_warning ("cannot search clients: %s", error->message);
      self->matches = g_ptr_array_new_with_free_func (g_object_unref);
    }
  for (guint i = 0; i < self->matches->len; i++)
    {
      OfcClient *client = g_ptr_array_index (self->matches, i);
      g_autofree char *phones = ofc_client_dup_phones_text (client);

      g_strv_builder_add (titles, ofc_client_get_name (client));
      g_strv_builder_add (subtitles, phones);
    }
  g_strv_builder_add (titles, new_title);
  g_strv_builder_add (subtitles, _ ("Create a client with what you typed"));
  title_list = g_strv_builder_end (titles);
  subtitle_list = g_strv_builder_end (subtitles);
  ofc_suggest_row_set_suggestions (self->client_row, (const char *const *) title_list,
                                   (const char *const *) subtitle_list);
}

static void
on_picked_cb (OfcClientPicker *self, guint index)
{
  OfcClient *client;
  OfcClientPhone *phone;

  if (self->matches == NULL || index >= self->matches->len)
    {
      start_new_client (self, ofc_suggest_row_get_query (self->client_row));
      return;
    }
  client = g_ptr_array_index (self->matches, index);
  phone = ofc_client_get_n_phones (client) > 0 ? ofc_client_get_phone (client, 0) : NULL;
  set_creating (self, FALSE);
  show_client (self, ofc_client_get_id (client), ofc_client_get_name (client),
               phone != NULL ? ofc_client_phone_get_display (phone) : NULL);
  show_orders (self);
}

static void
on_client_changed_cb (OfcClientPicker *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->client_row));

  if (self->showing > 0 || ofc_uuid_is_nil (&self->client_id) ||
      g_strcmp0 (text, self->shown_text) == 0)
    return;
  self->client_id = (OfcUuid){ 0 };
  update_icon (self);
  hide_orders (self);
}

/*
 * GObject overrides
 */

static void
ofc_client_picker_dispose (GObject *object)
{
  OfcClientPicker *self = OFC_CLIENT_PICKER (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->matches, g_ptr_array_unref);
  g_clear_pointer (&self->shown_text, g_free);

  G_OBJECT_CLASS (ofc_client_picker_parent_class)->dispose (object);
}

static void
ofc_client_picker_class_init (OfcClientPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_client_picker_dispose;

  g_type_ensure (OFC_TYPE_SUGGEST_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-client-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcClientPicker, client_icon);
  gtk_widget_class_bind_template_child (widget_class, OfcClientPicker, client_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientPicker, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientPicker, orders_icon);
  gtk_widget_class_bind_template_child (widget_class, OfcClientPicker, orders_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientPicker, phone_row);
  gtk_widget_class_bind_template_callback (widget_class, on_client_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_cb);
}

static void
ofc_client_picker_init (OfcClientPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

void
ofc_client_picker_set_store (OfcClientPicker *self, OfcClientStore *store)
{
  g_return_if_fail (OFC_IS_CLIENT_PICKER (self));
  g_set_object (&self->store, store);
}

/**
 * ofc_client_picker_set_client:
 * @id: (nullable): the client; %NULL or nil for none
 * @phone: (nullable): a phone to show beside the name
 *
 * Shows the client of a stored order. The client's orders are shown only for a client
 * picked from the matches, so none are shown here.
 */
void
ofc_client_picker_set_client (OfcClientPicker *self,
                              const OfcUuid *id,
                              const char *name,
                              const char *phone)
{
  g_return_if_fail (OFC_IS_CLIENT_PICKER (self));

  set_creating (self, FALSE);
  hide_orders (self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), "");
  if (id == NULL || ofc_uuid_is_nil (id))
    {
      self->client_id = (OfcUuid){ 0 };
      ofc_suggest_row_set_text_quietly (self->client_row, "");
      update_icon (self);
      return;
    }
  show_client (self, id, name, phone);
}

/**
 * ofc_client_picker_get_client_id:
 *
 * Returns: the picked client; nil when none is picked (or a new one is being typed)
 */
const OfcUuid *
ofc_client_picker_get_client_id (OfcClientPicker *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PICKER (self), NULL);
  return &self->client_id;
}

gboolean
ofc_client_picker_is_creating (OfcClientPicker *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PICKER (self), FALSE);
  return self->creating && ofc_uuid_is_nil (&self->client_id);
}

/**
 * ofc_client_picker_resolve:
 * @id: (out): the client for the order
 *
 * The picked client, or the new one created now through the store: call it inside the
 * transaction that saves the order. The picker itself is left as it is; after the commit
 * show the client with ofc_client_picker_set_client().
 *
 * Returns: %FALSE with %OFC_ERROR_INVALID when no client is given ("client-id"), or the
 *   store's error for the new client ("name", "phones")
 */
gboolean
ofc_client_picker_resolve (OfcClientPicker *self, OfcUuid *id, GError **error)
{
  g_autoptr (OfcClient) client = NULL;

  g_return_val_if_fail (OFC_IS_CLIENT_PICKER (self), FALSE);

  if (!ofc_uuid_is_nil (&self->client_id))
    {
      *id = self->client_id;
      return TRUE;
    }
  if (!self->creating)
    {
      ofc_set_invalid (error, "client-id",
                       _ ("Choose the client: type a phone number or a name and pick a match, "
                          "or “New client”"));
      return FALSE;
    }
  client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  ofc_client_set_name (client, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  if (!ofc_text_is_blank (gtk_editable_get_text (GTK_EDITABLE (self->phone_row))))
    ofc_client_add_phone (client, gtk_editable_get_text (GTK_EDITABLE (self->phone_row)), NULL);
  if (!ofc_client_store_create (self->store, client, NULL, error))
    return FALSE;
  *id = *ofc_client_get_id (client);
  return TRUE;
}

/**
 * ofc_client_picker_get_field_widget:
 * @field: a field named by an error: "client-id", or the new client's "name" or "phones"
 *
 * Returns: (transfer none) (nullable): the row to focus
 */
GtkWidget *
ofc_client_picker_get_field_widget (OfcClientPicker *self, const char *field)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PICKER (self), NULL);

  if (g_strcmp0 (field, "client-id") == 0)
    return GTK_WIDGET (self->client_row);
  if (g_strcmp0 (field, "name") == 0)
    return GTK_WIDGET (self->name_row);
  if (g_str_has_prefix (field != NULL ? field : "", "phone"))
    return GTK_WIDGET (self->phone_row);
  return NULL;
}
