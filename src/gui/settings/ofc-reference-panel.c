/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReferencePanel: reference lists are short (a few statuses, a few hundred services at
 * most), so the panel lists them whole into a GtkListBox and rebuilds it after any change
 * notice, coalesced in an idle so that a removal announcing several entities rebuilds
 * once. A rebuild keeps the focus on the row of the same id.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-reference-panel-private.h"
#include "ofc-reference-row.h"

typedef struct
{
  /* Template widgets */
  GtkToggleButton *archived_toggle;
  GtkLabel *description_label;
  AdwBin *extra_bin;
  GtkListBox *list;
  AdwButtonContent *new_content;
  GtkLabel *placeholder_label;
  GtkSearchBar *search_bar;
  GtkToggleButton *search_button;
  GtkSearchEntry *search_entry;
  AdwWindowTitle *window_title;

  /* Owned references */
  OfcContext *context;
  GListModel *items; /* every listed row, before the search */
  char *focus_id;    /* the row to focus after the next rebuild */
  char *archived_tag;

  guint reload_source;
} OfcReferencePanelPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (OfcReferencePanel, ofc_reference_panel, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_NEW_LABEL,
  PROP_ARCHIVED_LABEL,
  PROP_ARCHIVED_TAG,
  PROP_SEARCHABLE,
  PROP_EXTRA,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

static char *
dup_id (GObject *item)
{
  char *id = NULL;

  g_object_get (item, "id", &id, NULL);
  return id;
}

static char *
dup_name (GObject *item)
{
  char *name = NULL;

  g_object_get (item, "name", &name, NULL);
  return name;
}

static gboolean
is_archived (GObject *item)
{
  gboolean archived = FALSE;

  g_object_get (item, "archived", &archived, NULL);
  return archived;
}

static GObject *
row_get_item (GtkWidget *row)
{
  return OFC_IS_REFERENCE_ROW (row) ? ofc_reference_row_get_item (OFC_REFERENCE_ROW (row)) : NULL;
}

static void on_row_archive_cb (OfcReferencePanel *self, OfcReferenceRow *row);
static void on_row_restore_cb (OfcReferencePanel *self, OfcReferenceRow *row);

static GtkWidget *
make_row (OfcReferencePanel *self, GObject *item)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  OfcReferenceRow *row = ofc_reference_row_new (item, priv->archived_tag);

  OFC_REFERENCE_PANEL_GET_CLASS (self)->describe (self, item, row);
  g_signal_connect_object (row, "archive", G_CALLBACK (on_row_archive_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "restore", G_CALLBACK (on_row_restore_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (row);
}

static gboolean
default_matches (GObject *item, const char *folded)
{
  g_autofree char *name = dup_name (item);
  g_autofree char *folded_name = ofc_text_fold (name);

  return strstr (folded_name, folded) != NULL;
}

static gboolean
matches (OfcReferencePanel *self, GObject *item, const char *folded)
{
  OfcReferencePanelClass *klass = OFC_REFERENCE_PANEL_GET_CLASS (self);

  if (*folded == '\0')
    return TRUE;
  if (klass->matches != NULL)
    return klass->matches (self, item, folded);
  return default_matches (item, folded);
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  /* row by row: the placeholder is a child of the list too, and stays */
  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static GtkWidget *
find_row (OfcReferencePanel *self, const char *id)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (priv->list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GObject *item = row_get_item (row);
      g_autofree char *row_id = item != NULL ? dup_id (item) : NULL;

      if (g_strcmp0 (row_id, id) == 0)
        return row;
    }
  return NULL;
}

/* the id and index of the row holding the focus, if the focus is in the list */
static char *
dup_focused_id (OfcReferencePanel *self, int *index)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  GObject *item = ofc_reference_panel_get_focused_item (self);
  GtkWidget *row = item != NULL ? gtk_widget_get_focus_child (GTK_WIDGET (priv->list)) : NULL;

  *index = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;
  return item != NULL ? dup_id (item) : NULL;
}

/* the row to focus after a rebuild: the same one, or the one now in its place when it left
 * the list (archived), so Delete can go down a list */
static GtkWidget *
find_focus_row (OfcReferencePanel *self, const char *id, int index)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  GtkWidget *row = find_row (self, id);
  GtkListBoxRow *other;

  if (row != NULL || index < 0)
    return row;
  other = gtk_list_box_get_row_at_index (priv->list, index);
  if (other == NULL && index > 0)
    other = gtk_list_box_get_row_at_index (priv->list, index - 1);
  return other != NULL ? GTK_WIDGET (other) : NULL;
}

static void
fill_list (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  g_autofree char *folded =
      ofc_text_fold (gtk_editable_get_text (GTK_EDITABLE (priv->search_entry)));

  gtk_label_set_text (priv->placeholder_label,
                      *folded != '\0' ? _ ("Nothing matches the search") : _ ("Nothing here yet"));
  for (guint i = 0; i < g_list_model_get_n_items (priv->items); i++)
    {
      g_autoptr (GObject) item = g_list_model_get_item (priv->items, i);

      if (matches (self, item, folded))
        gtk_list_box_append (priv->list, make_row (self, item));
    }
}

static void
rebuild (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  OfcReferencePanelClass *klass = OFC_REFERENCE_PANEL_GET_CLASS (self);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) items = NULL;
  g_autofree char *focused = NULL;
  GtkWidget *row;
  int index;

  focused = dup_focused_id (self, &index);
  items = klass->list (self, gtk_toggle_button_get_active (priv->archived_toggle), &error);
  if (items == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_set_object (&priv->items, items);
  clear_list (priv->list);
  fill_list (self);
  if (klass->reloaded != NULL)
    klass->reloaded (self, priv->items);
  row = priv->focus_id != NULL ? find_row (self, priv->focus_id)
                               : find_focus_row (self, focused, index);
  g_clear_pointer (&priv->focus_id, g_free);
  if (row != NULL)
    gtk_widget_grab_focus (row);
}

static gboolean
reload_idle_cb (gpointer data)
{
  OfcReferencePanel *self = data;
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  priv->reload_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/*
 * Callbacks
 */

static void
on_changed_cb (OfcReferencePanel *self)
{
  ofc_reference_panel_reload (self);
}

static void
on_row_activated_cb (OfcReferencePanel *self, GtkListBoxRow *row)
{
  GObject *item = row_get_item (GTK_WIDGET (row));

  if (item != NULL)
    ofc_reference_panel_open (self, item);
}

static void
on_row_archive_cb (OfcReferencePanel *self, OfcReferenceRow *row)
{
  _ofc_reference_panel_remove (self, ofc_reference_row_get_item (row));
}

static void
on_row_restore_cb (OfcReferencePanel *self, OfcReferenceRow *row)
{
  GObject *item = ofc_reference_row_get_item (row);
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  g_free (priv->focus_id);
  priv->focus_id = dup_id (item);
  _ofc_reference_panel_set_archived (self, item, FALSE);
}

/* Delete archives the focused row; the search entry keeps Delete for its text */
static gboolean
on_list_key_pressed_cb (OfcReferencePanel *self, guint keyval, guint keycode, GdkModifierType state)
{
  GObject *item;

  if ((keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete) || (state & GDK_MODIFIER_MASK) != 0)
    return FALSE;
  item = ofc_reference_panel_get_focused_item (self);
  if (item == NULL || is_archived (item))
    return FALSE;
  _ofc_reference_panel_remove (self, item);
  return TRUE;
}

static void
on_archived_toggled_cb (OfcReferencePanel *self)
{
  rebuild (self);
}

static void
on_search_changed_cb (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  clear_list (priv->list);
  fill_list (self);
}

/* Enter leaves the search for the first row found */
static void
on_search_activate_cb (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (priv->list, 0);

  if (first != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (first));
}

static void
on_stop_search_cb (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  gtk_editable_set_text (GTK_EDITABLE (priv->search_entry), "");
  gtk_search_bar_set_search_mode (priv->search_bar, FALSE);
  gtk_widget_child_focus (GTK_WIDGET (priv->list), GTK_DIR_TAB_FORWARD);
}

/*
 * Actions
 */

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_reference_panel_open (OFC_REFERENCE_PANEL (widget), NULL);
}

static void
search_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcReferencePanel *self = OFC_REFERENCE_PANEL (widget);
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  if (!gtk_widget_get_visible (GTK_WIDGET (priv->search_button)))
    return;
  gtk_search_bar_set_search_mode (priv->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (priv->search_entry));
}

