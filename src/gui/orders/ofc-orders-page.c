/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrdersPage: a GtkColumnView over OfcOrderList, which reads the count and the first
 * page at once and the other ids in a worker thread, and materialises only the rows on
 * screen, so the first screen of a million orders shows at once and scrolling the whole
 * list keeps a bounded cache. Sorting is SQL's: each sortable column carries an
 * OfcSortKeySorter named after an order sort code, and OfcListSelection keeps the
 * selection without reading rows. The page owns one OfcOrderFilter — the popover's
 * fields, the search text, the sort — and hands it to the list on every change; the list
 * reloads by itself after writes. The counters in the header follow every write too, and
 * a clock, since orders become overdue by themselves.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-gui-format.h"
#include "ofc-order-intake.h"
#include "ofc-order-view.h"
#include "ofc-orders-page-private.h"
#include "ofc-sort-key-sorter.h"

/* how often the counters are read again with no write at all: overdue is a matter of time */
#define COUNTS_REFRESH_S 60

G_DEFINE_FINAL_TYPE (OfcOrdersPage, ofc_orders_page, ADW_TYPE_BIN)

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

static gboolean
is_narrowed (OfcOrdersPage *self)
{
  return self->filter->search != NULL ||
         ofc_order_filter_popover_count_active (self->filter_popover) > 0;
}

static char *
dup_status_text (OfcOrdersPage *self)
{
  gint64 total = ofc_order_list_get_total (self->list);
  guint n = (guint) CLAMP (total, 0, (gint64) G_MAXUINT);
  g_autofree char *count = ofc_gui_format_count (n);

  if (is_narrowed (self))
    return g_strdup_printf (ngettext ("%s order found", "%s orders found", n), count);
  return g_strdup_printf (ngettext ("%s order", "%s orders", n), count);
}

static void
show_content (OfcOrdersPage *self)
{
  g_autofree char *description = NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "list");
      return;
    }
  if (!is_narrowed (self))
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }
  if (self->filter->search != NULL)
    description = g_strdup_printf (
        _ ("Nothing matches “%s” with this filter. Try the order number, a phone number, part "
           "of the client’s name, the serial number or the model."),
        self->filter->search);
  else
    description = g_strdup (_ ("No order matches this filter."));
  adw_status_page_set_description (self->no_matches_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "no-matches");
}

static void
update_status (OfcOrdersPage *self)
{
  g_autofree char *text = dup_status_text (self);
  const GError *error = ofc_order_list_get_error (self->list);
  gboolean loading = ofc_order_list_get_loading (self->list);

  gtk_label_set_text (self->status_label, error != NULL ? error->message : text);
  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), loading);
  gtk_spinner_set_spinning (self->loading_spinner, loading);
  show_content (self);
}

