/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcClientStore: creating, updating, archiving, conflicts, the journal written with every
 * write and read back as history, failed writes that leave nothing behind, duplicate
 * phones, card codes and client sources.
 */
#include "config.h"

#include "ofc-test.h"

static char *folder;
static char *path;
static OfcTestClock test_clock = { 1780308000000000 }; /* 2026-06-01 10:00 UTC */
static OfcDatabase *database;
static OfcContext *context;
static OfcClientStore *store;

static void
open_store (guint busy_timeout_ms)
{
  g_autoptr (GError) error = NULL;

  database = ofc_database_open_full (path, 0, busy_timeout_ms, &error);
  ofc_assert_no_error (error);
  ofc_database_set_actor (database, NULL, "Test User");
  ofc_database_set_clock (database, ofc_test_clock_now, &test_clock);
  context = ofc_context_new (database);
  store = ofc_client_store_new (context, &error);
  ofc_assert_no_error (error);
}

static void
setup (void)
{
  folder = ofc_test_make_tmpdir ();
  path = g_build_filename (folder, "officina.db", NULL);
  open_store (200);
}

static void
teardown (void)
{
  g_clear_object (&store);
  g_clear_object (&context);
  g_clear_object (&database);
  ofc_test_remove_tree (folder);
  g_clear_pointer (&folder, g_free);
  g_clear_pointer (&path, g_free);
}

static gint64
count (const char *sql)
{
  g_autoptr (OfcStatement) statement = ofc_database_prepare (database, sql, NULL);

  ck_assert (statement != NULL && ofc_statement_step (statement, NULL));
  return ofc_statement_get_int64 (statement, 0);
}

static OfcClient *
create_person (const char *name, const char *phone)
{
  g_autoptr (GError) error = NULL;
  OfcClient *client = ofc_client_new (OFC_CLIENT_KIND_PERSON);

  ofc_client_set_name (client, name);
  if (phone != NULL)
    ofc_client_add_phone (client, phone, "mobile");
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);
  return client;
}

static GListModel *
history (OfcClient *client)
{
  g_autoptr (GError) error = NULL;
  GListModel *entries = ofc_journal_list (database, ofc_client_get_id (client), &error);

  ofc_assert_no_error (error);
  return entries;
}

/* the change of @field in entry @index of @client's history, or NULL */
static const OfcFieldChange *
find_change (GListModel *entries, guint index, const char *field)
{
  g_autoptr (OfcJournalEntry) entry = g_list_model_get_item (entries, index);
  GPtrArray *changes = ofc_journal_entry_get_changes (entry);

  for (guint i = 0; i < changes->len; i++)
    {
      const OfcFieldChange *change = g_ptr_array_index (changes, i);

      if (g_strcmp0 (change->field, field) == 0)
        return change;
    }
  return NULL;
}

START_TEST (test_create)
{
  g_autoptr (OfcClient) client = create_person ("Иванов Иван Иванович", "8 926 123-45-67");
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) entries = NULL;
  g_autoptr (OfcJournalEntry) entry = NULL;
  const OfcFieldChange *change;

  ck_assert (ofc_client_is_saved (client));
  ck_assert_int_eq (ofc_client_get_version (client), 1);
  ck_assert_int_eq (ofc_client_get_created_at (client), test_clock.now_us);
  ck_assert (ofc_ean13_is_valid (ofc_client_get_card_code (client)));
  ck_assert (g_str_has_prefix (ofc_client_get_card_code (client), "2"));

  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_client_get_name (stored), "Иванов Иван Иванович");
  ck_assert_str_eq (ofc_client_get_card_code (stored), ofc_client_get_card_code (client));
  ck_assert_str_eq (ofc_client_phone_get_digits (ofc_client_get_phone (stored, 0)), "79261234567");

  entries = history (client);
  ck_assert_int_eq (g_list_model_get_n_items (entries), 1);
  entry = g_list_model_get_item (entries, 0);
  ck_assert_str_eq (ofc_journal_entry_get_operation (entry), "create");
  ck_assert_str_eq (ofc_journal_entry_get_user_name (entry), "Test User");
  change = find_change (entries, 0, "name");
  ck_assert_str_eq (change->label, "Name");
  ck_assert_ptr_null (change->old_text);
  ck_assert_str_eq (change->new_text, "Иванов Иван Иванович");
  change = find_change (entries, 0, "phones");
  ck_assert_str_eq (change->label, "Phones");
  ck_assert_str_eq (change->new_text, "8 926 123-45-67 (mobile)");
  ck_assert_str_eq (find_change (entries, 0, "kind")->new_text, "Person");
  ck_assert_str_eq (find_change (entries, 0, "card-code")->label, "Discount card");
}
END_TEST

