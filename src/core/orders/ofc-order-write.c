/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Writing an order: defaults for a new one, checks of every reference in one query, the
 * status rules, the number, the row and its journal entries — one transaction, kept lean
 * because it runs at the counter with a customer waiting.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-private.h"
#include "printing/ofc-print-settings.h"
#include "reference/ofc-reference-private.h"

#define ORDER_ENTITY "order"

/* what the references of an order say, read in one query */
typedef struct
{
  int client_discount;
  char *series_prefix;
  int status_group;
  int status_norm_hours;
  gboolean status_archived;
} Refs;

typedef struct
{
  const char *field;
  gsize id_offset;
  gsize name_offset;
  int name_column;
  int archived_column; /* -1: no archive flag */
  const char *missing;
  const char *archived; /* %s: the name */
} RefCheck;

#define ID_AT(member)   G_STRUCT_OFFSET (OfcOrder, member)
#define NAME_AT(member) G_STRUCT_OFFSET (OfcOrder, member)

static const RefCheck ref_checks[] = {
  { "client-id", ID_AT (client_id), NAME_AT (client_name), 0, 2, N_ ("Choose the client"),
    N_ ("The client “%s” is archived; restore the client first") },
  { "type-id", ID_AT (type_id), NAME_AT (type_name), 4, 5, N_ ("Choose the order type"),
    N_ ("The order type “%s” is archived") },
  { "location-id", ID_AT (location_id), NAME_AT (location_name), 6, 7, N_ ("Choose the location"),
    N_ ("The location “%s” is archived") },
  { "device-type-id", ID_AT (device_type_id), NAME_AT (device_type_name), 9, -1,
    N_ ("The device type does not exist"), NULL },
  /* an archived status is a transition question, answered by check_status () */
  { "status-id", ID_AT (status_id), NAME_AT (status_name), 10, -1, N_ ("Choose the status"), NULL },
  { "manager-id", ID_AT (manager_id), NAME_AT (manager_name), 15, 16,
    N_ ("The manager does not exist"), N_ ("%s no longer works here") },
  { "executor-id", ID_AT (executor_id), NAME_AT (executor_name), 17, 18,
    N_ ("The executor does not exist"), N_ ("%s no longer works here") },
};

#define REFS_SQL                                                                               \
  "SELECT c.name, c.discount_works, c.archived,"                                               \
  " (SELECT p.display FROM client_phone AS p WHERE p.client_id = ?1 ORDER BY p.position"       \
  " LIMIT 1), t.name, t.archived, l.name, l.archived, l.series_prefix, dt.name, s.name,"       \
  " s.color, s.status_group, s.norm_hours, s.archived, m.name, m.archived, e.name, e.archived" \
  " FROM (SELECT 1) AS one LEFT JOIN client AS c ON c.id = ?1"                                 \
  " LEFT JOIN order_type AS t ON t.id = ?2 LEFT JOIN location AS l ON l.id = ?3"               \
  " LEFT JOIN device_type AS dt ON dt.id = ?4 LEFT JOIN order_status AS s ON s.id = ?5"        \
  " LEFT JOIN employee AS m ON m.id = ?6 LEFT JOIN employee AS e ON e.id = ?7"

static void
refs_clear (Refs *refs)
{
  g_clear_pointer (&refs->series_prefix, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Refs, refs_clear)

/* @format is one of the static messages above, with a single %s */
static void
set_archived_error (GError **error, const RefCheck *check, const char *name)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  ofc_set_invalid (error, check->field, g_dgettext (GETTEXT_PACKAGE, check->archived), name);
#pragma GCC diagnostic pop
}

/* a reference that did not change may stay archived: old orders keep their old rows */
static gboolean
check_ref (const RefCheck *check,
           OfcOrder *order,
           OfcOrder *before,
           OfcStatement *statement,
           GError **error)
{
  const OfcUuid *id = G_STRUCT_MEMBER_P (order, check->id_offset);
  char **name = G_STRUCT_MEMBER_P (order, check->name_offset);
  const char *found = ofc_statement_get_text (statement, check->name_column);

  _ofc_replace_string (name, found);
  if (ofc_uuid_is_nil (id))
    return TRUE;
  if (found == NULL)
    {
      ofc_set_invalid (error, check->field, "%s", g_dgettext (GETTEXT_PACKAGE, check->missing));
      return FALSE;
    }
  if (check->archived_column < 0 || !ofc_statement_get_bool (statement, check->archived_column) ||
      (before != NULL && ofc_uuid_equal (id, G_STRUCT_MEMBER_P (before, check->id_offset))))
    return TRUE;
  set_archived_error (error, check, found);
  return FALSE;
}

