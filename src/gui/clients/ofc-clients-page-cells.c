/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The cells of the clients page's column view. A cell is made once per visible row and
 * rebound as the view scrolls, so binding only copies ready values (the client's own
 * properties) into labels: nothing here reads the database. Archived clients are dimmed
 * and tagged, conflict clients carry a warning sign; a right click on any cell selects
 * its row and opens the row menu.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-clients-page-private.h"
#include "ofc-gui-format.h"

#define LIST_ITEM_KEY "ofc-list-item"

/*
 * The row menu on a right click: one gesture on the whole view, not one per cell, since a
 * screen of rows makes hundreds of cells
 */

static GtkListItem *
find_list_item (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    {
      GtkListItem *item = g_object_get_data (G_OBJECT (widget), LIST_ITEM_KEY);

      if (item != NULL)
        return item;
    }
  return NULL;
}

static void
on_view_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, OfcClientsPage *self)
{
  GtkWidget *view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  GtkWidget *picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  GtkListItem *item = find_list_item (picked);
  graphene_point_t point;

  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  ofc_list_selection_set_selected (self->selection, gtk_list_item_get_position (item));
  if (!gtk_widget_compute_point (view, picked, &GRAPHENE_POINT_INIT (x, y), &point))
    point = GRAPHENE_POINT_INIT (x, y);
  _ofc_clients_page_popup_menu (self, picked, point.x, point.y);
}

/**
 * _ofc_clients_page_add_row_menu_gesture:
 *
 * Opens the row menu on a secondary click anywhere on a row of @view.
 */
void
_ofc_clients_page_add_row_menu_gesture (OfcClientsPage *self, GtkWidget *view)
{
  GtkGesture *gesture = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (gesture, "pressed", G_CALLBACK (on_view_pressed_cb), self, 0);
  gtk_widget_add_controller (view, GTK_EVENT_CONTROLLER (gesture));
}

/* @cell: the widget that fills the cell; it learns its list item, which outlives it */
static void
prepare_cell (OfcClientsPage *self, GtkListItem *item, GtkWidget *cell)
{
  g_object_set_data (G_OBJECT (cell), LIST_ITEM_KEY, item);
  gtk_list_item_set_child (item, cell);
}

static GtkWidget *
make_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
set_label (GtkWidget *label, const char *text, gboolean archived)
{
  gtk_label_set_text (GTK_LABEL (label), text);
  if (archived)
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

/*
 * Plain text cells
 */

static void
on_text_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  prepare_cell (self, item, make_label ());
}

static void
on_number_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  GtkWidget *label = make_label ();

  gtk_widget_add_css_class (label, "ofc-number");
  prepare_cell (self, item, label);
}

static void
bind_text (GtkListItem *item, const char *text)
{
  OfcClient *client = gtk_list_item_get_item (item);

  set_label (gtk_list_item_get_child (item), text, ofc_client_get_archived (client));
}

static void
on_phones_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  g_autofree char *phones = ofc_client_dup_phones_text (gtk_list_item_get_item (item));

  bind_text (item, phones);
}

static void
on_email_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  bind_text (item, ofc_client_get_email (gtk_list_item_get_item (item)));
}

static void
on_tags_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  g_autofree char *tags = ofc_client_dup_tags_text (gtk_list_item_get_item (item));

  bind_text (item, tags);
}

static void
on_card_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  bind_text (item, ofc_client_get_card_code (gtk_list_item_get_item (item)));
}

static void
on_created_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  g_autofree char *day =
      ofc_gui_format_day_of (ofc_client_get_created_at (gtk_list_item_get_item (item)));

  bind_text (item, day);
}

static void
on_updated_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  g_autofree char *day =
      ofc_gui_format_day_of (ofc_client_get_updated_at (gtk_list_item_get_item (item)));

  bind_text (item, day);
}

/*
 * The name cell: the name, a warning sign for a conflict client, a tag when archived
 */

static void
on_name_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_box_append (GTK_BOX (box), make_label ());
  prepare_cell (self, item, box);
}

/* the warning sign and the archived tag are made for the few rows that show them, not for
 * every row of every screen */
static GtkWidget *
ensure_marks (GtkWidget *box)
{
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *conflict = gtk_widget_get_next_sibling (label);
  GtkWidget *archived;

  if (conflict != NULL)
    return conflict;
  conflict = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_tooltip_text (conflict, _ ("Conflict client"));
  gtk_widget_add_css_class (conflict, "warning");
  archived = gtk_label_new (C_ ("state", "Archived"));
  gtk_widget_add_css_class (archived, "ofc-tag");
  gtk_widget_set_valign (archived, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), conflict);
  gtk_box_append (GTK_BOX (box), archived);
  return conflict;
}

static void
on_name_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcClientsPage *self)
{
  OfcClient *client = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  gboolean archived = ofc_client_get_archived (client);
  gboolean conflict = ofc_client_get_conflict (client);
  GtkWidget *marks = gtk_widget_get_next_sibling (label);

  set_label (label, ofc_client_get_name (client), archived);
  if (marks == NULL && !archived && !conflict)
    return;
  marks = ensure_marks (box);
  gtk_widget_set_visible (marks, conflict);
  gtk_widget_set_visible (gtk_widget_get_next_sibling (marks), archived);
}

/**
 * _ofc_clients_page_bind_cells:
 *
 * Binds the factories' handlers named in ofc-clients-page.ui.
 */
void
_ofc_clients_page_bind_cells (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_card_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_created_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_email_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_phones_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tags_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_updated_bind_cb);
}
