/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcCatalogGroup: one list of the learned catalogue managed by hand — the malfunction,
 * appearance or completeness phrases, the brands, or one brand's models: add an entry
 * before anyone typed it, archive one that should no longer be offered, restore it.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

typedef enum
{
  OFC_CATALOG_MALFUNCTIONS,
  OFC_CATALOG_APPEARANCE,
  OFC_CATALOG_COMPLETENESS,
  OFC_CATALOG_BRANDS,
  OFC_CATALOG_MODELS,
  OFC_N_CATALOG_KINDS
} OfcCatalogKind;

#define OFC_TYPE_CATALOG_GROUP (ofc_catalog_group_get_type ())
G_DECLARE_FINAL_TYPE (OfcCatalogGroup, ofc_catalog_group, OFC, CATALOG_GROUP, AdwPreferencesGroup)

/* clang-format off */
void ofc_catalog_group_set_context (OfcCatalogGroup *self,
                                    OfcContext      *context);
void ofc_catalog_group_set_brand   (OfcCatalogGroup *self,
                                    const char      *brand);
/* clang-format on */

G_END_DECLS