static void
update_filter_button (OfcOrdersPage *self)
{
  guint n = ofc_order_filter_popover_count_active (self->filter_popover);
  g_autofree char *label = NULL;

  /* TRANSLATORS: the filter button when some fields narrow the list, e.g. "Filter · 2" */
  label = n > 0 ? g_strdup_printf (_ ("_Filter · %u"), n) : g_strdup (_ ("_Filter"));
  gtk_label_set_text_with_mnemonic (self->filter_label, label);
  if (n > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
}

/* the counter buttons mirror the popover's urgent and overdue switches */
static void
sync_flag_buttons (OfcOrdersPage *self)
{
  self->syncing++;
  gtk_toggle_button_set_active (self->urgent_button, self->filter->urgent_only);
  gtk_toggle_button_set_active (self->overdue_button, self->filter->overdue_only);
  self->syncing--;
}

static void
apply_filter (OfcOrdersPage *self)
{
  ofc_order_list_set_filter (self->list, self->filter);
  update_filter_button (self);
  sync_flag_buttons (self);
  update_status (self);
}

static void
update_counts (OfcOrdersPage *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *all = NULL, *open = NULL, *urgent = NULL, *overdue = NULL, *text = NULL;
  OfcOrderCounts counts = { 0 };

  if (!ofc_order_counts (self->context, &counts, &error))
    {
      g_warning ("cannot count orders: %s", error->message);
      return;
    }
  all = ofc_gui_format_count ((guint) counts.all);
  open = ofc_gui_format_count ((guint) counts.open);
  urgent = ofc_gui_format_count ((guint) counts.urgent);
  overdue = ofc_gui_format_count ((guint) counts.overdue);
  /* TRANSLATORS: orders not closed yet, and all orders, e.g. "120 open · 5 400" */
  text = g_strdup_printf (_ ("%s open · %s"), open, all);
  gtk_label_set_text (self->all_label, text);
  gtk_label_set_text (self->urgent_label, urgent);
  gtk_label_set_text (self->overdue_label, overdue);
}

static gboolean
counts_idle_cb (gpointer data)
{
  OfcOrdersPage *self = data;

  self->counts_source = 0;
  update_counts (self);
  return G_SOURCE_REMOVE;
}

static gboolean
counts_timer_cb (gpointer data)
{
  update_counts (data);
  return G_SOURCE_CONTINUE;
}

/* the view's sort indicator, as the filter's sort; no column sorted means newest first */
static void
read_sort (OfcOrdersPage *self)
{
  gboolean descending = FALSE;
  const char *key =
      ofc_sort_key_sorter_find_primary (gtk_column_view_get_sorter (self->view), &descending);
  OfcOrderSort sort;

  if (key == NULL || !ofc_order_sort_from_code (key, &sort))
    {
      self->filter->sort = OFC_ORDER_SORT_CREATED;
      self->filter->descending = TRUE;
      return;
    }
  self->filter->sort = sort;
  self->filter->descending = descending;
}

static GtkColumnViewColumn *
find_column (OfcOrdersPage *self, const char *key)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr (GtkColumnViewColumn) column = g_list_model_get_item (columns, i);
      GtkSorter *sorter = gtk_column_view_column_get_sorter (column);

      if (OFC_IS_SORT_KEY_SORTER (sorter) &&
          g_strcmp0 (ofc_sort_key_sorter_get_key (OFC_SORT_KEY_SORTER (sorter)), key) == 0)
        return column;
    }
  return NULL;
}

static void on_sorter_changed_cb (OfcOrdersPage *self);

/* the arrow for the filter's sort, without the list reloading for it */
static void
show_sort (OfcOrdersPage *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->view);
  GtkColumnViewColumn *column = find_column (self, ofc_order_sort_to_code (self->filter->sort));

  g_signal_handlers_block_by_func (sorter, on_sorter_changed_cb, self);
  gtk_column_view_sort_by_column (self->view, NULL, GTK_SORT_ASCENDING);
  if (column != NULL)
    gtk_column_view_sort_by_column (
        self->view, column, self->filter->descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
  g_signal_handlers_unblock_by_func (sorter, on_sorter_changed_cb, self);
}

static void
open_order (OfcOrdersPage *self, OfcOrder *order)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

  ofc_order_view_present (parent, self->context, ofc_order_get_id (order));
}

/*
 * Callbacks
 */

static void
on_sorter_changed_cb (OfcOrdersPage *self)
{
  /* the view drops its sorted columns while it is disposed, after the list is gone */
  if (self->list == NULL)
    return;
  read_sort (self);
  show_sort (self);
  apply_filter (self);
}

static void
on_search_changed_cb (OfcOrdersPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  ofc_order_filter_set_search (self->filter, ofc_text_is_blank (text) ? NULL : text);
  apply_filter (self);
}

