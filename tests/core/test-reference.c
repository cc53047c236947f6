/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Reference data of repair orders: locations and the default, employees and roles,
 * statuses and types in use (refused, archived or remapped, never orphaned), the learned
 * device catalogue and intake presets.
 */
#include "config.h"

#include "ofc-test-orders.h"
#include "ofc-test.h"

static char *folder;
static OfcContext *context;
static OfcDatabase *database;
static OfcUuid client_id;

static void
setup (void)
{
  g_autoptr (OfcDatabase) opened = NULL;

  folder = ofc_test_make_tmpdir ();
  opened = ofc_test_open_database (folder, NULL);
  context = ofc_context_new (opened);
  database = ofc_context_get_database (context);
  ofc_test_insert_client (database, "Петров Пётр", "79031112233", 0, &client_id);
}

static void
teardown (void)
{
  g_clear_object (&context);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
}

static gint64
count (const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert (ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

/* orders whose status or type does not exist: must always be none */
static void
assert_no_orphans (void)
{
  ck_assert_int_eq (count ("SELECT count(*) FROM repair_order WHERE status_id NOT IN"
                           " (SELECT id FROM order_status) OR type_id NOT IN"
                           " (SELECT id FROM order_type)"),
                    0);
}

START_TEST (test_locations)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcLocation) main = ofc_location_get_default (context, &error);
  g_autoptr (OfcLocation) branch = ofc_location_new ("Branch");
  g_autoptr (OfcLocation) bad = ofc_location_new ("Bad");
  g_autoptr (OfcLocation) now_default = NULL;

  ofc_location_set_series_prefix (branch, "B");
  ck_assert (ofc_location_save (context, branch, &error));
  ck_assert (!ofc_location_get_is_default (branch));
  ofc_location_set_series_prefix (bad, "B-1");
  ck_assert (!ofc_location_save (context, bad, &error));
  ck_assert_str_eq (ofc_error_get_field (error), "series-prefix");
  g_clear_error (&error);
  ck_assert (!ofc_location_archive (context, main, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  ck_assert (ofc_location_make_default (context, branch, &error));
  now_default = ofc_location_get_default (context, &error);
  ck_assert_str_eq (ofc_location_get_name (now_default), "Branch");
  g_clear_object (&main);
  main = ofc_location_find (context, "workshop", &error);
  ck_assert (ofc_location_archive (context, main, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (count ("SELECT count(*) FROM location WHERE is_default = 1"), 1);
}
END_TEST

START_TEST (test_employees)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcEmployee) tech = ofc_employee_new ("Сидоров Сергей", OFC_ROLE_TECHNICIAN);
  g_autoptr (GListModel) technicians = NULL;
  g_autoptr (GListModel) active = NULL;
  OfcEmployeeRoles roles;

  ck_assert (ofc_employee_roles_parse ("technician, manager", &roles, &error));
  ck_assert_uint_eq (roles, OFC_ROLE_TECHNICIAN | OFC_ROLE_MANAGER);
  ck_assert (!ofc_employee_roles_parse ("boss", &roles, &error));
  g_clear_error (&error);
  ofc_employee_set_works_percent (tech, 12000);
  ck_assert (!ofc_employee_save (context, tech, &error));
  ck_assert_str_eq (ofc_error_get_field (error), "works-percent");
  g_clear_error (&error);
  ofc_employee_set_works_percent (tech, 3000);
  ofc_employee_set_daily_rate (tech, 150000);
  ck_assert (ofc_employee_save (context, tech, &error));
  technicians = ofc_employee_list (context, OFC_ROLE_TECHNICIAN, FALSE, &error);
  ck_assert_uint_eq (g_list_model_get_n_items (technicians), 1);
  ck_assert (ofc_employee_set_active (context, tech, FALSE, &error));
  ck_assert (!ofc_employee_get_active (tech));
  active = ofc_employee_list (context, OFC_ROLE_TECHNICIAN, FALSE, &error);
  ck_assert_uint_eq (g_list_model_get_n_items (active), 0);
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_status_in_use)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcOrderStatus) diagnostics = ofc_test_status (context, "diagnostics");
  g_autoptr (OfcOrderStatus) repair = ofc_test_status (context, "in-repair");
  g_autoptr (OfcOrder) moved = NULL;
  g_autoptr (GListModel) history = NULL;
  g_autoptr (OfcJournalEntry) last = NULL;
  g_autofree char *summary = NULL;
  gint64 journal_before;

  ck_assert (
      ofc_order_change_status (context, order, ofc_order_status_get_id (diagnostics), &error));
  journal_before = count ("SELECT count(*) FROM journal");
  ck_assert (!ofc_order_status_remove (context, diagnostics, NULL, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_IN_USE);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal"), journal_before);
  g_clear_error (&error);
  ck_assert (!ofc_order_status_remove (context, diagnostics, diagnostics, &error));
  g_clear_error (&error);
  ck_assert (ofc_order_status_remove (context, diagnostics, repair, &error));
  ofc_assert_no_error (error);
  assert_no_orphans ();
  ck_assert_int_eq (count ("SELECT count(*) FROM order_status"), 6);
  ck_assert_int_eq (count ("SELECT count(*) FROM order_status_transition WHERE from_id NOT IN"
                           " (SELECT id FROM order_status) OR to_id NOT IN"
                           " (SELECT id FROM order_status)"),
                    0);
  moved = ofc_order_load (context, ofc_order_get_id (order), &error);
  ck_assert_str_eq (ofc_order_get_status_name (moved), "In repair");
  /* In repair has a 48-hour norm, Diagnostics had 24 */
  ck_assert_int_eq (ofc_order_get_overdue_at (moved) - ofc_order_get_status_since (moved),
                    (gint64) 48 * 3600 * G_USEC_PER_SEC);
  history = ofc_order_list_history (context, moved, &error);
  last = g_list_model_get_item (history, g_list_model_get_n_items (history) - 1);
  summary = ofc_journal_entry_dup_summary (last);
  ck_assert_str_eq (summary, "Status: Diagnostics → In repair");
}
END_TEST

START_TEST (test_status_archived)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcOrderStatus) diagnostics = ofc_test_status (context, "diagnostics");
  g_autoptr (OfcOrderStatus) repair = ofc_test_status (context, "in-repair");
  g_autoptr (OfcOrderStatus) initial = ofc_test_status (context, "new");

  ck_assert (
      ofc_order_change_status (context, order, ofc_order_status_get_id (diagnostics), &error));
  ck_assert (ofc_order_status_archive (context, diagnostics, &error));
  ofc_assert_no_error (error);
  /* orders in an archived status keep it and leave along its transitions */
  ck_assert (ofc_order_change_status (context, order, ofc_order_status_get_id (repair), &error));
  /* but none can enter it */
  ck_assert (
      !ofc_order_change_status (context, order, ofc_order_status_get_id (diagnostics), &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  /* the only status new orders start in stays */
  ck_assert (!ofc_order_status_archive (context, initial, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  ck_assert (!ofc_order_status_remove (context, initial, repair, &error));
  assert_no_orphans ();
}
END_TEST

START_TEST (test_type_in_use)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcOrder) order = ofc_test_create_order (context, &client_id, "Apple", "iPhone", "");
  g_autoptr (OfcOrderType) paid = ofc_order_type_find (context, OFC_ORDER_TYPE_PAID, &error);
  g_autoptr (OfcOrderType) warranty = ofc_order_type_find (context, "WARRANTY", &error);
  g_autoptr (OfcOrderType) unused = ofc_order_type_new ("Corporate");
  g_autoptr (OfcLocation) location = NULL;

  ck_assert (ofc_order_type_save (context, unused, &error));
  ck_assert (ofc_order_type_remove (context, unused, NULL, &error));
  ck_assert (!ofc_order_type_remove (context, paid, NULL, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_IN_USE);
  g_clear_error (&error);
  ck_assert (ofc_order_type_archive (context, paid, &error));
  ck_assert (ofc_order_type_remove (context, paid, warranty, &error));
  ofc_assert_no_error (error);
  assert_no_orphans ();
  ck_assert_int_eq (count ("SELECT count(*) FROM repair_order WHERE type_id = "
                           "(SELECT id FROM order_type WHERE code = 'warranty')"),
                    1);
  location = ofc_location_get_default (context, &error);
  ck_assert (
      ofc_uuid_equal (ofc_location_get_order_type_id (location), ofc_order_type_get_id (warranty)));
}
END_TEST

START_TEST (test_catalogue_completions)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) brands = NULL;
  g_auto (GStrv) models = NULL;
  g_auto (GStrv) phrases = NULL;

  for (int i = 0; i < 3; i++)
    g_object_unref (ofc_test_create_order (context, &client_id, "Apple", "iPhone 12", ""));
  g_object_unref (ofc_test_create_order (context, &client_id, "Apple", "iPad", ""));
  g_object_unref (ofc_test_create_order (context, &client_id, "ASUS", "ZenBook", ""));
  brands = ofc_catalog_complete_brands (context, "a", 10, &error);
  ck_assert_uint_eq (g_strv_length (brands), 2);
  ck_assert_str_eq (brands[0], "Apple");
  models = ofc_catalog_complete_models (context, "APPLE", NULL, "I", 10, &error);
  ck_assert_uint_eq (g_strv_length (models), 2);
  ck_assert_str_eq (models[0], "iPhone 12");
  /* the test orders' malfunction was learned; defaults are offered from the start */
  phrases = ofc_catalog_complete_phrases (context, OFC_INTAKE_MALFUNCTION, "does", 10, &error);
  ck_assert_str_eq (phrases[0], "Does not turn on");
  ck_assert_uint_ge (g_strv_length (phrases), 2);
  ofc_assert_no_error (error);
}
END_TEST

