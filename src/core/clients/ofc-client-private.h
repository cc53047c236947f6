/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of the client book share and nobody else sees: the table of text fields,
 * the store's instance struct, and the row, validation and journal helpers.
 */
#pragma once

#include "base/ofc-text.h"
#include "clients/ofc-client-list.h"
#include "clients/ofc-client-store.h"
#include "clients/ofc-client.h"
#include "db/ofc-change-set.h"
#include "db/ofc-database.h"
#include "ofc-context.h"

G_BEGIN_DECLS

/* clang-format off */

#define OFC_CLIENT_ENTITY        "client"
#define OFC_CLIENT_SOURCE_ENTITY "client_source"

#define OFC_CLIENT_MAX_PHONES     10
#define OFC_CLIENT_MAX_TAGS       20
#define OFC_CLIENT_MAX_TAG_CHARS  50
#define OFC_CLIENT_MAX_REQUISITE  50
#define OFC_CLIENT_MAX_EMAIL      254

/* the text fields of a client, in the order of their properties and of their columns in
 * OFC_CLIENT_SELECT */
typedef enum
{
  OFC_CLIENT_TEXT_NAME,
  OFC_CLIENT_TEXT_EMAIL,
  OFC_CLIENT_TEXT_ADDRESS,
  OFC_CLIENT_TEXT_BIRTHDAY,
  OFC_CLIENT_TEXT_NOTE,
  OFC_CLIENT_TEXT_CARD_CODE,
  OFC_CLIENT_TEXT_INN,
  OFC_CLIENT_TEXT_KPP,
  OFC_CLIENT_TEXT_OGRN,
  OFC_CLIENT_TEXT_LEGAL_ADDRESS,
  OFC_CLIENT_TEXT_DIRECTOR,
  OFC_CLIENT_TEXT_BANK_NAME,
  OFC_CLIENT_TEXT_BANK_ACCOUNT,
  OFC_CLIENT_TEXT_BANK_CORR_ACCOUNT,
  OFC_CLIENT_TEXT_BANK_BIK,
  OFC_CLIENT_N_TEXT
} OfcClientText;

typedef struct
{
  const char *property; /* the property, error field and journal field name */
  const char *label;    /* untranslated, marked with N_() */
  guint max_chars;
  OfcTextFlags flags;
} OfcClientTextField;

extern const OfcClientTextField ofc_client_text_fields[OFC_CLIENT_N_TEXT];

struct _OfcClientStore
{
  GObject parent_instance;

  OfcContext *context; /* owned */
};

/* every column a client is read from, then the FROM clause the WHERE of the caller joins */
#define OFC_CLIENT_SELECT                                                                     \
  "SELECT c.rowid, c.id, c.kind, c.name, c.email, c.address, c.birthday, c.note, c.card_code," \
  " c.inn, c.kpp, c.ogrn, c.legal_address, c.director, c.bank_name, c.bank_account,"         \
  " c.bank_corr_account, c.bank_bik, c.sms_consent, c.email_consent, c.conflict,"            \
  " c.source_id, s.name, c.tags, c.discount_works, c.discount_parts, c.discount_goods,"      \
  " c.archived, c.version, c.created_at, c.updated_at"                                       \
  " FROM client AS c LEFT JOIN client_source AS s ON s.id = c.source_id "

/* GLib 2.76 has g_set_str(); Debian 12 has 2.74 */
static inline gboolean ofc_set_str (char       **pointer,
                                    const char  *value) { if (g_strcmp0 (*pointer, value) == 0) return FALSE;
  g_free (*pointer);
  *pointer = g_strdup (value);
  return TRUE;
}

/* ofc-client.c */
const char *_ofc_client_get_text       (OfcClient     *self,
                                        OfcClientText  field);
void        _ofc_client_set_text       (OfcClient     *self,
                                        OfcClientText  field,
                                        const char    *value);
void        _ofc_client_set_state      (OfcClient     *self,
                                        const OfcUuid *id,
                                        gboolean       archived,
                                        gint64         version,
                                        gint64         created_at,
                                        gint64         updated_at);
