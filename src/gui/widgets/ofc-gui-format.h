/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Dates and times as the person at the counter reads and types them. The stored forms are
 * UTC microseconds and "YYYY-MM-DD" days; what is shown follows the translation's date
 * format in local time, and what is typed may be in the locale's usual forms or ISO 8601.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *ofc_gui_format_date      (const GDate *date);
char     *ofc_gui_format_day_of    (gint64       utc_us);
char     *ofc_gui_format_date_time (gint64       utc_us);
char     *ofc_gui_format_count     (guint        count);
char     *ofc_gui_format_money     (gint64       minor,
                                    const char  *currency);
char     *ofc_gui_format_iso_day   (gint64       utc_us);
gboolean  ofc_gui_parse_date       (const char  *text,
                                    GDate       *out);

G_END_DECLS
