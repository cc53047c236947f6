/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The tables the demo order generator draws from. Private to the core.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  const char *name;
  const char *models; /* separated by '|' */
} OfcDemoBrand;

/**
 * OfcDemoKind:
 *
 * A kind of device: its device type (the untranslated default name, translated the same
 * way the first-start defaults were), brands and models, what goes wrong with it, which
 * works of the default price list repair it, and the usual estimate.
 */
typedef struct
{
  const char *device_type;
  int weight;
  gboolean has_imei;
  const OfcDemoBrand *brands;
  guint n_brands;
  const char *malfunctions[6];
  const char *services[4];
  int estimate_min; /* major units */
  int estimate_max;
} OfcDemoKind;

extern const OfcDemoKind ofc_demo_kinds[];
extern const guint ofc_demo_n_kinds;
extern const char *const ofc_demo_technicians[];
extern const char *const ofc_demo_managers[];
extern const char *const ofc_demo_appearances[];
extern const char *const ofc_demo_completeness[];
extern const char *const ofc_demo_failures[];
extern const char *const ofc_demo_recommendations[];
extern const char *const ofc_demo_comments[];

G_END_DECLS
