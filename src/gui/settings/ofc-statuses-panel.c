/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcStatusesPanel: the chain above the list follows the transitions from the status new
 * orders start in, always to the first next status in chain order not yet visited, until
 * a closed status: the path most orders take, so a manager sees New → Diagnostics → …
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-color-palette.h"
#include "ofc-gui-error.h"
#include "ofc-status-editor.h"
#include "ofc-statuses-panel.h"

struct _OfcStatusesPanel
{
  OfcReferencePanel parent_instance;

  /* Template widgets */
  GtkLabel *chain_label;
};

G_DEFINE_FINAL_TYPE (OfcStatusesPanel, ofc_statuses_panel, OFC_TYPE_REFERENCE_PANEL)

/*
 * Auxiliary methods
 */

static void
draw_dot_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  ofc_color_swatch_draw (cr, width, height, data);
}

static GtkWidget *
make_dot (OfcOrderStatus *status)
{
  GtkWidget *dot = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (dot), 14);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (dot), 14);
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (dot), draw_dot_cb,
                                  g_strdup (ofc_order_status_get_color (status)), g_free);
  return dot;
}

static char *
dup_next_names (OfcContext *context, OfcOrderStatus *status)
{
  g_autoptr (GListModel) next = ofc_order_status_list_next (context, status, NULL);
  g_autoptr (GString) names = g_string_new (NULL);

  for (guint i = 0; next != NULL && i < g_list_model_get_n_items (next); i++)
    {
      g_autoptr (OfcOrderStatus) other = g_list_model_get_item (next, i);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", ofc_order_status_get_name (other));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
dup_subtitle (OfcContext *context, OfcOrderStatus *status)
{
  int hours = ofc_order_status_get_norm_hours (status);
  g_autofree char *next = dup_next_names (context, status);
  g_autoptr (GString) subtitle =
      g_string_new (ofc_status_group_get_label (ofc_order_status_get_group (status)));

  if (hours > 0)
    {
      g_autofree char *norm =
          g_strdup_printf (ngettext ("norm %d hour", "norm %d hours", hours), hours);

      g_string_append_printf (subtitle, " · %s", norm);
    }
  if (*next != '\0')
    {
      /* TRANSLATORS: where an order in this status may go next, e.g. "→ Ready, Refused" */
      g_autofree char *to = g_strdup_printf (_ ("→ %s"), next);

      g_string_append_printf (subtitle, " · %s", to);
    }
  return g_string_free (g_steal_pointer (&subtitle), FALSE);
}

static guint
find_index (GListModel *items, GObject *item)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (OfcOrderStatus) other = g_list_model_get_item (items, i);

      if (ofc_uuid_equal (ofc_order_status_get_id (other),
                          ofc_order_status_get_id (OFC_ORDER_STATUS (item))))
        return i;
    }
  return G_MAXUINT;
}

/* white or black, whichever reads on @color */
static const char *
text_color_on (const char *color)
{
  GdkRGBA rgba;

  if (!gdk_rgba_parse (&rgba, color))
    return "#ffffff";
  return 0.299 * rgba.red + 0.587 * rgba.green + 0.114 * rgba.blue > 0.6 ? "#000000" : "#ffffff";
}

static void
append_chip (GString *markup, OfcOrderStatus *status)
{
  const char *color = ofc_order_status_get_color (status);
  g_autofree char *name = g_markup_escape_text (ofc_order_status_get_name (status), -1);

  if (markup->len > 0)
    g_string_append (markup, "  →  ");
  g_string_append_printf (markup, "<span background=\"%s\" foreground=\"%s\"> %s </span>", color,
                          text_color_on (color), name);
}

