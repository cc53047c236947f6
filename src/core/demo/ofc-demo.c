/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Writing demo clients: batches of generated clients through OfcClientStore in one
 * transaction each, as the actor "Demo data", with progress, cancellation and a worker
 * thread variant for the window.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "clients/ofc-client-store.h"
#include "ofc-demo-private.h"
#include "ofc-demo.h"
#include "ofc-demo-orders.h"

#define CARD_CODE_ATTEMPTS 10

/*
 * Transliteration for e-mail addresses
 */

static const char *const cyrillic_latin[] = {
  "a", "b", "v", "g", "d", "e",  "zh", "z",  "i",  "y",    "k", "l", "m", "n", "o",  "p",
  "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya",
};

static void
append_latin (GString *out, gunichar c)
{
  if (c >= 0x0430 && c <= 0x044F) /* а … я */
    g_string_append (out, cyrillic_latin[c - 0x0430]);
  else if (c == 0x0451) /* ё */
    g_string_append_c (out, 'e');
  else if (c < 0x80 && g_ascii_isalnum ((char)c))
    g_string_append_c (out, g_ascii_tolower ((char)c));
}

/**
 * _ofc_demo_transliterate:
 * @text: a name, Cyrillic or Latin
 *
 * Returns: (transfer full): lower-case ASCII letters and digits for an e-mail address
 */
char *
_ofc_demo_transliterate (const char *text)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  g_autofree char *ascii = NULL;
  g_autoptr (GString) cyrillic = g_string_new (NULL);
  GString *out = g_string_new (NULL);

  for (const char *p = lower; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c >= 0x0430 && c <= 0x044F) || c == 0x0451)
        append_latin (cyrillic, c);
      else
        g_string_append_unichar (cyrillic, c);
    }
  ascii = g_str_to_ascii (cyrillic->str, "C"); /* "Müller" → "Muller" */
  for (const char *p = ascii; *p != '\0'; p++)
    append_latin (out, (guchar)*p);
  if (out->len == 0)
    g_string_append (out, "client");
  return g_string_free (out, FALSE);
}

/*
 * Writing
 */

/* the journal shows demo rows as written by "Demo data"; the shop's own actor returns
 * when the demo is done */
typedef struct
{
  OfcDatabase *database;
  OfcUuid id;
  gboolean has_id;
  char *name;
} SavedActor;

static void
save_actor (SavedActor *saved, OfcDatabase *database)
{
  const OfcUuid *id = ofc_database_get_actor_id (database);

  saved->database = database;
  saved->has_id = id != NULL;
  if (id != NULL)
    saved->id = *id;
  saved->name = g_strdup (ofc_database_get_actor_name (database));
  ofc_database_set_actor (database, NULL, _ ("Demo data"));
}

static void
restore_actor (SavedActor *saved)
{
  ofc_database_set_actor (saved->database, saved->has_id ? &saved->id : NULL, saved->name);
  g_free (saved->name);
}

static gboolean
is_card_collision (const GError *error)
{
  return g_error_matches (error, OFC_ERROR, OFC_ERROR_INVALID) &&
         g_strcmp0 (ofc_error_get_field (error), "card-code") == 0;
}

/* two demo clients may draw the same card code; the store refuses the second, which
 * draws again (from the same GRand, so the book stays reproducible) */
static gboolean
create_client (OfcClientStore *store,
               OfcDemoGenerator *generator,
               OfcClient *client,
               GError **error)
{
  for (int attempt = 0;; attempt++)
    {
      GError *local = NULL;

      if (ofc_client_store_create (store, client, NULL, &local))
        return TRUE;
      if (attempt >= CARD_CODE_ATTEMPTS || !is_card_collision (local))
        {
          g_propagate_prefixed_error (error, local, _ ("Demo client “%s”: "),
                                      ofc_client_get_name (client));
          return FALSE;
        }
      g_error_free (local);
      _ofc_demo_generator_new_card_code (generator, client);
    }
}

static gboolean
write_batch (OfcClientStore *store,
             OfcDemoGenerator *generator,
             guint count,
             GCancellable *cancellable,
             GError **error)
{
  OfcDatabase *database = ofc_context_get_database (ofc_client_store_get_context (store));
  g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, error);

  if (transaction == NULL)
    return FALSE;
  for (guint i = 0; i < count; i++)
    {
      g_autoptr (OfcClient) client = _ofc_demo_generator_make_client (generator);

      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          !create_client (store, generator, client, error))
        return FALSE;
    }
  return ofc_transaction_commit (transaction, error);
}

