/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcEmployeeEditor: amounts are typed in the shop currency and shares in percent (the
 * store keeps basis points). Whether the person still works here is saved after the rest,
 * in its own journaled step, as the store does it.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-employee-editor.h"
#include "ofc-money-row.h"

struct _OfcEmployeeEditor
{
  OfcReferenceEditor parent_instance;

  /* Template widgets */
  GtkSwitch *active_switch;
  GtkCheckButton *admin_check;
  OfcMoneyRow *daily_rate_row;
  GtkCheckButton *manager_check;
  AdwEntryRow *name_row;
  OfcMoneyRow *per_order_row;
  AdwEntryRow *phone_row;
  GtkCheckButton *receiver_check;
  GtkSpinButton *sales_spin;
  GtkCheckButton *technician_check;
  GtkSpinButton *works_spin;
};

G_DEFINE_FINAL_TYPE (OfcEmployeeEditor, ofc_employee_editor, OFC_TYPE_REFERENCE_EDITOR)

static const OfcEditorField fields[] = {
  OFC_EDITOR_FIELD ("name", OfcEmployeeEditor, name_row),
  OFC_EDITOR_FIELD ("phone", OfcEmployeeEditor, phone_row),
  OFC_EDITOR_FIELD ("roles", OfcEmployeeEditor, admin_check),
  OFC_EDITOR_FIELD ("archived", OfcEmployeeEditor, active_switch),
  OFC_EDITOR_FIELD ("daily-rate", OfcEmployeeEditor, daily_rate_row),
  OFC_EDITOR_FIELD ("works-percent", OfcEmployeeEditor, works_spin),
  OFC_EDITOR_FIELD ("sales-percent", OfcEmployeeEditor, sales_spin),
  OFC_EDITOR_FIELD ("per-order", OfcEmployeeEditor, per_order_row),
};

/*
 * Auxiliary methods
 */

static GtkCheckButton *
role_check (OfcEmployeeEditor *self, OfcEmployeeRoles role)
{
  switch (role)
    {
      case OFC_ROLE_ADMIN:
        return self->admin_check;
      case OFC_ROLE_MANAGER:
        return self->manager_check;
      case OFC_ROLE_RECEIVER:
        return self->receiver_check;
      case OFC_ROLE_TECHNICIAN:
      default:
        return self->technician_check;
    }
}

static void
load_roles (OfcEmployeeEditor *self, OfcEmployeeRoles roles)
{
  for (guint role = OFC_ROLE_ADMIN; role <= OFC_ROLE_TECHNICIAN; role <<= 1)
    gtk_check_button_set_active (role_check (self, role), (roles & role) != 0);
}

static OfcEmployeeRoles
collect_roles (OfcEmployeeEditor *self)
{
  OfcEmployeeRoles roles = 0;

  for (guint role = OFC_ROLE_ADMIN; role <= OFC_ROLE_TECHNICIAN; role <<= 1)
    if (gtk_check_button_get_active (role_check (self, role)))
      roles |= role;
  return roles;
}

/* "12,5" and "12.5" both mean twelve and a half, whatever the locale: a spin button
 * alone reads only its locale's separator */
static int
on_percent_input_cb (GtkSpinButton *spin, double *value)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin)));
  char *end = NULL;

  g_strstrip (g_strdelimit (text, ",", '.'));
  if (text[0] != '\0' && text[strlen (text) - 1] == '%')
    text[strlen (text) - 1] = '\0';
  *value = g_ascii_strtod (text, &end);
  return end != text && *g_strstrip (end) == '\0' ? TRUE : GTK_INPUT_ERROR;
}

/* basis points in the employee, percent in the spin buttons */
static void
set_percent (GtkSpinButton *spin, int basis_points)
{
  gtk_spin_button_set_value (spin, basis_points / 100.0);
}

static int
get_percent (GtkSpinButton *spin)
{
  gtk_spin_button_update (spin);
  /* the spin button holds 0–100 with two decimals: rounding to the nearest is exact */
  return (int) (gtk_spin_button_get_value (spin) * 100.0 + 0.5);
}

static void
load_payroll (OfcEmployeeEditor *self, OfcEmployee *employee)
{
  const char *currency =
      ofc_context_get_currency (ofc_reference_editor_get_context (OFC_REFERENCE_EDITOR (self)));

  ofc_money_row_set_currency (self->daily_rate_row, currency);
  ofc_money_row_set_currency (self->per_order_row, currency);
  ofc_money_row_set_value (self->daily_rate_row, ofc_employee_get_daily_rate (employee));
  ofc_money_row_set_value (self->per_order_row, ofc_employee_get_per_order (employee));
  set_percent (self->works_spin, ofc_employee_get_works_percent (employee));
  set_percent (self->sales_spin, ofc_employee_get_sales_percent (employee));
}

