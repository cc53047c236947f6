/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The benchmark probe: with OFFICINA_BENCH set, a window reports when it is painted and
 * interactive, runs the searches named in OFFICINA_BENCH_SEARCH through the visible page's
 * search entry or, with OFFICINA_BENCH_SCROLL=N, scrolls the visible list from top to end
 * in N jumps, one per frame, then reports resident memory and quits. Without the variable
 * it does nothing.
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void ofc_bench_probe_attach (GtkWindow *window);

G_END_DECLS
