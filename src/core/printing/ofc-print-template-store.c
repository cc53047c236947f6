/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Print templates in the database: the built-in defaults for every kind and size, loading
 * (the stored template or the default), saving with validation and a journal entry, and
 * going back to the default.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "base/ofc-error.h"
#include "base/ofc-text.h"
#include "db/ofc-journal.h"
#include "ofc-print-template-private.h"
#include "ofc-printing-private.h"

#define MAX_HEADER 1000
#define MAX_FOOTER 2000

typedef struct
{
  const char *id;
  gboolean visible;
  double size;
  gboolean bold;
  guint lines;
} FieldDefault;

/* the usual 58 × 40 mm sticker; other label sizes scale it */
static const FieldDefault sticker_58x40[] = {
  { "number", TRUE, 6.0, TRUE, 1 },       { "client-name", TRUE, 3.5, FALSE, 1 },
  { "phone-last4", TRUE, 3.0, FALSE, 1 }, { "device", TRUE, 3.5, TRUE, 1 },
  { "serial", FALSE, 2.5, FALSE, 1 },     { "malfunction", TRUE, 3.0, FALSE, 2 },
  { "date", TRUE, 2.5, FALSE, 1 },        { "location", TRUE, 2.5, FALSE, 1 },
};

/* 40 × 30 mm: the QR code takes the right third, text the rest */
static const FieldDefault sticker_40x30[] = {
  { "number", TRUE, 4.5, TRUE, 1 },       { "client-name", TRUE, 2.8, FALSE, 1 },
  { "phone-last4", TRUE, 2.2, FALSE, 1 }, { "device", TRUE, 2.8, TRUE, 1 },
  { "serial", FALSE, 2.2, FALSE, 1 },     { "malfunction", TRUE, 2.5, FALSE, 1 },
  { "date", TRUE, 2.0, FALSE, 1 },        { "location", FALSE, 2.0, FALSE, 1 },
};

static const FieldDefault receipt_paper[] = {
  { "number", TRUE, 2, TRUE, 1 },        { "date", TRUE, 1, FALSE, 1 },
  { "client-name", TRUE, 1, FALSE, 1 },  { "client-phone", TRUE, 1, FALSE, 1 },
  { "device", TRUE, 1, TRUE, 1 },        { "serial", TRUE, 1, FALSE, 1 },
  { "malfunction", TRUE, 1, FALSE, 5 },  { "appearance", TRUE, 1, FALSE, 3 },
  { "completeness", TRUE, 1, FALSE, 3 }, { "estimate", TRUE, 1, FALSE, 1 },
  { "deadline", TRUE, 1, FALSE, 1 },     { "receiver-notes", FALSE, 1, FALSE, 3 },
};

static const FieldDefault receipt_a4[] = {
  { "number", TRUE, 14, TRUE, 1 },        { "date", TRUE, 10, FALSE, 1 },
  { "client-name", TRUE, 10, FALSE, 1 },  { "client-phone", TRUE, 10, FALSE, 1 },
  { "device", TRUE, 10, TRUE, 1 },        { "serial", TRUE, 10, FALSE, 1 },
  { "malfunction", TRUE, 10, FALSE, 5 },  { "appearance", TRUE, 10, FALSE, 3 },
  { "completeness", TRUE, 10, FALSE, 3 }, { "estimate", TRUE, 10, FALSE, 1 },
  { "deadline", TRUE, 10, FALSE, 1 },     { "receiver-notes", TRUE, 10, FALSE, 3 },
};

static const FieldDefault act_a4[] = {
  { "number", TRUE, 14, TRUE, 1 },        { "date", TRUE, 10, FALSE, 1 },
  { "closed", TRUE, 10, FALSE, 1 },       { "client-name", TRUE, 10, FALSE, 1 },
  { "client-phone", TRUE, 10, FALSE, 1 }, { "device", TRUE, 10, TRUE, 1 },
  { "serial", TRUE, 10, FALSE, 1 },       { "malfunction", TRUE, 10, FALSE, 3 },
  { "verdict", TRUE, 10, FALSE, 5 },      { "works", TRUE, 10, FALSE, 1 },
  { "total", TRUE, 11, TRUE, 1 },         { "warranty", TRUE, 9, FALSE, 1 },
};

static const FieldDefault card_58x40[] = {
  { "client-name", TRUE, 5.0, TRUE, 2 },
  { "card-code", TRUE, 3.0, FALSE, 1 },
  { "discount", TRUE, 3.5, TRUE, 1 },
};

typedef enum
{
  PAPER_LABEL,
  PAPER_RECEIPT,
  PAPER_A4,
} Paper;

