/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Shared state and helpers of officina-cli's commands. Each noun ("client", "db", …) lives
 * in its own ofc-cli-<noun>.c with one entry point listed in ofc-cli.c.
 */
#pragma once

#include <cjson/cJSON.h>
#include <ofc-core.h>

G_BEGIN_DECLS

typedef struct
{
  char *database_path; /* --db, else the default database */
  gboolean json;       /* --json: machine-readable output on stdout */
  OfcContext *context; /* opened by ofc_cli_open () */
  char **argv;         /* the whole command line, for the printing helper */
} OfcCli;

/* argv[0] is the noun; returns the process exit status */
typedef int (*OfcCliRun) (OfcCli *cli,
                          int     argc,
                          char  **argv);

typedef struct
{
  const char *noun;
  const char *summary; /* untranslated, N_() */
  OfcCliRun run;
} OfcCliCommand;

#define OFC_CLI_EXIT_FAILURE 1
#define OFC_CLI_EXIT_USAGE   2

OfcContext *ofc_cli_open          (OfcCli               *cli,
                                   OfcDatabaseOpenFlags  flags,
                                   GError              **error);
int         ofc_cli_fail          (OfcCli               *cli,
                                   const GError         *error);
int         ofc_cli_usage_error   (OfcCli               *cli,
                                   const char           *format,
                                   ...) G_GNUC_PRINTF (2, 3);
gboolean    ofc_cli_parse_options (OfcCli               *cli,
                                   const char           *usage,
                                   const GOptionEntry   *entries,
                                   int                  *argc,
                                   char               ***argv,
                                   GError              **error);
void        ofc_cli_print_json    (cJSON                *value);
cJSON      *ofc_cli_json_uuid     (const OfcUuid        *id);
cJSON      *ofc_cli_json_money    (OfcMoney              money);
cJSON      *ofc_cli_json_time     (gint64                us);
gboolean    ofc_cli_parse_group   (OfcCli               *cli,
                                   const char           *usage,
                                   GOptionGroup         *group,
                                   int                  *argc,
                                   char               ***argv,
                                   GError              **error);
void        ofc_cli_print_field   (const char           *label,
                                   const char           *value);
char       *ofc_cli_pad           (const char           *text,
                                   int                   width);
void        ofc_cli_print_history (OfcCli               *cli,
                                   GListModel           *history);
void        ofc_cli_print_names   (OfcCli               *cli,
                                   const char *const    *names);
void        ofc_cli_report_done   (OfcCli               *cli,
                                   const char           *what,
                                   const char           *name);
gboolean    ofc_cli_parse_args    (OfcCli               *cli,
                                   const char           *usage,
                                   const GOptionEntry   *entries,
                                   int                  *argc,
                                   char               ***argv,
                                   int                   wanted,
                                   int                  *status);
int         ofc_cli_run_verb      (OfcCli               *cli,
                                   const char           *noun,
                                   const OfcCliCommand  *verbs,
                                   int                   argc,
                                   char                **argv);

/* clients */
cJSON *ofc_cli_client_to_json        (OfcClient             *client);
void   ofc_cli_print_client          (OfcClient             *client);
void   ofc_cli_print_client_line     (OfcClient             *client);
cJSON *ofc_cli_client_orders_to_json (const OfcClientOrders *orders);
void   ofc_cli_print_client_orders   (const OfcClientOrders *orders);

/* values typed on the command line (ofc-cli-values.c) */
gboolean    ofc_cli_parse_money    (OfcCli      *cli,
                                    const char  *option,
                                    const char  *text,
                                    gint64      *minor,
                                    GError     **error);
gboolean    ofc_cli_parse_deadline (const char  *text,
                                    gint64      *us,
                                    GError     **error);
char       *ofc_cli_format_money   (OfcCli      *cli,
                                    gint64       minor);
char       *ofc_cli_format_time    (gint64       us);
cJSON      *ofc_cli_json_minor     (OfcCli      *cli,
                                    gint64       minor);

/* orders as JSON and text (ofc-cli-order-output.c) */
cJSON      *ofc_cli_order_to_json  (OfcCli      *cli,
                                    OfcOrder    *order);
void        ofc_cli_print_order    (OfcCli      *cli,
                                    OfcOrder    *order,
                                    gboolean     details);
void        ofc_cli_print_orders   (OfcCli      *cli,
                                    GListModel  *orders);
OfcOrder   *ofc_cli_find_order     (OfcCli      *cli,
                                    const char  *number,
                                    GError     **error);

/* the nouns */
int ofc_cli_run_printing_helper (OfcCli *cli,
                                 int     argc,
                                 char  **argv);
int ofc_cli_db_run       (OfcCli *cli,
                          int     argc,
                          char  **argv);
int ofc_cli_client_run   (OfcCli *cli,
                          int     argc,
                          char  **argv);
int ofc_cli_order_type_run  (OfcCli *cli,
                             int     argc,
                             char  **argv);
int ofc_cli_device_type_run (OfcCli *cli,
                             int     argc,
                             char  **argv);
int ofc_cli_catalog_run     (OfcCli *cli,
                             int     argc,
                             char  **argv);
int ofc_cli_demo_run     (OfcCli *cli,
                          int     argc,
                          char  **argv);
int ofc_cli_order_run    (OfcCli *cli,
                          int     argc,
                          char  **argv);
int ofc_cli_status_run   (OfcCli *cli,
                          int     argc,
                          char  **argv);
int ofc_cli_location_run (OfcCli *cli,
                          int     argc,
                          char  **argv);
int ofc_cli_employee_run (OfcCli *cli,
                          int     argc,
                          char  **argv);
int ofc_cli_service_run  (OfcCli *cli,
                          int     argc,
                          char  **argv);

G_END_DECLS
