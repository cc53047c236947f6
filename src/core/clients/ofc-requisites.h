/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Russian company and bank requisites: INN, KPP, OGRN/OGRNIP, BIK, settlement and
 * correspondent accounts, with their check digits.
 *
 * The checks take the value as stored: digits only (KPP may hold capital Latin letters in
 * its fifth and sixth places). Callers decide whether a value is Russian at all with
 * ofc_requisites_looks_russian(): a foreign tax number such as "DE123456789" is kept as
 * typed. Errors are %OFC_ERROR_INVALID for the field named in each function's comment and
 * quote the number, e.g. "INN 7707083894 has a wrong check digit".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* clang-format off */

#define OFC_BANK_ACCOUNT_LEN 20

gboolean ofc_requisites_looks_russian (const char *value);

gboolean ofc_inn_check          (const char  *inn,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_kpp_check          (const char  *kpp,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_ogrn_check         (const char  *ogrn,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_bik_check          (const char  *bik,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_bank_account_check (const char  *account,
                                 const char  *bik,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean ofc_corr_account_check (const char  *account,
                                 const char  *bik,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* making valid numbers (demo data, tests): each overwrites the check digits of a string
 * of the right length in place */
void ofc_inn_fill_check_digits (char       *inn);
void ofc_ogrn_fill_check_digit (char       *ogrn);
void ofc_bank_account_fill_key (char       *account,
                                const char *bik);
void ofc_corr_account_fill_key (char       *account,
                                const char *bik);

/* clang-format on */

G_END_DECLS