static Paper
paper_of (const char *size)
{
  if (g_strcmp0 (size, OFC_PRINT_TEMPLATE_SIZE_A4) == 0)
    return PAPER_A4;
  if (g_str_has_suffix (size, "mm"))
    return PAPER_RECEIPT;
  return PAPER_LABEL;
}

/* "58x40" → 58, 40; "62" → 62, 0 (continuous) */
static gboolean
parse_label_size (const char *size, double *width, double *height)
{
  g_auto (GStrv) parts = g_strsplit (size != NULL ? size : "", "x", 2);
  char *end = NULL;

  *width = g_ascii_strtod (parts[0] != NULL ? parts[0] : "", &end);
  if (end == NULL || *end != '\0' || *width <= 0)
    return FALSE;
  *height = parts[1] != NULL ? g_ascii_strtod (parts[1], &end) : 0;
  return end != NULL && *end == '\0' && *height >= 0;
}

/* how much a default label template is scaled for another size; 62 mm tape prints as a
 * 62 × 40 mm label */
static double
label_scale (const char *size)
{
  double width = 58, height = 40;

  if (!parse_label_size (size, &width, &height))
    return 1.0;
  if (height == 0)
    height = 40;
  return CLAMP (MIN (width / 58, height / 40), 0.5, 2.0);
}

static void
add_defaults (OfcPrintTemplate *self, const FieldDefault *fields, guint n, double scale)
{
  for (guint i = 0; i < n; i++)
    _ofc_print_template_add_field (self, fields[i].id, fields[i].visible,
                                   round (fields[i].size * scale * 10) / 10, fields[i].bold,
                                   fields[i].lines);
}

static void
add_label_defaults (OfcPrintTemplate *self, const char *size)
{
  double width = 58, height = 40;
  gboolean small = parse_label_size (size, &width, &height) && height > 0 && height < 35;

  if (self->kind == OFC_PRINT_JOB_CLIENT_CARD)
    {
      add_defaults (self, card_58x40, G_N_ELEMENTS (card_58x40), label_scale (size));
      self->symbology = OFC_PRINT_SYMBOLOGY_EAN13;
    }
  else if (small)
    {
      add_defaults (self, sticker_40x30, G_N_ELEMENTS (sticker_40x30),
                    g_str_equal (size, "40x30") ? 1.0 : label_scale (size) * 40 / 30);
      self->symbology = OFC_PRINT_SYMBOLOGY_QR;
    }
  else
    {
      add_defaults (self, sticker_58x40, G_N_ELEMENTS (sticker_58x40), label_scale (size));
      self->symbology = height == 0 ? OFC_PRINT_SYMBOLOGY_BOTH : OFC_PRINT_SYMBOLOGY_CODE128;
    }
}

/**
 * ofc_print_template_new_default:
 * @size: "58x40", "40x30", "62" or any "WIDTHxHEIGHT" for labels; "80mm", "58mm" or "a4"
 *   for intake receipts; "a4" for acts
 *
 * Returns: (transfer full): the built-in template, not stored
 */
OfcPrintTemplate *
ofc_print_template_new_default (OfcPrintJobKind kind, const char *size)
{
  OfcPrintTemplate *self = _ofc_print_template_new (kind, size);

  switch (kind)
    {
      case OFC_PRINT_JOB_ORDER_STICKER:
      case OFC_PRINT_JOB_CLIENT_CARD:
        add_label_defaults (self, size);
        break;
      case OFC_PRINT_JOB_INTAKE_RECEIPT:
        if (paper_of (size) == PAPER_A4)
          add_defaults (self, receipt_a4, G_N_ELEMENTS (receipt_a4), 1);
        else
          add_defaults (self, receipt_paper, G_N_ELEMENTS (receipt_paper), 1);
        self->symbology = OFC_PRINT_SYMBOLOGY_CODE128;
        ofc_print_template_set_footer (
            self, _ ("Keep this receipt: the device is returned to the person who presents it."));
        break;
      case OFC_PRINT_JOB_ACT:
        add_defaults (self, act_a4, G_N_ELEMENTS (act_a4), 1);
        ofc_print_template_set_footer (
            self, _ ("The warranty covers the works listed above for the period shown from the "
                     "date completed. It does not cover damage by impact, liquid or repairs by "
                     "others."));
        break;
      case OFC_PRINT_JOB_TEST_PAGE:
      default:
        break;
    }
  return self;
}

