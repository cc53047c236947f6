/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintQueue: the worker thread's life (start, wake, poll, stop), the lock that lets
 * one process at a time work a database's queue, and the reports back to the thread that
 * owns the queue. What one attempt does is in ofc-print-worker.c.
 */
#define G_LOG_DOMAIN "ofc-printing"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/file.h>

#include "ofc-print-queue.h"
#include "ofc-print-worker-private.h"

struct _OfcPrintQueue
{
  GObject parent_instance;

  /* the owner's, used on the owner's thread only; weak, because the queue is usually the
   * context's own extension and a strong reference would keep both alive forever */
  OfcContext *context;
  GMainContext *main_context; /* where signals are emitted */
  OfcDatabase *database;      /* the worker's connection, opened by start () */
  OfcPrintTimings timings;
  guint poll_interval_ms;

  GThread *thread;
  GMutex lock;
  GCond cond;
  gboolean stopping;
  gboolean woken;
  gboolean active; /* written by the worker, read under the lock */
  int lock_fd;
};

G_DEFINE_FINAL_TYPE (OfcPrintQueue, ofc_print_queue, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_POLL_INTERVAL,
  PROP_RETRY_BASE,
  PROP_RETRY_MAX,
  PROP_IO_TIMEOUT,
  PROP_STATUS_TIMEOUT,
  PROP_CONFIRM_TIMEOUT,
  PROP_SPOOL_TIMEOUT,
  PROP_RUNNING,
  PROP_ACTIVE,
  N_PROPS
};

enum
{
  JOB_UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static guint *
timing_field (OfcPrintQueue *self, guint prop_id)
{
  switch (prop_id)
    {
      case PROP_POLL_INTERVAL:
        return &self->poll_interval_ms;
      case PROP_RETRY_BASE:
        return &self->timings.retry_base_ms;
      case PROP_RETRY_MAX:
        return &self->timings.retry_max_ms;
      case PROP_IO_TIMEOUT:
        return &self->timings.io_timeout_ms;
      case PROP_STATUS_TIMEOUT:
        return &self->timings.status_timeout_ms;
      case PROP_CONFIRM_TIMEOUT:
        return &self->timings.confirm_timeout_ms;
      case PROP_SPOOL_TIMEOUT:
      default:
        return &self->timings.spool_timeout_ms;
    }
}

static void
ofc_print_queue_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrintQueue *self = OFC_PRINT_QUEUE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      case PROP_RUNNING:
        g_value_set_boolean (value, ofc_print_queue_get_running (self));
        break;
      case PROP_ACTIVE:
        g_value_set_boolean (value, ofc_print_queue_get_active (self));
        break;
      default:
        if (prop_id < PROP_RUNNING)
          g_value_set_uint (value, *timing_field (self, prop_id));
        else
          G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_print_queue_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  OfcPrintQueue *self = OFC_PRINT_QUEUE (object);

  if (prop_id == PROP_CONTEXT)
    {
      self->context = g_value_get_object (value);
      g_object_add_weak_pointer (G_OBJECT (self->context), (gpointer *) &self->context);
    }
  else if (prop_id > PROP_CONTEXT && prop_id < PROP_RUNNING)
    {
      /* the worker reads the timings without the lock: they only change while stopped */
      g_return_if_fail (self->thread == NULL);
      *timing_field (self, prop_id) = MAX (g_value_get_uint (value), 1);
    }
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ofc_print_queue_dispose (GObject *object)
{
  OfcPrintQueue *self = OFC_PRINT_QUEUE (object);

  ofc_print_queue_stop (self);
  if (self->context != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->context), (gpointer *) &self->context);
  self->context = NULL;
  G_OBJECT_CLASS (ofc_print_queue_parent_class)->dispose (object);
}

static void
ofc_print_queue_finalize (GObject *object)
{
  OfcPrintQueue *self = OFC_PRINT_QUEUE (object);

  g_main_context_unref (self->main_context);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  G_OBJECT_CLASS (ofc_print_queue_parent_class)->finalize (object);
}