/*
 * GObject overrides
 */

static void
ofc_reference_panel_constructed (GObject *object)
{
  OfcReferencePanel *self = OFC_REFERENCE_PANEL (object);
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  G_OBJECT_CLASS (ofc_reference_panel_parent_class)->constructed (object);

  g_assert (priv->context != NULL);
  rebuild (self);
}

static void
ofc_reference_panel_dispose (GObject *object)
{
  OfcReferencePanel *self = OFC_REFERENCE_PANEL (object);
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  g_clear_handle_id (&priv->reload_source, g_source_remove);
  g_clear_object (&priv->context);
  g_clear_object (&priv->items);
  g_clear_pointer (&priv->focus_id, g_free);
  g_clear_pointer (&priv->archived_tag, g_free);

  G_OBJECT_CLASS (ofc_reference_panel_parent_class)->dispose (object);
}

static void
ofc_reference_panel_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcReferencePanel *self = OFC_REFERENCE_PANEL (object);
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, priv->context);
        break;
      case PROP_TITLE:
        g_value_set_string (value, adw_window_title_get_title (priv->window_title));
        break;
      case PROP_DESCRIPTION:
        g_value_set_string (value, gtk_label_get_text (priv->description_label));
        break;
      case PROP_NEW_LABEL:
        g_value_set_string (value, adw_button_content_get_label (priv->new_content));
        break;
      case PROP_ARCHIVED_LABEL:
        g_value_set_string (value, gtk_button_get_label (GTK_BUTTON (priv->archived_toggle)));
        break;
      case PROP_ARCHIVED_TAG:
        g_value_set_string (value, priv->archived_tag);
        break;
      case PROP_SEARCHABLE:
        g_value_set_boolean (value, gtk_widget_get_visible (GTK_WIDGET (priv->search_button)));
        break;
      case PROP_EXTRA:
        g_value_set_object (value, adw_bin_get_child (priv->extra_bin));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* a searchable panel searches as soon as someone types in it */