static void
on_stop_search_cb (OfcOrdersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
focus_list (OfcOrdersPage *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 0)
    return;
  if (ofc_list_selection_get_selected (self->selection) == GTK_INVALID_LIST_POSITION)
    ofc_list_selection_set_selected (self->selection, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Enter in the search: one match opens at once, several go to the list */
static void
on_search_activate_cb (OfcOrdersPage *self)
{
  g_autoptr (OfcOrder) order = NULL;

  on_search_changed_cb (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->list)) != 1)
    {
      focus_list (self);
      return;
    }
  order = g_list_model_get_item (G_LIST_MODEL (self->list), 0);
  if (order != NULL)
    open_order (self, order);
}

static gboolean
on_search_key_pressed_cb (OfcOrdersPage *self, guint keyval, guint keycode, GdkModifierType state)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  focus_list (self);
  return TRUE;
}

static void
on_view_activate_cb (OfcOrdersPage *self, guint position)
{
  g_autoptr (OfcOrder) order = g_list_model_get_item (G_LIST_MODEL (self->list), position);

  if (order != NULL)
    open_order (self, order);
}

static void
on_filter_changed_cb (OfcOrdersPage *self)
{
  ofc_order_filter_popover_fill (self->filter_popover, self->filter);
  apply_filter (self);
}

static void
on_flag_toggled_cb (OfcOrdersPage *self)
{
  if (self->syncing > 0)
    return;
  ofc_order_filter_popover_set_flags (self->filter_popover,
                                      gtk_toggle_button_get_active (self->urgent_button),
                                      gtk_toggle_button_get_active (self->overdue_button));
}

static void
on_filter_save_cb (OfcOrdersPage *self, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  if (!ofc_order_filter_save (self->context, name, self->filter, &error))
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  ofc_order_filter_popover_reload_saved (self->filter_popover);
  message = g_strdup_printf (_ ("Filter “%s” saved"), name);
  ofc_gui_show_message (GTK_WIDGET (self), message);
}

static void
on_filter_load_cb (OfcOrdersPage *self, const char *name)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_load (self->context, name, &error);

  if (filter == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  ofc_order_filter_free (self->filter);
  self->filter = g_steal_pointer (&filter);
  ofc_order_filter_popover_load (self->filter_popover, self->filter);
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry),
                         self->filter->search != NULL ? self->filter->search : "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed_cb, self);
  show_sort (self);
  apply_filter (self);
  gtk_popover_popdown (GTK_POPOVER (self->filter_popover));
}

static void
on_list_changed_cb (OfcOrdersPage *self)
{
  update_status (self);
}

static void
on_context_changed_cb (OfcOrdersPage *self, const char *entity)
{
  if (g_strcmp0 (entity, "order") == 0 && self->counts_source == 0)
    self->counts_source = g_idle_add (counts_idle_cb, self);
}

static void
open_order_from_toast_cb (OfcOrdersPage *self, AdwToast *toast)
{
  open_order (self, g_object_get_data (G_OBJECT (toast), "ofc-order"));
}

static void
on_intake_created_cb (OfcOrdersPage *self, OfcOrder *order)
{
  g_autofree char *number = g_markup_escape_text (ofc_order_get_number (order), -1);
  g_autofree char *title = g_strdup_printf (_ ("Order %s created"), number);
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_button_label (toast, _ ("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "ofc-order", g_object_ref (order), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (open_order_from_toast_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_set_timeout (toast, 10);
  ofc_gui_add_toast (GTK_WIDGET (self), toast);
}

/*
 * Actions
 */

static void
new_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_orders_page_new_order (OFC_ORDERS_PAGE (widget));
}

static void
search_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (OFC_ORDERS_PAGE (widget)->search_entry));
}

static void
filter_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_menu_button_popup (OFC_ORDERS_PAGE (widget)->filter_button);
}

static void
clear_filter_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcOrdersPage *self = OFC_ORDERS_PAGE (widget);
  g_autoptr (OfcOrderFilter) empty = ofc_order_filter_new ();

  ofc_order_filter_popover_load (self->filter_popover, empty);
  ofc_order_filter_popover_fill (self->filter_popover, self->filter);
  g_signal_handlers_block_by_func (self->search_entry, on_search_changed_cb, self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  g_signal_handlers_unblock_by_func (self->search_entry, on_search_changed_cb, self);
  ofc_order_filter_set_search (self->filter, NULL);
  apply_filter (self);
}