static OfcClient *
full_company (OfcClientSource *source)
{
  OfcClient *client = ofc_client_new (OFC_CLIENT_KIND_COMPANY);

  g_object_set (client, "name", "ООО «Ромашка»", "email", "info@romashka.ru", "address",
                "Москва, ул. Ленина, 1", "sms-consent", TRUE, "email-consent", TRUE, "conflict",
                TRUE, "note", "Звонить после 18:00", "tags-text", "VIP, опт", "discount-works", 500,
                "discount-parts", 1250, "discount-goods", 10000, "inn", "7707083893", "kpp",
                "773601001", "ogrn", "1027700132195", "legal-address", "Москва, ул. Вавилова, 19",
                "director", "Петров Пётр Петрович", "bank-name", "ПАО Сбербанк", "bank-account",
                "40702810938000012345", "bank-corr-account", "30101810400000000225", "bank-bik",
                "044525225", NULL);
  ofc_client_set_source (client, source);
  ofc_client_add_phone (client, "+7 (495) 500-55-50", "office");
  ofc_client_add_phone (client, "8 926 000-00-01", NULL);
  return client;
}

START_TEST (test_every_field_round_trip)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) sources = ofc_client_store_list_sources (store, FALSE, &error);
  g_autoptr (OfcClientSource) source = g_list_model_get_item (sources, 1);
  g_autoptr (OfcClient) client = full_company (source);
  g_autoptr (OfcClient) stored = NULL;
  g_autoptr (GListModel) entries = NULL;
  g_autofree char *tags = NULL;
  g_autofree char *phones = NULL;
  g_autofree char *source_name = NULL;

  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_no_error (error);
  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  g_object_get (stored, "tags-text", &tags, "phones-text", &phones, "source-name", &source_name,
                NULL);
  ck_assert (ofc_client_get_is_company (stored));
  ck_assert_str_eq (ofc_client_get_email (stored), "info@romashka.ru");
  ck_assert_str_eq (ofc_client_get_address (stored), "Москва, ул. Ленина, 1");
  ck_assert (ofc_client_get_sms_consent (stored) && ofc_client_get_email_consent (stored));
  ck_assert (ofc_client_get_conflict (stored));
  ck_assert_str_eq (ofc_client_get_note (stored), "Звонить после 18:00");
  ck_assert_str_eq (tags, "VIP, опт");
  ck_assert_str_eq (phones, "+7 (495) 500-55-50, 8 926 000-00-01");
  ck_assert_str_eq (source_name, "Recommendation");
  ck_assert (ofc_uuid_equal (ofc_client_get_source_id (stored), ofc_client_source_get_id (source)));
  ck_assert_int_eq (ofc_client_get_discount (stored, OFC_DISCOUNT_WORKS), 500);
  ck_assert_int_eq (ofc_client_get_discount (stored, OFC_DISCOUNT_PARTS), 1250);
  ck_assert_int_eq (ofc_client_get_discount (stored, OFC_DISCOUNT_GOODS), 10000);
  ck_assert_str_eq (ofc_client_get_kpp (stored), "773601001");
  ck_assert_str_eq (ofc_client_get_ogrn (stored), "1027700132195");
  ck_assert_str_eq (ofc_client_get_legal_address (stored), "Москва, ул. Вавилова, 19");
  ck_assert_str_eq (ofc_client_get_director (stored), "Петров Пётр Петрович");
  ck_assert_str_eq (ofc_client_get_bank_name (stored), "ПАО Сбербанк");
  ck_assert_str_eq (ofc_client_get_bank_account (stored), "40702810938000012345");
  ck_assert_str_eq (ofc_client_get_bank_corr_account (stored), "30101810400000000225");
  ck_assert_str_eq (ofc_client_get_bank_bik (stored), "044525225");

  entries = history (client);
  ck_assert_str_eq (find_change (entries, 0, "discount-parts")->new_text, "12.5 %");
  ck_assert_str_eq (find_change (entries, 0, "discount-goods")->label, "Discount on goods");
  ck_assert_str_eq (find_change (entries, 0, "source-id")->new_text, "Recommendation");
  ck_assert_str_eq (find_change (entries, 0, "sms-consent")->new_text, "yes");
  ck_assert_str_eq (find_change (entries, 0, "tags")->new_text, "VIP, опт");
  ck_assert_str_eq (find_change (entries, 0, "bank-bik")->label, "BIK");
}
END_TEST

