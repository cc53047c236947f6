/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientList: a lazy GListModel of clients. It keeps the row ids of its query and a
 * small cache of materialised pages; refreshing compares the old and new ids so a view
 * sees the smallest change, and the journal tells which unmoved rows were edited.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "ofc-client-private.h"

#define PAGE_SIZE 50
#define MAX_PAGES 8 /* about two screens of a tall column view, plus scrolling room */
#define FIRST_SCREEN 200 /* rows shown at once while the rest of a long list loads */

struct _OfcClientList
{
  GObject parent_instance;

  /* Owned references */
  OfcClientStore *store;
  char *text;
  GArray *rowids;    /* gint64, in list order */
  GHashTable *pages; /* page number → GPtrArray of OfcClient */
  GQueue page_order; /* page numbers, most recently used first */

  OfcClientSortKey sort_key;
  gboolean descending;
  gboolean include_archived;
  gboolean has_more;
  gint64 journal_seq; /* the journal's end when the ids were loaded */
  guint refresh_source;
  gboolean refresh_all;      /* the pending refresh must treat every row as changed */
  GCancellable *background;  /* the rest of a long list, loading in a worker thread */
  gboolean background_allowed;
};

static void ofc_client_list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OfcClientList,
                               ofc_client_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ofc_client_list_model_iface_init))

G_DEFINE_ENUM_TYPE (OfcClientSortKey,
                    ofc_client_sort_key,
                    G_DEFINE_ENUM_VALUE (OFC_CLIENT_SORT_NAME, "name"),
                    G_DEFINE_ENUM_VALUE (OFC_CLIENT_SORT_CREATED, "created"),
                    G_DEFINE_ENUM_VALUE (OFC_CLIENT_SORT_UPDATED, "updated"))

enum
{
  PROP_0,
  PROP_STORE,
  PROP_TEXT,
  PROP_INCLUDE_ARCHIVED,
  PROP_SORT_KEY,
  PROP_SORT_DESCENDING,
  PROP_HAS_MORE,
  PROP_N_ITEMS,
  PROP_LOADING,
  PROP_LOAD_IN_BACKGROUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * The page cache
 */

static void
clear_cache (OfcClientList *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->page_order);
}

/* a row that cannot be read still needs an item: the view asked for a position we have */
static OfcClient *
load_item (OfcClientList *self, gint64 rowid)
{
  g_autoptr (GError) error = NULL;
  OfcDatabase *database = ofc_context_get_database (self->store->context);
  OfcClient *client = _ofc_client_load_rowid (database, rowid, &error);

  if (client == NULL)
    {
      g_warning ("cannot read client %" G_GINT64_FORMAT ": %s", rowid, error->message);
      client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
    }
  return client;
}

static void
evict_pages (OfcClientList *self)
{
  while (g_queue_get_length (&self->page_order) > MAX_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->page_order));
}

static GPtrArray *
ensure_page (OfcClientList *self, guint page)
{
  GPtrArray *items = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  guint end = MIN ((page + 1) * PAGE_SIZE, self->rowids->len);

  if (items != NULL)
    {
      g_queue_remove (&self->page_order, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
      return items;
    }
  items = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = page * PAGE_SIZE; i < end; i++)
    g_ptr_array_add (items, load_item (self, g_array_index (self->rowids, gint64, i)));
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_head (&self->page_order, GUINT_TO_POINTER (page));
  evict_pages (self);
  return items;
}

/*
 * GListModel
 */

static GType
ofc_client_list_get_item_type (GListModel *model)
{
  return OFC_TYPE_CLIENT;
}

static guint
ofc_client_list_get_n_items (GListModel *model)
{
  return OFC_CLIENT_LIST (model)->rowids->len;
}

static gpointer
ofc_client_list_get_item (GListModel *model, guint position)
{
  OfcClientList *self = OFC_CLIENT_LIST (model);
  GPtrArray *items;

  if (position >= self->rowids->len)
    return NULL;
  items = ensure_page (self, position / PAGE_SIZE);
  return g_object_ref (g_ptr_array_index (items, position % PAGE_SIZE));
}

static void
ofc_client_list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ofc_client_list_get_item_type;
  iface->get_n_items = ofc_client_list_get_n_items;
  iface->get_item = ofc_client_list_get_item;
}