/* the amounts are read first: a refused one changes nothing in the employee */
static gboolean
collect_payroll (OfcEmployeeEditor *self, OfcEmployee *employee, GError **error)
{
  gint64 daily_rate;
  gint64 per_order;

  if (!ofc_money_row_get_value (self->daily_rate_row, "daily-rate", &daily_rate, error) ||
      !ofc_money_row_get_value (self->per_order_row, "per-order", &per_order, error))
    return FALSE;
  ofc_employee_set_daily_rate (employee, daily_rate);
  ofc_employee_set_per_order (employee, per_order);
  ofc_employee_set_works_percent (employee, get_percent (self->works_spin));
  ofc_employee_set_sales_percent (employee, get_percent (self->sales_spin));
  return TRUE;
}

/*
 * OfcReferenceEditor overrides
 */

static GObject *
ofc_employee_editor_create (OfcReferenceEditor *editor)
{
  return G_OBJECT (ofc_employee_new ("", 0));
}

static GObject *
ofc_employee_editor_reload (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  return G_OBJECT (ofc_employee_load (ofc_reference_editor_get_context (editor),
                                      ofc_employee_get_id (OFC_EMPLOYEE (item)), error));
}

static void
ofc_employee_editor_load (OfcReferenceEditor *editor, GObject *item)
{
  OfcEmployeeEditor *self = OFC_EMPLOYEE_EDITOR (editor);
  OfcEmployee *employee = OFC_EMPLOYEE (item);

  ofc_reference_editor_set_heading (editor, _ ("New Employee"), _ ("Employee"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), ofc_employee_get_name (employee));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), ofc_employee_get_phone (employee));
  load_roles (self, ofc_employee_get_roles (employee));
  gtk_switch_set_active (self->active_switch, ofc_employee_get_active (employee));
  load_payroll (self, employee);
}

static gboolean
ofc_employee_editor_save (OfcReferenceEditor *editor, GObject *item, GError **error)
{
  OfcEmployeeEditor *self = OFC_EMPLOYEE_EDITOR (editor);
  OfcContext *context = ofc_reference_editor_get_context (editor);
  OfcEmployee *employee = OFC_EMPLOYEE (item);
  gboolean active = gtk_switch_get_active (self->active_switch);

  if (!collect_payroll (self, employee, error))
    return FALSE;
  ofc_employee_set_name (employee, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  ofc_employee_set_phone (employee, gtk_editable_get_text (GTK_EDITABLE (self->phone_row)));
  ofc_employee_set_roles (employee, collect_roles (self));
  if (!ofc_employee_save (context, employee, error))
    return FALSE;
  if (active != ofc_employee_get_active (employee))
    return ofc_employee_set_active (context, employee, active, error);
  return TRUE;
}

static GtkWidget *
ofc_employee_editor_get_field_widget (OfcReferenceEditor *editor, const char *field)
{
  return ofc_reference_editor_lookup_field (editor, fields, G_N_ELEMENTS (fields), field);
}

/*
 * GObject overrides
 */

static void
ofc_employee_editor_class_init (OfcEmployeeEditorClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OfcReferenceEditorClass *editor_class = OFC_REFERENCE_EDITOR_CLASS (klass);

  editor_class->create = ofc_employee_editor_create;
  editor_class->reload = ofc_employee_editor_reload;
  editor_class->load = ofc_employee_editor_load;
  editor_class->save = ofc_employee_editor_save;
  editor_class->get_field_widget = ofc_employee_editor_get_field_widget;

  g_type_ensure (OFC_TYPE_MONEY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-employee-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, active_switch);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, admin_check);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, daily_rate_row);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, manager_check);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, name_row);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, per_order_row);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, receiver_check);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, sales_spin);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, technician_check);
  gtk_widget_class_bind_template_child (widget_class, OfcEmployeeEditor, works_spin);
  gtk_widget_class_bind_template_callback (widget_class, on_percent_input_cb);
}

static void
ofc_employee_editor_init (OfcEmployeeEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ofc_employee_editor_new:
 * @employee: (nullable): the employee to edit, %NULL for a new one
 *
 * Returns: (transfer none): the editor, not yet shown
 */
OfcReferenceEditor *
ofc_employee_editor_new (OfcContext *context, OfcEmployee *employee)
{
  return g_object_new (OFC_TYPE_EMPLOYEE_EDITOR, "context", context, "item", employee, NULL);
}
