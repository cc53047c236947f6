/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The umbrella header of the devices library: the only devices header other layers include.
 *
 * Everything here is synchronous and bounded by timeouts: call it from worker threads,
 * never from the GTK main loop. Documents are built on one thread and may then be handed
 * to another; nothing is shared between threads at the same time.
 */
#pragma once

#define OFC_DEVICES_INSIDE

#include "ofc-printer-error.h"
#include "document/ofc-bitmap.h"
#include "document/ofc-label-document.h"
#include "document/ofc-receipt-document.h"
#include "encode/ofc-code-page.h"
#include "encode/ofc-escpos-encoder.h"
#include "encode/ofc-escpos-profile.h"
#include "encode/ofc-label-encoder.h"
#include "render/ofc-label-layout.h"
#include "render/ofc-receipt-raster.h"
#include "render/ofc-symbols.h"
#include "render/ofc-text-fit.h"
#include "status/ofc-printer-status.h"
#include "status/ofc-status-query.h"
#include "transport/ofc-file-transport.h"
#include "transport/ofc-serial-transport.h"
#include "transport/ofc-tcp-transport.h"
#include "transport/ofc-transport-uri.h"
#include "transport/ofc-transport.h"

#undef OFC_DEVICES_INSIDE
