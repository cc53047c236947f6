/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcSuggestRow: an entry row that offers matches for what is typed in a popover below
 * it, all from the keyboard: Down and Up move through the matches, Enter takes one and
 * moves on to the next field, Escape closes the list. The owner finds the matches: it
 * answers "search" with ofc_suggest_row_set_suggestions() and learns the choice from
 * "picked".
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OFC_TYPE_SUGGEST_ROW (ofc_suggest_row_get_type ())
G_DECLARE_FINAL_TYPE (OfcSuggestRow, ofc_suggest_row, OFC, SUGGEST_ROW, AdwEntryRow)

void        ofc_suggest_row_set_suggestions (OfcSuggestRow      *self,
                                             const char *const  *titles,
                                             const char *const  *subtitles);
guint       ofc_suggest_row_get_n_suggestions (OfcSuggestRow    *self);
void        ofc_suggest_row_set_text_quietly (OfcSuggestRow     *self,
                                              const char        *text);
const char *ofc_suggest_row_get_query       (OfcSuggestRow      *self);
void        ofc_suggest_row_search_now      (OfcSuggestRow      *self);
gboolean    ofc_suggest_row_is_open         (OfcSuggestRow      *self);
void        ofc_suggest_row_close           (OfcSuggestRow      *self);

G_END_DECLS
