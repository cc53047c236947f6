/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The demo order generator. It writes through the order store on a connection of its own
 * whose clock it drives, so demo orders go through the same rules, numbers, search index
 * and journal as real ones; batches of orders share a transaction to keep a million
 * orders to minutes.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "demo/ofc-demo-orders.h"
#include "demo/ofc-demo-orders-private.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-orders-setup-private.h"
#include "reference/ofc-reference-private.h"

#define BATCH    1000
#define YEARS    3
#define HOUR_US  ((gint64) 3600 * G_USEC_PER_SEC)
#define DAY_US   (24 * HOUR_US)
#define MAX_STEP 8

typedef struct
{
  OfcUuid id;
  int group;
} StatusRef;

typedef struct
{
  OfcDatabase *database; /* the generator's own connection */
  GRand *rand;
  GArray *clients;        /* OfcUuid */
  GArray *technicians;    /* OfcUuid */
  GArray *managers;       /* OfcUuid */
  GHashTable *next;       /* OfcUuid* → GArray of StatusRef */
  GHashTable *services;   /* name → OfcService */
  GHashTable *kind_types; /* OfcDemoKind* → OfcUuid* */
  gint64 clock;           /* what the connection's clock says */
  gint64 now;
  gint64 unit; /* one major unit of the shop currency in minor units */
} Demo;

static gint64
demo_clock (gpointer user_data)
{
  return ((Demo *) user_data)->clock;
}

static void
demo_free (Demo *demo)
{
  g_clear_object (&demo->database);
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_pointer (&demo->clients, g_array_unref);
  g_clear_pointer (&demo->technicians, g_array_unref);
  g_clear_pointer (&demo->managers, g_array_unref);
  g_clear_pointer (&demo->next, g_hash_table_unref);
  g_clear_pointer (&demo->services, g_hash_table_unref);
  g_clear_pointer (&demo->kind_types, g_hash_table_unref);
  g_free (demo);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Demo, demo_free)

static const char *
pick (Demo *demo, const char *const *items)
{
  return items[g_rand_int_range (demo->rand, 0, (gint32) g_strv_length ((GStrv) items))];
}

static gboolean
chance (Demo *demo, int percent)
{
  return g_rand_int_range (demo->rand, 0, 100) < percent;
}

/*
 * What the generator needs from the database
 */

static gboolean
load_ids (OfcDatabase *database, const char *sql, GArray *ids, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, error);
  GError *local = NULL;

  if (statement == NULL)
    return FALSE;
  while (ofc_statement_step (statement, &local))
    {
      OfcUuid id;

      ofc_statement_get_uuid (statement, 0, &id);
      g_array_append_val (ids, id);
    }
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

static gboolean
load_clients (Demo *demo, GError **error)
{
  /* rowid order keeps the draw reproducible */
  if (!load_ids (demo->database, "SELECT id FROM client WHERE archived = 0 ORDER BY rowid",
                 demo->clients, error))
    return FALSE;
  if (demo->clients->len > 0)
    return TRUE;
  g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
               _ ("There are no clients to take demo orders from; generate demo clients first"));
  return FALSE;
}