START_TEST (test_update_journal)
{
  g_autoptr (OfcClient) client = create_person ("Петров Пётр", "+7 926 111-11-11");
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) entries = NULL;
  g_autoptr (OfcJournalEntry) entry = NULL;
  g_autofree char *summary = NULL;
  const OfcFieldChange *change;

  test_clock.now_us += G_USEC_PER_SEC;
  ofc_client_set_name (client, "Петров Пётр Петрович");
  ofc_client_add_phone (client, "8 495 222-22-22", "work");
  ofc_client_add_tag (client, "VIP");
  ck_assert (ofc_client_store_update (store, client, NULL, &error));
  ofc_assert_no_error (error);
  ck_assert_int_eq (ofc_client_get_version (client), 2);
  ck_assert_int_eq (ofc_client_get_updated_at (client), test_clock.now_us);
  ck_assert_int_eq (count ("SELECT count(*) FROM client_phone"), 2);

  entries = history (client);
  ck_assert_int_eq (g_list_model_get_n_items (entries), 2);
  entry = g_list_model_get_item (entries, 1);
  ck_assert_str_eq (ofc_journal_entry_get_operation (entry), "update");
  ck_assert_int_eq (ofc_journal_entry_get_changes (entry)->len, 3);
  change = find_change (entries, 1, "name");
  ck_assert_str_eq (change->old_text, "Петров Пётр");
  ck_assert_str_eq (change->new_text, "Петров Пётр Петрович");
  change = find_change (entries, 1, "phones");
  ck_assert_str_eq (change->old_text, "+7 926 111-11-11 (mobile)");
  ck_assert_str_eq (change->new_text, "+7 926 111-11-11 (mobile); 8 495 222-22-22 (work)");
  ck_assert_str_eq (find_change (entries, 1, "tags")->new_text, "VIP");
  summary = ofc_journal_entry_dup_summary (entry);
  ck_assert_msg (strstr (summary, "Name") != NULL, "summary: %s", summary);

  /* saving without changes writes nothing */
  ck_assert (ofc_client_store_update (store, client, NULL, &error));
  ck_assert_int_eq (ofc_client_get_version (client), 2);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'client'"), 2);
}
END_TEST

