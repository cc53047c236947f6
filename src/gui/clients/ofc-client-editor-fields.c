/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientEditor's fields: tables that tie each OfcClient property to its widget, used
 * to load the widgets, to collect them back into the client before saving, and to find
 * the widget a validation error names. Values cross as the properties' own text; the
 * store cleans and checks them.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-client-editor-private.h"

typedef struct
{
  const char *property; /* an OfcClient property, also the field named by its errors */
  gsize offset;         /* of the widget in OfcClientEditor */
} Field;

#define FIELD(property, member)                         \
  {                                                     \
    property, G_STRUCT_OFFSET (OfcClientEditor, member) \
  }

/* string properties edited in entry rows */
static const Field text_fields[] = {
  FIELD ("name", name_row),
  FIELD ("email", email_row),
  FIELD ("address", address_row),
  FIELD ("tags-text", tags_row),
  FIELD ("inn", inn_row),
  FIELD ("kpp", kpp_row),
  FIELD ("ogrn", ogrn_row),
  FIELD ("legal-address", legal_address_row),
  FIELD ("director", director_row),
  FIELD ("bank-name", bank_name_row),
  FIELD ("bank-account", bank_account_row),
  FIELD ("bank-corr-account", bank_corr_account_row),
  FIELD ("bank-bik", bank_bik_row),
};

static const Field switch_fields[] = {
  FIELD ("sms-consent", sms_switch),
  FIELD ("email-consent", email_consent_switch),
  FIELD ("conflict", conflict_switch),
};

/* basis points in the client, percent in the spin buttons */
static const Field discount_fields[] = {
  FIELD ("discount-works", discount_works_spin),
  FIELD ("discount-parts", discount_parts_spin),
  FIELD ("discount-goods", discount_goods_spin),
};

/* fields whose errors point at a widget the tables above do not hold */
static const Field other_fields[] = {
  FIELD ("tags", tags_row),       FIELD ("birthday", birthday_row), FIELD ("note", note_view),
  FIELD ("kind", company_switch), FIELD ("source-id", source_row),  FIELD ("card-code", card_label),
};

static GtkWidget *
field_widget (OfcClientEditor *self, const Field *field)
{
  return *(GtkWidget **) G_STRUCT_MEMBER_P (self, field->offset);
}

/*
 * Loading
 */

static void
load_texts (OfcClientEditor *self)
{
  for (gsize i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (self->client, text_fields[i].property, &value, NULL);
      gtk_editable_set_text (GTK_EDITABLE (field_widget (self, &text_fields[i])),
                             value != NULL ? value : "");
    }
}

static void
load_values (OfcClientEditor *self)
{
  for (gsize i = 0; i < G_N_ELEMENTS (switch_fields); i++)
    {
      gboolean value = FALSE;

      g_object_get (self->client, switch_fields[i].property, &value, NULL);
      gtk_switch_set_active (GTK_SWITCH (field_widget (self, &switch_fields[i])), value);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (discount_fields); i++)
    {
      int basis_points = 0;

      g_object_get (self->client, discount_fields[i].property, &basis_points, NULL);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field_widget (self, &discount_fields[i])),
                                 basis_points / 100.0);
    }
  gtk_switch_set_active (self->company_switch, ofc_client_get_is_company (self->client));
}

static void
load_card_code (OfcClientEditor *self)
{
  const char *code = ofc_client_get_card_code (self->client);
  gboolean has_code = *code != '\0';

  gtk_label_set_text (self->card_label, has_code ? code : _ ("Assigned when the client is saved"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->card_label), has_code);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.copy-card-code", has_code);
}

/* the name in the title bar of an existing client; "New Client" before it is saved */
static void
load_title (OfcClientEditor *self)
{
  gboolean saved = ofc_client_is_saved (self->client);
  const char *title = saved ? ofc_client_get_name (self->client) : _ ("New Client");

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_title (self->switcher_title, title);
  adw_view_switcher_title_set_subtitle (
      self->switcher_title,
      saved && ofc_client_get_archived (self->client) ? C_ ("state", "Archived") : NULL);
}

/**
 * _ofc_client_editor_load:
 *
 * Fills every widget from the working copy, self->client.
 */
void
_ofc_client_editor_load (OfcClientEditor *self)
{
  const char *note = ofc_client_get_note (self->client);

  load_texts (self);
  load_values (self);
  load_card_code (self);
  load_title (self);
  ofc_date_row_set_value (self->birthday_row, ofc_client_get_birthday (self->client));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), note, -1);
  ofc_client_phones_group_set_client (self->phones_group, self->client);
  _ofc_client_editor_load_sources (self, ofc_client_get_source_id (self->client));
}

/*
 * Sources
 */

