/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterRow: a printer as one row of the printers list. The subtitle says in words
 * what the settings are (language, where it is connected, its paper, the roles it is
 * the default for); the chip at the end shows the last status the page learned.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-printing.h>

#include "ofc-printer-row.h"

#define STATE_CLASSES_N 4

struct _OfcPrinterRow
{
  AdwActionRow parent_instance;

  /* Template widgets */
  GtkImage *icon;
  GtkLabel *status_label;
  GtkButton *test_button;

  /* Owned references */
  OfcPrinter *printer;
};

G_DEFINE_FINAL_TYPE (OfcPrinterRow, ofc_printer_row, ADW_TYPE_ACTION_ROW)

static const char *const state_classes[STATE_CLASSES_N] = {
  "ofc-status-ready",
  "ofc-status-problem",
  "ofc-status-offline",
  "ofc-status-unknown",
};

/*
 * Auxiliary methods
 */

static char *
dup_device_connection (const OfcTransportUri *uri)
{
  switch (uri->kind)
    {
      case OFC_TRANSPORT_TCP:
        return g_strdup_printf (_ ("network %s:%u"), uri->host, uri->port);
      case OFC_TRANSPORT_SERIAL:
        return g_strdup_printf (_ ("serial port %s, %u baud"), uri->path, uri->baud);
      case OFC_TRANSPORT_USB:
      default:
        return g_strdup_printf (_ ("USB %s"), uri->path);
    }
}

/* where the printer is, in words: "network 192.168.1.50:9100", "print queue Office_A4" */
static char *
dup_connection_text (OfcPrinter *printer)
{
  OfcTransportUri uri;
  char *text;

  if (ofc_printer_get_language (printer) == OFC_PRINTER_LANGUAGE_SYSTEM)
    return g_strdup_printf (_ ("print queue %s"), ofc_printer_get_uri (printer));
  if (!ofc_transport_uri_parse (ofc_printer_get_uri (printer), &uri, NULL))
    return g_strdup (ofc_printer_get_uri (printer));
  text = dup_device_connection (&uri);
  ofc_transport_uri_clear (&uri);
  return text;
}

static char *
dup_paper_text (OfcPrinter *printer)
{
  OfcPrinterLanguage language = ofc_printer_get_language (printer);
  g_autofree char *media = NULL;

  if (language == OFC_PRINTER_LANGUAGE_ESCPOS)
    return g_strdup_printf (_ ("%u mm paper"), ofc_printer_get_paper_width (printer));
  if (!ofc_printer_language_is_label (language))
    return NULL;
  media = ofc_printer_dup_media_text (printer);
  if (ofc_printer_is_continuous (printer))
    return g_strdup_printf (_ ("%s mm tape"), media);
  /* TRANSLATORS: a part of a printer's description, after its language: lower case */
  return g_strdup_printf (C_ ("printer description", "%s mm labels"), media);
}

static const char *
role_text (OfcPrinterRoles role)
{
  switch (role)
    {
      case OFC_PRINTER_ROLE_RECEIPT:
        return _ ("receipts");
      case OFC_PRINTER_ROLE_LABEL:
        return _ ("stickers and cards");
      case OFC_PRINTER_ROLE_DOCUMENT:
      default:
        return _ ("A4 documents");
    }
}

/* "default for receipts, A4 documents" */
static char *
dup_roles_text (OfcPrinter *printer)
{
  static const OfcPrinterRoles roles[] = { OFC_PRINTER_ROLE_RECEIPT, OFC_PRINTER_ROLE_LABEL,
                                           OFC_PRINTER_ROLE_DOCUMENT };
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (ofc_printer_get_roles (printer) & roles[i])
      g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", role_text (roles[i]));
  if (names->len == 0)
    return NULL;
  return g_strdup_printf (_ ("default for %s"), names->str);
}

static void
update_subtitle (OfcPrinterRow *self)
{
  g_autofree char *connection = dup_connection_text (self->printer);
  g_autofree char *paper = dup_paper_text (self->printer);
  g_autofree char *roles = dup_roles_text (self->printer);
  const char *parts[] = {
    ofc_printer_language_get_label (ofc_printer_get_language (self->printer)),
    connection,
    paper,
    roles,
  };
  g_autoptr (GString) subtitle = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "", parts[i]);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle->str);
}

static void
set_state (OfcPrinterRow *self, const char *label, const char *css_class, const char *detail)
{
  for (guint i = 0; i < STATE_CLASSES_N; i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), state_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), css_class);
  gtk_label_set_text (self->status_label, label);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->status_label), detail);
}

