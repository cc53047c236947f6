/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderComment and its store: insert-only remarks on an order, journaled into the
 * order's history.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "orders/ofc-order-comment.h"
#include "orders/ofc-order-private.h"

struct _OfcOrderComment
{
  GObject parent_instance;

  OfcUuid id;
  OfcUuid order_id;
  char *text;
  char *author;
  gint64 created_at;
};

#define F(name, label, type, flags, member, max)                             \
  {                                                                          \
    name, label, type, flags, G_STRUCT_OFFSET (OfcOrderComment, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("order-id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, order_id, 0),
  F ("text",
     N_ ("Comment"),
     OFC_FIELD_STRING,
     OFC_FIELD_REQUIRED | OFC_FIELD_MULTI_LINE,
     text,
     OFC_TEXT_MAX_NOTE),
  F ("author", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT, author, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
};

static OfcRecordClass record = { "order_comment", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcOrderComment, ofc_order_comment, record)

OFC_RECORD_ID_GETTER (OfcOrderComment, ofc_order_comment, id)
OFC_RECORD_GETTER (OfcOrderComment, ofc_order_comment, const char *, text)
OFC_RECORD_GETTER (OfcOrderComment, ofc_order_comment, const char *, author)
OFC_RECORD_GETTER (OfcOrderComment, ofc_order_comment, gint64, created_at)

static gboolean
insert (OfcDatabase *database, OfcOrderComment *comment, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autoptr (OfcChangeSet) changes = ofc_change_set_new ();

  statement = ofc_database_prepare (database,
                                    "INSERT INTO order_comment (id, order_id, text, author_id,"
                                    " author, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                    error);
  if (statement == NULL)
    return FALSE;
  ofc_statement_bind_uuid (statement, 1, &comment->id);
  ofc_statement_bind_uuid (statement, 2, &comment->order_id);
  ofc_statement_bind_text (statement, 3, comment->text);
  ofc_statement_bind_uuid (statement, 4, ofc_database_get_actor_id (database));
  ofc_statement_bind_text (statement, 5, comment->author);
  ofc_statement_bind_int64 (statement, 6, comment->created_at);
  ofc_change_set_text (changes, "text", NULL, comment->text);
  return ofc_statement_exec (statement, error) &&
         ofc_journal_append_child (database, record.entity, &comment->id, "order",
                                   &comment->order_id, "comment", changes, error);
}

/* inside the caller's transaction */
OfcOrderComment *
_ofc_order_add_comment (OfcDatabase *database, OfcOrder *order, const char *text, GError **error)
{
  g_autoptr (OfcOrderComment) comment = g_object_new (OFC_TYPE_ORDER_COMMENT, NULL);
  g_autoptr (OfcTransaction) transaction = NULL;

  _ofc_replace_string (&comment->text, text);
  if (!_ofc_record_clean_text (G_OBJECT (comment), &record, error))
    return NULL;
  ofc_uuid_generate (&comment->id);
  comment->order_id = *ofc_order_get_id (order);
  _ofc_replace_string (&comment->author, ofc_database_get_actor_name (database));
  comment->created_at = ofc_database_now (database);
  transaction = ofc_database_begin (database, error);
  if (transaction == NULL || !insert (database, comment, error) ||
      !ofc_transaction_commit (transaction, error))
    return NULL;
  return g_steal_pointer (&comment);
}

/**
 * ofc_order_add_comment:
 * @text: what to say; up to %OFC_TEXT_MAX_NOTE characters, line breaks allowed
 *
 * Returns: (transfer full) (nullable): the comment, signed with the database's actor
 */
OfcOrderComment *
ofc_order_add_comment (OfcContext *context, OfcOrder *order, const char *text, GError **error)
{
  OfcOrderComment *comment;

  g_return_val_if_fail (ofc_order_is_saved (order), NULL);

  comment = _ofc_order_add_comment (ofc_context_get_database (context), order, text, error);
  if (comment != NULL)
    ofc_context_notify_changed (context, "order");
  return comment;
}

/**
 * ofc_order_list_comments:
 *
 * Returns: (transfer full) (nullable): @order's comments, oldest first
 */
GListModel *
ofc_order_list_comments (OfcContext *context, OfcOrder *order, GError **error)
{
  g_autoptr (OfcStatement) statement = NULL;

  statement = ofc_database_prepare (ofc_context_get_database (context),
                                    "SELECT id, order_id, text, author, created_at"
                                    " FROM order_comment WHERE order_id = ?1 ORDER BY created_at,"
                                    " rowid",
                                    error);
  if (statement == NULL)
    return NULL;
  ofc_statement_bind_uuid (statement, 1, ofc_order_get_id (order));
  return _ofc_record_read_all (OFC_TYPE_ORDER_COMMENT, &record, statement, error);
}