START_TEST (test_device_types_and_presets)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDeviceType) duplicate = ofc_device_type_new ("SMARTPHONE");
  g_autoptr (OfcDeviceType) phone = ofc_device_type_find_or_add (context, "smartphone", &error);
  g_autoptr (OfcDeviceType) drone = ofc_device_type_find_or_add (context, "Drone", &error);
  g_autoptr (GListModel) presets = NULL;
  g_autoptr (OfcIntakePreset) preset = NULL;
  g_autoptr (OfcOrder) order = ofc_order_new ();
  g_auto (GStrv) offered = NULL;

  ck_assert (!ofc_device_type_save (context, duplicate, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_DUPLICATE);
  g_clear_error (&error);
  ck_assert_str_eq (ofc_device_type_get_name (phone), "Smartphone");
  ck_assert_str_eq (ofc_device_type_get_name (drone), "Drone");
  presets = ofc_intake_preset_list (context, ofc_device_type_get_id (phone), &error);
  ck_assert_uint_eq (g_list_model_get_n_items (presets), 1);
  preset = g_list_model_get_item (presets, 0);
  ofc_order_apply_preset (order, preset, 1000);
  ck_assert (ofc_uuid_equal (ofc_order_get_device_type_id (order), ofc_device_type_get_id (phone)));
  ck_assert_str_eq (ofc_order_get_completeness (order), "Device only");
  ck_assert_int_eq (ofc_order_get_deadline (order), 1000 + (gint64) 3 * 24 * 3600 * G_USEC_PER_SEC);
  offered = ofc_intake_preset_dup_malfunction_list (preset);
  ck_assert_uint_eq (g_strv_length (offered), 5);
}
END_TEST