void        _ofc_client_set_source     (OfcClient     *self,
                                        const OfcUuid *id,
                                        const char    *name);
void        _ofc_client_set_phones     (OfcClient     *self,
                                        GPtrArray     *phones);
void        _ofc_client_assign         (OfcClient     *self,
                                        OfcClient     *from);
const char *_ofc_client_kind_to_string (OfcClientKind  kind);

/* ofc-client-fields.c */
void          _ofc_client_register_labels   (void);
OfcChangeSet *_ofc_client_diff              (OfcClient  *before,
                                             OfcClient  *after);
char         *_ofc_client_dup_search_phones (OfcClient  *self);
char         *_ofc_client_dup_name_key      (const char *name);

/* ofc-client-validate.c */
OfcClient *_ofc_client_validate (OfcClient  *client,
                                 GDate      *today,
                                 GError    **error);

/* ofc-client-rows.c */
OfcClient *_ofc_client_read_row         (OfcDatabase    *database,
                                         OfcStatement   *statement,
                                         GError        **error);
GPtrArray *_ofc_client_read_rows        (OfcDatabase    *database,
                                         OfcStatement   *statement,
                                         GError        **error);
OfcClient *_ofc_client_load             (OfcDatabase    *database,
                                         const OfcUuid  *id,
                                         GError        **error);
OfcClient *_ofc_client_load_rowid       (OfcDatabase    *database,
                                         gint64          rowid,
                                         GError        **error);
gboolean   _ofc_client_insert_row       (OfcDatabase    *database,
                                         OfcClient      *client,
                                         GError        **error);
gboolean   _ofc_client_update_row       (OfcDatabase    *database,
                                         OfcClient      *client,
                                         gint64          expected_version,
                                         GError        **error);
gboolean   _ofc_client_write_phones     (OfcDatabase    *database,
                                         OfcClient      *client,
                                         gboolean        replace,
                                         GError        **error);
gboolean   _ofc_client_set_archived_row (OfcDatabase    *database,
                                         OfcClient      *client,
                                         gboolean        archived,
                                         GError        **error);

/* ofc-client-store-search.c */
char     *_ofc_client_search_build_match  (const char      *text);
gboolean  _ofc_client_store_search_rowids (OfcClientStore  *self,
                                           const char      *text,
                                           gboolean         include_archived,
                                           gint64           before_rowid,
                                           guint            limit,
                                           GArray          *rowids,
                                           GError         **error);

/* ofc-client-list-query.c */
gboolean    _ofc_client_list_is_batched      (const char        *text,
                                              OfcClientSortKey   key,
                                              gboolean           descending);
gboolean    _ofc_client_list_load_ids        (OfcClientStore    *store,
                                              const char        *text,
                                              gboolean           include_archived,
                                              OfcClientSortKey   key,
                                              gboolean           descending,
                                              guint              count,
                                              GArray            *rowids,
                                              gboolean          *has_more,
                                              GError           **error);
gboolean    _ofc_client_list_load_first_ids  (OfcDatabase       *database,
                                              gboolean           include_archived,
                                              OfcClientSortKey   key,
                                              gboolean           descending,
                                              gint64             limit,
                                              GArray            *rowids,
                                              GError           **error);
gboolean    _ofc_client_list_load_batch      (OfcClientStore    *store,
                                              const char        *text,
                                              gboolean           include_archived,
                                              GArray            *rowids,
                                              gboolean          *has_more,
                                              GError           **error);
gint64      _ofc_client_list_get_journal_seq (OfcClientStore    *store);
GHashTable *_ofc_client_list_dup_changed     (OfcClientStore    *store,
                                              gint64             since);

/* ofc-client-store-sources.c */
gboolean _ofc_client_store_seed_sources  (OfcClientStore  *self,
                                          GError         **error);
gboolean _ofc_client_store_lookup_source (OfcClientStore  *self,
                                          const OfcUuid   *id,
                                          char           **name,
                                          GError         **error);

/* clang-format on */

G_END_DECLS