/* the first next status, in chain order, that the path has not visited */
static OfcOrderStatus *
dup_next_on_path (OfcContext *context, OfcOrderStatus *status, GHashTable *visited)
{
  g_autoptr (GListModel) next = ofc_order_status_list_next (context, status, NULL);

  for (guint i = 0; next != NULL && i < g_list_model_get_n_items (next); i++)
    {
      g_autoptr (OfcOrderStatus) other = g_list_model_get_item (next, i);
      g_autofree char *id = ofc_uuid_dup_string (ofc_order_status_get_id (other));

      if (!g_hash_table_contains (visited, id))
        return g_steal_pointer (&other);
    }
  return NULL;
}

static char *
dup_chain_markup (OfcContext *context)
{
  g_autoptr (GHashTable) visited = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GString) markup = g_string_new (NULL);
  g_autoptr (OfcOrderStatus) status = ofc_order_status_get_initial (context, NULL);

  while (status != NULL)
    {
      OfcOrderStatus *next;

      append_chip (markup, status);
      g_hash_table_add (visited, ofc_uuid_dup_string (ofc_order_status_get_id (status)));
      if (ofc_status_group_is_closed (ofc_order_status_get_group (status)))
        break;
      next = dup_next_on_path (context, status, visited);
      g_object_unref (status);
      status = next;
    }
  return g_string_free (g_steal_pointer (&markup), FALSE);
}

/* whether the status at @index has an active neighbour at @index + @direction */
static gboolean
can_move (GListModel *items, guint index, int direction)
{
  g_autoptr (OfcOrderStatus) other = NULL;

  if ((direction < 0 && index == 0) || index + direction >= g_list_model_get_n_items (items))
    return FALSE;
  other = g_list_model_get_item (items, index + direction);
  return !ofc_order_status_get_archived (other);
}

/* swaps the focused status with its active neighbour above (-1) or below (+1) */
static void
move (OfcStatusesPanel *self, int direction)
{
  OfcReferencePanel *panel = OFC_REFERENCE_PANEL (self);
  GObject *item = ofc_reference_panel_get_focused_item (panel);
  GListModel *items = ofc_reference_panel_get_items (panel);
  g_autoptr (OfcOrderStatus) other = NULL;
  g_autoptr (GError) error = NULL;
  guint index;

  if (item == NULL || ofc_order_status_get_archived (OFC_ORDER_STATUS (item)))
    return;
  index = find_index (items, item);
  if (!can_move (items, index, direction))
    return;
  other = g_list_model_get_item (items, index + direction);
  if (!ofc_order_status_swap (ofc_reference_panel_get_context (panel), OFC_ORDER_STATUS (item),
                              other, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  ofc_reference_panel_focus_item (panel, item);
}

static GtkWidget *
make_move_button (const char *icon_name, const char *tooltip, const char *action, gboolean can)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  /* the first status cannot go up nor the last down; the button stays, for the layout */
  gtk_widget_set_opacity (button, can ? 1.0 : 0.0);
  gtk_widget_set_can_target (button, can);
  gtk_widget_set_focusable (button, can);
  return button;
}

/*
 * Actions
 */

static void
move_up_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move (OFC_STATUSES_PANEL (widget), -1);
}

static void
move_down_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  move (OFC_STATUSES_PANEL (widget), +1);
}

/*
 * OfcReferencePanel overrides
 */

static GListModel *
ofc_statuses_panel_list (OfcReferencePanel *panel, gboolean with_archived, GError **error)
{
  return ofc_order_status_list (ofc_reference_panel_get_context (panel), with_archived, error);
}

static void
ofc_statuses_panel_describe (OfcReferencePanel *panel, GObject *item, OfcReferenceRow *row)
{
  OfcOrderStatus *status = OFC_ORDER_STATUS (item);
  GListModel *items = ofc_reference_panel_get_items (panel);
  g_autofree char *subtitle = dup_subtitle (ofc_reference_panel_get_context (panel), status);
  guint index = find_index (items, item);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), make_dot (status));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (ofc_order_status_get_archived (status))
    return;
  ofc_reference_row_add_suffix (row,
                                make_move_button ("go-up-symbolic", _ ("Move Up (Alt+Up)"),
                                                  "statuses.move-up", can_move (items, index, -1)));
  ofc_reference_row_add_suffix (
      row, make_move_button ("go-down-symbolic", _ ("Move Down (Alt+Down)"), "statuses.move-down",
                             can_move (items, index, +1)));
}

