/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcEmployee and its store: staff, roles and payroll rules. Accessors are generated from
 * the field table by the OFC_RECORD_* macros.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "base/ofc-error.h"
#include "reference/ofc-employee.h"
#include "reference/ofc-reference-private.h"

struct _OfcEmployee
{
  GObject parent_instance;

  OfcUuid id;
  char *name;
  char *name_key;
  char *phone;
  int roles;
  gint64 daily_rate;
  int works_percent;
  int sales_percent;
  gint64 per_order;
  gboolean archived;
  gint64 version;
  gint64 created_at;
  gint64 updated_at;
};

#define F(name, label, type, flags, member, max)                         \
  {                                                                      \
    name, label, type, flags, G_STRUCT_OFFSET (OfcEmployee, member), max \
  }

static const OfcFieldSpec fields[] = {
  F ("id", NULL, OFC_FIELD_UUID, OFC_FIELD_KEPT, id, 0),
  F ("name", N_ ("Name"), OFC_FIELD_STRING, OFC_FIELD_REQUIRED, name, OFC_TEXT_MAX_NAME),
  F ("name-key", NULL, OFC_FIELD_STRING, OFC_FIELD_KEPT, name_key, 0),
  F ("phone", N_ ("Phone"), OFC_FIELD_STRING, 0, phone, OFC_TEXT_MAX_SHORT),
  F ("roles", N_ ("Roles"), OFC_FIELD_INT, OFC_FIELD_NO_JOURNAL, roles, 0),
  F ("daily-rate", N_ ("Daily rate"), OFC_FIELD_MONEY, 0, daily_rate, 0),
  F ("works-percent", N_ ("Share of works, basis points"), OFC_FIELD_INT, 0, works_percent, 0),
  F ("sales-percent", N_ ("Share of sales, basis points"), OFC_FIELD_INT, 0, sales_percent, 0),
  F ("per-order", N_ ("Amount per order"), OFC_FIELD_MONEY, 0, per_order, 0),
  F ("archived", N_ ("Inactive"), OFC_FIELD_BOOL, OFC_FIELD_KEPT, archived, 0),
  F ("version", NULL, OFC_FIELD_INT64, OFC_FIELD_KEPT, version, 0),
  F ("created-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, created_at, 0),
  F ("updated-at", NULL, OFC_FIELD_TIME, OFC_FIELD_KEPT, updated_at, 0),
};

static OfcRecordClass record = { "employee", fields, G_N_ELEMENTS (fields), NULL };

OFC_DEFINE_RECORD_TYPE (OfcEmployee, ofc_employee, record)

static const struct
{
  OfcEmployeeRoles role;
  const char *code;
  const char *label;
} roles[] = {
  { OFC_ROLE_ADMIN, "admin", N_ ("Administrator") },
  { OFC_ROLE_MANAGER, "manager", N_ ("Manager") },
  { OFC_ROLE_RECEIVER, "receiver", N_ ("Receiver") },
  { OFC_ROLE_TECHNICIAN, "technician", N_ ("Technician") },
};

#define COLUMNS                                                                            \
  "id, name, name_key, phone, roles, daily_rate, works_percent, sales_percent, per_order," \
  " archived, version, created_at, updated_at"

#define LIST_SQL \
  "SELECT " COLUMNS " FROM employee WHERE archived = 0 OR ?1 ORDER BY archived, name_key"

static const char *
describe (GObject *object)
{
  return OFC_EMPLOYEE (object)->name;
}

static const char *
get_match_key (GObject *object, guint which)
{
  return which == 0 ? OFC_EMPLOYEE (object)->phone : OFC_EMPLOYEE (object)->name;
}

static gboolean
check_rules (OfcEmployee *self, GError **error)
{
  if ((self->roles & ~OFC_ROLE_ALL) != 0)
    ofc_set_invalid (error, "roles", _ ("Unknown employee role"));
  else if (self->daily_rate < 0 || self->per_order < 0)
    ofc_set_invalid (error, self->daily_rate < 0 ? "daily-rate" : "per-order",
                     _ ("Payroll amounts cannot be negative"));
  else if (self->works_percent < 0 || self->works_percent > 10000)
    ofc_set_invalid (error, "works-percent", _ ("The share of works must be 0–100 %%"));
  else if (self->sales_percent < 0 || self->sales_percent > 10000)
    ofc_set_invalid (error, "sales-percent", _ ("The share of sales must be 0–100 %%"));
  else
    return TRUE;
  return FALSE;
}

static gboolean
prepare (OfcDatabase *database, GObject *object, GError **error)
{
  OfcEmployee *self = OFC_EMPLOYEE (object);

  if (!check_rules (self, error))
    return FALSE;
  g_free (self->name_key);
  self->name_key = ofc_text_fold (self->name);
  return TRUE;
}

/* roles are journaled as names, readable without knowing the bits */
static void
add_refs (OfcDatabase *database, GObject *before, GObject *after, OfcChangeSet *changes)
{
  g_autofree char *old_roles = NULL;
  g_autofree char *new_roles = ofc_employee_roles_to_label (OFC_EMPLOYEE (after)->roles);

  if (before != NULL)
    old_roles = ofc_employee_roles_to_label (OFC_EMPLOYEE (before)->roles);
  ofc_change_set_text (changes, "roles", old_roles, new_roles);
}

static const OfcRecordStore store = {
  .get_type = ofc_employee_get_type,
  .record = &record,
  .select_sql = "SELECT " COLUMNS " FROM employee WHERE id = ?1",
  .insert_sql = "INSERT INTO employee (" COLUMNS ")"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
  .update_sql = "UPDATE employee SET name = ?2, name_key = ?3, phone = ?4, roles = ?5,"
                " daily_rate = ?6, works_percent = ?7, sales_percent = ?8, per_order = ?9,"
                " version = ?11, updated_at = ?13 WHERE id = ?1 AND version = ?14",
  .archive_sql = "UPDATE employee SET archived = ?2, version = version + 1, updated_at = ?3"
                 " WHERE id = ?1",
  .describe = describe,
  .prepare = prepare,
  .add_refs = add_refs,
};

OfcEmployee *
ofc_employee_new (const char *name, OfcEmployeeRoles roles_)
{
  OfcEmployee *self = g_object_new (OFC_TYPE_EMPLOYEE, NULL);

  ofc_employee_set_name (self, name);
  ofc_employee_set_roles (self, roles_);
  return self;
}

OFC_RECORD_ID_GETTER (OfcEmployee, ofc_employee, id)
OFC_RECORD_STRING (OfcEmployee, ofc_employee, name, "name", record)
OFC_RECORD_STRING (OfcEmployee, ofc_employee, phone, "phone", record)
OFC_RECORD_NUMBER (OfcEmployee, ofc_employee, gint64, daily_rate, "daily-rate", record)
OFC_RECORD_NUMBER (OfcEmployee, ofc_employee, int, works_percent, "works-percent", record)
OFC_RECORD_NUMBER (OfcEmployee, ofc_employee, int, sales_percent, "sales-percent", record)
OFC_RECORD_NUMBER (OfcEmployee, ofc_employee, gint64, per_order, "per-order", record)
OFC_RECORD_GETTER (OfcEmployee, ofc_employee, gint64, version)

OfcEmployeeRoles
ofc_employee_get_roles (OfcEmployee *self)
{
  return (OfcEmployeeRoles) self->roles;
}

void
ofc_employee_set_roles (OfcEmployee *self, OfcEmployeeRoles value)
{
  _ofc_record_set_int64 (G_OBJECT (self), &record, "roles", value);
}

gboolean
ofc_employee_has_role (OfcEmployee *self, OfcEmployeeRoles role)
{
  return (self->roles & role) != 0;
}

gboolean
ofc_employee_get_active (OfcEmployee *self)
{
  return !self->archived;
}

/**
 * ofc_employee_roles_parse:
 * @text: role codes separated by commas: admin, manager, receiver, technician
 */
gboolean
ofc_employee_roles_parse (const char *text, OfcEmployeeRoles *out, GError **error)
{
  g_auto (GStrv) parts = g_strsplit (text != NULL ? text : "", ",", -1);

  *out = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *code = g_strstrip (parts[i]);
      gsize k = 0;

      if (*code == '\0')
        continue;
      while (k < G_N_ELEMENTS (roles) && g_ascii_strcasecmp (roles[k].code, code) != 0)
        k++;
      if (k == G_N_ELEMENTS (roles))
        {
          ofc_set_invalid (error, "roles",
                           _ ("Unknown role “%s”; known: admin, manager, receiver, technician"),
                           code);
          return FALSE;
        }
      *out |= roles[k].role;
    }
  return TRUE;
}

