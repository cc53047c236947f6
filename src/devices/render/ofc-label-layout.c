/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Rendering a label layout: text and frames are drawn through a Cairo context scaled to
 * millimetres; barcodes, QR codes and images are placed as bitmaps in whole dots, because
 * scanners need every module the same number of dots wide.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ofc-printer-error.h"
#include "ofc-label-layout.h"
#include "ofc-symbols.h"

/* how much of a barcode box the human-readable line below the bars takes, at most */
#define BARCODE_TEXT_SHARE 0.25
#define BARCODE_TEXT_MM    3.0
/* bottom margin added under the content of continuous labels */
#define CONTINUOUS_MARGIN_MM 2.0

typedef enum
{
  ELEMENT_TEXT,
  ELEMENT_CODE128,
  ELEMENT_EAN13,
  ELEMENT_QR,
  ELEMENT_IMAGE,
  ELEMENT_FRAME,
} ElementKind;

typedef struct
{
  ElementKind kind;
  double x, y, width, height;
  char *text;
  char *font;
  char *must_fit;
  OfcTextFitOptions options;
  gboolean show_text;
  double line;
  OfcBitmap *image;
  OfcTextFit fit;
  gboolean fitted;
} Element;

typedef struct
{
  OfcBitmap *bitmap;
  int x, y;
} Blit;

typedef struct
{
  cairo_t *cr;
  const OfcLabelMedia *media;
  OfcLabelNativeKind native;
  GArray *blits;
  GArray *natives;
} Render;

struct _OfcLabelLayout
{
  GObject parent_instance;

  OfcLabelMedia media;
  GPtrArray *elements;
};

G_DEFINE_FINAL_TYPE (OfcLabelLayout, ofc_label_layout, G_TYPE_OBJECT)

static void
element_free (gpointer data)
{
  Element *element = data;

  g_free (element->text);
  g_free (element->font);
  g_free (element->must_fit);
  g_clear_object (&element->image);
  ofc_text_fit_clear (&element->fit);
  g_free (element);
}

static void
ofc_label_layout_finalize (GObject *object)
{
  g_ptr_array_unref (OFC_LABEL_LAYOUT (object)->elements);
  G_OBJECT_CLASS (ofc_label_layout_parent_class)->finalize (object);
}

static void
ofc_label_layout_class_init (OfcLabelLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ofc_label_layout_finalize;
}

static void
ofc_label_layout_init (OfcLabelLayout *self)
{
  self->elements = g_ptr_array_new_with_free_func (element_free);
}

/**
 * ofc_label_layout_new:
 * @media: the stock the label is for; copied
 *
 * Returns: (transfer full): an empty layout
 */
OfcLabelLayout *
ofc_label_layout_new (const OfcLabelMedia *media)
{
  OfcLabelLayout *self = g_object_new (OFC_TYPE_LABEL_LAYOUT, NULL);

  self->media = *media;
  return self;
}

const OfcLabelMedia *
ofc_label_layout_get_media (OfcLabelLayout *self)
{
  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), NULL);
  return &self->media;
}

static guint
add_element (OfcLabelLayout *self,
             ElementKind kind,
             double x,
             double y,
             double width,
             double height,
             const char *text)
{
  Element *element = g_new0 (Element, 1);

  *element = (Element){ .kind = kind, .x = x, .y = y, .width = width, .height = height };
  element->text = g_strdup (text);
  g_ptr_array_add (self->elements, element);
  return self->elements->len - 1;
}

/**
 * ofc_label_layout_add_text:
 * @x: left edge of the box in mm from the label's top-left corner
 * @y: top edge in mm
 * @width: box width in mm
 * @height: box height in mm
 * @options: (nullable): fitting; sizes in mm, %NULL for defaults (one line, "Sans")
 *
 * Returns: the element's index
 */
guint
ofc_label_layout_add_text (OfcLabelLayout *self,
                           double x,
                           double y,
                           double width,
                           double height,
                           const char *text,
                           const OfcTextFitOptions *options)
{
  guint index;
  Element *element;

  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), 0);
  index = add_element (self, ELEMENT_TEXT, x, y, width, height, text != NULL ? text : "");
  element = g_ptr_array_index (self->elements, index);
  if (options != NULL)
    element->options = *options;
  element->font = g_strdup (element->options.font);
  element->must_fit = g_strdup (element->options.must_fit);
  element->options.font = element->font;
  element->options.must_fit = element->must_fit;
  return index;
}