START_TEST (test_catalogue_managed)
{
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) brands = NULL;
  g_auto (GStrv) models = NULL;
  g_auto (GStrv) archived = NULL;
  g_auto (GStrv) phrases = NULL;
  g_auto (GStrv) offered = NULL;

  g_object_unref (ofc_test_create_order (context, &client_id, "Apple", "iPhone 12", ""));
  ck_assert (ofc_catalog_add_brand (context, "  Xiaomi ", &error));
  ck_assert (ofc_catalog_add_model (context, "apple", "iPad Air", &error));
  ck_assert (ofc_catalog_add_model (context, "Nokia", "3310", &error));
  ck_assert (!ofc_catalog_add_brand (context, " ", &error));
  ck_assert_str_eq (ofc_error_get_field (error), "name");
  g_clear_error (&error);
  brands = ofc_catalog_list_brands (context, FALSE, &error);
  ck_assert_uint_eq (g_strv_length (brands), 3);
  ck_assert_str_eq (brands[0], "Apple");
  ck_assert_str_eq (brands[2], "Xiaomi");
  models = ofc_catalog_list_models (context, "APPLE", FALSE, &error);
  ck_assert_uint_eq (g_strv_length (models), 2);
  ck_assert_str_eq (models[0], "iPad Air");

  ck_assert (ofc_catalog_archive_model (context, "Apple", "ipad air", &error));
  archived = ofc_catalog_list_models (context, "Apple", TRUE, &error);
  ck_assert_uint_eq (g_strv_length (archived), 1);
  g_clear_pointer (&models, g_strfreev);
  models = ofc_catalog_complete_models (context, "Apple", NULL, "", 10, &error);
  ck_assert_uint_eq (g_strv_length (models), 1);
  ck_assert (ofc_catalog_restore_model (context, "Apple", "iPad Air", &error));
  ck_assert (ofc_catalog_archive_brand (context, "xiaomi", &error));
  g_clear_pointer (&brands, g_strfreev);
  brands = ofc_catalog_complete_brands (context, "x", 10, &error);
  ck_assert_uint_eq (g_strv_length (brands), 0);
  /* adding an archived brand again brings it back */
  ck_assert (ofc_catalog_add_brand (context, "XIAOMI", &error));
  g_clear_pointer (&brands, g_strfreev);
  brands = ofc_catalog_list_brands (context, FALSE, &error);
  ck_assert_uint_eq (g_strv_length (brands), 3);

  ck_assert (ofc_catalog_archive_phrase (context, OFC_INTAKE_COMPLETENESS, "box", &error));
  phrases = ofc_catalog_list_phrases (context, OFC_INTAKE_COMPLETENESS, TRUE, &error);
  ck_assert_uint_eq (g_strv_length (phrases), 1);
  ck_assert_str_eq (phrases[0], "Box");
  ck_assert (ofc_catalog_restore_phrase (context, OFC_INTAKE_COMPLETENESS, "Box", &error));
  offered = ofc_catalog_complete_phrases (context, OFC_INTAKE_COMPLETENESS, "bo", 10, &error);
  ck_assert_uint_eq (g_strv_length (offered), 1);
  ofc_assert_no_error (error);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'device_model'"
                           " AND operation IN ('archive', 'restore')"),
                    2);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'intake_phrase'"
                           " AND operation = 'restore'"),
                    1);
}
END_TEST

