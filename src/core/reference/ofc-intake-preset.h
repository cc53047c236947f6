/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcIntakePreset: a template that pre-fills the intake form for a device type — the
 * malfunctions to offer, the usual appearance and completeness, an estimated price and
 * how many days the repair usually takes. ofc_order_apply_preset() fills an order from it.
 *
 * Properties: "id", "device-type-id" (string id), "name", "malfunctions", "appearance",
 * "completeness" (one item per line), "estimate" (money, minor units), "deadline-days",
 * and read-only "archived", "version", "created-at", "updated-at".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

#define OFC_TYPE_INTAKE_PRESET (ofc_intake_preset_get_type ())
G_DECLARE_FINAL_TYPE (OfcIntakePreset, ofc_intake_preset, OFC, INTAKE_PRESET, GObject)

/* clang-format off */
OfcIntakePreset *ofc_intake_preset_new                  (const OfcUuid    *device_type_id,
                                                         const char       *name);
const OfcUuid   *ofc_intake_preset_get_id               (OfcIntakePreset  *self);
const OfcUuid   *ofc_intake_preset_get_device_type_id   (OfcIntakePreset  *self);
void             ofc_intake_preset_set_device_type_id   (OfcIntakePreset  *self,
                                                         const OfcUuid    *device_type_id);
const char      *ofc_intake_preset_get_name             (OfcIntakePreset  *self);
void             ofc_intake_preset_set_name             (OfcIntakePreset  *self,
                                                         const char       *name);
/* lists, one item per line */
const char      *ofc_intake_preset_get_malfunctions     (OfcIntakePreset  *self);
void             ofc_intake_preset_set_malfunctions     (OfcIntakePreset  *self,
                                                         const char       *lines);
const char      *ofc_intake_preset_get_appearance       (OfcIntakePreset  *self);
void             ofc_intake_preset_set_appearance       (OfcIntakePreset  *self,
                                                         const char       *lines);
const char      *ofc_intake_preset_get_completeness     (OfcIntakePreset  *self);
void             ofc_intake_preset_set_completeness     (OfcIntakePreset  *self,
                                                         const char       *lines);
GStrv            ofc_intake_preset_dup_malfunction_list (OfcIntakePreset  *self);
gint64           ofc_intake_preset_get_estimate         (OfcIntakePreset  *self);
void             ofc_intake_preset_set_estimate         (OfcIntakePreset  *self,
                                                         gint64            minor);
int              ofc_intake_preset_get_deadline_days    (OfcIntakePreset  *self);
void             ofc_intake_preset_set_deadline_days    (OfcIntakePreset  *self,
                                                         int               days);
gboolean         ofc_intake_preset_get_archived         (OfcIntakePreset  *self);
gint64           ofc_intake_preset_get_version          (OfcIntakePreset  *self);

/* the store */
GListModel      *ofc_intake_preset_list                 (OfcContext       *context,
                                                         const OfcUuid    *device_type_id,
                                                         GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_intake_preset_save                 (OfcContext       *context,
                                                         OfcIntakePreset  *preset,
                                                         GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         ofc_intake_preset_archive              (OfcContext       *context,
                                                         OfcIntakePreset  *preset,
                                                         GError          **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
