/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The cells of the orders page's column view. A cell is made once per visible row and
 * rebound as the view scrolls, so binding only copies the order's own properties, which
 * the list read with the row: nothing here reads the database. Text cells are
 * GtkInscriptions, which never measure their text, so a screen of rows binds quickly.
 * The status is a chip in its colour; an overdue deadline is red; an urgent order is
 * flagged beside its number.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-format.h"
#include "ofc-orders-page-private.h"
#include "ofc-status-chip.h"

static GtkWidget *
make_inscription (int nat_chars)
{
  GtkWidget *inscription = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (inscription),
                                     GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_nat_chars (GTK_INSCRIPTION (inscription), nat_chars);
  gtk_widget_set_hexpand (inscription, TRUE);
  return inscription;
}

static void
set_text (GtkListItem *item, const char *text)
{
  gtk_inscription_set_text (GTK_INSCRIPTION (gtk_list_item_get_child (item)), text);
}

static OfcOrder *
get_order (GtkListItem *item)
{
  return gtk_list_item_get_item (item);
}

/*
 * Setup
 */

static void
on_text_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  gtk_list_item_set_child (item, make_inscription (16));
}

static void
on_number_text_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  GtkWidget *inscription = make_inscription (10);

  gtk_widget_add_css_class (inscription, "ofc-number");
  gtk_list_item_set_child (item, inscription);
}

static void
on_money_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  GtkWidget *inscription = make_inscription (10);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (inscription), 1);
  gtk_widget_add_css_class (inscription, "ofc-number");
  gtk_list_item_set_child (item, inscription);
}

/* the number, and a flag made only for the rows of urgent orders */
static void
on_number_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *inscription = make_inscription (9);

  /* the flag right after the number, not at the far end of the cell */
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (inscription), 8);
  gtk_widget_set_hexpand (inscription, FALSE);
  gtk_widget_add_css_class (inscription, "ofc-number");
  gtk_box_append (GTK_BOX (box), inscription);
  gtk_list_item_set_child (item, box);
}

static void
on_status_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  GtkWidget *chip = ofc_status_chip_new ();

  ofc_status_chip_set_ellipsize (OFC_STATUS_CHIP (chip), TRUE);
  gtk_list_item_set_child (item, chip);
}

/*
 * Binding
 */

static GtkWidget *
ensure_urgent_flag (GtkWidget *box)
{
  GtkWidget *flag = gtk_widget_get_next_sibling (gtk_widget_get_first_child (box));

  if (flag != NULL)
    return flag;
  flag = gtk_image_new_from_icon_name ("emblem-important-symbolic");
  gtk_widget_set_tooltip_text (flag, _ ("Urgent"));
  gtk_widget_add_css_class (flag, "ofc-urgent");
  gtk_box_append (GTK_BOX (box), flag);
  return flag;
}

static void
on_number_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  OfcOrder *order = get_order (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *number = gtk_widget_get_first_child (box);
  gboolean urgent = ofc_order_get_urgent (order);

  gtk_inscription_set_text (GTK_INSCRIPTION (number), ofc_order_get_number (order));
  if (urgent || gtk_widget_get_next_sibling (number) != NULL)
    gtk_widget_set_visible (ensure_urgent_flag (box), urgent);
}

static void
on_created_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  g_autofree char *day = ofc_gui_format_day_of (ofc_order_get_created_at (get_order (item)));

  set_text (item, day);
}

static void
on_client_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  set_text (item, ofc_order_get_client_name (get_order (item)));
}

static void
on_phone_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  set_text (item, ofc_order_get_client_phone (get_order (item)));
}

static void
on_device_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  g_autofree char *device = ofc_order_dup_device_text (get_order (item));

  set_text (item, device);
}

static void
on_malfunction_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  set_text (item, ofc_order_get_malfunction (get_order (item)));
}

static void
on_status_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  OfcOrder *order = get_order (item);

  ofc_status_chip_set_status (OFC_STATUS_CHIP (gtk_list_item_get_child (item)),
                              ofc_order_get_status_name (order),
                              ofc_order_get_status_color (order));
}

static void
on_executor_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  set_text (item, ofc_order_get_executor_name (get_order (item)));
}

static void
on_deadline_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  OfcOrder *order = get_order (item);
  g_autofree char *day = ofc_gui_format_day_of (ofc_order_get_deadline (order));
  gboolean overdue =
      ofc_order_is_overdue (order, ofc_database_now (ofc_context_get_database (self->context)));
  GtkWidget *cell = gtk_list_item_get_child (item);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), day);
  if (overdue)
    gtk_widget_add_css_class (cell, "ofc-late");
  else
    gtk_widget_remove_css_class (cell, "ofc-late");
}

static void
on_estimate_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  gint64 estimate = ofc_order_get_estimate (get_order (item));
  g_autofree char *money = NULL;

  if (estimate != 0)
    money = ofc_gui_format_money (estimate, ofc_context_get_currency (self->context));
  set_text (item, money);
}

/* the works less the order's discount, as read with the page (see "works-total") */
static void
on_total_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, OfcOrdersPage *self)
{
  gint64 total = ofc_order_get_works_total (get_order (item));
  g_autofree char *money = NULL;

  if (total != 0)
    money = ofc_gui_format_money (total, ofc_context_get_currency (self->context));
  set_text (item, money);
}

/**
 * _ofc_orders_page_bind_cells:
 *
 * Binds the factories' handlers named in ofc-orders-page.ui.
 */
void
_ofc_orders_page_bind_cells (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_client_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_created_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_deadline_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_device_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_estimate_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_executor_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_malfunction_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_money_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_number_text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_phone_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_text_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_total_bind_cb);
}