static GParamSpec *
timing_spec (const char *name, guint default_ms)
{
  return g_param_spec_uint (name, NULL, NULL, 1, G_MAXUINT, default_ms,
                            G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
}

static void
ofc_print_queue_class_init (OfcPrintQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ofc_print_queue_get_property;
  object_class->set_property = ofc_print_queue_set_property;
  object_class->dispose = ofc_print_queue_dispose;
  object_class->finalize = ofc_print_queue_finalize;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POLL_INTERVAL] = timing_spec ("poll-interval", 5000);
  properties[PROP_RETRY_BASE] = timing_spec ("retry-base", 2000);
  properties[PROP_RETRY_MAX] = timing_spec ("retry-max", 60000);
  properties[PROP_IO_TIMEOUT] = timing_spec ("io-timeout", 10000);
  properties[PROP_STATUS_TIMEOUT] = timing_spec ("status-timeout", 3000);
  properties[PROP_CONFIRM_TIMEOUT] = timing_spec ("confirm-timeout", 120000);
  properties[PROP_SPOOL_TIMEOUT] = timing_spec ("spool-timeout", 30000);
  properties[PROP_RUNNING] = g_param_spec_boolean ("running", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ACTIVE] =
      g_param_spec_boolean ("active", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcPrintQueue::job-updated:
   * @job: the job as the worker left it
   */
  signals[JOB_UPDATED] = g_signal_new ("job-updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, OFC_TYPE_PRINT_JOB);
}

static void
ofc_print_queue_init (OfcPrintQueue *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  self->lock_fd = -1;
  self->main_context = g_main_context_ref_thread_default ();
}

static void
on_changed (OfcContext *context, const char *entity, OfcPrintQueue *self)
{
  ofc_print_queue_wake (self);
}

/**
 * ofc_print_queue_new:
 * @context: the owner's context; the queue emits its signals on the thread creating it
 *
 * Returns: (transfer full): a stopped queue
 */
OfcPrintQueue *
ofc_print_queue_new (OfcContext *context)
{
  OfcPrintQueue *self;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  self = g_object_new (OFC_TYPE_PRINT_QUEUE, "context", context, NULL);
  g_signal_connect_object (context, "changed::" OFC_PRINT_JOB_CHANGED, G_CALLBACK (on_changed),
                           self, 0);
  return self;
}

/**
 * ofc_print_queue_get_default:
 *
 * Returns: (transfer none): the queue registered on @context as the extension
 *   "print-queue", made (stopped) on the first call
 */
OfcPrintQueue *
ofc_print_queue_get_default (OfcContext *context)
{
  GObject *queue;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  queue = ofc_context_get_extension (context, OFC_PRINT_QUEUE_EXTENSION);
  if (queue == NULL)
    {
      g_autoptr (OfcPrintQueue) made = ofc_print_queue_new (context);

      ofc_context_set_extension (context, OFC_PRINT_QUEUE_EXTENSION, G_OBJECT (made));
      queue = G_OBJECT (made);
    }
  return OFC_PRINT_QUEUE (queue);
}

OfcContext *
ofc_print_queue_get_context (OfcPrintQueue *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_QUEUE (self), NULL);
  return self->context;
}

/*
 * The worker thread
 */

/* one process works a database's queue: an advisory lock beside the file, released by the
 * system when the process ends however it ends */
static gboolean
take_lock (OfcPrintQueue *self)
{
  g_autofree char *path = g_strconcat (ofc_database_get_path (self->database), ".print-lock", NULL);
  int fd = open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);

  if (fd < 0)
    {
      g_warning ("cannot open %s: %s", path, g_strerror (errno));
      return FALSE;
    }
  if (flock (fd, LOCK_EX | LOCK_NB) < 0)
    {
      close (fd);
      return FALSE;
    }
  self->lock_fd = fd;
  return TRUE;
}

typedef struct
{
  OfcPrintQueue *queue;
  OfcPrintJob *job;
} Report;