static char *
join_roles (OfcEmployeeRoles value, gboolean translated)
{
  g_autoptr (GString) out = g_string_new (NULL);

  for (gsize k = 0; k < G_N_ELEMENTS (roles); k++)
    if ((value & roles[k].role) != 0)
      g_string_append_printf (out, "%s%s", out->len > 0 ? (translated ? ", " : ",") : "",
                              translated ? g_dgettext (GETTEXT_PACKAGE, roles[k].label)
                                         : roles[k].code);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
ofc_employee_roles_to_codes (OfcEmployeeRoles value)
{
  return join_roles (value, FALSE);
}

char *
ofc_employee_roles_to_label (OfcEmployeeRoles value)
{
  return join_roles (value, TRUE);
}

/**
 * ofc_employee_list:
 * @any_of_roles: only employees with one of these roles; 0 for everyone
 * @with_inactive: include employees who left
 *
 * Returns: (transfer full) (nullable): the employees by name
 */
GListModel *
ofc_employee_list (OfcContext *context,
                   OfcEmployeeRoles any_of_roles,
                   gboolean with_inactive,
                   GError **error)
{
  g_autoptr (GListModel) all = _ofc_record_store_query (ofc_context_get_database (context), &store,
                                                        LIST_SQL, with_inactive, error);
  GListStore *matching;

  if (all == NULL || any_of_roles == 0)
    return g_steal_pointer (&all);
  matching = g_list_store_new (OFC_TYPE_EMPLOYEE);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr (OfcEmployee) employee = g_list_model_get_item (all, i);

      if ((employee->roles & any_of_roles) != 0)
        g_list_store_append (matching, employee);
    }
  return G_LIST_MODEL (matching);
}

