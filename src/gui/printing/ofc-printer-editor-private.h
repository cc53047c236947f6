/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of OfcPrinterEditor share: the instance struct, and moving values between
 * the widgets and the OfcPrinter (ofc-printer-editor-fields.c).
 */
#pragma once

#include <ofc-printing.h>

#include "ofc-printer-editor.h"

G_BEGIN_DECLS

/* the rows of the connection combo, in order */
typedef enum
{
  OFC_CONNECTION_TCP,
  OFC_CONNECTION_SERIAL,
  OFC_CONNECTION_USB,
} OfcConnection;

/* the rows of the label size combo, in order */
typedef enum
{
  OFC_MEDIA_58X40,
  OFC_MEDIA_40X30,
  OFC_MEDIA_62_TAPE,
  OFC_MEDIA_CUSTOM,
} OfcMediaChoice;

struct _OfcPrinterEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwComboRow *baud_row;
  GtkButton *check_button;
  AdwActionRow *check_row;
  AdwComboRow *code_page_row;
  AdwEntryRow *code_table_row;
  AdwComboRow *connection_row;
  AdwActionRow *continuous_row;
  GtkSwitch *continuous_switch;
  AdwEntryRow *device_row;
  AdwActionRow *document_role_row;
  GtkSwitch *document_role_switch;
  AdwComboRow *dpi_row;
  GtkSwitch *enabled_switch;
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  AdwComboRow *flow_row;
  AdwEntryRow *gap_row;
  AdwEntryRow *host_row;
  AdwPreferencesGroup *label_group;
  AdwActionRow *label_role_row;
  GtkSwitch *label_role_switch;
  AdwComboRow *language_row;
  AdwEntryRow *media_height_row;
  AdwComboRow *media_row;
  AdwEntryRow *media_width_row;
  AdwEntryRow *name_row;
  AdwComboRow *paper_row;
  AdwComboRow *parity_row;
  AdwEntryRow *port_row;
  AdwComboRow *profile_row;
  AdwEntryRow *queue_row;
  AdwPreferencesGroup *receipt_group;
  AdwActionRow *receipt_role_row;
  GtkSwitch *receipt_role_switch;
  AdwComboRow *serial_port_row;
  AdwWindowTitle *window_title;

  /* Owned references */
  OfcContext *context;
  OfcPrinter *printer; /* the working copy the widgets are loaded from and saved into */
  GPtrArray *ports;    /* the paths the serial port combo offers, in its order */
  GCancellable *cancellable;
  OfcTransportUri serial; /* the serial settings loaded, for what the editor does not show */

  /* Borrowed references */
  GtkWidget *error_widget; /* the field marked by the last refused save */

  gboolean loading;
};

void _ofc_printer_editor_init_models (OfcPrinterEditor *self);
void _ofc_printer_editor_load (OfcPrinterEditor *self);
gboolean _ofc_printer_editor_collect (OfcPrinterEditor *self, GError **error);
void _ofc_printer_editor_set_ports (OfcPrinterEditor *self, GPtrArray *infos);
void _ofc_printer_editor_apply_language (OfcPrinterEditor *self);
void _ofc_printer_editor_update_visibility (OfcPrinterEditor *self);
OfcPrinterLanguage _ofc_printer_editor_get_language (OfcPrinterEditor *self);
GtkWidget *_ofc_printer_editor_get_field_widget (OfcPrinterEditor *self, const char *field);

G_END_DECLS
