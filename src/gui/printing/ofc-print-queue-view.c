/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcPrintQueueView: a GtkColumnView over OfcPrintJobList. The list refreshes itself
 * after changes made in this process; a timer refreshes it while the view is mapped, for
 * jobs added by other processes. Rows are replaced one by one, so the selection stays.
 * The cells only copy a job's properties into labels: nothing here reads the database
 * while scrolling.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-gui-format.h"
#include "ofc-print-queue-view.h"

#define REFRESH_INTERVAL_MS 3000

struct _OfcPrintQueueView
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkStack *content_stack;
  GtkMenuButton *reprint_button;
  GMenu *reprint_menu;
  GtkSingleSelection *selection;
  GtkLabel *status_label;
  GtkColumnView *view;

  /* Owned references */
  OfcContext *context;
  OfcPrintJobList *list;
  GListModel *printers; /* the active printers, for reprinting and moving elsewhere */

  guint refresh_source;
};

G_DEFINE_FINAL_TYPE (OfcPrintQueueView, ofc_print_queue_view, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  CELL_TEXT,
  CELL_NUMBER,
  CELL_STATE,
  CELL_TIME,
} CellKind;

typedef struct
{
  const char *title; /* N_() */
  const char *property;
  CellKind kind;
  int width; /* 0: the column takes the room left */
} Column;

static const Column columns[] = {
  { N_ ("No."), "seq", CELL_NUMBER, 60 },
  { N_ ("Document"), "kind-label", CELL_TEXT, 150 },
  { N_ ("Printed For"), "title", CELL_TEXT, 170 },
  { N_ ("Printer"), "printer-name", CELL_TEXT, 130 },
  { N_ ("State"), "state-label", CELL_STATE, 110 },
  { N_ ("Attempts"), "attempts", CELL_NUMBER, 80 },
  { N_ ("Problem"), "last-error", CELL_TEXT, 0 },
  { N_ ("Queued"), "created-at", CELL_TIME, 150 },
};

/*
 * Cells
 */

static void
on_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, const Column *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column->kind == CELL_NUMBER ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (column->kind == CELL_NUMBER || column->kind == CELL_TIME)
    gtk_widget_add_css_class (label, "ofc-number");
  if (column->kind == CELL_STATE)
    {
      gtk_widget_add_css_class (label, "ofc-status-chip");
      gtk_widget_set_halign (label, GTK_ALIGN_START);
    }
  gtk_list_item_set_child (item, label);
}

/* queued after a failed attempt reads as waiting: the job is not simply next in line */
static const char *
state_text (OfcPrintJob *job, const char **css_class)
{
  OfcPrintJobState state = ofc_print_job_get_state (job);
  gboolean problem = *ofc_print_job_get_error_code (job) != '\0';

  *css_class = state == OFC_PRINT_JOB_SENT     ? "ofc-status-ready"
               : state == OFC_PRINT_JOB_FAILED ? "ofc-status-problem"
               : problem                       ? "ofc-status-offline"
                                               : "ofc-status-unknown";
  if (state == OFC_PRINT_JOB_QUEUED && problem)
    return C_ ("print job", "Waiting");
  return ofc_print_job_state_get_label (state);
}

static void
bind_state (GtkLabel *label, OfcPrintJob *job)
{
  static const char *const classes[] = { "ofc-status-ready", "ofc-status-problem",
                                         "ofc-status-offline", "ofc-status-unknown" };
  const char *css_class = NULL;
  const char *text = state_text (job, &css_class);

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
  gtk_label_set_text (label, text);
}

static char *
dup_cell_text (OfcPrintJob *job, const Column *column)
{
  GValue value = G_VALUE_INIT;
  char *text;

  g_object_get_property (G_OBJECT (job), column->property, &value);
  if (column->kind == CELL_TIME)
    text = ofc_gui_format_date_time (g_value_get_int64 (&value));
  else if (G_VALUE_HOLDS_STRING (&value))
    text = g_value_dup_string (&value);
  else
    text = g_strdup_value_contents (&value);
  g_value_unset (&value);
  return text;
}

