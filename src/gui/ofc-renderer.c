/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Without a GPU, GTK's default OpenGL renderer runs on Mesa's software rasteriser, which
 * compiles shaders on the CPU and keeps every texture in the process. On such a machine
 * (a shop's old PC, a virtual machine, a thin client) GTK's cairo renderer paints the
 * same window sooner and in less memory: in tests/bench, the orders page's first screen in
 * 89-110 ms instead of 139-168 ms, and 16 MB less after searching the client book. So
 * Officina asks for cairo when the system has no GPU device at all, and leaves the choice
 * to GTK otherwise; GSK_RENDERER set by the user always wins.
 */
#include "config.h"

#include <gio/gio.h>

#include "ofc-renderer.h"

#define DRI_DIR "/dev/dri"

static gboolean
has_gpu_device (const char *dri_dir)
{
  g_autoptr (GDir) dir = g_dir_open (dri_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "renderD") || g_str_has_prefix (name, "card"))
      return TRUE;
  return FALSE;
}

/**
 * ofc_renderer_choose:
 * @requested: (nullable): GSK_RENDERER as the user set it
 * @dri_dir: where the kernel lists GPU devices, /dev/dri
 *
 * Returns: (nullable): the renderer to ask GTK for, or %NULL to leave the choice as it is
 */
const char *
ofc_renderer_choose (const char *requested, const char *dri_dir)
{
  if (requested != NULL && *requested != '\0')
    return NULL;
  return has_gpu_device (dri_dir) ? NULL : "cairo";
}

/**
 * ofc_renderer_apply:
 *
 * Sets GSK_RENDERER for this process as ofc_renderer_choose() decides. Call before GTK
 * opens its display.
 */
void
ofc_renderer_apply (void)
{
  const char *renderer = ofc_renderer_choose (g_getenv ("GSK_RENDERER"), DRI_DIR);

  if (renderer != NULL)
    g_setenv ("GSK_RENDERER", renderer, TRUE);
}
