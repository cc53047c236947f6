/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Names and labels of the printing enumerations: the stored names never change, the labels
 * are translated where they are shown.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-print-types.h"

typedef struct
{
  const char *name;
  const char *label;
} Name;

static const Name languages[OFC_PRINTER_N_LANGUAGES] = {
  [OFC_PRINTER_LANGUAGE_ESCPOS] = { "escpos", N_ ("ESC/POS receipt printer") },
  [OFC_PRINTER_LANGUAGE_ZPL] = { "zpl", N_ ("ZPL label printer (Zebra)") },
  [OFC_PRINTER_LANGUAGE_TSPL] = { "tspl", N_ ("TSPL label printer (TSC, Xprinter…)") },
  [OFC_PRINTER_LANGUAGE_EPL] = { "epl", N_ ("EPL label printer") },
  [OFC_PRINTER_LANGUAGE_BROTHER_QL] = { "brother-ql", N_ ("Brother QL label printer") },
  [OFC_PRINTER_LANGUAGE_SYSTEM] = { "system", N_ ("System printer (A4, through CUPS)") },
};

static const Name roles[] = {
  { "receipt", N_ ("Receipt printer") },
  { "label", N_ ("Label printer") },
  { "document", N_ ("A4 printer") },
};

typedef struct
{
  const char *name;
  const char *label;
  OfcPrinterRoles role;
  OfcPrintSubjectKind subject;
} Kind;

static const Kind kinds[OFC_PRINT_JOB_N_KINDS] = {
  [OFC_PRINT_JOB_ORDER_STICKER] = { "order-sticker", N_ ("Order sticker"), OFC_PRINTER_ROLE_LABEL,
                                    OFC_PRINT_SUBJECT_ORDER },
  [OFC_PRINT_JOB_INTAKE_RECEIPT] = { "intake-receipt", N_ ("Intake receipt"),
                                     OFC_PRINTER_ROLE_RECEIPT, OFC_PRINT_SUBJECT_ORDER },
  [OFC_PRINT_JOB_ACT] = { "act", N_ ("Work completion act"), OFC_PRINTER_ROLE_DOCUMENT,
                          OFC_PRINT_SUBJECT_ORDER },
  [OFC_PRINT_JOB_CLIENT_CARD] = { "client-card", N_ ("Discount card"), OFC_PRINTER_ROLE_LABEL,
                                  OFC_PRINT_SUBJECT_CLIENT },
  [OFC_PRINT_JOB_TEST_PAGE] = { "test-page", N_ ("Test page"), OFC_PRINTER_ROLE_NONE,
                                OFC_PRINT_SUBJECT_NONE },
};

static const Name states[OFC_PRINT_JOB_N_STATES] = {
  [OFC_PRINT_JOB_QUEUED] = { "queued", N_ ("Queued") },
  [OFC_PRINT_JOB_SENDING] = { "sending", N_ ("Sending") },
  [OFC_PRINT_JOB_SENT] = { "sent", N_ ("Sent") },
  [OFC_PRINT_JOB_FAILED] = { "failed", N_ ("Failed") },
  [OFC_PRINT_JOB_CANCELLED] = { "cancelled", N_ ("Cancelled") },
};

static const char *const subjects[] = { "", "order", "client" };

G_DEFINE_ENUM_TYPE (OfcPrinterLanguage,
                    ofc_printer_language,
                    G_DEFINE_ENUM_VALUE (OFC_PRINTER_LANGUAGE_ESCPOS, "escpos"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINTER_LANGUAGE_ZPL, "zpl"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINTER_LANGUAGE_TSPL, "tspl"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINTER_LANGUAGE_EPL, "epl"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINTER_LANGUAGE_BROTHER_QL, "brother-ql"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINTER_LANGUAGE_SYSTEM, "system"))

G_DEFINE_FLAGS_TYPE (OfcPrinterRoles,
                     ofc_printer_roles,
                     G_DEFINE_ENUM_VALUE (OFC_PRINTER_ROLE_NONE, "none"),
                     G_DEFINE_ENUM_VALUE (OFC_PRINTER_ROLE_RECEIPT, "receipt"),
                     G_DEFINE_ENUM_VALUE (OFC_PRINTER_ROLE_LABEL, "label"),
                     G_DEFINE_ENUM_VALUE (OFC_PRINTER_ROLE_DOCUMENT, "document"))

G_DEFINE_ENUM_TYPE (OfcPrintJobKind,
                    ofc_print_job_kind,
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_ORDER_STICKER, "order-sticker"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_INTAKE_RECEIPT, "intake-receipt"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_ACT, "act"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_CLIENT_CARD, "client-card"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_TEST_PAGE, "test-page"))

G_DEFINE_ENUM_TYPE (OfcPrintJobState,
                    ofc_print_job_state,
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_QUEUED, "queued"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_SENDING, "sending"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_SENT, "sent"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_FAILED, "failed"),
                    G_DEFINE_ENUM_VALUE (OFC_PRINT_JOB_CANCELLED, "cancelled"))

static gboolean
find_name (const Name *table, guint n, const char *name, guint *index)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (table[i].name, name) == 0)
      {
        *index = i;
        return TRUE;
      }
  return FALSE;
}

const char *
ofc_printer_language_to_string (OfcPrinterLanguage language)
{
  g_return_val_if_fail (language < OFC_PRINTER_N_LANGUAGES, NULL);
  return languages[language].name;
}

gboolean
ofc_printer_language_from_string (const char *name, OfcPrinterLanguage *language)
{
  guint index;

  if (!find_name (languages, G_N_ELEMENTS (languages), name, &index))
    return FALSE;
  *language = (OfcPrinterLanguage) index;
  return TRUE;
}