static gboolean
write_all (OfcClientStore *store,
           OfcDemoGenerator *generator,
           guint n_clients,
           OfcDemoProgressFunc progress,
           gpointer user_data,
           GCancellable *cancellable,
           GError **error)
{
  for (guint done = 0; done < n_clients;)
    {
      guint count = MIN (OFC_DEMO_BATCH, n_clients - done);

      if (!write_batch (store, generator, count, cancellable, error))
        return FALSE;
      done += count;
      if (progress != NULL)
        progress (done, n_clients, user_data);
    }
  return TRUE;
}

/**
 * ofc_demo_generate_clients:
 * @context: the context to write through
 * @n_clients: how many clients to add
 * @seed: the same seed gives the same clients
 * @progress: (nullable) (scope call): called after each batch
 * @user_data: for @progress
 * @cancellable: (nullable): stops between clients; the current batch is rolled back,
 *   earlier batches stay
 * @error: %G_IO_ERROR_CANCELLED, %OFC_DATABASE_ERROR, or a validation error naming the
 *   demo client (a bug)
 *
 * Adds @n_clients demo clients to the book. Runs on the thread of @context's database;
 * see ofc_demo_generate_clients_async() for the window. Emits "changed::client" on
 * @context once at the end.
 *
 * Returns: %TRUE if every client was added
 */
gboolean
ofc_demo_generate_clients (OfcContext *context,
                           guint n_clients,
                           guint32 seed,
                           OfcDemoProgressFunc progress,
                           gpointer user_data,
                           GCancellable *cancellable,
                           GError **error)
{
  g_autoptr (OfcClientStore) store = NULL;
  g_autoptr (GListModel) sources = NULL;
  g_autoptr (OfcDemoGenerator) generator = NULL;
  SavedActor saved;
  gboolean ok;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), FALSE);

  store = ofc_client_store_new (context, error);
  if (store == NULL || (sources = ofc_client_store_list_sources (store, FALSE, error)) == NULL)
    return FALSE;
  generator = _ofc_demo_generator_new (seed, sources);
  save_actor (&saved, ofc_context_get_database (context));
  ok = write_all (store, generator, n_clients, progress, user_data, cancellable, error);
  restore_actor (&saved);
  if (ofc_database_in_transaction (ofc_context_get_database (context)))
    return ok;
  ofc_context_notify_changed (context, "client");
  /* commits leave index merges to the application's upkeep: tidy up once at the end */
  return ok && ofc_database_merge_search_indexes (ofc_context_get_database (context), error);
}

/*
 * In a worker thread
 */

/* the caller's progress function, alive until the last queued call to it has run */
typedef struct
{
  OfcDemoProgressFunc func;
  gpointer data;
  GDestroyNotify destroy;
} ProgressTarget;

typedef struct
{
  ProgressTarget *target; /* a reference */
  guint done;
  guint total;
} ProgressCall;

typedef struct
{
  OfcDatabase *database; /* the worker's own connection */
  guint n_clients;
  guint n_orders;
  guint32 seed;
  ProgressTarget *target; /* a reference, or NULL */
  GMainContext *main_context;
} GenerateData;

static void
progress_target_clear (gpointer data)
{
  ProgressTarget *target = data;

  if (target->destroy != NULL)
    target->destroy (target->data);
}

static void
progress_call_free (gpointer data)
{
  ProgressCall *call = data;

  g_atomic_rc_box_release_full (call->target, progress_target_clear);
  g_free (call);
}

static gboolean
progress_call_run (gpointer data)
{
  ProgressCall *call = data;

  call->target->func (call->done, call->total, call->target->data);
  return G_SOURCE_REMOVE;
}

static gboolean
release_target (gpointer data)
{
  g_atomic_rc_box_release_full (data, progress_target_clear);
  return G_SOURCE_REMOVE;
}

/* the task may die in the worker thread; the caller's destroy notify must run in the
 * caller's context, after every progress call queued there */
static void
generate_data_free (gpointer data)
{
  GenerateData *generate = data;

  g_clear_object (&generate->database);
  if (generate->target != NULL)
    g_main_context_invoke (generate->main_context, release_target, generate->target);
  g_main_context_unref (generate->main_context);
  g_free (generate);
}

/* runs in the worker; the caller's function runs in the caller's main context */
static void
forward_progress (guint done, guint total, gpointer user_data)
{
  GenerateData *generate = user_data;
  ProgressCall *call;

  if (generate->target == NULL)
    return;
  call = g_new0 (ProgressCall, 1);
  call->target = g_atomic_rc_box_acquire (generate->target);
  call->done = done;
  call->total = MAX (total, generate->n_clients + generate->n_orders);
  g_main_context_invoke_full (generate->main_context, G_PRIORITY_DEFAULT, progress_call_run, call,
                              progress_call_free);
}

