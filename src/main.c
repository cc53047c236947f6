/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The officina program: translations, resources, then the application.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "ofc-application.h"
#include "ofc-gui-resources.h"
#include "ofc-renderer.h"

/* glibc gives every thread that allocates an arena of its own, which pays off for servers
 * with many busy threads; here a few short-lived workers (the list loaders, the print
 * queue, GIO's pool) each left megabytes they had freed in their arena for good: 8.7 MB
 * of resident memory after searching the client book. Two arenas, the main thread's and
 * one the workers share, keep that memory in use. */
static void
limit_malloc_arenas (void)
{
#ifdef __GLIBC__
  mallopt (M_ARENA_MAX, 2);
#endif
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OfcApplication) application = NULL;

  limit_malloc_arenas ();
  ofc_renderer_apply ();
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  ofc_gui_register_resource ();

  application = ofc_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
