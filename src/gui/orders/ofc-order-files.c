/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcOrderFiles: nothing here touches the disk on the main thread. Attaching copies whole
 * files (up to 25 MB each): it runs in a GTask worker with its own database connection
 * and context. Each tile starts with an icon; a worker then checks that the stored copy
 * is still there and, for images, decodes a scaled thumbnail, which the tile shows when
 * it arrives. A file missing from the attachments folder is marked as such on its tile.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ofc-gui-error.h"
#include "ofc-order-files.h"

#define THUMBNAIL_WIDTH  160
#define THUMBNAIL_HEIGHT 120

struct _OfcOrderFiles
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkFlowBox *flow;
  GtkSpinner *spinner;
  GtkStack *stack;

  /* Owned references */
  OfcContext *context;
  OfcOrder *order;
  GCancellable *cancellable; /* the thumbnails and copies under way */

  guint busy;
};

G_DEFINE_FINAL_TYPE (OfcOrderFiles, ofc_order_files, ADW_TYPE_BIN)

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload (OfcOrderFiles *self);

/*
 * Checking the stored copies and making thumbnails, off the main thread
 */

typedef struct
{
  char *path;
  gint64 size;
  gboolean image;
} Probe;

typedef struct
{
  gboolean missing;
  GdkPixbuf *thumbnail;
} ProbeResult;

static void
probe_free (Probe *probe)
{
  g_free (probe->path);
  g_free (probe);
}

static void
probe_result_free (ProbeResult *result)
{
  g_clear_object (&result->thumbnail);
  g_free (result);
}

static void
probe_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Probe *probe = task_data;
  ProbeResult *result = g_new0 (ProbeResult, 1);
  GStatBuf info;

  result->missing = g_stat (probe->path, &info) != 0 || (gint64) info.st_size != probe->size;
  if (!result->missing && probe->image)
    result->thumbnail = gdk_pixbuf_new_from_file_at_scale (probe->path, THUMBNAIL_WIDTH,
                                                           THUMBNAIL_HEIGHT, TRUE, NULL);
  g_task_return_pointer (task, result, (GDestroyNotify) probe_result_free);
}

static void
show_missing (GtkWidget *tile)
{
  GtkImage *icon = g_object_get_data (G_OBJECT (tile), "ofc-icon");
  GtkLabel *detail = g_object_get_data (G_OBJECT (tile), "ofc-detail");

  gtk_image_set_from_icon_name (icon, "image-missing-symbolic");
  gtk_label_set_text (detail, _ ("File missing"));
  gtk_widget_add_css_class (GTK_WIDGET (detail), "error");
  gtk_widget_add_css_class (GTK_WIDGET (icon), "error");
}

static void
on_probe_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GtkWidget) tile = user_data;
  ProbeResult *probe = g_task_propagate_pointer (G_TASK (result), NULL);
  GtkWidget *picture;

  if (probe == NULL || g_task_had_error (G_TASK (result)))
    return;
  if (probe->missing)
    show_missing (tile);
  else if (probe->thumbnail != NULL)
    {
      g_autoptr (GdkTexture) texture = gdk_texture_new_for_pixbuf (probe->thumbnail);

      picture = g_object_get_data (G_OBJECT (tile), "ofc-picture");
      gtk_picture_set_paintable (GTK_PICTURE (picture), GDK_PAINTABLE (texture));
      gtk_widget_set_visible (picture, TRUE);
      gtk_widget_set_visible (g_object_get_data (G_OBJECT (tile), "ofc-icon"), FALSE);
    }
  probe_result_free (probe);
}

static void
start_probe (OfcOrderFiles *self,
             GtkWidget *tile,
             OfcOrderAttachment *attachment,
             const char *folder)
{
  g_autoptr (GTask) task =
      g_task_new (self, self->cancellable, on_probe_done_cb, g_object_ref (tile));
  Probe *probe = g_new0 (Probe, 1);

  probe->path = g_build_filename (folder, ofc_order_attachment_get_sha256 (attachment), NULL);
  probe->size = ofc_order_attachment_get_size (attachment);
  probe->image = g_str_has_prefix (ofc_order_attachment_get_mime_type (attachment), "image/");
  g_task_set_task_data (task, probe, (GDestroyNotify) probe_free);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, probe_in_thread);
}

