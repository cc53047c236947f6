/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The umbrella header of the core library: the only core header other layers include.
 */
#pragma once

#define OFC_CORE_INSIDE

#include "base/ofc-error.h"
#include "base/ofc-money.h"
#include "base/ofc-paths.h"
#include "base/ofc-text.h"
#include "base/ofc-uuid.h"
#include "db/ofc-change-set.h"
#include "db/ofc-database.h"
#include "db/ofc-journal.h"
#include "ofc-context.h"

#undef OFC_CORE_INSIDE
