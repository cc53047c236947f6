/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderForm's suggestions and presets. Device types are few and read once; brands,
 * models and the phrases of malfunctions, appearance and completeness come from the
 * device catalogue, which learns from every saved order. Picking a device type applies
 * its intake preset through ofc_order_apply_preset() — on a scratch order holding what
 * the form says, so the core's rule (only empty fields are filled) decides — and offers
 * the preset's malfunctions first. A serial number that looks like an IMEI with a wrong
 * check digit is flagged at once, without refusing anything.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-gui-format.h"
#include "ofc-order-form-private.h"

/* suggestions shown at a time */
#define LIMIT 8

/*
 * Helpers
 */

static gboolean
matches (const char *name, const char *query_key, gboolean *prefix)
{
  g_autofree char *key = g_utf8_casefold (name, -1);
  const char *found = strstr (key, query_key);

  *prefix = found == key;
  return found != NULL;
}

static void
show_strv (OfcSuggestRow *row, GStrv titles)
{
  ofc_suggest_row_set_suggestions (row, (const char *const *) titles, NULL);
}

/* @first, filtered by @query, then @rest, without repeats, at most LIMIT */
static GStrv
merge (const char *const *first, const char *query, const char *const *rest)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *query_key = g_utf8_casefold (query, -1);
  const char *const *lists[] = { first, rest };
  guint n = 0;
  gboolean prefix;

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && lists[l][i] != NULL && n < LIMIT; i++)
      {
        if (l == 0 && !matches (lists[l][i], query_key, &prefix))
          continue;
        if (!g_hash_table_add (seen, g_utf8_casefold (lists[l][i], -1)))
          continue;
        g_strv_builder_add (builder, lists[l][i]);
        n++;
      }
  return g_strv_builder_end (builder);
}

static gint64
get_deadline (OfcOrderForm *self)
{
  g_autofree char *day = ofc_date_row_dup_value (self->deadline_row);

  if (*day == '\0')
    return 0;
  if (g_strcmp0 (day, self->loaded_deadline_day) == 0)
    return self->loaded_deadline;
  return 1; /* something typed: not empty, so a preset leaves it alone */
}

/*
 * Device types and presets
 */

static void
on_device_type_search_cb (OfcOrderForm *self, const char *query)
{
  g_autoptr (GStrvBuilder) prefixed = g_strv_builder_new ();
  g_autoptr (GStrvBuilder) others = g_strv_builder_new ();
  g_autofree char *query_key = g_utf8_casefold (query, -1);
  g_auto (GStrv) first = NULL, rest = NULL, titles = NULL;
  guint n = self->device_types != NULL ? g_list_model_get_n_items (self->device_types) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcDeviceType) type = g_list_model_get_item (self->device_types, i);
      const char *name = ofc_device_type_get_name (type);
      gboolean prefix;

      if (matches (name, query_key, &prefix))
        g_strv_builder_add (prefix ? prefixed : others, name);
    }
  first = g_strv_builder_end (prefixed);
  rest = g_strv_builder_end (others);
  titles = merge ((const char *const *) first, "", (const char *const *) rest);
  show_strv (self->device_type_row, titles);
}

static void
set_text_if_changed (OfcSuggestRow *row, const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    ofc_suggest_row_set_text_quietly (row, text);
}

static gint64
get_estimate_or_typed (OfcOrderForm *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->estimate_row));
  OfcMoney money;

  if (ofc_text_is_blank (text))
    return 0;
  if (!ofc_money_parse (text, ofc_context_get_currency (self->context), &money, NULL))
    return 1; /* typed, even if wrongly: the preset leaves it alone */
  return money.minor;
}

/* a preset keeps one phrase a line; the field lists them as it is typed, ", " between */
static void
set_phrases (OfcSuggestRow *row, const char *lines)
{
  g_auto (GStrv) phrases = g_strsplit (lines, "\n", -1);
  g_autofree char *text = g_strjoinv (", ", phrases);

  set_text_if_changed (row, text);
}

