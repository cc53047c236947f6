/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * The emulator core: input buffering across reads, the transcript, pages and their PNG
 * files, faults, and drawing helpers shared by the label languages.
 */
#define G_LOG_DOMAIN "ofc-emulator"

#include "config.h"

#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "ofc-emulator-private.h"

static const char *const language_names[] = { "escpos", "zpl", "tspl", "epl", "brother-ql", NULL };

static const char *const fault_names[] = { "paper-out", "near-end", "cover-open", "offline",
                                           "cutter",    "jam",      "ribbon-out", "slow",
                                           "garbage",   "silent",   "close",      NULL };

gboolean
ofc_emulator_language_parse (const char *name, OfcEmulatorLanguage *language)
{
  for (guint i = 0; language_names[i] != NULL; i++)
    if (g_strcmp0 (name, language_names[i]) == 0)
      {
        *language = (OfcEmulatorLanguage) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * ofc_emulator_fault_parse:
 * @names: fault names separated by commas, e.g. "paper-out,slow"
 * @faults: (inout): the faults are added
 */
gboolean
ofc_emulator_fault_parse (const char *names, OfcEmulatorFault *faults)
{
  g_auto (GStrv) parts = g_strsplit (names, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint bit = 0;

      while (fault_names[bit] != NULL && g_strcmp0 (g_strstrip (parts[i]), fault_names[bit]) != 0)
        bit++;
      if (fault_names[bit] == NULL)
        return FALSE;
      *faults |= 1u << bit;
    }
  return TRUE;
}

static const OfcEmulatorClass *
class_for (OfcEmulatorLanguage language)
{
  switch (language)
    {
      case OFC_EMULATOR_ZPL:
        return &ofc_emulator_zpl_class;
      case OFC_EMULATOR_TSPL:
        return &ofc_emulator_tspl_class;
      case OFC_EMULATOR_EPL:
        return &ofc_emulator_epl_class;
      case OFC_EMULATOR_BROTHER_QL:
        return &ofc_emulator_brother_class;
      case OFC_EMULATOR_ESCPOS:
      default:
        return &ofc_emulator_escpos_class;
    }
}

OfcEmulator *
ofc_emulator_new (OfcEmulatorLanguage language)
{
  OfcEmulator *self = g_new0 (OfcEmulator, 1);

  self->language = language;
  self->klass = class_for (language);
  g_mutex_init (&self->lock);
  self->profile = g_strdup ("epson");
  self->reply_delay_ms = 1500;
  self->dpi = language == OFC_EMULATOR_BROTHER_QL ? 300 : 203;
  self->paper = OFC_PAPER_58MM;
  self->pending = g_byte_array_new ();
  self->received = g_byte_array_new ();
  self->events = g_ptr_array_new_with_free_func (g_free);
  self->pages = g_ptr_array_new_with_free_func (g_object_unref);
  self->page_paths = g_ptr_array_new_with_free_func (g_free);
  self->held = g_ptr_array_new_with_free_func (g_object_unref);
  self->state = self->klass->new_state (self);
  return self;
}

void
ofc_emulator_free (OfcEmulator *self)
{
  if (self == NULL)
    return;
  self->klass->free_state (self->state);
  g_byte_array_unref (self->pending);
  g_byte_array_unref (self->received);
  g_ptr_array_unref (self->events);
  g_ptr_array_unref (self->pages);
  g_ptr_array_unref (self->page_paths);
  g_ptr_array_unref (self->held);
  g_free (self->profile);
  g_free (self->out_dir);
  g_mutex_clear (&self->lock);
  g_free (self);
}

/**
 * ofc_emulator_set_profile:
 * @profile: for ESC/POS, the vendor whose table numbering and firmware quirks to copy:
 *   "epson", "xprinter" (Chinese mode on after ESC @), "rongta" or "star"
 *
 * Must be called before anything is fed.
 */
gboolean
ofc_emulator_set_profile (OfcEmulator *self, const char *profile)
{
  static const char *const known[] = { "epson", "xprinter", "rongta", "star", NULL };

  if (!g_strv_contains (known, profile))
    return FALSE;
  g_free (self->profile);
  self->profile = g_strdup (profile);
  self->klass->free_state (self->state);
  self->state = self->klass->new_state (self);
  return TRUE;
}

static void add_page_now (OfcEmulator *self, OfcBitmap *page);

/* paper loaded again: what the printer kept in its buffer prints now */
static void
release_held (OfcEmulator *self)
{
  while (self->held->len > 0 && !(self->faults & OFC_EMULATOR_FAULT_PAPER_OUT))
    {
      OfcBitmap *page = g_ptr_array_steal_index (self->held, 0);

      ofc_emulator_event (self, "RESUMED");
      add_page_now (self, page);
    }
}

void
ofc_emulator_set_faults (OfcEmulator *self, OfcEmulatorFault faults)
{
  g_mutex_lock (&self->lock);
  self->faults = faults;
  release_held (self);
  g_mutex_unlock (&self->lock);
}

OfcEmulatorFault
ofc_emulator_get_faults (OfcEmulator *self)
{
  OfcEmulatorFault faults;

  g_mutex_lock (&self->lock);
  faults = self->faults;
  g_mutex_unlock (&self->lock);
  return faults;
}

void
ofc_emulator_set_reply_delay (OfcEmulator *self, guint delay_ms)
{
  self->reply_delay_ms = delay_ms;
}

guint
ofc_emulator_get_reply_delay (OfcEmulator *self)
{
  return self->reply_delay_ms;
}

/* with the "close" fault: hang up once a job has brought this many bytes */
void
ofc_emulator_set_close_after (OfcEmulator *self, gsize bytes)
{
  self->close_after = bytes;
}

/**
 * ofc_emulator_set_paper_out_after:
 * @bytes: 0 to turn off
 *
 * The paper runs out once a job has brought @bytes: the paper-out fault turns on, and from
 * then on pages are kept (as a printer keeps its buffer) until the fault is cleared with
 * ofc_emulator_set_faults(), when they print. Models a roll ending in the middle of a job.
 */
void
ofc_emulator_set_paper_out_after (OfcEmulator *self, gsize bytes)
{
  g_mutex_lock (&self->lock);
  self->paper_out_after = bytes;
  g_mutex_unlock (&self->lock);
}

/* pages kept while out of paper */
guint
ofc_emulator_get_n_held (OfcEmulator *self)
{
  guint n;

  g_mutex_lock (&self->lock);
  n = self->held->len;
  g_mutex_unlock (&self->lock);
  return n;
}

/* label printers: the resolution that turns SIZE millimetres into dots */
void
ofc_emulator_set_dpi (OfcEmulator *self, guint dpi)
{
  self->dpi = dpi;
}

/* receipt printers: the roll loaded */
void
ofc_emulator_set_paper (OfcEmulator *self, OfcPaperWidth paper)
{
  self->paper = paper;
}

void
ofc_emulator_set_out_dir (OfcEmulator *self, const char *dir)
{
  g_free (self->out_dir);
  self->out_dir = g_strdup (dir);
  if (dir != NULL)
    g_mkdir_with_parents (dir, 0755);
}

/* called from the feeding thread after every job, with that job's events */
void
ofc_emulator_set_job_func (OfcEmulator *self, OfcEmulatorJobFunc func, gpointer user_data)
{
  self->job_func = func;
  self->job_data = user_data;
}

gboolean
ofc_emulator_has_fault (OfcEmulator *self, OfcEmulatorFault fault)
{
  return (self->faults & fault) != 0;
}

void
ofc_emulator_event (OfcEmulator *self, const char *format, ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->events, g_strdup_vprintf (format, args));
  va_end (args);
}

void
ofc_emulator_error (OfcEmulator *self, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->events, g_strconcat ("ERROR ", message, NULL));
}

