/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The officina program: translations, resources, then the application.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ofc-application.h"
#include "ofc-gui-resources.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OfcApplication) application = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  ofc_gui_register_resource ();

  application = ofc_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
