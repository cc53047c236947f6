/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientsPage: a GtkColumnView over OfcClientList, which reads only the rows on screen,
 * so the page stays quick with hundreds of thousands of clients. Sorting is SQL's: the
 * sortable columns carry an OfcSortKeySorter and the page hands the chosen key to the
 * list; OfcListSelection keeps the selection without reading rows. Searching switches to
 * newest first, the order in which the list loads matches in batches, and scrolling near
 * the end loads the next batch; clearing the search brings back the order chosen before.
 * A search that finds nobody gives the new client its phone, e-mail or name. The list
 * refreshes itself after any write to clients.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-client-editor.h"
#include "ofc-client-sources-dialog.h"
#include "ofc-clients-page-private.h"
#include "ofc-gui-error.h"
#include "ofc-gui-format.h"
#include "ofc-sort-key-sorter.h"

G_DEFINE_FINAL_TYPE (OfcClientsPage, ofc_clients_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static OfcClient *
get_selected (OfcClientsPage *self)
{
  return ofc_list_selection_get_selected_item (self->selection);
}

static void
update_actions (OfcClientsPage *self)
{
  OfcClient *client = get_selected (self);
  gboolean archived = client != NULL && ofc_client_get_archived (client);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clients.open", client != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clients.archive", client != NULL && !archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clients.restore", archived);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "clients.show-menu", client != NULL);
}

static char *
dup_status_text (OfcClientsPage *self, guint n)
{
  g_autofree char *count = ofc_gui_format_count (n);

  if (ofc_client_list_get_has_more (self->list))
    return g_strdup_printf (ngettext ("The newest %s match; scroll down for more",
                                      "The newest %s matches; scroll down for more", n),
                            count);
  if (self->searching)
    return g_strdup_printf (ngettext ("%s client found", "%s clients found", n), count);
  return g_strdup_printf (ngettext ("%s client", "%s clients", n), count);
}

/* the count below the list, and the list or the right empty state in its place */
static void
update_status (OfcClientsPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->list));
  g_autofree char *text = dup_status_text (self, n);

  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->more_button),
                          ofc_client_list_get_has_more (self->list));
  if (n > 0)
    gtk_stack_set_visible_child_name (self->content_stack, "list");
  else if (!self->searching)
    gtk_stack_set_visible_child_name (self->content_stack, "empty");
  else
    {
      g_autofree char *description = g_strdup_printf (
          _ ("Nothing matches “%s”. Try part of a name, a phone number, an e-mail, a tag or a card "
             "code."),
          ofc_client_list_get_text (self->list));

      adw_status_page_set_description (self->no_matches_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "no-matches");
    }
}

static GtkColumnViewColumn *
column_for_key (OfcClientsPage *self, const char *key)
{
  if (g_strcmp0 (key, "name") == 0)
    return self->name_column;
  if (g_strcmp0 (key, "created") == 0)
    return self->created_column;
  if (g_strcmp0 (key, "updated") == 0)
    return self->updated_column;
  return NULL;
}

