/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintTemplate: the model object, the fields each kind of document knows, and the
 * GVariant text form of the field list the database keeps. Defaults, loading and saving
 * are in ofc-print-template-store.c.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "ofc-print-template-private.h"

G_DEFINE_FINAL_TYPE (OfcPrintTemplate, ofc_print_template, G_TYPE_OBJECT)

static const OfcPrintFieldInfo sticker_fields[] = {
  { "number", N_ ("Order number") },
  { "client-name", N_ ("Client") },
  { "phone-last4", N_ ("Phone, last 4 digits") },
  { "device", N_ ("Device") },
  { "serial", N_ ("Serial number / IMEI") },
  { "malfunction", N_ ("Malfunction") },
  { "date", N_ ("Date taken in") },
  { "location", N_ ("Location") },
};

static const OfcPrintFieldInfo receipt_fields[] = {
  { "number", N_ ("Order number") },
  { "date", N_ ("Date taken in") },
  { "client-name", N_ ("Client") },
  { "client-phone", N_ ("Phone") },
  { "device", N_ ("Device") },
  { "serial", N_ ("Serial number / IMEI") },
  { "malfunction", N_ ("Malfunction") },
  { "appearance", N_ ("Appearance") },
  { "completeness", N_ ("Completeness") },
  { "estimate", N_ ("Estimated price") },
  { "deadline", N_ ("Ready by") },
  { "receiver-notes", N_ ("Notes") },
};

static const OfcPrintFieldInfo act_fields[] = {
  { "number", N_ ("Order number") },
  { "date", N_ ("Date taken in") },
  { "closed", N_ ("Date completed") },
  { "client-name", N_ ("Client") },
  { "client-phone", N_ ("Phone") },
  { "device", N_ ("Device") },
  { "serial", N_ ("Serial number / IMEI") },
  { "malfunction", N_ ("Malfunction") },
  { "verdict", N_ ("Work done") },
  { "works", N_ ("Works") },
  { "total", N_ ("Total") },
  { "warranty", N_ ("Warranty card") },
};

static const OfcPrintFieldInfo card_fields[] = {
  { "client-name", N_ ("Client") },
  { "card-code", N_ ("Card number") },
  { "discount", N_ ("Discount") },
};

static const OfcPrintFieldInfo no_fields[] = {
  { NULL, NULL },
};

static const char *const label_sizes[] = { "58x40", "40x30", "62", NULL };
static const char *const receipt_sizes[] = { "80mm", "58mm", OFC_PRINT_TEMPLATE_SIZE_A4, NULL };
static const char *const a4_sizes[] = { OFC_PRINT_TEMPLATE_SIZE_A4, NULL };
static const char *const no_sizes[] = { NULL };

/**
 * ofc_print_template_list_fields:
 * @n_fields: (out): the number of fields
 *
 * Returns: (array length=n_fields): the fields a document of @kind can show, in their
 *   default order; labels are untranslated (N_()): show them with
 *   ofc_print_template_get_field_label()
 */
const OfcPrintFieldInfo *
ofc_print_template_list_fields (OfcPrintJobKind kind, guint *n_fields)
{
  switch (kind)
    {
      case OFC_PRINT_JOB_ORDER_STICKER:
        *n_fields = G_N_ELEMENTS (sticker_fields);
        return sticker_fields;
      case OFC_PRINT_JOB_INTAKE_RECEIPT:
        *n_fields = G_N_ELEMENTS (receipt_fields);
        return receipt_fields;
      case OFC_PRINT_JOB_ACT:
        *n_fields = G_N_ELEMENTS (act_fields);
        return act_fields;
      case OFC_PRINT_JOB_CLIENT_CARD:
        *n_fields = G_N_ELEMENTS (card_fields);
        return card_fields;
      case OFC_PRINT_JOB_TEST_PAGE:
      default:
        *n_fields = 0;
        return no_fields;
    }
}

/**
 * ofc_print_template_get_field_label:
 *
 * Returns: (nullable): the translated name of field @id of @kind
 */
const char *
ofc_print_template_get_field_label (OfcPrintJobKind kind, const char *id)
{
  guint n;
  const OfcPrintFieldInfo *fields = ofc_print_template_list_fields (kind, &n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (fields[i].id, id) == 0)
      return _ (fields[i].label);
  return NULL;
}

/**
 * ofc_print_template_list_sizes:
 *
 * Returns: (array zero-terminated=1): the sizes with built-in defaults; label templates
 *   also exist for any "WIDTHxHEIGHT" in millimetres, made from the nearest default
 */
const char *const *
ofc_print_template_list_sizes (OfcPrintJobKind kind)
{
  switch (kind)
    {
      case OFC_PRINT_JOB_ORDER_STICKER:
      case OFC_PRINT_JOB_CLIENT_CARD:
        return label_sizes;
      case OFC_PRINT_JOB_INTAKE_RECEIPT:
        return receipt_sizes;
      case OFC_PRINT_JOB_ACT:
        return a4_sizes;
      case OFC_PRINT_JOB_TEST_PAGE:
      default:
        return no_sizes;
    }
}