/**
 * ofc_emulator_add_page:
 * @page: (transfer full): a printed page, label or receipt
 *
 * With ofc_emulator_set_paper_out_after() in effect and no paper, the page waits.
 */
void
ofc_emulator_add_page (OfcEmulator *self, OfcBitmap *page)
{
  if (self->paper_out_after > 0 && (self->faults & OFC_EMULATOR_FAULT_PAPER_OUT))
    {
      ofc_emulator_event (self, "HELD %ux%u (no paper)", ofc_bitmap_get_width (page),
                          ofc_bitmap_get_height (page));
      g_ptr_array_add (self->held, page);
      return;
    }
  add_page_now (self, page);
}

static void
add_page_now (OfcEmulator *self, OfcBitmap *page)
{
  g_autofree char *path = NULL;

  if (self->out_dir != NULL)
    {
      g_autofree char *name =
          g_strdup_printf ("job-%03u-page-%u.png", self->jobs + 1, self->pages->len + 1);

      path = g_build_filename (self->out_dir, name, NULL);
      if (!ofc_bitmap_write_png (page, path, NULL))
        g_clear_pointer (&path, g_free);
    }
  ofc_emulator_event (self, "PAGE %ux%u%s%s", ofc_bitmap_get_width (page),
                      ofc_bitmap_get_height (page), path != NULL ? " " : "",
                      path != NULL ? path : "");
  g_ptr_array_add (self->pages, page);
  g_ptr_array_add (self->page_paths, g_steal_pointer (&path));
}

