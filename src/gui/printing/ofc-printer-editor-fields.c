/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrinterEditor's fields: the choices the combo rows offer, loading the widgets from
 * the printer, collecting them back (the address is built from the connection's own
 * fields, so a typing slip names the field it is in), which rows each kind of printer
 * shows, and the widget a validation error names.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "ofc-printer-editor-private.h"

static const guint bauds[] = { 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200 };
static const guint dpis[] = { 203, 300, 600 };
static const guint papers[] = { 80, 58 };
static const char *const code_pages[] = { "cp866", "cp1251" };

/*
 * Choices
 */

static void
set_choices (AdwComboRow *row, GtkStringList *strings)
{
  adw_combo_row_set_model (row, G_LIST_MODEL (strings));
  g_object_unref (strings);
}

static GtkStringList *
list_of (const char *first, ...)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  va_list args;

  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    gtk_string_list_append (strings, s);
  va_end (args);
  return strings;
}

typedef enum
{
  UNIT_NONE,
  UNIT_MM,
  UNIT_DPI,
} Unit;

static char *
dup_number (guint value, Unit unit)
{
  switch (unit)
    {
      case UNIT_MM:
        return g_strdup_printf (_ ("%u mm"), value);
      case UNIT_DPI:
        return g_strdup_printf (_ ("%u dpi"), value);
      case UNIT_NONE:
      default:
        return g_strdup_printf ("%u", value);
    }
}

static GtkStringList *
numbers_of (const guint *values, gsize n, Unit unit)
{
  GtkStringList *strings = gtk_string_list_new (NULL);

  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *text = dup_number (values[i], unit);

      gtk_string_list_append (strings, text);
    }
  return strings;
}

static GtkStringList *
languages (void)
{
  GtkStringList *strings = gtk_string_list_new (NULL);

  for (guint i = 0; i < OFC_PRINTER_N_LANGUAGES; i++)
    gtk_string_list_append (strings, ofc_printer_language_get_label (i));
  return strings;
}

static GtkStringList *
profiles (void)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  guint n = 0;
  const OfcEscposProfile *all = ofc_escpos_profile_get_all (&n);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (strings, all[i].name);
  return strings;
}

/**
 * _ofc_printer_editor_init_models:
 *
 * Fills the combo rows with their choices; the serial ports come later, from a thread.
 */
void
_ofc_printer_editor_init_models (OfcPrinterEditor *self)
{
  set_choices (self->language_row, languages ());
  set_choices (self->connection_row,
               list_of (_ ("Network (TCP/IP)"), _ ("Serial port (RS-232 or a USB adapter)"),
                        _ ("USB printer"), NULL));
  set_choices (self->baud_row, numbers_of (bauds, G_N_ELEMENTS (bauds), UNIT_NONE));
  set_choices (self->parity_row, list_of (C_ ("parity", "None"), _ ("Odd"), _ ("Even"), _ ("Mark"),
                                          _ ("Space"), NULL));
  set_choices (self->flow_row, list_of (C_ ("flow control", "None"), _ ("Hardware (RTS/CTS)"),
                                        _ ("Software (XON/XOFF)"), _ ("DTR/DSR"), NULL));
  set_choices (self->paper_row, numbers_of (papers, G_N_ELEMENTS (papers), UNIT_MM));
  set_choices (self->code_page_row,
               list_of (_ ("CP866 (DOS Cyrillic)"), _ ("CP1251 (Windows Cyrillic)"), NULL));
  set_choices (self->profile_row, profiles ());
  set_choices (self->media_row, list_of (_ ("58 × 40 mm"), _ ("40 × 30 mm"),
                                         _ ("62 mm continuous tape"), _ ("Another size"), NULL));
  set_choices (self->dpi_row, numbers_of (dpis, G_N_ELEMENTS (dpis), UNIT_DPI));
  set_choices (self->serial_port_row, gtk_string_list_new (NULL));
}

static guint
index_of (const guint *values, gsize n, guint value, guint fallback)
{
  for (gsize i = 0; i < n; i++)
    if (values[i] == value)
      return i;
  return fallback;
}

static guint
profile_index (const char *id)
{
  guint n = 0;
  const OfcEscposProfile *all = ofc_escpos_profile_get_all (&n);

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (all[i].id, id) == 0)
      return i;
  return 0;
}

/*
 * Serial ports
 */

static void
append_port (OfcPrinterEditor *self, GtkStringList *names, const char *path, const char *label)
{
  gtk_string_list_append (names, label);
  g_ptr_array_add (self->ports, g_strdup (path));
}