/*
 * Overrides
 */

/*
 * Printing
 */

/* the selected orders' ids for the print button; a longer selection prints its first ones */
#define PRINT_MAX_ORDERS 500

static void
update_print_subjects (OfcOrdersPage *self)
{
  g_autoptr (GPtrArray) orders =
      ofc_list_selection_dup_selected_items (self->selection, PRINT_MAX_ORDERS);
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < orders->len; i++)
    g_ptr_array_add (ids, (gpointer) ofc_order_get_id (g_ptr_array_index (orders, i)));
  ofc_print_button_set_orders (self->print_button, ids);
}

static void
add_print_button (OfcOrdersPage *self)
{
  self->print_button = ofc_print_button_new (self->context);
  gtk_widget_set_name (GTK_WIDGET (self->print_button), "print-button");
  adw_header_bar_pack_start (self->header_bar, GTK_WIDGET (self->print_button));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (update_print_subjects), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (update_print_subjects), self, G_CONNECT_SWAPPED);
  update_print_subjects (self);
}

static void
print_stickers_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcOrdersPage *self = OFC_ORDERS_PAGE (widget);
  /* the button says how it went; the job itself is not needed here */
  g_autoptr (OfcPrintJob) job =
      ofc_print_button_print (self->print_button, OFC_PRINT_JOB_ORDER_STICKER);
}

/*
 * Overrides
 */

static void
ofc_orders_page_constructed (GObject *object)
{
  OfcOrdersPage *self = OFC_ORDERS_PAGE (object);

  G_OBJECT_CLASS (ofc_orders_page_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  self->filter->sort = OFC_ORDER_SORT_CREATED;
  self->filter->descending = TRUE;
  /* held until the first screen is painted: see release_list_after_paint() */
  self->list = g_object_new (OFC_TYPE_ORDER_LIST, "context", self->context, "filter", self->filter,
                             "held", TRUE, NULL);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_list_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->list, "notify::loading", G_CALLBACK (update_status), self,
                           G_CONNECT_SWAPPED);
  ofc_list_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  add_print_button (self);
  ofc_order_filter_popover_set_context (self->filter_popover, self->context);
  g_signal_connect_object (gtk_column_view_get_sorter (self->view), "changed",
                           G_CALLBACK (on_sorter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "changed", G_CALLBACK (on_context_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* the list starts newest first: only the arrow needs showing, not a second load */
  show_sort (self);
  update_counts (self);
  self->counts_timer = g_timeout_add_seconds (COUNTS_REFRESH_S, counts_timer_cb, self);
  update_filter_button (self);
  update_status (self);
}

static void
ofc_orders_page_dispose (GObject *object)
{
  OfcOrdersPage *self = OFC_ORDERS_PAGE (object);

  g_clear_handle_id (&self->counts_source, g_source_remove);
  g_clear_handle_id (&self->counts_timer, g_source_remove);
  if (self->selection != NULL)
    ofc_list_selection_set_model (self->selection, NULL);
  g_clear_object (&self->list);
  g_clear_object (&self->context);
  g_clear_pointer (&self->filter, ofc_order_filter_free);

  G_OBJECT_CLASS (ofc_orders_page_parent_class)->dispose (object);
}

static void
ofc_orders_page_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcOrdersPage *self = OFC_ORDERS_PAGE (object);

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
ofc_orders_page_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  OfcOrdersPage *self = OFC_ORDERS_PAGE (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* the window's pages all have Ctrl+N and Ctrl+F, as managed shortcuts of the window: a
 * hidden page lets them through by having its actions disabled while unmapped */
static void
set_shortcut_actions_enabled (GtkWidget *widget, gboolean enabled)
{
  gtk_widget_action_set_enabled (widget, "orders.new", enabled);
  gtk_widget_action_set_enabled (widget, "orders.search", enabled);
  gtk_widget_action_set_enabled (widget, "orders.filter", enabled);
  gtk_widget_action_set_enabled (widget, "orders.print-stickers", enabled);
}

static void
on_first_paint_cb (GdkFrameClock *clock, OfcOrdersPage *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  ofc_order_list_release (self->list);
}

/* The list reads all its ids (a million: ~250 ms of disk and CPU) only once the page's
 * first screen is painted; started beside it, the reader competed for the second core and
 * the disk with that frame (24 runs each: slowest 159 ms against 118 ms, five runs over
 * 110 ms against two; tests/bench/README.md). A page built but never shown never reads
 * them. */
static void
release_list_after_paint (OfcOrdersPage *self)
{
  if (!ofc_order_list_get_loading (self->list))
    return;
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_first_paint_cb), self, 0);
}

static void
ofc_orders_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ofc_orders_page_parent_class)->map (widget);
  set_shortcut_actions_enabled (widget, TRUE);
  release_list_after_paint (OFC_ORDERS_PAGE (widget));
}

