/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Transports against the emulators: loopback TCP, a FIFO and a regular file standing in
 * for the USB device file, and a pty through the real libserialport path; timeouts on
 * silent and slow peers, hang-ups mid-job, and printer addresses good and bad.
 */
#include "config.h"

#include <fcntl.h>
#include <glib-unix.h>
#include <sys/stat.h>
#include <pty.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <termios.h>
#include <unistd.h>

#include "ofc-device-test.h"

static GBytes *
sample_job (void)
{
  g_autoptr (OfcReceiptDocument) receipt = ofc_test_sample_receipt (OFC_PAPER_58MM);

  return ofc_escpos_encode (receipt, NULL, NULL);
}

static gint64
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000;
}

START_TEST (test_uri_parse)
{
  OfcTransportUri uri;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;

  ck_assert (ofc_transport_uri_parse (
      "serial:///dev/ttyUSB0?baud=115200&parity=even&flow=rtscts&bits=7&stop=2", &uri, &error));
  ck_assert_int_eq (uri.kind, OFC_TRANSPORT_SERIAL);
  ck_assert_str_eq (uri.path, "/dev/ttyUSB0");
  ck_assert_uint_eq (uri.baud, 115200);
  ck_assert_int_eq (uri.parity, OFC_SERIAL_PARITY_EVEN);
  ck_assert_int_eq (uri.flow, OFC_SERIAL_FLOW_RTSCTS);
  ck_assert_uint_eq (uri.bits, 7);
  ck_assert_uint_eq (uri.stop_bits, 2);
  text = ofc_transport_uri_to_string (&uri);
  ck_assert_str_eq (text,
                    "serial:///dev/ttyUSB0?baud=115200&parity=even&flow=rtscts&bits=7&stop=2");
  ofc_transport_uri_clear (&uri);

  ck_assert (ofc_transport_uri_parse ("serial:///dev/ttyACM0", &uri, &error));
  ck_assert_uint_eq (uri.baud, 9600);
  ck_assert_int_eq (uri.flow, OFC_SERIAL_FLOW_NONE);
  ofc_transport_uri_clear (&uri);
  ck_assert (ofc_transport_uri_parse ("usb:///dev/usb/lp0", &uri, &error));
  ck_assert_int_eq (uri.kind, OFC_TRANSPORT_USB);
  ck_assert_str_eq (uri.path, "/dev/usb/lp0");
  ofc_transport_uri_clear (&uri);
  ck_assert (ofc_transport_uri_parse ("tcp://printer.local", &uri, &error));
  ck_assert_str_eq (uri.host, "printer.local");
  ck_assert_uint_eq (uri.port, 9100);
  ofc_transport_uri_clear (&uri);
  ck_assert (ofc_transport_uri_parse ("tcp://[::1]:9101/", &uri, &error));
  ck_assert_str_eq (uri.host, "::1");
  ck_assert_uint_eq (uri.port, 9101);
  ofc_transport_uri_clear (&uri);
  ofc_assert_no_error (error);
}
END_TEST

static const char *const bad_uris[] = {
  "",
  "/dev/usb/lp0",
  "lpt://lp0",
  "http://printer/",
  "serial://host/dev/ttyS0",
  "serial:///dev/ttyS0?baud=fast",
  "serial:///dev/ttyS0?baud=9600&speed=1",
  "serial:///dev/ttyS0?parity=weird",
  "serial:///dev/ttyS0?bits=9",
  "serial:///dev/ttyS0?stop=3",
  "serial:///dev/ttyS0#x",
  "serial:///",
  "usb://",
  "usb:///dev/usb/lp0?baud=9600",
  "tcp://",
  "tcp://printer:0",
  "tcp://printer:99999",
  "tcp://printer/queue",
  "tcp://user@printer",
  "not a uri at all",
};

START_TEST (test_uri_malformed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (bad_uris[_i], &error);

  ck_assert_msg (transport == NULL, "“%s” was accepted", bad_uris[_i]);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_URI);
  ck_assert_ptr_nonnull (strstr (error->message, "not a valid printer address"));
}
END_TEST

START_TEST (test_tcp_job)
{
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcEmulatorServer) server = ofc_emulator_server_new_tcp (emulator, 0, &error);
  g_autofree char *uri = ofc_emulator_server_get_uri (server);
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (uri, &error);
  g_autoptr (GBytes) job = sample_job ();
  g_autoptr (GBytes) received = NULL;
  OfcPrinterStatus status = 0xFF;

  ck_assert (!ofc_transport_write_bytes (transport, job, 1000, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED);
  g_clear_error (&error);
  ck_assert (ofc_transport_open (transport, 2000, &error));
  ck_assert (ofc_transport_write_bytes (transport, job, 2000, &error));
  ck_assert (ofc_escpos_query_status (transport, 2000, &status, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_READY);
  ofc_transport_close (transport);
  ofc_transport_close (transport);
  ck_assert (ofc_emulator_server_wait_jobs (server, 1, 5000));
  received = ofc_emulator_get_received (emulator);
  /* the job, then the four status requests */
  ck_assert_uint_eq (g_bytes_get_size (received), g_bytes_get_size (job) + 12);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 1);
}
END_TEST