/**
 * _ofc_printer_editor_set_ports:
 * @infos: (element-type OfcSerialPortInfo): the ports found
 *
 * Offers @infos, and the printer's own port when it is not among them (unplugged now),
 * keeping the port chosen.
 */
void
_ofc_printer_editor_set_ports (OfcPrinterEditor *self, GPtrArray *infos)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  guint chosen = adw_combo_row_get_selected (self->serial_port_row);
  g_autofree char *wanted = chosen < self->ports->len
                                ? g_strdup (g_ptr_array_index (self->ports, chosen))
                                : g_strdup (self->serial.path);
  guint selected = 0;

  g_ptr_array_set_size (self->ports, 0);
  for (guint i = 0; infos != NULL && i < infos->len; i++)
    {
      OfcSerialPortInfo *info = g_ptr_array_index (infos, i);
      g_autofree char *label = *info->description != '\0'
                                   ? g_strdup_printf ("%s — %s", info->path, info->description)
                                   : g_strdup (info->path);

      if (g_strcmp0 (info->path, wanted) == 0)
        selected = self->ports->len;
      append_port (self, names, info->path, label);
    }
  if (wanted != NULL && *wanted != '\0' &&
      !g_ptr_array_find_with_equal_func (self->ports, wanted, g_str_equal, &selected))
    {
      g_autofree char *label = g_strdup_printf (_ ("%s — not found now"), wanted);

      selected = self->ports->len;
      append_port (self, names, wanted, label);
    }
  adw_combo_row_set_model (self->serial_port_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->serial_port_row, selected);
}

/*
 * Loading
 */

static char *
format_mm (double value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (text, sizeof text, "%g", value));
}

