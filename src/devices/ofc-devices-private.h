/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Helpers shared inside the devices library; not part of its API.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ofc_device_text_sanitize (const char *text, gboolean keep_newlines);

G_END_DECLS