/**
 * ofc_label_layout_add_code128:
 * @width: the box width in mm; the bars are centred with the widest whole-dot module that
 *   leaves a quiet zone
 * @height: the box height in mm, bars plus the optional text line
 * @show_text: print @data under the bars
 */
guint
ofc_label_layout_add_code128 (OfcLabelLayout *self,
                              double x,
                              double y,
                              double width,
                              double height,
                              const char *data,
                              gboolean show_text)
{
  guint index;

  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), 0);
  index = add_element (self, ELEMENT_CODE128, x, y, width, height, data != NULL ? data : "");
  ((Element *) g_ptr_array_index (self->elements, index))->show_text = show_text;
  return index;
}

/**
 * ofc_label_layout_add_ean13:
 * @data: 12 or 13 digits
 *
 * Like ofc_label_layout_add_code128() for an EAN-13 code (discount cards); always drawn
 * into the image.
 */
guint
ofc_label_layout_add_ean13 (OfcLabelLayout *self,
                            double x,
                            double y,
                            double width,
                            double height,
                            const char *data,
                            gboolean show_text)
{
  guint index;

  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), 0);
  index = add_element (self, ELEMENT_EAN13, x, y, width, height, data != NULL ? data : "");
  ((Element *) g_ptr_array_index (self->elements, index))->show_text = show_text;
  return index;
}

/**
 * ofc_label_layout_add_qr:
 * @size: the side of the square box in mm; the symbol is centred in it
 */
guint
ofc_label_layout_add_qr (OfcLabelLayout *self, double x, double y, double size, const char *data)
{
  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), 0);
  return add_element (self, ELEMENT_QR, x, y, size, size, data != NULL ? data : "");
}

/**
 * ofc_label_layout_add_image:
 * @image: a bitmap already at the media's resolution (a logo)
 */
guint
ofc_label_layout_add_image (OfcLabelLayout *self, double x, double y, OfcBitmap *image)
{
  guint index;

  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), 0);
  index = add_element (self, ELEMENT_IMAGE, x, y, 0, 0, NULL);
  ((Element *) g_ptr_array_index (self->elements, index))->image = g_object_ref (image);
  return index;
}

/**
 * ofc_label_layout_add_frame:
 * @line: the line width in mm; 0 fills the rectangle
 */
guint
ofc_label_layout_add_frame (
    OfcLabelLayout *self, double x, double y, double width, double height, double line)
{
  guint index;

  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), 0);
  index = add_element (self, ELEMENT_FRAME, x, y, width, height, NULL);
  ((Element *) g_ptr_array_index (self->elements, index))->line = line;
  return index;
}

static int
dots (Render *render, double mm)
{
  return (int) lround (mm * render->media->dpi / 25.4);
}

static void
queue_blit (Render *render, OfcBitmap *bitmap, int x, int y)
{
  Blit blit = { bitmap, x, y };

  g_array_append_val (render->blits, blit);
}

static void
add_native (Render *render,
            OfcLabelNativeKind kind,
            int x,
            int y,
            guint height,
            guint module,
            const char *data)
{
  OfcLabelNative native = { kind, MAX (x, 0), MAX (y, 0), height, module, g_strdup (data) };

  g_array_append_val (render->natives, native);
}

static gboolean
render_text (Render *render, Element *element, GError **error)
{
  OfcTextFitOptions *options = &element->options;
  gboolean native = (render->native & OFC_LABEL_NATIVE_TEXT) && !options->wrap;
  double offset;

  if (native)
    {
      if (!ofc_text_fit_measure (render->cr, element->width, element->height, element->text,
                                 options, &element->fit, error))
        return FALSE;
      offset = options->align == OFC_ALIGN_LEFT ? 0 : element->width - element->fit.width;
      offset /= options->align == OFC_ALIGN_CENTER ? 2 : 1;
      add_native (render, OFC_LABEL_NATIVE_TEXT, dots (render, element->x + offset),
                  dots (render, element->y), dots (render, element->fit.size), 0,
                  element->fit.shown);
      return element->fitted = TRUE;
    }
  element->fitted =
      ofc_render_text_box (render->cr, element->x, element->y, element->width, element->height,
                           element->text, options, &element->fit, error);
  return element->fitted;
}

static gboolean
does_not_fit (Element *element, GError **error)
{
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DOES_NOT_FIT,
               _ ("The barcode “%s” does not fit in a box of %.1f × %.1f mm"), element->text,
               element->width, element->height);
  return FALSE;
}

