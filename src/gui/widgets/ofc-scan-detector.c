/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcScanDetector: a capture-phase key controller on the watched widget sees every key
 * first. Printable characters pass on untouched (nobody can tell a scan from typing after
 * one key) and are remembered with the X server's time of the press, which does not
 * depend on how busy the main loop is. A gap longer than the maximum starts a new burst;
 * Enter right after a long enough burst is a scan. People type 5–10 keys a second, and
 * even a fast typist's runs of keys under 40 ms stay short, while a scanner sends one
 * key every few milliseconds.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-scan-detector.h"

struct _OfcScanDetector
{
  GObject parent_instance;

  /* Owned references */
  GString *burst; /* the characters of the current burst, as typed */

  guint max_gap_ms;
  guint min_length;
  guint n_chars;
  guint32 last_time;
};

G_DEFINE_FINAL_TYPE (OfcScanDetector, ofc_scan_detector, G_TYPE_OBJECT)

enum
{
  SCANNED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

static void
reset (OfcScanDetector *self)
{
  g_string_truncate (self->burst, 0);
  self->n_chars = 0;
}

static gboolean
is_enter (guint keyval)
{
  return keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter;
}

static gboolean
is_modifier (guint keyval)
{
  return (keyval >= GDK_KEY_Shift_L && keyval <= GDK_KEY_Hyper_R) ||
         keyval == GDK_KEY_ISO_Level3_Shift || keyval == GDK_KEY_ISO_Next_Group;
}

/* takes @code back out of an entry: just before the cursor, where it was typed, or else
 * its last occurrence */
static void
remove_from_editable (GtkEditable *editable, const char *code, guint n_chars)
{
  const char *text = gtk_editable_get_text (editable);
  int end = gtk_editable_get_position (editable);
  g_autofree char *before = g_utf8_substring (text, MAX (end - (int) n_chars, 0), end);
  const char *last;

  if (end >= (int) n_chars && g_str_equal (before, code))
    {
      gtk_editable_delete_text (editable, end - (int) n_chars, end);
      return;
    }
  last = g_strrstr (text, code);
  if (last != NULL)
    {
      int start = (int) g_utf8_pointer_to_offset (text, last);

      gtk_editable_delete_text (editable, start, start + (int) n_chars);
    }
}

static void
remove_from_text_view (GtkTextView *view, const char *code, guint n_chars)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;
  g_autofree char *typed = NULL;

  gtk_text_buffer_get_iter_at_mark (buffer, &end, gtk_text_buffer_get_insert (buffer));
  start = end;
  if (!gtk_text_iter_backward_chars (&start, (int) n_chars))
    return;
  typed = gtk_text_iter_get_text (&start, &end);
  if (g_str_equal (typed, code))
    gtk_text_buffer_delete (buffer, &start, &end);
}

static void
remove_scanned (GtkWidget *widget, const char *code, guint n_chars)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (GTK_IS_EDITABLE (focus))
    remove_from_editable (GTK_EDITABLE (focus), code, n_chars);
  else if (GTK_IS_TEXT_VIEW (focus))
    remove_from_text_view (GTK_TEXT_VIEW (focus), code, n_chars);
}

/* Enter closes a burst: a scan if it came as fast as the keys and the burst is long */
static gboolean
finish_burst (OfcScanDetector *self, GtkWidget *widget, guint32 time)
{
  g_autofree char *code = NULL;
  guint n_chars = self->n_chars;
  gboolean handled = FALSE;

  if (n_chars < self->min_length || time - self->last_time > self->max_gap_ms)
    {
      reset (self);
      return FALSE;
    }
  code = g_strdup (self->burst->str);
  reset (self);
  g_signal_emit (self, signals[SCANNED], 0, code, &handled);
  if (handled)
    remove_scanned (widget, code, n_chars);
  return handled;
}

static void
add_char (OfcScanDetector *self, gunichar c, guint32 time)
{
  if (self->n_chars > 0 && time - self->last_time > self->max_gap_ms)
    reset (self);
  g_string_append_unichar (self->burst, c);
  self->n_chars++;
  self->last_time = time;
}

/*
 * Callbacks
 */

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint keyval,
                   guint keycode,
                   GdkModifierType state,
                   OfcScanDetector *self)
{
  GtkEventController *base = GTK_EVENT_CONTROLLER (controller);
  guint32 time = gtk_event_controller_get_current_event_time (base);
  gunichar c = gdk_keyval_to_unicode (keyval);

  if (is_modifier (keyval))
    return FALSE;
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    {
      reset (self);
      return FALSE;
    }
  if (is_enter (keyval))
    return finish_burst (self, gtk_event_controller_get_widget (base), time);
  if (c != 0 && g_unichar_isgraph (c))
    add_char (self, c, time);
  else
    reset (self);
  return FALSE;
}

/*
 * GObject overrides
 */

static void
ofc_scan_detector_finalize (GObject *object)
{
  OfcScanDetector *self = OFC_SCAN_DETECTOR (object);

  g_string_free (self->burst, TRUE);

  G_OBJECT_CLASS (ofc_scan_detector_parent_class)->finalize (object);
}

static void
ofc_scan_detector_class_init (OfcScanDetectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ofc_scan_detector_finalize;

  /**
   * OfcScanDetector::scanned:
   * @code: what the scanner typed, without the Enter
   *
   * Returns: %TRUE when the code was recognised and acted on: the Enter is then
   *   swallowed and the characters are removed from the focused entry
   */
  signals[SCANNED] = g_signal_new ("scanned", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   g_signal_accumulator_true_handled, NULL, NULL, G_TYPE_BOOLEAN, 1,
                                   G_TYPE_STRING);
}

static void
ofc_scan_detector_init (OfcScanDetector *self)
{
  self->burst = g_string_new (NULL);
  self->max_gap_ms = OFC_SCAN_DETECTOR_MAX_GAP_MS;
  self->min_length = OFC_SCAN_DETECTOR_MIN_LENGTH;
}

/*
 * Public API
 */

/**
 * ofc_scan_detector_new:
 * @widget: the window (or any widget) whose keys to watch
 *
 * Returns: (transfer full): the detector; keep it as long as @widget should be watched
 */
OfcScanDetector *
ofc_scan_detector_new (GtkWidget *widget)
{
  OfcScanDetector *self;
  GtkEventController *controller;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  self = g_object_new (OFC_TYPE_SCAN_DETECTOR, NULL);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_name (controller, "ofc-scan-detector");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, 0);
  gtk_widget_add_controller (widget, controller);
  return self;
}

/**
 * ofc_scan_detector_set_timing:
 * @max_gap_ms: the longest pause between a scanner's keys
 * @min_length: the fewest characters a code has
 */
void
ofc_scan_detector_set_timing (OfcScanDetector *self, guint max_gap_ms, guint min_length)
{
  g_return_if_fail (OFC_IS_SCAN_DETECTOR (self));

  self->max_gap_ms = max_gap_ms;
  self->min_length = MAX (min_length, 1);
}