static gboolean
read_refs (OfcDatabase *database, OfcOrder *order, OfcOrder *before, Refs *refs, GError **error)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, REFS_SQL, error);
  const OfcUuid *ids[] = { &order->client_id,      &order->type_id,   &order->location_id,
                           &order->device_type_id, &order->status_id, &order->manager_id,
                           &order->executor_id };

  if (statement == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ofc_statement_bind_uuid (statement, (int) i + 1, _ofc_record_nullable_uuid (ids[i]));
  if (!ofc_statement_step (statement, error))
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (ref_checks); i++)
    if (!check_ref (&ref_checks[i], order, before, statement, error))
      return FALSE;
  _ofc_replace_string (&order->client_phone, ofc_statement_get_text (statement, 3));
  _ofc_replace_string (&order->status_color, ofc_statement_get_text (statement, 11));
  refs->client_discount = (int) ofc_statement_get_int64 (statement, 1);
  refs->series_prefix = ofc_statement_dup_text (statement, 8);
  refs->status_group = (int) ofc_statement_get_int64 (statement, 12);
  refs->status_norm_hours = (int) ofc_statement_get_int64 (statement, 13);
  refs->status_archived = ofc_statement_get_bool (statement, 14);
  return TRUE;
}

/* a new order's location, type and status when the form left them empty */
static gboolean
fill_defaults (OfcDatabase *database, OfcOrder *order, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (
      database,
      "SELECT l.id, ifnull((SELECT id FROM order_type WHERE id = l.order_type_id AND archived = 0),"
      " (SELECT id FROM order_type WHERE archived = 0 ORDER BY code IS NOT 'paid', position"
      " LIMIT 1)), (SELECT id FROM order_status WHERE archived = 0 AND status_group = 0"
      " ORDER BY position, name LIMIT 1)"
      " FROM location AS l WHERE l.id = ifnull(?1, (SELECT id FROM location WHERE is_default = 1))",
      error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, _ofc_record_nullable_uuid (&order->location_id));
  if (!ofc_statement_step (statement, &local))
    {
      if (local == NULL)
        ofc_set_invalid (&local, "location-id", _ ("Choose the location"));
      g_propagate_error (error, local);
      return FALSE;
    }
  ofc_statement_get_uuid (statement, 0, &order->location_id);
  if (ofc_uuid_is_nil (&order->type_id))
    ofc_statement_get_uuid (statement, 1, &order->type_id);
  if (ofc_uuid_is_nil (&order->status_id))
    ofc_statement_get_uuid (statement, 2, &order->status_id);
  return TRUE;
}

/**
 * _ofc_order_overdue_at:
 *
 * When an order becomes overdue: the earlier of its deadline and the end of its status's
 * time norm; 0 when neither applies or the order is closed. The order_status_follow
 * trigger and the status remap compute the same in SQL.
 */
gint64
_ofc_order_overdue_at (gint64 deadline, gint64 status_since, int norm_hours, OfcStatusGroup group)
{
  gint64 norm_end;

  if (ofc_status_group_is_closed (group))
    return 0;
  if (norm_hours <= 0)
    return deadline;
  norm_end = status_since + (gint64) norm_hours * 3600 * G_USEC_PER_SEC;
  return deadline != 0 ? MIN (deadline, norm_end) : norm_end;
}

static gboolean
check_input (OfcOrder *order, GError **error)
{
  if (!_ofc_record_clean_text (G_OBJECT (order), &_ofc_order_record, error))
    return FALSE;
  if (ofc_uuid_is_nil (&order->client_id))
    ofc_set_invalid (error, "client-id", _ ("Choose the client"));
  else if (order->estimate < 0)
    ofc_set_invalid (error, "estimate", _ ("The estimated price cannot be negative"));
  else if (order->deadline < 0)
    ofc_set_invalid (error, "deadline", _ ("The deadline is not a valid time"));
  else
    return TRUE;
  return FALSE;
}

/* the status rules: an allowed transition, and a verdict for a closed order */
static gboolean
check_status (
    OfcDatabase *database, OfcOrder *order, OfcOrder *before, const Refs *refs, GError **error)
{
  if (before != NULL && !ofc_uuid_equal (&before->status_id, &order->status_id) &&
      !_ofc_order_status_allows (database, &before->status_id, &order->status_id))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                   _ ("Order %s cannot go from “%s” to “%s”; that transition is not allowed"),
                   before->number, before->status_name, order->status_name);
      return FALSE;
    }
  if (before == NULL && (refs->status_group != OFC_STATUS_GROUP_NEW || refs->status_archived))
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                   _ ("A new order starts in a status of the “New” group, not “%s”"),
                   order->status_name);
      return FALSE;
    }
  if (ofc_status_group_is_closed (refs->status_group) && ofc_text_is_blank (order->verdict))
    {
      ofc_set_invalid (error, "verdict", _ ("Write the verdict before closing order %s"),
                       before != NULL ? before->number : "");
      return FALSE;
    }
  return TRUE;
}

