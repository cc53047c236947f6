/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The vocabulary of printing shared by the core, the print worker, the CLI and the GUI:
 * printer languages and roles, job kinds and job states, with the names stored in the
 * database and the translated labels shown to people.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * OfcPrinterLanguage:
 * @OFC_PRINTER_LANGUAGE_ESCPOS: an ESC/POS receipt printer ("escpos")
 * @OFC_PRINTER_LANGUAGE_ZPL: a Zebra ZPL label printer ("zpl")
 * @OFC_PRINTER_LANGUAGE_TSPL: a TSC/TSPL label printer, most inexpensive ones ("tspl")
 * @OFC_PRINTER_LANGUAGE_EPL: an Eltron/Zebra EPL2 label printer ("epl")
 * @OFC_PRINTER_LANGUAGE_BROTHER_QL: a Brother QL label printer, raster ("brother-ql")
 * @OFC_PRINTER_LANGUAGE_SYSTEM: a printer of the system's print service (CUPS), which
 *   takes PDF ("system"); its address is the CUPS queue name
 */
typedef enum
{
  OFC_PRINTER_LANGUAGE_ESCPOS,
  OFC_PRINTER_LANGUAGE_ZPL,
  OFC_PRINTER_LANGUAGE_TSPL,
  OFC_PRINTER_LANGUAGE_EPL,
  OFC_PRINTER_LANGUAGE_BROTHER_QL,
  OFC_PRINTER_LANGUAGE_SYSTEM,
} OfcPrinterLanguage;

#define OFC_PRINTER_N_LANGUAGES (OFC_PRINTER_LANGUAGE_SYSTEM + 1)

/**
 * OfcPrinterRoles:
 * @OFC_PRINTER_ROLE_NONE: the default for nothing
 * @OFC_PRINTER_ROLE_RECEIPT: the default receipt printer (intake receipts on thermal paper)
 * @OFC_PRINTER_ROLE_LABEL: the default label printer (order stickers, client cards)
 * @OFC_PRINTER_ROLE_DOCUMENT: the default A4 printer (acts, A4 intake receipts)
 *
 * Each role has at most one default printer among the active ones.
 */
typedef enum /*< flags >*/
{
  OFC_PRINTER_ROLE_NONE = 0,
  OFC_PRINTER_ROLE_RECEIPT = 1 << 0,
  OFC_PRINTER_ROLE_LABEL = 1 << 1,
  OFC_PRINTER_ROLE_DOCUMENT = 1 << 2,
} OfcPrinterRoles;

#define OFC_PRINTER_ROLES_ALL \
  (OFC_PRINTER_ROLE_RECEIPT | OFC_PRINTER_ROLE_LABEL | OFC_PRINTER_ROLE_DOCUMENT)

/**
 * OfcPrintJobKind:
 * @OFC_PRINT_JOB_ORDER_STICKER: the sticker on a device taken in ("order-sticker")
 * @OFC_PRINT_JOB_INTAKE_RECEIPT: the client's intake receipt, thermal or A4
 *   ("intake-receipt")
 * @OFC_PRINT_JOB_ACT: the work completion act with the warranty card, A4 ("act")
 * @OFC_PRINT_JOB_CLIENT_CARD: a client's discount card label ("client-card")
 * @OFC_PRINT_JOB_TEST_PAGE: a printer's test page ("test-page")
 *
 * The database stores the name as text, so a new kind (a sale receipt, a fiscal receipt)
 * is a new value here and a renderer in the print worker, without a schema change.
 */
typedef enum
{
  OFC_PRINT_JOB_ORDER_STICKER,
  OFC_PRINT_JOB_INTAKE_RECEIPT,
  OFC_PRINT_JOB_ACT,
  OFC_PRINT_JOB_CLIENT_CARD,
  OFC_PRINT_JOB_TEST_PAGE,
} OfcPrintJobKind;

