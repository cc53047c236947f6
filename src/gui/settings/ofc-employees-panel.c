/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcEmployeesPanel: for employees the archive is "inactive": the store keeps them on the
 * orders they worked on and stops offering them as receivers and executors.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-employee-editor.h"
#include "ofc-employees-panel.h"

struct _OfcEmployeesPanel
{
  OfcReferencePanel parent_instance;
};

G_DEFINE_FINAL_TYPE (OfcEmployeesPanel, ofc_employees_panel, OFC_TYPE_REFERENCE_PANEL)

static GListModel *
ofc_employees_panel_list (OfcReferencePanel *panel, gboolean with_archived, GError **error)
{
  return ofc_employee_list (ofc_reference_panel_get_context (panel), 0, with_archived, error);
}

static void
ofc_employees_panel_describe (OfcReferencePanel *panel, GObject *item, OfcReferenceRow *row)
{
  OfcEmployee *employee = OFC_EMPLOYEE (item);
  g_autofree char *label = ofc_employee_roles_to_label (ofc_employee_get_roles (employee));
  const char *roles = *label != '\0' ? label : _ ("No roles");
  const char *phone = ofc_employee_get_phone (employee);
  g_autofree char *subtitle =
      *phone != '\0' ? g_strdup_printf ("%s · %s", roles, phone) : g_strdup (roles);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

static OfcReferenceEditor *
ofc_employees_panel_create_editor (OfcReferencePanel *panel, GObject *item)
{
  return ofc_employee_editor_new (ofc_reference_panel_get_context (panel),
                                  item != NULL ? OFC_EMPLOYEE (item) : NULL);
}

static gboolean
ofc_employees_panel_set_archived (OfcReferencePanel *panel,
                                  GObject *item,
                                  gboolean archived,
                                  GError **error)
{
  return ofc_employee_set_active (ofc_reference_panel_get_context (panel), OFC_EMPLOYEE (item),
                                  !archived, error);
}

static void
ofc_employees_panel_constructed (GObject *object)
{
  G_OBJECT_CLASS (ofc_employees_panel_parent_class)->constructed (object);

  ofc_reference_panel_watch (OFC_REFERENCE_PANEL (object), "employee");
}

static void
ofc_employees_panel_class_init (OfcEmployeesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferencePanelClass *panel_class = OFC_REFERENCE_PANEL_CLASS (klass);

  object_class->constructed = ofc_employees_panel_constructed;
  panel_class->list = ofc_employees_panel_list;
  panel_class->describe = ofc_employees_panel_describe;
  panel_class->create_editor = ofc_employees_panel_create_editor;
  panel_class->set_archived = ofc_employees_panel_set_archived;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-employees-panel.ui");
}

static void
ofc_employees_panel_init (OfcEmployeesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