/*
 * Applying new ids
 */

static gboolean
rowid_in (GHashTable *set, GArray *rowids, guint position)
{
  return g_hash_table_contains (set, &g_array_index (rowids, gint64, position));
}

/* rows that stayed in place but whose client was written: one change each */
static void
emit_edited (OfcClientList *self, GHashTable *changed, guint prefix, guint suffix)
{
  guint n = self->rowids->len;

  if (g_hash_table_size (changed) == 0)
    return;
  for (guint i = 0; i < prefix; i++)
    if (rowid_in (changed, self->rowids, i))
      g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
  for (guint i = n - suffix; i < n; i++)
    if (rowid_in (changed, self->rowids, i))
      g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
}

static void
common_ends (GArray *old_ids, GArray *new_ids, guint *prefix, guint *suffix)
{
  guint limit = MIN (old_ids->len, new_ids->len);
  gint64 *a = (gint64 *)old_ids->data;
  gint64 *b = (gint64 *)new_ids->data;

  *prefix = 0;
  while (*prefix < limit && a[*prefix] == b[*prefix])
    (*prefix)++;
  *suffix = 0;
  while (*suffix < limit - *prefix &&
         a[old_ids->len - 1 - *suffix] == b[new_ids->len - 1 - *suffix])
    (*suffix)++;
}

/**
 * apply_ids:
 * @new_ids: (transfer full): the new row ids
 * @changed: (nullable): rowids of clients written since the last load; %NULL: all of them
 */
static void
apply_ids (OfcClientList *self, GArray *new_ids, GHashTable *changed)
{
  g_autoptr (GArray) old_ids = self->rowids;
  guint prefix = 0, suffix = 0;

  self->rowids = new_ids;
  clear_cache (self);
  if (changed != NULL)
    common_ends (old_ids, new_ids, &prefix, &suffix);
  if (prefix + suffix < MAX (old_ids->len, new_ids->len))
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, old_ids->len - prefix - suffix,
                                new_ids->len - prefix - suffix);
  if (changed != NULL)
    emit_edited (self, changed, prefix, suffix);
  if (old_ids->len != new_ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
set_has_more (OfcClientList *self, gboolean has_more)
{
  if (self->has_more == has_more)
    return;
  self->has_more = has_more;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_MORE]);
}

typedef struct
{
  OfcDatabase *database; /* the main connection, only to open another */
  gboolean include_archived;
  OfcClientSortKey key;
  gboolean descending;
} BackgroundLoad;

static void
background_load_free (gpointer data)
{
  BackgroundLoad *load = data;

  g_object_unref (load->database);
  g_free (load);
}

/* runs in a worker thread on a connection of its own; WAL lets it read beside the writer */
static void
load_rest_thread (GTask *task, gpointer source, gpointer data, GCancellable *cancellable)
{
  BackgroundLoad *load = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open_another (load->database, &error);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* one pass over an index gains nothing from a large page cache, and memory freed by a
   * worker thread tends to stay with the process */
  if (database == NULL || !ofc_database_exec (database, "PRAGMA cache_size=-1000", &error)
      || !_ofc_client_list_load_first_ids (database, load->include_archived, load->key,
                                           load->descending, -1, ids, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify)g_array_unref);
}

static void
on_rest_loaded_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  OfcClientList *self = OFC_CLIENT_LIST (source);
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) ids = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr (GHashTable) unchanged = NULL;

  if (ids == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("cannot load the client list: %s", error->message);
      return;
    }
  /* the first screen is a prefix of the whole list, so views see rows appended */
  unchanged = g_hash_table_new (g_int64_hash, g_int64_equal);
  apply_ids (self, g_steal_pointer (&ids), unchanged);
  g_clear_object (&self->background);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static gboolean
loads_in_background (OfcClientList *self)
{
  return self->background_allowed && ofc_text_is_blank (self->text)
         && g_strcmp0 (ofc_database_get_path (
                         ofc_context_get_database (ofc_client_store_get_context (self->store))),
                       OFC_DATABASE_MEMORY)
              != 0;
}

/* a new unsearched list: the first screen now, the rest from a worker thread, so opening
 * the Clients page on a book of 300,000 never waits on reading 300,000 ids */
