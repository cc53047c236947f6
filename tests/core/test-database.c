/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcDatabase: creation, migrations, refusing files that are not ours, locks, full disks,
 * transactions and the journal written with them.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ofc-test.h"

static char *folder;
static char *path;

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  path = g_build_filename (folder, "officina.db", NULL);
}

static void
teardown (void)
{
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&path, g_free);
}

static char *
query_text (OfcDatabase *database,
            const char  *sql)
{
  g_autoptr(OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert_ptr_nonnull (statement);
  if (!ofc_statement_step (statement, NULL))
    return NULL;
  return ofc_statement_dup_text (statement, 0);
}

static gint64
query_int (OfcDatabase *database,
           const char  *sql)
{
  g_autoptr(OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert_ptr_nonnull (statement);
  ck_assert (ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

/* opening @path must fail with @code and leave the file byte for byte as it was */
static void
assert_refused_untouched (OfcDatabaseError code)
{
  g_autoptr(GBytes) before = ofc_test_read_file (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open_full (path, 0, 200, &error);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);

  ck_assert_ptr_null (database);
  ofc_assert_error (error, OFC_DATABASE_ERROR, code);
  ck_assert_msg (strstr (error->message, path) != NULL, "message does not name the file: %s",
                 error->message);
  after = ofc_test_read_file (path);
  ck_assert (g_bytes_equal (before, after));
  ck_assert (!g_file_test (wal, G_FILE_TEST_EXISTS));
}

START_TEST (test_create_fresh)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open (path, 0, &error);
  g_autofree char *mode = NULL;
  g_autofree char *device = NULL;
  g_autofree char *device_again = NULL;

  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_database_get_schema_version (database),
                    ofc_database_get_latest_schema_version ());
  ck_assert_int_ge (ofc_database_get_latest_schema_version (), 2);
  mode = query_text (database, "PRAGMA journal_mode");
  ck_assert_str_eq (mode, "wal");
  ck_assert_int_eq (query_int (database, "PRAGMA synchronous"), 2);
  ck_assert_int_eq (query_int (database, "PRAGMA foreign_keys"), 1);
  ck_assert_int_eq (query_int (database, "PRAGMA application_id"), 0x4F464331);
  ck_assert_ptr_null (ofc_database_get_last_backup_path (database));

  device = ofc_database_dup_meta (database, "device_id");
  ck_assert (ofc_uuid_parse (device, NULL));
  g_clear_object (&database);
  database = ofc_database_open (path, 0, &error);
  ofc_assert_no_error (error);
  device_again = ofc_database_dup_meta (database, "device_id");
  ck_assert_str_eq (device, device_again);
}
END_TEST

START_TEST (test_upgrade_with_backup)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open (path, OFC_DATABASE_OPEN_NO_MIGRATE, &error);
  g_autoptr(OfcDatabase) copy = NULL;
  const char *backup;

  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_database_get_schema_version (database), 0);
  ck_assert (ofc_database_migrate_to (database, 1, TRUE, &error));
  ofc_assert_no_error (error);
  ck_assert (ofc_database_set_meta (database, "marker", "kept", &error));
  g_clear_object (&database);

  database = ofc_database_open (path, 0, &error);
  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_database_get_schema_version (database),
                    ofc_database_get_latest_schema_version ());
  ck_assert_str_eq (ofc_database_dup_meta (database, "marker"), "kept");
  backup = ofc_database_get_last_backup_path (database);
  ck_assert_ptr_nonnull (backup);
  ck_assert (g_file_test (backup, G_FILE_TEST_IS_REGULAR));

  /* the copy is the database as it was before the upgrade */
  copy = ofc_database_open (backup, OFC_DATABASE_OPEN_NO_MIGRATE | OFC_DATABASE_OPEN_NO_CREATE,
                            &error);
  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_database_get_schema_version (copy), 1);
  ck_assert_str_eq (ofc_database_dup_meta (copy, "marker"), "kept");
}
END_TEST

START_TEST (test_refuse_newer)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open (path, 0, &error);

  ofc_assert_no_error (error);
  ck_assert (ofc_database_exec (database, "PRAGMA user_version = 999", &error));
  g_clear_object (&database);
  assert_refused_untouched (OFC_DATABASE_ERROR_TOO_NEW);
}
END_TEST