static guint
code128_module (OfcBitmap *modules, int box)
{
  guint count = ofc_bitmap_get_width (modules);
  guint module = box / (count + 2 * OFC_CODE128_QUIET_MODULES);

  return module > 0 ? module : box / count;
}

static gboolean
render_barcode_text (Render *render, Element *element, double text_mm)
{
  OfcTextFitOptions options = { .align = OFC_ALIGN_CENTER, .must_fit = element->text };
  double top = element->y + element->height - text_mm;

  element->fitted = ofc_render_text_box (render->cr, element->x, top, element->width, text_mm,
                                         element->text, &options, &element->fit, NULL);
  return element->fitted;
}

static gboolean
render_code128 (Render *render, Element *element, GError **error)
{
  g_autoptr (OfcBitmap) modules = element->kind == ELEMENT_EAN13
                                      ? ofc_ean13_encode (element->text, error)
                                      : ofc_code128_encode (element->text, error);
  double text_mm =
      element->show_text ? MIN (element->height * BARCODE_TEXT_SHARE, BARCODE_TEXT_MM) : 0;
  int box = dots (render, element->width), bar_height = dots (render, element->height - text_mm);
  guint module;
  int x;

  if (modules == NULL)
    return FALSE;
  module = code128_module (modules, box);
  if (module == 0 || bar_height <= 0)
    return does_not_fit (element, error);
  if (element->show_text && !render_barcode_text (render, element, text_mm))
    return does_not_fit (element, error);
  x = dots (render, element->x) + (box - (int) (ofc_bitmap_get_width (modules) * module)) / 2;
  if ((render->native & OFC_LABEL_NATIVE_CODE128) && element->kind == ELEMENT_CODE128)
    add_native (render, OFC_LABEL_NATIVE_CODE128, x, dots (render, element->y), bar_height, module,
                element->text);
  else
    queue_blit (render, ofc_symbol_scale (modules, module, bar_height), x,
                dots (render, element->y));
  return TRUE;
}

static gboolean
render_qr (Render *render, Element *element, GError **error)
{
  g_autoptr (OfcBitmap) modules = ofc_qr_encode (element->text, error);
  int box = dots (render, element->width);
  guint module, side;
  int x, y;

  if (modules == NULL)
    return FALSE;
  module = box / ofc_bitmap_get_width (modules);
  if (module == 0)
    return does_not_fit (element, error);
  side = module * ofc_bitmap_get_width (modules);
  x = dots (render, element->x) + (box - (int) side) / 2;
  y = dots (render, element->y) + (box - (int) side) / 2;
  if (render->native & OFC_LABEL_NATIVE_QR)
    add_native (render, OFC_LABEL_NATIVE_QR, x, y, side, module, element->text);
  else
    queue_blit (render, ofc_symbol_scale (modules, module, 0), x, y);
  return TRUE;
}

