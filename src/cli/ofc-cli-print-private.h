/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What officina-cli's printer and print commands share: printers and jobs as JSON and
 * text, finding a printer, and queueing jobs then waiting for them through the same print
 * worker the window runs.
 */
#pragma once

#include <ofc-printing.h>

#include "ofc-cli-private.h"

G_BEGIN_DECLS

/* how long a print command waits for the printer by default, in seconds */
#define OFC_CLI_PRINT_TIMEOUT 60

typedef struct
{
  char *printer; /* --printer NAME */
  int copies;    /* --copies N */
  gboolean no_wait;
  int timeout; /* --timeout SECONDS */
} OfcCliPrintOptions;

cJSON *ofc_cli_printer_to_json (OfcPrinter *printer);
cJSON *ofc_cli_job_to_json (OfcPrintJob *job);
void ofc_cli_print_job_line (OfcPrintJob *job);
OfcPrinter *ofc_cli_find_printer (OfcCli *cli, const char *name, GError **error);
int ofc_cli_print_jobs (OfcCli *cli,
                        OfcPrintJobKind kind,
                        const OfcUuid *subjects,
                        guint n_subjects,
                        gboolean one_job_each,
                        const OfcCliPrintOptions *options);
int ofc_cli_wait_jobs (OfcCli *cli, GPtrArray *jobs, const OfcCliPrintOptions *options);

int ofc_cli_printer_run (OfcCli *cli, int argc, char **argv);
int ofc_cli_print_run (OfcCli *cli, int argc, char **argv);

G_END_DECLS