static void
ofc_orders_page_unmap (GtkWidget *widget)
{
  set_shortcut_actions_enabled (widget, FALSE);
  GTK_WIDGET_CLASS (ofc_orders_page_parent_class)->unmap (widget);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-orders-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, all_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, filter_popover);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, no_matches_page);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, overdue_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, selection);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, urgent_button);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, urgent_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrdersPage, view);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_load_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_save_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_flag_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_activate_cb);
  _ofc_orders_page_bind_cells (widget_class);
}

static void
ofc_orders_page_class_init (OfcOrdersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_orders_page_constructed;
  object_class->dispose = ofc_orders_page_dispose;
  object_class->get_property = ofc_orders_page_get_property;
  object_class->set_property = ofc_orders_page_set_property;
  widget_class->map = ofc_orders_page_map;
  widget_class->unmap = ofc_orders_page_unmap;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OFC_TYPE_LIST_SELECTION);
  g_type_ensure (OFC_TYPE_ORDER_FILTER_POPOVER);
  g_type_ensure (OFC_TYPE_SORT_KEY_SORTER);
  bind_template (widget_class);

  gtk_widget_class_install_action (widget_class, "orders.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "orders.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "orders.filter", NULL, filter_action);
  gtk_widget_class_install_action (widget_class, "orders.clear-filter", NULL, clear_filter_action);
  gtk_widget_class_install_action (widget_class, "orders.print-stickers", NULL,
                                   print_stickers_action);
}

static void
ofc_orders_page_init (OfcOrdersPage *self)
{
  self->filter = ofc_order_filter_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  set_shortcut_actions_enabled (GTK_WIDGET (self), FALSE);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->view));
}

/*
 * Public API
 */

/**
 * ofc_orders_page_get_list:
 *
 * Returns: (transfer none): the list the view shows
 */
OfcOrderList *
ofc_orders_page_get_list (OfcOrdersPage *self)
{
  g_return_val_if_fail (OFC_IS_ORDERS_PAGE (self), NULL);
  return self->list;
}

/**
 * ofc_orders_page_new_order:
 *
 * Opens the intake form, as Ctrl+N does; the order it creates is announced in a toast
 * that offers to open it.
 */
void
ofc_orders_page_new_order (OfcOrdersPage *self)
{
  GtkWindow *parent;
  OfcOrderIntake *intake;

  g_return_if_fail (OFC_IS_ORDERS_PAGE (self));

  parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  intake = ofc_order_intake_new (parent, self->context);
  g_signal_connect_object (intake, "created", G_CALLBACK (on_intake_created_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (intake));
}

/**
 * ofc_orders_page_set_search:
 *
 * Searches for @text at once, as if it had been typed.
 */
void
ofc_orders_page_set_search (OfcOrdersPage *self, const char *text)
{
  g_return_if_fail (OFC_IS_ORDERS_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  on_search_changed_cb (self);
}
