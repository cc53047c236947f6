/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-cli printer … and print …: printers added with clear one-line refusals, test
 * pages and cards printed on software printers, jobs left queued with the reason when the
 * printer is away, the queue, settings, and a print command killed after its bytes went
 * out: the next worker does not print the job twice.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>

#include "ofc-cli-test.h"
#include "ofc-device-test.h"

static char *folder;
static char *database;
static OfcEmulator *emulator;
static OfcEmulatorServer *server;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  database = g_build_filename (folder, "shop.db", NULL);
  emulator = ofc_emulator_new (OFC_EMULATOR_TSPL);
  server = ofc_emulator_server_new_tcp (emulator, 0, NULL);
  ck_assert_ptr_nonnull (server);
}

static void
teardown (void)
{
  g_clear_pointer (&server, ofc_emulator_server_free);
  g_clear_pointer (&emulator, ofc_emulator_free);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&database, g_free);
}

static void
add_label_printer (void)
{
  g_autofree char *uri = ofc_emulator_server_get_uri (server);
  g_autoptr (OfcCliResult) result =
      ofc_cli_test_run (database, "printer", "add", "Этикетки", "--language", "tspl", "--uri", uri,
                        "--media", "58x40", "--default", "label", NULL);

  ofc_assert_cli_ok (result);
}

static char card[14];

/* a client; returns its discount card code */
static const char *
add_client (void)
{
  g_autoptr (OfcCliResult) result =
      ofc_cli_test_run (database, "--json", "client", "add", "--name", "Петрова Анна", NULL);
  cJSON *json;

  ofc_assert_cli_ok (result);
  json = ofc_cli_test_json (result);
  g_strlcpy (card, cJSON_GetObjectItem (json, "card_code")->valuestring, sizeof card);
  cJSON_Delete (json);
  return card;
}

static cJSON *
run_json (const char *first, ...)
{
  g_autoptr (GPtrArray) arguments = g_ptr_array_new ();
  g_autoptr (OfcCliResult) result = NULL;
  va_list args;
  const char *argument;

  g_ptr_array_add (arguments, (gpointer) "--json");
  va_start (args, first);
  for (argument = first; argument != NULL; argument = va_arg (args, const char *))
    g_ptr_array_add (arguments, (gpointer) argument);
  va_end (args);
  g_ptr_array_add (arguments, NULL);
  result = ofc_cli_test_run_argv (database, (const char **) arguments->pdata);
  ofc_assert_cli_ok (result);
  return ofc_cli_test_json (result);
}

START_TEST (test_printer_add_and_list)
{
  cJSON *list;
  cJSON *printer;
  g_autoptr (OfcCliResult) edited = NULL;
  g_autoptr (OfcCliResult) removed = NULL;

  add_label_printer ();
  edited = ofc_cli_test_run (database, "printer", "add", "Касса", "--language", "escpos", "--uri",
                             "serial:///dev/ttyUSB0?baud=19200", "--width", "58", "--codepage",
                             "cp1251", "--profile", "xprinter", "--default", "receipt", NULL);
  ofc_assert_cli_ok (edited);
  list = run_json ("printer", "list", NULL);
  ck_assert_int_eq (cJSON_GetArraySize (list), 2);
  printer = cJSON_GetArrayItem (list, 0);
  ck_assert_str_eq (cJSON_GetObjectItem (printer, "name")->valuestring, "Касса");
  ck_assert_str_eq (cJSON_GetObjectItem (printer, "codepage")->valuestring, "cp1251");
  ck_assert_int_eq (cJSON_GetObjectItem (printer, "width")->valueint, 58);
  ck_assert_str_eq (cJSON_GetArrayItem (cJSON_GetObjectItem (printer, "defaults"), 0)->valuestring,
                    "receipt");
  printer = cJSON_GetArrayItem (list, 1);
  ck_assert_str_eq (cJSON_GetObjectItem (printer, "media")->valuestring, "58x40");
  cJSON_Delete (list);
  removed = ofc_cli_test_run (database, "printer", "remove", "касса", NULL);
  ofc_assert_cli_ok (removed);
  list = run_json ("printer", "list", NULL);
  ck_assert_int_eq (cJSON_GetArraySize (list), 1);
  cJSON_Delete (list);
}
END_TEST

