/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * How long the orders page takes from being constructed to its first painted screen, in
 * a window already on screen, on a large database. Each run builds a new OfcOrdersPage
 * (its list reads the count and the first page, its header the counters), makes it the
 * window's content and waits for the frame that paints it. Every run is paired with a
 * baseline run in the same window whose content is a plain label: the cost of any frame
 * here, which on a shared machine moves with the load. Between runs the main loop settles
 * and the page's background reader is given time to finish.
 *
 * Prints percentiles of both, and how many cells had text in each page's first frame
 * (the frame must show rows, not an empty view); asserts nothing.
 *
 *   bench-orders-page DB [RUNS]
 */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "ofc-gui-resources.h"
#include "ofc-orders-page.h"
#include "ofc-renderer.h"

/* long enough for the page's worker to read every id: the next run starts from rest */
#define SETTLE_MS 1500

typedef struct
{
  GtkWindow *window;
  OfcContext *context;
  guint runs;
  GArray *constructed; /* double, ms: the page's constructor alone */
  GArray *painted;     /* double, ms: constructor to the end of the first frame */
  GArray *baseline;    /* double, ms: a label set as content to the end of its frame */
  guint min_cells;     /* cells with text in a first frame, the fewest over the runs */
  gboolean label_turn; /* the run under way is the baseline's */
  gint64 started;
  gulong paint_handler;
} Bench;

static void run_once (Bench *bench);

static double
ms_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
print_row (const char *what, GArray *samples)
{
  guint n = samples->len;

  g_array_sort (samples, compare_doubles);
  printf ("%-44s n=%-3u p50 %7.1f  p95 %7.1f  min %7.1f  max %7.1f\n", what, n,
          g_array_index (samples, double, n / 2),
          g_array_index (samples, double, MIN (n - 1, (guint) (0.95 * n))),
          g_array_index (samples, double, 0), g_array_index (samples, double, n - 1));
}

static void
report (Bench *bench)
{
  print_row ("orders page: constructor (ms)", bench->constructed);
  print_row ("orders page: constructor to first frame (ms)", bench->painted);
  print_row ("baseline, a label: set to first frame (ms)", bench->baseline);
  printf ("cells with text in the page's first frame: at least %u\n", bench->min_cells);
  fflush (stdout);
}

/* the order cells (GtkInscriptions) on screen that show text */
static guint
count_cells (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget)
      && gtk_widget_get_height (widget) > 0
      && g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (widget)), "") > 0)
    return 1;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_cells (child);
  return n;
}

static gboolean
next_run_cb (gpointer data)
{
  Bench *bench = data;

  if (bench->painted->len >= bench->runs && bench->label_turn)
    {
      report (bench);
      gtk_window_destroy (bench->window);
      return G_SOURCE_REMOVE;
    }
  run_once (bench);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock, Bench *bench)
{
  double ms = ms_since (bench->started);

  g_clear_signal_handler (&bench->paint_handler, clock);
  if (bench->label_turn)
    g_array_append_val (bench->baseline, ms);
  else
    {
      guint cells = count_cells (GTK_WIDGET (bench->window));

      g_array_append_val (bench->painted, ms);
      bench->min_cells = bench->painted->len == 1 ? cells : MIN (bench->min_cells, cells);
    }
  bench->label_turn = !bench->label_turn;
  g_timeout_add (bench->label_turn ? SETTLE_MS : SETTLE_MS / 3, next_run_cb, bench);
}

static GtkWidget *
make_page (Bench *bench)
{
  GtkWidget *page;
  double ms;

  page = g_object_new (OFC_TYPE_ORDERS_PAGE, "context", bench->context, NULL);
  ms = ms_since (bench->started);
  g_array_append_val (bench->constructed, ms);
  return page;
}

static void
run_once (Bench *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
  GtkWidget *content;

  /* the previous page goes first, so its teardown is not timed */
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->window), NULL);
  bench->started = g_get_monotonic_time ();
  content = bench->label_turn ? gtk_label_new ("Hello") : make_page (bench);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->window), content);
  bench->paint_handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb),
                                           bench);
}

static void
on_map_cb (GtkWidget *window, Bench *bench)
{
  /* the window is on screen and idle: what is timed is the page alone */
  g_timeout_add (500, next_run_cb, bench);
}

/* the application's style sheet, which AdwApplication finds only under the real app id */
static void
load_style (void)
{
  g_autoptr (GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
on_activate_cb (GtkApplication *application, Bench *bench)
{
  load_style ();
  bench->window = GTK_WINDOW (adw_application_window_new (application));
  gtk_window_set_default_size (bench->window, 1280, 800);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (bench->window), gtk_label_new ("…"));
  g_signal_connect (bench->window, "map", G_CALLBACK (on_map_cb), bench);
  gtk_window_present (bench->window);
}

static void
run (Bench *bench, char *argv0)
{
  g_autoptr (AdwApplication) application = NULL;

  bench->constructed = g_array_new (FALSE, FALSE, sizeof (double));
  bench->painted = g_array_new (FALSE, FALSE, sizeof (double));
  bench->baseline = g_array_new (FALSE, FALSE, sizeof (double));
  bench->label_turn = TRUE;
  ofc_gui_register_resource ();
  application = adw_application_new ("org.officina.BenchOrdersPage", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), bench);
  g_application_run (G_APPLICATION (application), 1, &argv0);
  g_array_unref (bench->constructed);
  g_array_unref (bench->painted);
  g_array_unref (bench->baseline);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcDatabase) database = NULL;
  Bench bench = { 0 };

  if (argc < 2)
    {
      g_printerr ("usage: bench-orders-page DB [RUNS]\n");
      return 2;
    }
  database = ofc_database_open (argv[1], OFC_DATABASE_OPEN_DEFAULT, &error);
  if (database == NULL)
    {
      g_printerr ("bench-orders-page: %s\n", error->message);
      return 1;
    }
  /* the renderer the application would choose here */
  ofc_renderer_apply ();
  bench.context = ofc_context_new (database);
  bench.runs = argc > 2 ? MAX ((guint) atoi (argv[2]), 1) : 15;
  run (&bench, argv[0]);
  g_object_unref (bench.context);
  return 0;
}