static void
set_entry (AdwEntryRow *row, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
load_device_uri (OfcPrinterEditor *self, const OfcTransportUri *uri)
{
  g_autofree char *port = g_strdup_printf ("%u", uri->port);

  adw_combo_row_set_selected (self->connection_row,
                              uri->kind == OFC_TRANSPORT_SERIAL ? OFC_CONNECTION_SERIAL
                              : uri->kind == OFC_TRANSPORT_USB  ? OFC_CONNECTION_USB
                                                                : OFC_CONNECTION_TCP);
  if (uri->kind == OFC_TRANSPORT_TCP)
    {
      set_entry (self->host_row, uri->host);
      set_entry (self->port_row, port);
    }
  else if (uri->kind == OFC_TRANSPORT_USB)
    set_entry (self->device_row, uri->path);
  adw_combo_row_set_selected (self->baud_row, index_of (bauds, G_N_ELEMENTS (bauds), uri->baud, 3));
  adw_combo_row_set_selected (self->parity_row, uri->parity);
  adw_combo_row_set_selected (self->flow_row, uri->flow);
}

static void
load_connection (OfcPrinterEditor *self)
{
  const char *uri = ofc_printer_get_uri (self->printer);

  ofc_transport_uri_clear (&self->serial);
  /* a new printer starts on the network, the most common connection, at port 9100 */
  set_entry (self->port_row, "9100");
  set_entry (self->device_row, "/dev/usb/lp0");
  self->serial = (OfcTransportUri){
    .kind = OFC_TRANSPORT_SERIAL, .baud = OFC_SERIAL_DEFAULT_BAUD, .bits = 8, .stop_bits = 1
  };
  if (ofc_printer_get_language (self->printer) == OFC_PRINTER_LANGUAGE_SYSTEM)
    {
      set_entry (self->queue_row, uri);
      return;
    }
  if (*uri == '\0' || !ofc_transport_uri_parse (uri, &self->serial, NULL))
    {
      self->serial = (OfcTransportUri){
        .kind = OFC_TRANSPORT_TCP, .baud = OFC_SERIAL_DEFAULT_BAUD, .bits = 8, .stop_bits = 1
      };
      load_device_uri (self, &self->serial);
      set_entry (self->port_row, "9100");
      return;
    }
  load_device_uri (self, &self->serial);
}

static guint
media_choice (OfcPrinter *printer)
{
  double width = ofc_printer_get_media_width (printer);
  double height = ofc_printer_get_media_height (printer);

  if (width == 58 && height == 40)
    return OFC_MEDIA_58X40;
  if (width == 40 && height == 30)
    return OFC_MEDIA_40X30;
  if (width == 62 && height == 0)
    return OFC_MEDIA_62_TAPE;
  return OFC_MEDIA_CUSTOM;
}

static void
load_media (OfcPrinterEditor *self)
{
  OfcPrinter *printer = self->printer;
  g_autofree char *width = format_mm (ofc_printer_get_media_width (printer));
  g_autofree char *height = format_mm (ofc_printer_get_media_height (printer));
  g_autofree char *gap = format_mm (ofc_printer_get_media_gap (printer));

  adw_combo_row_set_selected (self->media_row, media_choice (printer));
  set_entry (self->media_width_row, width);
  set_entry (self->media_height_row, ofc_printer_is_continuous (printer) ? "40" : height);
  gtk_switch_set_active (self->continuous_switch, ofc_printer_is_continuous (printer));
  set_entry (self->gap_row, gap);
  adw_combo_row_set_selected (
      self->dpi_row, index_of (dpis, G_N_ELEMENTS (dpis), ofc_printer_get_dpi (printer), 0));
}

static void
load_receipt (OfcPrinterEditor *self)
{
  OfcPrinter *printer = self->printer;
  int table = ofc_printer_get_code_table (printer);
  g_autofree char *table_text = table >= 0 ? g_strdup_printf ("%d", table) : g_strdup ("");

  adw_combo_row_set_selected (self->paper_row, index_of (papers, G_N_ELEMENTS (papers),
                                                         ofc_printer_get_paper_width (printer), 0));
  adw_combo_row_set_selected (self->code_page_row,
                              g_strcmp0 (ofc_printer_get_code_page (printer), "cp1251") == 0);
  adw_combo_row_set_selected (self->profile_row, profile_index (ofc_printer_get_profile (printer)));
  set_entry (self->code_table_row, table_text);
}

/**
 * _ofc_printer_editor_load:
 *
 * Fills every widget from the working copy, self->printer.
 */
void
_ofc_printer_editor_load (OfcPrinterEditor *self)
{
  OfcPrinterRoles roles = ofc_printer_get_roles (self->printer);

  self->loading = TRUE;
  set_entry (self->name_row, ofc_printer_get_name (self->printer));
  adw_combo_row_set_selected (self->language_row, ofc_printer_get_language (self->printer));
  gtk_switch_set_active (self->enabled_switch, ofc_printer_get_enabled (self->printer));
  load_connection (self);
  load_receipt (self);
  load_media (self);
  gtk_switch_set_active (self->receipt_role_switch, (roles & OFC_PRINTER_ROLE_RECEIPT) != 0);
  gtk_switch_set_active (self->label_role_switch, (roles & OFC_PRINTER_ROLE_LABEL) != 0);
  gtk_switch_set_active (self->document_role_switch, (roles & OFC_PRINTER_ROLE_DOCUMENT) != 0);
  self->loading = FALSE;
  _ofc_printer_editor_apply_language (self);
}

/*
 * Which rows show
 */

OfcPrinterLanguage
_ofc_printer_editor_get_language (OfcPrinterEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);

  return selected < OFC_PRINTER_N_LANGUAGES ? selected : OFC_PRINTER_LANGUAGE_ESCPOS;
}

static gboolean
is_continuous (OfcPrinterEditor *self)
{
  guint media = adw_combo_row_get_selected (self->media_row);

  return media == OFC_MEDIA_62_TAPE ||
         (media == OFC_MEDIA_CUSTOM && gtk_switch_get_active (self->continuous_switch));
}

static void
show_connection (OfcPrinterEditor *self, OfcPrinterLanguage language)
{
  gboolean system = language == OFC_PRINTER_LANGUAGE_SYSTEM;
  guint connection = adw_combo_row_get_selected (self->connection_row);
  GtkWidget *serial_rows[] = { GTK_WIDGET (self->serial_port_row), GTK_WIDGET (self->baud_row),
                               GTK_WIDGET (self->parity_row), GTK_WIDGET (self->flow_row) };

  gtk_widget_set_visible (GTK_WIDGET (self->connection_row), !system);
  gtk_widget_set_visible (GTK_WIDGET (self->host_row), !system && connection == OFC_CONNECTION_TCP);
  gtk_widget_set_visible (GTK_WIDGET (self->port_row), !system && connection == OFC_CONNECTION_TCP);
  for (guint i = 0; i < G_N_ELEMENTS (serial_rows); i++)
    gtk_widget_set_visible (serial_rows[i], !system && connection == OFC_CONNECTION_SERIAL);
  gtk_widget_set_visible (GTK_WIDGET (self->device_row),
                          !system && connection == OFC_CONNECTION_USB);
  gtk_widget_set_visible (GTK_WIDGET (self->queue_row), system);
  gtk_widget_set_visible (GTK_WIDGET (self->check_row), !system);
}