static gboolean
reload_in_background (OfcClientList *self, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (ofc_client_store_get_context (self->store));
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GTask) task = NULL;
  BackgroundLoad *load;

  if (!_ofc_client_list_load_first_ids (database, self->include_archived, self->sort_key,
                                        self->descending, FIRST_SCREEN, ids, error))
    return FALSE;
  self->journal_seq = _ofc_client_list_get_journal_seq (self->store);
  apply_ids (self, g_steal_pointer (&ids), NULL);
  set_has_more (self, FALSE);
  if (self->rowids->len < FIRST_SCREEN)
    return TRUE;
  load = g_new0 (BackgroundLoad, 1);
  load->database = g_object_ref (database);
  load->include_archived = self->include_archived;
  load->key = self->sort_key;
  load->descending = self->descending;
  self->background = g_cancellable_new ();
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  task = g_task_new (self, self->background, on_rest_loaded_cb, NULL);
  g_task_set_task_data (task, load, background_load_free);
  g_task_run_in_thread (task, load_rest_thread);
  return TRUE;
}

/* reloads the ids; @same_query keeps as many batches of a search as were loaded;
 * @all_changed when every row may hold new data (a renamed source) rather than only the
 * rows the journal names */
static gboolean
reload (OfcClientList *self, gboolean same_query, gboolean all_changed, GError **error)
{
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr (GHashTable) changed = NULL;
  gint64 seq = _ofc_client_list_get_journal_seq (self->store);
  gboolean has_more;

  /* a newer load always wins over one still running */
  g_cancellable_cancel (self->background);
  g_clear_object (&self->background);
  if (!same_query && loads_in_background (self))
    return reload_in_background (self, error);
  if (!_ofc_client_list_load_ids (self->store, self->text, self->include_archived, self->sort_key,
                                  self->descending, same_query ? self->rowids->len : 0, ids,
                                  &has_more, error))
    return FALSE;
  if (!all_changed)
    changed = _ofc_client_list_dup_changed (self->store, self->journal_seq);
  self->journal_seq = seq;
  apply_ids (self, g_steal_pointer (&ids), changed);
  set_has_more (self, has_more);
  return TRUE;
}

static gboolean
refresh_cb (gpointer data)
{
  OfcClientList *self = data;
  g_autoptr (GError) error = NULL;

  self->refresh_source = 0;
  if (!reload (self, TRUE, self->refresh_all, &error))
    g_warning ("cannot refresh the client list: %s", error->message);
  self->refresh_all = FALSE;
  return G_SOURCE_REMOVE;
}

/* writes come in bursts (a workflow saves several rows); one refresh serves them all */
static void
schedule_refresh (OfcClientList *self, gboolean all_changed)
{
  self->refresh_all = self->refresh_all || all_changed;
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, refresh_cb, self, NULL);
}

static void
on_clients_changed (OfcClientList *self)
{
  schedule_refresh (self, FALSE);
}

/* a renamed source changes rows the journal of clients does not name */
static void
on_sources_changed (OfcClientList *self)
{
  schedule_refresh (self, TRUE);
}

/*
 * GObject
 */

