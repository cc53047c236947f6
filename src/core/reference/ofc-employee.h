/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcEmployee: someone who works at the shop — a manager responsible for orders, a
 * receiver at the counter, a technician executing works — with the payroll rules a later
 * payroll report applies. An employee who leaves is archived ("inactive"): their orders
 * and works keep naming them.
 *
 * Properties: "id", "name", "phone", "roles" (#OfcEmployeeRoles bits), "daily-rate" (money,
 * minor units), "works-percent" and "sales-percent" (basis points: 1 % = 100),
 * "per-order" (money per managed order), and read-only "archived", "version",
 * "created-at", "updated-at".
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "ofc-context.h"

G_BEGIN_DECLS

/**
 * OfcEmployeeRoles:
 * @OFC_ROLE_ADMIN: owner or administrator
 * @OFC_ROLE_MANAGER: responsible manager of orders
 * @OFC_ROLE_RECEIVER: takes devices in at the counter, cashier
 * @OFC_ROLE_TECHNICIAN: executes works
 */
typedef enum
{
  OFC_ROLE_ADMIN = 1 << 0,
  OFC_ROLE_MANAGER = 1 << 1,
  OFC_ROLE_RECEIVER = 1 << 2,
  OFC_ROLE_TECHNICIAN = 1 << 3,
} OfcEmployeeRoles;

#define OFC_ROLE_ALL (OFC_ROLE_ADMIN | OFC_ROLE_MANAGER | OFC_ROLE_RECEIVER | OFC_ROLE_TECHNICIAN)

#define OFC_TYPE_EMPLOYEE (ofc_employee_get_type ())
G_DECLARE_FINAL_TYPE (OfcEmployee, ofc_employee, OFC, EMPLOYEE, GObject)

/* clang-format off */
OfcEmployee      *ofc_employee_new               (const char        *name,
                                                  OfcEmployeeRoles   roles);
const OfcUuid    *ofc_employee_get_id            (OfcEmployee       *self);
const char       *ofc_employee_get_name          (OfcEmployee       *self);
void              ofc_employee_set_name          (OfcEmployee       *self,
                                                  const char        *name);
const char       *ofc_employee_get_phone         (OfcEmployee       *self);
void              ofc_employee_set_phone         (OfcEmployee       *self,
                                                  const char        *phone);
OfcEmployeeRoles  ofc_employee_get_roles         (OfcEmployee       *self);
void              ofc_employee_set_roles         (OfcEmployee       *self,
                                                  OfcEmployeeRoles   roles);
gboolean          ofc_employee_has_role          (OfcEmployee       *self,
                                                  OfcEmployeeRoles   role);
gint64            ofc_employee_get_daily_rate    (OfcEmployee       *self);
void              ofc_employee_set_daily_rate    (OfcEmployee       *self,
                                                  gint64             minor);
int               ofc_employee_get_works_percent (OfcEmployee       *self);
void              ofc_employee_set_works_percent (OfcEmployee       *self,
                                                  int                basis_points);
int               ofc_employee_get_sales_percent (OfcEmployee       *self);
void              ofc_employee_set_sales_percent (OfcEmployee       *self,
                                                  int                basis_points);
gint64            ofc_employee_get_per_order     (OfcEmployee       *self);
void              ofc_employee_set_per_order     (OfcEmployee       *self,
                                                  gint64             minor);
gboolean          ofc_employee_get_active        (OfcEmployee       *self);
gint64            ofc_employee_get_version       (OfcEmployee       *self);

/* roles as text: "admin,technician" (codes) and translated for display */
gboolean          ofc_employee_roles_parse       (const char        *text,
                                                  OfcEmployeeRoles  *out,
                                                  GError           **error) G_GNUC_WARN_UNUSED_RESULT;
char             *ofc_employee_roles_to_codes    (OfcEmployeeRoles   roles);
char             *ofc_employee_roles_to_label    (OfcEmployeeRoles   roles);

/* the store */
GListModel       *ofc_employee_list              (OfcContext        *context,
                                                  OfcEmployeeRoles   any_of_roles,
                                                  gboolean           with_inactive,
                                                  GError           **error) G_GNUC_WARN_UNUSED_RESULT;
OfcEmployee      *ofc_employee_load              (OfcContext        *context,
                                                  const OfcUuid     *id,
                                                  GError           **error) G_GNUC_WARN_UNUSED_RESULT;
OfcEmployee      *ofc_employee_find              (OfcContext        *context,
                                                  const char        *name_or_id,
                                                  GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          ofc_employee_save              (OfcContext        *context,
                                                  OfcEmployee       *employee,
                                                  GError           **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean          ofc_employee_set_active        (OfcContext        *context,
                                                  OfcEmployee       *employee,
                                                  gboolean           active,
                                                  GError           **error) G_GNUC_WARN_UNUSED_RESULT;
/* clang-format on */

G_END_DECLS
