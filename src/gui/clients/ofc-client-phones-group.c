/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientPhonesGroup: keeps one OfcClientPhoneRow per phone of the client being edited,
 * in the client's order, with the "Add Phone" row always last. A new client starts with
 * one empty row so the number can be typed straight after the name; the store drops
 * phones left blank.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-client-phone-row.h"
#include "ofc-client-phones-group.h"

struct _OfcClientPhonesGroup
{
  AdwPreferencesGroup parent_instance;

  /* Template widgets */
  AdwActionRow *add_row;

  /* Owned references */
  OfcClient *client;
  GPtrArray *rows; /* OfcClientPhoneRow, in the order of the client's phones */
};

G_DEFINE_FINAL_TYPE (OfcClientPhonesGroup, ofc_client_phones_group, ADW_TYPE_PREFERENCES_GROUP)

static void on_row_remove_cb (OfcClientPhonesGroup *self, OfcClientPhoneRow *row);

/*
 * Auxiliary methods
 */

/* AdwPreferencesGroup only appends, so the "Add Phone" row steps out and back in */
static GtkWidget *
append_row (OfcClientPhonesGroup *self, OfcClientPhone *phone)
{
  GtkWidget *row = ofc_client_phone_row_new (phone);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);

  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove_cb), self, G_CONNECT_SWAPPED);
  g_object_ref (self->add_row);
  adw_preferences_group_remove (group, GTK_WIDGET (self->add_row));
  adw_preferences_group_add (group, row);
  adw_preferences_group_add (group, GTK_WIDGET (self->add_row));
  g_object_unref (self->add_row);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
clear_rows (OfcClientPhonesGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

/*
 * Callbacks
 */

static void
on_row_remove_cb (OfcClientPhonesGroup *self, OfcClientPhoneRow *row)
{
  guint index;
  GtkWidget *next;

  if (!g_ptr_array_find (self->rows, row, &index))
    return;
  ofc_client_remove_phone (self->client, index);
  g_ptr_array_remove_index (self->rows, index);
  adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (row));
  /* the focus was on the row's button; it goes to the row that took its place */
  next =
      index < self->rows->len ? g_ptr_array_index (self->rows, index) : GTK_WIDGET (self->add_row);
  gtk_widget_grab_focus (next);
}

static void
on_add_row_activated_cb (OfcClientPhonesGroup *self)
{
  ofc_client_phones_group_add_phone (self);
}

/*
 * GObject overrides
 */

static void
ofc_client_phones_group_dispose (GObject *object)
{
  OfcClientPhonesGroup *self = OFC_CLIENT_PHONES_GROUP (object);

  g_clear_object (&self->client);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ofc_client_phones_group_parent_class)->dispose (object);
}

static void
ofc_client_phones_group_class_init (OfcClientPhonesGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_client_phones_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/clients/ofc-client-phones-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcClientPhonesGroup, add_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_row_activated_cb);
}

static void
ofc_client_phones_group_init (OfcClientPhonesGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/*
 * Public API
 */

/**
 * ofc_client_phones_group_set_client:
 * @client: the client being edited; its phones are edited in place
 */
void
ofc_client_phones_group_set_client (OfcClientPhonesGroup *self, OfcClient *client)
{
  g_return_if_fail (OFC_IS_CLIENT_PHONES_GROUP (self));
  g_return_if_fail (OFC_IS_CLIENT (client));

  clear_rows (self);
  g_set_object (&self->client, client);
  if (ofc_client_get_n_phones (client) == 0)
    ofc_client_add_phone (client, "", NULL);
  for (guint i = 0; i < ofc_client_get_n_phones (client); i++)
    append_row (self, ofc_client_get_phone (client, i));
}

/**
 * ofc_client_phones_group_add_phone:
 *
 * Adds an empty phone to the client and a row for it, and moves the focus there.
 */
void
ofc_client_phones_group_add_phone (OfcClientPhonesGroup *self)
{
  guint n;

  g_return_if_fail (OFC_IS_CLIENT_PHONES_GROUP (self));
  g_return_if_fail (self->client != NULL);

  ofc_client_add_phone (self->client, "", NULL);
  n = ofc_client_get_n_phones (self->client);
  gtk_widget_grab_focus (append_row (self, ofc_client_get_phone (self->client, n - 1)));
}

/* typed but not a number, or a number an earlier row has */
static gboolean
is_wrong (OfcClientPhonesGroup *self, guint index)
{
  OfcClientPhone *phone = ofc_client_phone_row_get_phone (g_ptr_array_index (self->rows, index));
  const char *digits = ofc_client_phone_get_digits (phone);

  if (digits == NULL)
    return !ofc_text_is_blank (ofc_client_phone_get_display (phone));
  for (guint i = 0; i < index; i++)
    {
      OfcClientPhone *earlier = ofc_client_phone_row_get_phone (g_ptr_array_index (self->rows, i));

      if (g_strcmp0 (ofc_client_phone_get_digits (earlier), digits) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * ofc_client_phones_group_focus_invalid:
 *
 * Moves the focus to the first phone that is typed but is not a number or repeats an
 * earlier one, or else to the first phone: where the store's complaint about "phones"
 * most likely points.
 *
 * Returns: whether a row took the focus
 */
gboolean
ofc_client_phones_group_focus_invalid (OfcClientPhonesGroup *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_PHONES_GROUP (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    if (is_wrong (self, i))
      return gtk_widget_grab_focus (g_ptr_array_index (self->rows, i));
  if (self->rows->len == 0)
    return gtk_widget_grab_focus (GTK_WIDGET (self->add_row));
  return gtk_widget_grab_focus (g_ptr_array_index (self->rows, 0));
}
