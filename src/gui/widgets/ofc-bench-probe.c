/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The benchmark probe used by tests/bench: "ready" after the first painted frame once the
 * main loop is idle (the window then answers input), then optional searches or a scroll
 * through the whole list shown, then the resident set size from /proc. The harness times
 * the process from spawn to "ready".
 */
#define G_LOG_DOMAIN "ofc-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "ofc-bench-probe.h"

typedef struct
{
  GtkWindow *window;
  GStrv queries;
  guint next;
  guint scroll_steps;    /* OFFICINA_BENCH_SCROLL: jumps from the top of the list to its end */
  GtkAdjustment *scroll; /* the list's */
  double last_upper;
  guint stable_polls;
  guint steps_done;
} Probe;

/* a field of /proc/self/status in kB, e.g. "VmRSS:" */
static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, field);
  return line != NULL ? strtol (line + strlen (field), NULL, 10) : -1;
}

static GtkWidget *
find_search_entry (GtkWidget *root)
{
  if (GTK_IS_SEARCH_ENTRY (root) && gtk_widget_is_drawable (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* the column view on screen, if any */
static GtkWidget *
find_column_view (GtkWidget *root)
{
  if (GTK_IS_COLUMN_VIEW (root) && gtk_widget_is_drawable (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_column_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* a model still reading its rows in the background says so in a "loading" property; the
 * view's model may wrap it (a selection's "model") */
static gboolean
is_loading (GObject *model)
{
  gboolean loading = FALSE;
  g_autoptr (GObject) inner = NULL;

  if (model == NULL)
    return FALSE;
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (model), "loading") != NULL)
    {
      g_object_get (model, "loading", &loading, NULL);
      return loading;
    }
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (model), "model") == NULL)
    return FALSE;
  g_object_get (model, "model", &inner, NULL);
  return is_loading (inner);
}

/* for a breakdown of the figure by mapping: OFFICINA_BENCH_SMAPS names the copy */
static void
save_smaps (void)
{
  const char *path = g_getenv ("OFFICINA_BENCH_SMAPS");
  g_autofree char *smaps = NULL;

  if (path != NULL && g_file_get_contents ("/proc/self/smaps", &smaps, NULL, NULL))
    g_file_set_contents (path, smaps, -1, NULL);
}

static void
finish (Probe *probe)
{
  save_smaps ();
  printf ("rss-kb %ld anon-kb %ld file-kb %ld\n", status_kb ("VmRSS:"), status_kb ("RssAnon:"),
          status_kb ("RssFile:"));
  fflush (stdout);
  g_strfreev (probe->queries);
  gtk_window_destroy (probe->window);
  g_free (probe);
}

/* one query per step, with time for the debounced search and the list to settle */
static gboolean
on_search_step_cb (gpointer data)
{
  Probe *probe = data;
  GtkWidget *entry = find_search_entry (GTK_WIDGET (probe->window));

  if (entry == NULL || probe->queries == NULL || probe->queries[probe->next] == NULL)
    {
      finish (probe);
      return G_SOURCE_REMOVE;
    }
  gtk_editable_set_text (GTK_EDITABLE (entry), probe->queries[probe->next++]);
  return G_SOURCE_CONTINUE;
}

/* one jump per frame, so every stop is laid out, bound and painted */
static gboolean
on_scroll_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer data)
{
  Probe *probe = data;
  double upper = gtk_adjustment_get_upper (probe->scroll);
  double page = gtk_adjustment_get_page_size (probe->scroll);
  double value = gtk_adjustment_get_value (probe->scroll);

  /* the step limit stops a list whose end keeps moving away */
  if (value + page >= upper - 1 || probe->steps_done >= 2 * probe->scroll_steps)
    {
      printf ("scrolled %u steps to %.0f of %.0f px\n", probe->steps_done, value + page, upper);
      finish (probe);
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (probe->scroll, MIN (upper - page, value + upper / probe->scroll_steps));
  probe->steps_done++;
  return G_SOURCE_CONTINUE;
}

/* waits until the list has all its rows and its height follows, then scrolls */
static gboolean
on_scroll_poll_cb (gpointer data)
{
  Probe *probe = data;
  GtkWidget *view = find_column_view (GTK_WIDGET (probe->window));
  GtkWidget *scrolled = view != NULL ? gtk_widget_get_ancestor (view, GTK_TYPE_SCROLLED_WINDOW)
                                     : NULL;
  double upper;

  if (scrolled == NULL)
    {
      finish (probe);
      return G_SOURCE_REMOVE;
    }
  probe->scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  upper = gtk_adjustment_get_upper (probe->scroll);
  probe->stable_polls = upper == probe->last_upper ? probe->stable_polls + 1 : 0;
  probe->last_upper = upper;
  if (is_loading (G_OBJECT (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))))
      || probe->stable_polls < 3)
    return G_SOURCE_CONTINUE;
  gtk_widget_add_tick_callback (GTK_WIDGET (probe->window), on_scroll_tick_cb, probe, NULL);
  return G_SOURCE_REMOVE;
}

static gboolean
on_idle_cb (gpointer data)
{
  Probe *probe = data;

  printf ("ready\n");
  fflush (stdout);
  /* OFFICINA_BENCH_PAGE: the searches go to that page (the window's "win.show-page") */
  if (g_getenv ("OFFICINA_BENCH_PAGE") != NULL)
    gtk_widget_activate_action (GTK_WIDGET (probe->window), "win.show-page", "s",
                                g_getenv ("OFFICINA_BENCH_PAGE"));
  if (probe->scroll_steps > 0)
    g_timeout_add (200, on_scroll_poll_cb, probe);
  else
    g_timeout_add (400, on_search_step_cb, probe);
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, data);
  g_idle_add_full (G_PRIORITY_LOW, on_idle_cb, data, NULL);
}

static void
on_map_cb (GtkWidget *widget,
           gpointer   data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, on_map_cb, data);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), data);
}

/**
 * ofc_bench_probe_attach:
 * @window: a window about to be presented
 */
void
ofc_bench_probe_attach (GtkWindow *window)
{
  const char *queries = g_getenv ("OFFICINA_BENCH_SEARCH");
  Probe *probe;

  if (g_getenv ("OFFICINA_BENCH") == NULL)
    return;
  probe = g_new0 (Probe, 1);
  probe->window = window;
  probe->queries = queries != NULL ? g_strsplit (queries, ";", -1) : NULL;
  if (g_getenv ("OFFICINA_BENCH_SCROLL") != NULL)
    probe->scroll_steps = MAX (atoi (g_getenv ("OFFICINA_BENCH_SCROLL")), 1);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), probe);
}
