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
#include "clients/ofc-card-code.h"
#include "clients/ofc-client-phone.h"
#include "clients/ofc-client-source.h"
#include "clients/ofc-client.h"
#include "clients/ofc-client-store.h"
#include "clients/ofc-client-list.h"
#include "clients/ofc-phone.h"
#include "clients/ofc-requisites.h"
#include "demo/ofc-demo.h"

#undef OFC_CORE_INSIDE