static void
render_frame (Render *render, Element *element)
{
  cairo_t *cr = render->cr;

  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  if (element->line > 0)
    {
      cairo_set_line_width (cr, element->line);
      cairo_rectangle (cr, element->x + element->line / 2, element->y + element->line / 2,
                       element->width - element->line, element->height - element->line);
      cairo_stroke (cr);
    }
  else
    {
      cairo_rectangle (cr, element->x, element->y, element->width, element->height);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

static gboolean
render_element (Render *render, Element *element, GError **error)
{
  ofc_text_fit_clear (&element->fit);
  element->fitted = FALSE;
  switch (element->kind)
    {
      case ELEMENT_TEXT:
        return render_text (render, element, error);
      case ELEMENT_CODE128:
      case ELEMENT_EAN13:
        return render_code128 (render, element, error);
      case ELEMENT_QR:
        return render_qr (render, element, error);
      case ELEMENT_IMAGE:
        queue_blit (render, g_object_ref (element->image), dots (render, element->x),
                    dots (render, element->y));
        return TRUE;
      case ELEMENT_FRAME:
      default:
        render_frame (render, element);
        return TRUE;
    }
}

/* continuous stock without a set length is as long as its lowest element plus a margin */
static guint
content_height (OfcLabelLayout *self)
{
  double bottom = 0;

  for (guint i = 0; i < self->elements->len; i++)
    {
      Element *element = g_ptr_array_index (self->elements, i);
      double height = element->image != NULL
                          ? ofc_bitmap_get_height (element->image) * 25.4 / self->media.dpi
                          : element->height;

      bottom = MAX (bottom, element->y + height);
    }
  return ofc_label_media_mm_to_dots (&self->media, bottom + CONTINUOUS_MARGIN_MM);
}

static void
blit_clear (gpointer data)
{
  g_object_unref (((Blit *) data)->bitmap);
}

static void
native_clear (gpointer data)
{
  g_free (((OfcLabelNative *) data)->data);
}

static OfcLabelDocument *
finish (OfcLabelLayout *self, Render *render, cairo_surface_t *surface)
{
  g_autoptr (OfcBitmap) bitmap = NULL;
  OfcLabelDocument *document;

  cairo_surface_flush (surface);
  bitmap = ofc_bitmap_new_from_surface (surface, OFC_BITMAP_DEFAULT_THRESHOLD);
  for (guint i = 0; i < render->blits->len; i++)
    {
      Blit *blit = &g_array_index (render->blits, Blit, i);

      ofc_bitmap_blit (bitmap, blit->bitmap, blit->x, blit->y);
    }
  document = ofc_label_document_new (&self->media, bitmap);
  for (guint i = 0; i < render->natives->len; i++)
    ofc_label_document_add_native (document, &g_array_index (render->natives, OfcLabelNative, i));
  return document;
}

/**
 * ofc_label_layout_render:
 * @native: element kinds to leave to the printer (see ofc_label_language_get_native());
 *   0 renders everything into the bitmap, which every language prints the same way
 *
 * Returns: (transfer full): the document, or %NULL when the media is invalid, a barcode
 *   payload cannot be encoded or some must-fit text does not fit
 */
OfcLabelDocument *
ofc_label_layout_render (OfcLabelLayout *self, OfcLabelNativeKind native, GError **error)
{
  cairo_surface_t *surface;
  Render render = { .media = &self->media, .native = native };
  OfcLabelDocument *document = NULL;
  guint height;
  gboolean ok = TRUE;

  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), NULL);
  if (!ofc_label_media_validate (&self->media, error))
    return NULL;
  height = ofc_label_media_get_height_dots (&self->media);
  surface =
      cairo_image_surface_create (CAIRO_FORMAT_A8, ofc_label_media_get_width_dots (&self->media),
                                  height > 0 ? height : content_height (self));
  render.cr = cairo_create (surface);
  render.blits = g_array_new (FALSE, FALSE, sizeof (Blit));
  render.natives = g_array_new (FALSE, FALSE, sizeof (OfcLabelNative));
  g_array_set_clear_func (render.blits, blit_clear);
  g_array_set_clear_func (render.natives, native_clear);
  cairo_scale (render.cr, self->media.dpi / 25.4, self->media.dpi / 25.4);
  for (guint i = 0; i < self->elements->len && ok; i++)
    ok = render_element (&render, g_ptr_array_index (self->elements, i), error);
  if (ok)
    document = finish (self, &render, surface);
  cairo_destroy (render.cr);
  cairo_surface_destroy (surface);
  g_array_unref (render.blits);
  g_array_unref (render.natives);
  return document;
}

/**
 * ofc_label_layout_get_fit:
 * @index: an index returned by an add function
 *
 * Returns: (nullable): how the text of a text or barcode element was fitted in the last
 *   render, %NULL for other elements or before rendering
 */
const OfcTextFit *
ofc_label_layout_get_fit (OfcLabelLayout *self, guint index)
{
  Element *element;

  g_return_val_if_fail (OFC_IS_LABEL_LAYOUT (self), NULL);
  g_return_val_if_fail (index < self->elements->len, NULL);
  element = g_ptr_array_index (self->elements, index);
  return element->fitted ? &element->fit : NULL;
}

/**
 * ofc_label_layout_get_warnings:
 *
 * Returns: (transfer full): one translated sentence per text the last render had to
 *   shorten, for showing beside a preview; empty when all text printed whole
 */
char **
ofc_label_layout_get_warnings (OfcLabelLayout *self)
{
  g_autoptr (GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->elements->len; i++)
    {
      Element *element = g_ptr_array_index (self->elements, i);

      if (element->fitted && element->fit.truncated)
        {
          g_autofree char *warning = g_strdup_printf (
              _ ("“%s” was shortened to “%s” to fit the label"), element->text, element->fit.shown);

          g_strv_builder_add (builder, warning);
        }
    }
  return g_strv_builder_end (builder);
}