static void
on_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, const Column *column)
{
  OfcPrintJob *job = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;

  if (column->kind == CELL_STATE)
    {
      bind_state (label, job);
      return;
    }
  text = dup_cell_text (job, column);
  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), column->width == 0 ? text : NULL);
}

static void
add_columns (OfcPrintQueueView *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column = NULL;

      g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), (gpointer) &columns[i]);
      g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), (gpointer) &columns[i]);
      column = gtk_column_view_column_new (_ (columns[i].title), factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (columns[i].width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].width);
      else
        gtk_column_view_column_set_expand (column, TRUE);
      gtk_column_view_append_column (self->view, column);
      g_object_unref (column);
    }
}

/*
 * Auxiliary methods
 */

static OfcPrintJob *
get_selected (OfcPrintQueueView *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_status (OfcPrintQueueView *self)
{
  g_autoptr (GError) error = NULL;
  OfcPrintJobCounts counts;
  g_autofree char *text = NULL;

  gtk_stack_set_visible_child_name (
      self->content_stack,
      g_list_model_get_n_items (G_LIST_MODEL (self->list)) > 0 ? "list" : "empty");
  if (!ofc_print_jobs_count (self->context, &counts, &error))
    {
      g_warning ("cannot count the print jobs: %s", error->message);
      return;
    }
  /* TRANSLATORS: the print queue's summary: jobs in line, waiting after a problem, failed */
  text = g_strdup_printf (_ ("In line: %u · waiting: %u · failed: %u"),
                          counts.queued + counts.sending, counts.waiting, counts.failed);
  gtk_label_set_text (self->status_label, text);
}

static gboolean
prints_kind (OfcPrinter *printer, OfcPrintJob *job)
{
  return ofc_printer_get_enabled (printer) &&
         ofc_print_job_kind_supports (ofc_print_job_get_kind (job),
                                      ofc_printer_get_language (printer));
}

static void
append_printer_items (OfcPrintQueueView *self, OfcPrintJob *job, GMenu *section, gboolean move)
{
  for (guint i = 0; self->printers != NULL && i < g_list_model_get_n_items (self->printers); i++)
    {
      g_autoptr (OfcPrinter) printer = g_list_model_get_item (self->printers, i);
      g_autofree char *id = NULL;
      g_autofree char *label = NULL;
      g_autoptr (GMenuItem) item = NULL;

      if (!prints_kind (printer, job) ||
          ofc_uuid_equal (ofc_printer_get_id (printer), ofc_print_job_get_printer_id (job)))
        continue;
      g_object_get (printer, "id", &id, NULL);
      label = g_strdup_printf (move ? _ ("Move to “%s”") : _ ("Reprint on “%s”"),
                               ofc_printer_get_name (printer));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, move ? "queue.move" : "queue.reprint", "s", id);
      g_menu_append_item (section, item);
    }
}

/* the reprint menu of the selected job: on its own printer, on another, or moved there */
static void
update_reprint_menu (OfcPrintQueueView *self, OfcPrintJob *job)
{
  g_autoptr (GMenu) same = g_menu_new ();
  g_autoptr (GMenu) others = g_menu_new ();
  g_autoptr (GMenu) moves = g_menu_new ();
  g_autofree char *label = NULL;
  OfcPrintJobState state;

  g_menu_remove_all (self->reprint_menu);
  if (job == NULL)
    return;
  state = ofc_print_job_get_state (job);
  label = g_strdup_printf (_ ("Reprint on “%s”"), ofc_print_job_get_printer_name (job));
  g_menu_append (same, label, "queue.reprint('')");
  append_printer_items (self, job, others, FALSE);
  if (state == OFC_PRINT_JOB_QUEUED || state == OFC_PRINT_JOB_FAILED)
    append_printer_items (self, job, moves, TRUE);
  g_menu_append_section (self->reprint_menu, NULL, G_MENU_MODEL (same));
  g_menu_append_section (self->reprint_menu, NULL, G_MENU_MODEL (others));
  g_menu_append_section (self->reprint_menu, NULL, G_MENU_MODEL (moves));
}

