/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * officina-printer-emulator: a software printer to point Officina at, to watch what a
 * job would print. Transcripts and PNG pages go to --out; each job's transcript is also
 * printed on standard output.
 *
 *   officina-printer-emulator --language escpos --listen tcp:9100 --out /tmp/printer
 *   officina-printer-emulator --language tspl --listen file:/tmp/lp0 --out /tmp/labels
 *   officina-printer-emulator --language escpos --listen pty --fault paper-out
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib-unix.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include "ofc-emulator-server.h"

typedef struct
{
  char *language;
  char *listen;
  char *out;
  char **faults;
  char *profile;
  int paper;
  int dpi;
  int delay;
  int close_after;
} Options;

static void
print_job (OfcEmulator *emulator, guint job, GPtrArray *events, gpointer user_data)
{
  /* raw UTF-8 whatever the locale: a C locale would turn Cyrillic into "?" */
  printf ("--- job %u\n", job);
  for (guint i = 0; i < events->len; i++)
    printf ("%s\n", (char *)g_ptr_array_index (events, i));
}

static gboolean
quit (gpointer loop)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static OfcEmulator *
configure (Options *options, GError **error)
{
  OfcEmulatorLanguage language;
  OfcEmulatorFault faults = 0;
  OfcEmulator *emulator;

  if (!ofc_emulator_language_parse (options->language, &language))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "unknown language “%s”",
                   options->language);
      return NULL;
    }
  for (guint i = 0; options->faults != NULL && options->faults[i] != NULL; i++)
    if (!ofc_emulator_fault_parse (options->faults[i], &faults))
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "unknown fault “%s”",
                     options->faults[i]);
        return NULL;
      }
  emulator = ofc_emulator_new (language);
  if (options->profile != NULL && !ofc_emulator_set_profile (emulator, options->profile))
    g_printerr ("unknown profile “%s”, using epson\n", options->profile);
  ofc_emulator_set_faults (emulator, faults);
  ofc_emulator_set_paper (emulator, options->paper == 80 ? OFC_PAPER_80MM : OFC_PAPER_58MM);
  if (options->dpi > 0)
    ofc_emulator_set_dpi (emulator, options->dpi);
  ofc_emulator_set_reply_delay (emulator, options->delay);
  ofc_emulator_set_close_after (emulator, options->close_after);
  ofc_emulator_set_out_dir (emulator, options->out);
  ofc_emulator_set_job_func (emulator, print_job, NULL);
  return emulator;
}

static OfcEmulatorServer *
open_pty (OfcEmulator *emulator, GError **error)
{
  struct termios raw = { 0 };
  int master, slave;
  char name[256];

  cfmakeraw (&raw);
  if (openpty (&master, &slave, name, &raw, NULL) < 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "cannot open a pty: %s",
                   g_strerror (errno));
      return NULL;
    }
  /* only clients hold the slave: its last close is what ends a job */
  close (slave);
  printf ("listening on pty %s\n", name);
  return ofc_emulator_server_new_fd (emulator, master);
}

static OfcEmulatorServer *
listen_on (OfcEmulator *emulator, const char *listen, GError **error)
{
  OfcEmulatorServer *server = NULL;

  if (g_str_has_prefix (listen, "tcp:"))
    {
      server = ofc_emulator_server_new_tcp (emulator, atoi (listen + 4), error);
      if (server != NULL)
        printf ("listening on tcp://127.0.0.1:%u\n", ofc_emulator_server_get_port (server));
    }
  else if (g_str_has_prefix (listen, "file:"))
    {
      server = ofc_emulator_server_new_fifo (emulator, listen + 5, error);
      if (server != NULL)
        printf ("listening on usb://%s\n", listen + 5);
    }
  else if (g_str_equal (listen, "pty"))
    server = open_pty (emulator, error);
  else
    g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                 "--listen takes tcp:PORT, file:PATH or pty");
  return server;
}

static Options options = { .paper = 58, .delay = 1500 };

static GOptionEntry entries[] = {
  { "language", 'l', 0, G_OPTION_ARG_STRING, &options.language,
    "escpos, zpl, tspl, epl or brother-ql", "LANG" },
  { "listen", 0, 0, G_OPTION_ARG_STRING, &options.listen, "tcp:PORT, file:PATH (a FIFO) or pty",
    "WHERE" },
  { "out", 'o', 0, G_OPTION_ARG_FILENAME, &options.out, "folder for transcripts and PNG pages",
    "DIR" },
  { "fault", 'f', 0, G_OPTION_ARG_STRING_ARRAY, &options.faults,
    "paper-out, near-end, cover-open, offline, cutter, jam, ribbon-out, slow, garbage, silent, "
    "close",
    "FAULT" },
  { "profile", 0, 0, G_OPTION_ARG_STRING, &options.profile,
    "ESC/POS vendor: epson, xprinter, rongta, star", "NAME" },
  { "paper", 0, 0, G_OPTION_ARG_INT, &options.paper, "receipt paper width in mm: 58 or 80", "MM" },
  { "dpi", 0, 0, G_OPTION_ARG_INT, &options.dpi, "label printer resolution", "DPI" },
  { "delay", 0, 0, G_OPTION_ARG_INT, &options.delay, "reply delay of the slow fault", "MS" },
  { "close-after", 0, 0, G_OPTION_ARG_INT, &options.close_after,
    "bytes before the close fault hangs up", "N" },
  { NULL },
};

int
main (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = g_option_context_new ("— a software printer");
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcEmulator) emulator = NULL;
  g_autoptr (OfcEmulatorServer) server = NULL;
  g_autoptr (GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  /* line-buffered so whoever watches a pipe sees each line as it comes */
  setvbuf (stdout, NULL, _IOLBF, 0);
  options.language = g_strdup ("escpos");
  options.listen = g_strdup ("tcp:9100");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      (emulator = configure (&options, &error)) == NULL ||
      (server = listen_on (emulator, options.listen, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  g_unix_signal_add (SIGINT, quit, loop);
  g_unix_signal_add (SIGTERM, quit, loop);
  g_main_loop_run (loop);
  return 0;
}