static guint
unused_port (void)
{
  struct sockaddr_in address = { .sin_family = AF_INET,
                                 .sin_addr.s_addr = htonl (INADDR_LOOPBACK) };
  socklen_t length = sizeof address;
  int fd = socket (AF_INET, SOCK_STREAM, 0);
  guint port;

  bind (fd, (struct sockaddr *)&address, sizeof address);
  getsockname (fd, (struct sockaddr *)&address, &length);
  port = ntohs (address.sin_port);
  close (fd);
  return port;
}

START_TEST (test_tcp_refused)
{
  g_autofree char *uri = g_strdup_printf ("tcp://127.0.0.1:%u", unused_port ());
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (uri, NULL);
  g_autoptr (GError) error = NULL;

  ck_assert (!ofc_transport_open (transport, 1000, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED);
  ck_assert (!ofc_transport_is_open (transport));
}
END_TEST

START_TEST (test_tcp_silent)
{
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcEmulatorServer) server = ofc_emulator_server_new_tcp (emulator, 0, NULL);
  g_autofree char *uri = ofc_emulator_server_get_uri (server);
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (uri, NULL);
  g_autoptr (GError) error = NULL;
  OfcPrinterStatus status;
  guint8 byte;
  gint64 start;

  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_SILENT);
  ck_assert (ofc_transport_open (transport, 2000, &error));
  start = g_get_monotonic_time ();
  ck_assert (ofc_transport_read (transport, &byte, 1, 150, &error) < 0);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT);
  ck_assert_int_ge (elapsed_ms (start), 140);
  ck_assert_int_lt (elapsed_ms (start), 1000);
  g_clear_error (&error);
  ck_assert (!ofc_escpos_query_status (transport, 200, &status, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT);
}
END_TEST

START_TEST (test_tcp_slow)
{
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_TSPL);
  g_autoptr (OfcEmulatorServer) server = ofc_emulator_server_new_tcp (emulator, 0, NULL);
  g_autofree char *uri = ofc_emulator_server_get_uri (server);
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (uri, NULL);
  g_autoptr (GError) error = NULL;
  OfcPrinterStatus status;

  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_SLOW | OFC_EMULATOR_FAULT_PAPER_OUT);
  ofc_emulator_set_reply_delay (emulator, 600);
  ck_assert (ofc_transport_open (transport, 2000, &error));
  ck_assert (!ofc_label_query_status (transport, OFC_LABEL_TSPL, 150, &status, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_TIMEOUT);
  g_clear_error (&error);
  ofc_transport_close (transport);
  /* a patient caller gets the answer */
  ck_assert (ofc_transport_open (transport, 2000, &error));
  ck_assert (ofc_label_query_status (transport, OFC_LABEL_TSPL, 3000, &status, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_PAPER_OUT);
}
END_TEST

START_TEST (test_tcp_hang_up)
{
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ZPL);
  g_autoptr (OfcEmulatorServer) server = ofc_emulator_server_new_tcp (emulator, 0, NULL);
  g_autofree char *uri = ofc_emulator_server_get_uri (server);
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (uri, NULL);
  g_autoptr (GError) error = NULL;
  g_autofree guint8 *job = g_malloc (16 * 1024 * 1024);
  gboolean written;

  memset (job, '^', 16 * 1024 * 1024);
  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_CLOSE);
  ofc_emulator_set_close_after (emulator, 1000);
  ck_assert (ofc_transport_open (transport, 2000, &error));
  written = ofc_transport_write (transport, job, 16 * 1024 * 1024, 2000, &error);
  ck_assert (!written);
  ck_assert_msg (error->code == OFC_PRINTER_ERROR_NOT_CONNECTED, "%s", error->message);
  ck_assert (ofc_emulator_server_wait_jobs (server, 1, 5000));
  ck_assert_uint_eq (g_bytes_get_size (ofc_emulator_get_received (emulator)), 1000);
}
END_TEST

