/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderFilterPopover: the choices (statuses, employees, types, locations) are read when
 * the popover opens and again only after reference data changed, so the orders page
 * costs nothing for them at start. Every change emits "changed"; the page reads the fields
 * back with ofc_order_filter_popover_fill(). Saved filters hold the search and the sort
 * too, which only the page knows: the popover asks the page to "save" or "load" one by
 * name and deletes them itself.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-choice-row.h"
#include "ofc-date-row.h"
#include "ofc-gui-error.h"
#include "ofc-order-filter-popover.h"

struct _OfcOrderFilterPopover
{
  GtkPopover parent_instance;

  /* Template widgets */
  OfcChoiceRow *executor_row;
  OfcDateRow *from_row;
  GtkStringList *group_names;
  AdwComboRow *group_row;
  OfcChoiceRow *location_row;
  OfcChoiceRow *manager_row;
  GtkSwitch *overdue_switch;
  AdwEntryRow *save_row;
  GtkListBox *saved_list;
  OfcChoiceRow *status_row;
  OfcDateRow *to_row;
  OfcChoiceRow *type_row;
  GtkSwitch *urgent_switch;

  /* Owned references */
  OfcContext *context;

  gboolean choices_stale;
  guint loading;
};

G_DEFINE_FINAL_TYPE (OfcOrderFilterPopover, ofc_order_filter_popover, GTK_TYPE_POPOVER)

enum
{
  CHANGED,
  SAVE,
  LOAD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* the status group choices, in the order of group_names */
static const guint group_masks[] = {
  0,
  OFC_STATUS_GROUPS_OPEN,
  1 << OFC_STATUS_GROUP_NEW,
  1 << OFC_STATUS_GROUP_IN_PROGRESS,
  1 << OFC_STATUS_GROUP_WAITING,
  1 << OFC_STATUS_GROUP_READY,
  OFC_STATUS_GROUPS_CLOSED,
  1 << OFC_STATUS_GROUP_CLOSED_SUCCESS,
  1 << OFC_STATUS_GROUP_CLOSED_FAILURE,
};

/*
 * Auxiliary methods
 */

static void
fill_group_names (OfcOrderFilterPopover *self)
{
  gtk_string_list_append (self->group_names, C_ ("status group", "Any"));
  gtk_string_list_append (self->group_names, _ ("Open (not closed)"));
  for (OfcStatusGroup g = OFC_STATUS_GROUP_NEW; g <= OFC_STATUS_GROUP_READY; g++)
    gtk_string_list_append (self->group_names, ofc_status_group_get_label (g));
  gtk_string_list_append (self->group_names, _ ("Closed"));
  gtk_string_list_append (self->group_names,
                          ofc_status_group_get_label (OFC_STATUS_GROUP_CLOSED_SUCCESS));
  gtk_string_list_append (self->group_names,
                          ofc_status_group_get_label (OFC_STATUS_GROUP_CLOSED_FAILURE));
}

static void
fill_choice (OfcChoiceRow *row, GListModel *records, GError *error, OfcOrderFilterPopover *self)
{
  if (records == NULL)
    ofc_gui_show_error (GTK_WIDGET (self), error);
  ofc_choice_row_fill (row, C_ ("filter choice", "Any"), records);
}

static void
load_choices (OfcOrderFilterPopover *self)
{
  g_autoptr (GError) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL, e5 = NULL;
  g_autoptr (GListModel) statuses = ofc_order_status_list (self->context, FALSE, &e1);
  g_autoptr (GListModel) technicians =
      ofc_employee_list (self->context, OFC_ROLE_TECHNICIAN, FALSE, &e2);
  g_autoptr (GListModel) employees = ofc_employee_list (self->context, OFC_ROLE_ALL, FALSE, &e3);
  g_autoptr (GListModel) types = ofc_order_type_list (self->context, FALSE, &e4);
  g_autoptr (GListModel) locations = ofc_location_list (self->context, FALSE, &e5);

  self->loading++;
  fill_choice (self->status_row, statuses, e1, self);
  fill_choice (self->executor_row, technicians, e2, self);
  fill_choice (self->manager_row, employees, e3, self);
  fill_choice (self->type_row, types, e4, self);
  fill_choice (self->location_row, locations, e5, self);
  self->loading--;
  self->choices_stale = FALSE;
}

static void
ensure_choices (OfcOrderFilterPopover *self)
{
  if (self->choices_stale && self->context != NULL)
    load_choices (self);
}

static void
clear_saved (OfcOrderFilterPopover *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->saved_list, 0)) != NULL)
    gtk_list_box_remove (self->saved_list, GTK_WIDGET (row));
}