/**
 * ofc_printer_language_get_label:
 *
 * Returns: the translated description, e.g. "ESC/POS receipt printer"
 */
const char *
ofc_printer_language_get_label (OfcPrinterLanguage language)
{
  g_return_val_if_fail (language < OFC_PRINTER_N_LANGUAGES, NULL);
  return _ (languages[language].label);
}

/* label printers take label documents; receipt and system printers do not */
gboolean
ofc_printer_language_is_label (OfcPrinterLanguage language)
{
  return language == OFC_PRINTER_LANGUAGE_ZPL || language == OFC_PRINTER_LANGUAGE_TSPL ||
         language == OFC_PRINTER_LANGUAGE_EPL || language == OFC_PRINTER_LANGUAGE_BROTHER_QL;
}

static guint
role_index (OfcPrinterRoles role)
{
  return role == OFC_PRINTER_ROLE_RECEIPT ? 0 : role == OFC_PRINTER_ROLE_LABEL ? 1 : 2;
}

/**
 * ofc_printer_role_to_string:
 * @role: exactly one role
 *
 * Returns: "receipt", "label" or "document"
 */
const char *
ofc_printer_role_to_string (OfcPrinterRoles role)
{
  g_return_val_if_fail (role == OFC_PRINTER_ROLE_RECEIPT || role == OFC_PRINTER_ROLE_LABEL ||
                            role == OFC_PRINTER_ROLE_DOCUMENT,
                        NULL);
  return roles[role_index (role)].name;
}

gboolean
ofc_printer_role_from_string (const char *name, OfcPrinterRoles *role)
{
  guint index;

  if (!find_name (roles, G_N_ELEMENTS (roles), name, &index))
    return FALSE;
  *role = 1 << index;
  return TRUE;
}

const char *
ofc_printer_role_get_label (OfcPrinterRoles role)
{
  g_return_val_if_fail (ofc_printer_role_to_string (role) != NULL, NULL);
  return _ (roles[role_index (role)].label);
}

const char *
ofc_print_job_kind_to_string (OfcPrintJobKind kind)
{
  g_return_val_if_fail (kind < OFC_PRINT_JOB_N_KINDS, NULL);
  return kinds[kind].name;
}

gboolean
ofc_print_job_kind_from_string (const char *name, OfcPrintJobKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].name, name) == 0)
      {
        *kind = (OfcPrintJobKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
ofc_print_job_kind_get_label (OfcPrintJobKind kind)
{
  g_return_val_if_fail (kind < OFC_PRINT_JOB_N_KINDS, NULL);
  return _ (kinds[kind].label);
}

/**
 * ofc_print_job_kind_get_role:
 *
 * Returns: the role whose default printer prints @kind when no printer is named;
 *   %OFC_PRINTER_ROLE_NONE for test pages, which always name their printer
 */
OfcPrinterRoles
ofc_print_job_kind_get_role (OfcPrintJobKind kind)
{
  g_return_val_if_fail (kind < OFC_PRINT_JOB_N_KINDS, OFC_PRINTER_ROLE_NONE);
  return kinds[kind].role;
}

OfcPrintSubjectKind
ofc_print_job_kind_get_subject (OfcPrintJobKind kind)
{
  g_return_val_if_fail (kind < OFC_PRINT_JOB_N_KINDS, OFC_PRINT_SUBJECT_NONE);
  return kinds[kind].subject;
}

/**
 * ofc_print_job_kind_supports:
 *
 * Which documents each kind of printer can print: stickers and cards on label printers,
 * on receipt paper (as a picture) and on a system printer (a PDF page of the label's
 * size); intake receipts on receipt paper or A4; acts on A4 only; test pages anywhere.
 */
gboolean
ofc_print_job_kind_supports (OfcPrintJobKind kind, OfcPrinterLanguage language)
{
  switch (kind)
    {
      case OFC_PRINT_JOB_INTAKE_RECEIPT:
        return language == OFC_PRINTER_LANGUAGE_ESCPOS || language == OFC_PRINTER_LANGUAGE_SYSTEM;
      case OFC_PRINT_JOB_ACT:
        return language == OFC_PRINTER_LANGUAGE_SYSTEM;
      case OFC_PRINT_JOB_ORDER_STICKER:
      case OFC_PRINT_JOB_CLIENT_CARD:
      case OFC_PRINT_JOB_TEST_PAGE:
      default:
        return language < OFC_PRINTER_N_LANGUAGES;
    }
}

const char *
ofc_print_subject_kind_to_string (OfcPrintSubjectKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (subjects), NULL);
  return subjects[kind];
}

const char *
ofc_print_job_state_to_string (OfcPrintJobState state)
{
  g_return_val_if_fail (state < OFC_PRINT_JOB_N_STATES, NULL);
  return states[state].name;
}

gboolean
ofc_print_job_state_from_string (const char *name, OfcPrintJobState *state)
{
  guint index;

  if (!find_name (states, G_N_ELEMENTS (states), name, &index))
    return FALSE;
  *state = (OfcPrintJobState) index;
  return TRUE;
}

const char *
ofc_print_job_state_get_label (OfcPrintJobState state)
{
  g_return_val_if_fail (state < OFC_PRINT_JOB_N_STATES, NULL);
  return _ (states[state].label);
}

/* sent and cancelled jobs never change again; failed ones wait for a person */
gboolean
ofc_print_job_state_is_final (OfcPrintJobState state)
{
  return state == OFC_PRINT_JOB_SENT || state == OFC_PRINT_JOB_CANCELLED;
}
