/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintData: named text fields and rows, the input of every print template.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "printing/ofc-print-data.h"

struct _OfcPrintData
{
  GObject parent_instance;

  GHashTable *fields; /* id → text */
  GPtrArray *rows;    /* OfcPrintData */
};

G_DEFINE_FINAL_TYPE (OfcPrintData, ofc_print_data, G_TYPE_OBJECT)

static void
ofc_print_data_finalize (GObject *object)
{
  OfcPrintData *self = OFC_PRINT_DATA (object);

  g_hash_table_unref (self->fields);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (ofc_print_data_parent_class)->finalize (object);
}

static void
ofc_print_data_class_init (OfcPrintDataClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_print_data_finalize;
}

static void
ofc_print_data_init (OfcPrintData *self)
{
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
}

OfcPrintData *
ofc_print_data_new (void)
{
  return g_object_new (OFC_TYPE_PRINT_DATA, NULL);
}

/**
 * ofc_print_data_get:
 *
 * Returns: the text of @field, "" when it has none
 */
const char *
ofc_print_data_get (OfcPrintData *self, const char *field)
{
  const char *value;

  g_return_val_if_fail (OFC_IS_PRINT_DATA (self), "");
  value = g_hash_table_lookup (self->fields, field);
  return value != NULL ? value : "";
}

void
ofc_print_data_set (OfcPrintData *self, const char *field, const char *value)
{
  g_return_if_fail (OFC_IS_PRINT_DATA (self));
  g_hash_table_insert (self->fields, g_strdup (field), g_strdup (value != NULL ? value : ""));
}

guint
ofc_print_data_get_n_rows (OfcPrintData *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_DATA (self), 0);
  return self->rows->len;
}

/**
 * ofc_print_data_get_row:
 *
 * Returns: (transfer none): the row's fields
 */
OfcPrintData *
ofc_print_data_get_row (OfcPrintData *self, guint index)
{
  g_return_val_if_fail (OFC_IS_PRINT_DATA (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);
  return g_ptr_array_index (self->rows, index);
}

void
ofc_print_data_add_row (OfcPrintData *self, OfcPrintData *row)
{
  g_return_if_fail (OFC_IS_PRINT_DATA (self));
  g_ptr_array_add (self->rows, g_object_ref (row));
}