OfcEmployee *
_ofc_employee_load (OfcDatabase *database, const OfcUuid *id, GError **error)
{
  return OFC_EMPLOYEE (_ofc_record_store_load (database, &store, id, error));
}

OfcEmployee *
ofc_employee_load (OfcContext *context, const OfcUuid *id, GError **error)
{
  return _ofc_employee_load (ofc_context_get_database (context), id, error);
}

/**
 * ofc_employee_find:
 * @name_or_id: an id, a full name in any case, or a phone as stored
 */
OfcEmployee *
ofc_employee_find (OfcContext *context, const char *name_or_id, GError **error)
{
  return OFC_EMPLOYEE (_ofc_reference_find (ofc_context_get_database (context), &store, LIST_SQL,
                                            get_match_key, name_or_id, _ ("employee"), error));
}

gboolean
_ofc_employee_write (OfcDatabase *database, OfcEmployee *employee, GError **error)
{
  return _ofc_record_store_write (database, &store, G_OBJECT (employee), error);
}

gboolean
ofc_employee_save (OfcContext *context, OfcEmployee *employee, GError **error)
{
  return _ofc_record_store_save (context, &store, G_OBJECT (employee), error);
}

/**
 * ofc_employee_set_active:
 * @active: %FALSE when the employee leaves (archives them), %TRUE when they return
 */
gboolean
ofc_employee_set_active (OfcContext *context,
                         OfcEmployee *employee,
                         gboolean active,
                         GError **error)
{
  return _ofc_record_store_archive (context, &store, G_OBJECT (employee), !active, error);
}
