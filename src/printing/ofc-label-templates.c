/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Label templates: the order sticker, the discount card and the label test page, laid out
 * in millimetres for any label size.
 *
 * The sticker puts the order number on top (never cut: it shrinks to half its size, then
 * the label is refused), the barcode under it (Code 128 across, or a QR code on the right
 * with the text beside it), then the other fields in the template's order. When the fields
 * are taller than the room left, all of them shrink together; each field then shrinks,
 * wraps to its lines or ends in "…" on its own.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-print-templates-private.h"

#define MARGIN_MM   1.5
#define GAP_MM      0.6
#define LINE_FACTOR 1.3 /* a text box is this many times the text size high */

typedef struct
{
  OfcLabelLayout *layout;
  OfcPrintTemplate *template_;
  OfcPrintData *data;
  double x, y, width, bottom;
} Sheet;

const char *
_ofc_print_template_font (OfcPrintTemplate *template_)
{
  const char *font = ofc_print_template_get_font (template_);

  return *font != '\0' ? font : OFC_PRINT_DEFAULT_FONT;
}

/* the text a field prints: the data, with a word of context where the bare value would
 * puzzle ("…4567" alone reads as nothing) */
char *
_ofc_print_field_text (OfcPrintData *data, const char *id)
{
  const char *value = ofc_print_data_get (data, id);

  if (*value == '\0')
    return g_strdup ("");
  if (g_str_equal (id, "phone-last4"))
    return g_strdup_printf (_ ("phone …%s"), value);
  if (g_str_equal (id, "discount"))
    return g_strdup_printf (_ ("Discount %s"), value);
  return g_strdup (value);
}

