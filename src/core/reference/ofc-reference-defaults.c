/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The reference data a new database starts with, in the language of whoever starts it
 * first: order types, a location, the default status chain, device types, intake phrases
 * and presets, a price list and an administrator. Created once, journaled like any write,
 * then the shop's to change.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "reference/ofc-reference-private.h"

#define DEFAULTS_KEY "orders.defaults"

typedef struct
{
  const char *code;
  const char *name;
  OfcStatusGroup group;
  const char *color;
  int norm_hours;
  const char *next; /* codes, space-separated */
} StatusSeed;

static const StatusSeed statuses[] = {
  { "new", N_ ("New"), OFC_STATUS_GROUP_NEW, "#3584e4", 24, "diagnostics in-repair refused" },
  { "diagnostics", N_ ("Diagnostics"), OFC_STATUS_GROUP_IN_PROGRESS, "#9141ac", 24,
    "waiting-parts in-repair ready refused" },
  { "waiting-parts", N_ ("Waiting for parts"), OFC_STATUS_GROUP_WAITING, "#e5a50a", 0,
    "in-repair refused" },
  { "in-repair", N_ ("In repair"), OFC_STATUS_GROUP_IN_PROGRESS, "#ff7800", 48,
    "diagnostics waiting-parts ready refused" },
  { "ready", N_ ("Ready"), OFC_STATUS_GROUP_READY, "#33d17a", 0, "issued in-repair refused" },
  { "issued", N_ ("Issued"), OFC_STATUS_GROUP_CLOSED_SUCCESS, "#26a269", 0, "" },
  { "refused", N_ ("Refused"), OFC_STATUS_GROUP_CLOSED_FAILURE, "#c01c28", 0, "" },
};

static const char *const device_types[] = {
  N_ ("Smartphone"), N_ ("Tablet"),     N_ ("Laptop"),     N_ ("Desktop computer"),
  N_ ("Monitor"),    N_ ("Smartwatch"), N_ ("Headphones"), N_ ("Game console"),
  N_ ("TV set"),     N_ ("Camera"),     N_ ("Printer"),    N_ ("Other"),
};

static const char *const malfunctions[] = {
  N_ ("Does not turn on"),         N_ ("Broken screen"),        N_ ("Does not charge"),
  N_ ("Battery drains quickly"),   N_ ("Water damage"),         N_ ("No sound"),
  N_ ("Microphone does not work"), N_ ("Camera does not work"), N_ ("Does not see the SIM card"),
  N_ ("Wi-Fi does not work"),      N_ ("Buttons do not work"),  N_ ("Overheats"),
  N_ ("Reboots by itself"),        N_ ("Needs cleaning"),       N_ ("Needs a software update"),
};

static const char *const appearances[] = {
  N_ ("Used, light scratches"), N_ ("Scratches and scuffs"), N_ ("Cracked screen"),
  N_ ("Cracked back cover"),    N_ ("Dents on the case"),    N_ ("Like new"),
};

static const char *const completeness[] = {
  N_ ("Device only"), N_ ("Charger"),     N_ ("Cable"), N_ ("Case"),
  N_ ("SIM card"),    N_ ("Memory card"), N_ ("Box"),   N_ ("Stylus"),
};

typedef struct
{
  const char *device_type;
  const char *malfunctions; /* lines */
  const char *completeness;
  int deadline_days;
} PresetSeed;

static const PresetSeed presets[] = {
  { N_ ("Smartphone"),
    N_ ("Broken screen\nDoes not charge\nBattery drains quickly\nWater damage\nDoes not turn on"),
    N_ ("Device only"), 3 },
  { N_ ("Tablet"), N_ ("Broken screen\nDoes not charge\nDoes not turn on"), N_ ("Device only"), 4 },
  { N_ ("Laptop"),
    N_ ("Does not turn on\nOverheats\nNeeds cleaning\nBroken screen\nButtons do not work"),
    N_ ("Device only\nCharger"), 5 },
};

typedef struct
{
  const char *name;
  const char *category;
  int price; /* in major units of the shop currency */
  int warranty_days;
} ServiceSeed;

static const ServiceSeed services[] = {
  { N_ ("Diagnostics"), N_ ("Diagnostics"), 500, 0 },
  { N_ ("Screen replacement"), N_ ("Phones and tablets"), 2500, 90 },
  { N_ ("Battery replacement"), N_ ("Phones and tablets"), 1500, 90 },
  { N_ ("Charging port replacement"), N_ ("Phones and tablets"), 1800, 90 },
  { N_ ("Cleaning after water damage"), N_ ("Phones and tablets"), 2000, 30 },
  { N_ ("Software flashing"), N_ ("Software"), 1200, 30 },
  { N_ ("Data recovery"), N_ ("Software"), 3500, 0 },
  { N_ ("Cleaning and thermal paste"), N_ ("Computers"), 2500, 30 },
  { N_ ("Keyboard replacement"), N_ ("Computers"), 3000, 90 },
  { N_ ("Board-level repair"), N_ ("Electronics"), 4500, 90 },
};

static gboolean
add_order_types (OfcDatabase *database, OfcUuid *paid_id, GError **error)
{
  g_autoptr (OfcOrderType) paid = ofc_order_type_new (_ ("Paid"));
  g_autoptr (OfcOrderType) warranty = ofc_order_type_new (_ ("Warranty"));
  const OfcRecordStore *store;

  _ofc_order_type_set_code (paid, OFC_ORDER_TYPE_PAID);
  _ofc_order_type_set_code (warranty, OFC_ORDER_TYPE_WARRANTY);
  store = _ofc_order_type_store ();
  if (!_ofc_record_store_write (database, store, G_OBJECT (paid), error) ||
      !_ofc_record_store_write (database, store, G_OBJECT (warranty), error))
    return FALSE;
  *paid_id = *ofc_order_type_get_id (paid);
  return TRUE;
}