START_TEST (test_conflict)
{
  g_autoptr (OfcClient) created = create_person ("Сидоров Сидор", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClient) first = ofc_client_store_get (store, ofc_client_get_id (created), &error);
  g_autoptr (OfcClient) second = ofc_client_store_get (store, ofc_client_get_id (created), &error);
  g_autoptr (OfcClient) stored = NULL;

  ofc_client_set_email (first, "first@example.com");
  ck_assert (ofc_client_store_update (store, first, NULL, &error));
  ofc_database_set_actor (database, NULL, "Other User");
  ofc_client_set_email (second, "second@example.com");
  ck_assert (!ofc_client_store_update (store, second, NULL, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_CONFLICT);
  ck_assert_msg (strstr (error->message, "Test User changed “Сидоров Сидор”") != NULL, "%s",
                 error->message);
  ck_assert_int_eq (ofc_client_get_version (second), 1);
  g_clear_error (&error);

  stored = ofc_client_store_get (store, ofc_client_get_id (created), &error);
  ck_assert_str_eq (ofc_client_get_email (stored), "first@example.com");
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'client'"), 2);
}
END_TEST

START_TEST (test_archive_restore)
{
  g_autoptr (OfcClient) client = create_person ("Архипов Аркадий", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) entries = NULL;
  g_autoptr (OfcJournalEntry) archived = NULL;
  g_autoptr (GPtrArray) found = NULL;

  ck_assert (ofc_client_store_archive (store, client, &error));
  ofc_assert_no_error (error);
  ck_assert (ofc_client_get_archived (client));
  ck_assert_int_eq (ofc_client_get_version (client), 2);
  found = ofc_client_store_search (store, "архипов", 0, 0, 10, &error);
  ck_assert_int_eq (found->len, 0);
  g_ptr_array_unref (found);
  found =
      ofc_client_store_search (store, "архипов", OFC_CLIENT_SEARCH_INCLUDE_ARCHIVED, 0, 10, &error);
  ck_assert_int_eq (found->len, 1);
  g_ptr_array_unref (found);
  ck_assert (ofc_client_store_archive (store, client, &error)); /* already archived: no-op */
  ck_assert_int_eq (ofc_client_get_version (client), 2);

  ck_assert (ofc_client_store_restore (store, client, &error));
  ck_assert (!ofc_client_get_archived (client));
  found = ofc_client_store_search (store, "архипов", 0, 0, 10, &error);
  ck_assert_int_eq (found->len, 1);

  entries = history (client);
  ck_assert_int_eq (g_list_model_get_n_items (entries), 3);
  archived = g_list_model_get_item (entries, 1);
  ck_assert_str_eq (ofc_journal_entry_get_operation (archived), "archive");
  ck_assert_str_eq (find_change (entries, 1, "archived")->new_text, "yes");
  ck_assert_str_eq (find_change (entries, 2, "archived")->new_text, "no");
  ck_assert (!ofc_database_exec (database, "DELETE FROM client", NULL));
}
END_TEST

START_TEST (test_duplicate_phone_warning)
{
  g_autoptr (OfcClient) first = create_person ("Первый Клиент", "+7 926 123-45-67");
  g_autoptr (OfcClient) second = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (GError) error = NULL;
  g_autofree char *warning = NULL;
  g_autoptr (GPtrArray) found = NULL;

  ofc_client_set_name (second, "Второй Клиент");
  ofc_client_add_phone (second, "8 (926) 123 45 67", NULL);
  ck_assert (ofc_client_store_create (store, second, &warning, &error));
  ofc_assert_no_error (error);
  ck_assert_str_eq (warning,
                    "Another client already has the phone 8 (926) 123 45 67: Первый Клиент");
  g_clear_pointer (&warning, g_free);

  found = ofc_client_store_find_by_phone (store, "89261234567", NULL, &error);
  ck_assert_int_eq (found->len, 2);
  g_ptr_array_unref (found);
  found =
      ofc_client_store_find_by_phone (store, "926-123-45-67", ofc_client_get_id (second), &error);
  ck_assert_int_eq (found->len, 1);
  ck_assert_str_eq (ofc_client_get_name (g_ptr_array_index (found, 0)), "Первый Клиент");
  g_ptr_array_unref (found);
  ck_assert_ptr_null (ofc_client_store_find_by_phone (store, "abc", NULL, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  g_clear_error (&error);

  /* an edit that leaves the phones alone does not warn again */
  ofc_client_set_note (second, "note");
  ck_assert (ofc_client_store_update (store, second, &warning, &error));
  ck_assert_ptr_null (warning);
  /* an archived client does not count */
  ck_assert (ofc_client_store_archive (store, first, &error));
  found = ofc_client_store_find_by_phone (store, "89261234567", NULL, &error);
  ck_assert_int_eq (found->len, 1);
}
END_TEST

START_TEST (test_card_codes)
{
  g_autoptr (GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (OfcClient) typed = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (OfcClient) copy = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (OfcClient) found = NULL;
  g_autoptr (GError) error = NULL;

  for (int i = 0; i < 100; i++)
    {
      g_autofree char *name = g_strdup_printf ("Client %d", i);
      g_autoptr (OfcClient) client = create_person (name, NULL);

      ck_assert (g_hash_table_add (codes, g_strdup (ofc_client_get_card_code (client))));
    }
  ofc_client_set_name (typed, "Pre-printed card");
  ofc_client_set_card_code (typed, "4006381333931");
  ck_assert (ofc_client_store_create (store, typed, NULL, &error));
  ck_assert_str_eq (ofc_client_get_card_code (typed), "4006381333931");

  ofc_client_set_name (copy, "Same card");
  ofc_client_set_card_code (copy, "4006381333931");
  ck_assert (!ofc_client_store_create (store, copy, NULL, &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_INVALID);
  ck_assert_str_eq (ofc_error_get_field (error), "card-code");
  ck_assert (strstr (error->message, "already belongs to Pre-printed card") != NULL);
  g_clear_error (&error);

  found = ofc_client_store_find_by_card_code (store, "4006 3813 3393 1", &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_client_get_name (found), "Pre-printed card");
  ck_assert_ptr_null (ofc_client_store_find_by_card_code (store, "2000000000015", &error));
  ofc_assert_error (error, OFC_ERROR, OFC_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* clearing the code in an editor keeps the card */
  ofc_client_set_card_code (typed, "");
  ofc_client_set_note (typed, "kept");
  ck_assert (ofc_client_store_update (store, typed, NULL, &error));
  ck_assert_str_eq (ofc_client_get_card_code (typed), "4006381333931");
}
END_TEST

START_TEST (test_disk_full_leaves_nothing)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClient) before = create_person ("Before", "+7 926 000-00-00");
  gint64 pages = count ("PRAGMA page_count");
  g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT, pages + 3);
  g_autofree char *note = g_strnfill (9000, 'x');
  gint64 clients, phones, journal;
  int created = 0;

  ck_assert (ofc_database_exec (database, limit, &error));
  for (; created < 50; created++)
    {
      g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);

      ofc_client_set_name (client, "Filler");
      ofc_client_set_note (client, note);
      ofc_client_add_phone (client, "+7 926 000-00-01", NULL);
      clients = count ("SELECT count(*) FROM client");
      phones = count ("SELECT count(*) FROM client_phone");
      journal = count ("SELECT count(*) FROM journal");
      if (!ofc_client_store_create (store, client, NULL, &error))
        break;
    }
  ck_assert_msg (created < 50, "the disk never filled up");
  ofc_assert_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_FULL);
  ck_assert_int_eq (count ("SELECT count(*) FROM client"), clients);
  ck_assert_int_eq (count ("SELECT count(*) FROM client_phone"), phones);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal"), journal);
  ck_assert (!ofc_database_in_transaction (database));
}
END_TEST

START_TEST (test_locked_leaves_nothing)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) holder = ofc_database_open (path, 0, &error);
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  gint64 journal = count ("SELECT count(*) FROM journal");

  ck_assert (
      ofc_database_exec (holder, "BEGIN IMMEDIATE; INSERT INTO meta VALUES ('held', '1')", &error));
  ofc_client_set_name (client, "Locked Out");
  ck_assert (!ofc_client_store_create (store, client, NULL, &error));
  ofc_assert_error (error, OFC_DATABASE_ERROR, OFC_DATABASE_ERROR_LOCKED);
  ck_assert (!ofc_client_is_saved (client));
  ck_assert (ofc_database_exec (holder, "ROLLBACK", NULL));
  ck_assert_int_eq (count ("SELECT count(*) FROM client"), 0);
  ck_assert_int_eq (count ("SELECT count(*) FROM journal"), journal);
  g_clear_error (&error);
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
}
END_TEST