START_TEST (test_printer_add_refused)
{
  static const char *const bad[][8] = {
    { "P", "--language", "pcl", "--uri", "tcp://host", NULL },
    { "P", "--language", "zpl", "--uri", "ftp://host/x", NULL },
    { "P", "--language", "zpl", "--uri", "serial:///dev/ttyS0?baud=fast", NULL },
    { "P", "--language", "zpl", "--uri", "tcp://host", "--media", "58 by 40", NULL },
    { "P", "--language", "escpos", "--uri", "tcp://host", "--codepage", "cp437", NULL },
    { "P", "--language", "system", "--uri", "Office printer", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char *argv[12] = { "printer", "add" };
      g_autoptr (OfcCliResult) result = NULL;

      for (guint j = 0; bad[i][j] != NULL; j++)
        argv[2 + j] = bad[i][j];
      result = ofc_cli_test_run_argv (database, argv);
      ofc_assert_cli_failed (result);
    }
  add_label_printer ();
  {
    g_autoptr (OfcCliResult) twice =
        ofc_cli_test_run (database, "printer", "add", "ЭТИКЕТКИ", "--language", "zpl", "--uri",
                          "tcp://10.0.0.9", NULL);

    ofc_assert_cli_failed (twice);
    ck_assert_ptr_nonnull (strstr (twice->err, "already a printer"));
  }
}
END_TEST

START_TEST (test_printer_test_and_status)
{
  g_autoptr (OfcCliResult) test = NULL;
  g_autoptr (OfcCliResult) status = NULL;
  g_autoptr (OfcCliResult) out = NULL;
  cJSON *json;

  add_label_printer ();
  test = ofc_cli_test_run (database, "printer", "test", "Этикетки", NULL);
  ofc_assert_cli_ok (test);
  ck_assert_ptr_nonnull (strstr (test->out, "printed"));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  json = run_json ("printer", "status", "Этикетки", NULL);
  ck_assert (cJSON_IsTrue (cJSON_GetObjectItem (json, "ready")));
  cJSON_Delete (json);
  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_PAPER_OUT);
  out = ofc_cli_test_run (database, "printer", "status", "Этикетки", NULL);
  ck_assert_int_ne (out->status, 0);
  ck_assert_ptr_nonnull (strstr (out->out, "paper"));
}
END_TEST

START_TEST (test_print_card_and_queue)
{
  const char *code = add_client ();
  g_autoptr (OfcCliResult) printed = NULL;
  g_autoptr (OfcCliResult) queued = NULL;
  g_autoptr (OfcCliResult) cancelled = NULL;
  cJSON *json;

  add_label_printer ();
  printed = ofc_cli_test_run (database, "print", "card", code, NULL);
  ofc_assert_cli_ok (printed);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  queued = ofc_cli_test_run (database, "print", "card", code, "--no-wait", "--copies", "2", NULL);
  ofc_assert_cli_ok (queued);
  ck_assert_ptr_nonnull (strstr (queued->out, "queued"));
  json = run_json ("print", "queue", NULL);
  ck_assert_int_eq (cJSON_GetArraySize (json), 1);
  ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (json, 0), "state")->valuestring,
                    "queued");
  ck_assert_int_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (json, 0), "copies")->valueint, 2);
  cJSON_Delete (json);
  cancelled = ofc_cli_test_run (database, "print", "queue", "--cancel", "2", NULL);
  ofc_assert_cli_ok (cancelled);
  json = run_json ("print", "queue", "--all", NULL);
  ck_assert_int_eq (cJSON_GetArraySize (json), 2);
  ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (json, 0), "state")->valuestring,
                    "cancelled");
  ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (json, 1), "state")->valuestring,
                    "sent");
  cJSON_Delete (json);
}
END_TEST

START_TEST (test_printer_away)
{
  const char *code = add_client ();
  g_autoptr (OfcCliResult) result = NULL;
  g_autoptr (OfcCliResult) retried = NULL;
  cJSON *json;

  add_label_printer ();
  g_clear_pointer (&server, ofc_emulator_server_free);
  result = ofc_cli_test_run (database, "print", "card", code, NULL);
  ofc_assert_cli_failed (result);
  ck_assert_ptr_nonnull (strstr (result->err, "stays in the queue"));
  json = run_json ("print", "queue", NULL);
  ck_assert_int_eq (cJSON_GetArraySize (json), 1);
  ck_assert_str_eq (cJSON_GetObjectItem (cJSON_GetArrayItem (json, 0), "error_code")->valuestring,
                    "offline");
  cJSON_Delete (json);
  server = ofc_emulator_server_new_tcp (emulator, 0, NULL);
  /* the printer is back, on a new port: the address is changed and the job retried */
  {
    g_autofree char *uri = ofc_emulator_server_get_uri (server);
    g_autoptr (OfcCliResult) edited =
        ofc_cli_test_run (database, "printer", "edit", "Этикетки", "--uri", uri, NULL);

    ofc_assert_cli_ok (edited);
  }
  retried = ofc_cli_test_run (database, "print", "queue", "--work", NULL);
  ofc_assert_cli_ok (retried);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
}
END_TEST