static gboolean
report_on_owner (gpointer data)
{
  Report *report = data;

  if (report->job != NULL)
    g_signal_emit (report->queue, signals[JOB_UPDATED], 0, report->job);
  else
    g_object_notify_by_pspec (G_OBJECT (report->queue), properties[PROP_ACTIVE]);
  if (report->job != NULL && report->queue->context != NULL)
    ofc_context_notify_changed (report->queue->context, OFC_PRINT_JOB_CHANGED);
  return G_SOURCE_REMOVE;
}

static void
report_free (gpointer data)
{
  Report *report = data;

  g_object_unref (report->queue);
  g_clear_object (&report->job);
  g_free (report);
}

/* @job: (transfer full) (nullable): a job update, or %NULL for a change of "active" */
static void
report (OfcPrintQueue *self, OfcPrintJob *job)
{
  Report *report = g_new0 (Report, 1);

  report->queue = g_object_ref (self);
  report->job = job;
  g_main_context_invoke_full (self->main_context, G_PRIORITY_DEFAULT, report_on_owner, report,
                              report_free);
}

/* sleeps until woken, stopped or @until_us (monotonic); returns FALSE when stopping */
static gboolean
wait_for (OfcPrintQueue *self, gint64 until_us)
{
  gboolean running;

  g_mutex_lock (&self->lock);
  while (!self->stopping && !self->woken && g_cond_wait_until (&self->cond, &self->lock, until_us))
    ;
  self->woken = FALSE;
  running = !self->stopping;
  g_mutex_unlock (&self->lock);
  return running;
}

static void
set_active (OfcPrintQueue *self, gboolean active)
{
  g_mutex_lock (&self->lock);
  self->active = active;
  g_mutex_unlock (&self->lock);
  report (self, NULL);
}

/* when to look again: at the next due job, or at the poll for other processes' jobs */
static gint64
next_wake (OfcPrintQueue *self, OfcContext *context, gint64 next_due)
{
  gint64 poll = g_get_monotonic_time () + (gint64) self->poll_interval_ms * 1000;
  gint64 due;

  if (next_due == 0)
    return poll;
  due = g_get_monotonic_time () +
        MAX (next_due - ofc_database_now (ofc_context_get_database (context)), 0);
  return MIN (due, poll);
}

static gpointer
run (gpointer data)
{
  OfcPrintQueue *self = data;
  g_autoptr (OfcContext) context = ofc_context_new (self->database);
  gint64 until = 0;

  do
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (OfcPrintJob) job = NULL;
      gint64 next_due = 0;

      if (self->lock_fd < 0 && take_lock (self))
        set_active (self, TRUE);
      if (self->lock_fd >= 0)
        job = _ofc_print_worker_step (context, &self->timings, &next_due, &error);
      if (error != NULL)
        g_warning ("print queue: %s", error->message);
      if (job != NULL)
        {
          report (self, g_steal_pointer (&job));
          until = g_get_monotonic_time ();
          continue;
        }
      until = next_wake (self, context, self->lock_fd >= 0 ? next_due : 0);
    }
  while (wait_for (self, until));
  return NULL;
}

/**
 * ofc_print_queue_start:
 *
 * Opens the worker's database connection and starts the thread.
 *
 * Returns: %FALSE when the connection cannot be opened (an in-memory database has none)
 */
