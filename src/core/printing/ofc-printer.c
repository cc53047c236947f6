/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinter: the printer model object, its properties and the media text form ("58x40",
 * "62" for continuous tape).
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "base/ofc-error.h"
#include "ofc-printing-private.h"

G_DEFINE_FINAL_TYPE (OfcPrinter, ofc_printer, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_LANGUAGE,
  PROP_URI,
  PROP_ROLES,
  PROP_PAPER_WIDTH,
  PROP_CODE_PAGE,
  PROP_PROFILE,
  PROP_CODE_TABLE,
  PROP_MEDIA_WIDTH,
  PROP_MEDIA_HEIGHT,
  PROP_MEDIA_GAP,
  PROP_DPI,
  PROP_ENABLED,
  PROP_ARCHIVED,
  PROP_VERSION,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ofc_printer_finalize (GObject *object)
{
  OfcPrinter *self = OFC_PRINTER (object);

  g_free (self->name);
  g_free (self->uri);
  g_free (self->code_page);
  g_free (self->profile);
  G_OBJECT_CLASS (ofc_printer_parent_class)->finalize (object);
}

static void
ofc_printer_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrinter *self = OFC_PRINTER (object);

  switch (prop_id)
    {
      case PROP_ID:
        g_value_take_string (value, ofc_uuid_is_nil (&self->id) ? g_strdup ("")
                                                                : ofc_uuid_dup_string (&self->id));
        break;
      case PROP_NAME:
        g_value_set_string (value, self->name);
        break;
      case PROP_LANGUAGE:
        g_value_set_enum (value, self->language);
        break;
      case PROP_URI:
        g_value_set_string (value, self->uri);
        break;
      case PROP_ROLES:
        g_value_set_flags (value, self->roles);
        break;
      case PROP_PAPER_WIDTH:
        g_value_set_uint (value, self->paper_width);
        break;
      case PROP_CODE_PAGE:
        g_value_set_string (value, self->code_page);
        break;
      case PROP_PROFILE:
        g_value_set_string (value, self->profile);
        break;
      case PROP_CODE_TABLE:
        g_value_set_int (value, self->code_table);
        break;
      case PROP_MEDIA_WIDTH:
        g_value_set_double (value, self->media_width);
        break;
      case PROP_MEDIA_HEIGHT:
        g_value_set_double (value, self->media_height);
        break;
      case PROP_MEDIA_GAP:
        g_value_set_double (value, self->media_gap);
        break;
      case PROP_DPI:
        g_value_set_uint (value, self->dpi);
        break;
      case PROP_ENABLED:
        g_value_set_boolean (value, self->enabled);
        break;
      case PROP_ARCHIVED:
        g_value_set_boolean (value, self->archived);
        break;
      case PROP_VERSION:
        g_value_set_int64 (value, self->version);
        break;
      case PROP_CREATED_AT:
        g_value_set_int64 (value, self->created_at);
        break;
      case PROP_UPDATED_AT:
        g_value_set_int64 (value, self->updated_at);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
replace (char **field, const GValue *value)
{
  g_free (*field);
  *field = g_value_dup_string (value);
  if (*field == NULL)
    *field = g_strdup ("");
}

static void
ofc_printer_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OfcPrinter *self = OFC_PRINTER (object);

  switch (prop_id)
    {
      case PROP_NAME:
        replace (&self->name, value);
        break;
      case PROP_LANGUAGE:
        self->language = g_value_get_enum (value);
        break;
      case PROP_URI:
        replace (&self->uri, value);
        break;
      case PROP_ROLES:
        self->roles = g_value_get_flags (value);
        break;
      case PROP_PAPER_WIDTH:
        self->paper_width = g_value_get_uint (value);
        break;
      case PROP_CODE_PAGE:
        replace (&self->code_page, value);
        break;
      case PROP_PROFILE:
        replace (&self->profile, value);
        break;
      case PROP_CODE_TABLE:
        self->code_table = g_value_get_int (value);
        break;
      case PROP_MEDIA_WIDTH:
        self->media_width = g_value_get_double (value);
        break;
      case PROP_MEDIA_HEIGHT:
        self->media_height = g_value_get_double (value);
        break;
      case PROP_MEDIA_GAP:
        self->media_gap = g_value_get_double (value);
        break;
      case PROP_DPI:
        self->dpi = g_value_get_uint (value);
        break;
      case PROP_ENABLED:
        self->enabled = g_value_get_boolean (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", RO);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", RW);
  properties[PROP_LANGUAGE] =
      g_param_spec_enum ("language", NULL, NULL, OFC_TYPE_PRINTER_LANGUAGE, 0, RW);
  properties[PROP_URI] = g_param_spec_string ("uri", NULL, NULL, "", RW);
  properties[PROP_ROLES] = g_param_spec_flags ("roles", NULL, NULL, OFC_TYPE_PRINTER_ROLES, 0, RW);
  properties[PROP_PAPER_WIDTH] = g_param_spec_uint ("paper-width", NULL, NULL, 0, 1000, 80, RW);
  properties[PROP_CODE_PAGE] = g_param_spec_string ("code-page", NULL, NULL, "cp866", RW);
  properties[PROP_PROFILE] = g_param_spec_string ("profile", NULL, NULL, "epson", RW);
  properties[PROP_CODE_TABLE] = g_param_spec_int ("code-table", NULL, NULL, -1, 255, -1, RW);
  properties[PROP_MEDIA_WIDTH] = g_param_spec_double ("media-width", NULL, NULL, 0, 1000, 58, RW);
  properties[PROP_MEDIA_HEIGHT] = g_param_spec_double ("media-height", NULL, NULL, 0, 1000, 40, RW);
  properties[PROP_MEDIA_GAP] = g_param_spec_double ("media-gap", NULL, NULL, 0, 100, 2, RW);
  properties[PROP_DPI] = g_param_spec_uint ("dpi", NULL, NULL, 0, 1200, 203, RW);
  properties[PROP_ENABLED] = g_param_spec_boolean ("enabled", NULL, NULL, TRUE, RW);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, RO);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_printer_class_init (OfcPrinterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_printer_finalize;
  object_class->get_property = ofc_printer_get_property;
  object_class->set_property = ofc_printer_set_property;
  install_properties (object_class);
  _ofc_printer_register_labels ();
}

static void
ofc_printer_init (OfcPrinter *self)
{
  self->name = g_strdup ("");
  self->uri = g_strdup ("");
  self->code_page = g_strdup ("cp866");
  self->profile = g_strdup ("epson");
  self->code_table = -1;
  self->paper_width = 80;
  self->media_width = 58;
  self->media_height = 40;
  self->media_gap = 2;
  self->dpi = 203;
  self->enabled = TRUE;
}

/**
 * ofc_printer_new:
 *
 * Returns: (transfer full): an unsaved printer with defaults suiting @language: 80 mm
 *   CP866 receipts, 58 × 40 mm labels at 203 dpi, or 62 mm tape at 300 dpi for Brother
 */
OfcPrinter *
ofc_printer_new (OfcPrinterLanguage language)
{
  OfcPrinter *self = g_object_new (OFC_TYPE_PRINTER, "language", language, NULL);

  if (language == OFC_PRINTER_LANGUAGE_BROTHER_QL)
    {
      self->media_width = 62;
      self->media_height = 0;
      self->media_gap = 0;
      self->dpi = 300;
    }
  return self;
}

/**
 * ofc_printer_copy:
 *
 * Returns: (transfer full): an independent copy, id and version included
 */
OfcPrinter *
ofc_printer_copy (OfcPrinter *self)
{
  OfcPrinter *copy;

  g_return_val_if_fail (OFC_IS_PRINTER (self), NULL);
  copy = g_object_new (OFC_TYPE_PRINTER, NULL);
  _ofc_printer_assign (copy, self);
  return copy;
}

static void
set_str (char **field, const char *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/* copies every field of @source into @self and tells bound widgets */
void
_ofc_printer_assign (OfcPrinter *self, OfcPrinter *source)
{
  g_object_freeze_notify (G_OBJECT (self));
  self->id = source->id;
  set_str (&self->name, source->name);
  self->language = source->language;
  set_str (&self->uri, source->uri);
  self->roles = source->roles;
  self->paper_width = source->paper_width;
  set_str (&self->code_page, source->code_page);
  set_str (&self->profile, source->profile);
  self->code_table = source->code_table;
  self->media_width = source->media_width;
  self->media_height = source->media_height;
  self->media_gap = source->media_gap;
  self->dpi = source->dpi;
  self->enabled = source->enabled;
  self->archived = source->archived;
  self->version = source->version;
  self->created_at = source->created_at;
  self->updated_at = source->updated_at;
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
}

const OfcUuid *
ofc_printer_get_id (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), NULL);
  return &self->id;
}

gboolean
ofc_printer_is_saved (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), FALSE);
  return !ofc_uuid_is_nil (&self->id);
}

