/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The benchmark probe used by tests/bench: "ready" after the first painted frame once the
 * main loop is idle (the window then answers input), then optional searches, then the
 * resident set size from /proc. The harness times the process from spawn to "ready".
 */
#define G_LOG_DOMAIN "ofc-bench"

#include "config.h"

#include <stdio.h>

#include "ofc-bench-probe.h"

typedef struct
{
  GtkWindow *window;
  GStrv queries;
  guint next;
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

static void
finish (Probe *probe)
{
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

static gboolean
on_idle_cb (gpointer data)
{
  Probe *probe = data;

  printf ("ready\n");
  fflush (stdout);
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
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), probe);
}