START_TEST (test_settings)
{
  g_autoptr (OfcCliResult) refused = NULL;
  cJSON *json;

  refused = ofc_cli_test_run (database, "print", "settings", "--auto-sticker", "yes", NULL);
  ofc_assert_cli_failed (refused);
  add_label_printer ();
  json = run_json ("print", "settings", "--auto-sticker", "yes", NULL);
  ck_assert (cJSON_IsTrue (cJSON_GetObjectItem (json, "auto_sticker")));
  ck_assert (cJSON_IsFalse (cJSON_GetObjectItem (json, "auto_intake_receipt")));
  cJSON_Delete (json);
}
END_TEST

static gint64
query (const char *sql)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) db = ofc_database_open (database, OFC_DATABASE_OPEN_NO_MIGRATE, &error);
  g_autoptr (OfcStatement) statement = NULL;

  ofc_assert_no_error (error);
  statement = ofc_database_prepare (db, sql, &error);
  ofc_assert_no_error (error);
  if (!ofc_statement_step (statement, &error) || ofc_statement_is_null (statement, 0))
    return -1;

  return ofc_statement_get_int64 (statement, 0);
}

static GPid
spawn_print (const char *code)
{
  const char *argv[] = { g_getenv ("OFC_TEST_CLI"), "--db", database, "print", "card", code, NULL };
  GSpawnFlags flags =
      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL;
  g_autoptr (GError) error = NULL;
  GPid pid = 0;

  ck_assert (g_spawn_async (NULL, (char **) argv, NULL, flags, NULL, NULL, &pid, &error));
  return pid;
}

/* the process is killed after the label went out and before the printer's answer came;
 * the next worker asks the printer, hears it, and does not print the label again */
START_TEST (test_killed_after_sending)
{
  const char *code = add_client ();
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  g_autoptr (OfcCliResult) after = NULL;
  GPid pid;
  int status;

  add_label_printer ();
  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_SLOW);
  ofc_emulator_set_reply_delay (emulator, 2500);
  pid = spawn_print (code);
  while (query ("SELECT written_at FROM print_job") <= 0 && g_get_monotonic_time () < deadline)
    g_usleep (20000);
  ck_assert_int_gt (query ("SELECT written_at FROM print_job"), 0);
  kill (pid, SIGKILL);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  ck_assert (ofc_emulator_server_wait_jobs (server, 1, 10000));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  ck_assert_int_eq (query ("SELECT state = 'sending' FROM print_job"), 1);
  ofc_emulator_set_faults (emulator, 0);
  after = ofc_cli_test_run (database, "print", "queue", "--work", NULL);
  ofc_assert_cli_ok (after);
  ck_assert_int_eq (query ("SELECT state = 'sent' FROM print_job"), 1);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
}
END_TEST

/* runs officina-cli with @slave as its terminal, so the printer "/dev/tty" is the pty */
static OfcCliResult *
run_on_pty (const char *slave, const char *const *arguments)
{
  g_autofree char *pty_run = g_strdup (ofc_test_build_path ("cli/pty-run"));
  g_autofree char *shim = g_strdup (ofc_test_build_path ("devices/ofc-pty-shim.so"));
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "LD_PRELOAD", shim, TRUE);
  g_autoptr (GError) error = NULL;
  OfcCliResult *result = g_new0 (OfcCliResult, 1);
  int wait_status = 0;

  g_ptr_array_add (argv, pty_run);
  g_ptr_array_add (argv, (gpointer) slave);
  g_ptr_array_add (argv, (gpointer) g_getenv ("OFC_TEST_CLI"));
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, database);
  for (guint i = 0; arguments[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) arguments[i]);
  g_ptr_array_add (argv, NULL);
  ck_assert (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                           &result->out, &result->err, &wait_status, &error));
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : 128;
  return result;
}

/* a receipt printer on a serial port (a pty), through the real libserialport path: a card
 * prints; with its paper out the job waits, and prints once paper is back */