#define OFC_PRINT_JOB_N_KINDS (OFC_PRINT_JOB_TEST_PAGE + 1)

/**
 * OfcPrintSubjectKind:
 * @OFC_PRINT_SUBJECT_NONE: the job prints no record (a test page)
 * @OFC_PRINT_SUBJECT_ORDER: repair orders
 * @OFC_PRINT_SUBJECT_CLIENT: a client
 */
typedef enum
{
  OFC_PRINT_SUBJECT_NONE,
  OFC_PRINT_SUBJECT_ORDER,
  OFC_PRINT_SUBJECT_CLIENT,
} OfcPrintSubjectKind;

/**
 * OfcPrintJobState:
 * @OFC_PRINT_JOB_QUEUED: waiting for its turn, or for the next attempt after a transient
 *   failure (the last error says which)
 * @OFC_PRINT_JOB_SENDING: the worker is sending it, or it went out and the printer has not
 *   confirmed it yet (paper ran out during the job, the reply was lost)
 * @OFC_PRINT_JOB_SENT: the printer took the whole job
 * @OFC_PRINT_JOB_FAILED: a person must act: the document does not fit, the address is
 *   wrong, or the printer may have printed it without confirming (check, then reprint)
 * @OFC_PRINT_JOB_CANCELLED: cancelled by a person
 */
typedef enum
{
  OFC_PRINT_JOB_QUEUED,
  OFC_PRINT_JOB_SENDING,
  OFC_PRINT_JOB_SENT,
  OFC_PRINT_JOB_FAILED,
  OFC_PRINT_JOB_CANCELLED,
} OfcPrintJobState;

#define OFC_PRINT_JOB_N_STATES (OFC_PRINT_JOB_CANCELLED + 1)

#define OFC_TYPE_PRINTER_LANGUAGE (ofc_printer_language_get_type ())
#define OFC_TYPE_PRINTER_ROLES    (ofc_printer_roles_get_type ())
#define OFC_TYPE_PRINT_JOB_KIND   (ofc_print_job_kind_get_type ())
#define OFC_TYPE_PRINT_JOB_STATE  (ofc_print_job_state_get_type ())

GType ofc_printer_language_get_type (void);
GType ofc_printer_roles_get_type (void);
GType ofc_print_job_kind_get_type (void);
GType ofc_print_job_state_get_type (void);

const char *ofc_printer_language_to_string (OfcPrinterLanguage language);
gboolean ofc_printer_language_from_string (const char *name, OfcPrinterLanguage *language);
const char *ofc_printer_language_get_label (OfcPrinterLanguage language);
gboolean ofc_printer_language_is_label (OfcPrinterLanguage language);

const char *ofc_printer_role_to_string (OfcPrinterRoles role);
gboolean ofc_printer_role_from_string (const char *name, OfcPrinterRoles *role);
const char *ofc_printer_role_get_label (OfcPrinterRoles role);

const char *ofc_print_job_kind_to_string (OfcPrintJobKind kind);
gboolean ofc_print_job_kind_from_string (const char *name, OfcPrintJobKind *kind);
const char *ofc_print_job_kind_get_label (OfcPrintJobKind kind);
OfcPrinterRoles ofc_print_job_kind_get_role (OfcPrintJobKind kind);
OfcPrintSubjectKind ofc_print_job_kind_get_subject (OfcPrintJobKind kind);
gboolean ofc_print_job_kind_supports (OfcPrintJobKind kind, OfcPrinterLanguage language);

const char *ofc_print_subject_kind_to_string (OfcPrintSubjectKind kind);

const char *ofc_print_job_state_to_string (OfcPrintJobState state);
gboolean ofc_print_job_state_from_string (const char *name, OfcPrintJobState *state);
const char *ofc_print_job_state_get_label (OfcPrintJobState state);
gboolean ofc_print_job_state_is_final (OfcPrintJobState state);

G_END_DECLS
