/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The instance struct of OfcPrintTemplate, shared by its model and store files.
 */
#pragma once

#include "base/ofc-uuid.h"
#include "printing/ofc-print-template.h"

G_BEGIN_DECLS

struct _OfcPrintTemplate
{
  GObject parent_instance;

  OfcUuid id; /* nil for a built-in default */
  gint64 version;
  OfcPrintJobKind kind;
  char *size;
  char *header;
  char *footer;
  char *font;
  OfcPrintSymbology symbology;
  GArray *fields; /* OfcPrintField, in printing order */
};

OfcPrintTemplate *_ofc_print_template_new (OfcPrintJobKind kind, const char *size);
void _ofc_print_template_add_field (OfcPrintTemplate *self,
                                    const char *id,
                                    gboolean visible,
                                    double size,
                                    gboolean bold,
                                    guint lines);

G_END_DECLS
