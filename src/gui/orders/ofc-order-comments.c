/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderComments: Enter in the comment field adds it and clears the field, ready for
 * the next. The store refuses empty or overlong text; the reason is shown in a toast and
 * the text stays for correcting.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-gui-format.h"
#include "ofc-order-comments.h"

struct _OfcOrderComments
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwEntryRow *comment_row;
  GtkListBox *list;

  /* Owned references */
  OfcContext *context;
  OfcOrder *order;
};

G_DEFINE_FINAL_TYPE (OfcOrderComments, ofc_order_comments, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static GtkWidget *
make_label (const char *text, const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "Anna" on the left, "Mar 3, 2026, 14:05" on the right, the text below */
static GtkWidget *
make_row (OfcOrderComment *comment)
{
  g_autofree char *when = ofc_gui_format_date_time (ofc_order_comment_get_created_at (comment));
  const char *author = ofc_order_comment_get_author (comment);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *meta = make_label (when, "dim-label");
  GtkWidget *text = make_label (ofc_order_comment_get_text (comment), NULL);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_hexpand (meta, TRUE);
  gtk_label_set_xalign (GTK_LABEL (meta), 1);
  gtk_box_append (
      GTK_BOX (heading),
      make_label (author != NULL && *author != '\0' ? author : _ ("Someone"), "heading"));
  gtk_box_append (GTK_BOX (heading), meta);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), text);
  g_object_set (box, "margin-top", 12, "margin-bottom", 12, "margin-start", 12, "margin-end", 12,
                NULL);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
reload (OfcOrderComments *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) comments = NULL;
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (self->list, 0)) != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (row));
  comments = ofc_order_list_comments (self->context, self->order, &error);
  if (comments == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* newest first: the latest word on the order is what matters at the counter */
  for (guint i = g_list_model_get_n_items (comments); i > 0; i--)
    {
      g_autoptr (OfcOrderComment) comment = g_list_model_get_item (comments, i - 1);

      gtk_list_box_append (self->list, make_row (comment));
    }
}

/*
 * Callbacks
 */

static void
on_add_cb (OfcOrderComments *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrderComment) comment = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->comment_row));

  if (self->order == NULL || ofc_text_is_blank (text))
    return;
  comment = ofc_order_add_comment (self->context, self->order, text, &error);
  if (comment == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
  reload (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/*
 * GObject overrides
 */

static void
ofc_order_comments_dispose (GObject *object)
{
  OfcOrderComments *self = OFC_ORDER_COMMENTS (object);

  g_clear_object (&self->order);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_order_comments_parent_class)->dispose (object);
}

static void
ofc_order_comments_class_init (OfcOrderCommentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_order_comments_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-comments.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderComments, comment_row);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderComments, list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_cb);
}

static void
ofc_order_comments_init (OfcOrderComments *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_order_comments_set_order:
 * @order: the stored order; its comments are read now
 */
void
ofc_order_comments_set_order (OfcOrderComments *self, OfcContext *context, OfcOrder *order)
{
  g_return_if_fail (OFC_IS_ORDER_COMMENTS (self));
  g_return_if_fail (OFC_IS_ORDER (order));

  g_set_object (&self->context, context);
  g_set_object (&self->order, order);
  reload (self);
}