static void
ofc_client_list_constructed (GObject *object)
{
  OfcClientList *self = (OfcClientList *)object;
  OfcContext *context;
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (ofc_client_list_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  context = ofc_client_store_get_context (self->store);
  g_signal_connect_object (context, "changed::" OFC_CLIENT_ENTITY, G_CALLBACK (on_clients_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "changed::" OFC_CLIENT_SOURCE_ENTITY,
                           G_CALLBACK (on_sources_changed), self, G_CONNECT_SWAPPED);
  if (!reload (self, FALSE, TRUE, &error))
    g_warning ("cannot load the client list: %s", error->message);
}

static void
ofc_client_list_dispose (GObject *object)
{
  OfcClientList *self = (OfcClientList *)object;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->background);
  g_clear_object (&self->background);
  clear_cache (self);

  G_OBJECT_CLASS (ofc_client_list_parent_class)->dispose (object);
}

static void
ofc_client_list_finalize (GObject *object)
{
  OfcClientList *self = (OfcClientList *)object;

  g_clear_object (&self->store);
  g_free (self->text);
  g_array_unref (self->rowids);
  g_hash_table_unref (self->pages);

  G_OBJECT_CLASS (ofc_client_list_parent_class)->finalize (object);
}

static void
ofc_client_list_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClientList *self = OFC_CLIENT_LIST (object);

  switch (prop_id)
    {
      case PROP_STORE:
        g_value_set_object (value, self->store);
        break;
      case PROP_TEXT:
        g_value_set_string (value, ofc_client_list_get_text (self));
        break;
      case PROP_INCLUDE_ARCHIVED:
        g_value_set_boolean (value, self->include_archived);
        break;
      case PROP_SORT_KEY:
        g_value_set_enum (value, self->sort_key);
        break;
      case PROP_SORT_DESCENDING:
        g_value_set_boolean (value, self->descending);
        break;
      case PROP_HAS_MORE:
        g_value_set_boolean (value, self->has_more);
        break;
      case PROP_N_ITEMS:
        g_value_set_uint (value, self->rowids->len);
        break;
      case PROP_LOADING:
        g_value_set_boolean (value, self->background != NULL);
        break;
      case PROP_LOAD_IN_BACKGROUND:
        g_value_set_boolean (value, self->background_allowed);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_list_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  OfcClientList *self = OFC_CLIENT_LIST (object);

  switch (prop_id)
    {
      case PROP_STORE:
        self->store = g_value_dup_object (value);
        break;
      case PROP_LOAD_IN_BACKGROUND:
        self->background_allowed = g_value_get_boolean (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)

static void
ofc_client_list_class_init (OfcClientListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ofc_client_list_constructed;
  object_class->dispose = ofc_client_list_dispose;
  object_class->finalize = ofc_client_list_finalize;
  object_class->get_property = ofc_client_list_get_property;
  object_class->set_property = ofc_client_list_set_property;

  properties[PROP_STORE] =
      g_param_spec_object ("store", NULL, NULL, OFC_TYPE_CLIENT_STORE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", RO);
  properties[PROP_INCLUDE_ARCHIVED] =
      g_param_spec_boolean ("include-archived", NULL, NULL, FALSE, RO);
  properties[PROP_SORT_KEY] = g_param_spec_enum ("sort-key", NULL, NULL, OFC_TYPE_CLIENT_SORT_KEY,
                                                 OFC_CLIENT_SORT_NAME, RO);
  properties[PROP_SORT_DESCENDING] =
      g_param_spec_boolean ("sort-descending", NULL, NULL, FALSE, RO);
  properties[PROP_HAS_MORE] = g_param_spec_boolean ("has-more", NULL, NULL, FALSE, RO);
  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, RO);
  properties[PROP_LOAD_IN_BACKGROUND] =
      g_param_spec_boolean ("load-in-background", NULL, NULL, FALSE,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_client_list_init (OfcClientList *self)
{
  self->rowids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);
  g_queue_init (&self->page_order);
  self->sort_key = OFC_CLIENT_SORT_NAME;
}

/*
 * Public API
 */

/**
 * ofc_client_list_new:
 * @store: the client store
 *
 * Returns: (transfer full): a list of every active client, sorted by name
 */
OfcClientList *
ofc_client_list_new (OfcClientStore *store)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (store), NULL);
  return g_object_new (OFC_TYPE_CLIENT_LIST, "store", store, NULL);
}

/**
 * ofc_client_list_get_store:
 *
 * Returns: (transfer none): the store
 */
OfcClientStore *
ofc_client_list_get_store (OfcClientList *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), NULL);
  return self->store;
}

/**
 * ofc_client_list_set_query:
 * @text: (nullable): search text as for ofc_client_store_search(); blank lists everyone
 * @include_archived: list archived clients too
 *
 * Runs the new query and reports the difference with items-changed.
 *
 * Returns: %TRUE on success; on failure the list keeps its rows
 */
gboolean
ofc_client_list_set_query (OfcClientList *self,
                           const char *text,
                           gboolean include_archived,
                           GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  if (ofc_set_str (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  if (self->include_archived != !!include_archived)
    {
      self->include_archived = !!include_archived;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCLUDE_ARCHIVED]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  return reload (self, FALSE, FALSE, error);
}

const char *
ofc_client_list_get_text (OfcClientList *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), NULL);
  return self->text != NULL ? self->text : "";
}

gboolean
ofc_client_list_get_include_archived (OfcClientList *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);
  return self->include_archived;
}

