/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClient: the client model object and its properties. Text fields live in one array
 * indexed like ofc_client_text_fields, so their properties, accessors, validation and
 * columns are driven by that one table.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <string.h>

#include "ofc-client-private.h"

struct _OfcClient
{
  GObject parent_instance;

  OfcUuid id; /* nil until created */
  OfcClientKind kind;
  char *text[OFC_CLIENT_N_TEXT]; /* NULL when empty */
  GListStore *phones;            /* OfcClientPhone */
  gboolean sms_consent;
  gboolean email_consent;
  gboolean conflict;
  gboolean has_source;
  OfcUuid source_id;
  char *source_name;
  GStrv tags; /* never NULL */
  int discounts[OFC_N_DISCOUNTS];
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

G_DEFINE_FINAL_TYPE (OfcClient, ofc_client, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (OfcClientKind,
                    ofc_client_kind,
                    G_DEFINE_ENUM_VALUE (OFC_CLIENT_KIND_PERSON, "person"),
                    G_DEFINE_ENUM_VALUE (OFC_CLIENT_KIND_COMPANY, "company"))

/* the text properties come first, in the order of OfcClientText */
enum
{
  PROP_0,
  PROP_TEXT_FIRST,
  PROP_TEXT_LAST = PROP_TEXT_FIRST + OFC_CLIENT_N_TEXT - 1,
  PROP_ID,
  PROP_KIND,
  PROP_IS_COMPANY,
  PROP_PHONES,
  PROP_PHONES_TEXT,
  PROP_SMS_CONSENT,
  PROP_EMAIL_CONSENT,
  PROP_CONFLICT,
  PROP_SOURCE_ID,
  PROP_SOURCE_NAME,
  PROP_TAGS,
  PROP_TAGS_TEXT,
  PROP_DISCOUNT_WORKS,
  PROP_DISCOUNT_PARTS,
  PROP_DISCOUNT_GOODS,
  PROP_ARCHIVED,
  PROP_VERSION,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
notify (OfcClient *self, int prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_bool (OfcClient *self, gboolean *field, gboolean value, int prop_id)
{
  if (*field == !!value)
    return;
  *field = !!value;
  notify (self, prop_id);
}

static void
on_phones_changed (OfcClient *self)
{
  notify (self, PROP_PHONES_TEXT);
}

static void
ofc_client_finalize (GObject *object)
{
  OfcClient *self = (OfcClient *)object;

  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    g_free (self->text[i]);
  g_object_unref (self->phones);
  g_free (self->source_name);
  g_strfreev (self->tags);

  G_OBJECT_CLASS (ofc_client_parent_class)->finalize (object);
}

static char *
dup_source_id_string (OfcClient *self)
{
  return self->has_source ? ofc_uuid_dup_string (&self->source_id) : g_strdup ("");
}

static void
ofc_client_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClient *self = OFC_CLIENT (object);

  if (prop_id >= PROP_TEXT_FIRST && prop_id <= PROP_TEXT_LAST)
    {
      g_value_set_string (value, _ofc_client_get_text (self, prop_id - PROP_TEXT_FIRST));
      return;
    }
  switch (prop_id)
    {
      case PROP_ID:
        g_value_take_string (value, ofc_client_is_saved (self) ? ofc_uuid_dup_string (&self->id)
                                                               : g_strdup (""));
        break;
      case PROP_KIND:
        g_value_set_enum (value, self->kind);
        break;
      case PROP_IS_COMPANY:
        g_value_set_boolean (value, ofc_client_get_is_company (self));
        break;
      case PROP_PHONES:
        g_value_set_object (value, self->phones);
        break;
      case PROP_PHONES_TEXT:
        g_value_take_string (value, ofc_client_dup_phones_text (self));
        break;
      case PROP_SMS_CONSENT:
        g_value_set_boolean (value, self->sms_consent);
        break;
      case PROP_EMAIL_CONSENT:
        g_value_set_boolean (value, self->email_consent);
        break;
      case PROP_CONFLICT:
        g_value_set_boolean (value, self->conflict);
        break;
      case PROP_SOURCE_ID:
        g_value_take_string (value, dup_source_id_string (self));
        break;
      case PROP_SOURCE_NAME:
        g_value_set_string (value, ofc_client_get_source_name (self));
        break;
      case PROP_TAGS:
        g_value_set_boxed (value, self->tags);
        break;
      case PROP_TAGS_TEXT:
        g_value_take_string (value, ofc_client_dup_tags_text (self));
        break;
      case PROP_DISCOUNT_WORKS:
      case PROP_DISCOUNT_PARTS:
      case PROP_DISCOUNT_GOODS:
        g_value_set_int (value, self->discounts[prop_id - PROP_DISCOUNT_WORKS]);
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

/* an unparsable id clears the source: the store would refuse it anyway */
static void
set_source_id_string (OfcClient *self, const char *text)
{
  OfcUuid id;

  if (text != NULL && ofc_uuid_parse (text, &id))
    ofc_client_set_source_id (self, &id);
  else
    ofc_client_set_source_id (self, NULL);
}

static void
ofc_client_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OfcClient *self = OFC_CLIENT (object);

  if (prop_id >= PROP_TEXT_FIRST && prop_id <= PROP_TEXT_LAST)
    {
      _ofc_client_set_text (self, prop_id - PROP_TEXT_FIRST, g_value_get_string (value));
      return;
    }
  switch (prop_id)
    {
      case PROP_KIND:
        ofc_client_set_kind (self, g_value_get_enum (value));
        break;
      case PROP_SMS_CONSENT:
        ofc_client_set_sms_consent (self, g_value_get_boolean (value));
        break;
      case PROP_EMAIL_CONSENT:
        ofc_client_set_email_consent (self, g_value_get_boolean (value));
        break;
      case PROP_CONFLICT:
        ofc_client_set_conflict (self, g_value_get_boolean (value));
        break;
      case PROP_SOURCE_ID:
        set_source_id_string (self, g_value_get_string (value));
        break;
      case PROP_TAGS:
        ofc_client_set_tags (self, g_value_get_boxed (value));
        break;
      case PROP_TAGS_TEXT:
        ofc_client_set_tags_text (self, g_value_get_string (value));
        break;
      case PROP_DISCOUNT_WORKS:
      case PROP_DISCOUNT_PARTS:
      case PROP_DISCOUNT_GOODS:
        ofc_client_set_discount (self, prop_id - PROP_DISCOUNT_WORKS, g_value_get_int (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RW (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define RO (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static GParamSpec *
string_property (const char *name, GParamFlags flags)
{
  return g_param_spec_string (name, NULL, NULL, "", flags);
}

/* discounts and flags are not range-checked here: a wrong value must reach validation and
 * come back as a message for the person, not as a GLib warning */
static void
install_value_properties (void)
{
  properties[PROP_ID] = string_property ("id", RO);
  properties[PROP_KIND] =
      g_param_spec_enum ("kind", NULL, NULL, OFC_TYPE_CLIENT_KIND, OFC_CLIENT_KIND_PERSON, RW);
  properties[PROP_IS_COMPANY] = g_param_spec_boolean ("is-company", NULL, NULL, FALSE, RO);
  properties[PROP_PHONES] = g_param_spec_object ("phones", NULL, NULL, G_TYPE_LIST_MODEL, RO);
  properties[PROP_PHONES_TEXT] = string_property ("phones-text", RO);
  properties[PROP_SMS_CONSENT] = g_param_spec_boolean ("sms-consent", NULL, NULL, FALSE, RW);
  properties[PROP_EMAIL_CONSENT] = g_param_spec_boolean ("email-consent", NULL, NULL, FALSE, RW);
  properties[PROP_CONFLICT] = g_param_spec_boolean ("conflict", NULL, NULL, FALSE, RW);
  properties[PROP_SOURCE_ID] = string_property ("source-id", RW);
  properties[PROP_SOURCE_NAME] = string_property ("source-name", RO);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, RW);
  properties[PROP_TAGS_TEXT] = string_property ("tags-text", RW);
  properties[PROP_DISCOUNT_WORKS] =
      g_param_spec_int ("discount-works", NULL, NULL, G_MININT, G_MAXINT, 0, RW);
  properties[PROP_DISCOUNT_PARTS] =
      g_param_spec_int ("discount-parts", NULL, NULL, G_MININT, G_MAXINT, 0, RW);
  properties[PROP_DISCOUNT_GOODS] =
      g_param_spec_int ("discount-goods", NULL, NULL, G_MININT, G_MAXINT, 0, RW);
  properties[PROP_ARCHIVED] = g_param_spec_boolean ("archived", NULL, NULL, FALSE, RO);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
}

static void
ofc_client_class_init (OfcClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_client_finalize;
  object_class->get_property = ofc_client_get_property;
  object_class->set_property = ofc_client_set_property;

  for (int i = 0; i < OFC_CLIENT_N_TEXT; i++)
    properties[PROP_TEXT_FIRST + i] = string_property (ofc_client_text_fields[i].property, RW);
  install_value_properties ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_client_init (OfcClient *self)
{
  self->phones = g_list_store_new (OFC_TYPE_CLIENT_PHONE);
  self->tags = g_new0 (char *, 1);
  g_signal_connect_swapped (self->phones, "items-changed", G_CALLBACK (on_phones_changed), self);
}

/**
 * ofc_client_new:
 * @kind: a person or a company
 *
 * Returns: (transfer full): an empty, unsaved client
 */
OfcClient *
ofc_client_new (OfcClientKind kind)
{
  return g_object_new (OFC_TYPE_CLIENT, "kind", kind, NULL);
}

const char *
_ofc_client_kind_to_string (OfcClientKind kind)
{
  return kind == OFC_CLIENT_KIND_COMPANY ? "company" : "person";
}

/*
 * Identity and kind
 */

/**
 * ofc_client_get_id:
 *
 * Returns: the id; nil (all zero) until the store created the client
 */
const OfcUuid *
ofc_client_get_id (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  return &self->id;
}

gboolean
ofc_client_is_saved (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), FALSE);
  return !ofc_uuid_is_nil (&self->id);
}

OfcClientKind
ofc_client_get_kind (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), OFC_CLIENT_KIND_PERSON);
  return self->kind;
}

void
ofc_client_set_kind (OfcClient *self, OfcClientKind kind)
{
  g_return_if_fail (OFC_IS_CLIENT (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  notify (self, PROP_KIND);
  notify (self, PROP_IS_COMPANY);
}

gboolean
ofc_client_get_is_company (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), FALSE);
  return self->kind == OFC_CLIENT_KIND_COMPANY;
}

/*
 * Text fields
 */

/* never NULL, so a GtkEntry can be bound to any text property */
const char *
_ofc_client_get_text (OfcClient *self, OfcClientText field)
{
  return self->text[field] != NULL ? self->text[field] : "";
}

void
_ofc_client_set_text (OfcClient *self, OfcClientText field, const char *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;
  if (ofc_set_str (&self->text[field], value))
    notify (self, PROP_TEXT_FIRST + field);
}

/* the public accessors of the text fields; each documented in ofc-client.h */
#define TEXT_ACCESSORS(name, FIELD)                               \
  const char *ofc_client_get_##name (OfcClient *self)             \
  {                                                               \
    g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);            \
    return _ofc_client_get_text (self, OFC_CLIENT_TEXT_##FIELD);  \
  }                                                               \
  void ofc_client_set_##name (OfcClient *self, const char *value) \
  {                                                               \
    g_return_if_fail (OFC_IS_CLIENT (self));                      \
    _ofc_client_set_text (self, OFC_CLIENT_TEXT_##FIELD, value);  \
  }

/* clang-format off */
TEXT_ACCESSORS (name, NAME)
TEXT_ACCESSORS (email, EMAIL)
TEXT_ACCESSORS (address, ADDRESS)
TEXT_ACCESSORS (birthday, BIRTHDAY)
TEXT_ACCESSORS (note, NOTE)
TEXT_ACCESSORS (card_code, CARD_CODE)
TEXT_ACCESSORS (inn, INN)
TEXT_ACCESSORS (kpp, KPP)
TEXT_ACCESSORS (ogrn, OGRN)
TEXT_ACCESSORS (legal_address, LEGAL_ADDRESS)
TEXT_ACCESSORS (director, DIRECTOR)
TEXT_ACCESSORS (bank_name, BANK_NAME)
TEXT_ACCESSORS (bank_account, BANK_ACCOUNT)
TEXT_ACCESSORS (bank_corr_account, BANK_CORR_ACCOUNT)
TEXT_ACCESSORS (bank_bik, BANK_BIK)
/* clang-format on */

/*
 * Phones
 */

/**
 * ofc_client_get_phones:
 *
 * Returns: (transfer none): the phones, a list of #OfcClientPhone; it changes as phones
 * are added and removed
 */
GListModel *
ofc_client_get_phones (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  return G_LIST_MODEL (self->phones);
}

guint
ofc_client_get_n_phones (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->phones));
}

/**
 * ofc_client_get_phone:
 *
 * Returns: (transfer none) (nullable): the phone at @position
 */
OfcClientPhone *
ofc_client_get_phone (OfcClient *self, guint position)
{
  g_autoptr (OfcClientPhone) phone = NULL;

  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  phone = g_list_model_get_item (G_LIST_MODEL (self->phones), position);
  return phone; /* the list keeps its own reference */
}

/**
 * ofc_client_add_phone:
 * @display: the number as typed; checked when the client is saved
 * @label: (nullable): e.g. "mobile"
 */
void
ofc_client_add_phone (OfcClient *self, const char *display, const char *label)
{
  g_autoptr (OfcClientPhone) phone = NULL;

  g_return_if_fail (OFC_IS_CLIENT (self));
  phone = ofc_client_phone_new (display, label);
  g_list_store_append (self->phones, phone);
}

void
ofc_client_remove_phone (OfcClient *self, guint position)
{
  g_return_if_fail (OFC_IS_CLIENT (self));
  g_return_if_fail (position < ofc_client_get_n_phones (self));
  g_list_store_remove (self->phones, position);
}

void
ofc_client_clear_phones (OfcClient *self)
{
  g_return_if_fail (OFC_IS_CLIENT (self));
  g_list_store_remove_all (self->phones);
}

/* replaces the phones with copies of @phones (OfcClientPhone) */
void
_ofc_client_set_phones (OfcClient *self, GPtrArray *phones)
{
  g_autoptr (GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < phones->len; i++)
    g_ptr_array_add (copies, ofc_client_phone_copy (g_ptr_array_index (phones, i)));
  g_list_store_splice (self->phones, 0, ofc_client_get_n_phones (self), copies->pdata, copies->len);
}

/*
 * Flags
 */

gboolean
ofc_client_get_sms_consent (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), FALSE);
  return self->sms_consent;
}

void
ofc_client_set_sms_consent (OfcClient *self, gboolean consent)
{
  g_return_if_fail (OFC_IS_CLIENT (self));
  set_bool (self, &self->sms_consent, consent, PROP_SMS_CONSENT);
}

gboolean
ofc_client_get_email_consent (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), FALSE);
  return self->email_consent;
}

void
ofc_client_set_email_consent (OfcClient *self, gboolean consent)
{
  g_return_if_fail (OFC_IS_CLIENT (self));
  set_bool (self, &self->email_consent, consent, PROP_EMAIL_CONSENT);
}

gboolean
ofc_client_get_conflict (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), FALSE);
  return self->conflict;
}

