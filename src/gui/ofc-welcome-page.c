/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcWelcomePage: shown once, on a new and empty database. "Load a Demo Shop" generates
 * clients and their repair orders in a worker thread on its own connection while a
 * progress bar moves; either
 * choice is remembered in the database, so the page never returns for this shop.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-welcome-page.h"

/* enough to scroll, search and sort for real, quick to make (a few seconds) */
#define DEMO_CLIENTS 3000
#define DEMO_ORDERS  5000
#define DEMO_SEED    2026

struct _OfcWelcomePage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkButton *demo_button;
  GtkButton *empty_button;
  GtkProgressBar *progress_bar;
  AdwStatusPage *status_page;

  /* Owned references */
  OfcContext *context;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (OfcWelcomePage, ofc_welcome_page, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum
{
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

#define WELCOME_DONE_KEY "welcome-done"

/*
 * Auxiliary methods
 */

static void
finish (OfcWelcomePage *self)
{
  g_autoptr(GError) error = NULL;

  if (!ofc_database_set_meta (ofc_context_get_database (self->context), WELCOME_DONE_KEY, "1",
                              &error))
    g_warning ("cannot remember the first start: %s", error->message);
  g_signal_emit (self, signals[DONE], 0);
}

static void
set_busy (OfcWelcomePage *self,
          gboolean        busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.load-demo", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome.start-empty", !busy);
}

static void
on_progress_cb (guint    done,
                guint    total,
                gpointer user_data)
{
  OfcWelcomePage *self = user_data;
  g_autofree char *text = done < DEMO_CLIENTS
                            ? g_strdup_printf (_("Clients: %u of %u"), done, DEMO_CLIENTS)
                            : g_strdup_printf (_("Orders: %u of %u"), done - DEMO_CLIENTS,
                                               DEMO_ORDERS);

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

static void
on_demo_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OfcWelcomePage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!ofc_demo_generate_shop_finish (OFC_CONTEXT (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          set_busy (self, FALSE);
          ofc_gui_show_error (GTK_WIDGET (self), error);
        }
      return;
    }
  finish (self);
}

/*
 * Actions
 */

static void
load_demo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ofc_welcome_page_load_demo (OFC_WELCOME_PAGE (widget));
}

static void
start_empty_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  finish (OFC_WELCOME_PAGE (widget));
}

/*
 * GObject overrides
 */

static void
ofc_welcome_page_dispose (GObject *object)
{
  OfcWelcomePage *self = OFC_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (ofc_welcome_page_parent_class)->dispose (object);
}

static void
ofc_welcome_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OfcWelcomePage *self = OFC_WELCOME_PAGE (object);

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
ofc_welcome_page_class_init (OfcWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_welcome_page_dispose;
  object_class->set_property = ofc_welcome_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OfcWelcomePage::done:
   *
   * The shop is ready: demo data loaded, or the person chose to start empty.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ofc-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcWelcomePage, demo_button);
  gtk_widget_class_bind_template_child (widget_class, OfcWelcomePage, empty_button);
  gtk_widget_class_bind_template_child (widget_class, OfcWelcomePage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, OfcWelcomePage, status_page);

  gtk_widget_class_install_action (widget_class, "welcome.load-demo", NULL, load_demo_action);
  gtk_widget_class_install_action (widget_class, "welcome.start-empty", NULL, start_empty_action);
}

static void
ofc_welcome_page_init (OfcWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_status_page_set_icon_name (self->status_page, APP_ID);
  self->cancellable = g_cancellable_new ();
}

/*
 * Public API
 */

GtkWidget *
ofc_welcome_page_new (OfcContext *context)
{
  return g_object_new (OFC_TYPE_WELCOME_PAGE, "context", context, NULL);
}

/**
 * ofc_welcome_page_is_needed:
 *
 * Returns: whether @context is a shop opened for the first time: no clients yet and no
 * choice made on this page before
 */
gboolean
ofc_welcome_page_is_needed (OfcContext *context)
{
  g_autofree char *done = ofc_database_dup_meta (ofc_context_get_database (context),
                                                 WELCOME_DONE_KEY);
  g_autoptr(OfcClientStore) store = NULL;
  g_autoptr(GPtrArray) clients = NULL;

  if (done != NULL)
    return FALSE;
  store = ofc_client_store_new (context, NULL);
  clients = store != NULL ? ofc_client_store_search (store, NULL,
                                                     OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED, 0, 1,
                                                     NULL)
                          : NULL;
  return clients != NULL && clients->len == 0;
}

/**
 * ofc_welcome_page_load_demo:
 *
 * Starts generating the demo shop; #OfcWelcomePage::done follows when it is ready.
 */
void
ofc_welcome_page_load_demo (OfcWelcomePage *self)
{
  g_return_if_fail (OFC_IS_WELCOME_PAGE (self));

  set_busy (self, TRUE);
  on_progress_cb (0, DEMO_CLIENTS + DEMO_ORDERS, self);
  ofc_demo_generate_shop_async (self->context, DEMO_CLIENTS, DEMO_ORDERS, DEMO_SEED,
                                on_progress_cb, g_object_ref (self), g_object_unref,
                                self->cancellable, on_demo_done_cb, g_object_ref (self));
}
