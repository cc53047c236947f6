/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDateRow: typing is the fast way to enter a known date, so the row is an entry; the
 * calendar popover is for looking one up. A day picked there is written into the entry in
 * the translation's date format, and the value handed out is ISO 8601 whenever the text
 * reads as a date.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-date-row.h"
#include "ofc-gui-format.h"

struct _OfcDateRow
{
  AdwEntryRow parent_instance;

  /* Template widgets */
  GtkCalendar *calendar;
  GtkPopover *popover;

  /* set while the calendar is moved to the typed date, which is not the person's choice */
  gboolean syncing;
};

G_DEFINE_FINAL_TYPE (OfcDateRow, ofc_date_row, ADW_TYPE_ENTRY_ROW)

/*
 * Callbacks
 */

static void
on_popover_show_cb (OfcDateRow *self)
{
  GDate date;
  g_autoptr (GDateTime) day = NULL;

  if (!ofc_gui_parse_date (gtk_editable_get_text (GTK_EDITABLE (self)), &date))
    return;
  day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date), 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, day);
  self->syncing = FALSE;
}

static void
on_day_selected_cb (OfcDateRow *self)
{
  g_autoptr (GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = NULL;
  GDate date;

  if (self->syncing)
    return;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (day), g_date_time_get_month (day),
                  g_date_time_get_year (day));
  text = ofc_gui_format_date (&date);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
}

static void
pick_and_close (OfcDateRow *self)
{
  gtk_popover_popdown (self->popover);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* arrow keys move the day (the entry follows); Enter or Space takes it */
static gboolean
on_calendar_key_pressed_cb (OfcDateRow *self, guint keyval, guint keycode, GdkModifierType state)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_space)
    return FALSE;
  pick_and_close (self);
  return TRUE;
}

/* a click on a day takes it; a click on the month or year arrows does not */
static void
on_calendar_released_cb (OfcDateRow *self, int n_press, double x, double y)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->calendar), x, y, GTK_PICK_DEFAULT);

  if (picked != NULL && gtk_widget_has_css_class (picked, "day-number"))
    pick_and_close (self);
}

/*
 * GObject overrides
 */

static void
ofc_date_row_class_init (OfcDateRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/ofc-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, OfcDateRow, popover);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
}

static void
ofc_date_row_init (OfcDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_date_row_set_value:
 * @value: (nullable): a stored day, "YYYY-MM-DD"; anything else is shown as it is
 */
void
ofc_date_row_set_value (OfcDateRow *self, const char *value)
{
  g_autofree char *text = NULL;
  GDate date;

  g_return_if_fail (OFC_IS_DATE_ROW (self));

  if (ofc_gui_parse_date (value, &date))
    text = ofc_gui_format_date (&date);
  gtk_editable_set_text (GTK_EDITABLE (self), text != NULL ? text : (value != NULL ? value : ""));
}

/**
 * ofc_date_row_dup_value:
 *
 * Returns: (transfer full): "YYYY-MM-DD" when the text reads as a date, "" when it is
 *   blank, otherwise the text as typed, for the store to refuse with its own message
 */
char *
ofc_date_row_dup_value (OfcDateRow *self)
{
  const char *text;
  GDate date;
  char iso[16];

  g_return_val_if_fail (OFC_IS_DATE_ROW (self), NULL);

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  if (!ofc_gui_parse_date (text, &date))
    return g_strstrip (g_strdup (text));
  g_snprintf (iso, sizeof iso, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
  return g_strdup (iso);
}