static gboolean
learn (OfcDatabase *database, OfcOrder *order, OfcOrder *before, GError **error)
{
  gboolean device_changed = before == NULL || g_strcmp0 (before->brand, order->brand) != 0 ||
                            g_strcmp0 (before->model, order->model) != 0 ||
                            !ofc_uuid_equal (&before->device_type_id, &order->device_type_id);

  if (device_changed &&
      !_ofc_catalog_learn_device (database, _ofc_record_nullable_uuid (&order->device_type_id),
                                  order->brand, order->model, &order->model_id, error))
    return FALSE;
#define CHANGED(member) (before == NULL || g_strcmp0 (before->member, order->member) != 0)
  return (!CHANGED (malfunction) || _ofc_catalog_learn_phrases (database, OFC_INTAKE_MALFUNCTION,
                                                                order->malfunction, error)) &&
         (!CHANGED (appearance) ||
          _ofc_catalog_learn_phrases (database, OFC_INTAKE_APPEARANCE, order->appearance, error)) &&
         (!CHANGED (completeness) || _ofc_catalog_learn_phrases (database, OFC_INTAKE_COMPLETENESS,
                                                                 order->completeness, error));
#undef CHANGED
}

/* status times and the overdue moment follow the status (and the deadline) */
static void
apply_status (OfcOrder *order, OfcOrder *before, const Refs *refs, gint64 now)
{
  gboolean moved = before == NULL || !ofc_uuid_equal (&before->status_id, &order->status_id);
  gboolean closed = ofc_status_group_is_closed (refs->status_group);

  order->status_group = refs->status_group;
  order->status_since = moved ? now : before->status_since;
  if (!closed)
    order->closed_at = 0;
  else if (moved || before->closed_at == 0)
    order->closed_at = now;
  else
    order->closed_at = before->closed_at;
  order->overdue_at = _ofc_order_overdue_at (order->deadline, order->status_since,
                                             refs->status_norm_hours, refs->status_group);
}

static void
add_refs (OfcChangeSet *changes, OfcOrder *before, OfcOrder *order, gboolean with_status)
{
  for (gsize i = 0; i < G_N_ELEMENTS (ref_checks); i++)
    {
      const RefCheck *check = &ref_checks[i];

      if (!with_status && g_str_equal (check->field, "status-id"))
        continue;
      ofc_change_set_ref (
          changes, check->field,
          before != NULL ? _ofc_record_nullable_uuid (G_STRUCT_MEMBER_P (before, check->id_offset))
                         : NULL,
          before != NULL ? *(char **) G_STRUCT_MEMBER_P (before, check->name_offset) : NULL,
          _ofc_record_nullable_uuid (G_STRUCT_MEMBER_P (order, check->id_offset)),
          *(char **) G_STRUCT_MEMBER_P (order, check->name_offset));
    }
}

static gboolean
journal (OfcDatabase *database, OfcOrder *order, OfcOrder *before, GError **error)
{
  g_autoptr (OfcChangeSet) changes =
      before == NULL ? ofc_change_set_new_creation () : ofc_change_set_new ();
  g_autofree char *currency = _ofc_shop_currency (database);

  _ofc_record_diff (G_OBJECT (before), G_OBJECT (order), &_ofc_order_record, currency, changes);
  add_refs (changes, before, order, before == NULL);
  if (before == NULL)
    return ofc_journal_append (database, ORDER_ENTITY, &order->id, OFC_JOURNAL_CREATE, changes,
                               error);
  if (!ofc_uuid_equal (&before->status_id, &order->status_id))
    {
      g_autoptr (OfcChangeSet) status = ofc_change_set_new ();

      ofc_change_set_ref (status, "status-id", &before->status_id, before->status_name,
                          &order->status_id, order->status_name);
      if (!ofc_journal_append (database, ORDER_ENTITY, &order->id, "status", status, error))
        return FALSE;
    }
  return ofc_change_set_is_empty (changes) ||
         ofc_journal_append (database, ORDER_ENTITY, &order->id, OFC_JOURNAL_UPDATE, changes,
                             error);
}

#define INSERT_SQL                                                                          \
  "INSERT INTO repair_order (id, number, series, seq, client_id, type_id, location_id,"     \
  " device_type_id, model_id, brand, model, serial, malfunction, appearance, completeness," \
  " receiver_notes, estimate, urgent, deadline, manager_id, executor_id, status_id,"        \
  " status_group, status_since, overdue_at, closed_at, discount_works, executor_notes,"     \
  " verdict, recommendations, version, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5," \
  " ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23,"  \
  " ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33)"