/* a "conflict client": staff are warned whenever the client is opened */
void
ofc_client_set_conflict (OfcClient *self, gboolean conflict)
{
  g_return_if_fail (OFC_IS_CLIENT (self));
  set_bool (self, &self->conflict, conflict, PROP_CONFLICT);
}

/*
 * Source
 */

/**
 * ofc_client_get_source_id:
 *
 * Returns: (nullable): the source's id, %NULL when none is set
 */
const OfcUuid *
ofc_client_get_source_id (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  return self->has_source ? &self->source_id : NULL;
}

/**
 * ofc_client_get_source_name:
 *
 * Returns: the source's name as last read or set; "" when none
 */
const char *
ofc_client_get_source_name (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  return self->source_name != NULL ? self->source_name : "";
}

void
_ofc_client_set_source (OfcClient *self, const OfcUuid *id, const char *name)
{
  gboolean same =
      id == NULL ? !self->has_source : self->has_source && ofc_uuid_equal (id, &self->source_id);

  if (!same)
    {
      self->has_source = id != NULL;
      memset (&self->source_id, 0, sizeof self->source_id);
      if (id != NULL)
        self->source_id = *id;
      notify (self, PROP_SOURCE_ID);
    }
  if (ofc_set_str (&self->source_name, id != NULL ? name : NULL))
    notify (self, PROP_SOURCE_NAME);
}