static void
show_media (OfcPrinterEditor *self, OfcPrinterLanguage language)
{
  gboolean label = ofc_printer_language_is_label (language);
  gboolean custom = adw_combo_row_get_selected (self->media_row) == OFC_MEDIA_CUSTOM;

  /* a system printer prints stickers as PDF pages of the label's size */
  gtk_widget_set_visible (GTK_WIDGET (self->label_group),
                          label || (language == OFC_PRINTER_LANGUAGE_SYSTEM &&
                                    gtk_switch_get_active (self->label_role_switch)));
  gtk_widget_set_visible (GTK_WIDGET (self->media_width_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->continuous_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->media_height_row), custom && !is_continuous (self));
  gtk_widget_set_visible (GTK_WIDGET (self->gap_row), label && !is_continuous (self));
  gtk_widget_set_visible (GTK_WIDGET (self->dpi_row), label);
}

/**
 * _ofc_printer_editor_update_visibility:
 *
 * Shows the rows that matter for the chosen kind of printer, connection and label size.
 */
void
_ofc_printer_editor_update_visibility (OfcPrinterEditor *self)
{
  OfcPrinterLanguage language = _ofc_printer_editor_get_language (self);

  show_connection (self, language);
  show_media (self, language);
  gtk_widget_set_visible (GTK_WIDGET (self->receipt_group),
                          language == OFC_PRINTER_LANGUAGE_ESCPOS);
  gtk_widget_set_visible (GTK_WIDGET (self->receipt_role_row),
                          ofc_print_job_kind_supports (OFC_PRINT_JOB_INTAKE_RECEIPT, language));
  gtk_widget_set_visible (GTK_WIDGET (self->document_role_row),
                          ofc_print_job_kind_supports (OFC_PRINT_JOB_ACT, language));
}

/**
 * _ofc_printer_editor_apply_language:
 *
 * A Brother QL takes 62 mm tape at 300 dpi and nothing else: those rows are set and
 * locked for it.
 */
void
_ofc_printer_editor_apply_language (OfcPrinterEditor *self)
{
  gboolean brother = _ofc_printer_editor_get_language (self) == OFC_PRINTER_LANGUAGE_BROTHER_QL;

  if (brother)
    {
      adw_combo_row_set_selected (self->media_row, OFC_MEDIA_62_TAPE);
      adw_combo_row_set_selected (self->dpi_row, 1);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->media_row), !brother);
  gtk_widget_set_sensitive (GTK_WIDGET (self->dpi_row), !brother);
  _ofc_printer_editor_update_visibility (self);
}

/*
 * Collecting
 */