START_TEST (test_file_regular)
{
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (folder, "lp0", NULL);
  g_autofree char *uri = g_strconcat ("usb://", path, NULL);
  g_autoptr (OfcTransport) transport = NULL;
  g_autoptr (GBytes) job = sample_job ();
  g_autoptr (GBytes) written = NULL;
  g_autoptr (GError) error = NULL;
  guint8 byte;

  ck_assert (g_file_set_contents (path, "", 0, NULL));
  transport = ofc_transport_new_for_uri (uri, &error);
  ck_assert (ofc_transport_open (transport, 1000, &error));
  ck_assert (ofc_transport_write_bytes (transport, job, 1000, &error));
  ofc_assert_no_error (error);
  ck_assert (ofc_transport_read (transport, &byte, 1, 100, &error) < 0);
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED);
  ofc_transport_close (transport);
  written = ofc_test_read_file (path);
  ck_assert (g_bytes_equal (written, job));
  ofc_test_remove_tree (folder);
}
END_TEST

START_TEST (test_file_fifo)
{
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (folder, "lp0", NULL);
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcEmulatorServer) server = ofc_emulator_server_new_fifo (emulator, path, &error);
  g_autofree char *uri = ofc_emulator_server_get_uri (server);
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (uri, &error);
  g_autoptr (GBytes) job = sample_job ();
  g_autoptr (GBytes) received = NULL;

  for (guint round = 1; round <= 2; round++)
    {
      ck_assert (ofc_transport_open (transport, 1000, &error));
      ck_assert (ofc_transport_write_bytes (transport, job, 2000, &error));
      ofc_assert_no_error (error);
      ofc_transport_close (transport);
      ck_assert (ofc_emulator_server_wait_jobs (server, round, 5000));
    }
  received = ofc_emulator_get_received (emulator);
  ck_assert_uint_eq (g_bytes_get_size (received), 2 * g_bytes_get_size (job));
  ck_assert_uint_eq (ofc_emulator_get_n_pages (emulator), 2);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  g_clear_pointer (&server, ofc_emulator_server_free);
  ofc_test_remove_tree (folder);
}
END_TEST