static void
set_searchable (OfcReferencePanel *self, gboolean searchable)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  gtk_widget_set_visible (GTK_WIDGET (priv->search_button), searchable);
  gtk_search_bar_set_key_capture_widget (priv->search_bar, searchable ? GTK_WIDGET (self) : NULL);
}

static void
ofc_reference_panel_set_property (GObject *object,
                                  guint prop_id,
                                  const GValue *value,
                                  GParamSpec *pspec)
{
  OfcReferencePanel *self = OFC_REFERENCE_PANEL (object);
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        priv->context = g_value_dup_object (value);
        break;
      case PROP_TITLE:
        adw_window_title_set_title (priv->window_title, g_value_get_string (value));
        break;
      case PROP_DESCRIPTION:
        gtk_label_set_text (priv->description_label, g_value_get_string (value));
        break;
      case PROP_NEW_LABEL:
        adw_button_content_set_label (priv->new_content, g_value_get_string (value));
        break;
      case PROP_ARCHIVED_LABEL:
        gtk_button_set_label (GTK_BUTTON (priv->archived_toggle), g_value_get_string (value));
        break;
      case PROP_ARCHIVED_TAG:
        g_free (priv->archived_tag);
        priv->archived_tag = g_value_dup_string (value);
        break;
      case PROP_SEARCHABLE:
        set_searchable (self, g_value_get_boolean (value));
        break;
      case PROP_EXTRA:
        adw_bin_set_child (priv->extra_bin, g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = string_property ("title");
  properties[PROP_DESCRIPTION] = string_property ("description");
  /* the "New" button's label, with a mnemonic */
  properties[PROP_NEW_LABEL] = string_property ("new-label");
  /* the "Show Archived" toggle's label, with a mnemonic */
  properties[PROP_ARCHIVED_LABEL] = string_property ("archived-label");
  /* the tag beside an archived row's name */
  properties[PROP_ARCHIVED_TAG] = string_property ("archived-tag");
  properties[PROP_SEARCHABLE] = g_param_spec_boolean ("searchable", NULL, NULL, FALSE,
                                                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* a widget shown between the description and the list, such as the status chain */
  properties[PROP_EXTRA] = g_param_spec_object ("extra", NULL, NULL, GTK_TYPE_WIDGET,
                                                G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-reference-panel.ui");
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, archived_toggle);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, description_label);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, extra_bin);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, list);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, new_content);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, placeholder_label);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, search_bar);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, search_button);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, search_entry);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferencePanel, window_title);
  gtk_widget_class_bind_template_callback (widget_class, on_archived_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
}