const char *
ofc_printer_get_name (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), NULL);
  return self->name;
}

void
ofc_printer_set_name (OfcPrinter *self, const char *name)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "name", name, NULL);
}

OfcPrinterLanguage
ofc_printer_get_language (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->language;
}

void
ofc_printer_set_language (OfcPrinter *self, OfcPrinterLanguage language)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "language", language, NULL);
}

const char *
ofc_printer_get_uri (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), NULL);
  return self->uri;
}

void
ofc_printer_set_uri (OfcPrinter *self, const char *uri)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "uri", uri, NULL);
}

OfcPrinterRoles
ofc_printer_get_roles (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->roles;
}

void
ofc_printer_set_roles (OfcPrinter *self, OfcPrinterRoles roles)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "roles", roles, NULL);
}

guint
ofc_printer_get_paper_width (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->paper_width;
}

void
ofc_printer_set_paper_width (OfcPrinter *self, guint millimetres)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "paper-width", millimetres, NULL);
}

const char *
ofc_printer_get_code_page (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), NULL);
  return self->code_page;
}

void
ofc_printer_set_code_page (OfcPrinter *self, const char *code_page)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "code-page", code_page, NULL);
}

const char *
ofc_printer_get_profile (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), NULL);
  return self->profile;
}

void
ofc_printer_set_profile (OfcPrinter *self, const char *profile)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "profile", profile, NULL);
}