/* what the chip says before, or instead of, asking the printer */
static void
set_initial_state (OfcPrinterRow *self)
{
  OfcPrinterLanguage language = ofc_printer_get_language (self->printer);

  if (!ofc_printer_get_enabled (self->printer))
    set_state (self, _ ("Disabled"), "ofc-status-unknown",
               _ ("Jobs for this printer wait until it is enabled again"));
  else if (language == OFC_PRINTER_LANGUAGE_SYSTEM)
    set_state (self, _ ("Print service"), "ofc-status-unknown",
               _ ("The system’s print service reports on this printer in the system settings"));
  else if (!ofc_printer_probe_supported (self->printer))
    set_state (self, _ ("No status"), "ofc-status-unknown",
               _ ("EPL printers cannot report their state"));
  else
    set_state (self, _ ("Checking…"), "ofc-status-unknown", NULL);
}

static void
forward (GtkWidget *widget, const char *action_name)
{
  OfcPrinterRow *self = OFC_PRINTER_ROW (widget);
  g_autofree char *id = NULL;

  g_object_get (self->printer, "id", &id, NULL);
  gtk_widget_activate_action (widget, action_name, "s", id);
}

/*
 * Actions
 */

static void
test_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  forward (widget, "printers.test");
}

static void
edit_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  forward (widget, "printers.edit");
}

static void
check_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  forward (widget, "printers.check");
}

static void
archive_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  forward (widget, "printers.archive");
}

static void
on_activated_cb (OfcPrinterRow *self)
{
  forward (GTK_WIDGET (self), "printers.edit");
}

/*
 * GObject overrides
 */

static void
ofc_printer_row_dispose (GObject *object)
{
  OfcPrinterRow *self = OFC_PRINTER_ROW (object);

  g_clear_object (&self->printer);
  G_OBJECT_CLASS (ofc_printer_row_parent_class)->dispose (object);
}

static void
ofc_printer_row_class_init (OfcPrinterRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_printer_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-printer-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterRow, icon);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, OfcPrinterRow, test_button);

  gtk_widget_class_install_action (widget_class, "row.test", NULL, test_action);
  gtk_widget_class_install_action (widget_class, "row.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "row.check", NULL, check_action);
  gtk_widget_class_install_action (widget_class, "row.archive", NULL, archive_action);
}

static void
ofc_printer_row_init (OfcPrinterRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "activated", G_CALLBACK (on_activated_cb), NULL);
}

/*
 * Public API
 */

OfcPrinterRow *
ofc_printer_row_new (OfcPrinter *printer)
{
  OfcPrinterRow *self = g_object_new (OFC_TYPE_PRINTER_ROW, NULL);
  g_autofree char *id = NULL;

  g_return_val_if_fail (OFC_IS_PRINTER (printer), NULL);
  self->printer = g_object_ref (printer);
  g_object_get (printer, "id", &id, NULL);
  gtk_widget_set_name (GTK_WIDGET (self), id);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), ofc_printer_get_name (printer));
  if (g_str_has_prefix (ofc_printer_get_uri (printer), "tcp:"))
    gtk_image_set_from_icon_name (self->icon, "printer-network-symbolic");
  update_subtitle (self);
  set_initial_state (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "row.check",
                                 ofc_printer_probe_supported (printer));
  gtk_widget_set_sensitive (GTK_WIDGET (self->test_button), ofc_printer_get_enabled (printer));
  return self;
}

/**
 * ofc_printer_row_get_printer:
 *
 * Returns: (transfer none): the printer shown
 */
OfcPrinter *
ofc_printer_row_get_printer (OfcPrinterRow *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER_ROW (self), NULL);
  return self->printer;
}

/**
 * ofc_printer_row_set_probe:
 * @probe: what the printer last said
 */
void
ofc_printer_row_set_probe (OfcPrinterRow *self, const OfcPrinterProbe *probe)
{
  g_return_if_fail (OFC_IS_PRINTER_ROW (self));
  set_state (self, ofc_printer_probe_get_label (probe), ofc_printer_probe_get_css_class (probe),
             probe->detail);
}

/**
 * ofc_printer_row_set_state_text:
 * @detail: (nullable): the tooltip
 *
 * Shows a state the page knows without asking the printer, e.g. "Printing".
 */
void
ofc_printer_row_set_state_text (OfcPrinterRow *self, const char *label, const char *detail)
{
  g_return_if_fail (OFC_IS_PRINTER_ROW (self));
  set_state (self, label, "ofc-status-unknown", detail);
}

const char *
ofc_printer_row_get_state_text (OfcPrinterRow *self)
{
  g_return_val_if_fail (OFC_IS_PRINTER_ROW (self), NULL);
  return gtk_label_get_text (self->status_label);
}
