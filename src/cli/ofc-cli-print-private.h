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

/* clang-format off */
/* the options every printing verb takes, for a GOptionEntry array */
#define OFC_CLI_PRINT_ENTRIES(o)                                                               \
  { "printer", 0, 0, G_OPTION_ARG_STRING, &(o).printer,                                        \
    N_ ("Print on this printer instead of the default one"), N_ ("NAME") },                    \
  { "copies", 0, 0, G_OPTION_ARG_INT, &(o).copies, N_ ("Print N copies"), N_ ("N") },          \
  { "no-wait", 0, 0, G_OPTION_ARG_NONE, &(o).no_wait,                                          \
    N_ ("Only queue the job; the window or a later command prints it"), NULL },                \
  { "timeout", 0, 0, G_OPTION_ARG_INT, &(o).timeout,                                           \
    N_ ("Wait at most this long for the printer"), N_ ("SECONDS") },                           \
  { NULL }
/* clang-format on */

void ofc_cli_print_options_clear (OfcCliPrintOptions *options);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OfcCliPrintOptions, ofc_cli_print_options_clear)

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

int ofc_cli_print_sticker_run (OfcCli *cli, int argc, char **argv);
int ofc_cli_print_intake_run (OfcCli *cli, int argc, char **argv);
int ofc_cli_print_act_run (OfcCli *cli, int argc, char **argv);
int ofc_cli_print_preview_run (OfcCli *cli, int argc, char **argv);
int ofc_cli_printer_run (OfcCli *cli, int argc, char **argv);
int ofc_cli_print_run (OfcCli *cli, int argc, char **argv);

G_END_DECLS