static void
consume (OfcEmulator *self, GByteArray *replies)
{
  gsize offset = 0;

  while (offset < self->pending->len)
    {
      gsize used = self->klass->parse (self, self->pending->data + offset,
                                       self->pending->len - offset, replies);

      if (used == 0)
        break;
      offset += used;
    }
  g_byte_array_remove_range (self->pending, 0, offset);
}

/**
 * ofc_emulator_feed:
 * @replies: what the printer sends back is appended here
 *
 * Returns: %FALSE when the printer hangs up (the "close" fault)
 */
gboolean
ofc_emulator_feed (OfcEmulator *self, const guint8 *data, gsize size, GByteArray *replies)
{
  gboolean hang_up;

  g_mutex_lock (&self->lock);
  if (self->faults & OFC_EMULATOR_FAULT_CLOSE)
    size = MIN (size, self->close_after - MIN (self->close_after, self->job_bytes));
  g_byte_array_append (self->received, data, size);
  g_byte_array_append (self->pending, data, size);
  self->job_bytes += size;
  if (self->paper_out_after > 0 && self->job_bytes >= self->paper_out_after)
    {
      /* the roll ends once; after new paper the printer goes on normally */
      self->faults |= OFC_EMULATOR_FAULT_PAPER_OUT;
      self->paper_out_after = G_MAXSIZE;
    }
  consume (self, replies);
  hang_up = (self->faults & OFC_EMULATOR_FAULT_CLOSE) && self->job_bytes >= self->close_after;
  if (self->faults & OFC_EMULATOR_FAULT_SILENT)
    g_byte_array_set_size (replies, 0);
  g_mutex_unlock (&self->lock);
  return !hang_up;
}

static void
write_transcript (OfcEmulator *self)
{
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *name = g_strdup_printf ("job-%03u.txt", self->jobs);
  g_autofree char *path = NULL;

  if (self->out_dir == NULL)
    return;
  for (guint i = self->job_first_event; i < self->events->len; i++)
    g_string_append_printf (text, "%s\n", (char *) g_ptr_array_index (self->events, i));
  path = g_build_filename (self->out_dir, name, NULL);
  g_file_set_contents (path, text->str, text->len, NULL);
}

static GPtrArray *
copy_strings (GPtrArray *strings, guint from)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = from; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));
  return copy;
}

/**
 * ofc_emulator_finish:
 *
 * The connection ended: the job is complete, or cut short.
 */
void
ofc_emulator_finish (OfcEmulator *self)
{
  g_autoptr (GPtrArray) job_events = NULL;
  guint job;

  g_mutex_lock (&self->lock);
  if (self->pending->len > 0)
    ofc_emulator_error (self, "job ended inside a command (%u bytes left)", self->pending->len);
  g_byte_array_set_size (self->pending, 0);
  self->klass->finish (self);
  self->jobs++;
  write_transcript (self);
  job_events = copy_strings (self->events, self->job_first_event);
  self->job_first_event = self->events->len;
  self->job_bytes = 0;
  job = self->jobs;
  g_mutex_unlock (&self->lock);
  if (self->job_func != NULL)
    self->job_func (self, job, job_events, self->job_data);
}

/**
 * ofc_emulator_get_events:
 *
 * Returns: (transfer full) (element-type utf8): a copy of the transcript so far
 */
GPtrArray *
ofc_emulator_get_events (OfcEmulator *self)
{
  GPtrArray *copy;

  g_mutex_lock (&self->lock);
  copy = copy_strings (self->events, 0);
  g_mutex_unlock (&self->lock);
  return copy;
}

/**
 * ofc_emulator_find_events:
 * @prefix: e.g. "TEXT" or "BARCODE"
 *
 * Returns: (transfer full) (element-type utf8): the events starting with @prefix
 */
GPtrArray *
ofc_emulator_find_events (OfcEmulator *self, const char *prefix)
{
  GPtrArray *all = ofc_emulator_get_events (self);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < all->len; i++)
    if (g_str_has_prefix (g_ptr_array_index (all, i), prefix))
      g_ptr_array_add (found, g_strdup (g_ptr_array_index (all, i)));
  g_ptr_array_unref (all);
  return found;
}

guint
ofc_emulator_count_errors (OfcEmulator *self)
{
  g_autoptr (GPtrArray) errors = ofc_emulator_find_events (self, "ERROR");

  return errors->len;
}

guint
ofc_emulator_get_n_pages (OfcEmulator *self)
{
  guint n;

  g_mutex_lock (&self->lock);
  n = self->pages->len;
  g_mutex_unlock (&self->lock);
  return n;
}