/* the employee called @name, created with @roles when missing */
static gboolean
ensure_employee (Demo *demo, const char *name, OfcEmployeeRoles roles, GArray *ids, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *key = ofc_text_fold (name);
  g_autoptr (OfcEmployee) employee = NULL;
  OfcUuid id;

  statement =
      ofc_database_prepare (demo->database, "SELECT id FROM employee WHERE name_key = ?1", error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_text (statement, 1, key);
  if (ofc_statement_step (statement, NULL) && ofc_statement_get_uuid (statement, 0, &id))
    {
      g_array_append_val (ids, id);
      return TRUE;
    }
  employee = ofc_employee_new (name, roles);
  ofc_employee_set_works_percent (employee, roles == OFC_ROLE_TECHNICIAN ? 3500 : 0);
  ofc_employee_set_per_order (employee, roles == OFC_ROLE_TECHNICIAN ? 0 : 100 * demo->unit);
  if (!_ofc_employee_write (demo->database, employee, error))
    return FALSE;
  g_array_append_vals (ids, ofc_employee_get_id (employee), 1);
  return TRUE;
}

static gboolean
ensure_staff (Demo *demo, GError **error)
{
  for (guint i = 0; ofc_demo_technicians[i] != NULL; i++)
    if (!ensure_employee (demo, ofc_demo_technicians[i], OFC_ROLE_TECHNICIAN, demo->technicians,
                          error))
      return FALSE;
  for (guint i = 0; ofc_demo_managers[i] != NULL; i++)
    if (!ensure_employee (demo, ofc_demo_managers[i], OFC_ROLE_MANAGER | OFC_ROLE_RECEIVER,
                          demo->managers, error))
      return FALSE;
  return TRUE;
}

/* the price list by name; a kind's work missing from it is created */
static OfcService *
get_service (Demo *demo, const char *untranslated, GError **error)
{
  const char *name = g_dgettext (GETTEXT_PACKAGE, untranslated);
  OfcService *service = g_hash_table_lookup (demo->services, name);

  if (service != NULL)
    return service;
  service = ofc_service_new (name, 1000 * demo->unit);
  ofc_service_set_warranty_days (service, 90);
  if (!_ofc_service_write (demo->database, service, error))
    {
      g_object_unref (service);
      return NULL;
    }
  g_hash_table_insert (demo->services, g_strdup (name), service);
  return service;
}

static gboolean
load_services (Demo *demo, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (
      demo->database, "SELECT id FROM service WHERE archived = 0 ORDER BY rowid", error);
  if (statement == NULL)
    return FALSE;
  while (local == NULL && ofc_statement_step (statement, &local))
    {
      OfcUuid id;
      OfcService *service;

      ofc_statement_get_uuid (statement, 0, &id);
      service = _ofc_service_load (demo->database, &id, &local);
      if (service != NULL)
        g_hash_table_insert (demo->services, g_strdup (ofc_service_get_name (service)), service);
    }
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

static gboolean
load_device_types (Demo *demo, GError **error)
{
  for (guint i = 0; i < ofc_demo_n_kinds; i++)
    {
      const char *name = g_dgettext (GETTEXT_PACKAGE, ofc_demo_kinds[i].device_type);
      g_autoptr (OfcDeviceType) type = _ofc_device_type_find_or_add (demo->database, name, error);

      if (type == NULL)
        return FALSE;
      g_hash_table_insert (demo->kind_types, (gpointer) &ofc_demo_kinds[i],
                           ofc_uuid_dup (ofc_device_type_get_id (type)));
    }
  return TRUE;
}

/* every status's allowed next statuses, with their groups */
static gboolean
load_transitions (Demo *demo, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (demo->database,
                                    "SELECT t.from_id, t.to_id, s.status_group"
                                    " FROM order_status_transition AS t"
                                    " JOIN order_status AS s ON s.id = t.to_id"
                                    " WHERE s.archived = 0 ORDER BY t.from_id, s.position",
                                    error);
  if (statement == NULL)
    return FALSE;
  while (ofc_statement_step (statement, &local))
    {
      OfcUuid from;
      StatusRef to;
      GArray *next;

      ofc_statement_get_uuid (statement, 0, &from);
      ofc_statement_get_uuid (statement, 1, &to.id);
      to.group = (int) ofc_statement_get_int64 (statement, 2);
      next = g_hash_table_lookup (demo->next, &from);
      if (next == NULL)
        {
          next = g_array_new (FALSE, FALSE, sizeof (StatusRef));
          g_hash_table_insert (demo->next, ofc_uuid_dup (&from), next);
        }
      g_array_append_val (next, to);
    }
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

static Demo *
demo_new (OfcDatabase *database, guint64 seed)
{
  Demo *demo = g_new0 (Demo, 1);
  guint32 seeds[2] = { (guint32) seed, (guint32) (seed >> 32) };
  g_autofree char *currency = _ofc_shop_currency (database);

  demo->rand = g_rand_new_with_seed_array (seeds, 2);
  demo->clients = g_array_new (FALSE, FALSE, sizeof (OfcUuid));
  demo->technicians = g_array_new (FALSE, FALSE, sizeof (OfcUuid));
  demo->managers = g_array_new (FALSE, FALSE, sizeof (OfcUuid));
  demo->next = g_hash_table_new_full (ofc_uuid_hash, ofc_uuid_hash_equal, g_free,
                                      (GDestroyNotify) g_array_unref);
  demo->services = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  demo->kind_types = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  demo->now = g_get_real_time ();
  demo->unit = 1;
  for (int e = ofc_currency_get_exponent (currency); e > 0; e--)
    demo->unit *= 10;
  return demo;
}

static gboolean
prepare (Demo *demo, GError **error)
{
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (demo->database, error);

  return transaction != NULL && load_clients (demo, error) && ensure_staff (demo, error) &&
         load_services (demo, error) && load_device_types (demo, error) &&
         load_transitions (demo, error) && ofc_transaction_commit (transaction, error);
}

/*
 * One order
 */

static const OfcDemoKind *
pick_kind (Demo *demo)
{
  int total = 0, draw;

  for (guint i = 0; i < ofc_demo_n_kinds; i++)
    total += ofc_demo_kinds[i].weight;
  draw = g_rand_int_range (demo->rand, 0, total);
  for (guint i = 0; i < ofc_demo_n_kinds; i++)
    if ((draw -= ofc_demo_kinds[i].weight) < 0)
      return &ofc_demo_kinds[i];
  return &ofc_demo_kinds[0];
}

/* a 15-digit IMEI with a correct Luhn check digit, or a serial number */
static char *
make_serial (Demo *demo, gboolean imei)
{
  static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  char text[16] = { 0 };
  int sum = 0;

  if (!imei)
    {
      for (int i = 0; i < 12; i++)
        text[i] = alphabet[g_rand_int_range (demo->rand, 0, sizeof alphabet - 1)];
      return g_strdup (text);
    }
  for (int i = 0; i < 14; i++)
    text[i] = (char) ('0' + g_rand_int_range (demo->rand, 0, 10));
  for (int i = 0; i < 14; i++)
    {
      int d = text[13 - i] - '0';

      sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
    }
  text[14] = (char) ('0' + (10 - sum % 10) % 10);
  return g_strdup (text);
}

static void
fill_device (Demo *demo, OfcOrder *order, const OfcDemoKind *kind)
{
  const OfcDemoBrand *brand =
      &kind->brands[g_rand_int_range (demo->rand, 0, (gint32) kind->n_brands)];
  g_auto (GStrv) models = g_strsplit (brand->models, "|", -1);
  g_autofree char *serial = make_serial (demo, kind->has_imei);
  const char *malfunction = kind->malfunctions[g_rand_int_range (demo->rand, 0, 6)];

  ofc_order_set_device_type_id (order, g_hash_table_lookup (demo->kind_types, kind));
  ofc_order_set_brand (order, brand->name);
  ofc_order_set_model (order, pick (demo, (const char *const *) models));
  ofc_order_set_serial (order, serial);
  ofc_order_set_malfunction (order, g_dgettext (GETTEXT_PACKAGE, malfunction));
  ofc_order_set_appearance (order, g_dgettext (GETTEXT_PACKAGE, pick (demo, ofc_demo_appearances)));
  ofc_order_set_completeness (order,
                              g_dgettext (GETTEXT_PACKAGE, pick (demo, ofc_demo_completeness)));
}

static const OfcUuid *
pick_id (Demo *demo, GArray *ids)
{
  return &g_array_index (ids, OfcUuid, g_rand_int_range (demo->rand, 0, (gint32) ids->len));
}

static OfcOrder *
make_order (Demo *demo, const OfcDemoKind *kind, gint64 created)
{
  OfcOrder *order = ofc_order_new ();
  int estimate =
      g_rand_int_range (demo->rand, kind->estimate_min / 100, kind->estimate_max / 100 + 1);

  ofc_order_set_client_id (order, pick_id (demo, demo->clients));
  fill_device (demo, order, kind);
  if (chance (demo, 60))
    ofc_order_set_estimate (order, (gint64) estimate * 100 * demo->unit);
  ofc_order_set_urgent (order, chance (demo, 8));
  if (chance (demo, 70))
    ofc_order_set_deadline (order, created + g_rand_int_range (demo->rand, 1, 8) * DAY_US);
  ofc_order_set_manager_id (order, pick_id (demo, demo->managers));
  ofc_order_set_executor_id (order, pick_id (demo, demo->technicians));
  return order;
}

/* how far along a group is: waiting counts as in progress */
static int
rank (int group)
{
  static const int ranks[OFC_N_STATUS_GROUPS] = { 0, 1, 1, 2, 3, 3 };

  return ranks[group];
}

/* forward moves are likely, detours less, back edges and refusals rare */
static int
weight (int from_group, int to_group)
{
  if (to_group == OFC_STATUS_GROUP_CLOSED_FAILURE)
    return 1;
  if (rank (to_group) > rank (from_group))
    return 10;
  if (rank (to_group) < rank (from_group))
    return 1;
  return to_group == from_group ? 2 : 3;
}

static const StatusRef *
choose_next (Demo *demo, OfcOrder *order)
{
  GArray *next = g_hash_table_lookup (demo->next, ofc_order_get_status_id (order));
  int from = ofc_order_get_status_group (order);
  int total = 0, draw;

  if (next == NULL || next->len == 0)
    return NULL;
  for (guint i = 0; i < next->len; i++)
    total += weight (from, g_array_index (next, StatusRef, i).group);
  draw = g_rand_int_range (demo->rand, 0, total);
  for (guint i = 0; i < next->len; i++)
    if ((draw -= weight (from, g_array_index (next, StatusRef, i).group)) < 0)
      return &g_array_index (next, StatusRef, i);
  return NULL;
}

/* how long an order stays in a status of @group before it moves on */
static gint64
dwell (Demo *demo, int group)
{
  switch (group)
    {
      case OFC_STATUS_GROUP_NEW:
        return g_rand_int_range (demo->rand, 1, 25) * HOUR_US;
      case OFC_STATUS_GROUP_WAITING:
        return g_rand_int_range (demo->rand, 48, 337) * HOUR_US;
      case OFC_STATUS_GROUP_READY:
        return g_rand_int_range (demo->rand, 2, 121) * HOUR_US;
      default:
        return g_rand_int_range (demo->rand, 2, 73) * HOUR_US;
    }
}

static gboolean
add_works (Demo *demo, OfcOrder *order, const OfcDemoKind *kind, GString *verdict, GError **error)
{
  int n = chance (demo, 25) ? 2 : 1;

  for (int i = 0; i < n; i++)
    {
      OfcService *service =
          get_service (demo, kind->services[g_rand_int_range (demo->rand, 0, 4)], error);
      g_autoptr (OfcOrderWork) work = NULL;

      if (service == NULL)
        return FALSE;
      work = ofc_order_work_new_from_service (service);
      if (!_ofc_order_work_write (demo->database, order, work, error))
        return FALSE;
      g_string_append_printf (verdict, "%s%s", verdict->len > 0 ? "; " : "",
                              ofc_service_get_name (service));
    }
  return TRUE;
}

static void
write_verdict (Demo *demo, OfcOrder *order, int group, GString *done)
{
  if (group == OFC_STATUS_GROUP_CLOSED_FAILURE || done->len == 0)
    ofc_order_set_verdict (order, g_dgettext (GETTEXT_PACKAGE, pick (demo, ofc_demo_failures)));
  else
    ofc_order_set_verdict (order, done->str);
  if (chance (demo, 30))
    ofc_order_set_recommendations (
        order, g_dgettext (GETTEXT_PACKAGE, pick (demo, ofc_demo_recommendations)));
}

/* one status change, with the works when the repair starts and the verdict when it ends */
static gboolean
step (Demo *demo,
      OfcOrder *order,
      const OfcDemoKind *kind,
      const StatusRef *to,
      GString *done,
      GError **error)
{
  g_autoptr (OfcOrderComment) comment = NULL;

  if (to->group == OFC_STATUS_GROUP_IN_PROGRESS && done->len == 0 &&
      !add_works (demo, order, kind, done, error))
    return FALSE;
  if (ofc_status_group_is_closed (to->group))
    write_verdict (demo, order, to->group, done);
  ofc_order_set_status_id (order, &to->id);
  if (!_ofc_order_write (demo->database, order, error))
    return FALSE;
  if (!chance (demo, 5))
    return TRUE;
  comment = _ofc_order_add_comment (
      demo->database, order, g_dgettext (GETTEXT_PACKAGE, pick (demo, ofc_demo_comments)), error);
  return comment != NULL;
}

static gboolean
generate_one (Demo *demo, gint64 created, GError **error)
{
  const OfcDemoKind *kind = pick_kind (demo);
  g_autoptr (OfcOrder) order = make_order (demo, kind, created);
  g_autoptr (GString) done = g_string_new (NULL);

  demo->clock = created;
  if (!_ofc_order_write (demo->database, order, error))
    return FALSE;
  for (int i = 0; i < MAX_STEP && !ofc_order_is_closed (order); i++)
    {
      const StatusRef *to = choose_next (demo, order);
      gint64 at = demo->clock + dwell (demo, ofc_order_get_status_group (order));

      /* the walk stops at the present: recent orders stay open */
      if (to == NULL || at > demo->now)
        break;
      demo->clock = at;
      if (!step (demo, order, kind, to, done, error))
        return FALSE;
    }
  return TRUE;
}

/*
 * Batches
 */

static gboolean
generate_batch (Demo *demo, guint first, guint count, guint total, GError **error)
{
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (demo->database, error);
  gint64 span = (gint64) YEARS * 365 * DAY_US;
  gint64 slot = MAX (span / total, 1);

  if (transaction == NULL)
    return FALSE;
  for (guint i = first; i < first + count; i++)
    {
      gint64 created = demo->now - span + (gint64) ((double) span * i / total) +
                       (gint64) (g_rand_double (demo->rand) * (double) slot);

      if (!generate_one (demo, created, error))
        return FALSE;
    }
  return ofc_transaction_commit (transaction, error);
}

static OfcDatabase *
open_connection (OfcDatabase *database, GError **error)
{
  if (g_strcmp0 (ofc_database_get_path (database), OFC_DATABASE_MEMORY) == 0)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED, _ ("Demo orders need a database file"));
      return NULL;
    }
  return ofc_database_open_another (database, error);
}

/**
 * ofc_demo_generate_orders:
 * @database: the database; the generator opens a connection of its own to it
 * @n_orders: how many orders to add
 * @seed: the same seed gives the same orders
 * @progress: (nullable): told after each batch
 * @cancellable: (nullable): stops between batches; the batches done stay
 *
 * Adds @n_orders demo orders for the existing clients (refused with
 * %OFC_ERROR_NOT_FOUND when there are none), creating demo employees and missing works of
 * the price list first. Orders are taken in over the last three years; each moves along
 * the allowed transitions — diagnostics, works, waiting for parts, repair, ready, issued
 * or refused — with every step journaled at its own time; recent ones are still open.
 * The first-start reference data are made if missing. Runs for minutes on a million
 * orders: call it from a worker thread.
 */
gboolean
ofc_demo_generate_orders (OfcDatabase *database,
                          guint n_orders,
                          guint64 seed,
                          OfcDemoProgressFunc progress,
                          gpointer user_data,
                          GCancellable *cancellable,
                          GError **error)
{
  g_autoptr (Demo) demo = demo_new (database, seed);

  g_return_val_if_fail (OFC_IS_DATABASE (database), FALSE);

  demo->database = open_connection (database, error);
  if (demo->database == NULL)
    return FALSE;
  ofc_database_set_clock (demo->database, demo_clock, demo);
  demo->clock = demo->now;
  if (!_ofc_orders_setup (demo->database, error) || !prepare (demo, error))
    return FALSE;
  for (guint done = 0; done < n_orders;)
    {
      guint count = MIN (BATCH, n_orders - done);

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !generate_batch (demo, done, count, n_orders, error))
        return FALSE;
      done += count;
      if (progress != NULL)
        progress (done, n_orders, user_data);
    }
  /* commits leave index merges to the application's upkeep: tidy up once at the end */
  return ofc_database_merge_search_indexes (demo->database, error);
}