/* the view's sort indicator, told to the list; no column sorted means by name */
static void
apply_sort (OfcClientsPage *self)
{
  g_autoptr (GError) error = NULL;
  gboolean descending = FALSE;
  const char *key =
      ofc_sort_key_sorter_find_primary (gtk_column_view_get_sorter (self->view), &descending);
  GEnumClass *keys = g_type_class_ref (OFC_TYPE_CLIENT_SORT_KEY);
  GEnumValue *value = key != NULL ? g_enum_get_value_by_nick (keys, key) : NULL;

  if (!ofc_client_list_set_sort (self->list, value != NULL ? value->value : OFC_CLIENT_SORT_NAME,
                                 descending, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  g_type_class_unref (keys);
}

static void on_sorter_changed_cb (OfcClientsPage *self);

/* sets the indicator without the list reloading for it; the view remembers every column
 * it was sorted by and draws an arrow on each, while SQL sorts by one, so the others go */
static void
show_sort (OfcClientsPage *self, const char *key, gboolean descending)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);
  GtkColumnViewColumn *column = column_for_key (self, key);

  g_signal_handlers_block_by_func (sorter, on_sorter_changed_cb, self);
  gtk_column_view_sort_by_column (self->view, NULL, GTK_SORT_ASCENDING);
  if (column != NULL)
    gtk_column_view_sort_by_column (self->view, column,
                                    descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  g_signal_handlers_unblock_by_func (sorter, on_sorter_changed_cb, self);
}

static void
on_sorter_changed_cb (OfcClientsPage *self)
{
  gboolean descending = FALSE;
  const char *key;

  /* the view drops its sorted columns while it is disposed, after the list is gone */
  if (self->list == NULL)
    return;
  key = ofc_sort_key_sorter_find_primary (gtk_column_view_get_sorter (self->view), &descending);
  show_sort (self, key, descending);
  apply_sort (self);
  update_status (self);
}

/* the order is switched while the query is blank, so no step loads every match of a
 * search sorted by name */
static void
enter_search (OfcClientsPage *self)
{
  gboolean descending = FALSE;
  const char *key =
      ofc_sort_key_sorter_find_primary (gtk_column_view_get_sorter (self->view), &descending);

  g_free (self->browse_sort_key);
  self->browse_sort_key = g_strdup (key);
  self->browse_sort_descending = descending;
  show_sort (self, "created", TRUE);
  apply_sort (self);
}

static void
leave_search (OfcClientsPage *self)
{
  show_sort (self, self->browse_sort_key, self->browse_sort_descending);
  apply_sort (self);
}

static void
run_query (OfcClientsPage *self)
{
  g_autoptr (GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  gboolean searching = !ofc_text_is_blank (text);
  gboolean switching = searching != self->searching;

  /* switching between browsing and searching reloads twice, order and query: detached,
   * the view sees one change and rebuilds its rows once */
  if (switching)
    ofc_list_selection_set_model (self->selection, NULL);
  if (searching && !self->searching)
    enter_search (self);
  if (!ofc_client_list_set_query (self->list, text,
                                  gtk_toggle_button_get_active (self->archived_toggle), &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  if (!searching && self->searching)
    leave_search (self);
  if (switching)
    ofc_list_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  self->searching = searching;
  update_status (self);
}

static GtkWidget *
get_list_view (OfcClientsPage *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

/* GtkColumnView of GTK 4.8 has no scroll_to(); its inner list view has the action */
static void
select_position (OfcClientsPage *self, guint position)
{
  GtkWidget *list_view = get_list_view (self);

  ofc_list_selection_set_selected (self->selection, position);
  if (list_view != NULL)
    gtk_widget_activate_action (list_view, "list.scroll-to-item", "u", position);
}

static void
select_client (OfcClientsPage *self, OfcClient *client)
{
  g_autoptr (GError) error = NULL;
  guint position;

  /* the list would refresh on idle; the saved client must be in it now to be selected */
  if (!ofc_client_list_refresh (self->list, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  position = ofc_client_list_find (self->list, ofc_client_get_id (client));
  if (position != G_MAXUINT)
    select_position (self, position);
}

/* a toast's title is markup; a name may hold "&" or "<" */
static char *
dup_escaped_name (OfcClient *client)
{
  return g_markup_escape_text (ofc_client_get_name (client), -1);
}

/* where the selected client went when the list reloaded: an index lookup, no row reads */
static guint
find_client (GListModel *model, gpointer item, gpointer user_data)
{
  return ofc_client_list_find (OFC_CLIENT_LIST (model), ofc_client_get_id (item));
}

static void
on_editor_saved_cb (OfcClientsPage *self, OfcClient *client, const char *warning)
{
  select_client (self, client);
  if (warning != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (warning, -1);
      AdwToast *toast = adw_toast_new (escaped);

      adw_toast_set_timeout (toast, 10);
      adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
      ofc_gui_add_toast (GTK_WIDGET (self), toast);
    }
}

static void
open_editor (OfcClientsPage *self, OfcClient *client)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  OfcClientEditor *editor = ofc_client_editor_new (parent, self->store, client);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/*
 * Callbacks
 */

static void
on_search_changed_cb (OfcClientsPage *self)
{
  run_query (self);
}

static void
on_stop_search_cb (OfcClientsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
on_search_activate_cb (OfcClientsPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Down leaves the search for the list, as Enter does */
static gboolean
on_search_key_pressed_cb (OfcClientsPage *self, guint keyval, guint keycode, GdkModifierType state)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  on_search_activate_cb (self);
  return TRUE;
}

static void
on_archived_toggled_cb (OfcClientsPage *self)
{
  run_query (self);
}

static void
on_selection_changed_cb (OfcClientsPage *self)
{
  update_actions (self);
}

static void
on_view_activate_cb (OfcClientsPage *self, guint position)
{
  g_autoptr (OfcClient) client = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (client != NULL)
    open_editor (self, client);
}

static void
load_more (OfcClientsPage *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_handle_id (&self->load_more_source, g_source_remove);
  if (!ofc_client_list_load_more (self->list, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  update_status (self);
}

static gboolean
load_more_idle_cb (gpointer data)
{
  OfcClientsPage *self = data;

  self->load_more_source = 0;
  load_more (self);
  return G_SOURCE_REMOVE;
}

/* within a screen of the end of a search that has more: fetch the next batch */
static void
on_scrolled_cb (OfcClientsPage *self, GtkAdjustment *adjustment)
{
  double page = gtk_adjustment_get_page_size (adjustment);

  if (self->load_more_source != 0 || !ofc_client_list_get_has_more (self->list))
    return;
  if (gtk_adjustment_get_value (adjustment) + 2 * page < gtk_adjustment_get_upper (adjustment))
    return;
  self->load_more_source = g_idle_add (load_more_idle_cb, self);
}

static void
on_list_changed_cb (OfcClientsPage *self)
{
  update_status (self);
  update_actions (self);
}

/* a closing popover hands the focus to its parent, the page; it belongs on the list, so
 * the keys go on working there */
static void
on_row_menu_closed_cb (OfcClientsPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
on_undo_archive_cb (OfcClientsPage *self, AdwToast *toast)
{
  g_autoptr (GError) error = NULL;
  OfcClient *client = g_object_get_data (G_OBJECT (toast), "ofc-client");

  if (!ofc_client_store_restore (self->store, client, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  else
    select_client (self, client);
}

/*
 * Actions
 */

/* a search that found nobody is usually the new client's number or name, typed already */
static OfcClient *
new_client_from_search (OfcClientsPage *self)
{
  g_autofree char *text = g_strstrip (g_strdup (ofc_client_list_get_text (self->list)));
  OfcClient *client = ofc_client_new (OFC_CLIENT_KIND_PERSON);

  if (!self->searching || g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    return client;
  if (ofc_phone_is_query (text))
    ofc_client_add_phone (client, text, NULL);
  else if (strchr (text, '@') != NULL)
    ofc_client_set_email (client, text);
  else
    ofc_client_set_name (client, text);
  return client;
}

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (widget);
  g_autoptr (OfcClient) client = new_client_from_search (self);

  open_editor (self, client);
}

static void
open_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (widget);

  if (get_selected (self) != NULL)
    open_editor (self, get_selected (self));
}

static void
archive_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClient) client = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (get_selected (self) == NULL || ofc_client_get_archived (get_selected (self)))
    return;
  /* the store writes the archived state back into the client: a copy, not the list's row */
  client = ofc_client_copy (get_selected (self));
  if (!ofc_client_store_archive (self->store, client, &error))
    {
      ofc_gui_show_error (widget, error);
      return;
    }
  name = dup_escaped_name (client);
  title = g_strdup_printf (_ ("“%s” archived"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _ ("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "ofc-client", g_steal_pointer (&client),
                          g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_archive_cb), self,
                           G_CONNECT_SWAPPED);
  ofc_gui_add_toast (widget, toast);
}

static void
restore_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClient) client = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  if (get_selected (self) == NULL || !ofc_client_get_archived (get_selected (self)))
    return;
  client = ofc_client_copy (get_selected (self));
  if (!ofc_client_store_restore (self->store, client, &error))
    {
      ofc_gui_show_error (widget, error);
      return;
    }
  name = dup_escaped_name (client);
  title = g_strdup_printf (_ ("“%s” restored"), name);
  ofc_gui_add_toast (widget, adw_toast_new (title));
}

static void
search_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (OFC_CLIENTS_PAGE (widget)->search_entry));
}

static void
load_more_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  load_more (OFC_CLIENTS_PAGE (widget));
}

static void
edit_sources_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));

  gtk_window_present (GTK_WINDOW (ofc_client_sources_dialog_new (parent, self->store)));
}

/* from the keyboard: the menu points at the focused row */
static void
show_menu_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->view)))
    focus = GTK_WIDGET (self->view);
  _ofc_clients_page_popup_menu (self, focus, 24, gtk_widget_get_height (focus) / 2.0);
}