static void
update_actions (OfcPrintQueueView *self)
{
  OfcPrintJob *job = get_selected (self);
  OfcPrintJobState state = job != NULL ? ofc_print_job_get_state (job) : OFC_PRINT_JOB_SENT;

  gtk_widget_action_set_enabled (
      GTK_WIDGET (self), "queue.retry",
      job != NULL && (state == OFC_PRINT_JOB_QUEUED || state == OFC_PRINT_JOB_FAILED));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "queue.cancel",
                                 job != NULL && !ofc_print_job_state_is_final (state));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "queue.reprint", job != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->reprint_button), job != NULL);
  gtk_widget_action_set_enabled (
      GTK_WIDGET (self), "queue.move",
      job != NULL && (state == OFC_PRINT_JOB_QUEUED || state == OFC_PRINT_JOB_FAILED));
  update_reprint_menu (self, job);
}

static void
load_printers (OfcPrintQueueView *self)
{
  g_autoptr (GError) error = NULL;

  g_clear_object (&self->printers);
  self->printers = ofc_printer_store_list (self->context, FALSE, &error);
  if (self->printers == NULL)
    g_warning ("cannot list the printers: %s", error->message);
  update_actions (self);
}

static void
refresh (OfcPrintQueueView *self)
{
  g_autoptr (GError) error = NULL;

  if (!ofc_print_job_list_refresh (self->list, &error))
    g_warning ("cannot read the print queue: %s", error->message);
  update_status (self);
}

static gboolean
refresh_cb (gpointer data)
{
  refresh (OFC_PRINT_QUEUE_VIEW (data));
  return G_SOURCE_CONTINUE;
}

/*
 * Callbacks and actions
 */

static void
on_selection_changed_cb (OfcPrintQueueView *self)
{
  update_actions (self);
}

static void
on_items_changed_cb (OfcPrintQueueView *self)
{
  update_status (self);
  update_actions (self);
}

static void
retry_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (get_selected (self) != NULL &&
      !ofc_print_jobs_retry (self->context, get_selected (self), &error))
    ofc_gui_show_error (widget, error);
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (widget);
  g_autoptr (GError) error = NULL;

  if (get_selected (self) != NULL &&
      !ofc_print_jobs_cancel (self->context, get_selected (self), &error))
    ofc_gui_show_error (widget, error);
}

static gboolean
parse_printer (GVariant *parameter, OfcUuid *id)
{
  const char *text = g_variant_get_string (parameter, NULL);

  return *text != '\0' && ofc_uuid_parse (text, id);
}

static void
reprint_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (widget);
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcPrintJob) copy = NULL;
  g_autofree char *message = NULL;
  OfcUuid printer_id;
  gboolean elsewhere = parse_printer (parameter, &printer_id);

  if (get_selected (self) == NULL)
    return;
  copy = ofc_print_jobs_reprint (self->context, get_selected (self), elsewhere ? &printer_id : NULL,
                                 &error);
  if (copy == NULL)
    {
      ofc_gui_show_error (widget, error);
      return;
    }
  message = g_strdup_printf (_ ("Sent to “%s” again"), ofc_print_job_get_printer_name (copy));
  ofc_gui_show_message (widget, message);
  ofc_print_queue_view_select (self, 0);
}

static void
move_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (widget);
  g_autoptr (GError) error = NULL;
  OfcUuid printer_id;

  if (get_selected (self) != NULL && parse_printer (parameter, &printer_id) &&
      !ofc_print_jobs_move (self->context, get_selected (self), &printer_id, &error))
    ofc_gui_show_error (widget, error);
}

/*
 * GObject and widget overrides
 */