/* orders come after the clients: one progress from 0 to clients + orders */
static void
forward_order_progress (guint done, guint total, gpointer user_data)
{
  GenerateData *generate = user_data;

  forward_progress (generate->n_clients + done, generate->n_clients + total, generate);
}

static void
generate_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  GenerateData *generate = task_data;
  g_autoptr (OfcContext) context = ofc_context_new (generate->database);
  GError *error = NULL;

  if (generate->n_clients > 0
      && !ofc_demo_generate_clients (context, generate->n_clients, generate->seed,
                                     forward_progress, generate, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (generate->n_orders > 0
      && !ofc_demo_generate_orders (generate->database, generate->n_orders, generate->seed,
                                    forward_order_progress, generate, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static ProgressTarget *
progress_target_new (OfcDemoProgressFunc progress, gpointer data, GDestroyNotify destroy)
{
  ProgressTarget *target;

  if (progress == NULL)
    return NULL;
  target = g_atomic_rc_box_new0 (ProgressTarget);
  target->func = progress;
  target->data = data;
  target->destroy = destroy;
  return target;
}

/**
 * ofc_demo_generate_clients_async:
 * @context: the window's context; its database must be a file
 * @progress: (nullable): called in the thread-default main context of the caller
 * @progress_data: for @progress
 * @progress_destroy: (nullable): frees @progress_data when no more calls can come
 *
 * Generates in a worker thread on its own connection, so the window stays responsive;
 * see ofc_demo_generate_clients(). Finish with ofc_demo_generate_clients_finish().
 */
void
ofc_demo_generate_shop_async (OfcContext *context,
                              guint n_clients,
                              guint n_orders,
                              guint32 seed,
                                 OfcDemoProgressFunc progress,
                                 gpointer progress_data,
                                 GDestroyNotify progress_destroy,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer user_data)
{
  g_autoptr (GTask) task = NULL;
  GenerateData *generate;
  GError *error = NULL;
  OfcDatabase *worker;

  g_return_if_fail (OFC_IS_CONTEXT (context));

  task = g_task_new (context, cancellable, callback, user_data);
  g_task_set_source_tag (task, ofc_demo_generate_shop_async);
  if (g_strcmp0 (ofc_database_get_path (ofc_context_get_database (context)), OFC_DATABASE_MEMORY) ==
      0)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                         _ ("Demo data is generated in the background only into a database file"));
  worker =
      error == NULL ? ofc_database_open_another (ofc_context_get_database (context), &error) : NULL;
  if (worker == NULL)
    {
      if (progress_destroy != NULL)
        progress_destroy (progress_data);
      g_task_return_error (task, error);
      return;
    }
  generate = g_new0 (GenerateData, 1);
  generate->database = worker;
  generate->n_clients = n_clients;
  generate->n_orders = n_orders;
  generate->seed = seed;
  generate->target = progress_target_new (progress, progress_data, progress_destroy);
  generate->main_context = g_main_context_ref_thread_default ();
  g_task_set_task_data (task, generate, generate_data_free);
  g_task_run_in_thread (task, generate_thread);
}

/**
 * ofc_demo_generate_shop_finish:
 *
 * Emits "changed::client" and "changed::order" on @context (batches written before a
 * failure or a cancellation stay, and lists must show them).
 *
 * Returns: %TRUE if every client and order was added
 */
gboolean
ofc_demo_generate_shop_finish (OfcContext *context, GAsyncResult *result, GError **error)
{
  g_return_val_if_fail (g_task_is_valid (result, context), FALSE);

  ofc_context_notify_changed (context, "client");
  ofc_context_notify_changed (context, "order");
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * ofc_demo_generate_clients_async:
 *
 * ofc_demo_generate_shop_async() with clients only.
 */
void
ofc_demo_generate_clients_async (OfcContext *context,
                                 guint n_clients,
                                 guint32 seed,
                                 OfcDemoProgressFunc progress,
                                 gpointer progress_data,
                                 GDestroyNotify progress_destroy,
                                 GCancellable *cancellable,
                                 GAsyncReadyCallback callback,
                                 gpointer user_data)
{
  ofc_demo_generate_shop_async (context, n_clients, 0, seed, progress, progress_data,
                                progress_destroy, cancellable, callback, user_data);
}

/**
 * ofc_demo_generate_clients_finish:
 *
 * Returns: %TRUE if every client was added
 */
gboolean
ofc_demo_generate_clients_finish (OfcContext *context, GAsyncResult *result, GError **error)
{
  return ofc_demo_generate_shop_finish (context, result, error);
}