/*
 * Overrides
 */

static void
ofc_clients_page_constructed (GObject *object)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (object);
  g_autoptr (GError) error = NULL;

  G_OBJECT_CLASS (ofc_clients_page_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  self->store = ofc_client_store_new (self->context, &error);
  if (self->store == NULL)
    {
      /* the page cannot work without its store; the window still opens to say why */
      g_warning ("cannot open the client book: %s", error->message);
      gtk_label_set_text (self->status_label, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
      return;
    }
  self->list = ofc_client_list_new_for_view (self->store);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::has-more", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  ofc_list_selection_set_find_func (self->selection, find_client, NULL);
  ofc_list_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  /* the list starts sorted by name: only the arrow needs showing, not a second load */
  show_sort (self, "name", FALSE);
  _ofc_clients_page_add_row_menu_gesture (self, GTK_WIDGET (self->view));
  update_status (self);
  update_actions (self);
}

static void
ofc_clients_page_dispose (GObject *object)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (object);

  g_clear_handle_id (&self->load_more_source, g_source_remove);
  g_clear_pointer (&self->row_popover, gtk_widget_unparent);
  if (self->selection != NULL)
    ofc_list_selection_set_model (self->selection, NULL);
  g_clear_object (&self->list);
  g_clear_object (&self->store);
  g_clear_object (&self->context);
  g_clear_pointer (&self->browse_sort_key, g_free);

  G_OBJECT_CLASS (ofc_clients_page_parent_class)->dispose (object);
}

