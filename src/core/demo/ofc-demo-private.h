/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Shared by the demo data files: the word lists and the client generator.
 */
#pragma once

#include "clients/ofc-client.h"

G_BEGIN_DECLS

/* clang-format off */

typedef struct
{
  const char *name;
  const char *son;      /* patronymic of his son: "Иванович" */
  const char *daughter; /* of his daughter: "Ивановна" */
} OfcDemoFatherName;

typedef struct
{
  const char *name;
  const char *bik;
} OfcDemoBank;

#define OFC_DEMO_LIST(type, name)                                                             \
  extern const type ofc_demo_##name[];                                                        \
  extern const guint ofc_demo_n_##name

/* most common first: generators pick with a rank-weighted draw */
OFC_DEMO_LIST (char *const, surnames);
OFC_DEMO_LIST (OfcDemoFatherName, male_names);
OFC_DEMO_LIST (char *const, female_names);
OFC_DEMO_LIST (char *const, latin_first_names);
OFC_DEMO_LIST (char *const, latin_last_names);
OFC_DEMO_LIST (char *const, company_words);
OFC_DEMO_LIST (char *const, company_suffixes);
OFC_DEMO_LIST (char *const, cities);
OFC_DEMO_LIST (char *const, streets);
OFC_DEMO_LIST (char *const, email_domains);
OFC_DEMO_LIST (char *const, tags);
OFC_DEMO_LIST (char *const, notes);
OFC_DEMO_LIST (OfcDemoBank, banks);
OFC_DEMO_LIST (int, mobile_codes);
OFC_DEMO_LIST (int, region_codes);

typedef struct _OfcDemoGenerator OfcDemoGenerator;

OfcDemoGenerator *_ofc_demo_generator_new           (guint32           seed,
                                                     GListModel       *sources);
void              _ofc_demo_generator_free          (OfcDemoGenerator *self);
OfcClient        *_ofc_demo_generator_make_client   (OfcDemoGenerator *self);
void              _ofc_demo_generator_new_card_code (OfcDemoGenerator *self,
                                                     OfcClient        *client);
char             *_ofc_demo_transliterate           (const char       *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcDemoGenerator, _ofc_demo_generator_free)

/* clang-format on */

G_END_DECLS
