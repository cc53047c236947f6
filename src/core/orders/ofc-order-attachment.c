/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderAttachment and its store: files copied beside the database under their content
 * hash, rows and journal entries in the order's history, and a clear error when a file
 * vanished from the folder.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-attachment.h"
#include "orders/ofc-order-private.h"

#define CHUNK 65536

struct _OfcOrderAttachment
{
  GObject parent_instance;

  OfcUuid id;
  OfcUuid order_id;
  char *name;
  char *sha256;
  gint64 size;
  char *mime_type;
  gboolean removed;
  gint64 created_at;
};

#define F(name, label, type, flags, member, max)                                \
  {                                                                             \
    name, label, type, flags, G_STRUCT_OFFSET (OfcOrderAttachment, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("order-id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, order_id, 0),
  F ("name", N_ ("File"), OFC_FIELD_STRING, OFC_FIELD_READ_ONLY, name, 0),
  F ("sha256", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT, sha256, 0),
  F ("size", N_ ("Size, bytes"), OFC_FIELD_INT64, OFC_FIELD_READ_ONLY, size, 0),
  F ("mime-type", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT, mime_type, 0),
  F ("removed", NULL, OFC_FIELD_BOOL, OFC_FIELD_KEPT, removed, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
};

static OfcRecordClass record = { "order_attachment", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcOrderAttachment, ofc_order_attachment, record)

OFC_RECORD_ID_GETTER (OfcOrderAttachment, ofc_order_attachment, id)
OFC_RECORD_GETTER (OfcOrderAttachment, ofc_order_attachment, const char *, name)
OFC_RECORD_GETTER (OfcOrderAttachment, ofc_order_attachment, const char *, sha256)
OFC_RECORD_GETTER (OfcOrderAttachment, ofc_order_attachment, gint64, size)
OFC_RECORD_GETTER (OfcOrderAttachment, ofc_order_attachment, const char *, mime_type)
OFC_RECORD_GETTER (OfcOrderAttachment, ofc_order_attachment, gboolean, removed)
OFC_RECORD_GETTER (OfcOrderAttachment, ofc_order_attachment, gint64, created_at)

/**
 * ofc_order_attachments_dup_folder:
 *
 * Returns: (transfer full) (nullable): "<database>.files", or %NULL for an in-memory
 * database
 */
char *
ofc_order_attachments_dup_folder (OfcDatabase *database)
{
  const char *path = ofc_database_get_path (database);

  if (g_strcmp0 (path, OFC_DATABASE_MEMORY) == 0)
    return NULL;
  return g_strconcat (path, ".files", NULL);
}

/*
 * Copying
 */

static gboolean
check_source (GFile *file, GFileInfo **info, GError **error)
{
  g_autoptr (GError) local = NULL;
  g_autofree char *size = NULL;

  *info =
      g_file_query_info (file,
                         G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME
                                                        "," G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE
                                                        "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                         G_FILE_QUERY_INFO_NONE, NULL, &local);
  if (*info == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, local->code, _ ("Cannot attach “%s”: %s"), name,
                   local->message);
      return FALSE;
    }
  if (g_file_info_get_file_type (*info) != G_FILE_TYPE_REGULAR)
    ofc_set_invalid (error, "name", _ ("“%s” is not a file"), g_file_info_get_display_name (*info));
  else if (g_file_info_get_size (*info) > OFC_ATTACHMENT_MAX_SIZE)
    {
      size = g_format_size (OFC_ATTACHMENT_MAX_SIZE);
      ofc_set_invalid (error, "name", _ ("“%s” is too large to attach; the limit is %s"),
                       g_file_info_get_display_name (*info), size);
    }
  else
    return TRUE;
  g_clear_object (info);
  return FALSE;
}

/* streams @source into @target, hashing it; refuses a file that grew past the limit */
static char *
copy_hashed (GFile *source, GFile *target, gint64 *size, GCancellable *cancellable, GError **error)
{
  g_autoptr (GFileInputStream) in = g_file_read (source, cancellable, error);
  g_autoptr (GFileOutputStream) out = NULL;
  g_autoptr (GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guint8 *buffer = g_malloc (CHUNK);
  gssize n;

  if (in == NULL)
    return NULL;
  out = g_file_create (target, G_FILE_CREATE_PRIVATE, cancellable, error);
  if (out == NULL)
    return NULL;
  *size = 0;
  while ((n = g_input_stream_read (G_INPUT_STREAM (in), buffer, CHUNK, cancellable, error)) > 0)
    {
      *size += n;
      g_checksum_update (checksum, buffer, n);
      if (*size > OFC_ATTACHMENT_MAX_SIZE ||
          !g_output_stream_write_all (G_OUTPUT_STREAM (out), buffer, (gsize) n, NULL, cancellable,
                                      error))
        break;
    }
  if (n != 0 || !g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    {
      if (n > 0 && *size > OFC_ATTACHMENT_MAX_SIZE)
        ofc_set_invalid (error, "name",
                         _ ("The file grew past the attachment limit while "
                            "being copied"));
      return NULL;
    }
  return g_strdup (g_checksum_get_string (checksum));
}

/* copies @source into @folder as "<sha256>"; an identical file already there is reused */
static char *
store_file (
    GFile *source, const char *folder, gint64 *size, GCancellable *cancellable, GError **error)
{
  g_autofree char *id = NULL;
  g_autofree char *incoming_name = NULL;
  g_autoptr (GFile) incoming = NULL;
  g_autoptr (GFile) final = NULL;
  g_autofree char *sha256 = NULL;
  OfcUuid uuid;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _ ("Cannot create the attachments folder “%s”: %s"), folder, g_strerror (errno));
      return NULL;
    }
  ofc_uuid_generate (&uuid);
  id = ofc_uuid_dup_string (&uuid);
  incoming_name = g_strconcat (folder, G_DIR_SEPARATOR_S ".incoming-", id, NULL);
  incoming = g_file_new_for_path (incoming_name);
  sha256 = copy_hashed (source, incoming, size, cancellable, error);
  if (sha256 != NULL)
    {
      g_autofree char *final_name = g_build_filename (folder, sha256, NULL);

      final = g_file_new_for_path (final_name);
      if (g_file_query_exists (final, NULL) ||
          g_file_move (incoming, final, G_FILE_COPY_NONE, cancellable, NULL, NULL, error))
        {
          g_file_delete (incoming, NULL, NULL);
          return g_steal_pointer (&sha256);
        }
    }
  g_file_delete (incoming, NULL, NULL);
  return NULL;
}

/*
 * Rows
 */

static gboolean
insert (OfcDatabase *database, OfcOrderAttachment *attachment, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new_creation ();

  statement = ofc_database_prepare (database,
                                    "INSERT INTO order_attachment (id, order_id, name, sha256,"
                                    " size, mime_type, removed, created_at)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                    error);
  if (statement == NULL)
    return FALSE;
  _ofc_record_bind (G_OBJECT (attachment), &record, statement, 1);
  ofc_change_set_text (changes, "name", NULL, attachment->name);
  ofc_change_set_int64 (changes, "size", 0, attachment->size);
  return ofc_statement_exec (statement, error) &&
         ofc_journal_append_child (database, record.entity, &attachment->id, "order",
                                   &attachment->order_id, "attach", changes, error);
}

static OfcOrderAttachment *
new_attachment (OfcDatabase *database, OfcOrder *order, GFileInfo *info, GError **error)
{
  g_autoptr (OfcOrderAttachment) attachment = g_object_new (OFC_TYPE_ORDER_ATTACHMENT, NULL);
  const char *content_type = g_file_info_get_content_type (info);
  g_autofree char *mime = content_type != NULL ? g_content_type_get_mime_type (content_type) : NULL;
  char *name = ofc_text_take_valid ("name", _ ("File"), g_file_info_get_display_name (info),
                                    OFC_TEXT_MAX_NAME, OFC_TEXT_REQUIRED, error);

  if (name == NULL)
    return NULL;
  g_free (attachment->name);
  attachment->name = name;
  ofc_uuid_generate (&attachment->id);
  attachment->order_id = *ofc_order_get_id (order);
  _ofc_replace_string (&attachment->mime_type, mime != NULL ? mime : "application/octet-stream");
  attachment->created_at = ofc_database_now (database);
  return g_steal_pointer (&attachment);
}

/**
 * ofc_order_attach_file:
 * @file: the file to copy in
 *
 * Copies @file (up to %OFC_ATTACHMENT_MAX_SIZE) into the attachments folder and records
 * it on @order. Needs a database file: an in-memory database has no folder.
 *
 * Returns: (transfer full) (nullable): the attachment
 */
OfcOrderAttachment *
ofc_order_attach_file (
    OfcContext *context, OfcOrder *order, GFile *file, GCancellable *cancellable, GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autofree char *folder = ofc_order_attachments_dup_folder (database);
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (OfcOrderAttachment) attachment = NULL;
  g_autoptr (OfcTransaction) transaction = NULL;

  g_return_val_if_fail (ofc_order_is_saved (order), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (folder == NULL)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED,
                   _ ("Files can be attached only to orders in a database file"));
      return NULL;
    }
  if (!check_source (file, &info, error) ||
      (attachment = new_attachment (database, order, info, error)) == NULL)
    return NULL;
  attachment->sha256 = store_file (file, folder, &attachment->size, cancellable, error);
  if (attachment->sha256 == NULL)
    return NULL;
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !insert (database, attachment, error) ||
      !ofc_transaction_commit (transaction, error))
    return NULL;
  ofc_context_notify_changed (context, "order");
  return g_steal_pointer (&attachment);
}

/**
 * ofc_order_list_attachments:
 *
 * Returns: (transfer full) (nullable): @order's attachments that were not removed, oldest
 * first
 */
GListModel *
ofc_order_list_attachments (OfcContext *context, OfcOrder *order, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (ofc_context_get_database (context),
                                    "SELECT id, order_id, name, sha256, size, mime_type, removed,"
                                    " created_at FROM order_attachment WHERE order_id = ?1"
                                    " AND removed = 0 ORDER BY created_at, rowid",
                                    error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, ofc_order_get_id (order));
  return _ofc_record_read_all (OFC_TYPE_ORDER_ATTACHMENT, &record, statement, error);
}

/**
 * ofc_order_attachment_get_file:
 *
 * Returns: (transfer full) (nullable): the stored copy to open, or %NULL with
 * %OFC_ERROR_NOT_FOUND naming the file and where it should be when it vanished (or was
 * truncated) from the attachments folder
 */
GFile *
ofc_order_attachment_get_file (OfcContext *context, OfcOrderAttachment *attachment, GError **error)
{
  g_autofree char *folder = ofc_order_attachments_dup_folder (ofc_context_get_database (context));
  g_autofree char *path = NULL;
  GStatBuf info;

  if (folder == NULL)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND, _ ("There is no attachments folder"));
      return NULL;
    }
  path = g_build_filename (folder, attachment->sha256, NULL);
  if (g_stat (path, &info) != 0 || (gint64) info.st_size != attachment->size)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND,
                   _ ("The attached file “%s” is missing: “%s” was moved, changed or deleted; "
                      "restore the folder from a backup"),
                   attachment->name, path);
      return NULL;
    }
  return g_file_new_for_path (path);
}