gboolean
ofc_print_queue_start (OfcPrintQueue *self, GError **error)
{
  OfcDatabase *database;

  g_return_val_if_fail (OFC_IS_PRINT_QUEUE (self), FALSE);
  g_return_val_if_fail (self->context != NULL, FALSE);
  if (self->thread != NULL)
    return TRUE;
  database = ofc_context_get_database (self->context);
  if (g_strcmp0 (ofc_database_get_path (database), OFC_DATABASE_MEMORY) == 0)
    {
      g_set_error_literal (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_OPEN,
                           _ ("Printing needs a database file, not an in-memory database"));
      return FALSE;
    }
  self->database = ofc_database_open_another (database, error);
  if (self->database == NULL)
    return FALSE;
  self->stopping = FALSE;
  self->thread = g_thread_new ("print-queue", run, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  return TRUE;
}

/**
 * ofc_print_queue_stop:
 *
 * Stops the thread and waits for it: at most as long as the attempt under way takes (its
 * timeouts bound it). Jobs stay in the queue for the next start.
 */
void
ofc_print_queue_stop (OfcPrintQueue *self)
{
  g_return_if_fail (OFC_IS_PRINT_QUEUE (self));
  if (self->thread == NULL)
    return;
  g_mutex_lock (&self->lock);
  self->stopping = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
  g_thread_join (g_steal_pointer (&self->thread));
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  self->lock_fd = -1;
  self->active = FALSE;
  g_clear_object (&self->database);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/**
 * ofc_print_queue_wake:
 *
 * Looks for due jobs now rather than at the next poll. Jobs added through the queue's
 * context wake it by themselves.
 */
void
ofc_print_queue_wake (OfcPrintQueue *self)
{
  g_return_if_fail (OFC_IS_PRINT_QUEUE (self));
  g_mutex_lock (&self->lock);
  self->woken = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
}

gboolean
ofc_print_queue_get_running (OfcPrintQueue *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_QUEUE (self), FALSE);
  return self->thread != NULL;
}

/**
 * ofc_print_queue_get_active:
 *
 * Returns: whether this process works the queue; %FALSE while another one (the window,
 *   another officina-cli) does
 */
gboolean
ofc_print_queue_get_active (OfcPrintQueue *self)
{
  gboolean active;

  g_return_val_if_fail (OFC_IS_PRINT_QUEUE (self), FALSE);
  g_mutex_lock (&self->lock);
  active = self->active;
  g_mutex_unlock (&self->lock);
  return active;
}

/* an attempt ended: the job is done, or waits after a problem it reports */
static gboolean
attempt_ended (OfcPrintJob *job, guint attempts_before)
{
  OfcPrintJobState state = ofc_print_job_get_state (job);

  return state == OFC_PRINT_JOB_SENT || state == OFC_PRINT_JOB_FAILED ||
         state == OFC_PRINT_JOB_CANCELLED ||
         (ofc_print_job_get_attempts (job) > attempts_before &&
          *ofc_print_job_get_last_error (job) != '\0' &&
          (state == OFC_PRINT_JOB_QUEUED || ofc_print_job_is_written (job)));
}

static gboolean
tick (gpointer data)
{
  return G_SOURCE_REMOVE;
}

/**
 * ofc_print_queue_wait_job:
 * @timeout_ms: the longest to wait
 *
 * Runs the owner's main context until the job was sent, failed or was cancelled, or until
 * an attempt at it ended with a problem (it then waits in the queue for the next one).
 * For officina-cli, which has no main loop of its own; the window uses "job-updated".
 * Works whether this process or another one works the queue.
 *
 * Returns: (transfer full) (nullable): the job as it stands; still queued when @timeout_ms
 *   passed first
 */
OfcPrintJob *
ofc_print_queue_wait_job (OfcPrintQueue *self,
                          const OfcUuid *job_id,
                          guint timeout_ms,
                          GError **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) timeout_ms * 1000;
  g_autoptr (OfcPrintJob) job = NULL;
  guint attempts;

  g_return_val_if_fail (OFC_IS_PRINT_QUEUE (self) && self->context != NULL, NULL);
  job = ofc_print_jobs_get (self->context, job_id, error);
  if (job == NULL)
    return NULL;
  attempts = ofc_print_job_get_attempts (job);
  while (!attempt_ended (job, attempts) && g_get_monotonic_time () < deadline)
    {
      g_autoptr (GSource) timer = g_timeout_source_new (50);

      g_source_set_callback (timer, tick, NULL, NULL);
      g_source_attach (timer, self->main_context);
      g_main_context_iteration (self->main_context, TRUE);
      g_source_destroy (timer);
      g_clear_object (&job);
      job = ofc_print_jobs_get (self->context, job_id, error);
      if (job == NULL)
        return NULL;
    }
  return g_steal_pointer (&job);
}
