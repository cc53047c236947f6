/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What the files of OfcClientEditor share: the instance struct and the moving of values
 * between the widgets and the OfcClient (ofc-client-editor-fields.c).
 */
#pragma once

#include "ofc-client-editor.h"
#include "ofc-client-history.h"
#include "ofc-client-phones-group.h"
#include "ofc-date-row.h"
#include "ofc-print-button.h"

G_BEGIN_DECLS

struct _OfcClientEditor
{
  AdwWindow parent_instance;

  /* Template widgets */
  AdwEntryRow *address_row;
  AdwEntryRow *bank_account_row;
  AdwEntryRow *bank_bik_row;
  AdwEntryRow *bank_corr_account_row;
  AdwEntryRow *bank_name_row;
  OfcDateRow *birthday_row;
  GtkLabel *card_label;
  GtkSwitch *company_switch;
  GtkSwitch *conflict_switch;
  AdwEntryRow *director_row;
  GtkSpinButton *discount_goods_spin;
  GtkSpinButton *discount_parts_spin;
  GtkSpinButton *discount_works_spin;
  GtkSwitch *email_consent_switch;
  AdwEntryRow *email_row;
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  AdwHeaderBar *header_bar;
  OfcClientHistory *history;
  AdwViewStackPage *history_page;
  AdwEntryRow *inn_row;
  AdwEntryRow *kpp_row;
  AdwEntryRow *legal_address_row;
  AdwEntryRow *name_row;
  GtkTextView *note_view;
  AdwEntryRow *ogrn_row;
  OfcClientPhonesGroup *phones_group;
  GtkSwitch *sms_switch;
  AdwComboRow *source_row;
  AdwViewStack *stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwEntryRow *tags_row;

  /* Owned references */
  OfcClientStore *store;
  OfcClient *client;   /* the working copy the widgets are loaded from and saved into */
  GPtrArray *sources;  /* OfcClientSource offered by the source row, after "Not specified" */

  /* Borrowed references */
  GtkWidget *error_widget; /* the field marked by the last refused save */
  OfcPrintButton *print_button; /* the discount card, once the client is saved */
};

void       _ofc_client_editor_load             (OfcClientEditor *self);
void       _ofc_client_editor_collect          (OfcClientEditor *self);
void       _ofc_client_editor_load_sources     (OfcClientEditor *self,
                                                const OfcUuid   *selected_id);
OfcClientSource *_ofc_client_editor_get_selected_source (OfcClientEditor *self);
GtkWidget *_ofc_client_editor_get_field_widget (OfcClientEditor *self,
                                                const char      *field);

G_END_DECLS