static OfcReferenceEditor *
ofc_statuses_panel_create_editor (OfcReferencePanel *panel, GObject *item)
{
  return ofc_status_editor_new (ofc_reference_panel_get_context (panel),
                                item != NULL ? OFC_ORDER_STATUS (item) : NULL);
}

static gboolean
ofc_statuses_panel_set_archived (OfcReferencePanel *panel,
                                 GObject *item,
                                 gboolean archived,
                                 GError **error)
{
  OfcContext *context = ofc_reference_panel_get_context (panel);

  if (archived)
    return ofc_order_status_archive (context, OFC_ORDER_STATUS (item), error);
  return ofc_order_status_restore (context, OFC_ORDER_STATUS (item), error);
}

static gint64
ofc_statuses_panel_count_orders (OfcReferencePanel *panel, GObject *item, GError **error)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  gint64 count = 0;

  filter->status_id = *ofc_order_status_get_id (OFC_ORDER_STATUS (item));
  if (!ofc_order_count (ofc_reference_panel_get_context (panel), filter, &count, error))
    return -1;
  return count;
}

static gboolean
ofc_statuses_panel_delete_item (OfcReferencePanel *panel,
                                GObject *item,
                                GObject *replacement,
                                GError **error)
{
  return ofc_order_status_remove (ofc_reference_panel_get_context (panel), OFC_ORDER_STATUS (item),
                                  replacement != NULL ? OFC_ORDER_STATUS (replacement) : NULL,
                                  error);
}

static void
ofc_statuses_panel_reloaded (OfcReferencePanel *panel, GListModel *items)
{
  OfcStatusesPanel *self = OFC_STATUSES_PANEL (panel);
  g_autofree char *markup = dup_chain_markup (ofc_reference_panel_get_context (panel));

  gtk_label_set_markup (self->chain_label, markup);
}

/*
 * GObject overrides
 */

static void
ofc_statuses_panel_constructed (GObject *object)
{
  OfcReferencePanel *panel = OFC_REFERENCE_PANEL (object);

  G_OBJECT_CLASS (ofc_statuses_panel_parent_class)->constructed (object);

  ofc_reference_panel_watch (panel, "order_status");
}

static void
ofc_statuses_panel_class_init (OfcStatusesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferencePanelClass *panel_class = OFC_REFERENCE_PANEL_CLASS (klass);

  object_class->constructed = ofc_statuses_panel_constructed;
  panel_class->list = ofc_statuses_panel_list;
  panel_class->describe = ofc_statuses_panel_describe;
  panel_class->create_editor = ofc_statuses_panel_create_editor;
  panel_class->set_archived = ofc_statuses_panel_set_archived;
  panel_class->count_orders = ofc_statuses_panel_count_orders;
  panel_class->delete_item = ofc_statuses_panel_delete_item;
  panel_class->reloaded = ofc_statuses_panel_reloaded;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-statuses-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcStatusesPanel, chain_label);

  gtk_widget_class_install_action (widget_class, "statuses.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "statuses.move-down", NULL, move_down_action);
}

/* Alt+Up and Alt+Down on the list only: elsewhere they belong to the focused widget */
static void
add_move_shortcuts (OfcStatusesPanel *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Up, GDK_ALT_MASK),
                        gtk_named_action_new ("statuses.move-up")));
  gtk_shortcut_controller_add_shortcut (
      GTK_SHORTCUT_CONTROLLER (controller),
      gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, GDK_ALT_MASK),
                        gtk_named_action_new ("statuses.move-down")));
  gtk_widget_add_controller (GTK_WIDGET (ofc_reference_panel_get_list (OFC_REFERENCE_PANEL (self))),
                             controller);
}

static void
ofc_statuses_panel_init (OfcStatusesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_move_shortcuts (self);
}
