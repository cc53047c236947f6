/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Field tables for the plain model objects of the order module (locations, employees,
 * statuses, orders …). One static table per class describes each field once: its
 * property name (also the journal field and the field named by validation errors), its
 * translatable label, its type and where it lives in the instance struct. From it come the
 * GObject properties, row reading, parameter binding, text validation and journal diffs,
 * so a class only writes its SQL and its rules. Private to the core.
 */
#pragma once

#include <glib-object.h>

#include "base/ofc-money.h"
#include "base/ofc-text.h"
#include "base/ofc-uuid.h"
#include "db/ofc-change-set.h"
#include "db/ofc-database.h"
#include "db/ofc-journal.h"

G_BEGIN_DECLS

/**
 * OfcFieldType:
 * @OFC_FIELD_STRING: char *, "" when empty; stored as TEXT NOT NULL
 * @OFC_FIELD_INT: int
 * @OFC_FIELD_INT64: gint64
 * @OFC_FIELD_BOOL: gboolean
 * @OFC_FIELD_MONEY: gint64 minor units of the shop currency
 * @OFC_FIELD_TIME: gint64 µs since the epoch, 0 for none; stored as NULL when 0
 * @OFC_FIELD_UUID: OfcUuid, nil for none; a string property; stored as NULL when nil
 */
typedef enum
{
  OFC_FIELD_STRING,
  OFC_FIELD_INT,
  OFC_FIELD_INT64,
  OFC_FIELD_BOOL,
  OFC_FIELD_MONEY,
  OFC_FIELD_TIME,
  OFC_FIELD_UUID,
} OfcFieldType;

/**
 * OfcFieldFlags:
 * @OFC_FIELD_READ_ONLY: kept by the store; the property is read-only
 * @OFC_FIELD_NO_JOURNAL: not recorded in the journal (ids, versions, timestamps)
 * @OFC_FIELD_NOT_STORED: not a column read or bound in table order (derived names)
 * @OFC_FIELD_REQUIRED: text that must not be empty
 * @OFC_FIELD_MULTI_LINE: text where line breaks are allowed
 * @OFC_FIELD_EMPTY_NULL: text stored as NULL when empty (unique optional codes)
 */
typedef enum
{
  OFC_FIELD_READ_ONLY = 1 << 0,
  OFC_FIELD_NO_JOURNAL = 1 << 1,
  OFC_FIELD_NOT_STORED = 1 << 2,
  OFC_FIELD_REQUIRED = 1 << 3,
  OFC_FIELD_MULTI_LINE = 1 << 4,
  OFC_FIELD_EMPTY_NULL = 1 << 5,
} OfcFieldFlags;

/* the common flags of store-kept fields */
#define OFC_FIELD_KEPT (OFC_FIELD_READ_ONLY | OFC_FIELD_NO_JOURNAL)

typedef struct
{
  const char *name;  /* property name, canonical ("series-prefix") */
  const char *label; /* N_() label for history and messages */
  OfcFieldType type;
  guint flags;     /* OfcFieldFlags */
  gsize offset;    /* G_STRUCT_OFFSET in the instance */
  guint max_chars; /* strings: the longest accepted value; 0 for no check */
} OfcFieldSpec;

/* one per class: the table and the property specs made from it; property id = index + 1 */
typedef struct
{
  const char *entity; /* journal entity, e.g. "location" */
  const OfcFieldSpec *fields;
  guint n_fields;
  GParamSpec **pspecs; /* filled by _ofc_record_class_init */
} OfcRecordClass;

/* clang-format off */
void           _ofc_record_class_init      (GObjectClass          *klass,
                                            OfcRecordClass        *record);
void           _ofc_record_init            (GObject               *object,
                                            const OfcRecordClass  *record);
void           _ofc_record_finalize        (GObject               *object,
                                            const OfcRecordClass  *record);
void           _ofc_record_get_property    (GObject               *object,
                                            const OfcRecordClass  *record,
                                            guint                  prop_id,
                                            GValue                *value);
void           _ofc_record_set_property    (GObject               *object,
                                            const OfcRecordClass  *record,
                                            guint                  prop_id,
                                            const GValue          *value);
void           _ofc_record_copy            (GObject               *dest,
                                            GObject               *src,
                                            const OfcRecordClass  *record);
int            _ofc_record_find            (const OfcRecordClass  *record,
                                            const char            *name);

gboolean       _ofc_replace_string         (char                 **slot,
                                            const char            *value);

/* setters that notify only on a real change */
void           _ofc_record_set_string      (GObject               *object,
                                            const OfcRecordClass  *record,
                                            const char            *name,
                                            const char            *value);
void           _ofc_record_set_int64       (GObject               *object,
                                            const OfcRecordClass  *record,
                                            const char            *name,
                                            gint64                 value);