static void
ofc_reference_panel_class_init (OfcReferencePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_reference_panel_constructed;
  object_class->dispose = ofc_reference_panel_dispose;
  object_class->get_property = ofc_reference_panel_get_property;
  object_class->set_property = ofc_reference_panel_set_property;
  install_properties (object_class);
  bind_template (widget_class);

  gtk_widget_class_install_action (widget_class, "panel.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "panel.search", NULL, search_action);
}

static void
ofc_reference_panel_init (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  priv->archived_tag = g_strdup (C_ ("state", "Archived"));
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_bar_connect_entry (priv->search_bar, GTK_EDITABLE (priv->search_entry));
}

/*
 * Public API
 */

/**
 * ofc_reference_panel_get_context:
 *
 * Returns: (transfer none): the shop
 */
OfcContext *
ofc_reference_panel_get_context (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_REFERENCE_PANEL (self), NULL);
  return priv->context;
}

/**
 * ofc_reference_panel_watch:
 * @entity: a journal entity whose changes the rows show, e.g. "order_status"
 */
void
ofc_reference_panel_watch (OfcReferencePanel *self, const char *entity)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  g_autofree char *signal = g_strdup_printf ("changed::%s", entity);

  g_return_if_fail (OFC_IS_REFERENCE_PANEL (self));
  g_signal_connect_object (priv->context, signal, G_CALLBACK (on_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* rebuilds the list soon, once for any number of calls in a row */
void
ofc_reference_panel_reload (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  g_return_if_fail (OFC_IS_REFERENCE_PANEL (self));
  if (priv->reload_source == 0)
    priv->reload_source = g_idle_add (reload_idle_cb, self);
}

/**
 * ofc_reference_panel_get_items:
 *
 * Returns: (transfer none): every row of the last reload, whatever the search
 */
GListModel *
ofc_reference_panel_get_items (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_REFERENCE_PANEL (self), NULL);
  return priv->items;
}

/**
 * ofc_reference_panel_get_list:
 *
 * Returns: (transfer none): the list box, for subclasses' own key bindings
 */
GtkListBox *
ofc_reference_panel_get_list (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_REFERENCE_PANEL (self), NULL);
  return priv->list;
}

/**
 * ofc_reference_panel_get_focused_item:
 *
 * Returns: (transfer none) (nullable): the row the focus is on or in
 */
GObject *
ofc_reference_panel_get_focused_item (OfcReferencePanel *self)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (priv->list)))
    return NULL;
  row =
      GTK_IS_LIST_BOX_ROW (focus) ? focus : gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);
  return row != NULL ? row_get_item (row) : NULL;
}

/* puts the focus on @item's row, now or after the pending rebuild */
void
ofc_reference_panel_focus_item (OfcReferencePanel *self, GObject *item)
{
  OfcReferencePanelPrivate *priv = ofc_reference_panel_get_instance_private (self);
  g_autofree char *id = dup_id (item);
  GtkWidget *row = find_row (self, id);

  if (priv->reload_source == 0 && row != NULL)
    {
      gtk_widget_grab_focus (row);
      return;
    }
  g_free (priv->focus_id);
  priv->focus_id = g_steal_pointer (&id);
}

static void
on_editor_saved_cb (OfcReferencePanel *self, GObject *item)
{
  ofc_reference_panel_focus_item (self, item);
}

/**
 * ofc_reference_panel_open:
 * @item: (nullable): the row to edit, %NULL for a new one
 *
 * Shows the editor, as Enter on a row or the "New" button does.
 */
void
ofc_reference_panel_open (OfcReferencePanel *self, GObject *item)
{
  OfcReferenceEditor *editor;

  g_return_if_fail (OFC_IS_REFERENCE_PANEL (self));

  editor = OFC_REFERENCE_PANEL_GET_CLASS (self)->create_editor (self, item);
  gtk_window_set_transient_for (GTK_WINDOW (editor),
                                GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}
