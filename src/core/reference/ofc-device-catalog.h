/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The device catalogue learned at the counter: brands, models (each of a brand and a device
 * type) and the phrases of the intake lists (malfunctions, appearance, completeness).
 * Saving an order teaches the catalogue what was typed; the intake form asks it for
 * completions by prefix, most used first. Orders keep their own text, so editing the
 * catalogue never rewrites history.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

/**
 * OfcIntakeList:
 * @OFC_INTAKE_MALFUNCTION: what is wrong, as the client tells it
 * @OFC_INTAKE_APPEARANCE: the device's condition (scratches, cracks)
 * @OFC_INTAKE_COMPLETENESS: what came with it (charger, case, SIM card)
 */
typedef enum
{
  OFC_INTAKE_MALFUNCTION,
  OFC_INTAKE_APPEARANCE,
  OFC_INTAKE_COMPLETENESS,
} OfcIntakeList;

/* completions, most used first; @prefix in any case, "" for the most used of all */
/* clang-format off */
GStrv    ofc_catalog_complete_brands  (OfcContext     *context,
                                       const char     *prefix,
                                       guint           limit,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GStrv    ofc_catalog_complete_models  (OfcContext     *context,
                                       const char     *brand,
                                       const OfcUuid  *device_type_id,
                                       const char     *prefix,
                                       guint           limit,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GStrv    ofc_catalog_complete_phrases (OfcContext     *context,
                                       OfcIntakeList   list,
                                       const char     *prefix,
                                       guint           limit,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;

/* managing the phrase lists by hand */
gboolean ofc_catalog_add_phrase       (OfcContext     *context,
                                       OfcIntakeList   list,
                                       const char     *text,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_archive_phrase   (OfcContext     *context,
                                       OfcIntakeList   list,
                                       const char     *text,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_restore_phrase   (OfcContext     *context,
                                       OfcIntakeList   list,
                                       const char     *text,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GStrv    ofc_catalog_list_phrases     (OfcContext     *context,
                                       OfcIntakeList   list,
                                       gboolean        archived,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;

/* managing brands and models by hand */
GStrv    ofc_catalog_list_brands      (OfcContext     *context,
                                       gboolean        archived,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_add_brand        (OfcContext     *context,
                                       const char     *name,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_archive_brand    (OfcContext     *context,
                                       const char     *name,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_restore_brand    (OfcContext     *context,
                                       const char     *name,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
GStrv    ofc_catalog_list_models      (OfcContext     *context,
                                       const char     *brand,
                                       gboolean        archived,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_add_model        (OfcContext     *context,
                                       const char     *brand,
                                       const char     *model,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_archive_model    (OfcContext     *context,
                                       const char     *brand,
                                       const char     *model,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_catalog_restore_model    (OfcContext     *context,
                                       const char     *brand,
                                       const char     *model,
                                       GError        **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