static gboolean
same_source (OfcClientSource *source, const OfcUuid *id)
{
  return id != NULL && !ofc_uuid_is_nil (id) &&
         ofc_uuid_equal (ofc_client_source_get_id (source), id);
}

static guint
append_source (OfcClientEditor *self, GtkStringList *names, OfcClientSource *source)
{
  gtk_string_list_append (names, ofc_client_source_get_name (source));
  g_ptr_array_add (self->sources, g_object_ref (source));
  return self->sources->len; /* "Not specified" comes first */
}

/**
 * _ofc_client_editor_load_sources:
 * @selected_id: (nullable): the source to select
 *
 * Offers "Not specified" and the active sources; an archived source only when it is the
 * selected one, so an old answer stays visible without being offered to anyone else.
 */
void
_ofc_client_editor_load_sources (OfcClientEditor *self, const OfcUuid *selected_id)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) sources = ofc_client_store_list_sources (self->store, TRUE, &error);
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  if (sources == NULL)
    g_warning ("cannot list the client sources: %s", error->message);
  g_ptr_array_set_size (self->sources, 0);
  gtk_string_list_append (names, C_ ("client source", "Not specified"));
  for (guint i = 0; sources != NULL && i < g_list_model_get_n_items (sources); i++)
    {
      g_autoptr (OfcClientSource) source = g_list_model_get_item (sources, i);
      gboolean chosen = same_source (source, selected_id);

      if (chosen || !ofc_client_source_get_archived (source))
        {
          guint position = append_source (self, names, source);

          selected = chosen ? position : selected;
        }
    }
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->source_row, selected);
}

/**
 * _ofc_client_editor_get_selected_source:
 *
 * Returns: (transfer none) (nullable): the source chosen in the source row
 */
OfcClientSource *
_ofc_client_editor_get_selected_source (OfcClientEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->source_row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->sources->len)
    return NULL;
  return g_ptr_array_index (self->sources, selected - 1);
}

/*
 * Collecting
 */

static char *
dup_note (OfcClientEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
collect_values (OfcClientEditor *self)
{
  for (gsize i = 0; i < G_N_ELEMENTS (switch_fields); i++)
    g_object_set (self->client, switch_fields[i].property,
                  gtk_switch_get_active (GTK_SWITCH (field_widget (self, &switch_fields[i]))),
                  NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (discount_fields); i++)
    {
      GtkSpinButton *spin = GTK_SPIN_BUTTON (field_widget (self, &discount_fields[i]));

      /* what is typed counts even when Tab has not committed it yet */
      gtk_spin_button_update (spin);
      g_object_set (self->client, discount_fields[i].property,
                    (int) (gtk_spin_button_get_value (spin) * 100 + 0.5), NULL);
    }
}

/**
 * _ofc_client_editor_collect:
 *
 * Writes every widget into the working copy; the phones are already there, their rows
 * edit them in place.
 */
void
_ofc_client_editor_collect (OfcClientEditor *self)
{
  g_autofree char *birthday = ofc_date_row_dup_value (self->birthday_row);
  g_autofree char *note = dup_note (self);

  for (gsize i = 0; i < G_N_ELEMENTS (text_fields); i++)
    g_object_set (self->client, text_fields[i].property,
                  gtk_editable_get_text (GTK_EDITABLE (field_widget (self, &text_fields[i]))),
                  NULL);
  collect_values (self);
  ofc_client_set_kind (self->client, gtk_switch_get_active (self->company_switch)
                                         ? OFC_CLIENT_KIND_COMPANY
                                         : OFC_CLIENT_KIND_PERSON);
  ofc_client_set_birthday (self->client, birthday);
  ofc_client_set_note (self->client, note);
  ofc_client_set_source (self->client, _ofc_client_editor_get_selected_source (self));
}

/**
 * _ofc_client_editor_get_field_widget:
 * @field: a field as named by ofc_error_get_field()
 *
 * Returns: (transfer none) (nullable): the widget that edits @field
 */
GtkWidget *
_ofc_client_editor_get_field_widget (OfcClientEditor *self, const char *field)
{
  static const struct
  {
    const Field *fields;
    gsize n_fields;
  } tables[] = {
    { text_fields, G_N_ELEMENTS (text_fields) },
    { switch_fields, G_N_ELEMENTS (switch_fields) },
    { discount_fields, G_N_ELEMENTS (discount_fields) },
    { other_fields, G_N_ELEMENTS (other_fields) },
  };

  for (gsize t = 0; field != NULL && t < G_N_ELEMENTS (tables); t++)
    for (gsize i = 0; i < tables[t].n_fields; i++)
      if (g_strcmp0 (tables[t].fields[i].property, field) == 0)
        return field_widget (self, &tables[t].fields[i]);
  return NULL;
}