int
ofc_printer_get_code_table (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), -1);
  return self->code_table;
}

void
ofc_printer_set_code_table (OfcPrinter *self, int table)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "code-table", table, NULL);
}

double
ofc_printer_get_media_width (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->media_width;
}

double
ofc_printer_get_media_height (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->media_height;
}

/**
 * ofc_printer_set_media:
 * @height_mm: the label length; 0 for continuous tape
 */
void
ofc_printer_set_media (OfcPrinter *self, double width_mm, double height_mm)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "media-width", width_mm, "media-height", height_mm, NULL);
}

gboolean
ofc_printer_is_continuous (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), FALSE);
  return self->media_height <= 0;
}

double
ofc_printer_get_media_gap (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->media_gap;
}

void
ofc_printer_set_media_gap (OfcPrinter *self, double gap_mm)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "media-gap", gap_mm, NULL);
}

guint
ofc_printer_get_dpi (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->dpi;
}

void
ofc_printer_set_dpi (OfcPrinter *self, guint dpi)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "dpi", dpi, NULL);
}

static char *
format_mm (double mm)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", mm);
  if (g_str_has_suffix (buffer, ".0"))
    buffer[strlen (buffer) - 2] = '\0';
  return g_strdup (buffer);
}

/**
 * ofc_printer_dup_media_text:
 *
 * Returns: (transfer full): the label stock as people write it: "58x40", or "62" for
 *   continuous tape 62 mm wide; also the size key of label templates
 */
char *
ofc_printer_dup_media_text (OfcPrinter *self)
{
  g_autofree char *width = NULL;
  g_autofree char *height = NULL;

  g_return_val_if_fail (OFC_IS_PRINTER (self), NULL);
  width = format_mm (self->media_width);
  if (self->media_height <= 0)
    return g_steal_pointer (&width);
  height = format_mm (self->media_height);
  return g_strconcat (width, "x", height, NULL);
}

static gboolean
parse_mm (const char *text, double *mm)
{
  char *end = NULL;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  *mm = g_ascii_strtod (text, &end);
  return end != NULL && *end == '\0';
}

/**
 * ofc_printer_set_media_text:
 * @text: "WIDTHxHEIGHT" in millimetres ("58x40", "57.5x30"), or "WIDTH" alone for continuous
 *   tape ("62")
 * @error: %OFC_ERROR_INVALID on "media-width" for text of another form
 *
 * Sizes are checked when the printer is saved.
 */
gboolean
ofc_printer_set_media_text (OfcPrinter *self, const char *text, GError **error)
{
  g_auto (GStrv) parts = NULL;
  double width = 0, height = 0;

  g_return_val_if_fail (OFC_IS_PRINTER (self), FALSE);
  parts = g_strsplit_set (text != NULL ? text : "", "xX×", 2);
  if (parts[0] == NULL || !parse_mm (g_strstrip (parts[0]), &width) ||
      (parts[1] != NULL && !parse_mm (g_strstrip (parts[1]), &height)))
    {
      ofc_set_invalid (error, "media-width",
                       _ ("“%s” is not a label size; write it as WIDTHxHEIGHT in millimetres, "
                          "e.g. 58x40, or the width alone for continuous tape, e.g. 62"),
                       text != NULL ? text : "");
      return FALSE;
    }
  ofc_printer_set_media (self, width, height);
  return TRUE;
}

gboolean
ofc_printer_get_enabled (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), FALSE);
  return self->enabled;
}

void
ofc_printer_set_enabled (OfcPrinter *self, gboolean enabled)
{
  g_return_if_fail (OFC_IS_PRINTER (self));
  g_object_set (self, "enabled", enabled, NULL);
}

gboolean
ofc_printer_get_archived (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), FALSE);
  return self->archived;
}

gint64
ofc_printer_get_version (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->version;
}

gint64
ofc_printer_get_created_at (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->created_at;
}

gint64
ofc_printer_get_updated_at (OfcPrinter *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER (self), 0);
  return self->updated_at;
}
