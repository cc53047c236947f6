/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcWindow: builds the pages listed in page_infos, routes the sidebar and Ctrl+1…9 to
 * them, shows toasts for any widget through the win.toast action, and remembers its size.
 * A barcode scanner's code typed anywhere in the window (an order number, a discount
 * card) opens what it names: OfcScanDetector tells the scan from typing.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-client-editor.h"
#include "ofc-clients-page.h"
#include "ofc-gui-error.h"
#include "ofc-order-view.h"
#include "ofc-orders-page.h"
#include "ofc-printers-page.h"
#include "ofc-scan-detector.h"
#include "ofc-settings-page.h"
#include "ofc-welcome-page.h"
#include "ofc-window.h"

typedef struct
{
  const char *name;
  const char *title; /* untranslated, N_() */
  const char *icon_name;
  GType (*get_type) (void);
} OfcPageInfo;

/* the pages in sidebar order; each type has a construct-only "context" property */
static const OfcPageInfo page_infos[] = {
  { "orders", N_("Orders"), "document-edit-symbolic", ofc_orders_page_get_type },
  { "clients", N_("Clients"), "system-users-symbolic", ofc_clients_page_get_type },
  { "printers", N_("Printing"), "printer-symbolic", ofc_printers_page_get_type },
  { "settings", N_("Settings"), "emblem-system-symbolic", ofc_settings_page_get_type },
  { NULL, NULL, NULL, NULL },
};

struct _OfcWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  GtkStack *main_stack;
  GtkListBox *navigation;
  GtkStack *pages;
  AdwToastOverlay *toast_overlay;
  AdwStatusPage *unavailable_page;

  /* Owned references */
  OfcContext *context;
  GSettings *settings;
  OfcScanDetector *scanner;

  /* Borrowed references */
  GtkWidget *welcome_page;
  guint build_source;
};

G_DEFINE_FINAL_TYPE (OfcWindow, ofc_window, ADW_TYPE_APPLICATION_WINDOW)

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

static GtkWidget *
make_navigation_row (const OfcPageInfo *info)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  GtkWidget *label = gtk_label_new (_(info->title));
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (info->icon_name));
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (badge, "ofc-badge");
  gtk_widget_set_visible (badge, FALSE);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, info->name);
  return row;
}

/* a page's "badge-count" beside its name, red while it "needs-attention" */
static void
on_badge_changed_cb (GtkWidget *page,
                     GParamSpec *pspec,
                     GtkWidget *badge)
{
  guint count = 0;
  gboolean attention = FALSE;
  g_autofree char *text = NULL;

  g_object_get (page, "badge-count", &count, "needs-attention", &attention, NULL);
  text = g_strdup_printf ("%u", count);
  gtk_label_set_text (GTK_LABEL (badge), text);
  gtk_widget_set_visible (badge, count > 0);
  if (attention)
    gtk_widget_add_css_class (badge, "ofc-badge-attention");
  else
    gtk_widget_remove_css_class (badge, "ofc-badge-attention");
}

static void
show_badge (GtkWidget *page,
            GtkWidget *row)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkWidget *badge = gtk_widget_get_last_child (box);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (page), "badge-count") == NULL)
    return;
  gtk_widget_set_name (badge, "navigation-badge");
  g_signal_connect_object (page, "notify::badge-count", G_CALLBACK (on_badge_changed_cb), badge,
                           0);
  g_signal_connect_object (page, "notify::needs-attention", G_CALLBACK (on_badge_changed_cb),
                           badge, 0);
  on_badge_changed_cb (page, NULL, badge);
}

static void
add_pages (OfcWindow *self)
{
  for (gsize i = 0; page_infos[i].name != NULL; i++)
    gtk_list_box_append (self->navigation, make_navigation_row (&page_infos[i]));
}

static GtkListBoxRow *
find_row (OfcWindow  *self,
          const char *name)
{
  for (int i = 0;; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->navigation, i);

      if (row == NULL || g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
        return row;
    }
}

static const OfcPageInfo *
find_info (const char *name)
{
  for (gsize i = 0; page_infos[i].name != NULL; i++)
    if (g_strcmp0 (page_infos[i].name, name) == 0)
      return &page_infos[i];
  return NULL;
}

/* the page named @name, built the first time it is asked for */
static GtkWidget *
ensure_page (OfcWindow  *self,
             const char *name)
{
  GtkWidget *page = name != NULL ? gtk_stack_get_child_by_name (self->pages, name) : NULL;
  const OfcPageInfo *info = find_info (name);

  if (page != NULL || info == NULL || self->context == NULL)
    return page;
  page = g_object_new (info->get_type (), "context", self->context, NULL);
  gtk_stack_add_titled (self->pages, page, info->name, _(info->title));
  show_badge (page, GTK_WIDGET (find_row (self, name)));
  return page;
}