/**
 * ofc_client_set_source:
 * @source: (nullable): the source, %NULL for none
 */
void
ofc_client_set_source (OfcClient *self, OfcClientSource *source)
{
  g_return_if_fail (OFC_IS_CLIENT (self));
  g_return_if_fail (source == NULL || OFC_IS_CLIENT_SOURCE (source));

  if (source == NULL)
    _ofc_client_set_source (self, NULL, NULL);
  else
    _ofc_client_set_source (self, ofc_client_source_get_id (source),
                            ofc_client_source_get_name (source));
}

/**
 * ofc_client_set_source_id:
 * @source_id: (nullable): the source's id; its name is filled in when the client is saved
 */
void
ofc_client_set_source_id (OfcClient *self, const OfcUuid *source_id)
{
  gboolean same;

  g_return_if_fail (OFC_IS_CLIENT (self));
  same = source_id == NULL ? !self->has_source
                           : self->has_source && ofc_uuid_equal (source_id, &self->source_id);
  if (!same)
    _ofc_client_set_source (self, source_id, NULL);
}

/*
 * Tags
 */

const char *const *
ofc_client_get_tags (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), NULL);
  return (const char *const *)self->tags;
}

/**
 * ofc_client_set_tags:
 * @tags: (nullable) (array zero-terminated=1): the tags; cleaned and checked on save
 */