static gboolean
check_field (OfcPrintTemplate *self, const OfcPrintField *field, GError **error)
{
  static const double limits[][2] = {
    [PAPER_LABEL] = { 1.5, 30 }, [PAPER_RECEIPT] = { 1, 2 }, [PAPER_A4] = { 6, 24 }
  };
  Paper paper = paper_of (self->size);
  const char *label = ofc_print_template_get_field_label (self->kind, field->id);

  if (label == NULL)
    ofc_set_invalid (error, "fields", _ ("A template of this document has no field “%s”"),
                     field->id);
  else if (field->size < limits[paper][0] || field->size > limits[paper][1])
    ofc_set_invalid (error, "fields", _ ("The size of “%s” must be between %g and %g"), label,
                     limits[paper][0], limits[paper][1]);
  else if (field->lines < 1 || field->lines > 5)
    ofc_set_invalid (error, "fields", _ ("“%s” may take 1 to 5 lines"), label);
  else
    return TRUE;
  return FALSE;
}

static gboolean
clean_text (const char *field, const char *label, char **text, gsize max, GError **error)
{
  char *clean = ofc_text_take_valid (field, label, *text, max, OFC_TEXT_MULTI_LINE, error);

  if (clean == NULL)
    return FALSE;
  g_free (*text);
  *text = clean;
  return TRUE;
}

static gboolean
validate (OfcPrintTemplate *self, GError **error)
{
  if (self->kind >= OFC_PRINT_JOB_N_KINDS || self->kind == OFC_PRINT_JOB_TEST_PAGE)
    {
      ofc_set_invalid (error, "kind", _ ("This document has no template"));
      return FALSE;
    }
  if (!clean_text ("header", _ ("Header"), &self->header, MAX_HEADER, error) ||
      !clean_text ("footer", _ ("Footer"), &self->footer, MAX_FOOTER, error) ||
      !clean_text ("font", _ ("Font"), &self->font, OFC_TEXT_MAX_SHORT, error))
    return FALSE;
  if (self->symbology > OFC_PRINT_SYMBOLOGY_EAN13)
    {
      ofc_set_invalid (error, "symbology", _ ("Unknown kind of barcode"));
      return FALSE;
    }
  for (guint i = 0; i < self->fields->len; i++)
    if (!check_field (self, &g_array_index (self->fields, OfcPrintField, i), error))
      return FALSE;
  return TRUE;
}

static const char *const symbologies[] = { "none", "code128", "qr", "both", "ean13" };

#define TEMPLATE_COLUMNS "id, version, header, footer, font, symbology, fields"

