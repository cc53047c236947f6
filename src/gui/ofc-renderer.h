/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Which renderer GTK draws Officina with.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char *ofc_renderer_choose (const char *requested,
                                 const char *dri_dir);
void        ofc_renderer_apply  (void);

G_END_DECLS