START_TEST (test_serial_printer)
{
  const char *code = add_client ();
  g_autoptr (OfcEmulator) serial = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcEmulatorServer) pty_server = NULL;
  g_autoptr (OfcCliResult) added = NULL;
  g_autoptr (OfcCliResult) printed = NULL;
  g_autoptr (OfcCliResult) waiting = NULL;
  g_autoptr (OfcCliResult) worked = NULL;
  const char *print[] = { "print", "card", code, "--printer", "Касса", NULL };
  const char *work[] = { "print", "queue", "--work", NULL };
  struct termios raw = { 0 };
  char slave_name[256];
  int master, slave;

  cfmakeraw (&raw);
  ck_assert (openpty (&master, &slave, slave_name, &raw, NULL) == 0);
  close (slave);
  ofc_emulator_set_paper (serial, OFC_PAPER_80MM);
  pty_server = ofc_emulator_server_new_fd (serial, master);
  added = ofc_cli_test_run (database, "printer", "add", "Касса", "--language", "escpos", "--uri",
                            "serial:///dev/tty?baud=115200", NULL);
  ofc_assert_cli_ok (added);
  printed = run_on_pty (slave_name, print);
  ofc_assert_cli_ok (printed);
  ck_assert (ofc_emulator_server_wait_jobs (pty_server, 1, 10000));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (serial), 1);
  ofc_emulator_set_faults (serial, OFC_EMULATOR_FAULT_PAPER_OUT);
  waiting = run_on_pty (slave_name, print);
  ofc_assert_cli_failed (waiting);
  ck_assert_ptr_nonnull (strstr (waiting->err, "paper"));
  ofc_emulator_set_faults (serial, 0);
  worked = run_on_pty (slave_name, work);
  if (worked->status != 0)
    ofc_test_dump_events (serial);
  ofc_assert_cli_ok (worked);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (serial), 2);
  ck_assert_uint_eq (ofc_emulator_count_errors (serial), 0);
  g_clear_pointer (&pty_server, ofc_emulator_server_free);
  close (master);
}
END_TEST

/* an order taken in with the CLI: its sticker printed, previewed (the PNG scans as the
 * number), its act handed to the system print service (a fake lp) */
START_TEST (test_order_documents)
{
  g_autoptr (OfcCliResult) client = NULL;
  g_autoptr (OfcCliResult) order = NULL;
  g_autoptr (OfcCliResult) sticker = NULL;
  g_autoptr (OfcCliResult) preview = NULL;
  g_autoptr (OfcCliResult) missing = NULL;
  g_autoptr (OfcCliResult) office = NULL;
  g_autoptr (OfcCliResult) act = NULL;
  g_autofree char *png = g_build_filename (folder, "sticker.png", NULL);
  g_autofree char *lp = g_build_filename (folder, "lp", NULL);
  g_autofree char *path = g_strconcat (folder, ":", g_getenv ("PATH"), NULL);
  g_autofree char *found = NULL;
  cJSON *json;

  add_label_printer ();
  client = ofc_cli_test_run (database, "--json", "client", "add", "--name", "Петрова Анна",
                             "--phone", "+7 926 111-22-33", NULL);
  ofc_assert_cli_ok (client);
  json = ofc_cli_test_json (client);
  order = ofc_cli_test_run (database, "order", "create", "--client",
                            cJSON_GetObjectItem (json, "id")->valuestring, "--device-type",
                            "Смартфон", "--brand", "Apple", "--model", "iPhone 12", "--malfunction",
                            "Не включается", NULL);
  cJSON_Delete (json);
  ofc_assert_cli_ok (order);
  sticker = ofc_cli_test_run (database, "print", "sticker", "A-000001", NULL);
  ofc_assert_cli_ok (sticker);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
  preview = ofc_cli_test_run (database, "print", "preview", "A-000001", "--template", "sticker",
                              "--output", png, NULL);
  ofc_assert_cli_ok (preview);
  found = ofc_test_zbar (png);
  ck_assert_str_eq (found, "A-000001");
  missing = ofc_cli_test_run (database, "print", "sticker", "A-000099", NULL);
  ofc_assert_cli_failed (missing);
  ck_assert (g_file_set_contents (lp, "#!/bin/sh\necho 'request id is Office-1'\n", -1, NULL));
  g_chmod (lp, 0755);
  g_setenv ("PATH", path, TRUE);
  office = ofc_cli_test_run (database, "printer", "add", "Офис", "--language", "system", "--uri",
                             "Office_A4", "--default", "document", NULL);
  ofc_assert_cli_ok (office);
  act = ofc_cli_test_run (database, "print", "act", "A-000001", NULL);
  ofc_assert_cli_ok (act);
  ck_assert_ptr_nonnull (strstr (act->out, "printed"));
}
END_TEST

static Suite *
cli_print_suite (void)
{
  Suite *suite = suite_create ("cli-print");
  TCase *printers = tcase_create ("printers");
  TCase *print = tcase_create ("print");

  tcase_add_checked_fixture (printers, setup, teardown);
  tcase_add_test (printers, test_printer_add_and_list);
  tcase_add_test (printers, test_printer_add_refused);
  tcase_add_test (printers, test_printer_test_and_status);
  tcase_add_checked_fixture (print, setup, teardown);
  tcase_add_test (print, test_print_card_and_queue);
  tcase_add_test (print, test_printer_away);
  tcase_add_test (print, test_settings);
  tcase_add_test (print, test_killed_after_sending);
  tcase_add_test (print, test_serial_printer);
  tcase_add_test (print, test_order_documents);
  suite_add_tcase (suite, printers);
  suite_add_tcase (suite, print);
  return suite;
}

int
main (void)
{
  return ofc_test_run (cli_print_suite ());
}