static void
count_signal (int *counter)
{
  (*counter)++;
}

START_TEST (test_notify_after_commit)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcClient) outside = NULL;
  int changed = 0;

  g_signal_connect_swapped (context, "changed::client", G_CALLBACK (count_signal), &changed);
  outside = create_person ("Outside", NULL);
  ck_assert_int_eq (changed, 1);
  {
    g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, &error);
    g_autoptr (OfcClient) inside = create_person ("Inside", NULL);

    ck_assert_int_eq (changed, 1); /* not yet visible: the caller notifies after its commit */
    ck_assert (ofc_transaction_commit (transaction, &error));
  }
  ck_assert_int_eq (count ("SELECT count(*) FROM client"), 2);
  ck_assert_int_eq (changed, 1);
}
END_TEST

static guint
n_sources (gboolean include_archived)
{
  g_autoptr (GListModel) sources = ofc_client_store_list_sources (store, include_archived, NULL);

  return g_list_model_get_n_items (sources);
}

START_TEST (test_sources)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GListModel) defaults = ofc_client_store_list_sources (store, FALSE, &error);
  g_autoptr (OfcClientSource) first = g_list_model_get_item (defaults, 0);
  g_autoptr (OfcClientSource) last = g_list_model_get_item (defaults, 5);
  g_autoptr (OfcClientSource) added = NULL;
  g_autoptr (OfcClientSource) renamed = NULL;
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autoptr (OfcClient) stored = NULL;

  ck_assert_int_eq (g_list_model_get_n_items (defaults), 6);
  ck_assert_str_eq (ofc_client_source_get_name (first), "Walk-in");
  ck_assert_str_eq (ofc_client_source_get_name (last), "Returning client");

  added = ofc_client_store_add_source (store, "  Avito ", &error);
  ofc_assert_no_error (error);
  ck_assert_str_eq (ofc_client_source_get_name (added), "Avito");
  ck_assert_int_eq (ofc_client_source_get_position (added), 7);
  ck_assert_ptr_null (ofc_client_store_add_source (store, "AVITO", &error));
  ck_assert_str_eq (ofc_error_get_field (error), "name");
  g_clear_error (&error);
  ck_assert_ptr_null (ofc_client_store_add_source (store, " ", &error));
  g_clear_error (&error);

  ofc_client_set_name (client, "From Avito");
  ofc_client_set_source (client, added);
  ck_assert (ofc_client_store_create (store, client, NULL, &error));
  renamed = ofc_client_store_rename_source (store, added, "Avito.ru", &error);
  ofc_assert_no_error (error);
  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ck_assert_str_eq (ofc_client_get_source_name (stored), "Avito.ru");

  ck_assert (ofc_client_store_archive_source (store, renamed, &error));
  ck_assert_int_eq (n_sources (FALSE), 6);
  ck_assert_int_eq (n_sources (TRUE), 7);
  g_clear_object (&stored);
  stored = ofc_client_store_get (store, ofc_client_get_id (client), &error);
  ck_assert_str_eq (ofc_client_get_source_name (stored), "Avito.ru");
  ck_assert_int_eq (count ("SELECT count(*) FROM journal WHERE entity = 'client_source'"), 9);

  /* the defaults are made once: a second store (or start) adds none */
  g_clear_object (&store);
  store = ofc_client_store_new (context, &error);
  ck_assert_int_eq (n_sources (TRUE), 7);
}
END_TEST