START_TEST (test_refuse_foreign)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open (path, OFC_DATABASE_OPEN_NO_MIGRATE, &error);

  ofc_assert_no_error (error);
  ck_assert (ofc_database_exec (database, "PRAGMA journal_mode=DELETE;"
                                          "CREATE TABLE invoices (n INTEGER);"
                                          "INSERT INTO invoices VALUES (1);", &error));
  g_clear_object (&database);
  assert_refused_untouched (OFC_DATABASE_ERROR_FOREIGN);
}
END_TEST

START_TEST (test_refuse_not_sqlite)
{
  ck_assert (g_file_set_contents (path, "name,phone\nIvanov,+79261234567\n", -1, NULL));
  assert_refused_untouched (OFC_DATABASE_ERROR_NOT_DATABASE);

  ck_assert (g_file_set_contents (path, "SQLite", -1, NULL));
  assert_refused_untouched (OFC_DATABASE_ERROR_NOT_DATABASE);
}
END_TEST

START_TEST (test_refuse_corrupt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open (path, 0, &error);
  g_autofree char *contents = NULL;
  gsize length = 0;

  ofc_assert_no_error (error);
  g_clear_object (&database);
  /* keep the 100-byte header, destroy the schema page behind it */
  ck_assert (g_file_get_contents (path, &contents, &length, NULL));
  ck_assert_int_gt (length, 4096);
  memset (contents + 100, 0xA5, 3996);
  ck_assert (g_file_set_contents (path, contents, (gssize) length, NULL));
  assert_refused_untouched (OFC_DATABASE_ERROR_CORRUPT);
}
END_TEST

START_TEST (test_refuse_read_only)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_database_open (path, 0, &error);
  pid_t child;
  int status = 0;

  ofc_assert_no_error (error);
  g_clear_object (&database);
  ck_assert_int_eq (g_chmod (path, 0444), 0);
  ck_assert_int_eq (g_chmod (folder, 0755), 0);
  /* root may write anything, so the check runs as an ordinary user in a child */
  child = fork ();
  if (child == 0)
    {
      GError *local = NULL;
      OfcDatabase *refused;

      if (geteuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
        _exit (90);
      refused = ofc_database_open (path, 0, &local);
      if (refused != NULL)
        _exit (91);
      _exit (g_error_matches (local, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_READ_ONLY) ? 0 : 92);
    }
  ck_assert_int_eq (waitpid (child, &status, 0), child);
  ck_assert_msg (WIFEXITED (status) && WEXITSTATUS (status) == 0, "child status %d",
                 WEXITSTATUS (status));
}
END_TEST

START_TEST (test_refuse_locked)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) holder = ofc_database_open (path, 0, &error);
  g_autoptr(OfcDatabase) second = NULL;

  ofc_assert_no_error (error);
  ck_assert (ofc_database_exec (holder, "PRAGMA locking_mode=EXCLUSIVE;"
                                        "BEGIN EXCLUSIVE;"
                                        "INSERT INTO meta VALUES ('held', '1');", &error));
  ofc_assert_no_error (error);
  second = ofc_database_open_full (path, 0, 100, &error);
  ck_assert_ptr_null (second);
  ofc_assert_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_LOCKED);
  ck_assert (ofc_database_exec (holder, "ROLLBACK", NULL));
}
END_TEST

START_TEST (test_transaction_rollback)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);
  g_autoptr(OfcTransaction) outer = NULL;
  OfcTransaction *inner;
  OfcUuid id;

  outer = ofc_database_begin (database, &error);
  ofc_assert_no_error (error);
  ck_assert (ofc_database_set_meta (database, "outer", "1", &error));
  inner = ofc_database_begin (database, &error);
  ck_assert (ofc_database_set_meta (database, "inner", "1", &error));
  ofc_uuid_generate (&id);
  ck_assert (ofc_journal_append (database, "test", &id, OFC_JOURNAL_CREATE, NULL, &error));
  ofc_transaction_free (inner); /* rolled back: neither the row nor its journal entry */
  ck_assert (ofc_transaction_commit (outer, &error));
  ofc_assert_no_error (error);

  ck_assert_str_eq (ofc_database_dup_meta (database, "outer"), "1");
  ck_assert_ptr_null (ofc_database_dup_meta (database, "inner"));
  ck_assert_int_eq (query_int (database, "SELECT count(*) FROM journal"), 0);
  ck_assert (!ofc_database_in_transaction (database));
}
END_TEST

