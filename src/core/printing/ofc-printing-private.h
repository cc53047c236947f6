/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of the core's printing module share: the instance structs of the model
 * objects, row readers and the journal helpers. Not installed, not part of the API.
 */
#pragma once

#include "db/ofc-change-set.h"
#include "db/ofc-database.h"
#include "printing/ofc-print-job.h"
#include "printing/ofc-print-template.h"
#include "printing/ofc-printer.h"

G_BEGIN_DECLS

/* tenths of a millimetre, as the schema stores lengths on paper */
#define OFC_DMM(mm) ((gint64) ((mm) *10.0 + ((mm) >= 0 ? 0.5 : -0.5)))

struct _OfcPrinter
{
  GObject parent_instance;

  OfcUuid id;
  char *name;
  OfcPrinterLanguage language;
  char *uri;
  OfcPrinterRoles roles;
  guint paper_width;
  char *code_page;
  char *profile;
  int code_table;
  double media_width;
  double media_height;
  double media_gap;
  guint dpi;
  gboolean enabled;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

struct _OfcPrintJob
{
  GObject parent_instance;

  OfcUuid id;
  gint64 seq;
  OfcUuid printer_id;
  char *printer_name;
  OfcPrintJobKind kind;
  OfcPrintSubjectKind subject_kind;
  GArray *subjects; /* OfcUuid */
  char *title;
  guint copies;
  OfcPrintJobState state;
  guint attempts;
  gint64 next_attempt_at;
  char *last_error;
  char *error_code;
  gboolean has_payload;
  char *payload_format;
  gint64 written_at;
  OfcUuid reprint_of;
  gint64 created_at;
  gint64 updated_at;
  gint64 sent_at;
};

#define OFC_PRINT_JOB_ENTITY      "print_job"
#define OFC_PRINT_TEMPLATE_ENTITY "print_template"
#define OFC_PRINT_SETTINGS_ENTITY "print_settings"

/* the columns _ofc_printer_read() and _ofc_print_job_read() expect, in order */
#define OFC_PRINTER_COLUMNS                                                                  \
  "p.id, p.name, p.language, p.uri, p.roles, p.paper_width, p.code_page, p.profile, "        \
  "p.code_table, p.media_width, p.media_height, p.media_gap, p.dpi, p.enabled, p.archived, " \
  "p.version, p.created_at, p.updated_at"
#define OFC_PRINT_JOB_COLUMNS                                                               \
  "j.id, j.seq, j.printer_id, p.name, j.kind, j.subject_kind, j.title, j.copies, j.state, " \
  "j.attempts, j.next_attempt_at, j.last_error, j.error_code, j.payload IS NOT NULL, "      \
  "j.payload_format, ifnull(j.written_at, 0), j.reprint_of, j.created_at, j.updated_at, "   \
  "ifnull(j.sent_at, 0)"
#define OFC_PRINT_JOB_FROM " FROM print_job AS j JOIN printer AS p ON p.id = j.printer_id "

OfcPrinter *_ofc_printer_read (OfcStatement *statement);
OfcPrinter *_ofc_printer_load (OfcDatabase *database, const OfcUuid *id, GError **error);
OfcPrinter *_ofc_printer_load_default (OfcDatabase *database, OfcPrinterRoles role, GError **error);
OfcChangeSet *_ofc_printer_diff (OfcPrinter *before, OfcPrinter *after);
void _ofc_printer_assign (OfcPrinter *self, OfcPrinter *source);
void _ofc_printer_register_labels (void);

OfcPrintJob *_ofc_print_job_read (OfcStatement *statement);
gboolean _ofc_print_job_load_subjects (OfcDatabase *database, OfcPrintJob *job, GError **error);
OfcPrintJob *_ofc_print_job_load (OfcDatabase *database, const OfcUuid *id, GError **error);
gboolean _ofc_print_job_journal (OfcDatabase *database,
                                 OfcPrintJob *job,
                                 const char *operation,
                                 OfcChangeSet *changes,
                                 GError **error);
void _ofc_print_job_register_labels (void);
gboolean
_ofc_print_jobs_insert (OfcDatabase *database, OfcPrintJob *job, GBytes *payload, GError **error);

G_END_DECLS
