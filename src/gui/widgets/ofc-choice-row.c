/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcChoiceRow: the names go to the combo row's string list, the ids to an array in the
 * same order, the first entry being the nil id. A record that is no longer offered (an
 * employee who left, an archived location) but is the current value is added on the
 * fly, so loading an old order never changes what it says.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-choice-row.h"

struct _OfcChoiceRow
{
  AdwComboRow parent_instance;

  /* Template widgets */
  GtkStringList *names;

  /* Owned references */
  GArray *ids; /* OfcUuid, parallel to names */
};

G_DEFINE_FINAL_TYPE (OfcChoiceRow, ofc_choice_row, ADW_TYPE_COMBO_ROW)

static void
ofc_choice_row_finalize (GObject *object)
{
  OfcChoiceRow *self = OFC_CHOICE_ROW (object);

  g_array_unref (self->ids);

  G_OBJECT_CLASS (ofc_choice_row_parent_class)->finalize (object);
}

static void
ofc_choice_row_class_init (OfcChoiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ofc_choice_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/ofc-choice-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcChoiceRow, names);
}

static void
ofc_choice_row_init (OfcChoiceRow *self)
{
  self->ids = g_array_new (FALSE, TRUE, sizeof (OfcUuid));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_choice_row_clear:
 * @none_label: the first choice, which stands for no record ("Not assigned", "Any")
 */
void
ofc_choice_row_clear (OfcChoiceRow *self, const char *none_label)
{
  OfcUuid nil = { 0 };
  guint n;

  g_return_if_fail (OFC_IS_CHOICE_ROW (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->names));
  gtk_string_list_splice (self->names, 0, n, (const char *const[]){ none_label, NULL });
  g_array_set_size (self->ids, 0);
  g_array_append_val (self->ids, nil);
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), 0);
}

void
ofc_choice_row_add (OfcChoiceRow *self, const OfcUuid *id, const char *name)
{
  g_return_if_fail (OFC_IS_CHOICE_ROW (self));

  gtk_string_list_append (self->names, name);
  g_array_append_val (self->ids, *id);
}

/**
 * ofc_choice_row_fill:
 * @records: (nullable): objects with the string properties "id" and "name", such as
 *   #OfcEmployee or #OfcLocation
 *
 * Offers @records after @none_label, keeping the current choice when it is still there.
 */
void
ofc_choice_row_fill (OfcChoiceRow *self, const char *none_label, GListModel *records)
{
  OfcUuid kept = *ofc_choice_row_get_id (self);
  guint n = records != NULL ? g_list_model_get_n_items (records) : 0;

  ofc_choice_row_clear (self, none_label);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (GObject) record = g_list_model_get_item (records, i);
      g_autofree char *id_text = NULL;
      g_autofree char *name = NULL;
      OfcUuid id;

      g_object_get (record, "id", &id_text, "name", &name, NULL);
      if (ofc_uuid_parse (id_text, &id))
        ofc_choice_row_add (self, &id, name);
    }
  ofc_choice_row_set_id (self, &kept, NULL);
}

/**
 * ofc_choice_row_get_id:
 *
 * Returns: the chosen record's id; the nil id for the first choice
 */
const OfcUuid *
ofc_choice_row_get_id (OfcChoiceRow *self)
{
  static const OfcUuid nil = { 0 };
  guint selected;

  g_return_val_if_fail (OFC_IS_CHOICE_ROW (self), NULL);

  selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self));
  if (selected >= self->ids->len)
    return &nil;
  return &g_array_index (self->ids, OfcUuid, selected);
}

/**
 * ofc_choice_row_set_id:
 * @id: (nullable): the record to choose; %NULL or nil for the first choice
 * @name: (nullable): its name, shown if it is not among the choices
 */
void
ofc_choice_row_set_id (OfcChoiceRow *self, const OfcUuid *id, const char *name)
{
  g_return_if_fail (OFC_IS_CHOICE_ROW (self));

  if (id == NULL || ofc_uuid_is_nil (id))
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (self), 0);
      return;
    }
  for (guint i = 0; i < self->ids->len; i++)
    if (ofc_uuid_equal (&g_array_index (self->ids, OfcUuid, i), id))
      {
        adw_combo_row_set_selected (ADW_COMBO_ROW (self), i);
        return;
      }
  ofc_choice_row_add (self, id, name != NULL && *name != '\0' ? name : "?");
  adw_combo_row_set_selected (ADW_COMBO_ROW (self), self->ids->len - 1);
}

gboolean
ofc_choice_row_is_none (OfcChoiceRow *self)
{
  g_return_val_if_fail (OFC_IS_CHOICE_ROW (self), TRUE);
  return ofc_uuid_is_nil (ofc_choice_row_get_id (self));
}