START_TEST (test_journal_atomic)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);
  OfcUuid id;

  ofc_uuid_generate (&id);
  {
    g_autoptr(OfcTransaction) transaction = ofc_database_begin (database, &error);
    g_autoptr(OfcChangeSet) changes = ofc_change_set_new ();

    ck_assert (ofc_database_set_meta (database, "row", "1", &error));
    ofc_change_set_text (changes, "row", NULL, "1");
    ck_assert (ofc_journal_append (database, "test", &id, OFC_JOURNAL_CREATE, changes, &error));
    /* a later statement of the same write fails: the whole write must vanish */
    ck_assert (!ofc_database_exec (database, "INSERT INTO no_such_table VALUES (1)", &error));
  }
  ck_assert_ptr_null (ofc_database_dup_meta (database, "row"));
  ck_assert_int_eq (query_int (database, "SELECT count(*) FROM journal"), 0);
}
END_TEST

START_TEST (test_journal_insert_only_and_readable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = NULL;
  g_autoptr(OfcTransaction) transaction = NULL;
  g_autoptr(OfcChangeSet) changes = ofc_change_set_new ();
  g_autoptr(GListModel) history = NULL;
  g_autoptr(OfcJournalEntry) entry = NULL;
  OfcTestClock clock = { 1700000000000000 };
  OfcFieldChange *change;
  OfcUuid id;
  static const OfcJournalLabel labels[] = { { "name", "Name" }, { "vip", "VIP" } };

  database = ofc_test_open_database (folder, &clock);
  ofc_journal_register_labels ("thing", labels, G_N_ELEMENTS (labels));
  ofc_uuid_generate (&id);
  ofc_change_set_text (changes, "name", "Old \"quoted\"\nname", "New name");
  ofc_change_set_text (changes, "same", "x", "x");
  ofc_change_set_bool (changes, "vip", FALSE, TRUE);
  ofc_change_set_money (changes, "price", ofc_money_init (100, "RUB"),
                        ofc_money_init (123450, "RUB"));
  ck_assert_int_eq (ofc_change_set_get_size (changes), 3);
  transaction = ofc_database_begin (database, &error);
  ck_assert (ofc_journal_append (database, "thing", &id, OFC_JOURNAL_UPDATE, changes, &error));
  ck_assert (ofc_transaction_commit (transaction, &error));
  ofc_assert_no_error (error);

  ck_assert (!ofc_database_exec (database, "UPDATE journal SET user_name = 'x'", &error));
  ofc_assert_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  ck_assert (!ofc_database_exec (database, "DELETE FROM journal", &error));
  g_clear_error (&error);

  history = ofc_journal_list (database, &id, &error);
  ofc_assert_no_error (error);
  ck_assert_int_eq (g_list_model_get_n_items (history), 1);
  entry = g_list_model_get_item (history, 0);
  ck_assert_int_eq (ofc_journal_entry_get_at (entry), 1700000000000000);
  ck_assert_str_eq (ofc_journal_entry_get_user_name (entry), "Test User");
  ck_assert_str_eq (ofc_journal_entry_get_operation (entry), "update");
  ck_assert_int_eq (ofc_journal_entry_get_changes (entry)->len, 3);
  change = g_ptr_array_index (ofc_journal_entry_get_changes (entry), 0);
  ck_assert_str_eq (change->label, "Name");
  ck_assert_str_eq (change->old_text, "Old \"quoted\"\nname");
  ck_assert_str_eq (change->new_text, "New name");
  change = g_ptr_array_index (ofc_journal_entry_get_changes (entry), 1);
  ck_assert_str_eq (change->label, "VIP");
  ck_assert_str_eq (change->new_text, "yes");
}
END_TEST

START_TEST (test_disk_full)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);
  gint64 pages = query_int (database, "PRAGMA page_count");
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 2);
  g_autofree char *big = g_strnfill (64 * 1024, 'x');
  gboolean failed = FALSE;

  ck_assert (ofc_database_exec (database, limit, &error));
  {
    g_autoptr(OfcTransaction) transaction = ofc_database_begin (database, &error);

    for (int i = 0; i < 10 && !failed; i++)
      {
        g_autofree char *key = g_strdup_printf ("k%d", i);

        failed = !ofc_database_set_meta (database, key, big, &error);
      }
  }
  ck_assert (failed);
  ofc_assert_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_FULL);
  ck_assert_ptr_null (ofc_database_dup_meta (database, "k0"));
}
END_TEST