/* the local midnight starting @iso_day, plus @days; 0 when @iso_day is no date */
static gint64
day_start (const char *iso_day, int days)
{
  g_autoptr (GDateTime) start = NULL;
  int year, month, day;

  if (sscanf (iso_day, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return 0;
  start = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (start == NULL)
    return 0;
  return g_date_time_to_unix (start) * G_USEC_PER_SEC + (gint64) days * G_TIME_SPAN_DAY;
}

static void
load_day (OfcDateRow *row, gint64 utc_us)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *iso = NULL;

  if (utc_us == 0)
    {
      ofc_date_row_set_value (row, "");
      return;
    }
  time = g_date_time_new_from_unix_local (utc_us / G_USEC_PER_SEC);
  iso = g_date_time_format (time, "%Y-%m-%d");
  ofc_date_row_set_value (row, iso);
}

static guint
find_group (guint mask)
{
  for (guint i = 0; i < G_N_ELEMENTS (group_masks); i++)
    if (group_masks[i] == mask)
      return i;
  return 0;
}

/*
 * Callbacks
 */

static void
on_field_changed_cb (OfcOrderFilterPopover *self)
{
  if (self->loading == 0)
    g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_show_cb (OfcOrderFilterPopover *self)
{
  ensure_choices (self);
}

static void
on_reset_clicked_cb (OfcOrderFilterPopover *self)
{
  g_autoptr (OfcOrderFilter) empty = ofc_order_filter_new ();

  ofc_order_filter_popover_load (self, empty);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_save_apply_cb (OfcOrderFilterPopover *self)
{
  g_autofree char *name =
      g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->save_row))));

  if (*name == '\0')
    return;
  g_signal_emit (self, signals[SAVE], 0, name);
  gtk_editable_set_text (GTK_EDITABLE (self->save_row), "");
}

static void
on_saved_activated_cb (OfcOrderFilterPopover *self, AdwActionRow *row)
{
  g_signal_emit (self, signals[LOAD], 0, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
}

static void
on_delete_clicked_cb (OfcOrderFilterPopover *self, GtkButton *button)
{
  g_autoptr (GError) error = NULL;
  const char *name = g_object_get_data (G_OBJECT (button), "ofc-filter-name");

  if (!ofc_order_filter_delete (self->context, name, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
  ofc_order_filter_popover_reload_saved (self);
}

static GtkWidget *
make_saved_row (OfcOrderFilterPopover *self, const char *name)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_valign (delete, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (delete, "flat");
  gtk_widget_set_tooltip_text (delete, _ ("Delete This Saved Filter"));
  g_object_set_data_full (G_OBJECT (delete), "ofc-filter-name", g_strdup (name), g_free);
  g_signal_connect_object (delete, "clicked", G_CALLBACK (on_delete_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_saved_activated_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), delete);
  return row;
}

static void
on_context_changed_cb (OfcOrderFilterPopover *self, const char *entity)
{
  static const char *const shown[] = { "order_status", "employee", "order_type", "location", NULL };

  if (g_strv_contains (shown, entity))
    self->choices_stale = TRUE;
}

/*
 * GObject overrides
 */

static void
ofc_order_filter_popover_dispose (GObject *object)
{
  OfcOrderFilterPopover *self = OFC_ORDER_FILTER_POPOVER (object);

  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_order_filter_popover_parent_class)->dispose (object);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-filter-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, executor_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, from_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, group_names);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, group_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, location_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, manager_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, overdue_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, save_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, saved_list);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, status_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, to_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, type_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFilterPopover, urgent_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_cb);
}