/**
 * ofc_emulator_get_page:
 *
 * Returns: (transfer full): the page
 */
OfcBitmap *
ofc_emulator_get_page (OfcEmulator *self, guint index)
{
  OfcBitmap *page;

  g_mutex_lock (&self->lock);
  page = index < self->pages->len ? g_object_ref (g_ptr_array_index (self->pages, index)) : NULL;
  g_mutex_unlock (&self->lock);
  return page;
}

/**
 * ofc_emulator_get_page_path:
 *
 * Returns: (transfer full) (nullable): the PNG file of the page, when an output folder is set
 */
char *
ofc_emulator_get_page_path (OfcEmulator *self, guint index)
{
  char *path;

  g_mutex_lock (&self->lock);
  path =
      index < self->page_paths->len ? g_strdup (g_ptr_array_index (self->page_paths, index)) : NULL;
  g_mutex_unlock (&self->lock);
  return path;
}

/**
 * ofc_emulator_get_received:
 *
 * Returns: (transfer full): every byte received, across jobs
 */
GBytes *
ofc_emulator_get_received (OfcEmulator *self)
{
  GBytes *bytes;

  g_mutex_lock (&self->lock);
  bytes = g_bytes_new (self->received->data, self->received->len);
  g_mutex_unlock (&self->lock);
  return bytes;
}

guint
ofc_emulator_get_n_jobs (OfcEmulator *self)
{
  guint jobs;

  g_mutex_lock (&self->lock);
  jobs = self->jobs;
  g_mutex_unlock (&self->lock);
  return jobs;
}

/**
 * ofc_emulator_bitmap_from_rows:
 * @white_is_one: the TSPL and EPL polarity
 *
 * Returns: (transfer full): a bitmap of @stride × 8 dots
 */
OfcBitmap *
ofc_emulator_bitmap_from_rows (const guint8 *data,
                               guint stride,
                               guint height,
                               gboolean white_is_one)
{
  g_autofree guint8 *copy = g_memdup2 (data, (gsize) stride * height);

  for (gsize i = 0; white_is_one && i < (gsize) stride * height; i++)
    copy[i] = ~copy[i];
  return ofc_bitmap_new_from_data (stride * 8, height, stride, copy);
}

/* what a printer's own barcode engine would draw */
void
ofc_emulator_draw_code128 (OfcEmulator *self,
                           OfcBitmap *canvas,
                           int x,
                           int y,
                           guint module,
                           guint height,
                           const char *data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcBitmap) modules = ofc_code128_encode (data, &error);
  g_autoptr (OfcBitmap) bars = NULL;

  if (modules == NULL)
    {
      ofc_emulator_error (self, "barcode: %s", error->message);
      return;
    }
  bars = ofc_symbol_scale (modules, MAX (module, 1), MAX (height, 1));
  ofc_bitmap_blit (canvas, bars, x, y);
}

void
ofc_emulator_draw_qr (
    OfcEmulator *self, OfcBitmap *canvas, int x, int y, guint module, const char *data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (OfcBitmap) modules = ofc_qr_encode (data, &error);
  g_autoptr (OfcBitmap) symbol = NULL;

  if (modules == NULL)
    {
      ofc_emulator_error (self, "QR: %s", error->message);
      return;
    }
  symbol = ofc_symbol_scale (modules, MAX (module, 1), 0);
  ofc_bitmap_blit (canvas, symbol, x, y);
}

/* resident fonts approximated by Sans at the requested height */
void
ofc_emulator_draw_text (OfcBitmap *canvas, int x, int y, guint height, const char *text)
{
  guint width = ofc_bitmap_get_width (canvas);
  cairo_surface_t *surface =
      cairo_image_surface_create (CAIRO_FORMAT_A8, width, ofc_bitmap_get_height (canvas));
  cairo_t *cr = cairo_create (surface);
  OfcTextFitOptions options = { .max_size = height, .min_size = height };
  g_autoptr (OfcBitmap) ink = NULL;
  gboolean drawn = FALSE;

  /* text that does not fit is simply not drawn, as a printer would clip it */
  if (x >= 0 && (guint) x < width)
    drawn = ofc_render_text_box (cr, x, y, width - x, height * 1.5, text, &options, NULL, NULL);
  cairo_destroy (cr);
  (void) drawn;
  ink = ofc_bitmap_new_from_surface (surface, OFC_BITMAP_DEFAULT_THRESHOLD);
  cairo_surface_destroy (surface);
  ofc_bitmap_blit (canvas, ink, 0, 0);
}
