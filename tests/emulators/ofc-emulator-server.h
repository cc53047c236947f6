/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Serving an emulator: on loopback TCP, on a FIFO standing in for a USB printer device
 * file, or on a descriptor such as a pty master. A server thread reads, feeds the
 * emulator, writes its replies (late with the "slow" fault) and ends a job when the peer
 * hangs up.
 */
#pragma once

#include "ofc-emulator.h"

G_BEGIN_DECLS

typedef struct _OfcEmulatorServer OfcEmulatorServer;

OfcEmulatorServer *ofc_emulator_server_new_tcp (OfcEmulator *emulator, guint port, GError **error);
OfcEmulatorServer *
ofc_emulator_server_new_fifo (OfcEmulator *emulator, const char *path, GError **error);
OfcEmulatorServer *ofc_emulator_server_new_fd (OfcEmulator *emulator, int fd);
guint ofc_emulator_server_get_port (OfcEmulatorServer *self);
char *ofc_emulator_server_get_uri (OfcEmulatorServer *self);
gboolean ofc_emulator_server_wait_jobs (OfcEmulatorServer *self, guint jobs, guint timeout_ms);
void ofc_emulator_server_free (OfcEmulatorServer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OfcEmulatorServer, ofc_emulator_server_free)

G_END_DECLS