START_TEST (test_restore_and_swap)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcService) service = ofc_service_new ("Chip swap", 100000);
  g_autoptr (OfcOrderType) type = ofc_order_type_new ("Corporate");
  g_autoptr (OfcOrderStatus) diagnostics = ofc_test_status (context, "diagnostics");
  g_autoptr (OfcOrderStatus) waiting = ofc_test_status (context, "waiting-parts");
  g_autoptr (GListModel) statuses = NULL;
  g_autoptr (OfcOrderStatus) second = NULL;
  int position = ofc_order_status_get_position (diagnostics);

  ck_assert (ofc_service_save (context, service, &error));
  ck_assert (ofc_service_archive (context, service, &error));
  ck_assert (ofc_service_restore (context, service, &error));
  ck_assert (!ofc_service_get_archived (service));
  ck_assert (ofc_order_type_save (context, type, &error));
  ck_assert (ofc_order_type_archive (context, type, &error));
  ck_assert (ofc_order_type_restore (context, type, &error));
  ck_assert_int_eq (count ("SELECT count(*) FROM order_type WHERE archived = 1"), 0);

  ck_assert (ofc_order_status_swap (context, diagnostics, waiting, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_order_status_get_position (waiting), position);
  statuses = ofc_order_status_list (context, FALSE, &error);
  second = g_list_model_get_item (statuses, 1);
  ck_assert_str_eq (ofc_order_status_get_code (second), "waiting-parts");
  /* a stale copy is refused and changes nothing */
  g_clear_object (&diagnostics);
  diagnostics = ofc_test_status (context, "diagnostics");
  ofc_order_status_set_position (waiting, 99);
  ck_assert (ofc_order_status_save (context, waiting, &error));
  g_clear_object (&waiting);
  waiting = ofc_test_status (context, "waiting-parts");
  ck_assert (ofc_order_status_save (context, waiting, &error));
  g_clear_object (&second);
  second = ofc_test_status (context, "waiting-parts");
  ofc_order_status_set_position (second, 1);
  ck_assert (ofc_order_status_save (context, second, &error));
  ck_assert (!ofc_order_status_swap (context, diagnostics, waiting, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_CONFLICT);
  ck_assert_int_eq (ofc_order_status_get_position (waiting), 99);
}
END_TEST

static Suite *
reference_suite (void)
{
  Suite *suite = suite_create ("reference");
  TCase *lists = tcase_create ("lists");
  TCase *in_use = tcase_create ("in-use");

  tcase_add_checked_fixture (lists, setup, teardown);
  tcase_add_test (lists, test_locations);
  tcase_add_test (lists, test_employees);
  tcase_add_test (lists, test_catalogue_completions);
  tcase_add_test (lists, test_device_types_and_presets);
  tcase_add_test (lists, test_catalogue_managed);
  tcase_add_test (lists, test_restore_and_swap);
  tcase_add_checked_fixture (in_use, setup, teardown);
  tcase_add_test (in_use, test_status_in_use);
  tcase_add_test (in_use, test_status_archived);
  tcase_add_test (in_use, test_type_in_use);
  suite_add_tcase (suite, lists);
  suite_add_tcase (suite, in_use);
  return suite;
}

int
main (void)
{
  return ofc_test_run (reference_suite ());
}