static gboolean
mark_removed (OfcDatabase *database, OfcOrderAttachment *attachment, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  statement = ofc_database_prepare (database,
                                    "UPDATE order_attachment SET removed = 1 WHERE id = ?1"
                                    " AND removed = 0",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &attachment->id);
  if (!ofc_statement_exec (statement, error))
    return FALSE;
  if (ofc_database_get_changes (database) == 0)
    {
      g_set_error (error, OFC_ERROR, OFC_ERROR_CONFLICT, _ ("“%s” was already removed"),
                   attachment->name);
      return FALSE;
    }
  ofc_change_set_text (changes, "name", attachment->name, NULL);
  return ofc_journal_append_child (database, record.entity, &attachment->id, "order",
                                   &attachment->order_id, "remove", changes, error);
}

/**
 * ofc_order_remove_attachment:
 *
 * Marks @attachment removed; its file stays in the folder for the history.
 */
gboolean
ofc_order_remove_attachment (OfcContext *context,
                             OfcOrder *order,
                             OfcOrderAttachment *attachment,
                             GError **error)
{
  OfcDatabase *database = ofc_context_get_database (context);
  g_autoptr (OfcTransaction) transaction = NULL;

  g_return_val_if_fail (ofc_uuid_equal (&attachment->order_id, ofc_order_get_id (order)), FALSE);

  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !mark_removed (database, attachment, error) ||
      !ofc_transaction_commit (transaction, error))
    return FALSE;
  attachment->removed = TRUE;
  g_object_notify (G_OBJECT (attachment), "removed");
  ofc_context_notify_changed (context, "order");
  return TRUE;
}