static void
write_back_preset (OfcOrderForm *self, OfcOrder *scratch, gint64 estimate, gint64 deadline)
{
  set_phrases (self->appearance_row, ofc_order_get_appearance (scratch));
  set_phrases (self->completeness_row, ofc_order_get_completeness (scratch));
  if (estimate == 0 && ofc_order_get_estimate (scratch) != 0)
    {
      g_autofree char *text =
          ofc_money_format (ofc_money_init (ofc_order_get_estimate (scratch),
                                            ofc_context_get_currency (self->context)),
                            NULL, OFC_MONEY_FORMAT_PLAIN);

      gtk_editable_set_text (GTK_EDITABLE (self->estimate_row), text);
    }
  if (deadline == 0 && ofc_order_get_deadline (scratch) != 0)
    _ofc_order_form_set_deadline (self, ofc_order_get_deadline (scratch));
}

static void
apply_preset (OfcOrderForm *self, OfcIntakePreset *preset)
{
  g_autoptr (OfcOrder) scratch = ofc_order_new ();
  gint64 estimate = get_estimate_or_typed (self);
  gint64 deadline = get_deadline (self);

  ofc_order_set_appearance (scratch, gtk_editable_get_text (GTK_EDITABLE (self->appearance_row)));
  ofc_order_set_completeness (scratch,
                              gtk_editable_get_text (GTK_EDITABLE (self->completeness_row)));
  ofc_order_set_estimate (scratch, estimate);
  ofc_order_set_deadline (scratch, deadline);
  ofc_order_apply_preset (scratch, preset,
                          ofc_database_now (ofc_context_get_database (self->context)));
  write_back_preset (self, scratch, estimate, deadline);
  g_strfreev (self->preset_malfunctions);
  self->preset_malfunctions = ofc_intake_preset_dup_malfunction_list (preset);
}

static void
on_device_type_picked_cb (OfcOrderForm *self, guint index)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDeviceType) type = NULL;
  g_autoptr (GListModel) presets = NULL;
  g_autoptr (OfcIntakePreset) preset = NULL;

  /* connected after the default handler, which has put the picked name in the row */
  type = _ofc_order_form_find_device_type (
      self, gtk_editable_get_text (GTK_EDITABLE (self->device_type_row)));
  g_clear_pointer (&self->preset_malfunctions, g_strfreev);
  if (type == NULL)
    return;
  presets = ofc_intake_preset_list (self->context, ofc_device_type_get_id (type), &error);
  if (presets == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  preset = g_list_model_get_item (presets, 0);
  if (preset != NULL)
    apply_preset (self, preset);
}

/*
 * The catalogue
 */

static void
show_completions (OfcOrderForm *self, OfcSuggestRow *row, GStrv found, GError *error)
{
  g_auto (GStrv) titles = NULL;

  if (found == NULL)
    {
      g_warning ("cannot complete: %s", error->message);
      ofc_suggest_row_set_suggestions (row, NULL, NULL);
      return;
    }
  titles = merge (NULL, "", (const char *const *) found);
  show_strv (row, titles);
}

static void
on_brand_search_cb (OfcOrderForm *self, const char *query)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) found = ofc_catalog_complete_brands (self->context, query, LIMIT, &error);

  show_completions (self, self->brand_row, found, error);
}

static void
on_model_search_cb (OfcOrderForm *self, const char *query)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDeviceType) type = _ofc_order_form_find_device_type (
      self, gtk_editable_get_text (GTK_EDITABLE (self->device_type_row)));
  g_auto (GStrv) found = ofc_catalog_complete_models (
      self->context, gtk_editable_get_text (GTK_EDITABLE (self->brand_row)),
      type != NULL ? ofc_device_type_get_id (type) : NULL, query, LIMIT, &error);

  show_completions (self, self->model_row, found, error);
}

static void
complete_phrase (
    OfcOrderForm *self, OfcSuggestRow *row, OfcIntakeList list, const char *query, GStrv first)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) found = ofc_catalog_complete_phrases (self->context, list, query, LIMIT, &error);
  g_auto (GStrv) titles = NULL;

  if (found == NULL)
    g_warning ("cannot complete: %s", error->message);
  titles = merge ((const char *const *) first, query, (const char *const *) found);
  show_strv (row, titles);
}

static void
on_malfunction_search_cb (OfcOrderForm *self, const char *query)
{
  complete_phrase (self, self->malfunction_row, OFC_INTAKE_MALFUNCTION, query,
                   self->preset_malfunctions);
}

static void
on_appearance_search_cb (OfcOrderForm *self, const char *query)
{
  complete_phrase (self, self->appearance_row, OFC_INTAKE_APPEARANCE, query, NULL);
}

