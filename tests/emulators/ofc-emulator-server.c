/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The emulator's I/O loop, one thread per server, plain poll() on POSIX descriptors so it
 * needs no main loop. A pipe wakes the thread to stop it.
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ofc-emulator-server.h"

/* a pty master reports a hang-up while no slave is open; look again this often */
#define HANGUP_POLL_MS 20

typedef enum
{
  SERVE_TCP,
  SERVE_FIFO,
  SERVE_FD,
} ServeKind;

struct _OfcEmulatorServer
{
  OfcEmulator *emulator;
  ServeKind kind;
  int listen_fd;
  int fd;
  char *path;
  guint port;
  int wake[2];
  GThread *thread;
  GMutex lock;
  GCond done;
  guint jobs;
};

static gboolean
wait_readable (OfcEmulatorServer *self, int fd, int timeout_ms)
{
  struct pollfd fds[2] = { { fd, POLLIN, 0 }, { self->wake[0], POLLIN, 0 } };

  while (poll (fds, 2, timeout_ms) < 0 && errno == EINTR)
    ;
  return !(fds[1].revents & POLLIN);
}

static gboolean
stopping (OfcEmulatorServer *self)
{
  struct pollfd wake = { self->wake[0], POLLIN, 0 };

  return poll (&wake, 1, 0) > 0;
}

static void
sleep_interruptibly (OfcEmulatorServer *self, guint ms)
{
  struct pollfd wake = { self->wake[0], POLLIN, 0 };

  poll (&wake, 1, ms);
}

static void
send_replies (OfcEmulatorServer *self, int fd, GByteArray *replies)
{
  gsize done = 0;

  if (replies->len == 0 || self->kind == SERVE_FIFO)
    return;
  if (ofc_emulator_get_faults (self->emulator) & OFC_EMULATOR_FAULT_SLOW)
    sleep_interruptibly (self, ofc_emulator_get_reply_delay (self->emulator));
  while (done < replies->len)
    {
      gssize sent = self->kind == SERVE_TCP
                        ? send (fd, replies->data + done, replies->len - done, MSG_NOSIGNAL)
                        : write (fd, replies->data + done, replies->len - done);

      if (sent <= 0)
        return;
      done += sent;
    }
}

static void
job_done (OfcEmulatorServer *self, gsize received)
{
  if (received == 0)
    return;
  ofc_emulator_finish (self->emulator);
  g_mutex_lock (&self->lock);
  self->jobs++;
  g_cond_broadcast (&self->done);
  g_mutex_unlock (&self->lock);
}

/* serves one connection until the peer hangs up, the emulator does, or the server stops;
 * returns the bytes received */
static gsize
serve (OfcEmulatorServer *self, int fd)
{
  guint8 buffer[4096];
  gsize total = 0;

  while (wait_readable (self, fd, -1))
    {
      g_autoptr (GByteArray) replies = g_byte_array_new ();
      gssize got = read (fd, buffer, sizeof buffer);
      gboolean more;

      if (got < 0 && (errno == EAGAIN || errno == EINTR))
        continue;
      if (got <= 0)
        break;
      total += got;
      more = ofc_emulator_feed (self->emulator, buffer, got, replies);
      send_replies (self, fd, replies);
      if (!more)
        break;
    }
  return total;
}

static gpointer
run_tcp (gpointer data)
{
  OfcEmulatorServer *self = data;

  while (wait_readable (self, self->listen_fd, -1))
    {
      int fd = accept (self->listen_fd, NULL, NULL);

      gsize received;

      if (fd < 0)
        continue;
      received = serve (self, fd);
      close (fd);
      job_done (self, received);
    }
  return NULL;
}

/* A FIFO gives end-of-file when its writer closes. The next read end is opened before the
 * old one is closed, so a writer never finds the FIFO without a reader (ENXIO). Opened
 * non-blocking, a fresh read end polls quiet until the next writer comes. */
static gpointer
run_fifo (gpointer data)
{
  OfcEmulatorServer *self = data;

  while (!stopping (self) && self->fd >= 0)
    {
      gsize received = serve (self, self->fd);
      int next = open (self->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);

      close (self->fd);
      self->fd = next;
      job_done (self, received);
    }
  return NULL;
}

static gpointer
run_fd (gpointer data)
{
  OfcEmulatorServer *self = data;

  while (!stopping (self))
    {
      job_done (self, serve (self, self->fd));
      sleep_interruptibly (self, HANGUP_POLL_MS);
    }
  return NULL;
}