static void
ofc_order_filter_popover_class_init (OfcOrderFilterPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ofc_order_filter_popover_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);
  /* @name: save the page's whole filter (search and sort included) under this name */
  signals[SAVE] = g_signal_new ("save", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /* @name: a saved filter the person picked */
  signals[LOAD] = g_signal_new ("load", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (OFC_TYPE_CHOICE_ROW);
  g_type_ensure (OFC_TYPE_DATE_ROW);
  bind_template (GTK_WIDGET_CLASS (klass));
}

static void
ofc_order_filter_popover_init (OfcOrderFilterPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->choices_stale = TRUE;
  self->loading++;
  fill_group_names (self);
  ofc_choice_row_clear (self->status_row, C_ ("filter choice", "Any"));
  ofc_choice_row_clear (self->executor_row, C_ ("filter choice", "Any"));
  ofc_choice_row_clear (self->manager_row, C_ ("filter choice", "Any"));
  ofc_choice_row_clear (self->type_row, C_ ("filter choice", "Any"));
  ofc_choice_row_clear (self->location_row, C_ ("filter choice", "Any"));
  self->loading--;
}

/*
 * Public API
 */

void
ofc_order_filter_popover_set_context (OfcOrderFilterPopover *self, OfcContext *context)
{
  g_return_if_fail (OFC_IS_ORDER_FILTER_POPOVER (self));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  g_signal_connect_object (context, "changed", G_CALLBACK (on_context_changed_cb), self,
                           G_CONNECT_SWAPPED);
  ofc_order_filter_popover_reload_saved (self);
}

/**
 * ofc_order_filter_popover_fill:
 * @filter: where to write the fields; the search and the sort are left as they are
 */
void
ofc_order_filter_popover_fill (OfcOrderFilterPopover *self, OfcOrderFilter *filter)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  guint group;

  g_return_if_fail (OFC_IS_ORDER_FILTER_POPOVER (self));

  group = adw_combo_row_get_selected (self->group_row);
  filter->status_groups = group < G_N_ELEMENTS (group_masks) ? group_masks[group] : 0;
  filter->status_id = *ofc_choice_row_get_id (self->status_row);
  filter->executor_id = *ofc_choice_row_get_id (self->executor_row);
  filter->manager_id = *ofc_choice_row_get_id (self->manager_row);
  filter->type_id = *ofc_choice_row_get_id (self->type_row);
  filter->location_id = *ofc_choice_row_get_id (self->location_row);
  filter->urgent_only = gtk_switch_get_active (self->urgent_switch);
  filter->overdue_only = gtk_switch_get_active (self->overdue_switch);
  from = ofc_date_row_dup_value (self->from_row);
  to = ofc_date_row_dup_value (self->to_row);
  filter->created_from = day_start (from, 0);
  /* "until" includes the whole day */
  filter->created_to = day_start (to, 1);
}

/**
 * ofc_order_filter_popover_load:
 *
 * Shows @filter's fields, without emitting "changed".
 */
void
ofc_order_filter_popover_load (OfcOrderFilterPopover *self, const OfcOrderFilter *filter)
{
  g_return_if_fail (OFC_IS_ORDER_FILTER_POPOVER (self));

  ensure_choices (self);
  self->loading++;
  adw_combo_row_set_selected (self->group_row, find_group (filter->status_groups));
  ofc_choice_row_set_id (self->status_row, &filter->status_id, NULL);
  ofc_choice_row_set_id (self->executor_row, &filter->executor_id, NULL);
  ofc_choice_row_set_id (self->manager_row, &filter->manager_id, NULL);
  ofc_choice_row_set_id (self->type_row, &filter->type_id, NULL);
  ofc_choice_row_set_id (self->location_row, &filter->location_id, NULL);
  gtk_switch_set_active (self->urgent_switch, filter->urgent_only);
  gtk_switch_set_active (self->overdue_switch, filter->overdue_only);
  load_day (self->from_row, filter->created_from);
  load_day (self->to_row, filter->created_to != 0 ? filter->created_to - G_TIME_SPAN_DAY : 0);
  self->loading--;
}

/**
 * ofc_order_filter_popover_set_flags:
 *
 * Sets the urgent and overdue switches, as the page's counters do; emits "changed" if
 * either changes.
 */
void
ofc_order_filter_popover_set_flags (OfcOrderFilterPopover *self,
                                    gboolean urgent_only,
                                    gboolean overdue_only)
{
  g_return_if_fail (OFC_IS_ORDER_FILTER_POPOVER (self));

  gtk_switch_set_active (self->urgent_switch, urgent_only);
  gtk_switch_set_active (self->overdue_switch, overdue_only);
}

/**
 * ofc_order_filter_popover_count_active:
 *
 * Returns: how many fields narrow the list, for the page's "Filter" button
 */
guint
ofc_order_filter_popover_count_active (OfcOrderFilterPopover *self)
{
  g_autoptr (OfcOrderFilter) filter = ofc_order_filter_new ();
  guint n = 0;

  g_return_val_if_fail (OFC_IS_ORDER_FILTER_POPOVER (self), 0);

  ofc_order_filter_popover_fill (self, filter);
  n += filter->status_groups != 0;
  n += !ofc_uuid_is_nil (&filter->status_id) + !ofc_uuid_is_nil (&filter->executor_id);
  n += !ofc_uuid_is_nil (&filter->manager_id) + !ofc_uuid_is_nil (&filter->type_id);
  n += !ofc_uuid_is_nil (&filter->location_id);
  n += filter->urgent_only + filter->overdue_only;
  n += filter->created_from != 0 || filter->created_to != 0;
  return n;
}

/**
 * ofc_order_filter_popover_reload_saved:
 *
 * Lists the saved filters again, after one was saved.
 */
void
ofc_order_filter_popover_reload_saved (OfcOrderFilterPopover *self)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) names = NULL;

  g_return_if_fail (OFC_IS_ORDER_FILTER_POPOVER (self));

  clear_saved (self);
  names = ofc_order_filter_list_names (self->context, &error);
  if (names == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; names[i] != NULL; i++)
    gtk_list_box_append (self->saved_list, make_saved_row (self, names[i]));
}
