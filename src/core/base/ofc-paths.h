/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Where Officina keeps its files, shared by the window and officina-cli so both open the
 * same database by default.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

char *ofc_paths_dup_default_database (void);
char *ofc_paths_dup_backup_folder    (const char *database_path);

G_END_DECLS