/* Only the page shown is built before the first frame; the others follow one per idle turn
 * at low priority, so the window paints and answers input first and the sidebar badges
 * (the print queue's) still appear without a visit. */
/* below every other source, G_PRIORITY_LOW idles included: a page is built only when
 * nothing else waits, and input waits at most for one page */
#define BUILD_PRIORITY (G_PRIORITY_LOW + 100)

static gboolean
build_next_page_cb (gpointer data)
{
  OfcWindow *self = data;

  for (gsize i = 0; page_infos[i].name != NULL; i++)
    if (gtk_stack_get_child_by_name (self->pages, page_infos[i].name) == NULL)
      {
        ensure_page (self, page_infos[i].name);
        return G_SOURCE_CONTINUE;
      }
  self->build_source = 0;
  return G_SOURCE_REMOVE;
}

static void
restore_state (OfcWindow *self)
{
  g_autofree char *last_page = g_settings_get_string (self->settings, "last-page");

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  if (!ofc_window_show_page (self, last_page) && page_infos[0].name != NULL)
    ofc_window_show_page (self, page_infos[0].name);
}

static void
on_welcome_done_cb (OfcWindow      *self,
                    OfcWelcomePage *page)
{
  gtk_stack_set_visible_child_name (self->main_stack, "shop");
  gtk_stack_remove (self->main_stack, GTK_WIDGET (page));
  self->welcome_page = NULL;
}

static void
add_welcome_page (OfcWindow *self)
{
  self->welcome_page = ofc_welcome_page_new (self->context);
  g_signal_connect_swapped (self->welcome_page, "done", G_CALLBACK (on_welcome_done_cb), self);
  gtk_stack_add_named (self->main_stack, self->welcome_page, "welcome");
  gtk_stack_set_visible_child_name (self->main_stack, "welcome");
}

/* a discount card opens its client in the client editor */
static gboolean
open_card (OfcWindow  *self,
           const char *code)
{
  GtkWidget *page = ofc_window_get_page (self, "clients");
  OfcClientStore *store = page != NULL ? ofc_clients_page_get_store (OFC_CLIENTS_PAGE (page)) : NULL;
  g_autoptr(OfcClient) client = NULL;

  if (store == NULL)
    return FALSE;
  client = ofc_client_store_find_by_card_code (store, code, NULL);
  if (client == NULL)
    return FALSE;
  gtk_window_present (GTK_WINDOW (ofc_client_editor_new (GTK_WINDOW (self), store, client)));
  return TRUE;
}

/*
 * Callbacks and actions
 */

static gboolean
on_scanned_cb (OfcWindow  *self,
               const char *code)
{
  return ofc_window_open_code (self, code);
}

/* the keyboard follows a switch made from the keyboard: a focus left on the page that was
 * hidden would take the keys nowhere */
static void
focus_visible_page (OfcWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->pages);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (page == NULL || focus == NULL || gtk_widget_is_ancestor (focus, page) ||
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->navigation)))
    return;
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