static gboolean
add_location (OfcDatabase *database, const OfcUuid *paid_id, GError **error)
{
  g_autoptr (OfcLocation) location = ofc_location_new (_ ("Workshop"));

  ofc_location_set_series_prefix (location, "A");
  ofc_location_set_order_type_id (location, paid_id);
  return _ofc_location_write (database, location, error);
}

static OfcOrderStatus *
find_seeded (GPtrArray *created, const char *code)
{
  for (guint i = 0; i < created->len; i++)
    if (g_strcmp0 (ofc_order_status_get_code (g_ptr_array_index (created, i)), code) == 0)
      return g_ptr_array_index (created, i);
  return NULL;
}

static gboolean
link_statuses (OfcDatabase *database, GPtrArray *created, GError **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_auto (GStrv) codes = g_strsplit (statuses[i].next, " ", -1);
      g_autoptr (GPtrArray) next = g_ptr_array_new ();

      for (guint k = 0; codes[k] != NULL; k++)
        if (*codes[k] != '\0')
          g_ptr_array_add (next, find_seeded (created, codes[k]));
      if (!_ofc_order_status_write_next (database, g_ptr_array_index (created, i), next, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_statuses (OfcDatabase *database, GError **error)
{
  g_autoptr (GPtrArray) created = g_ptr_array_new_with_free_func (g_object_unref);

  for (gsize i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      OfcOrderStatus *status = ofc_order_status_new (_ (statuses[i].name), statuses[i].group);

      g_ptr_array_add (created, status);
      _ofc_order_status_set_code (status, statuses[i].code);
      ofc_order_status_set_color (status, statuses[i].color);
      ofc_order_status_set_norm_hours (status, statuses[i].norm_hours);
      ofc_order_status_set_position (status, (int) i + 1);
      if (!_ofc_order_status_write (database, status, error))
        return FALSE;
    }
  return link_statuses (database, created, error);
}

static gboolean
add_phrases (
    OfcDatabase *database, OfcIntakeList list, const char *const *texts, gsize n, GError **error)
{
  for (gsize i = 0; i < n; i++)
    if (!_ofc_catalog_add_phrase (database, list, _ (texts[i]), error))
      return FALSE;
  return TRUE;
}

static gboolean
add_device_types (OfcDatabase *database, GError **error)
{
  for (gsize i = 0; i < G_N_ELEMENTS (device_types); i++)
    {
      g_autoptr (OfcDeviceType) type = ofc_device_type_new (_ (device_types[i]));

      ofc_device_type_set_position (type, (int) i + 1);
      if (!_ofc_device_type_write (database, type, error))
        return FALSE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      g_autoptr (OfcDeviceType) type =
          _ofc_device_type_find (database, _ (presets[i].device_type), error);
      g_autoptr (OfcIntakePreset) preset = NULL;

      if (type == NULL)
        return FALSE;
      preset = ofc_intake_preset_new (ofc_device_type_get_id (type), _ (presets[i].device_type));
      ofc_intake_preset_set_malfunctions (preset, _ (presets[i].malfunctions));
      ofc_intake_preset_set_completeness (preset, _ (presets[i].completeness));
      ofc_intake_preset_set_deadline_days (preset, presets[i].deadline_days);
      if (!_ofc_intake_preset_write (database, preset, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_services (OfcDatabase *database, GError **error)
{
  g_autofree char *currency = _ofc_shop_currency (database);
  gint64 unit = 1;

  for (int e = ofc_currency_get_exponent (currency); e > 0; e--)
    unit *= 10;
  for (gsize i = 0; i < G_N_ELEMENTS (services); i++)
    {
      g_autoptr (OfcService) service =
          ofc_service_new (_ (services[i].name), services[i].price * unit);

      ofc_service_set_category (service, _ (services[i].category));
      ofc_service_set_warranty_days (service, services[i].warranty_days);
      if (!_ofc_service_write (database, service, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_all (OfcDatabase *database, GError **error)
{
  g_autoptr (OfcEmployee) admin =
      ofc_employee_new (_ ("Administrator"), OFC_ROLE_ADMIN | OFC_ROLE_MANAGER | OFC_ROLE_RECEIVER);
  OfcUuid paid_id;

  return add_order_types (database, &paid_id, error) && add_location (database, &paid_id, error) &&
         add_statuses (database, error) && add_device_types (database, error) &&
         add_phrases (database, OFC_INTAKE_MALFUNCTION, malfunctions, G_N_ELEMENTS (malfunctions),
                      error) &&
         add_phrases (database, OFC_INTAKE_APPEARANCE, appearances, G_N_ELEMENTS (appearances),
                      error) &&
         add_phrases (database, OFC_INTAKE_COMPLETENESS, completeness, G_N_ELEMENTS (completeness),
                      error) &&
         add_services (database, error) && _ofc_employee_write (database, admin, error) &&
         ofc_database_set_meta (database, DEFAULTS_KEY, "1", error);
}

/**
 * _ofc_reference_ensure_defaults:
 *
 * Creates the starting reference data once per database, all in one transaction: a second
 * process starting at the same moment waits for the lock and then finds them made.
 */
gboolean
_ofc_reference_ensure_defaults (OfcDatabase *database, GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autofree char *done = ofc_database_dup_meta (database, DEFAULTS_KEY);

  if (done != NULL)
    return TRUE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL)
    return FALSE;
  g_free (done);
  done = ofc_database_dup_meta (database, DEFAULTS_KEY);
  if (done != NULL)
    return TRUE;
  return add_all (database, error) && ofc_transaction_commit (transaction, error);
}