void
ofc_client_set_tags (OfcClient *self, const char *const *tags)
{
  static const char *const none[] = { NULL };

  g_return_if_fail (OFC_IS_CLIENT (self));

  if (tags == NULL)
    tags = none;
  if (g_strv_equal ((const char *const *)self->tags, tags))
    return;
  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **)tags);
  notify (self, PROP_TAGS);
  notify (self, PROP_TAGS_TEXT);
}

/*
 * Discounts
 */

int
ofc_client_get_discount (OfcClient *self, OfcDiscountCategory category)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), 0);
  g_return_val_if_fail (category < OFC_N_DISCOUNTS, 0);
  return self->discounts[category];
}

/**
 * ofc_client_set_discount:
 * @basis_points: 0 to %OFC_DISCOUNT_MAX; other values are refused when saving
 */
void
ofc_client_set_discount (OfcClient *self, OfcDiscountCategory category, int basis_points)
{
  g_return_if_fail (OFC_IS_CLIENT (self));
  g_return_if_fail (category < OFC_N_DISCOUNTS);

  if (self->discounts[category] == basis_points)
    return;
  self->discounts[category] = basis_points;
  notify (self, PROP_DISCOUNT_WORKS + category);
}

/*
 * State kept by the store
 */

gboolean
ofc_client_get_archived (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), FALSE);
  return self->archived;
}

/**
 * ofc_client_get_version:
 *
 * Returns: the row version this object was read at; an update from an older version is
 * refused with %OFC_ERROR_CONFLICT. 0 until created.
 */
gint64
ofc_client_get_version (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), 0);
  return self->version;
}

gint64
ofc_client_get_created_at (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), 0);
  return self->created_at;
}

gint64
ofc_client_get_updated_at (OfcClient *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT (self), 0);
  return self->updated_at;
}

static void
set_int64 (OfcClient *self, gint64 *field, gint64 value, int prop_id)
{
  if (*field == value)
    return;
  *field = value;
  notify (self, prop_id);
}

void
_ofc_client_set_state (OfcClient *self,
                       const OfcUuid *id,
                       gboolean archived,
                       gint64 version,
                       gint64 created_at,
                       gint64 updated_at)
{
  if (!ofc_uuid_equal (id, &self->id))
    {
      self->id = *id;
      notify (self, PROP_ID);
    }
  set_bool (self, &self->archived, archived, PROP_ARCHIVED);
  set_int64 (self, &self->version, version, PROP_VERSION);
  set_int64 (self, &self->created_at, created_at, PROP_CREATED_AT);
  set_int64 (self, &self->updated_at, updated_at, PROP_UPDATED_AT);
}
