/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the layout and the drawing of OfcA4Document share: blocks, their placements on
 * pages, and the Pango layouts both measure and draw with.
 */
#pragma once

#include <pango/pangocairo.h>

#include "ofc-a4-document.h"

G_BEGIN_DECLS

#define OFC_A4_CONTENT_WIDTH (OFC_A4_WIDTH_PT - 2 * OFC_A4_MARGIN_PT)
#define OFC_A4_CELL_PADDING  3.0
#define OFC_A4_LABEL_SHARE   0.35

typedef enum
{
  OFC_A4_BLOCK_TEXT,
  OFC_A4_BLOCK_FIELD,
  OFC_A4_BLOCK_TABLE,
  OFC_A4_BLOCK_CODE128,
  OFC_A4_BLOCK_SIGNATURES,
  OFC_A4_BLOCK_RULE,
  OFC_A4_BLOCK_SPACE,
  OFC_A4_BLOCK_BREAK,
} OfcA4BlockKind;

typedef struct
{
  OfcA4BlockKind kind;
  char *text;
  char *value;
  double size;
  gboolean bold;
  OfcAlign align;
  guint n_columns;
  char **headers;
  double *widths;
  GPtrArray *rows; /* GStrv of n_columns cells */
} OfcA4Block;

/* where a block (or, for a table, a run of its rows) went */
typedef struct
{
  guint block;
  guint page;
  double y;
  double height;
  guint first_row;
  guint n_rows;
} OfcA4Placement;

PangoLayout *_ofc_a4_layout_new (PangoContext *context,
                                 const char *font,
                                 const char *text,
                                 double size,
                                 gboolean bold,
                                 double width,
                                 OfcAlign align);
PangoContext *_ofc_a4_context_new (void);
void _ofc_a4_context_prepare (PangoContext *context);
double _ofc_a4_layout_height (PangoLayout *layout);
double _ofc_a4_row_height (
    PangoContext *context, const char *font, const OfcA4Block *table, char **cells, gboolean bold);
double _ofc_a4_block_height (PangoContext *context, const char *font, const OfcA4Block *block);
void _ofc_a4_draw_block (cairo_t *cr,
                         const char *font,
                         const OfcA4Block *block,
                         const OfcA4Placement *placement);
void _ofc_a4_draw_footer (cairo_t *cr, const char *font, guint page, guint n_pages);

G_END_DECLS