static OfcPrintTemplate *
read_template (OfcStatement *statement, OfcPrintJobKind kind, const char *size, GError **error)
{
  g_autoptr (OfcPrintTemplate) self = _ofc_print_template_new (kind, size);
  const char *symbology = ofc_statement_get_text (statement, 5);

  ofc_statement_get_uuid (statement, 0, &self->id);
  self->version = ofc_statement_get_int64 (statement, 1);
  ofc_print_template_set_header (self, ofc_statement_get_text (statement, 2));
  ofc_print_template_set_footer (self, ofc_statement_get_text (statement, 3));
  ofc_print_template_set_font (self, ofc_statement_get_text (statement, 4));
  for (guint i = 0; i < G_N_ELEMENTS (symbologies); i++)
    if (g_strcmp0 (symbology, symbologies[i]) == 0)
      self->symbology = i;
  if (!ofc_print_template_set_fields_from_text (self, ofc_statement_get_text (statement, 6), error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ofc_print_template_load:
 *
 * Returns: (transfer full) (nullable): the shop's template for @kind and @size, or the
 *   built-in default when none was saved
 */
OfcPrintTemplate *
ofc_print_template_load (OfcContext *context,
                         OfcPrintJobKind kind,
                         const char *size,
                         GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  statement = ofc_database_prepare (
      ofc_context_get_database (context),
      "SELECT " TEMPLATE_COLUMNS " FROM print_template WHERE kind = ?1 AND size = ?2", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_text (statement, 1, ofc_print_job_kind_to_string (kind));
  ofc_statement_bind_text (statement, 2, size);
  if (ofc_statement_step (statement, &local))
    return read_template (statement, kind, size, error);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return ofc_print_template_new_default (kind, size);
}

static OfcChangeSet *
diff (OfcPrintTemplate *before, OfcPrintTemplate *after)
{
  OfcChangeSet *changes = ofc_change_set_new ();
  g_autofree char *old_fields = before != NULL ? ofc_print_template_to_text (before) : NULL;
  g_autofree char *new_fields = ofc_print_template_to_text (after);

  ofc_change_set_text (changes, "kind",
                       before != NULL ? ofc_print_job_kind_to_string (before->kind) : NULL,
                       ofc_print_job_kind_to_string (after->kind));
  ofc_change_set_text (changes, "size", before != NULL ? before->size : NULL, after->size);
  ofc_change_set_text (changes, "header", before != NULL ? before->header : NULL, after->header);
  ofc_change_set_text (changes, "footer", before != NULL ? before->footer : NULL, after->footer);
  ofc_change_set_text (changes, "font", before != NULL ? before->font : NULL, after->font);
  ofc_change_set_text (changes, "symbology", before != NULL ? symbologies[before->symbology] : NULL,
                       symbologies[after->symbology]);
  ofc_change_set_text (changes, "fields", old_fields, new_fields);
  return changes;
}

static gboolean
write_row (OfcDatabase *database, OfcPrintTemplate *self, gint64 old_version, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (
      database,
      old_version == 0
          ? "INSERT INTO print_template (id, kind, size, header, footer, font, symbology, fields, "
            "version, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)"
          : "UPDATE print_template SET header = ?4, footer = ?5, font = ?6, symbology = ?7, "
            "fields = ?8, version = ?9, updated_at = ?10 WHERE id = ?1 AND version = ?11",
      error);
  g_autofree char *fields = ofc_print_template_to_text (self);

  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &self->id);
  ofc_statement_bind_text (statement, 2, ofc_print_job_kind_to_string (self->kind));
  ofc_statement_bind_text (statement, 3, self->size);
  ofc_statement_bind_text (statement, 4, self->header);
  ofc_statement_bind_text (statement, 5, self->footer);
  ofc_statement_bind_text (statement, 6, self->font);
  ofc_statement_bind_text (statement, 7, symbologies[self->symbology]);
  ofc_statement_bind_text (statement, 8, fields);
  ofc_statement_bind_int64 (statement, 9, self->version);
  ofc_statement_bind_int64 (statement, 10, ofc_database_now (database));
  if (old_version != 0)
    ofc_statement_bind_int64 (statement, 11, old_version);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (ofc_database_get_changes (database) == 1)
    return TRUE;
  g_set_error_literal (error, OFC_ERROR, OFC_ERROR_CONFLICT,
                       _ ("The template was changed elsewhere; reload it and try again"));
  return FALSE;
}

static gboolean
store (OfcContext *context, OfcPrintTemplate *clean, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);
  g_autoptr (OfcPrintTemplate) before = NULL;
  g_autoptr (OfcChangeSet) changes = NULL;
  gint64 old_version = clean->version;
  gboolean creating = ofc_uuid_is_nil (&clean->id);

  if (transaction == NULL)
    return FALSE;
  if (!creating)
    before = ofc_print_template_load (context, clean->kind, clean->size, error);
  if (!creating && before == NULL)
    return FALSE;
  if (creating)
    ofc_uuid_generate (&clean->id);
  clean->version = old_version + 1;
  changes = diff (before, clean);
  return write_row (database, clean, old_version, error) &&
         ofc_journal_append (database, OFC_PRINT_TEMPLATE_ENTITY, &clean->id,
                             creating ? OFC_JOURNAL_CREATE : OFC_JOURNAL_UPDATE, changes, error) &&
         ofc_transaction_commit (transaction, error);
}

/**
 * ofc_print_template_save:
 * @template_: a template as edited; on success it holds its id and new version
 * @error: %OFC_ERROR_INVALID naming "header", "footer", "font", "symbology" or "fields";
 *   %OFC_ERROR_CONFLICT when someone saved it meanwhile
 *
 * Emits "changed::print_template" after the commit. Jobs already rendered keep what they
 * rendered; jobs rendered from now on use the new template.
 */
gboolean
ofc_print_template_save (OfcContext *context, OfcPrintTemplate *template_, GError **error)
{
  g_autoptr (OfcPrintTemplate) clean = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (OFC_IS_PRINT_TEMPLATE (template_), FALSE);
  clean = ofc_print_template_copy (template_);
  if (!validate (clean, error) || !store (context, clean, error))
    return FALSE;
  template_->id = clean->id;
  template_->version = clean->version;
  if (!ofc_database_in_transaction (ofc_context_get_database (context)))
    ofc_context_notify_changed (context, OFC_PRINT_TEMPLATE_ENTITY);
  return TRUE;
}

/**
 * ofc_print_template_reset:
 *
 * Puts the built-in default back for @kind and @size (a journaled update of the stored
 * template; nothing to do when none was stored).
 */
gboolean
ofc_print_template_reset (OfcContext *context,
                          OfcPrintJobKind kind,
                          const char *size,
                          GError **error)
{
  g_autoptr (OfcPrintTemplate) stored = NULL;
  g_autoptr (OfcPrintTemplate) fresh = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);
  stored = ofc_print_template_load (context, kind, size, error);
  if (stored == NULL)
    return FALSE;
  if (!ofc_print_template_is_stored (stored))
    return TRUE;
  fresh = ofc_print_template_new_default (kind, size);
  fresh->id = stored->id;
  fresh->version = stored->version;
  return ofc_print_template_save (context, fresh, error);
}
