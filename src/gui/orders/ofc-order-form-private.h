/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of OfcOrderForm share: the instance struct, and the completions and
 * presets of ofc-order-form-suggest.c.
 */
#pragma once

#include "ofc-choice-row.h"
#include "ofc-client-picker.h"
#include "ofc-date-row.h"
#include "ofc-order-form.h"
#include "ofc-suggest-row.h"

G_BEGIN_DECLS

struct _OfcOrderForm
{
  AdwBin parent_instance;

  /* Template widgets */
  OfcSuggestRow *appearance_row;
  OfcSuggestRow *brand_row;
  OfcClientPicker *client_picker;
  OfcSuggestRow *completeness_row;
  GtkLabel *currency_label;
  OfcDateRow *deadline_row;
  AdwPreferencesGroup *device_group;
  OfcSuggestRow *device_type_row;
  AdwEntryRow *estimate_row;
  OfcChoiceRow *executor_row;
  OfcChoiceRow *location_row;
  OfcSuggestRow *malfunction_row;
  OfcChoiceRow *manager_row;
  OfcSuggestRow *model_row;
  AdwEntryRow *notes_row;
  AdwEntryRow *serial_row;
  GtkImage *serial_warning_icon;
  OfcChoiceRow *type_row;
  GtkSwitch *urgent_switch;

  /* Owned references */
  OfcContext *context;
  GListModel *device_types; /* OfcDeviceType offered by the device type row */
  GStrv preset_malfunctions; /* the picked type's usual malfunctions, offered first */
  char *loaded_deadline_day; /* the deadline as loaded, "YYYY-MM-DD" */

  gint64 loaded_deadline; /* kept to the microsecond while its day is not changed */
};

void           _ofc_order_form_load_choices      (OfcOrderForm  *self);
OfcDeviceType *_ofc_order_form_find_device_type  (OfcOrderForm  *self,
                                                  const char    *name);
void           _ofc_order_form_set_deadline      (OfcOrderForm  *self,
                                                  gint64         deadline);
void           _ofc_order_form_bind_suggestions  (GtkWidgetClass *widget_class);

G_END_DECLS