static void
field_clear (gpointer data)
{
  g_free (((OfcPrintField *) data)->id);
}

static void
ofc_print_template_finalize (GObject *object)
{
  OfcPrintTemplate *self = OFC_PRINT_TEMPLATE (object);

  g_free (self->size);
  g_free (self->header);
  g_free (self->footer);
  g_free (self->font);
  g_array_unref (self->fields);
  G_OBJECT_CLASS (ofc_print_template_parent_class)->finalize (object);
}

static void
ofc_print_template_class_init (OfcPrintTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_print_template_finalize;
}

static void
ofc_print_template_init (OfcPrintTemplate *self)
{
  self->fields = g_array_new (FALSE, TRUE, sizeof (OfcPrintField));
  g_array_set_clear_func (self->fields, field_clear);
  self->size = g_strdup ("");
  self->header = g_strdup ("");
  self->footer = g_strdup ("");
  self->font = g_strdup ("");
}

OfcPrintTemplate *
_ofc_print_template_new (OfcPrintJobKind kind, const char *size)
{
  OfcPrintTemplate *self = g_object_new (OFC_TYPE_PRINT_TEMPLATE, NULL);

  self->kind = kind;
  g_free (self->size);
  self->size = g_strdup (size);
  return self;
}

void
_ofc_print_template_add_field (OfcPrintTemplate *self,
                               const char *id,
                               gboolean visible,
                               double size,
                               gboolean bold,
                               guint lines)
{
  OfcPrintField field = { g_strdup (id), visible, size, bold, CLAMP (lines, 1, 5) };

  g_array_append_val (self->fields, field);
}

/**
 * ofc_print_template_copy:
 *
 * Returns: (transfer full): an independent copy for an editor
 */
OfcPrintTemplate *
ofc_print_template_copy (OfcPrintTemplate *self)
{
  OfcPrintTemplate *copy;

  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  copy = _ofc_print_template_new (self->kind, self->size);
  copy->id = self->id;
  copy->version = self->version;
  ofc_print_template_set_header (copy, self->header);
  ofc_print_template_set_footer (copy, self->footer);
  ofc_print_template_set_font (copy, self->font);
  copy->symbology = self->symbology;
  for (guint i = 0; i < self->fields->len; i++)
    {
      const OfcPrintField *field = &g_array_index (self->fields, OfcPrintField, i);

      _ofc_print_template_add_field (copy, field->id, field->visible, field->size, field->bold,
                                     field->lines);
    }
  return copy;
}

OfcPrintJobKind
ofc_print_template_get_kind (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), 0);
  return self->kind;
}

const char *
ofc_print_template_get_size (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  return self->size;
}

/* whether the shop saved this template, or it is the built-in default */
gboolean
ofc_print_template_is_stored (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), FALSE);
  return !ofc_uuid_is_nil (&self->id);
}

static void
replace (char **field, const char *value)
{
  char *copy = g_strdup (value != NULL ? value : "");

  g_free (*field);
  *field = copy;
}

/* the header: the shop's name and address; empty means the order's location */
const char *
ofc_print_template_get_header (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  return self->header;
}

void
ofc_print_template_set_header (OfcPrintTemplate *self, const char *header)
{
  g_return_if_fail (OFC_IS_PRINT_TEMPLATE (self));
  replace (&self->header, header);
}

/* the footer: terms of repair, a thank-you; may be several lines */
const char *
ofc_print_template_get_footer (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  return self->footer;
}

void
ofc_print_template_set_footer (OfcPrintTemplate *self, const char *footer)
{
  g_return_if_fail (OFC_IS_PRINT_TEMPLATE (self));
  replace (&self->footer, footer);
}

/* a Pango family, e.g. "DejaVu Sans"; empty for the default "Sans" */
const char *
ofc_print_template_get_font (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  return self->font;
}

void
ofc_print_template_set_font (OfcPrintTemplate *self, const char *font)
{
  g_return_if_fail (OFC_IS_PRINT_TEMPLATE (self));
  replace (&self->font, font);
}

OfcPrintSymbology
ofc_print_template_get_symbology (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), 0);
  return self->symbology;
}

void
ofc_print_template_set_symbology (OfcPrintTemplate *self, OfcPrintSymbology symbology)
{
  g_return_if_fail (OFC_IS_PRINT_TEMPLATE (self));
  self->symbology = symbology;
}

guint
ofc_print_template_get_n_fields (OfcPrintTemplate *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), 0);
  return self->fields->len;
}

/**
 * ofc_print_template_get_field:
 * @index: the position, in printing order
 */
const OfcPrintField *
ofc_print_template_get_field (OfcPrintTemplate *self, guint index)
{
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  g_return_val_if_fail (index < self->fields->len, NULL);
  return &g_array_index (self->fields, OfcPrintField, index);
}

static gint
find_index (OfcPrintTemplate *self, const char *id)
{
  for (guint i = 0; i < self->fields->len; i++)
    if (g_strcmp0 (g_array_index (self->fields, OfcPrintField, i).id, id) == 0)
      return i;
  return -1;
}

