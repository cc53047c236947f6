/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Shared internals of the reference lists: finding a row by what a person or a script
 * typed, removing a row with its users moved to a replacement, and the setters only the
 * store and the first-start defaults may use. Private to the core.
 */
#pragma once

#include "ofc-context.h"
#include "reference/ofc-location.h"
#include "reference/ofc-order-status.h"
#include "reference/ofc-order-type.h"
#include "reference/ofc-employee.h"
#include "reference/ofc-device-catalog.h"
#include "reference/ofc-device-type.h"
#include "reference/ofc-intake-preset.h"
#include "reference/ofc-service.h"
#include "reference/ofc-record-store-private.h"

G_BEGIN_DECLS

/* returns the @which-th text a row answers to (0: its code, 1: its name), or NULL */
typedef const char *(*OfcMatchKeyFunc) (GObject *object, guint which);

/**
 * OfcRemap:
 *
 * How removing a reference row moves what uses it. Every SQL has ?1 = the removed row's id
 * and ?2 = the replacement's id; move_sql also ?3 = now.
 */
typedef struct
{
  const char *entity;      /* journal entity of the removed row */
  const char *order_field; /* journal field of the orders that move, e.g. "type" */
  const char *count_sql;   /* how many orders use ?1 */
  const char *orders_sql;  /* the ids of those orders */
  const char *move_sql;    /* moves them to ?2 */
  const char *delete_sql;  /* deletes ?1 once nothing uses it */
  /* moves other users (a location's default type, transitions); may be NULL */
  gboolean (*move_others) (OfcDatabase *database,
                           const OfcUuid *id,
                           const char *name,
                           const OfcUuid *replacement_id,
                           const char *replacement_name,
                           GError **error);
} OfcRemap;

extern const OfcRemap _ofc_remap_order_type;
extern const OfcRemap _ofc_remap_order_status;

/* clang-format off */
GObject              *_ofc_reference_find            (OfcDatabase           *database,
                                                      const OfcRecordStore  *store,
                                                      const char            *list_sql,
                                                      OfcMatchKeyFunc        match_key,
                                                      const char            *text,
                                                      const char            *what,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_reference_remove          (OfcContext            *context,
                                                      const OfcRemap        *remap,
                                                      const OfcUuid         *id,
                                                      const char            *name,
                                                      const OfcUuid         *replacement_id,
                                                      const char            *replacement_name,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gint64                _ofc_reference_count           (OfcDatabase           *database,
                                                      const char            *sql,
                                                      const OfcUuid         *id,
                                                      GError               **error);

void                  _ofc_order_type_set_code       (OfcOrderType          *self,
                                                      const char            *code);

OfcLocation          *_ofc_location_load             (OfcDatabase           *database,
                                                      const OfcUuid         *id,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
OfcLocation          *_ofc_location_get_default      (OfcDatabase           *database,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_location_write            (OfcDatabase           *database,
                                                      OfcLocation           *location,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;

OfcEmployee          *_ofc_employee_load             (OfcDatabase           *database,
                                                      const OfcUuid         *id,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_employee_write            (OfcDatabase           *database,
                                                      OfcEmployee           *employee,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;

void                  _ofc_order_status_set_code     (OfcOrderStatus        *self,
                                                      const char            *code);
OfcOrderStatus       *_ofc_order_status_load         (OfcDatabase           *database,
                                                      const OfcUuid         *id,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
OfcOrderStatus       *_ofc_order_status_get_initial  (OfcDatabase           *database,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_order_status_write        (OfcDatabase           *database,
                                                      OfcOrderStatus        *status,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_order_status_write_next   (OfcDatabase           *database,
                                                      OfcOrderStatus        *status,
                                                      GPtrArray             *next,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_order_status_allows       (OfcDatabase           *database,
                                                      const OfcUuid         *from_id,
                                                      const OfcUuid         *to_id);

OfcDeviceType        *_ofc_device_type_find          (OfcDatabase           *database,
                                                      const char            *name_or_id,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
OfcDeviceType        *_ofc_device_type_find_or_add   (OfcDatabase           *database,
                                                      const char            *name,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_device_type_write         (OfcDatabase           *database,
                                                      OfcDeviceType         *type,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
OfcService           *_ofc_service_load              (OfcDatabase           *database,
                                                      const OfcUuid         *id,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_service_write             (OfcDatabase           *database,
                                                      OfcService            *service,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_intake_preset_write       (OfcDatabase           *database,
                                                      OfcIntakePreset       *preset,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean              _ofc_catalog_learn_device      (OfcDatabase           *database,
                                                      const OfcUuid         *device_type_id,
                                                      const char            *brand,
                                                      const char            *model,
                                                      OfcUuid               *model_id,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean              _ofc_catalog_learn_phrases     (OfcDatabase           *database,
                                                      OfcIntakeList          list,
                                                      const char            *text,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
const char           *_ofc_catalog_list_code         (OfcIntakeList          list);
gboolean              _ofc_catalog_add_phrase        (OfcDatabase           *database,
                                                      OfcIntakeList          list,
                                                      const char            *text,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;

const OfcRecordStore *_ofc_order_type_store          (void);
gboolean              _ofc_reference_ensure_defaults (OfcDatabase           *database,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