/**
 * ofc_client_list_set_sort:
 * @key: what to sort by
 * @descending: %TRUE for Z→A, newest or latest first
 *
 * Returns: %TRUE on success; on failure the list keeps its rows
 */
gboolean
ofc_client_list_set_sort (OfcClientList *self,
                          OfcClientSortKey key,
                          gboolean descending,
                          GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);
  g_return_val_if_fail (key <= OFC_CLIENT_SORT_UPDATED, FALSE);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->sort_key != key)
    {
      self->sort_key = key;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_KEY]);
    }
  if (self->descending != !!descending)
    {
      self->descending = !!descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT_DESCENDING]);
    }
  g_object_thaw_notify (G_OBJECT (self));
  return reload (self, FALSE, FALSE, error);
}

OfcClientSortKey
ofc_client_list_get_sort_key (OfcClientList *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), OFC_CLIENT_SORT_NAME);
  return self->sort_key;
}

gboolean
ofc_client_list_get_sort_descending (OfcClientList *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);
  return self->descending;
}

/**
 * ofc_client_list_refresh:
 *
 * Re-runs the query now, as the list does by itself after "changed::client".
 *
 * Returns: %TRUE on success
 */
gboolean
ofc_client_list_refresh (OfcClientList *self, GError **error)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_all = FALSE;
  return reload (self, TRUE, FALSE, error);
}

/**
 * ofc_client_list_get_has_more:
 *
 * Returns: %TRUE when a search list has more matches than it loaded
 */
gboolean
ofc_client_list_get_has_more (OfcClientList *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);
  return self->has_more;
}

/**
 * ofc_client_list_load_more:
 *
 * Appends the next batch of matches to a search list (items-changed at the end).
 *
 * Returns: %TRUE on success, also when there was nothing more
 */
gboolean
ofc_client_list_load_more (OfcClientList *self, GError **error)
{
  guint before;
  gboolean has_more;

  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);

  if (!self->has_more)
    return TRUE;
  before = self->rowids->len;
  if (!_ofc_client_list_load_batch (self->store, self->text, self->include_archived, self->rowids,
                                    &has_more, error))
    {
      g_array_set_size (self->rowids, before);
      return FALSE;
    }
  g_list_model_items_changed (G_LIST_MODEL (self), before, 0, self->rowids->len - before);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
  set_has_more (self, has_more);
  return TRUE;
}

/**
 * ofc_client_list_find:
 * @id: a client's id
 *
 * For selecting a client just created or opened elsewhere.
 *
 * Returns: the client's position, or %G_MAXUINT when the list does not hold it
 */
guint
ofc_client_list_find (OfcClientList *self, const OfcUuid *id)
{
  g_autoptr (OfcStatement) statement = NULL;
  gint64 rowid;

  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), G_MAXUINT);

  statement = ofc_database_prepare (ofc_context_get_database (self->store->context),
                                    "SELECT rowid FROM client WHERE id = ?1", NULL);
  if (statement == NULL)
    return G_MAXUINT;
  ofc_statement_bind_uuid (statement, 1, id);
  if (!ofc_statement_step (statement, NULL))
    return G_MAXUINT;
  rowid = ofc_statement_get_int64 (statement, 0);
  for (guint i = 0; i < self->rowids->len; i++)
    if (g_array_index (self->rowids, gint64, i) == rowid)
      return i;
  return G_MAXUINT;
}

/**
 * ofc_client_list_new_for_view:
 *
 * A list for a view: an unsearched list shows its first screen at once and loads the rest
 * of its ids in a worker thread (on a connection of its own), so the Clients page of a
 * large book opens without waiting for every id. The rest arrives as one items-changed
 * appending rows, with #OfcClientList:loading true in between. Lists on an in-memory
 * database load at once, having no file a second connection could open.
 *
 * Returns: (transfer full): the list
 */
OfcClientList *
ofc_client_list_new_for_view (OfcClientStore *store)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (store), NULL);
  return g_object_new (OFC_TYPE_CLIENT_LIST, "store", store, "load-in-background", TRUE, NULL);
}

/**
 * ofc_client_list_get_loading:
 *
 * Returns: whether the rest of the list is still loading in the background
 */
gboolean
ofc_client_list_get_loading (OfcClientList *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_LIST (self), FALSE);
  return self->background != NULL;
}
