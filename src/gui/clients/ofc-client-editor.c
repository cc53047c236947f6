/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientEditor: edits a working copy of a client (read afresh from the store when it
 * exists) and saves it through OfcClientStore, which does all the checking. A refused save
 * changes nothing: the translated reason appears in a banner and the focus goes to the
 * field the error names. A save refused because someone else saved first offers to reload.
 * On success the window emits "saved" with the store's warning, if any, and closes: the
 * page that opened it shows the warning, since the editor is gone by then.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-client-editor-private.h"
#include "ofc-client-sources-dialog.h"
#include "ofc-gui-error.h"

G_DEFINE_FINAL_TYPE (OfcClientEditor, ofc_client_editor, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_STORE,
  PROP_CLIENT,
  N_PROPS
};

enum
{
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

/* the client as stored now, or a copy of @client if it cannot be read */
static OfcClient *
dup_fresh_client (OfcClientEditor *self, OfcClient *client)
{
  g_autoptr (GError) error = NULL;
  OfcClient *fresh;

  if (client == NULL)
    return ofc_client_new (OFC_CLIENT_KIND_PERSON);
  if (!ofc_client_is_saved (client))
    return ofc_client_copy (client);
  fresh = ofc_client_store_get (self->store, ofc_client_get_id (client), &error);
  if (fresh == NULL)
    {
      g_warning ("cannot read the client again: %s", error->message);
      return ofc_client_copy (client);
    }
  return fresh;
}

static void
load_history (OfcClientEditor *self)
{
  g_autoptr (GError) error = NULL;
  gboolean saved = ofc_client_is_saved (self->client);
  OfcDatabase *database = ofc_context_get_database (ofc_client_store_get_context (self->store));

  adw_view_stack_page_set_visible (self->history_page, saved);
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, saved);
  if (!ofc_client_history_load (self->history, database,
                                saved ? ofc_client_get_id (self->client) : NULL, &error))
    ofc_gui_show_error (GTK_WIDGET (self->stack), error);
}

/* a client's card can print once the client is saved and has its card code */
static void
load_print_button (OfcClientEditor *self)
{
  gboolean saved = ofc_client_is_saved (self->client);

  ofc_print_button_set_client (self->print_button, saved ? ofc_client_get_id (self->client) : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->print_button), saved);
}

static void
load (OfcClientEditor *self)
{
  _ofc_client_editor_load (self);
  load_history (self);
  load_print_button (self);
}

static void
add_print_button (OfcClientEditor *self)
{
  OfcContext *context = ofc_client_store_get_context (self->store);

  self->print_button = ofc_print_button_new (context);
  gtk_widget_set_name (GTK_WIDGET (self->print_button), "print-button");
  adw_header_bar_pack_end (self->header_bar, GTK_WIDGET (self->print_button));
  /* Ctrl+P anywhere in the editor prints the card */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "print",
                                  ofc_print_button_get_action_group (self->print_button));
}

static void
clear_error_mark (OfcClientEditor *self)
{
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
  if (self->error_widget != NULL)
    gtk_widget_remove_css_class (self->error_widget, "error");
  self->error_widget = NULL;
}

/* the details page, the field in view and the focus in it, marked until the next save */
static void
focus_field (OfcClientEditor *self, const char *field)
{
  GtkWidget *widget = _ofc_client_editor_get_field_widget (self, field);

  adw_view_stack_set_visible_child_name (self->stack, "details");
  if (g_strcmp0 (field, "phones") == 0)
    {
      ofc_client_phones_group_focus_invalid (self->phones_group);
      return;
    }
  if (widget == NULL)
    return;
  /* company details stay in their hidden group when the switch is off; the switch is the
   * way to them */
  if (!gtk_widget_is_visible (widget))
    widget = GTK_WIDGET (self->company_switch);
  gtk_widget_grab_focus (widget);
  self->error_widget = ADW_IS_PREFERENCES_ROW (widget)
                           ? widget
                           : gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  if (self->error_widget != NULL)
    gtk_widget_add_css_class (self->error_widget, "error");
}

static void
on_reload_response_cb (OfcClientEditor *self)
{
  g_autoptr (OfcClient) fresh = dup_fresh_client (self, self->client);

  g_set_object (&self->client, fresh);
  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ask_reload (OfcClientEditor *self, const GError *error)
{
  ofc_gui_ask_reload (
      GTK_WINDOW (self), _ ("The Client Was Changed Meanwhile"),
      _ ("Reloading shows the client as saved now; what you changed here is discarded."), error,
      G_CALLBACK (on_reload_response_cb));
}

static void
show_failure (OfcClientEditor *self, const GError *error)
{
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_CONFLICT))
    {
      ask_reload (self, error);
      return;
    }
  /* a banner rather than a toast: the reason must stay readable in full while the person
   * corrects the field */
  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  gtk_label_set_text (self->error_label, error->message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_INVALID))
    focus_field (self, ofc_error_get_field (error));
}

/*
 * Callbacks and actions
 */

static void
on_sources_changed_cb (OfcClientEditor *self)
{
  OfcClientSource *source = _ofc_client_editor_get_selected_source (self);
  /* reloading empties the array that holds the source */
  g_autoptr (OfcClientSource) keep = source != NULL ? g_object_ref (source) : NULL;

  _ofc_client_editor_load_sources (self, keep != NULL ? ofc_client_source_get_id (keep) : NULL);
}

/* Enter in a discount saves, as it does in the other single-line fields; the spin button
 * takes Enter for itself, so this runs in the capture phase */
