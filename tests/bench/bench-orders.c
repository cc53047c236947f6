/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Measures the order module on a large database; prints figures, asserts nothing.
 *
 *   bench-orders generate DB CLIENTS ORDERS [SEED]         demo clients, then demo orders
 *   bench-orders generate-skewed DB CLIENTS ORDERS [SEED]  a harder dataset: names drawn
 *       from few surnames (one client in six is an Ivanov), written with plain SQL
 *   bench-orders measure DB [SAMPLES]                      creation, search, filters, lists
 *   bench-orders create DB N PAUSE_MS commit|background    the creation series alone
 */
#include "config.h"

#include <ofc-core.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const surnames[] = {
  "Иванов",  "Смирнов", "Кузнецов", "Попов",    "Васильев", "Петров",    "Соколов", "Михайлов",
  "Новиков", "Фёдоров", "Морозов",  "Волков",   "Алексеев", "Лебедев",   "Семёнов", "Егоров",
  "Павлов",  "Козлов",  "Степанов", "Николаев", "Орлов",    "Андреев",   "Макаров", "Никитин",
  "Захаров", "Зайцев",  "Соловьёв", "Борисов",  "Яковлев",  "Григорьев", "Романов", "Воробьёв",
};
static const char *const male_names[] = {
  "Александр", "Сергей", "Дмитрий", "Андрей", "Алексей",  "Максим", "Евгений", "Иван",
  "Михаил",    "Артём",  "Никита",  "Игорь",  "Владимир", "Павел",  "Роман",   "Олег",
};
static const char *const female_names[] = {
  "Анна",     "Мария", "Елена",     "Ольга", "Наталья", "Екатерина", "Татьяна",  "Ирина",
  "Светлана", "Юлия",  "Анастасия", "Дарья", "Марина",  "Ксения",    "Виктория", "Алина",
};
static const char *const patronymics[] = {
  "Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев", "Иванов", "Михайлов", "Петров",
};

/* skewed toward the first entries, as real names are */
static const char *
pick_skewed (GRand *rand, const char *const *items, guint n)
{
  double x = g_rand_double (rand);

  return items[(guint) (x * x * n)];
}

static char *
make_name (GRand *rand)
{
  gboolean female = g_rand_boolean (rand);
  const char *surname = pick_skewed (rand, surnames, G_N_ELEMENTS (surnames));
  const char *name = female ? pick_skewed (rand, female_names, G_N_ELEMENTS (female_names))
                            : pick_skewed (rand, male_names, G_N_ELEMENTS (male_names));
  const char *father = patronymics[g_rand_int_range (rand, 0, G_N_ELEMENTS (patronymics))];

  return g_strdup_printf ("%s%s %s %s%s", surname, female ? "а" : "", name, father,
                          female ? "на" : "ич");
}

static void
die (GError *error)
{
  g_printerr ("bench-orders: %s\n", error->message);
  exit (1);
}

static void
insert_client (OfcDatabase *database, GRand *rand, guint i, char *phone_out)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *name = make_name (rand);
  g_autofree char *key = g_utf8_casefold (name, -1);
  g_autofree char *phones = NULL;
  g_autofree char *card = g_strdup_printf ("2%012u", i);
  GError *error = NULL;
  OfcUuid id;

  g_snprintf (phone_out, 12, "79%09u", g_rand_int_range (rand, 0, 1000000000));
  phones = g_strdup_printf ("%s 8%s %s", phone_out, phone_out + 1, phone_out + 1);
  statement = ofc_database_prepare (database,
                                    "INSERT INTO client (id, kind, name, name_key, search_phones,"
                                    " card_code, discount_works, created_at, updated_at)"
                                    " VALUES (?1, 'person', ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                                    &error);
  if (statement == NULL)
    die (error);
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (statement, 1, &id);
  ofc_statement_bind_text (statement, 2, name);
  ofc_statement_bind_text (statement, 3, key);
  ofc_statement_bind_text (statement, 4, phones);
  ofc_statement_bind_text (statement, 5, card);
  ofc_statement_bind_int64 (statement, 6, g_rand_int_range (rand, 0, 4) == 0 ? 500 : 0);
  ofc_statement_bind_int64 (statement, 7, g_get_real_time ());
  if (!ofc_statement_exec (statement, &error))
    die (error);
}