#define UPDATE_SQL                                                                      \
  "UPDATE repair_order SET client_id = ?5, type_id = ?6, location_id = ?7,"             \
  " device_type_id = ?8, model_id = ?9, brand = ?10, model = ?11, serial = ?12,"        \
  " malfunction = ?13, appearance = ?14, completeness = ?15, receiver_notes = ?16,"     \
  " estimate = ?17, urgent = ?18, deadline = ?19, manager_id = ?20, executor_id = ?21," \
  " status_id = ?22, status_group = ?23, status_since = ?24, overdue_at = ?25,"         \
  " closed_at = ?26, discount_works = ?27, executor_notes = ?28, verdict = ?29,"        \
  " recommendations = ?30, version = ?31, updated_at = ?33 WHERE id = ?1 AND version = ?34"

static gboolean
store_row (OfcDatabase *database, OfcOrder *order, gint64 old_version, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  int next;

  statement = ofc_database_prepare (database, old_version == 0 ? INSERT_SQL : UPDATE_SQL, error);
  if (statement == NULL)
    return FALSE;
  next = _ofc_record_bind (G_OBJECT (order), &_ofc_order_record, statement, 1);
  if (old_version != 0)
    ofc_statement_bind_int64 (statement, next, old_version);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (old_version != 0 && ofc_database_get_changes (database) == 0)
    {
      _ofc_set_conflict (error, order->number);
      return FALSE;
    }
  return TRUE;
}

static gboolean
create_in_transaction (OfcDatabase *database, OfcOrder *order, GError **error)
{
  g_auto (Refs) refs = { 0 };
  gint64 now = ofc_database_now (database);

  if (!fill_defaults (database, order, error) || !read_refs (database, order, NULL, &refs, error) ||
      !check_status (database, order, NULL, &refs, error) ||
      !learn (database, order, NULL, error) ||
      !_ofc_order_next_number (database, refs.series_prefix, &order->seq, error))
    return FALSE;
  ofc_uuid_generate (&order->id);
  _ofc_replace_string (&order->series, refs.series_prefix);
  g_free (order->number);
  order->number = _ofc_order_format_number (refs.series_prefix, order->seq);
  order->discount_works = refs.client_discount;
  apply_status (order, NULL, &refs, now);
  order->version = 1;
  order->created_at = order->updated_at = now;
  /* the sticker and receipt that print by themselves commit with the order or not at all */
  return store_row (database, order, 0, error) && journal (database, order, NULL, error) &&
         ofc_print_jobs_enqueue_for_new_order (database, &order->id, NULL, error);
}

/* fields only the store sets keep their stored values, whatever the caller's copy says */
static void
keep_stored (OfcOrder *order, OfcOrder *before)
{
  _ofc_replace_string (&order->number, before->number);
  _ofc_replace_string (&order->series, before->series);
  order->seq = before->seq;
  order->model_id = before->model_id;
  order->discount_works = before->discount_works;
  order->created_at = before->created_at;
}

static gboolean
update_in_transaction (OfcDatabase *database, OfcOrder *order, GError **error)
{
  g_autoptr (OfcOrder) before = _ofc_order_load (database, &order->id, error);
  g_auto (Refs) refs = { 0 };

  if (before == NULL)
    return FALSE;
  if (before->version != order->version)
    {
      _ofc_set_conflict (error, before->number);
      return FALSE;
    }
  keep_stored (order, before);
  if (!read_refs (database, order, before, &refs, error) ||
      !check_status (database, order, before, &refs, error) ||
      !learn (database, order, before, error))
    return FALSE;
  if (!ofc_uuid_equal (&before->client_id, &order->client_id))
    order->discount_works = refs.client_discount;
  apply_status (order, before, &refs, ofc_database_now (database));
  order->version = before->version + 1;
  order->updated_at = ofc_database_now (database);
  return store_row (database, order, before->version, error) &&
         journal (database, order, before, error);
}

/**
 * _ofc_order_write:
 *
 * Creates (a nil id) or updates @order in its own, possibly nested, transaction. On
 * failure nothing is written and @order is as it was.
 */
gboolean
_ofc_order_write (OfcDatabase *database, OfcOrder *order, GError **error)
{
  g_autoptr (OfcTransaction) transaction = NULL;
  g_autoptr (OfcOrder) saved = NULL;
  gboolean creating = !ofc_order_is_saved (order);

  if (!check_input (order, error))
    return FALSE;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL)
    return FALSE;
  saved = ofc_order_copy (order);
  if ((creating ? create_in_transaction (database, order, error)
                : update_in_transaction (database, order, error)) &&
      ofc_transaction_commit (transaction, error))
    return TRUE;
  _ofc_record_copy (G_OBJECT (order), G_OBJECT (saved), &_ofc_order_record);
  return FALSE;
}