void           _ofc_record_set_uuid        (GObject               *object,
                                            const OfcRecordClass  *record,
                                            const char            *name,
                                            const OfcUuid         *value);
const OfcUuid *_ofc_record_nullable_uuid   (const OfcUuid         *value);

/* rows: stored fields in table order, from @first_column / parameter @first_param */
void           _ofc_record_read_row        (GObject               *object,
                                            const OfcRecordClass  *record,
                                            OfcStatement          *statement,
                                            int                    first_column);
GListModel    *_ofc_record_read_all        (GType                  type,
                                            const OfcRecordClass  *record,
                                            OfcStatement          *statement,
                                            GError               **error);
int            _ofc_record_bind            (GObject               *object,
                                            const OfcRecordClass  *record,
                                            OfcStatement          *statement,
                                            int                    first_param);

gboolean       _ofc_record_clean_text      (GObject               *object,
                                            const OfcRecordClass  *record,
                                            GError               **error) G_GNUC_WARN_UNUSED_RESULT;
void           _ofc_record_diff            (GObject               *before,
                                            GObject               *after,
                                            const OfcRecordClass  *record,
                                            const char            *currency,
                                            OfcChangeSet          *changes);
void           _ofc_record_register_labels (const OfcRecordClass  *record);

/* helpers every store shares */
char          *_ofc_shop_currency          (OfcDatabase           *database);
void           _ofc_set_conflict           (GError               **error,
                                            const char            *subject);
void           _ofc_set_not_found          (GError               **error,
                                            const char            *what);
/* clang-format on */

/*
 * Boilerplate of a record class, generated from its field table: the GObject plumbing,
 * and accessors named after the struct member (the getter returns it, the setter goes
 * through the property so views bound to it update).
 */
#define OFC_DEFINE_RECORD_TYPE(TypeName, type_name, record_var)                              \
  G_DEFINE_FINAL_TYPE (TypeName, type_name, G_TYPE_OBJECT)                                   \
  static void type_name##_finalize (GObject *object)                                         \
  {                                                                                          \
    _ofc_record_finalize (object, &record_var);                                              \
    G_OBJECT_CLASS (type_name##_parent_class)->finalize (object);                            \
  }                                                                                          \
  static void type_name##_get_property (GObject *object, guint prop_id, GValue *value,       \
                                        GParamSpec *pspec)                                   \
  {                                                                                          \
    _ofc_record_get_property (object, &record_var, prop_id, value);                          \
  }                                                                                          \
  static void type_name##_set_property (GObject *object, guint prop_id, const GValue *value, \
                                        GParamSpec *pspec)                                   \
  {                                                                                          \
    _ofc_record_set_property (object, &record_var, prop_id, value);                          \
  }                                                                                          \
  static void type_name##_class_init (TypeName##Class *klass)                                \
  {                                                                                          \
    GObjectClass *object_class = G_OBJECT_CLASS (klass);                                     \
                                                                                             \
    object_class->finalize = type_name##_finalize;                                           \
    object_class->get_property = type_name##_get_property;                                   \
    object_class->set_property = type_name##_set_property;                                   \
    _ofc_record_class_init (object_class, &record_var);                                      \
  }                                                                                          \
  static void type_name##_init (TypeName *self)                                              \
  {                                                                                          \
    _ofc_record_init (G_OBJECT (self), &record_var);                                         \
  }

#define OFC_RECORD_GETTER(TypeName, type_name, CType, member) \
  CType type_name##_get_##member (TypeName *self)             \
  {                                                           \
    return self->member;                                      \
  }

#define OFC_RECORD_ID_GETTER(TypeName, type_name, member)  \
  const OfcUuid *type_name##_get_##member (TypeName *self) \
  {                                                        \
    return &self->member;                                  \
  }

#define OFC_RECORD_STRING(TypeName, type_name, member, property, record_var) \
  OFC_RECORD_GETTER (TypeName, type_name, const char *, member)              \
  void type_name##_set_##member (TypeName *self, const char *value)          \
  {                                                                          \
    _ofc_record_set_string (G_OBJECT (self), &record_var, property, value);  \
  }

#define OFC_RECORD_NUMBER(TypeName, type_name, CType, member, property, record_var) \
  OFC_RECORD_GETTER (TypeName, type_name, CType, member)                            \
  void type_name##_set_##member (TypeName *self, CType value)                       \
  {                                                                                 \
    _ofc_record_set_int64 (G_OBJECT (self), &record_var, property, value);          \
  }

#define OFC_RECORD_ID(TypeName, type_name, member, property, record_var)  \
  OFC_RECORD_ID_GETTER (TypeName, type_name, member)                      \
  void type_name##_set_##member (TypeName *self, const OfcUuid *value)    \
  {                                                                       \
    _ofc_record_set_uuid (G_OBJECT (self), &record_var, property, value); \
  }

G_END_DECLS
