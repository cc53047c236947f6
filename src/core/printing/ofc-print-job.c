/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintJob: the read-only job snapshot, its properties, and reading it from a row.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "db/ofc-journal.h"
#include "ofc-printing-private.h"

G_DEFINE_FINAL_TYPE (OfcPrintJob, ofc_print_job, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ID,
  PROP_SEQ,
  PROP_PRINTER_ID,
  PROP_PRINTER_NAME,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_TITLE,
  PROP_COPIES,
  PROP_STATE,
  PROP_STATE_LABEL,
  PROP_ATTEMPTS,
  PROP_NEXT_ATTEMPT_AT,
  PROP_LAST_ERROR,
  PROP_ERROR_CODE,
  PROP_HAS_PAYLOAD,
  PROP_PAYLOAD_FORMAT,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  PROP_SENT_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const OfcJournalLabel job_labels[] = {
  { "printer-id", N_ ("Printer") },
  { "kind", N_ ("Document") },
  { "title", N_ ("What was printed") },
  { "copies", N_ ("Copies") },
  { "state", N_ ("State") },
  { "attempts", N_ ("Attempts") },
  { "last-error", N_ ("Problem") },
};

static const OfcJournalLabel job_operations[] = {
  { "sent", N_ ("Printed") },
  { "failed", N_ ("Printing failed") },
  { "waiting", N_ ("Printing delayed") },
  { "retry", N_ ("Printing retried") },
  { "cancel", N_ ("Printing cancelled") },
};

void
_ofc_print_job_register_labels (void)
{
  static gsize registered = 0;

  if (g_once_init_enter (&registered))
    {
      ofc_journal_register_labels (OFC_PRINT_JOB_ENTITY, job_labels, G_N_ELEMENTS (job_labels));
      ofc_journal_register_operations (job_operations, G_N_ELEMENTS (job_operations));
      g_once_init_leave (&registered, 1);
    }
}

static void
ofc_print_job_finalize (GObject *object)
{
  OfcPrintJob *self = OFC_PRINT_JOB (object);

  g_free (self->printer_name);
  g_array_unref (self->subjects);
  g_free (self->title);
  g_free (self->last_error);
  g_free (self->error_code);
  g_free (self->payload_format);
  G_OBJECT_CLASS (ofc_print_job_parent_class)->finalize (object);
}

static char *
dup_uuid (const OfcUuid *id)
{
  return ofc_uuid_is_nil (id) ? g_strdup ("") : ofc_uuid_dup_string (id);
}

static void
ofc_print_job_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrintJob *self = OFC_PRINT_JOB (object);

  switch (prop_id)
    {
      case PROP_ID:
        g_value_take_string (value, dup_uuid (&self->id));
        break;
      case PROP_SEQ:
        g_value_set_int64 (value, self->seq);
        break;
      case PROP_PRINTER_ID:
        g_value_take_string (value, dup_uuid (&self->printer_id));
        break;
      case PROP_PRINTER_NAME:
        g_value_set_string (value, self->printer_name);
        break;
      case PROP_KIND:
        g_value_set_enum (value, self->kind);
        break;
      case PROP_KIND_LABEL:
        g_value_set_string (value, ofc_print_job_kind_get_label (self->kind));
        break;
      case PROP_TITLE:
        g_value_set_string (value, self->title);
        break;
      case PROP_COPIES:
        g_value_set_uint (value, self->copies);
        break;
      case PROP_STATE:
        g_value_set_enum (value, self->state);
        break;
      case PROP_STATE_LABEL:
        g_value_set_string (value, ofc_print_job_state_get_label (self->state));
        break;
      case PROP_ATTEMPTS:
        g_value_set_uint (value, self->attempts);
        break;
      case PROP_NEXT_ATTEMPT_AT:
        g_value_set_int64 (value, self->next_attempt_at);
        break;
      case PROP_LAST_ERROR:
        g_value_set_string (value, self->last_error);
        break;
      case PROP_ERROR_CODE:
        g_value_set_string (value, self->error_code);
        break;
      case PROP_HAS_PAYLOAD:
        g_value_set_boolean (value, self->has_payload);
        break;
      case PROP_PAYLOAD_FORMAT:
        g_value_set_string (value, self->payload_format);
        break;
      case PROP_CREATED_AT:
        g_value_set_int64 (value, self->created_at);
        break;
      case PROP_UPDATED_AT:
        g_value_set_int64 (value, self->updated_at);
        break;
      case PROP_SENT_AT:
        g_value_set_int64 (value, self->sent_at);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#define RO (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS)

static void
ofc_print_job_class_init (OfcPrintJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_print_job_finalize;
  object_class->get_property = ofc_print_job_get_property;
  /* whoever shows history with print jobs in it makes the class, and so has the labels */
  _ofc_print_job_register_labels ();

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", RO);
  properties[PROP_SEQ] = g_param_spec_int64 ("seq", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_PRINTER_ID] = g_param_spec_string ("printer-id", NULL, NULL, "", RO);
  properties[PROP_PRINTER_NAME] = g_param_spec_string ("printer-name", NULL, NULL, "", RO);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, OFC_TYPE_PRINT_JOB_KIND, 0, RO);
  properties[PROP_KIND_LABEL] = g_param_spec_string ("kind-label", NULL, NULL, "", RO);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", RO);
  properties[PROP_COPIES] = g_param_spec_uint ("copies", NULL, NULL, 0, 99, 1, RO);
  properties[PROP_STATE] = g_param_spec_enum ("state", NULL, NULL, OFC_TYPE_PRINT_JOB_STATE, 0, RO);
  properties[PROP_STATE_LABEL] = g_param_spec_string ("state-label", NULL, NULL, "", RO);
  properties[PROP_ATTEMPTS] = g_param_spec_uint ("attempts", NULL, NULL, 0, G_MAXUINT, 0, RO);
  properties[PROP_NEXT_ATTEMPT_AT] =
      g_param_spec_int64 ("next-attempt-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_LAST_ERROR] = g_param_spec_string ("last-error", NULL, NULL, "", RO);
  properties[PROP_ERROR_CODE] = g_param_spec_string ("error-code", NULL, NULL, "", RO);
  properties[PROP_HAS_PAYLOAD] = g_param_spec_boolean ("has-payload", NULL, NULL, FALSE, RO);
  properties[PROP_PAYLOAD_FORMAT] = g_param_spec_string ("payload-format", NULL, NULL, "", RO);
  properties[PROP_CREATED_AT] = g_param_spec_int64 ("created-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_UPDATED_AT] = g_param_spec_int64 ("updated-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
  properties[PROP_SENT_AT] = g_param_spec_int64 ("sent-at", NULL, NULL, 0, G_MAXINT64, 0, RO);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_print_job_init (OfcPrintJob *self)
{
  self->subjects = g_array_new (FALSE, TRUE, sizeof (OfcUuid));
}

/* reads the columns of OFC_PRINT_JOB_COLUMNS; the subjects come from
 * _ofc_print_job_load_subjects() */
OfcPrintJob *
_ofc_print_job_read (OfcStatement *statement)
{
  OfcPrintJob *job = g_object_new (OFC_TYPE_PRINT_JOB, NULL);
  OfcPrintJobKind kind = OFC_PRINT_JOB_TEST_PAGE;
  OfcPrintJobState state = OFC_PRINT_JOB_QUEUED;
  const char *subject = ofc_statement_get_text (statement, 5);

  ofc_statement_get_uuid (statement, 0, &job->id);
  job->seq = ofc_statement_get_int64 (statement, 1);
  ofc_statement_get_uuid (statement, 2, &job->printer_id);
  job->printer_name = ofc_statement_dup_text (statement, 3);
  ofc_print_job_kind_from_string (ofc_statement_get_text (statement, 4), &kind);
  job->kind = kind;
  job->subject_kind = g_strcmp0 (subject, "order") == 0    ? OFC_PRINT_SUBJECT_ORDER
                      : g_strcmp0 (subject, "client") == 0 ? OFC_PRINT_SUBJECT_CLIENT
                                                           : OFC_PRINT_SUBJECT_NONE;
  job->title = ofc_statement_dup_text (statement, 6);
  job->copies = ofc_statement_get_int64 (statement, 7);
  ofc_print_job_state_from_string (ofc_statement_get_text (statement, 8), &state);
  job->state = state;
  job->attempts = ofc_statement_get_int64 (statement, 9);
  job->next_attempt_at = ofc_statement_get_int64 (statement, 10);
  job->last_error = ofc_statement_dup_text (statement, 11);
  job->error_code = ofc_statement_dup_text (statement, 12);
  job->has_payload = ofc_statement_get_bool (statement, 13);
  job->payload_format = ofc_statement_dup_text (statement, 14);
  job->written_at = ofc_statement_get_int64 (statement, 15);
  if (!ofc_statement_is_null (statement, 16))
    ofc_statement_get_uuid (statement, 16, &job->reprint_of);
  job->created_at = ofc_statement_get_int64 (statement, 17);
  job->updated_at = ofc_statement_get_int64 (statement, 18);
  job->sent_at = ofc_statement_get_int64 (statement, 19);
  return job;
}

gboolean
_ofc_print_job_load_subjects (OfcDatabase *database, OfcPrintJob *job, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (
      database, "SELECT subject_id FROM print_job_subject WHERE job_id = ?1 ORDER BY position",
      error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &job->id);
  g_array_set_size (job->subjects, 0);
  while (ofc_statement_step (statement, &local))
    {
      OfcUuid id;

      ofc_statement_get_uuid (statement, 0, &id);
      g_array_append_val (job->subjects, id);
    }
  if (local == NULL)
    return TRUE;
  g_propagate_error (error, local);
  return FALSE;
}

/**
 * _ofc_print_job_load:
 *
 * Returns: (transfer full) (nullable): the job with its subjects, or %OFC_ERROR_NOT_FOUND
 */
OfcPrintJob *
_ofc_print_job_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcPrintJob) job = NULL;
  GError *local = NULL;

  statement = ofc_database_prepare (
      database, "SELECT " OFC_PRINT_JOB_COLUMNS OFC_PRINT_JOB_FROM "WHERE j.id = ?1", error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, id);
  if (!ofc_statement_step (statement, &local))
    {
      if (local != NULL)
        g_propagate_error (error, local);
      else
        g_set_error_literal (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                             _ ("This print job does not exist"));
      return NULL;
    }
  job = _ofc_print_job_read (statement);
  if (!_ofc_print_job_load_subjects (database, job, error))
    return NULL;
  return g_steal_pointer (&job);
}

/* print jobs show in the history of what they print (the order, the client) */
gboolean
_ofc_print_job_journal (OfcDatabase *database,
                        OfcPrintJob *job,
                        const char *operation,
                        OfcChangeSet *changes,
                        GError **error)
{
  _ofc_print_job_register_labels ();
  if (job->subjects->len == 0 || job->subject_kind == OFC_PRINT_SUBJECT_NONE)
    return ofc_journal_append (database, OFC_PRINT_JOB_ENTITY, &job->id, operation, changes, error);
  return ofc_journal_append_child (database, OFC_PRINT_JOB_ENTITY, &job->id,
                                   ofc_print_subject_kind_to_string (job->subject_kind),
                                   &g_array_index (job->subjects, OfcUuid, 0), operation, changes,
                                   error);
}

const OfcUuid *
ofc_print_job_get_id (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return &self->id;
}

gint64
ofc_print_job_get_seq (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->seq;
}

const OfcUuid *
ofc_print_job_get_printer_id (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return &self->printer_id;
}

const char *
ofc_print_job_get_printer_name (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return self->printer_name;
}

OfcPrintJobKind
ofc_print_job_get_kind (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->kind;
}

OfcPrintSubjectKind
ofc_print_job_get_subject_kind (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->subject_kind;
}

guint
ofc_print_job_get_n_subjects (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->subjects->len;
}

const OfcUuid *
ofc_print_job_get_subject (OfcPrintJob *self, guint index)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  g_return_val_if_fail (index < self->subjects->len, NULL);
  return &g_array_index (self->subjects, OfcUuid, index);
}

const char *
ofc_print_job_get_title (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return self->title;
}

guint
ofc_print_job_get_copies (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->copies;
}

OfcPrintJobState
ofc_print_job_get_state (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->state;
}

guint
ofc_print_job_get_attempts (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->attempts;
}

gint64
ofc_print_job_get_next_attempt_at (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->next_attempt_at;
}

const char *
ofc_print_job_get_last_error (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return self->last_error;
}

const char *
ofc_print_job_get_error_code (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return self->error_code;
}

gboolean
ofc_print_job_has_payload (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), FALSE);
  return self->has_payload;
}

const char *
ofc_print_job_get_payload_format (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return self->payload_format;
}

/* every byte of the job went out; the printer may not have confirmed it yet */
gboolean
ofc_print_job_is_written (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), FALSE);
  return self->written_at != 0;
}

/* when the last byte went out, µs since the epoch; 0 while not written */
gint64
ofc_print_job_get_written_at (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->written_at;
}

/**
 * ofc_print_job_get_reprint_of:
 *
 * Returns: (nullable): the job this one reprints
 */
const OfcUuid *
ofc_print_job_get_reprint_of (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), NULL);
  return ofc_uuid_is_nil (&self->reprint_of) ? NULL : &self->reprint_of;
}

gint64
ofc_print_job_get_created_at (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->created_at;
}

gint64
ofc_print_job_get_updated_at (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->updated_at;
}

gint64
ofc_print_job_get_sent_at (OfcPrintJob *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_JOB (self), 0);
  return self->sent_at;
}