START_TEST (test_backup_and_check)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);
  g_autoptr(OfcDatabase) copy = NULL;
  g_autofree char *destination = g_build_filename (folder, "copy.db", NULL);
  g_auto(GStrv) problems = NULL;

  ck_assert (ofc_database_set_meta (database, "marker", "copied", &error));
  ck_assert (ofc_database_check_integrity (database, &problems, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (g_strv_length (problems), 0);
  ck_assert (ofc_database_backup_to (database, destination, &error));
  ofc_assert_no_error (error);
  copy = ofc_database_open (destination, OFC_DATABASE_OPEN_NO_CREATE, &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_database_dup_meta (copy, "marker"), "copied");

  ck_assert (!ofc_database_backup_to (database, "/nonexistent/folder/copy.db", &error));
  ck_assert (error != NULL);
}
END_TEST

START_TEST (test_statement_cache)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);
  g_autoptr(OfcStatement) first = ofc_database_prepare (database, "SELECT ?1", &error);
  g_autoptr(OfcStatement) second = NULL;

  /* the same SQL while the first use is open gets its own statement */
  ofc_statement_bind_int64 (first, 1, 1);
  second = ofc_database_prepare (database, "SELECT ?1", &error);
  ck_assert_ptr_ne (first, second);
  ofc_statement_bind_int64 (second, 1, 2);
  ck_assert (ofc_statement_step (first, &error));
  ck_assert (ofc_statement_step (second, &error));
  ck_assert_int_eq (ofc_statement_get_int64 (first, 0), 1);
  ck_assert_int_eq (ofc_statement_get_int64 (second, 0), 2);

  ck_assert_ptr_null (ofc_database_prepare (database, "SELECT FROM", &error));
  ck_assert (error != NULL);
}
END_TEST

static gint64
wal_size (void)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf info;

  return g_stat (wal, &info) == 0 ? (gint64) info.st_size : -1;
}

/* a log that starts over is cut first, not rewritten in place (see ofc-database.c) */
START_TEST (test_log_cut_when_restarted)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OfcDatabase) database = ofc_test_open_database (folder, NULL);
  gint64 grown;

  ck_assert (ofc_database_exec (database,
                                "CREATE TABLE filler (b BLOB);"
                                "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                "WHERE i < 200) INSERT INTO filler SELECT zeroblob (4000) FROM n;",
                                &error));
  ofc_assert_no_error (error);
  grown = wal_size ();
  ck_assert_int_gt (grown, 200 * 4096);
  ck_assert (ofc_database_exec (database, "PRAGMA wal_checkpoint(PASSIVE)", &error));
  ck_assert (ofc_database_exec (database, "INSERT INTO filler VALUES (x'01')", &error));
  ofc_assert_no_error (error);
  ck_assert_int_lt (wal_size (), 4 * 4120);
}
END_TEST

static Suite *
database_suite (void)
{
  Suite *suite = suite_create ("database");
  TCase *open = tcase_create ("open");
  TCase *write = tcase_create ("write");

  tcase_add_checked_fixture (open, setup, teardown);
  tcase_add_test (open, test_create_fresh);
  tcase_add_test (open, test_upgrade_with_backup);
  tcase_add_test (open, test_refuse_newer);
  tcase_add_test (open, test_refuse_foreign);
  tcase_add_test (open, test_refuse_not_sqlite);
  tcase_add_test (open, test_refuse_corrupt);
  tcase_add_test (open, test_refuse_read_only);
  tcase_add_test (open, test_refuse_locked);
  tcase_add_checked_fixture (write, setup, teardown);
  tcase_add_test (write, test_transaction_rollback);
  tcase_add_test (write, test_journal_atomic);
  tcase_add_test (write, test_journal_insert_only_and_readable);
  tcase_add_test (write, test_disk_full);
  tcase_add_test (write, test_backup_and_check);
  tcase_add_test (write, test_statement_cache);
  tcase_add_test (write, test_log_cut_when_restarted);
  suite_add_tcase (suite, open);
  suite_add_tcase (suite, write);
  return suite;
}

int
main (void)
{
  return ofc_test_run (database_suite ());
}