static OfcEmulatorServer *
server_new (OfcEmulator *emulator, ServeKind kind)
{
  OfcEmulatorServer *self = g_new0 (OfcEmulatorServer, 1);

  self->emulator = emulator;
  self->kind = kind;
  self->listen_fd = self->fd = -1;
  g_mutex_init (&self->lock);
  g_cond_init (&self->done);
  g_unix_open_pipe (self->wake, FD_CLOEXEC, NULL);
  return self;
}

static int
listen_loopback (guint port, guint *bound, GError **error)
{
  struct sockaddr_in address = { .sin_family = AF_INET,
                                 .sin_port = htons (port),
                                 .sin_addr.s_addr = htonl (INADDR_LOOPBACK) };
  socklen_t length = sizeof address;
  int fd = socket (AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  int yes = 1;

  setsockopt (fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  if (fd < 0 || bind (fd, (struct sockaddr *)&address, sizeof address) < 0 || listen (fd, 4) < 0 ||
      getsockname (fd, (struct sockaddr *)&address, &length) < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "cannot listen on port %u: %s",
                   port, g_strerror (errno));
      if (fd >= 0)
        close (fd);
      return -1;
    }
  *bound = ntohs (address.sin_port);
  return fd;
}

/**
 * ofc_emulator_server_new_tcp:
 * @port: the port on 127.0.0.1, 0 for any free one (see ofc_emulator_server_get_port())
 */
OfcEmulatorServer *
ofc_emulator_server_new_tcp (OfcEmulator *emulator, guint port, GError **error)
{
  OfcEmulatorServer *self = server_new (emulator, SERVE_TCP);

  self->listen_fd = listen_loopback (port, &self->port, error);
  if (self->listen_fd < 0)
    {
      ofc_emulator_server_free (self);
      return NULL;
    }
  self->thread = g_thread_new ("emulator-tcp", run_tcp, self);
  return self;
}

/**
 * ofc_emulator_server_new_fifo:
 * @path: where to create the FIFO (an existing FIFO is reused)
 */
OfcEmulatorServer *
ofc_emulator_server_new_fifo (OfcEmulator *emulator, const char *path, GError **error)
{
  OfcEmulatorServer *self;
  struct stat info;

  if (!(g_stat (path, &info) == 0 && S_ISFIFO (info.st_mode)) && mkfifo (path, 0600) < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "cannot make FIFO %s: %s",
                   path, g_strerror (errno));
      return NULL;
    }
  self = server_new (emulator, SERVE_FIFO);
  self->path = g_strdup (path);
  /* the reader exists before this returns, so a client may open the FIFO at once */
  self->fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  self->thread = g_thread_new ("emulator-fifo", run_fifo, self);
  return self;
}

/**
 * ofc_emulator_server_new_fd:
 * @fd: a bidirectional descriptor, e.g. a pty master; the server does not close it
 */
OfcEmulatorServer *
ofc_emulator_server_new_fd (OfcEmulator *emulator, int fd)
{
  OfcEmulatorServer *self = server_new (emulator, SERVE_FD);

  self->fd = fd;
  self->thread = g_thread_new ("emulator-fd", run_fd, self);
  return self;
}

guint
ofc_emulator_server_get_port (OfcEmulatorServer *self)
{
  return self->port;
}

/**
 * ofc_emulator_server_get_uri:
 *
 * Returns: (transfer full) (nullable): the printer address to reach this server with
 */
char *
ofc_emulator_server_get_uri (OfcEmulatorServer *self)
{
  if (self->kind == SERVE_TCP)
    return g_strdup_printf ("tcp://127.0.0.1:%u", self->port);
  if (self->kind == SERVE_FIFO)
    return g_strconcat ("usb://", self->path, NULL);
  return NULL;
}

/**
 * ofc_emulator_server_wait_jobs:
 * @jobs: how many jobs (connections that brought data) must have ended
 *
 * Returns: whether they did within @timeout_ms
 */
gboolean
ofc_emulator_server_wait_jobs (OfcEmulatorServer *self, guint jobs, guint timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + (gint64)timeout_ms * 1000;
  gboolean reached;

  g_mutex_lock (&self->lock);
  while (self->jobs < jobs && g_cond_wait_until (&self->done, &self->lock, deadline))
    ;
  reached = self->jobs >= jobs;
  g_mutex_unlock (&self->lock);
  return reached;
}

void
ofc_emulator_server_free (OfcEmulatorServer *self)
{
  if (self == NULL)
    return;
  if (write (self->wake[1], "x", 1) < 0)
    g_warning ("cannot wake the emulator thread");
  if (self->thread != NULL)
    g_thread_join (self->thread);
  if (self->listen_fd >= 0)
    close (self->listen_fd);
  if (self->kind == SERVE_FIFO && self->fd >= 0)
    close (self->fd);
  close (self->wake[0]);
  close (self->wake[1]);
  g_free (self->path);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->done);
  g_free (self);
}