static char *
dup_entry (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* "40", "40.5" or "40,5": the decimal comma is what a Russian keyboard types */
static gboolean
parse_mm (AdwEntryRow *row, const char *field, double *value, GError **error)
{
  g_autofree char *text = g_strdelimit (dup_entry (row), ",", '.');
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  if (*text != '\0' && end != NULL && *end == '\0' && *value >= 0)
    return TRUE;
  ofc_set_invalid (error, field, _ ("“%s” is not a size in millimetres"),
                   gtk_editable_get_text (GTK_EDITABLE (row)));
  return FALSE;
}

static gboolean
parse_port (AdwEntryRow *row, guint64 *port, GError **error)
{
  g_autofree char *text = dup_entry (row);

  if (g_ascii_string_to_unsigned (text, 10, 1, 65535, port, NULL))
    return TRUE;
  ofc_set_invalid (error, "port", _ ("The port is a number from 1 to 65535, not “%s”"), text);
  return FALSE;
}

static char *
build_tcp_uri (OfcPrinterEditor *self, GError **error)
{
  g_autofree char *host = dup_entry (self->host_row);
  g_autofree char *port_text = dup_entry (self->port_row);
  guint64 port = OFC_TCP_DEFAULT_PORT;

  if (*host == '\0')
    {
      ofc_set_invalid (error, "host", _ ("Enter the printer’s host name or IP address"));
      return NULL;
    }
  if (*port_text != '\0' && !parse_port (self->port_row, &port, error))
    return NULL;
  /* an IPv6 address goes in brackets, or its colons would read as the port */
  if (strchr (host, ':') != NULL && *host != '[')
    return g_strdup_printf ("tcp://[%s]:%u", host, (guint) port);
  return g_strdup_printf ("tcp://%s:%u", host, (guint) port);
}

static char *
build_serial_uri (OfcPrinterEditor *self, GError **error)
{
  guint chosen = adw_combo_row_get_selected (self->serial_port_row);
  OfcTransportUri uri = self->serial;
  guint baud = adw_combo_row_get_selected (self->baud_row);

  if (chosen >= self->ports->len)
    {
      ofc_set_invalid (error, "serial-port",
                       _ ("No serial port was found; connect the printer, then look again"));
      return NULL;
    }
  uri.kind = OFC_TRANSPORT_SERIAL;
  uri.path = g_ptr_array_index (self->ports, chosen);
  uri.host = NULL;
  uri.baud = baud < G_N_ELEMENTS (bauds) ? bauds[baud] : OFC_SERIAL_DEFAULT_BAUD;
  uri.bits = uri.bits != 0 ? uri.bits : 8;
  uri.stop_bits = uri.stop_bits != 0 ? uri.stop_bits : 1;
  uri.parity = adw_combo_row_get_selected (self->parity_row);
  uri.flow = adw_combo_row_get_selected (self->flow_row);
  return ofc_transport_uri_to_string (&uri);
}

static char *
build_uri (OfcPrinterEditor *self, GError **error)
{
  g_autofree char *device = NULL;

  if (_ofc_printer_editor_get_language (self) == OFC_PRINTER_LANGUAGE_SYSTEM)
    return dup_entry (self->queue_row);
  switch (adw_combo_row_get_selected (self->connection_row))
    {
      case OFC_CONNECTION_SERIAL:
        return build_serial_uri (self, error);
      case OFC_CONNECTION_USB:
        device = dup_entry (self->device_row);
        return g_strconcat ("usb://", device, NULL);
      case OFC_CONNECTION_TCP:
      default:
        return build_tcp_uri (self, error);
    }
}

static gboolean
collect_receipt (OfcPrinterEditor *self, GError **error)
{
  guint paper = adw_combo_row_get_selected (self->paper_row);
  guint profile = adw_combo_row_get_selected (self->profile_row);
  g_autofree char *table_text = dup_entry (self->code_table_row);
  guint n = 0;
  const OfcEscposProfile *all = ofc_escpos_profile_get_all (&n);
  guint64 table = 0;

  ofc_printer_set_paper_width (self->printer, papers[MIN (paper, G_N_ELEMENTS (papers) - 1)]);
  ofc_printer_set_code_page (self->printer,
                             code_pages[adw_combo_row_get_selected (self->code_page_row) == 1]);
  if (profile < n)
    ofc_printer_set_profile (self->printer, all[profile].id);
  if (*table_text == '\0')
    table = G_MAXUINT64;
  else if (!g_ascii_string_to_unsigned (table_text, 10, 0, 255, &table, NULL))
    {
      ofc_set_invalid (error, "code-table",
                       _ ("A code table number is between 0 and 255, not “%s”"), table_text);
      return FALSE;
    }
  ofc_printer_set_code_table (self->printer, table == G_MAXUINT64 ? -1 : (int) table);
  return TRUE;
}

static gboolean
collect_media (OfcPrinterEditor *self, GError **error)
{
  static const double presets[][2] = { { 58, 40 }, { 40, 30 }, { 62, 0 } };
  guint media = adw_combo_row_get_selected (self->media_row);
  guint dpi = adw_combo_row_get_selected (self->dpi_row);
  double width = 58, height = 40, gap = 0;

  if (media < G_N_ELEMENTS (presets))
    {
      width = presets[media][0];
      height = presets[media][1];
    }
  else if (!parse_mm (self->media_width_row, "media-width", &width, error) ||
           (!is_continuous (self) &&
            !parse_mm (self->media_height_row, "media-height", &height, error)))
    return FALSE;
  if (is_continuous (self))
    height = 0;
  else if (!parse_mm (self->gap_row, "media-gap", &gap, error))
    return FALSE;
  ofc_printer_set_media (self->printer, width, height);
  ofc_printer_set_media_gap (self->printer, gap);
  ofc_printer_set_dpi (self->printer, dpis[MIN (dpi, G_N_ELEMENTS (dpis) - 1)]);
  return TRUE;
}

static OfcPrinterRoles
collect_roles (OfcPrinterEditor *self)
{
  OfcPrinterRoles roles = OFC_PRINTER_ROLE_NONE;

  /* a hidden switch is for a role this kind of printer cannot take */
  if (gtk_widget_get_visible (GTK_WIDGET (self->receipt_role_row)) &&
      gtk_switch_get_active (self->receipt_role_switch))
    roles |= OFC_PRINTER_ROLE_RECEIPT;
  if (gtk_switch_get_active (self->label_role_switch))
    roles |= OFC_PRINTER_ROLE_LABEL;
  if (gtk_widget_get_visible (GTK_WIDGET (self->document_role_row)) &&
      gtk_switch_get_active (self->document_role_switch))
    roles |= OFC_PRINTER_ROLE_DOCUMENT;
  return roles;
}

/**
 * _ofc_printer_editor_collect:
 *
 * Writes every widget into the working copy.
 *
 * Returns: %FALSE with %OFC_ERROR_INVALID naming the field when a number or the address
 *   cannot be read; the store checks everything else
 */
gboolean
_ofc_printer_editor_collect (OfcPrinterEditor *self, GError **error)
{
  OfcPrinterLanguage language = _ofc_printer_editor_get_language (self);
  g_autofree char *name = dup_entry (self->name_row);
  g_autofree char *uri = NULL;

  ofc_printer_set_name (self->printer, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  ofc_printer_set_language (self->printer, language);
  ofc_printer_set_enabled (self->printer, gtk_switch_get_active (self->enabled_switch));
  ofc_printer_set_roles (self->printer, collect_roles (self));
  if (*name == '\0')
    {
      ofc_set_invalid (error, "name", _ ("Give the printer a name, e.g. Labels"));
      return FALSE;
    }
  if ((uri = build_uri (self, error)) == NULL)
    return FALSE;
  ofc_printer_set_uri (self->printer, uri);
  if (language == OFC_PRINTER_LANGUAGE_ESCPOS && !collect_receipt (self, error))
    return FALSE;
  return !gtk_widget_get_visible (GTK_WIDGET (self->label_group)) || collect_media (self, error);
}

/*
 * Error fields
 */

static GtkWidget *
uri_widget (OfcPrinterEditor *self)
{
  if (_ofc_printer_editor_get_language (self) == OFC_PRINTER_LANGUAGE_SYSTEM)
    return GTK_WIDGET (self->queue_row);
  switch (adw_combo_row_get_selected (self->connection_row))
    {
      case OFC_CONNECTION_SERIAL:
        return GTK_WIDGET (self->serial_port_row);
      case OFC_CONNECTION_USB:
        return GTK_WIDGET (self->device_row);
      case OFC_CONNECTION_TCP:
      default:
        return GTK_WIDGET (self->host_row);
    }
}

static GtkWidget *
roles_widget (OfcPrinterEditor *self)
{
  if (gtk_switch_get_active (self->receipt_role_switch))
    return GTK_WIDGET (self->receipt_role_row);
  if (gtk_switch_get_active (self->document_role_switch))
    return GTK_WIDGET (self->document_role_row);
  return GTK_WIDGET (self->label_role_row);
}

/**
 * _ofc_printer_editor_get_field_widget:
 * @field: (nullable): a field as named by ofc_error_get_field(): an #OfcPrinter property,
 *   or one of the connection's parts ("host", "port", "serial-port")
 *
 * Returns: (transfer none) (nullable): the widget that edits @field
 */
GtkWidget *
_ofc_printer_editor_get_field_widget (OfcPrinterEditor *self, const char *field)
{
  const struct
  {
    const char *field;
    gpointer widget;
  } fields[] = {
    { "name", self->name_row },
    { "language", self->language_row },
    { "host", self->host_row },
    { "port", self->port_row },
    { "serial-port", self->serial_port_row },
    { "paper-width", self->paper_row },
    { "code-page", self->code_page_row },
    { "profile", self->profile_row },
    { "code-table", self->code_table_row },
    { "media-height", self->media_height_row },
    { "media-gap", self->gap_row },
    { "dpi", self->dpi_row },
  };

  if (g_strcmp0 (field, "uri") == 0)
    return uri_widget (self);
  if (g_strcmp0 (field, "roles") == 0)
    return roles_widget (self);
  if (g_strcmp0 (field, "media-width") == 0)
    return gtk_widget_get_visible (GTK_WIDGET (self->media_width_row))
               ? GTK_WIDGET (self->media_width_row)
               : GTK_WIDGET (self->media_row);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_strcmp0 (fields[i].field, field) == 0)
      return fields[i].widget;
  return NULL;
}
