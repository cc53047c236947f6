/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcServicesPanel: each row shows the price at its end, where the eye looks for it, and
 * the category and warranty under the name.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-service-editor.h"
#include "ofc-services-panel.h"

struct _OfcServicesPanel
{
  OfcReferencePanel parent_instance;
};

G_DEFINE_FINAL_TYPE (OfcServicesPanel, ofc_services_panel, OFC_TYPE_REFERENCE_PANEL)

static GListModel *
ofc_services_panel_list (OfcReferencePanel *panel, gboolean with_archived, GError **error)
{
  return ofc_service_list (ofc_reference_panel_get_context (panel), with_archived, error);
}

static char *
dup_subtitle (OfcService *service)
{
  int days = ofc_service_get_warranty_days (service);
  const char *category = ofc_service_get_category (service);
  g_autofree char *warranty =
      days > 0 ? g_strdup_printf (ngettext ("warranty %d day", "warranty %d days", days), days)
               : g_strdup (_ ("no warranty"));

  if (*category == '\0')
    return g_steal_pointer (&warranty);
  /* TRANSLATORS: a service's category and its warranty, e.g. "Phones · warranty 90 days" */
  return g_strdup_printf (_ ("%s · %s"), category, warranty);
}

static void
ofc_services_panel_describe (OfcReferencePanel *panel, GObject *item, OfcReferenceRow *row)
{
  OfcService *service = OFC_SERVICE (item);
  const char *currency = ofc_context_get_currency (ofc_reference_panel_get_context (panel));
  g_autofree char *subtitle = dup_subtitle (service);
  g_autofree char *price = ofc_money_format (
      ofc_money_init (ofc_service_get_price (service), currency), NULL, OFC_MONEY_FORMAT_SYMBOL);
  GtkWidget *label = gtk_label_new (price);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "ofc-number");
  ofc_reference_row_add_suffix (row, label);
}

static OfcReferenceEditor *
ofc_services_panel_create_editor (OfcReferencePanel *panel, GObject *item)
{
  return ofc_service_editor_new (ofc_reference_panel_get_context (panel),
                                 item != NULL ? OFC_SERVICE (item) : NULL);
}

static gboolean
ofc_services_panel_set_archived (OfcReferencePanel *panel,
                                 GObject *item,
                                 gboolean archived,
                                 GError **error)
{
  OfcContext *context = ofc_reference_panel_get_context (panel);

  if (archived)
    return ofc_service_archive (context, OFC_SERVICE (item), error);
  return ofc_service_restore (context, OFC_SERVICE (item), error);
}

static gboolean
ofc_services_panel_matches (OfcReferencePanel *panel, GObject *item, const char *folded)
{
  OfcService *service = OFC_SERVICE (item);
  g_autofree char *name = ofc_text_fold (ofc_service_get_name (service));
  g_autofree char *category = ofc_text_fold (ofc_service_get_category (service));

  return strstr (name, folded) != NULL || strstr (category, folded) != NULL;
}

static void
ofc_services_panel_constructed (GObject *object)
{
  G_OBJECT_CLASS (ofc_services_panel_parent_class)->constructed (object);

  ofc_reference_panel_watch (OFC_REFERENCE_PANEL (object), "service");
}

static void
ofc_services_panel_class_init (OfcServicesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferencePanelClass *panel_class = OFC_REFERENCE_PANEL_CLASS (klass);

  object_class->constructed = ofc_services_panel_constructed;
  panel_class->list = ofc_services_panel_list;
  panel_class->describe = ofc_services_panel_describe;
  panel_class->create_editor = ofc_services_panel_create_editor;
  panel_class->set_archived = ofc_services_panel_set_archived;
  panel_class->matches = ofc_services_panel_matches;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-services-panel.ui");
}

static void
ofc_services_panel_init (OfcServicesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