static void
on_navigation_row_selected_cb (OfcWindow     *self,
                               GtkListBoxRow *row)
{
  if (row == NULL || ensure_page (self, gtk_widget_get_name (GTK_WIDGET (row))) == NULL)
    return;
  gtk_stack_set_visible_child_name (self->pages, gtk_widget_get_name (GTK_WIDGET (row)));
  focus_visible_page (self);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ofc_window_show_page (OFC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* built on first use: GTK would otherwise build the whole shortcuts window at every start */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource (RESOURCE_BASE "/ofc-shortcuts-window.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_set_destroy_with_parent (overlay, TRUE);
  gtk_window_present (overlay);
}

static void
toast_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ofc_window_show_toast (OFC_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/*
 * GObject overrides
 */

static gboolean
ofc_window_close_request (GtkWindow *window)
{
  OfcWindow *self = OFC_WINDOW (window);
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_set_string (self->settings, "last-page", ofc_window_get_visible_page (self));
  return GTK_WINDOW_CLASS (ofc_window_parent_class)->close_request (window);
}

static void
ofc_window_constructed (GObject *object)
{
  OfcWindow *self = OFC_WINDOW (object);

  G_OBJECT_CLASS (ofc_window_parent_class)->constructed (object);

  if (self->context != NULL)
    add_pages (self);
  restore_state (self);
  if (self->context != NULL)
    self->build_source = g_idle_add_full (BUILD_PRIORITY, build_next_page_cb, self, NULL);
  if (self->context != NULL && ofc_welcome_page_is_needed (self->context))
    add_welcome_page (self);

}

static void
ofc_window_dispose (GObject *object)
{
  OfcWindow *self = OFC_WINDOW (object);

  g_clear_handle_id (&self->build_source, g_source_remove);
  g_clear_object (&self->scanner);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ofc_window_parent_class)->dispose (object);
}

static void
ofc_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  OfcWindow *self = OFC_WINDOW (object);

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
ofc_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  OfcWindow *self = OFC_WINDOW (object);

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
ofc_window_class_init (OfcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = ofc_window_constructed;
  object_class->dispose = ofc_window_dispose;
  object_class->get_property = ofc_window_get_property;
  object_class->set_property = ofc_window_set_property;
  window_class->close_request = ofc_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ofc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OfcWindow, navigation);
  gtk_widget_class_bind_template_child (widget_class, OfcWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, OfcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, OfcWindow, unavailable_page);
  gtk_widget_class_bind_template_callback (widget_class, on_navigation_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.toast", "s", toast_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_slash, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  for (guint i = 0; i < 9 && page_infos[i].name != NULL; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-page", "s", page_infos[i].name);
}

static void
ofc_window_init (OfcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (BASE_ID);
  self->scanner = ofc_scan_detector_new (GTK_WIDGET (self));
  g_signal_connect_object (self->scanner, "scanned", G_CALLBACK (on_scanned_cb), self,
                           G_CONNECT_SWAPPED);
  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
}

/*
 * Public API
 */

/**
 * ofc_window_new:
 * @context: (nullable): the open shop, or %NULL when the database could not be opened
 */
OfcWindow *
ofc_window_new (GtkApplication *application,
                OfcContext     *context)
{
  return g_object_new (OFC_TYPE_WINDOW, "application", application, "context", context, NULL);
}

/**
 * ofc_window_get_context:
 *
 * Returns: (transfer none) (nullable): the context
 */
OfcContext *
ofc_window_get_context (OfcWindow *self)
{
  g_return_val_if_fail (OFC_IS_WINDOW (self), NULL);
  return self->context;
}

/**
 * ofc_window_show_unavailable:
 * @error: why the database could not be opened
 *
 * Replaces the shop with an explanation and a way out: choose another database or quit.
 */
void
ofc_window_show_unavailable (OfcWindow    *self,
                             const GError *error)
{
  g_return_if_fail (OFC_IS_WINDOW (self));

  adw_status_page_set_description (self->unavailable_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "unavailable");
}

/**
 * ofc_window_load_demo:
 *
 * Loads the demo shop into an empty database, as the welcome page's button does. A shop
 * that already has clients is left alone and the person is told why.
 */
void
ofc_window_load_demo (OfcWindow *self)
{
  g_return_if_fail (OFC_IS_WINDOW (self));

  if (self->welcome_page != NULL)
    ofc_welcome_page_load_demo (OFC_WELCOME_PAGE (self->welcome_page));
  else if (self->context != NULL)
    ofc_gui_show_message (GTK_WIDGET (self),
                          _("This shop already has data; demo data only goes into an empty shop"));
}

void
ofc_window_show_toast (OfcWindow  *self,
                       const char *message)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (OFC_IS_WINDOW (self));

  /* a toast's title is Pango markup; messages quote names, which may hold "&" or "<" */
  title = g_markup_escape_text (message, -1);
  toast = adw_toast_new (title);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * ofc_window_show_page:
 * @name: (nullable): a page name from the sidebar
 *
 * Returns: %TRUE if the page exists and is now shown
 */
gboolean
ofc_window_show_page (OfcWindow  *self,
                      const char *name)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (OFC_IS_WINDOW (self), FALSE);

  if (ensure_page (self, name) == NULL)
    return FALSE;
  row = find_row (self, name);
  if (row != NULL)
    gtk_list_box_select_row (self->navigation, row);
  gtk_stack_set_visible_child_name (self->pages, name);
  focus_visible_page (self);
  return TRUE;
}

/**
 * ofc_window_get_page:
 *
 * Returns: (transfer none) (nullable): the page widget named @name, built now if it was not
 *   yet
 */
GtkWidget *
ofc_window_get_page (OfcWindow  *self,
                     const char *name)
{
  g_return_val_if_fail (OFC_IS_WINDOW (self), NULL);
  return ensure_page (self, name);
}

const char *
ofc_window_get_visible_page (OfcWindow *self)
{
  const char *name;

  g_return_val_if_fail (OFC_IS_WINDOW (self), NULL);
  name = gtk_stack_get_visible_child_name (self->pages);
  return name != NULL ? name : "";
}

/**
 * ofc_window_open_code:
 * @code: what a barcode scanner read: an order number or id, or a discount-card code
 *
 * Opens the order in its window, or the card's client in the client editor.
 *
 * Returns: %TRUE when @code named something that is now shown
 */
gboolean
ofc_window_open_code (OfcWindow  *self,
                      const char *code)
{
  g_autoptr(OfcOrder) order = NULL;

  g_return_val_if_fail (OFC_IS_WINDOW (self), FALSE);

  if (self->context == NULL || code == NULL || *code == '\0')
    return FALSE;
  order = ofc_order_find (self->context, code, NULL);
  if (order != NULL)
    return ofc_order_view_present (GTK_WINDOW (self), self->context,
                                   ofc_order_get_id (order)) != NULL;
  return open_card (self, code);
}
