/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClient: a client of the workshop, a person or a company, as a plain model object.
 * Every field is a GObject property (names below in quotes) so editors can bind widgets
 * to it; setting a property changes nothing in the database: OfcClientStore validates and
 * saves the object, and writes back what it stored (cleaned text, normalised phones, the
 * generated card code, the new version).
 *
 * Properties: "id" (string, read-only; empty until created), "kind", "is-company"
 * (read-only), "name", "phones" (a GListModel of #OfcClientPhone, read-only: edit it with
 * the phone functions), "phones-text" (read-only, "+7 926 … , 8 495 …"), "email",
 * "address", "birthday" ("YYYY-MM-DD"), "sms-consent", "email-consent", "conflict",
 * "source-id" (string), "source-name" (read-only), "note", "tags" (GStrv), "tags-text"
 * ("vip, wholesale"), "discount-works", "discount-parts", "discount-goods" (basis points,
 * 1 % = 100), "card-code", "inn", "kpp", "ogrn", "legal-address", "director",
 * "bank-name", "bank-account", "bank-corr-account", "bank-bik", and read-only
 * "archived", "version", "created-at" and "updated-at" (µs since the epoch, UTC).
 *
 * Validation errors (%OFC_ERROR_INVALID) name the field by these property names, so an
 * editor can focus the widget bound to ofc_error_get_field(); the journal records changes
 * under the same names.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "base/ofc-uuid.h"
#include "clients/ofc-client-phone.h"
#include "clients/ofc-client-source.h"

G_BEGIN_DECLS

/* clang-format off */

/**
 * OfcClientKind:
 * @OFC_CLIENT_KIND_PERSON: a private person
 * @OFC_CLIENT_KIND_COMPANY: a company or an entrepreneur, with requisites
 */
typedef enum
{
  OFC_CLIENT_KIND_PERSON,
  OFC_CLIENT_KIND_COMPANY,
} OfcClientKind;

/**
 * OfcDiscountCategory:
 * @OFC_DISCOUNT_WORKS: works and services of repair orders
 * @OFC_DISCOUNT_PARTS: parts and materials used in repairs
 * @OFC_DISCOUNT_GOODS: goods sold in the shop
 */
typedef enum
{
  OFC_DISCOUNT_WORKS,
  OFC_DISCOUNT_PARTS,
  OFC_DISCOUNT_GOODS,
  OFC_N_DISCOUNTS
} OfcDiscountCategory;

#define OFC_DISCOUNT_MAX 10000 /* 100 % in basis points */

#define OFC_TYPE_CLIENT_KIND (ofc_client_kind_get_type ())
GType ofc_client_kind_get_type (void);

#define OFC_TYPE_CLIENT (ofc_client_get_type ())
G_DECLARE_FINAL_TYPE (OfcClient, ofc_client, OFC, CLIENT, GObject)

OfcClient *ofc_client_new  (OfcClientKind  kind);
OfcClient *ofc_client_copy (OfcClient     *self);

const OfcUuid *ofc_client_get_id         (OfcClient     *self);
gboolean       ofc_client_is_saved       (OfcClient     *self);
OfcClientKind  ofc_client_get_kind       (OfcClient     *self);
void           ofc_client_set_kind       (OfcClient     *self,
                                          OfcClientKind  kind);
gboolean       ofc_client_get_is_company (OfcClient     *self);

/* text fields: getters never return %NULL ("" when empty), so widgets can bind them */
const char *ofc_client_get_name              (OfcClient  *self);
void        ofc_client_set_name              (OfcClient  *self,
                                              const char *name);
const char *ofc_client_get_email             (OfcClient  *self);
void        ofc_client_set_email             (OfcClient  *self,
                                              const char *email);
const char *ofc_client_get_address           (OfcClient  *self);
void        ofc_client_set_address           (OfcClient  *self,
                                              const char *address);
const char *ofc_client_get_note              (OfcClient  *self);
void        ofc_client_set_note              (OfcClient  *self,
                                              const char *note);
const char *ofc_client_get_card_code         (OfcClient  *self);
void        ofc_client_set_card_code         (OfcClient  *self,
                                              const char *card_code);
const char *ofc_client_get_inn               (OfcClient  *self);
void        ofc_client_set_inn               (OfcClient  *self,
                                              const char *inn);
