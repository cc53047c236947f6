/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderList: count and first page synchronously, all ids in a worker thread with its
 * own connection, orders materialised a page at a time on demand.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "orders/ofc-order-list.h"
#include "orders/ofc-order-private.h"
#include "orders/ofc-order-query-private.h"

/* cached pages beyond this are dropped; GTK keeps the rows it shows alive itself */
#define MAX_PAGES 64
/* how often the worker checks for cancellation */
#define CHECK_EVERY 4096

struct _OfcOrderList
{
  GObject parent_instance;

  OfcContext *context;
  OfcOrderFilter *filter;
  GArray *ids;       /* gint64 rowids in list order */
  GHashTable *pages; /* page index → GPtrArray of OfcOrder */
  GCancellable *worker;
  gboolean held;       /* the worker waits for ofc_order_list_release() … */
  gboolean worker_due; /* … and is due, for the ids as of @due_now */
  gint64 due_now;
  GError *error;
  gint64 total;
  guint reload_source;
};

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_FILTER,
  PROP_TOTAL,
  PROP_LOADING,
  PROP_N_ITEMS,
  PROP_HELD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OfcOrderList,
                               ofc_order_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

typedef struct
{
  OfcDatabase *database; /* the main connection, only to open another */
  OfcOrderFilter *filter;
  gint64 now;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_object_unref (data->database);
  ofc_order_filter_free (data->filter);
  g_free (data);
}

/*
 * Reading ids
 */