/*
 * Tiles
 */

static const char *
icon_for (OfcOrderAttachment *attachment)
{
  const char *mime = ofc_order_attachment_get_mime_type (attachment);

  if (g_str_has_prefix (mime, "image/"))
    return "image-x-generic-symbolic";
  if (g_strcmp0 (mime, "application/pdf") == 0)
    return "x-office-document-symbolic";
  return "text-x-generic-symbolic";
}

static void on_tile_clicked_cb (OfcOrderFiles *self, GtkWidget *tile);

static GtkWidget *
make_tile (OfcOrderFiles *self, OfcOrderAttachment *attachment)
{
  g_autofree char *size = g_format_size ((guint64) ofc_order_attachment_get_size (attachment));
  GtkWidget *tile = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_for (attachment));
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *name = gtk_label_new (ofc_order_attachment_get_name (attachment));
  GtkWidget *detail = gtk_label_new (size);

  gtk_image_set_pixel_size (GTK_IMAGE (icon), 64);
  gtk_widget_set_size_request (icon, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT);
  gtk_widget_set_visible (picture, FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 20);
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_widget_add_css_class (detail, "caption");
  for (GtkWidget **w = (GtkWidget *[]){ icon, picture, name, detail, NULL }; *w != NULL; w++)
    gtk_box_append (GTK_BOX (box), *w);
  gtk_button_set_child (GTK_BUTTON (tile), box);
  gtk_widget_add_css_class (tile, "flat");
  gtk_widget_set_name (tile, "file-tile");
  gtk_widget_set_tooltip_text (tile, ofc_order_attachment_get_name (attachment));
  g_object_set_data_full (G_OBJECT (tile), "ofc-attachment", g_object_ref (attachment),
                          g_object_unref);
  g_object_set_data (G_OBJECT (tile), "ofc-icon", icon);
  g_object_set_data (G_OBJECT (tile), "ofc-picture", picture);
  g_object_set_data (G_OBJECT (tile), "ofc-detail", detail);
  g_signal_connect_object (tile, "clicked", G_CALLBACK (on_tile_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  return tile;
}

static void
clear_tiles (OfcOrderFiles *self)
{
  GtkFlowBoxChild *child;

  while ((child = gtk_flow_box_get_child_at_index (self->flow, 0)) != NULL)
    gtk_flow_box_remove (self->flow, GTK_WIDGET (child));
}

static void
reload (OfcOrderFiles *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) attachments = NULL;
  g_autofree char *folder =
      ofc_order_attachments_dup_folder (ofc_context_get_database (self->context));
  guint n;

  /* thumbnails of the tiles about to go are not wanted any more */
  g_cancellable_cancel (self->cancellable);
  g_object_unref (self->cancellable);
  self->cancellable = g_cancellable_new ();
  clear_tiles (self);
  attachments = ofc_order_list_attachments (self->context, self->order, &error);
  if (attachments == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  n = g_list_model_get_n_items (attachments);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr (OfcOrderAttachment) attachment = g_list_model_get_item (attachments, i);
      GtkWidget *tile = make_tile (self, attachment);

      gtk_flow_box_append (self->flow, tile);
      if (folder != NULL)
        start_probe (self, tile, attachment, folder);
    }
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "files" : "empty");
}

/*
 * Opening
 */

static void
on_launched_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr (GtkWidget) widget = user_data;
  g_autoptr (GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    ofc_gui_show_error (widget, error);
}

static void
on_tile_clicked_cb (OfcOrderFiles *self, GtkWidget *tile)
{
  OfcOrderAttachment *attachment = g_object_get_data (G_OBJECT (tile), "ofc-attachment");
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) file = ofc_order_attachment_get_file (self->context, attachment, &error);
  g_autoptr (GAppLaunchContext) launch = NULL;
  g_autofree char *uri = NULL;

  if (file == NULL)
    {
      show_missing (tile);
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  uri = g_file_get_uri (file);
  launch =
      G_APP_LAUNCH_CONTEXT (gdk_display_get_app_launch_context (gtk_widget_get_display (tile)));
  g_app_info_launch_default_for_uri_async (uri, launch, NULL, on_launched_cb, g_object_ref (self));
}

/*
 * Attaching, off the main thread
 */