static void
ofc_print_queue_view_constructed (GObject *object)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (object);

  G_OBJECT_CLASS (ofc_print_queue_view_parent_class)->constructed (object);
  g_assert (self->context != NULL);
  self->list = ofc_print_job_list_new (self->context, OFC_PRINT_JOB_LIST_RECENT);
  g_signal_connect_object (self->list, "items-changed", G_CALLBACK (on_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));
  g_signal_connect_object (self->context, "changed::" OFC_PRINTER_ENTITY,
                           G_CALLBACK (load_printers), self, G_CONNECT_SWAPPED);
  load_printers (self);
  update_status (self);
}

static void
ofc_print_queue_view_dispose (GObject *object)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->selection != NULL)
    gtk_single_selection_set_model (self->selection, NULL);
  g_clear_object (&self->list);
  g_clear_object (&self->printers);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_print_queue_view_parent_class)->dispose (object);
}

static void
ofc_print_queue_view_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (object);

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
ofc_print_queue_view_set_property (GObject *object,
                                   guint prop_id,
                                   const GValue *value,
                                   GParamSpec *pspec)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_print_queue_view_map (GtkWidget *widget)
{
  OfcPrintQueueView *self = OFC_PRINT_QUEUE_VIEW (widget);

  GTK_WIDGET_CLASS (ofc_print_queue_view_parent_class)->map (widget);
  refresh (self);
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (REFRESH_INTERVAL_MS, refresh_cb, self);
}

static void
ofc_print_queue_view_unmap (GtkWidget *widget)
{
  g_clear_handle_id (&OFC_PRINT_QUEUE_VIEW (widget)->refresh_source, g_source_remove);
  GTK_WIDGET_CLASS (ofc_print_queue_view_parent_class)->unmap (widget);
}

static void
ofc_print_queue_view_class_init (OfcPrintQueueViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_print_queue_view_constructed;
  object_class->dispose = ofc_print_queue_view_dispose;
  object_class->get_property = ofc_print_queue_view_get_property;
  object_class->set_property = ofc_print_queue_view_set_property;
  widget_class->map = ofc_print_queue_view_map;
  widget_class->unmap = ofc_print_queue_view_unmap;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-print-queue-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcPrintQueueView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, OfcPrintQueueView, reprint_button);
  gtk_widget_class_bind_template_child (widget_class, OfcPrintQueueView, reprint_menu);
  gtk_widget_class_bind_template_child (widget_class, OfcPrintQueueView, selection);
  gtk_widget_class_bind_template_child (widget_class, OfcPrintQueueView, status_label);
  gtk_widget_class_bind_template_child (widget_class, OfcPrintQueueView, view);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);

  gtk_widget_class_install_action (widget_class, "queue.retry", NULL, retry_action);
  gtk_widget_class_install_action (widget_class, "queue.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "queue.reprint", "s", reprint_action);
  gtk_widget_class_install_action (widget_class, "queue.move", "s", move_action);
}

static void
ofc_print_queue_view_init (OfcPrintQueueView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_columns (self);
}

/*
 * Public API
 */

OfcPrintQueueView *
ofc_print_queue_view_new (OfcContext *context)
{
  return g_object_new (OFC_TYPE_PRINT_QUEUE_VIEW, "context", context, NULL);
}

/**
 * ofc_print_queue_view_get_model:
 *
 * Returns: (transfer none): the jobs shown (#OfcPrintJob), newest first
 */
GListModel *
ofc_print_queue_view_get_model (OfcPrintQueueView *self)
{
  g_return_val_if_fail (OFC_IS_PRINT_QUEUE_VIEW (self), NULL);
  return G_LIST_MODEL (self->list);
}

/**
 * ofc_print_queue_view_select:
 *
 * Selects the job at @position, as a click on its row does.
 */
void
ofc_print_queue_view_select (OfcPrintQueueView *self, guint position)
{
  g_return_if_fail (OFC_IS_PRINT_QUEUE_VIEW (self));
  gtk_single_selection_set_selected (self->selection, position);
}