/* the template's header, or the name, address and phone of the order's location */
char *
_ofc_print_header_text (OfcPrintTemplate *template_, OfcPrintData *data)
{
  static const char *const fields[] = { "shop-name", "shop-address", "shop-phone" };
  g_autoptr (GString) text = NULL;

  if (*ofc_print_template_get_header (template_) != '\0')
    return g_strdup (ofc_print_template_get_header (template_));
  text = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (*ofc_print_data_get (data, fields[i]) != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "",
                              ofc_print_data_get (data, fields[i]));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
dup_font (OfcPrintTemplate *template_, gboolean bold)
{
  return g_strconcat (_ofc_print_template_font (template_), bold ? " Bold" : "", NULL);
}

static void
sheet_init (Sheet *sheet,
            const OfcLabelMedia *media,
            OfcPrintTemplate *template_,
            OfcPrintData *data)
{
  double width = media->printable_width_mm > 0 ? media->printable_width_mm : media->width_mm;

  sheet->layout = ofc_label_layout_new (media);
  sheet->template_ = template_;
  sheet->data = data;
  sheet->x = MARGIN_MM;
  sheet->y = MARGIN_MM;
  sheet->width = width - 2 * MARGIN_MM;
  sheet->bottom = media->height_mm - MARGIN_MM;
}

/* a text box; @min_scale is how far the text may shrink before it is shortened */
static void
add_text (Sheet *sheet,
          const OfcPrintField *field,
          const char *text,
          double x,
          double width,
          double height,
          double scale,
          OfcAlign align,
          const char *must_fit)
{
  g_autofree char *font = dup_font (sheet->template_, field->bold);
  OfcTextFitOptions options = { .font = font,
                                .max_size = field->size * scale,
                                .min_size = field->size * scale * 0.55,
                                .align = align,
                                .wrap = field->lines > 1,
                                .middle = field->lines == 1,
                                .must_fit = must_fit };

  ofc_label_layout_add_text (sheet->layout, x, sheet->y, width, height, text, &options);
}

static double
box_height (const OfcPrintField *field)
{
  return field->size * LINE_FACTOR * field->lines;
}

/* the visible fields after the number that have something to print */
static GPtrArray *
collect_fields (OfcPrintTemplate *template_, OfcPrintData *data, const char *skip)
{
  GPtrArray *fields = g_ptr_array_new ();

  for (guint i = 0; i < ofc_print_template_get_n_fields (template_); i++)
    {
      const OfcPrintField *field = ofc_print_template_get_field (template_, i);

      if (field->visible && !g_str_equal (field->id, skip) &&
          *ofc_print_data_get (data, field->id) != '\0')
        g_ptr_array_add (fields, (gpointer) field);
    }
  return fields;
}

static void
add_fields (Sheet *sheet, GPtrArray *fields, double width)
{
  double wanted = 0, scale;

  for (guint i = 0; i < fields->len; i++)
    wanted += box_height (g_ptr_array_index (fields, i));
  scale = wanted > 0 ? MIN (1.0, MAX (sheet->bottom - sheet->y, 0) / wanted) : 1.0;
  for (guint i = 0; i < fields->len; i++)
    {
      const OfcPrintField *field = g_ptr_array_index (fields, i);
      g_autofree char *text = _ofc_print_field_text (sheet->data, field->id);
      double height = box_height (field) * scale;

      add_text (sheet, field, text, sheet->x, width, height, scale, OFC_ALIGN_LEFT, NULL);
      sheet->y += height;
    }
}

static gboolean
has_qr (OfcPrintSymbology symbology)
{
  return symbology == OFC_PRINT_SYMBOLOGY_QR || symbology == OFC_PRINT_SYMBOLOGY_BOTH;
}

static gboolean
has_code128 (OfcPrintSymbology symbology)
{
  return symbology == OFC_PRINT_SYMBOLOGY_CODE128 || symbology == OFC_PRINT_SYMBOLOGY_BOTH;
}

/**
 * _ofc_sticker_layout_new:
 * @media: the label; its height must be set (continuous tape too)
 *
 * Returns: (transfer full): the order sticker, to render
 */
OfcLabelLayout *
_ofc_sticker_layout_new (const OfcLabelMedia *media,
                         OfcPrintTemplate *template_,
                         OfcPrintData *data)
{
  OfcPrintSymbology symbology = ofc_print_template_get_symbology (template_);
  const OfcPrintField *number = ofc_print_template_find_field (template_, "number");
  const char *number_text = ofc_print_data_get (data, "number");
  g_autoptr (GPtrArray) fields = collect_fields (template_, data, "number");
  double column, qr = 0;
  Sheet sheet;

  sheet_init (&sheet, media, template_, data);
  if (number != NULL && number->visible)
    {
      add_text (&sheet, number, number_text, sheet.x, sheet.width, box_height (number), 1,
                has_qr (symbology) ? OFC_ALIGN_LEFT : OFC_ALIGN_CENTER, number_text);
      sheet.y += box_height (number) + GAP_MM;
    }
  if (has_code128 (symbology))
    {
      double height = CLAMP (media->height_mm * 0.2, 5, 12);

      ofc_label_layout_add_code128 (sheet.layout, sheet.x, sheet.y, sheet.width, height,
                                    number_text, FALSE);
      sheet.y += height + GAP_MM;
    }
  column = sheet.width;
  if (has_qr (symbology))
    {
      qr = MIN (MIN (sheet.bottom - sheet.y, sheet.width * 0.4), 25);
      ofc_label_layout_add_qr (sheet.layout, sheet.x + sheet.width - qr, sheet.y, qr, number_text);
      column = sheet.width - qr - GAP_MM;
    }
  add_fields (&sheet, fields, column);
  return sheet.layout;
}

static gboolean
is_ean13 (const char *code)
{
  return strlen (code) == 13 && strspn (code, "0123456789") == 13;
}

/**
 * _ofc_card_layout_new:
 *
 * Returns: (transfer full): the discount card label: the client's name, the card's
 *   barcode (EAN-13, or Code 128 for codes that are not EAN-13) and the discount
 */
OfcLabelLayout *
_ofc_card_layout_new (const OfcLabelMedia *media, OfcPrintTemplate *template_, OfcPrintData *data)
{
  const OfcPrintField *name = ofc_print_template_find_field (template_, "client-name");
  const OfcPrintField *code = ofc_print_template_find_field (template_, "card-code");
  const OfcPrintField *discount = ofc_print_template_find_field (template_, "discount");
  const char *card = ofc_print_data_get (data, "card-code");
  gboolean show_code = code != NULL && code->visible;
  double bars;
  Sheet sheet;

  sheet_init (&sheet, media, template_, data);
  if (name != NULL && name->visible)
    {
      add_text (&sheet, name, ofc_print_data_get (data, "client-name"), sheet.x, sheet.width,
                box_height (name), 1, OFC_ALIGN_CENTER, NULL);
      sheet.y += box_height (name) + GAP_MM;
    }
  bars = sheet.bottom - sheet.y;
  if (discount != NULL && discount->visible && *ofc_print_data_get (data, "discount") != '\0')
    bars -= box_height (discount) + GAP_MM;
  if (ofc_print_template_get_symbology (template_) == OFC_PRINT_SYMBOLOGY_EAN13 && is_ean13 (card))
    ofc_label_layout_add_ean13 (sheet.layout, sheet.x, sheet.y, sheet.width, bars, card, show_code);
  else if (ofc_print_template_get_symbology (template_) != OFC_PRINT_SYMBOLOGY_NONE)
    ofc_label_layout_add_code128 (sheet.layout, sheet.x, sheet.y, sheet.width, bars, card,
                                  show_code);
  sheet.y += bars + GAP_MM;
  if (discount != NULL && discount->visible && *ofc_print_data_get (data, "discount") != '\0')
    {
      g_autofree char *text = _ofc_print_field_text (data, "discount");

      add_text (&sheet, discount, text, sheet.x, sheet.width, box_height (discount), 1,
                OFC_ALIGN_RIGHT, NULL);
    }
  return sheet.layout;
}

static void
add_plain (Sheet *sheet, const char *text, double size, gboolean bold)
{
  OfcPrintField field = { NULL, TRUE, size, bold, 1 };

  add_text (sheet, &field, text, sheet->x, sheet->width, box_height (&field), 1, OFC_ALIGN_LEFT,
            NULL);
  sheet->y += box_height (&field);
}

/**
 * _ofc_test_label_layout_new:
 *
 * Returns: (transfer full): a label naming the printer and its settings, with Cyrillic
 *   text, a Code 128 barcode and a QR code, inside a frame that shows the printable area
 */
OfcLabelLayout *
_ofc_test_label_layout_new (const OfcLabelMedia *media, OfcPrinter *printer, GDateTime *now)
{
  g_autoptr (OfcPrintTemplate) template_ =
      ofc_print_template_new_default (OFC_PRINT_JOB_TEST_PAGE, "");
  g_autoptr (OfcPrintData) data = ofc_print_data_new ();
  g_autofree char *media_text = ofc_printer_dup_media_text (printer);
  g_autofree char *settings = g_strdup_printf (_ ("%s mm, %u dpi"), media_text, media->dpi);
  g_autofree char *when = g_date_time_format (now, "%x %H:%M");
  double unit = (media->height_mm - 2 * MARGIN_MM) / 10;
  Sheet sheet;

  sheet_init (&sheet, media, template_, data);
  ofc_label_layout_add_frame (sheet.layout, 0.5, 0.5, sheet.width + 2 * MARGIN_MM - 1,
                              media->height_mm - 1, 0.3);
  add_plain (&sheet, ofc_printer_get_name (printer), unit * 1.2, TRUE);
  add_plain (&sheet, ofc_printer_language_get_label (ofc_printer_get_language (printer)),
             unit * 0.7, FALSE);
  add_plain (&sheet, settings, unit * 0.7, FALSE);
  add_plain (&sheet, "Съешь же ещё этих мягких французских булок", unit * 0.8, FALSE);
  ofc_label_layout_add_code128 (sheet.layout, sheet.x, sheet.y, sheet.width * 0.6, unit * 2.5,
                                "OFFICINA", TRUE);
  ofc_label_layout_add_qr (sheet.layout, sheet.x + sheet.width * 0.7, sheet.y, unit * 2.5,
                           "OFFICINA");
  sheet.y += unit * 2.5 + GAP_MM;
  add_plain (&sheet, when, unit * 0.7, FALSE);
  return sheet.layout;
}