typedef struct
{
  OfcDatabase *database; /* the main connection, only to open another */
  OfcOrder *order;       /* a copy the worker may read */
  GPtrArray *files;      /* GFile */
} Attach;

static void
attach_free (Attach *attach)
{
  g_object_unref (attach->database);
  g_object_unref (attach->order);
  g_ptr_array_unref (attach->files);
  g_free (attach);
}

static void
attach_in_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Attach *attach = task_data;
  g_autoptr (OfcDatabase) database = NULL;
  g_autoptr (OfcContext) context = NULL;
  GError *error = NULL;

  database = ofc_database_open_another (attach->database, &error);
  if (database == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  context = ofc_context_new (database);
  for (guint i = 0; i < attach->files->len; i++)
    {
      g_autoptr (OfcOrderAttachment) attachment = ofc_order_attach_file (
          context, attach->order, g_ptr_array_index (attach->files, i), cancellable, &error);

      if (attachment == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
    }
  g_task_return_int (task, attach->files->len);
}

static void
set_busy (OfcOrderFiles *self, gboolean busy)
{
  self->busy += busy ? 1 : -1;
  gtk_spinner_set_spinning (self->spinner, self->busy > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), self->busy > 0);
}

static void
on_attached_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  OfcOrderFiles *self = OFC_ORDER_FILES (source);
  g_autoptr (GError) error = NULL;
  gssize n = g_task_propagate_int (G_TASK (result), &error);

  set_busy (self, FALSE);
  if (self->order != NULL)
    reload (self);
  if (n < 0)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_chooser_response_cb (OfcOrderFiles *self, int response, GtkNativeDialog *chooser)
{
  g_autoptr (GListModel) files = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      ofc_order_files_attach (self, files);
    }
  g_object_unref (chooser);
}

static void
add_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (
      _ ("Attach Files"), parent, GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Attach"), _ ("_Cancel"));

  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_chooser_response_cb), widget,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/*
 * GObject overrides
 */

static void
ofc_order_files_dispose (GObject *object)
{
  OfcOrderFiles *self = OFC_ORDER_FILES (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->order);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_order_files_parent_class)->dispose (object);
}

static void
ofc_order_files_class_init (OfcOrderFilesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_order_files_dispose;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                   NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/orders/ofc-order-files.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFiles, flow);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFiles, spinner);
  gtk_widget_class_bind_template_child (widget_class, OfcOrderFiles, stack);

  gtk_widget_class_install_action (widget_class, "files.add", NULL, add_action);
}

static void
ofc_order_files_init (OfcOrderFiles *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
}

/*
 * Public API
 */

/**
 * ofc_order_files_set_order:
 * @order: the stored order; its files are listed now and checked in the background
 */
void
ofc_order_files_set_order (OfcOrderFiles *self, OfcContext *context, OfcOrder *order)
{
  g_return_if_fail (OFC_IS_ORDER_FILES (self));
  g_return_if_fail (OFC_IS_ORDER (order));

  g_set_object (&self->context, context);
  g_set_object (&self->order, order);
  reload (self);
}

/**
 * ofc_order_files_attach:
 * @files: the #GFile list to attach, as the file chooser gives it
 *
 * Copies @files beside the database in a worker thread and lists them when done; the
 * window stays responsive meanwhile.
 */
void
ofc_order_files_attach (OfcOrderFiles *self, GListModel *files)
{
  g_autoptr (GTask) task = NULL;
  Attach *attach;

  g_return_if_fail (OFC_IS_ORDER_FILES (self));
  g_return_if_fail (self->order != NULL);

  attach = g_new0 (Attach, 1);
  attach->database = g_object_ref (ofc_context_get_database (self->context));
  attach->order = ofc_order_copy (self->order);
  attach->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    g_ptr_array_add (attach->files, g_list_model_get_item (files, i));
  task = g_task_new (self, NULL, on_attached_cb, NULL);
  g_task_set_task_data (task, attach, (GDestroyNotify) attach_free);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, attach_in_thread);
}

/**
 * ofc_order_files_get_busy:
 *
 * Returns: whether files are being copied now
 */
gboolean
ofc_order_files_get_busy (OfcOrderFiles *self)
{
  g_return_val_if_fail (OFC_IS_ORDER_FILES (self), FALSE);
  return self->busy > 0;
}
