/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The umbrella header of the print layer, above the core and the device drivers: document
 * templates and their rendering, previews, the link to a device printer, the system print
 * service, and the print worker (OfcPrintQueue). The window and officina-cli include this.
 */
#pragma once

#include <ofc-core.h>
#include <ofc-devices.h>

#include "ofc-a4-document.h"
#include "ofc-cups.h"
#include "ofc-print-output.h"
#include "ofc-print-queue.h"
#include "ofc-print-render.h"
#include "ofc-printer-link.h"