static void
on_completeness_search_cb (OfcOrderForm *self, const char *query)
{
  complete_phrase (self, self->completeness_row, OFC_INTAKE_COMPLETENESS, query, NULL);
}

/*
 * Warnings
 */

static void
on_serial_changed_cb (OfcOrderForm *self)
{
  g_autoptr (OfcOrder) scratch = ofc_order_new ();
  g_auto (GStrv) warnings = NULL;
  g_autofree char *text = NULL;

  ofc_order_set_serial (scratch, gtk_editable_get_text (GTK_EDITABLE (self->serial_row)));
  warnings = ofc_order_check_warnings (scratch);
  text = warnings != NULL && warnings[0] != NULL ? g_strjoinv ("\n", warnings) : NULL;
  adw_preferences_group_set_description (self->device_group, text);
  gtk_widget_set_visible (GTK_WIDGET (self->serial_warning_icon), text != NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->serial_warning_icon), text);
  if (text != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->serial_row), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->serial_row), "warning");
}

/*
 * Internal API
 */

static void
fill_choice (OfcChoiceRow *row, const char *none_label, GListModel *records, GError *error)
{
  if (records == NULL)
    g_warning ("cannot read choices: %s", error->message);
  ofc_choice_row_fill (row, none_label, records);
}

/**
 * _ofc_order_form_load_choices:
 *
 * Reads the device types, employees, order types and locations the form offers.
 */
void
_ofc_order_form_load_choices (OfcOrderForm *self)
{
  g_autoptr (GError) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL, e5 = NULL;
  g_autoptr (GListModel) managers =
      ofc_employee_list (self->context, OFC_ROLE_MANAGER | OFC_ROLE_ADMIN, FALSE, &e1);
  g_autoptr (GListModel) technicians =
      ofc_employee_list (self->context, OFC_ROLE_TECHNICIAN, FALSE, &e2);
  g_autoptr (GListModel) types = ofc_order_type_list (self->context, FALSE, &e3);
  g_autoptr (GListModel) locations = ofc_location_list (self->context, FALSE, &e4);

  g_clear_object (&self->device_types);
  self->device_types = ofc_device_type_list (self->context, FALSE, &e5);
  if (self->device_types == NULL)
    g_warning ("cannot read device types: %s", e5->message);
  fill_choice (self->manager_row, C_ ("manager", "Not assigned"), managers, e1);
  fill_choice (self->executor_row, C_ ("executor", "Not assigned"), technicians, e2);
  fill_choice (self->type_row, C_ ("order type", "The location’s default"), types, e3);
  fill_choice (self->location_row, C_ ("location", "The default location"), locations, e4);
}

/**
 * _ofc_order_form_find_device_type:
 * @name: a device type's name, in any letter case
 *
 * Returns: (transfer full) (nullable): the offered device type of that name
 */
OfcDeviceType *
_ofc_order_form_find_device_type (OfcOrderForm *self, const char *name)
{
  g_autofree char *wanted = g_utf8_casefold (name != NULL ? g_strstrip (g_strdup (name)) : "", -1);
  guint n = self->device_types != NULL ? g_list_model_get_n_items (self->device_types) : 0;

  for (guint i = 0; i < n && *wanted != '\0'; i++)
    {
      g_autoptr (OfcDeviceType) type = g_list_model_get_item (self->device_types, i);
      g_autofree char *key = g_utf8_casefold (ofc_device_type_get_name (type), -1);

      if (g_str_equal (key, wanted))
        return g_steal_pointer (&type);
    }
  return NULL;
}

/**
 * _ofc_order_form_set_deadline:
 * @deadline: µs since the epoch, UTC; 0 for none
 *
 * Shows @deadline's local day and keeps the exact time while that day stays.
 */
void
_ofc_order_form_set_deadline (OfcOrderForm *self, gint64 deadline)
{
  g_free (self->loaded_deadline_day);
  self->loaded_deadline_day = ofc_gui_format_iso_day (deadline);
  self->loaded_deadline = deadline;
  ofc_date_row_set_value (self->deadline_row, self->loaded_deadline_day);
}

void
_ofc_order_form_bind_suggestions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_appearance_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_brand_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_completeness_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_device_type_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_device_type_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_malfunction_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_model_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_serial_changed_cb);
}