static void
ofc_clients_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_clients_page_set_property (GObject *object,
                               guint prop_id,
                               const GValue *value,
                               GParamSpec *pspec)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* the row menu is a popover of the page's own; it must be placed whenever the page is */
static void
ofc_clients_page_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OfcClientsPage *self = OFC_CLIENTS_PAGE (widget);

  GTK_WIDGET_CLASS (ofc_clients_page_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->row_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->row_popover));
}

/* the window's pages all have Ctrl+N and Ctrl+F, as managed shortcuts of the window: a
 * hidden page lets them through by having its actions disabled while unmapped */
static void
set_shortcut_actions_enabled (GtkWidget *widget, gboolean enabled)
{
  gtk_widget_action_set_enabled (widget, "clients.new", enabled);
  gtk_widget_action_set_enabled (widget, "clients.search", enabled);
}

static void
ofc_clients_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ofc_clients_page_parent_class)->map (widget);
  set_shortcut_actions_enabled (widget, TRUE);
}

static void
ofc_clients_page_unmap (GtkWidget *widget)
{
  set_shortcut_actions_enabled (widget, FALSE);
  GTK_WIDGET_CLASS (ofc_clients_page_parent_class)->unmap (widget);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "clients.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "clients.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "clients.archive", NULL, archive_action);
  gtk_widget_class_install_action (widget_class, "clients.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "clients.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "clients.load-more", NULL, load_more_action);
  gtk_widget_class_install_action (widget_class, "clients.edit-sources", NULL, edit_sources_action);
  gtk_widget_class_install_action (widget_class, "clients.show-menu", NULL, show_menu_action);
}

static void
ofc_clients_page_class_init (OfcClientsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_clients_page_constructed;
  object_class->dispose = ofc_clients_page_dispose;
  object_class->get_property = ofc_clients_page_get_property;
  object_class->set_property = ofc_clients_page_set_property;
  widget_class->size_allocate = ofc_clients_page_size_allocate;
  widget_class->map = ofc_clients_page_map;
  widget_class->unmap = ofc_clients_page_unmap;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/clients/ofc-clients-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, archived_toggle);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, created_column);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, name_column);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, row_menu);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, updated_column);
  gtk_widget_class_bind_template_child (widget_class, OfcClientsPage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate_cb);
  _ofc_clients_page_bind_cells (widget_class);

  install_actions (widget_class);

  g_type_ensure (OFC_TYPE_LIST_SELECTION);
  g_type_ensure (OFC_TYPE_SORT_KEY_SORTER);
}

static void
ofc_clients_page_init (OfcClientsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  set_shortcut_actions_enabled (GTK_WIDGET (self), FALSE);

  self->row_popover = gtk_popover_menu_new_from_model (self->row_menu);
  gtk_widget_set_name (self->row_popover, "row-menu");
  g_signal_connect_object (self->row_popover, "closed", G_CALLBACK (on_row_menu_closed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_popover_set_has_arrow (GTK_POPOVER (self->row_popover), FALSE);
  gtk_widget_set_halign (self->row_popover, GTK_ALIGN_START);
  gtk_widget_set_parent (self->row_popover, GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->view));
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scrolled_window),
                           "value-changed", G_CALLBACK (on_scrolled_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Internal and public API
 */

/**
 * _ofc_clients_page_popup_menu:
 * @widget: a widget inside the page; @x and @y are in its coordinates
 *
 * Opens the row menu (open, archive or restore the selected client) at that point.
 */
void
_ofc_clients_page_popup_menu (OfcClientsPage *self, GtkWidget *widget, double x, double y)
{
  graphene_point_t point;

  if (!gtk_widget_compute_point (widget, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->row_popover),
                               &(GdkRectangle){ (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->row_popover));
}

/**
 * ofc_clients_page_get_store:
 *
 * Returns: (transfer none) (nullable): the store the page reads and writes clients with
 */
OfcClientStore *
ofc_clients_page_get_store (OfcClientsPage *self)
{
  g_return_val_if_fail (OFC_IS_CLIENTS_PAGE (self), NULL);
  return self->store;
}

/**
 * ofc_clients_page_get_list:
 *
 * Returns: (transfer none) (nullable): the list the view shows
 */
OfcClientList *
ofc_clients_page_get_list (OfcClientsPage *self)
{
  g_return_val_if_fail (OFC_IS_CLIENTS_PAGE (self), NULL);
  return self->list;
}