/**
 * ofc_print_template_find_field:
 *
 * Returns: (nullable): the field @id, or %NULL when the template does not list it
 */
const OfcPrintField *
ofc_print_template_find_field (OfcPrintTemplate *self, const char *id)
{
  gint index;

  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  index = find_index (self, id);
  return index >= 0 ? &g_array_index (self->fields, OfcPrintField, index) : NULL;
}

/**
 * ofc_print_template_set_field:
 * @id: a field of the template's kind; one it does not list yet is added at the end
 *
 * Sizes and lines are checked when saving.
 *
 * Returns: %FALSE when @kind has no field @id
 */
gboolean
ofc_print_template_set_field (OfcPrintTemplate *self,
                              const char *id,
                              gboolean visible,
                              double size,
                              gboolean bold,
                              guint lines)
{
  gint index;
  OfcPrintField *field;

  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), FALSE);
  if (ofc_print_template_get_field_label (self->kind, id) == NULL)
    return FALSE;
  index = find_index (self, id);
  if (index < 0)
    {
      _ofc_print_template_add_field (self, id, visible, size, bold, lines);
      return TRUE;
    }
  field = &g_array_index (self->fields, OfcPrintField, index);
  field->visible = visible;
  field->size = size;
  field->bold = bold;
  field->lines = lines;
  return TRUE;
}

/**
 * ofc_print_template_move_field:
 * @position: the new position; past the end means last
 */
gboolean
ofc_print_template_move_field (OfcPrintTemplate *self, const char *id, guint position)
{
  gint index;
  OfcPrintField field;

  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), FALSE);
  index = find_index (self, id);
  if (index < 0)
    return FALSE;
  field = g_array_index (self->fields, OfcPrintField, index);
  field.id = g_strdup (field.id);
  g_array_remove_index (self->fields, index);
  g_array_insert_val (self->fields, MIN (position, self->fields->len), field);
  return TRUE;
}

/**
 * ofc_print_template_to_text:
 *
 * Returns: (transfer full): the field list as GVariant text (an aa{sv}), as stored
 */
char *
ofc_print_template_to_text (OfcPrintTemplate *self)
{
  g_autoptr (GVariantBuilder) list = g_variant_builder_new (G_VARIANT_TYPE ("aa{sv}"));
  g_autoptr (GVariant) value = NULL;

  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), NULL);
  for (guint i = 0; i < self->fields->len; i++)
    {
      const OfcPrintField *field = &g_array_index (self->fields, OfcPrintField, i);
      GVariantDict dict;

      g_variant_dict_init (&dict, NULL);
      g_variant_dict_insert (&dict, "id", "s", field->id);
      g_variant_dict_insert (&dict, "visible", "b", field->visible);
      g_variant_dict_insert (&dict, "size", "d", field->size);
      g_variant_dict_insert (&dict, "bold", "b", field->bold);
      g_variant_dict_insert (&dict, "lines", "u", field->lines);
      g_variant_builder_add_value (list, g_variant_dict_end (&dict));
    }
  value = g_variant_ref_sink (g_variant_builder_end (list));
  return g_variant_print (value, FALSE);
}

static void
read_field (OfcPrintTemplate *self, GVariant *item)
{
  GVariantDict dict;
  const char *id = NULL;
  gboolean visible = TRUE, bold = FALSE;
  double size = 0;
  guint lines = 1;

  g_variant_dict_init (&dict, item);
  g_variant_dict_lookup (&dict, "id", "&s", &id);
  g_variant_dict_lookup (&dict, "visible", "b", &visible);
  g_variant_dict_lookup (&dict, "size", "d", &size);
  g_variant_dict_lookup (&dict, "bold", "b", &bold);
  g_variant_dict_lookup (&dict, "lines", "u", &lines);
  /* a field this version does not know (written by a newer one) is skipped, not refused */
  if (id != NULL && find_index (self, id) < 0)
    ofc_print_template_set_field (self, id, visible, size, bold, lines);
  g_variant_dict_clear (&dict);
}

/**
 * ofc_print_template_set_fields_from_text:
 * @text: GVariant text of an aa{sv}, as ofc_print_template_to_text() writes
 *
 * Replaces the field list. Unknown keys and fields are ignored.
 */
gboolean
ofc_print_template_set_fields_from_text (OfcPrintTemplate *self, const char *text, GError **error)
{
  g_autoptr (GVariant) value = NULL;
  g_autoptr (GError) local = NULL;
  GVariantIter iter;
  GVariant *item;

  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (self), FALSE);
  value = g_variant_parse (G_VARIANT_TYPE ("aa{sv}"), text, NULL, NULL, &local);
  if (value == NULL)
    {
      ofc_set_invalid (error, "fields", _ ("The template’s field list cannot be read: %s"),
                       local->message);
      return FALSE;
    }
  g_array_set_size (self->fields, 0);
  g_variant_iter_init (&iter, value);
  while ((item = g_variant_iter_next_value (&iter)) != NULL)
    {
      read_field (self, item);
      g_variant_unref (item);
    }
  return TRUE;
}