static int
count_notify (GObject *object, const char *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  int counter = 0;
  gulong handler = g_signal_connect_swapped (object, signal, G_CALLBACK (count_signal), &counter);

  g_object_set (object, property, "same", NULL);
  g_object_set (object, property, "same", NULL);
  g_signal_handler_disconnect (object, handler);
  return counter;
}

START_TEST (test_properties)
{
  g_autoptr (OfcClient) client = ofc_client_new (OFC_CLIENT_KIND_PERSON);
  g_autofree char *email = NULL;
  g_autofree char *id = NULL;
  g_auto (GStrv) tags = NULL;
  gboolean is_company = TRUE;
  int discount = 0;

  ck_assert_int_eq (count_notify (G_OBJECT (client), "name"), 1);
  ck_assert_int_eq (count_notify (G_OBJECT (client), "note"), 1);
  g_object_get (client, "email", &email, "id", &id, "is-company", &is_company, NULL);
  ck_assert_str_eq (email, ""); /* never NULL, so entries can be bound */
  ck_assert_str_eq (id, "");
  ck_assert (!is_company);
  g_object_set (client, "kind", OFC_CLIENT_KIND_COMPANY, "tags-text", "a, b ,, c", "discount-works",
                750, NULL);
  g_object_get (client, "tags", &tags, "discount-works", &discount, "is-company", &is_company,
                NULL);
  ck_assert_int_eq (g_strv_length (tags), 3);
  ck_assert_str_eq (tags[1], "b");
  ck_assert_int_eq (discount, 750);
  ck_assert (is_company);
}
END_TEST

static Suite *
clients_suite (void)
{
  Suite *suite = suite_create ("clients");
  TCase *write = tcase_create ("write");
  TCase *failures = tcase_create ("failures");
  TCase *sources = tcase_create ("sources");

  tcase_add_checked_fixture (write, setup, teardown);
  tcase_add_test (write, test_create);
  tcase_add_test (write, test_every_field_round_trip);
  tcase_add_test (write, test_update_journal);
  tcase_add_test (write, test_conflict);
  tcase_add_test (write, test_archive_restore);
  tcase_add_test (write, test_duplicate_phone_warning);
  tcase_add_test (write, test_card_codes);
  tcase_add_test (write, test_notify_after_commit);
  tcase_add_test (write, test_properties);
  tcase_add_checked_fixture (failures, setup, teardown);
  tcase_add_test (failures, test_disk_full_leaves_nothing);
  tcase_add_test (failures, test_locked_leaves_nothing);
  tcase_add_checked_fixture (sources, setup, teardown);
  tcase_add_test (sources, test_sources);
  suite_add_tcase (suite, write);
  suite_add_tcase (suite, failures);
  suite_add_tcase (suite, sources);
  return suite;
}

int
main (void)
{
  return ofc_test_run (clients_suite ());
}