static void
insert_phone (OfcDatabase *database, guint i, const char *digits)
{
  g_autoptr (OfcStatement) statement = NULL;
  g_autofree char *display = g_strdup_printf ("+%s", digits);
  GError *error = NULL;
  OfcUuid id;

  statement = ofc_database_prepare (database,
                                    "INSERT INTO client_phone (id, client_id, position, display,"
                                    " digits) SELECT ?1, id, 0, ?2, ?3 FROM client"
                                    " WHERE rowid = last_insert_rowid()",
                                    &error);
  if (statement == NULL)
    die (error);
  ofc_uuid_generate (&id);
  ofc_statement_bind_uuid (statement, 1, &id);
  ofc_statement_bind_text (statement, 2, display);
  ofc_statement_bind_text (statement, 3, digits);
  if (!ofc_statement_exec (statement, &error))
    die (error);
}

static void
generate_clients (OfcDatabase *database, guint n, guint64 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed ((guint32) seed);
  GError *error = NULL;

  for (guint done = 0; done < n;)
    {
      g_autoptr (OfcTransaction) transaction = ofc_database_begin (database, &error);

      if (transaction == NULL)
        die (error);
      for (guint k = 0; k < 5000 && done < n; k++, done++)
        {
          char phone[12];

          insert_client (database, rand, done, phone);
          insert_phone (database, done, phone);
        }
      if (!ofc_transaction_commit (transaction, &error))
        die (error);
    }
}

static void
report_progress (guint done, guint total, gpointer user_data)
{
  gint64 started = *(gint64 *) user_data;
  double seconds = (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC;

  if (done % 50000 == 0 || done == total)
    g_printerr ("  %u / %u orders, %.0f s\n", done, total, seconds);
}

static void
make_orders (OfcDatabase *database, guint n_orders, guint64 seed)
{
  GError *error = NULL;
  gint64 started = g_get_monotonic_time ();

  if (!ofc_demo_generate_orders (database, n_orders, seed, report_progress, &started, NULL, &error))
    die (error);
  printf ("demo orders: %u in %.1f s\n", n_orders,
          (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC);
  if (!ofc_database_exec (database, "PRAGMA optimize;", &error))
    die (error);
}

static int
generate (const char *path, guint n_clients, guint n_orders, guint64 seed, gboolean skewed)
{
  GError *error = NULL;
  g_autoptr (OfcDatabase) database = ofc_database_open (path, 0, &error);
  g_autoptr (OfcContext) context = NULL;
  gint64 started;

  if (database == NULL)
    die (error);
  context = ofc_context_new (database);
  started = g_get_monotonic_time ();
  if (skewed)
    generate_clients (database, n_clients, seed);
  else if (!ofc_demo_generate_clients (context, n_clients, (guint32) seed, NULL, NULL, NULL,
                                       &error))
    die (error);
  printf ("clients: %u in %.1f s\n", n_clients,
          (double) (g_get_monotonic_time () - started) / G_USEC_PER_SEC);
  make_orders (database, n_orders, seed);
  return 0;
}

int bench_measure (const char *path, guint samples);
int bench_create (const char *path, guint n, guint pause_ms, gboolean background);

int
main (int argc, char *argv[])
{
  gboolean skewed = argc >= 2 && g_str_equal (argv[1], "generate-skewed");

  if (argc >= 5 && (skewed || g_str_equal (argv[1], "generate")))
    return generate (argv[2], (guint) atoi (argv[3]), (guint) atoi (argv[4]),
                     argc > 5 ? g_ascii_strtoull (argv[5], NULL, 10) : 42, skewed);
  if (argc >= 6 && g_str_equal (argv[1], "create"))
    return bench_create (argv[2], (guint) atoi (argv[3]), (guint) atoi (argv[4]),
                         g_str_equal (argv[5], "background"));
  if (argc >= 3 && g_str_equal (argv[1], "measure"))
    return bench_measure (argv[2], argc > 3 ? (guint) atoi (argv[3]) : 200);
  g_printerr ("usage: bench-orders generate|generate-skewed DB CLIENTS ORDERS [SEED]\n"
              "       bench-orders measure DB [SAMPLES]\n"
              "       bench-orders create DB N PAUSE_MS commit|background\n");
  return 2;
}