const char *ofc_client_get_kpp               (OfcClient  *self);
void        ofc_client_set_kpp               (OfcClient  *self,
                                              const char *kpp);
const char *ofc_client_get_ogrn              (OfcClient  *self);
void        ofc_client_set_ogrn              (OfcClient  *self,
                                              const char *ogrn);
const char *ofc_client_get_legal_address     (OfcClient  *self);
void        ofc_client_set_legal_address     (OfcClient  *self,
                                              const char *legal_address);
const char *ofc_client_get_director          (OfcClient  *self);
void        ofc_client_set_director          (OfcClient  *self,
                                              const char *director);
const char *ofc_client_get_bank_name         (OfcClient  *self);
void        ofc_client_set_bank_name         (OfcClient  *self,
                                              const char *bank_name);
const char *ofc_client_get_bank_account      (OfcClient  *self);
void        ofc_client_set_bank_account      (OfcClient  *self,
                                              const char *bank_account);
const char *ofc_client_get_bank_corr_account (OfcClient  *self);
void        ofc_client_set_bank_corr_account (OfcClient  *self,
                                              const char *account);
const char *ofc_client_get_bank_bik          (OfcClient  *self);
void        ofc_client_set_bank_bik          (OfcClient  *self,
                                              const char *bank_bik);

/* birthday: "YYYY-MM-DD", or a GDate */
const char *ofc_client_get_birthday      (OfcClient   *self);
void        ofc_client_set_birthday      (OfcClient   *self,
                                          const char  *birthday);
gboolean    ofc_client_get_birthday_date (OfcClient   *self,
                                          GDate       *out);
void        ofc_client_set_birthday_date (OfcClient   *self,
                                          const GDate *date);

/* phones, in the order shown */
GListModel     *ofc_client_get_phones      (OfcClient  *self);
guint           ofc_client_get_n_phones    (OfcClient  *self);
OfcClientPhone *ofc_client_get_phone       (OfcClient  *self,
                                            guint       position);
void            ofc_client_add_phone       (OfcClient  *self,
                                            const char *display,
                                            const char *label);
void            ofc_client_remove_phone    (OfcClient  *self,
                                            guint       position);
void            ofc_client_clear_phones    (OfcClient  *self);
char           *ofc_client_dup_phones_text (OfcClient  *self);

gboolean ofc_client_get_sms_consent   (OfcClient *self);
void     ofc_client_set_sms_consent   (OfcClient *self,
                                       gboolean   consent);
gboolean ofc_client_get_email_consent (OfcClient *self);
void     ofc_client_set_email_consent (OfcClient *self,
                                       gboolean   consent);
gboolean ofc_client_get_conflict      (OfcClient *self);
void     ofc_client_set_conflict      (OfcClient *self,
                                       gboolean   conflict);

/* the source: its id and, once read from or saved to the store, its name */
const OfcUuid *ofc_client_get_source_id   (OfcClient       *self);
const char    *ofc_client_get_source_name (OfcClient       *self);
void           ofc_client_set_source      (OfcClient       *self,
                                           OfcClientSource *source);
void           ofc_client_set_source_id   (OfcClient       *self,
                                           const OfcUuid   *source_id);

/* tags: never %NULL */
const char * const *ofc_client_get_tags      (OfcClient          *self);
void                ofc_client_set_tags      (OfcClient          *self,
                                              const char * const *tags);
void                ofc_client_add_tag       (OfcClient          *self,
                                              const char         *tag);
char               *ofc_client_dup_tags_text (OfcClient          *self);
void                ofc_client_set_tags_text (OfcClient          *self,
                                              const char         *text);

/* discounts in basis points: 500 = 5 % */
int  ofc_client_get_discount (OfcClient           *self,
                              OfcDiscountCategory  category);
void ofc_client_set_discount (OfcClient           *self,
                              OfcDiscountCategory  category,
                              int                  basis_points);

/* kept by the store */
gboolean ofc_client_get_archived   (OfcClient *self);
gint64   ofc_client_get_version    (OfcClient *self);
gint64   ofc_client_get_created_at (OfcClient *self);
gint64   ofc_client_get_updated_at (OfcClient *self);

/* clang-format on */

G_END_DECLS
