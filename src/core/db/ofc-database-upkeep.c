/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The upkeep of OfcDatabase: the work SQLite would otherwise do inside some unlucky
 * commit, done in the quiet moments after commits instead.
 *
 * - Checkpoints, in a thread with its own connection. SQLite copies the write-ahead log
 *   back into the database file inside whichever commit crosses 1000 log pages; with
 *   synchronous=FULL that commit also waits for the database file's fsync, a few
 *   milliseconds on one intake in fifty. A checkpoint changes no page, so the main
 *   connection's page cache stays valid.
 * - Full-text index merges, on the main connection from its main loop. Each commit that
 *   indexes text adds a small segment to an FTS5 index, and with automerge on FTS5 merged
 *   segments inside commits: every few dozen intakes one of them rewrote some 600 index
 *   pages, 100–500 ms on a disk that had to read them back. The migrations switch
 *   automerge off; merges run here in small steps. Not in the thread: a write by another
 *   connection empties this connection's page cache, and the next save then read some 50
 *   pages back from disk. Without a main loop (officina-cli), FTS5's crisis merge still
 *   bounds a level's segments, and the next run of the application tidies up.
 */
#define G_LOG_DOMAIN "ofc-db"

#include "config.h"

#include "ofc-database-private.h"

/* SQLite's own automatic threshold, in log pages, given back when upkeep stops */
#define SQLITE_THRESHOLD 1000
/* upkeep checkpoints a longer log: each checkpoint makes the next commit start the log
 * over (cut it, fsync its header), and at a counter's pace that save is among the slowest;
 * at 4,000 pages it is one intake in ~150 instead of ~35 (tests/bench/README.md) */
#define THRESHOLD 4000
/* upkeep waits for this quiet time after the last commit, so that its writes and fsyncs do
 * not compete with a commit's … */
#define QUIET_US (100 * 1000)
/* … unless a burst of writes (an import, demo data) lets the log grow this large */
#define FORCE_PAGES 16000
/* index pages one merge step writes: the main loop is busy for the step, a few ms */
#define MERGE_STEP_PAGES 32

struct _OfcUpkeep
{
  /* the checkpointer thread */
  GThread *thread;
  GMutex lock;
  GCond wake;
  gboolean pending;
  gboolean stopping;
  gint64 last_commit;      /* monotonic µs */
  int pages;               /* the log's size after the last commit */
  OfcDatabase *connection; /* used only by the thread */

  /* merges, in the owner's thread */
  OfcDatabase *owner; /* borrowed: it owns this */
  GSource *merges;    /* ready when a merge step is due */
  GStrv fts_tables;
};

/* runs in the writer's thread after each commit */
static int
on_wal (void *data, sqlite3 *handle, const char *name, int pages)
{
  OfcUpkeep *self = data;

  g_source_set_ready_time (self->merges, g_get_monotonic_time () + QUIET_US);
  g_mutex_lock (&self->lock);
  self->last_commit = g_get_monotonic_time ();
  self->pages = pages;
  if (pages >= THRESHOLD)
    {
      self->pending = TRUE;
      g_cond_signal (&self->wake);
    }
  g_mutex_unlock (&self->lock);
  return SQLITE_OK;
}

/*
 * Checkpoints
 */

/* with the lock held: waits for work, then for a quiet moment; FALSE when stopping */
static gboolean
wait_for_turn (OfcUpkeep *self)
{
  while (!self->pending && !self->stopping)
    g_cond_wait (&self->wake, &self->lock);
  while (!self->stopping && self->pages < FORCE_PAGES &&
         g_get_monotonic_time () - self->last_commit < QUIET_US)
    g_cond_wait_until (&self->wake, &self->lock, self->last_commit + QUIET_US);
  self->pending = FALSE;
  return !self->stopping;
}

static gpointer
run (gpointer data)
{
  OfcUpkeep *self = data;

  for (;;)
    {
      gboolean go;
      int rc;

      g_mutex_lock (&self->lock);
      go = wait_for_turn (self);
      g_mutex_unlock (&self->lock);
      if (!go)
        return NULL;
      /* PASSIVE never waits for readers or the writer; what it cannot copy now waits for
       * the next signal */
      rc = sqlite3_wal_checkpoint_v2 (self->connection->handle, NULL, SQLITE_CHECKPOINT_PASSIVE,
                                      NULL, NULL);
      if (rc != SQLITE_OK && rc != SQLITE_BUSY)
        g_debug ("%s: background checkpoint: %s", self->connection->path, sqlite3_errstr (rc));
    }
}

/*
 * Merges
 */

/* one step for every index; a lock held by another program is not waited for */
static gboolean
merge_step (OfcUpkeep *self, gboolean *worked, GError **error)
{
  gboolean ok = TRUE;

  *worked = FALSE;
  sqlite3_busy_timeout (self->owner->handle, 0);
  for (guint i = 0; ok && self->fts_tables[i] != NULL; i++)
    {
      gboolean table_worked = FALSE;

      ok = _ofc_database_merge_fts_step (self->owner, self->fts_tables[i], MERGE_STEP_PAGES,
                                         &table_worked, error);
      *worked = *worked || table_worked;
    }
  sqlite3_busy_timeout (self->owner->handle, (int) self->owner->busy_timeout_ms);
  return ok;
}

