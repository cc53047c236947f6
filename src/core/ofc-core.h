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
#include "demo/ofc-demo.h"
#include "demo/ofc-demo-orders.h"
#include "ofc-context.h"
#include "clients/ofc-card-code.h"
#include "clients/ofc-client-phone.h"
#include "clients/ofc-client-source.h"
#include "clients/ofc-client.h"
#include "clients/ofc-client-store.h"
#include "clients/ofc-client-list.h"
#include "clients/ofc-phone.h"
#include "clients/ofc-requisites.h"
#include "orders/ofc-order.h"
#include "orders/ofc-order-attachment.h"
#include "orders/ofc-order-comment.h"
#include "orders/ofc-order-filter.h"
#include "orders/ofc-order-list.h"
#include "orders/ofc-order-store.h"
#include "orders/ofc-order-totals.h"
#include "orders/ofc-order-work.h"
#include "orders/ofc-client-orders.h"
#include "reference/ofc-device-catalog.h"
#include "reference/ofc-device-type.h"
#include "reference/ofc-employee.h"
#include "reference/ofc-intake-preset.h"
#include "reference/ofc-location.h"
#include "reference/ofc-order-status.h"
#include "reference/ofc-order-type.h"
#include "reference/ofc-service.h"
#include "demo/ofc-demo.h"
#include "printing/ofc-print-types.h"
#include "printing/ofc-printer.h"
#include "printing/ofc-printer-store.h"
#include "printing/ofc-print-job.h"
#include "printing/ofc-print-jobs.h"
#include "printing/ofc-print-job-list.h"
#include "printing/ofc-print-job-progress.h"
#include "printing/ofc-print-template.h"
#include "printing/ofc-print-data.h"
#include "printing/ofc-print-settings.h"

#undef OFC_CORE_INSIDE
