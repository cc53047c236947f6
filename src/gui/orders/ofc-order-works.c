/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderWorks: one row per work — name, quantity × price, executor, warranty and the
 * line's total after its share of the discount — and the order's totals as
 * ofc_order_totals_compute() gives them: nothing is summed here. The list is read again
 * after every write, so the lines' discount shares are always the core's. A closed order
 * keeps its works as they are.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-gui-format.h"
#include "ofc-order-works.h"
#include "ofc-work-dialog.h"

struct _OfcOrderWorks
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwActionRow *discount_row;
  GtkLabel *discount_label;
  GtkListBox *list;
  GtkLabel *subtotal_label;
  GtkLabel *total_label;
  AdwPreferencesGroup *works_group;

  /* Owned references */
  OfcContext *context;
  OfcOrder *order;
  GListModel *works;

  gint64 total;
};

G_DEFINE_FINAL_TYPE (OfcOrderWorks, ofc_order_works, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload (OfcOrderWorks *self);

/*
 * Auxiliary methods
 */

static char *
format_money (OfcOrderWorks *self, gint64 minor)
{
  return ofc_gui_format_money (minor, ofc_context_get_currency (self->context));
}

/* "2 × 1 500,00 ₽ · Петров · 90 days’ warranty" */
static char *
dup_work_subtitle (OfcOrderWorks *self, OfcOrderWork *work)
{
  g_autofree char *price = format_money (self, ofc_order_work_get_price (work));
  GString *text = g_string_new (NULL);
  int days = ofc_order_work_get_warranty_days (work);
  const char *executor = ofc_order_work_get_executor_name (work);

  g_string_append_printf (text, "%d × %s", ofc_order_work_get_quantity (work), price);
  if (executor != NULL && *executor != '\0')
    g_string_append_printf (text, " · %s", executor);
  if (days > 0)
    {
      g_autofree char *warranty =
          g_strdup_printf (ngettext ("%d day’s warranty", "%d days’ warranty", days), days);

      g_string_append_printf (text, " · %s", warranty);
    }
  return g_string_free (text, FALSE);
}

static GtkWidget *
make_button (const char *icon, const char *tooltip, const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_name (button, name);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void on_edit_clicked_cb (OfcOrderWorks *self, GtkWidget *button);
static void on_remove_clicked_cb (OfcOrderWorks *self, GtkWidget *button);

static GtkWidget *
make_row (OfcOrderWorks *self, OfcOrderWork *work, gboolean editable)
{
  g_autofree char *subtitle = dup_work_subtitle (self, work);
  g_autofree char *total = format_money (self, ofc_order_work_get_total (work));
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (total);
  GtkWidget *edit = make_button ("document-edit-symbolic", _ ("Edit This Work"), "edit-work");
  GtkWidget *remove = make_button ("user-trash-symbolic", _ ("Remove This Work"), "remove-work");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ofc_order_work_get_name (work));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "ofc-number");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  g_object_set_data_full (G_OBJECT (row), "ofc-work", g_object_ref (work), g_object_unref);
  for (GtkWidget **b = (GtkWidget *[]){ edit, remove, NULL }; *b != NULL; b++)
    {
      g_object_set_data (G_OBJECT (*b), "ofc-row", row);
      gtk_widget_set_visible (*b, editable);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), *b);
    }
  g_signal_connect_object (edit, "clicked", G_CALLBACK (on_edit_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static void
clear_rows (OfcOrderWorks *self)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
}

static void
show_totals (OfcOrderWorks *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *subtotal = NULL, *discount = NULL, *total = NULL, *percent = NULL;
  OfcOrderTotals totals;

  if (!ofc_order_totals_compute (self->context, self->order, &totals, &error))
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->total = totals.total.minor;
  subtotal = format_money (self, totals.works.subtotal.minor);
  discount = format_money (self, -totals.works.discount.minor);
  total = format_money (self, totals.total.minor);
  /* TRANSLATORS: the client's discount rate, e.g. "5 %" or "7.5 %" */
  percent = g_strdup_printf (_ ("%g %%"), totals.works.discount_bp / 100.0);
  gtk_label_set_text (self->subtotal_label, subtotal);
  gtk_label_set_text (self->discount_label, discount);
  gtk_label_set_text (self->total_label, total);
  adw_action_row_set_subtitle (self->discount_row, percent);
  gtk_widget_set_visible (GTK_WIDGET (self->discount_row), totals.works.discount_bp != 0);
}

static void
reload (OfcOrderWorks *self)
{
  g_autoptr (GError) error = NULL;
  gboolean editable = !ofc_order_is_closed (self->order);

  clear_rows (self);
  g_clear_object (&self->works);
  self->works = ofc_order_list_works (self->context, self->order, &error);
  if (self->works == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (self->works); i++)
    {
      g_autoptr (OfcOrderWork) work = g_list_model_get_item (self->works, i);

      gtk_list_box_append (self->list, make_row (self, work, editable));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "works.add", editable);
  adw_preferences_group_set_description (
      self->works_group, editable ? NULL : _ ("The order is closed: its works stay as they are."));
  show_totals (self);
}

static void
on_dialog_saved_cb (OfcOrderWorks *self)
{
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
open_dialog (OfcOrderWorks *self, OfcOrderWork *work)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
  OfcWorkDialog *dialog = ofc_work_dialog_new (parent, self->context, self->order, work);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Callbacks and actions
 */

static OfcOrderWork *
work_of_button (GtkWidget *button)
{
  return g_object_get_data (g_object_get_data (G_OBJECT (button), "ofc-row"), "ofc-work");
}

static void
on_edit_clicked_cb (OfcOrderWorks *self, GtkWidget *button)
{
  open_dialog (self, work_of_button (button));
}

static void
on_remove_clicked_cb (OfcOrderWorks *self, GtkWidget *button)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;
  OfcOrderWork *work = work_of_button (button);

  if (!ofc_order_remove_work (self->context, self->order, work, &error))
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  message = g_strdup_printf (_ ("“%s” removed"), ofc_order_work_get_name (work));
  ofc_gui_show_message (GTK_WIDGET (self), message);
  on_dialog_saved_cb (self);
}

static void
add_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcOrderWorks *self = OFC_ORDER_WORKS (widget);

  if (self->order != NULL)
    open_dialog (self, NULL);
}

/*
 * GObject overrides
 */

static void
ofc_order_works_dispose (GObject *object)
{
  OfcOrderWorks *self = OFC_ORDER_WORKS (object);

  g_clear_object (&self->works);
  g_clear_object (&self->order);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_order_works_parent_class)->dispose (object);
}

static void
ofc_order_works_class_init (OfcOrderWorksClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_order_works_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-works.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderWorks, discount_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderWorks, discount_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderWorks, list);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderWorks, subtotal_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderWorks, total_label);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderWorks, works_group);

  gtk_widget_class_install_action (widget_class, "works.add", NULL, add_action);
}

static void
ofc_order_works_init (OfcOrderWorks *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_order_works_set_order:
 * @order: the stored order; the widget keeps it and reads its works now
 */
void
ofc_order_works_set_order (OfcOrderWorks *self, OfcContext *context, OfcOrder *order)
{
  g_return_if_fail (OFC_IS_ORDER_WORKS (self));
  g_return_if_fail (OFC_IS_ORDER (order));

  g_set_object (&self->context, context);
  g_set_object (&self->order, order);
  reload (self);
}

/**
 * ofc_order_works_get_total:
 *
 * Returns: what the order costs, as last shown
 */
gint64
ofc_order_works_get_total (OfcOrderWorks *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_WORKS (self), 0);
  return self->total;
}