static GArray *
read_ids (OfcDatabase *database,
          const OfcOrderFilter *filter,
          gint64 now,
          gint64 limit,
          GCancellable *cancellable,
          GError **error)
{
  g_auto (OfcOrderQuery) query = { 0 };
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *local = NULL;

  _ofc_order_query_init (&query, filter, OFC_ORDER_QUERY_IDS, limit > 0);
  if (filter->search != NULL && query.match == NULL)
    return g_steal_pointer (&ids);
  statement = ofc_database_prepare (database, query.sql, error);
  if (statement == NULL)
    return NULL;
  _ofc_order_query_bind (&query, statement, filter, now, limit, 0);
  while (ofc_statement_step (statement, &local))
    {
      gint64 rowid = ofc_statement_get_int64 (statement, 0);

      g_array_append_val (ids, rowid);
      if (ids->len % CHECK_EVERY == 0 && g_cancellable_set_error_if_cancelled (cancellable, &local))
        break;
    }
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

static void
load_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr (OfcDatabase) database = NULL;
  GError *error = NULL;
  GArray *ids;

  database = ofc_database_open_another (data->database, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  ids = read_ids (database, data->filter, data->now, 0, cancellable, &error);
  if (ids == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

/*
 * Loading
 */

static void
set_error (OfcOrderList *self, GError *error)
{
  g_clear_error (&self->error);
  self->error = error;
  if (error != NULL)
    g_warning ("cannot list orders: %s", error->message);
}

/* replaces the ids; the first @kept are known to be unchanged */
static void
replace_ids (OfcOrderList *self, GArray *ids, guint kept)
{
  guint old_n = self->ids->len;

  g_array_unref (self->ids);
  self->ids = ids;
  if (kept == 0)
    g_hash_table_remove_all (self->pages);
  g_list_model_items_changed (G_LIST_MODEL (self), kept, old_n - kept, ids->len - kept);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static gboolean
same_prefix (GArray *a, GArray *b)
{
  if (a->len > b->len)
    return FALSE;
  return memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

static void
load_done (GObject *source, GAsyncResult *result, gpointer user_data)
{
  OfcOrderList *self = OFC_ORDER_LIST (source);
  GError *error = NULL;
  GArray *ids = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      return;
    }
  g_clear_object (&self->worker);
  if (ids == NULL)
    set_error (self, error);
  else
    {
      replace_ids (self, ids, same_prefix (self->ids, ids) ? self->ids->len : 0);
      self->total = ids->len;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
start_worker (OfcOrderList *self, gint64 now)
{
  LoadData *data = g_new0 (LoadData, 1);
  g_autoptr (GTask) task = NULL;

  self->worker = g_cancellable_new ();
  task = g_task_new (self, self->worker, load_done, NULL);
  data->database = g_object_ref (ofc_context_get_database (self->context));
  data->filter = ofc_order_filter_copy (self->filter);
  data->now = now;
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_set_source_tag (task, start_worker);
  g_task_run_in_thread (task, load_in_thread);
}

static void
start_or_hold_worker (OfcOrderList *self, gint64 now)
{
  self->worker_due = self->held;
  self->due_now = now;
  if (!self->held)
    start_worker (self, now);
}

/* an in-memory database has no second connection: read everything here */
static gboolean
can_use_worker (OfcDatabase *database)
{
  return g_strcmp0 (ofc_database_get_path (database), OFC_DATABASE_MEMORY) != 0;
}

/**
 * ofc_order_list_reload:
 *
 * Reads the count and the first page now, and the rest in the background.
 */
void
ofc_order_list_reload (OfcOrderList *self)
{
  OfcDatabase *database = ofc_context_get_database (self->context);
  gint64 now = ofc_database_now (database);
  gboolean use_worker = can_use_worker (database);
  GError *error = NULL;
  GArray *first;

  g_return_if_fail (OFC_IS_ORDER_LIST (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->worker != NULL)
    g_cancellable_cancel (self->worker);
  g_clear_object (&self->worker);
  self->worker_due = FALSE;
  set_error (self, NULL);
  if (!_ofc_order_count (database, self->filter, &self->total, &error) ||
      (first = read_ids (database, self->filter, now, use_worker ? OFC_ORDER_LIST_PAGE : 0, NULL,
                         &error)) == NULL)
    {
      set_error (self, error);
      self->total = 0;
      first = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  replace_ids (self, first, 0);
  if (use_worker && self->total > (gint64) first->len)
    start_or_hold_worker (self, now);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
reload_idle (gpointer user_data)
{
  OfcOrderList *self = user_data;

  self->reload_source = 0;
  ofc_order_list_reload (self);
  return G_SOURCE_REMOVE;
}

/* what the rows show changed: reload once this main-loop turn, however many writes */
static void
on_changed (OfcContext *context, const char *entity, OfcOrderList *self)
{
  static const char *const shown[] = { "order",    "client",   "order_status", "order_type",
                                       "employee", "location", "device_type", NULL };

  if (!g_strv_contains (shown, entity) || self->reload_source != 0)
    return;
  self->reload_source = g_idle_add (reload_idle, self);
}

/*
 * GListModel
 */

static GType
get_item_type (GListModel *list)
{
  return OFC_TYPE_ORDER;
}

static guint
get_n_items (GListModel *list)
{
  return OFC_ORDER_LIST (list)->ids->len;
}

static GPtrArray *
load_page (OfcOrderList *self, guint page)
{
  guint start = page * OFC_ORDER_LIST_PAGE;
  guint n = MIN (OFC_ORDER_LIST_PAGE, self->ids->len - start);
  g_autoptr (GError) error = NULL;
  GPtrArray *orders;

  orders = _ofc_order_load_rowids (ofc_context_get_database (self->context),
                                   &g_array_index (self->ids, gint64, start), n, &error);
  if (orders == NULL)
    {
      g_warning ("cannot read orders: %s", error->message);
      return NULL;
    }
  if (g_hash_table_size (self->pages) >= MAX_PAGES)
    g_hash_table_remove_all (self->pages);
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), orders);
  return orders;
}

static gpointer
get_item (GListModel *list, guint position)
{
  OfcOrderList *self = OFC_ORDER_LIST (list);
  guint page = position / OFC_ORDER_LIST_PAGE;
  guint offset = position % OFC_ORDER_LIST_PAGE;
  GPtrArray *orders;

  if (position >= self->ids->len)
    return NULL;
  orders = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (orders == NULL)
    orders = load_page (self, page);
  if (orders == NULL || offset >= orders->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (orders, offset));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/*
 * GObject
 */

static void
ofc_order_list_constructed (GObject *object)
{
  OfcOrderList *self = OFC_ORDER_LIST (object);

  G_OBJECT_CLASS (ofc_order_list_parent_class)->constructed (object);
  g_signal_connect_object (self->context, "changed", G_CALLBACK (on_changed), self, 0);
  ofc_order_list_reload (self);
}

static void
ofc_order_list_dispose (GObject *object)
{
  OfcOrderList *self = OFC_ORDER_LIST (object);

  if (self->worker != NULL)
    g_cancellable_cancel (self->worker);
  g_clear_object (&self->worker);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (ofc_order_list_parent_class)->dispose (object);
}

static void
ofc_order_list_finalize (GObject *object)
{
  OfcOrderList *self = OFC_ORDER_LIST (object);

  ofc_order_filter_free (self->filter);
  g_array_unref (self->ids);
  g_hash_table_unref (self->pages);
  g_clear_error (&self->error);
  G_OBJECT_CLASS (ofc_order_list_parent_class)->finalize (object);
}

static void
ofc_order_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcOrderList *self = OFC_ORDER_LIST (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      case PROP_FILTER:
        g_value_set_boxed (value, self->filter);
        break;
      case PROP_TOTAL:
        g_value_set_int64 (value, self->total);
        break;
      case PROP_LOADING:
        g_value_set_boolean (value, ofc_order_list_get_loading (self));
        break;
      case PROP_N_ITEMS:
        g_value_set_uint (value, self->ids->len);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* during construction the filter is only kept; the first load is in constructed() */
static void
set_filter_value (OfcOrderList *self, const OfcOrderFilter *filter)
{
  g_autoptr (OfcOrderFilter) fallback = NULL;

  if (filter == NULL)
    filter = fallback = ofc_order_filter_new ();
  if (self->filter == NULL)
    self->filter = ofc_order_filter_copy (filter);
  else
    ofc_order_list_set_filter (self, filter);
}

static void
ofc_order_list_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  OfcOrderList *self = OFC_ORDER_LIST (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      case PROP_FILTER:
        set_filter_value (self, g_value_get_boxed (value));
        break;
      case PROP_HELD:
        self->held = g_value_get_boolean (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_order_list_class_init (OfcOrderListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = ofc_order_list_constructed;
  object_class->dispose = ofc_order_list_dispose;
  object_class->finalize = ofc_order_list_finalize;
  object_class->get_property = ofc_order_list_get_property;
  object_class->set_property = ofc_order_list_set_property;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] = g_param_spec_boxed (
      "filter", NULL, NULL, OFC_TYPE_ORDER_FILTER,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOTAL] = g_param_spec_int64 ("total", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, ro);
  /* TRUE: the first load reads the count and the first page only, and the rest waits for
   * ofc_order_list_release(), so a view can paint its first screen without a reader
   * competing for the disk and the CPU */
  properties[PROP_HELD] =
      g_param_spec_boolean ("held", NULL, NULL, FALSE,
                            G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_order_list_init (OfcOrderList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
}

/*
 * Public API
 */

/**
 * ofc_order_list_new:
 * @filter: (nullable): the filter; %NULL: every order, newest first
 *
 * Returns: (transfer full): the list, already showing its first page
 */
OfcOrderList *
ofc_order_list_new (OfcContext *context, const OfcOrderFilter *filter)
{
  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  return g_object_new (OFC_TYPE_ORDER_LIST, "context", context, "filter", filter, NULL);
}

const OfcOrderFilter *
ofc_order_list_get_filter (OfcOrderList *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_LIST (self), NULL);
  return self->filter;
}

/**
 * ofc_order_list_set_filter:
 *
 * Shows the orders @filter selects, in its order; reloads unless the filter is the same.
 */
void
ofc_order_list_set_filter (OfcOrderList *self, const OfcOrderFilter *filter)
{
  g_return_if_fail (OFC_IS_ORDER_LIST (self));
  g_return_if_fail (filter != NULL);

  if (ofc_order_filter_equal (self->filter, filter))
    return;
  ofc_order_filter_free (self->filter);
  self->filter = ofc_order_filter_copy (filter);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
  ofc_order_list_reload (self);
}

/**
 * ofc_order_list_get_total:
 *
 * Returns: how many orders the filter matches, known from the first moment
 */
gint64
ofc_order_list_get_total (OfcOrderList *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_LIST (self), 0);
  return self->total;
}

gboolean
ofc_order_list_get_loading (OfcOrderList *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_LIST (self), FALSE);
  return self->worker != NULL || self->worker_due;
}

/**
 * ofc_order_list_release:
 *
 * Lets a list made with #OfcOrderList:held read the rest of its ids; it reads them at once
 * from now on. Harmless when not held.
 */
void
ofc_order_list_release (OfcOrderList *self)
{
  g_return_if_fail (OFC_IS_ORDER_LIST (self));

  self->held = FALSE;
  if (!self->worker_due)
    return;
  self->worker_due = FALSE;
  start_worker (self, self->due_now);
}

/**
 * ofc_order_list_get_error:
 *
 * Returns: (nullable): why the last load failed
 */
const GError *
ofc_order_list_get_error (OfcOrderList *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_LIST (self), NULL);
  return self->error;
}