static gboolean
on_spin_key_pressed_cb (OfcClientEditor *self,
                        guint keyval,
                        guint keycode,
                        GdkModifierType state,
                        GtkEventController *controller)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter)
    return FALSE;
  gtk_spin_button_update (GTK_SPIN_BUTTON (gtk_event_controller_get_widget (controller)));
  ofc_client_editor_save (self);
  return TRUE;
}

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_client_editor_save (OFC_CLIENT_EDITOR (widget));
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
copy_card_code_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientEditor *self = OFC_CLIENT_EDITOR (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          ofc_client_get_card_code (self->client));
  ofc_gui_show_message (GTK_WIDGET (self->stack), _ ("Card code copied"));
}

static void
edit_sources_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientEditor *self = OFC_CLIENT_EDITOR (widget);

  gtk_window_present (GTK_WINDOW (ofc_client_sources_dialog_new (GTK_WINDOW (self), self->store)));
}

/*
 * GObject overrides
 */

static void
ofc_client_editor_constructed (GObject *object)
{
  OfcClientEditor *self = OFC_CLIENT_EDITOR (object);
  g_autoptr (OfcClient) given = g_steal_pointer (&self->client);

  G_OBJECT_CLASS (ofc_client_editor_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  self->client = dup_fresh_client (self, given);
  add_print_button (self);
  g_signal_connect_object (ofc_client_store_get_context (self->store), "changed::client_source",
                           G_CALLBACK (on_sources_changed_cb), self, G_CONNECT_SWAPPED);
  load (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
ofc_client_editor_dispose (GObject *object)
{
  OfcClientEditor *self = OFC_CLIENT_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_object (&self->client);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (ofc_client_editor_parent_class)->dispose (object);
}

static void
ofc_client_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClientEditor *self = OFC_CLIENT_EDITOR (object);

  switch (prop_id)
    {
      case PROP_STORE:
        g_value_set_object (value, self->store);
        break;
      case PROP_CLIENT:
        g_value_set_object (value, self->client);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_editor_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  OfcClientEditor *self = OFC_CLIENT_EDITOR (object);

  switch (prop_id)
    {
      case PROP_STORE:
        self->store = g_value_dup_object (value);
        break;
      case PROP_CLIENT:
        self->client = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_client_editor_class_init (OfcClientEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_client_editor_constructed;
  object_class->dispose = ofc_client_editor_dispose;
  object_class->get_property = ofc_client_editor_get_property;
  object_class->set_property = ofc_client_editor_set_property;

  properties[PROP_STORE] =
      g_param_spec_object ("store", NULL, NULL, OFC_TYPE_CLIENT_STORE,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* given: the client to edit (NULL for a new one); read: the working copy */
  properties[PROP_CLIENT] =
      g_param_spec_object ("client", NULL, NULL, OFC_TYPE_CLIENT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcClientEditor::saved:
   * @client: the client as stored
   * @warning: (nullable): the store's warning, e.g. another client has the same phone
   *
   * Emitted once the client is stored, just before the window closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 2, OFC_TYPE_CLIENT, G_TYPE_STRING);

  g_type_ensure (OFC_TYPE_CLIENT_HISTORY);
  g_type_ensure (OFC_TYPE_CLIENT_PHONES_GROUP);
  g_type_ensure (OFC_TYPE_DATE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/clients/ofc-client-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, bank_account_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, bank_bik_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, bank_corr_account_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, bank_name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, birthday_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, card_label);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, company_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, conflict_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, director_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, discount_goods_spin);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, discount_parts_spin);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, discount_works_spin);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, email_consent_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, email_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, history);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, history_page);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, inn_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, kpp_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, legal_address_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, note_view);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, ogrn_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, phones_group);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, sms_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, source_row);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, OfcClientEditor, tags_row);
  gtk_widget_class_bind_template_callback (widget_class, on_spin_key_pressed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.copy-card-code", NULL,
                                   copy_card_code_action);
  gtk_widget_class_install_action (widget_class, "editor.edit-sources", NULL, edit_sources_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "print.card",
                                       NULL);
}

static void
ofc_client_editor_init (OfcClientEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) g_object_unref);
}

/*
 * Public API
 */

/**
 * ofc_client_editor_new:
 * @parent: (nullable): the window the editor belongs to
 * @client: (nullable): the client to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcClientEditor *
ofc_client_editor_new (GtkWindow *parent, OfcClientStore *store, OfcClient *client)
{
  g_return_val_if_fail (OFC_IS_CLIENT_STORE (store), NULL);
  g_return_val_if_fail (client == NULL || OFC_IS_CLIENT (client), NULL);

  return g_object_new (OFC_TYPE_CLIENT_EDITOR, "transient-for", parent, "store", store, "client",
                       client, NULL);
}

/**
 * ofc_client_editor_get_client:
 *
 * Returns: (transfer none): the working copy being edited
 */
OfcClient *
ofc_client_editor_get_client (OfcClientEditor *self)
{
  g_return_val_if_fail (OFC_IS_CLIENT_EDITOR (self), NULL);
  return self->client;
}

/**
 * ofc_client_editor_save:
 *
 * Saves what the widgets hold, as the Save button does: on success emits "saved" and
 * closes the window; otherwise shows why and keeps the window open.
 *
 * Returns: whether the client was saved
 */
gboolean
ofc_client_editor_save (OfcClientEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *warning = NULL;
  gboolean saved;

  g_return_val_if_fail (OFC_IS_CLIENT_EDITOR (self), FALSE);

  clear_error_mark (self);
  _ofc_client_editor_collect (self);
  if (ofc_client_is_saved (self->client))
    saved = ofc_client_store_update (self->store, self->client, &warning, &error);
  else
    saved = ofc_client_store_create (self->store, self->client, &warning, &error);
  if (!saved)
    {
      show_failure (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, self->client, warning);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