START_TEST (test_file_absent)
{
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *fifo = g_build_filename (folder, "lp1", NULL);
  g_autofree char *uri = g_strconcat ("usb://", fifo, NULL);
  g_autoptr (OfcTransport) nobody = NULL;
  g_autoptr (OfcTransport) missing = ofc_transport_new_for_uri ("usb:///nonexistent/usb/lp9", NULL);
  g_autoptr (GError) error = NULL;

  /* a FIFO nobody reads is a printer switched off */
  ck_assert (mkfifo (fifo, 0600) == 0);
  nobody = ofc_transport_new_for_uri (uri, NULL);
  ck_assert (!ofc_transport_open (nobody, 500, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED);
  g_clear_error (&error);
  ck_assert (!ofc_transport_open (missing, 500, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED);
  ck_assert_ptr_nonnull (strstr (error->message, "/nonexistent/usb/lp9"));
  ofc_test_remove_tree (folder);
}
END_TEST

START_TEST (test_file_permission)
{
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (folder, "lp0", NULL);
  g_autofree char *uri = g_strconcat ("usb://", path, NULL);
  g_autoptr (OfcTransport) transport = NULL;
  g_autoptr (GError) error = NULL;

  if (geteuid () == 0)
    {
      ofc_test_remove_tree (folder);
      return; /* root opens anything; nothing to check */
    }
  ck_assert (g_file_set_contents (path, "", 0, NULL));
  chmod (path, 0400);
  transport = ofc_transport_new_for_uri (uri, NULL);
  ck_assert (!ofc_transport_open (transport, 500, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_PERMISSION_DENIED);
  ck_assert_ptr_nonnull (strstr (error->message, "“lp”"));
  ofc_test_remove_tree (folder);
}
END_TEST

START_TEST (test_serial_absent)
{
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri ("serial:///dev/ttyNOPE7", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) ports = ofc_serial_ports_list (&error);

  ofc_assert_no_error (error);
  ck_assert_ptr_nonnull (ports);
  for (guint i = 0; i < ports->len; i++)
    ck_assert (g_str_has_prefix (((OfcSerialPortInfo *)g_ptr_array_index (ports, i))->uri,
                                 "serial:///dev/"));
  ck_assert (!ofc_transport_open (transport, 500, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_NOT_CONNECTED);
}
END_TEST

typedef struct
{
  int master;
  char slave[256];
} Pty;

static void
pty_open (Pty *pty)
{
  struct termios raw = { 0 };
  int slave;

  cfmakeraw (&raw);
  ck_assert (openpty (&pty->master, &slave, pty->slave, &raw, NULL) == 0);
  /* the client opens the slave itself; holding it here would hide its hang-up */
  close (slave);
}

static void
drain (int fd)
{
  guint8 buffer[4096];

  g_unix_set_fd_nonblocking (fd, TRUE, NULL);
  while (read (fd, buffer, sizeof buffer) > 0)
    ;
}

/* runs serial-client with the pty shim preloaded; returns its one line of output */
static char *
run_client (Pty *pty, const char *mode, const char *job_path)
{
  g_autofree char *client = g_strdup (ofc_test_build_path ("devices/serial-client"));
  g_autofree char *shim = g_strdup (ofc_test_build_path ("devices/ofc-pty-shim.so"));
  const char *argv[] = {
    client, pty->slave, "serial:///dev/tty?baud=115200", mode, job_path, NULL
  };
  g_auto (GStrv) env = g_environ_setenv (g_get_environ (), "LD_PRELOAD", shim, TRUE);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  int status;

  ck_assert (g_spawn_sync (NULL, (char **)argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                           &status, &error));
  ofc_assert_no_error (error);
  ck_assert_msg (g_spawn_check_wait_status (status, NULL), "serial-client failed: %s", err);
  return g_strdup (g_strstrip (out));
}

START_TEST (test_serial_pty)
{
  Pty pty;
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcEmulatorServer) server = NULL;
  g_autofree char *folder = ofc_test_make_tmpdir ();
  g_autofree char *job_path = g_build_filename (folder, "job.bin", NULL);
  g_autoptr (GBytes) job = sample_job ();
  g_autoptr (GBytes) received = NULL;
  g_autofree char *line = NULL;

  pty_open (&pty);
  ck_assert (
      g_file_set_contents (job_path, g_bytes_get_data (job, NULL), g_bytes_get_size (job), NULL));
  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_PAPER_NEAR_END);
  server = ofc_emulator_server_new_fd (emulator, pty.master);
  line = run_client (&pty, "job", job_path);
  ck_assert_msg (g_str_equal (line, "OK 8"), "serial-client said: %s", line);
  ck_assert (ofc_emulator_server_wait_jobs (server, 1, 5000));
  received = ofc_emulator_get_received (emulator);
  ck_assert_uint_eq (g_bytes_get_size (received), g_bytes_get_size (job) + 12);
  ck_assert_uint_eq (ofc_emulator_count_errors (emulator), 0);
  ck_assert (ofc_test_has_event (emulator, "TABLE 17 CP866"));
  g_clear_pointer (&server, ofc_emulator_server_free);
  close (pty.master);
  ofc_test_remove_tree (folder);
}
END_TEST

START_TEST (test_serial_timeouts)
{
  Pty pty;
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_ESCPOS);
  g_autoptr (OfcEmulatorServer) server = NULL;
  g_autofree char *flood = NULL;
  g_autofree char *silent = NULL;
  g_autofree char *timeout = g_strdup_printf ("ERROR %d ", OFC_PRINTER_ERROR_TIMEOUT);

  /* nobody reads the master: the pty's buffer fills and the write must give up */
  pty_open (&pty);
  flood = run_client (&pty, "flood", NULL);
  ck_assert_msg (g_str_has_prefix (flood, timeout), "serial-client said: %s", flood);
  /* an emulator that never answers; the flood's leftovers are dropped first */
  drain (pty.master);
  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_SILENT);
  server = ofc_emulator_server_new_fd (emulator, pty.master);
  silent = run_client (&pty, "status", NULL);
  ck_assert_msg (g_str_has_prefix (silent, timeout), "serial-client said: %s", silent);
  g_clear_pointer (&server, ofc_emulator_server_free);
  close (pty.master);
}
END_TEST

static Suite *
transports_suite (void)
{
  Suite *suite = suite_create ("transports");
  TCase *uris = tcase_create ("uris");
  TCase *tcp = tcase_create ("tcp");
  TCase *file = tcase_create ("file");
  TCase *serial = tcase_create ("serial");

  tcase_add_test (uris, test_uri_parse);
  tcase_add_loop_test (uris, test_uri_malformed, 0, G_N_ELEMENTS (bad_uris));
  tcase_add_test (tcp, test_tcp_job);
  tcase_add_test (tcp, test_tcp_refused);
  tcase_add_test (tcp, test_tcp_silent);
  tcase_add_test (tcp, test_tcp_slow);
  tcase_add_test (tcp, test_tcp_hang_up);
  tcase_add_test (file, test_file_regular);
  tcase_add_test (file, test_file_fifo);
  tcase_add_test (file, test_file_absent);
  tcase_add_test (file, test_file_permission);
  tcase_add_test (serial, test_serial_absent);
  tcase_add_test (serial, test_serial_pty);
  tcase_add_test (serial, test_serial_timeouts);
  suite_add_tcase (suite, uris);
  suite_add_tcase (suite, tcp);
  suite_add_tcase (suite, file);
  suite_add_tcase (suite, serial);
  return suite;
}

int
main (void)
{
  return ofc_test_run (transports_suite ());
}