static gboolean
on_merge_due (gpointer data)
{
  OfcUpkeep *self = data;
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean worked;

  /* a transaction kept open across main loop iterations: its commit re-arms this */
  if (self->owner->transaction_depth > 0)
    {
      g_source_set_ready_time (self->merges, -1);
      return G_SOURCE_CONTINUE;
    }
  if (!merge_step (self, &worked, &error))
    {
      g_debug ("%s: merging search indexes: %s", self->owner->path, error->message);
      worked = FALSE;
    }
  /* the main loop's time, for tests/bench (G_MESSAGES_DEBUG=ofc-db) */
  g_debug ("merge step: %s, %.3f ms", worked ? "merged" : "nothing to merge",
           (double) (g_get_monotonic_time () - start) / 1000.0);
  /* more to do: the next step as soon as the main loop has nothing else; the step's own
   * commit armed a quiet time instead */
  g_source_set_ready_time (self->merges, worked ? 0 : -1);
  return G_SOURCE_CONTINUE;
}

static gboolean
dispatch_merges (GSource *source, GSourceFunc callback, gpointer data)
{
  return callback (data);
}

static GSourceFuncs merge_funcs = { NULL, NULL, dispatch_merges, NULL, NULL, NULL };

static GSource *
merges_new (OfcUpkeep *self)
{
  GSource *source = g_source_new (&merge_funcs, sizeof (GSource));

  g_source_set_name (source, "ofc-database-merges");
  /* after input and drawing: a step is a few ms the window can spare when idle */
  g_source_set_priority (source, G_PRIORITY_LOW);
  g_source_set_callback (source, on_merge_due, self, NULL);
  g_source_set_ready_time (source, -1);
  g_source_attach (source, g_main_context_get_thread_default ());
  return source;
}

/*
 * Public
 */

static OfcUpkeep *
upkeep_new (OfcDatabase *owner, OfcDatabase *connection, GStrv fts_tables)
{
  OfcUpkeep *self = g_new0 (OfcUpkeep, 1);

  g_mutex_init (&self->lock);
  g_cond_init (&self->wake);
  self->connection = connection;
  self->owner = owner;
  self->fts_tables = fts_tables;
  self->merges = merges_new (self);
  self->thread = g_thread_new ("ofc-checkpoint", run, self);
  return self;
}

/**
 * ofc_database_start_upkeep:
 *
 * Takes two kinds of housekeeping out of @self's commits. Checkpoints of the write-ahead
 * log run in a background thread with its own connection; merges of the full-text indexes
 * run on @self from the thread-default main context of the caller, in small steps at low
 * priority. Both wait for a quiet moment after the last commit. For the application's main
 * connection; harmless for an in-memory database (nothing to do).
 *
 * Returns: %TRUE when running (or not needed)
 */
gboolean
ofc_database_start_upkeep (OfcDatabase *self, GError **error)
{
  g_autoptr (OfcDatabase) connection = NULL;
  g_auto (GStrv) fts_tables = NULL;

  g_return_val_if_fail (OFC_IS_DATABASE (self), FALSE);

  if (self->upkeep != NULL || g_strcmp0 (self->path, OFC_DATABASE_MEMORY) == 0)
    return TRUE;
  connection = ofc_database_open_another (self, error);
  if (connection == NULL || (fts_tables = _ofc_database_list_fts_tables (self, error)) == NULL ||
      !ofc_database_exec (self, "PRAGMA wal_autocheckpoint=0", error))
    return FALSE;
  self->upkeep = upkeep_new (self, g_steal_pointer (&connection), g_steal_pointer (&fts_tables));
  /* after the PRAGMA, which would replace the hook with SQLite's own */
  sqlite3_wal_hook (self->handle, on_wal, self->upkeep);
  return TRUE;
}

/**
 * ofc_database_stop_upkeep:
 *
 * Stops the upkeep, if running, and gives checkpoints back to SQLite. Called when @self is
 * finalized.
 */
void
ofc_database_stop_upkeep (OfcDatabase *self)
{
  OfcUpkeep *upkeep = self->upkeep;

  if (upkeep == NULL)
    return;
  sqlite3_wal_hook (self->handle, NULL, NULL);
  g_mutex_lock (&upkeep->lock);
  upkeep->stopping = TRUE;
  g_cond_signal (&upkeep->wake);
  g_mutex_unlock (&upkeep->lock);
  g_thread_join (upkeep->thread);
  g_object_unref (upkeep->connection);
  g_source_destroy (upkeep->merges);
  g_source_unref (upkeep->merges);
  g_strfreev (upkeep->fts_tables);
  g_mutex_clear (&upkeep->lock);
  g_cond_clear (&upkeep->wake);
  g_free (upkeep);
  self->upkeep = NULL;
  sqlite3_wal_autocheckpoint (self->handle, SQLITE_THRESHOLD);
}
