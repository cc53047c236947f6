/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintJobList: the queue view's model. A refresh reads the jobs again and reports the
 * smallest change: the unchanged rows at both ends stay, the middle is replaced.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include "ofc-printing-private.h"
#include "printing/ofc-print-job-list.h"
#include "printing/ofc-print-jobs.h"

struct _OfcPrintJobList
{
  GObject parent_instance;

  OfcContext *context;
  guint recent;
  GPtrArray *jobs; /* OfcPrintJob, newest first */
  gulong changed_handler;
  guint refresh_source;
};

static void ofc_print_job_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OfcPrintJobList,
                               ofc_print_job_list,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ofc_print_job_list_model_init))

static GType
get_item_type (GListModel *model)
{
  return OFC_TYPE_PRINT_JOB;
}

static guint
get_n_items (GListModel *model)
{
  return OFC_PRINT_JOB_LIST (model)->jobs->len;
}

static gpointer
get_item (GListModel *model, guint position)
{
  OfcPrintJobList *self = OFC_PRINT_JOB_LIST (model);

  return position < self->jobs->len ? g_object_ref (g_ptr_array_index (self->jobs, position))
                                    : NULL;
}

static void
ofc_print_job_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
ofc_print_job_list_dispose (GObject *object)
{
  OfcPrintJobList *self = OFC_PRINT_JOB_LIST (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_clear_signal_handler (&self->changed_handler, self->context);
  g_clear_object (&self->context);
  G_OBJECT_CLASS (ofc_print_job_list_parent_class)->dispose (object);
}

static void
ofc_print_job_list_finalize (GObject *object)
{
  g_ptr_array_unref (OFC_PRINT_JOB_LIST (object)->jobs);
  G_OBJECT_CLASS (ofc_print_job_list_parent_class)->finalize (object);
}

static void
ofc_print_job_list_class_init (OfcPrintJobListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ofc_print_job_list_dispose;
  object_class->finalize = ofc_print_job_list_finalize;
}

static void
ofc_print_job_list_init (OfcPrintJobList *self)
{
  self->jobs = g_ptr_array_new_with_free_func (g_object_unref);
}

static gboolean
same_row (OfcPrintJob *a, OfcPrintJob *b)
{
  return ofc_uuid_equal (&a->id, &b->id) && a->updated_at == b->updated_at &&
         a->state == b->state && a->attempts == b->attempts;
}

static void
replace_jobs (OfcPrintJobList *self, GPtrArray *fresh)
{
  guint old_n = self->jobs->len, new_n = fresh->len, head = 0, tail = 0;
  g_autoptr (GPtrArray) old = self->jobs;

  while (head < old_n && head < new_n &&
         same_row (g_ptr_array_index (old, head), g_ptr_array_index (fresh, head)))
    head++;
  while (tail < old_n - head && tail < new_n - head &&
         same_row (g_ptr_array_index (old, old_n - 1 - tail),
                   g_ptr_array_index (fresh, new_n - 1 - tail)))
    tail++;
  self->jobs = g_ptr_array_ref (fresh);
  if (head + tail < MAX (old_n, new_n))
    g_list_model_items_changed (G_LIST_MODEL (self), head, old_n - head - tail,
                                new_n - head - tail);
}

static int
compare_newest_first (gconstpointer a, gconstpointer b)
{
  const OfcPrintJob *x = *(OfcPrintJob *const *) a;
  const OfcPrintJob *y = *(OfcPrintJob *const *) b;

  return (y->seq > x->seq) - (y->seq < x->seq);
}

static void
add_new (GPtrArray *all, GHashTable *seen, GPtrArray *jobs)
{
  for (guint i = 0; i < jobs->len; i++)
    {
      OfcPrintJob *job = g_ptr_array_index (jobs, i);

      if (g_hash_table_add (seen, &job->id))
        g_ptr_array_add (all, g_object_ref (job));
    }
}

/* the unfinished jobs however old, and the recent ones whatever their state */
static GPtrArray *
read_jobs (OfcPrintJobList *self, GError **error)
{
  g_autoptr (GPtrArray) unfinished = NULL;
  g_autoptr (GPtrArray) recent = NULL;
  g_autoptr (GHashTable) seen = g_hash_table_new (ofc_uuid_hash, ofc_uuid_hash_equal);
  GPtrArray *all;

  unfinished = ofc_print_jobs_list (self->context, OFC_PRINT_JOBS_UNFINISHED, 0, error);
  if (unfinished == NULL)
    return NULL;
  recent = ofc_print_jobs_list (self->context, OFC_PRINT_JOBS_ALL, self->recent, error);
  if (recent == NULL)
    return NULL;
  all = g_ptr_array_new_with_free_func (g_object_unref);
  add_new (all, seen, unfinished);
  add_new (all, seen, recent);
  g_ptr_array_sort (all, compare_newest_first);
  return all;
}

/**
 * ofc_print_job_list_refresh:
 *
 * Reads the queue again now.
 */
gboolean
ofc_print_job_list_refresh (OfcPrintJobList *self, GError **error)
{
  g_autoptr (GPtrArray) fresh = NULL;

  g_return_val_if_fail (OFC_IS_PRINT_JOB_LIST (self), FALSE);
  fresh = read_jobs (self, error);
  if (fresh == NULL)
    return FALSE;
  replace_jobs (self, fresh);
  return TRUE;
}

static gboolean
refresh_later (gpointer data)
{
  OfcPrintJobList *self = data;
  g_autoptr (GError) error = NULL;

  self->refresh_source = 0;
  if (!ofc_print_job_list_refresh (self, &error))
    g_warning ("cannot refresh the print queue: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* several changes in a row (a batch of stickers) refresh once */
static void
on_changed (OfcContext *context, const char *entity, OfcPrintJobList *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh_later, self);
}

/**
 * ofc_print_job_list_new:
 * @recent: how many of the latest jobs to show besides the unfinished ones, e.g.
 *   %OFC_PRINT_JOB_LIST_RECENT
 *
 * Returns: (transfer full): the list, read at once (empty when the read fails; the next
 *   refresh tries again)
 */
OfcPrintJobList *
ofc_print_job_list_new (OfcContext *context, guint recent)
{
  OfcPrintJobList *self;
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (OFC_IS_CONTEXT (context), NULL);
  self = g_object_new (OFC_TYPE_PRINT_JOB_LIST, NULL);
  self->context = g_object_ref (context);
  self->recent = recent;
  self->changed_handler =
      g_signal_connect (context, "changed::" OFC_PRINT_JOB_CHANGED, G_CALLBACK (on_changed), self);
  if (!ofc_print_job_list_refresh (self, &error))
    g_warning ("cannot read the print queue: %s", error->message);
  return self;
}

/**
 * ofc_print_job_list_find:
 *
 * Returns: the position of job @id, or %G_MAXUINT
 */
guint
ofc_print_job_list_find (OfcPrintJobList *self, const OfcUuid *id)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB_LIST (self), G_MAXUINT);
  for (guint i = 0; i < self->jobs->len; i++)
    if (ofc_uuid_equal (&((OfcPrintJob *) g_ptr_array_index (self->jobs, i))->id, id))
      return i;
  return G_MAXUINT;
}
