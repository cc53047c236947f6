/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcSuggestRow: the popover is not modal, so the focus never leaves the entry; the row
 * reads the keys in the capture phase, before the entry would act on them. Searching waits
 * for a pause in typing, but Enter runs a pending search at once, so a fast typist or a
 * barcode scanner never takes a stale match. With "separator" set (", " for lists of
 * phrases) only the text after the last separator is searched and replaced.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-suggest-row.h"

/* long enough to skip most keystrokes of a typed word, short enough to feel live */
#define SEARCH_DELAY_MS 120

struct _OfcSuggestRow
{
  AdwEntryRow parent_instance;

  /* Template widgets */
  GtkListBox *list;
  GtkPopover *popover;

  /* Owned references */
  GStrv titles;
  char *separator;
  char *query;

  gboolean auto_select;
  gboolean fill_on_pick;
  guint quiet;
  guint search_source;
};

G_DEFINE_FINAL_TYPE (OfcSuggestRow, ofc_suggest_row, ADW_TYPE_ENTRY_ROW)

enum
{
  PROP_0,
  PROP_AUTO_SELECT,
  PROP_FILL_ON_PICK,
  PROP_SEPARATOR,
  N_PROPS
};

enum
{
  SEARCH,
  PICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

/* where the searched part starts: after the last separator, if any */
static const char *
find_query_start (OfcSuggestRow *self, const char *text)
{
  const char *last = NULL;

  if (self->separator == NULL || *self->separator == '\0')
    return text;
  for (const char *p = strstr (text, self->separator); p != NULL;
       p = strstr (p + 1, self->separator))
    last = p;
  return last != NULL ? last + strlen (self->separator) : text;
}

static void
update_query (OfcSuggestRow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));

  g_free (self->query);
  self->query = g_strstrip (g_strdup (find_query_start (self, text)));
}

static gboolean
contains_focus (OfcSuggestRow *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static GtkWidget *
make_suggestion (const char *title, const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  if (subtitle != NULL && *subtitle != '\0')
    {
      label = gtk_label_new (subtitle);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_focusable (row, FALSE);
  return row;
}

static void
clear_rows (OfcSuggestRow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
}

static void
open_list (OfcSuggestRow *self)
{
  /* as wide as the row, so the matches line up under what was typed */
  gtk_widget_set_size_request (GTK_WIDGET (self->list), gtk_widget_get_width (GTK_WIDGET (self)),
                               -1);
  gtk_popover_popup (self->popover);
}

static void
select_index (OfcSuggestRow *self, int index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, index);

  if (row != NULL)
    gtk_list_box_select_row (self->list, row);
  else
    gtk_list_box_unselect_all (self->list);
}

static void
move_selection (OfcSuggestRow *self, int delta)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);
  int n = (int) ofc_suggest_row_get_n_suggestions (self);
  int index = row != NULL ? gtk_list_box_row_get_index (row) + delta : (delta > 0 ? 0 : n - 1);

  if (n > 0)
    select_index (self, CLAMP (index, 0, n - 1));
}

static int
get_selected_index (OfcSuggestRow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  return row != NULL ? gtk_list_box_row_get_index (row) : -1;
}

static void
pick (OfcSuggestRow *self, int index, gboolean advance)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  ofc_suggest_row_close (self);
  g_signal_emit (self, signals[PICKED], 0, (guint) index);
  /* the owner may have sent the focus elsewhere itself, to a row it revealed say */
  if (advance && root != NULL && contains_focus (self))
    gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD);
}

/* the default "picked": the choice replaces what was being typed */
static void
fill_picked (OfcSuggestRow *self, guint index)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self));
  g_autofree char *kept = NULL;
  g_autofree char *filled = NULL;

  if (!self->fill_on_pick || self->titles == NULL || index >= g_strv_length (self->titles))
    return;
  kept = g_strndup (text, find_query_start (self, text) - text);
  filled = g_strconcat (kept, self->titles[index], NULL);
  ofc_suggest_row_set_text_quietly (self, filled);
}

/*
 * Callbacks
 */

static gboolean
search_cb (gpointer data)
{
  OfcSuggestRow *self = data;

  self->search_source = 0;
  ofc_suggest_row_search_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_changed_cb (OfcSuggestRow *self)
{
  if (self->quiet > 0)
    return;
  g_clear_handle_id (&self->search_source, g_source_remove);
  update_query (self);
  if (*self->query == '\0')
    {
      ofc_suggest_row_set_suggestions (self, NULL, NULL);
      return;
    }
  self->search_source = g_timeout_add (SEARCH_DELAY_MS, search_cb, self);
}

static gboolean
on_enter (OfcSuggestRow *self)
{
  int index;

  if (self->search_source != 0)
    ofc_suggest_row_search_now (self);
  index = ofc_suggest_row_is_open (self) ? get_selected_index (self) : -1;
  if (index >= 0)
    {
      pick (self, index, TRUE);
      return TRUE;
    }
  ofc_suggest_row_close (self);
  return FALSE;
}

static gboolean
on_down (OfcSuggestRow *self)
{
  if (ofc_suggest_row_is_open (self))
    {
      move_selection (self, 1);
      return TRUE;
    }
  /* Down asks for the list even with nothing typed: all the likely choices */
  update_query (self);
  g_clear_handle_id (&self->search_source, g_source_remove);
  g_signal_emit (self, signals[SEARCH], 0, self->query);
  if (!ofc_suggest_row_is_open (self))
    return FALSE;
  select_index (self, 0);
  return TRUE;
}

static gboolean
on_key_pressed_cb (OfcSuggestRow *self, guint keyval, guint keycode, GdkModifierType state)
{
  gboolean open = ofc_suggest_row_is_open (self);

  switch (keyval)
    {
      case GDK_KEY_Down:
      case GDK_KEY_KP_Down:
        return on_down (self);
      case GDK_KEY_Up:
      case GDK_KEY_KP_Up:
        if (open)
          move_selection (self, -1);
        return open;
      case GDK_KEY_Return:
      case GDK_KEY_KP_Enter:
      case GDK_KEY_ISO_Enter:
        return on_enter (self);
      case GDK_KEY_Escape:
        ofc_suggest_row_close (self);
        return open;
      case GDK_KEY_Tab:
      case GDK_KEY_ISO_Left_Tab:
      case GDK_KEY_KP_Tab:
        /* in a closed list (auto-select) leaving takes the highlighted match */
        if (open && self->auto_select && get_selected_index (self) >= 0)
          pick (self, get_selected_index (self), FALSE);
        ofc_suggest_row_close (self);
        return FALSE;
      default:
        return FALSE;
    }
}

static void
on_focus_leave_cb (OfcSuggestRow *self)
{
  g_clear_handle_id (&self->search_source, g_source_remove);
  ofc_suggest_row_close (self);
}

static void
on_row_activated_cb (OfcSuggestRow *self, GtkListBoxRow *row)
{
  pick (self, gtk_list_box_row_get_index (row), FALSE);
}

/*
 * GObject overrides
 */

static void
ofc_suggest_row_dispose (GObject *object)
{
  OfcSuggestRow *self = OFC_SUGGEST_ROW (object);

  g_clear_handle_id (&self->search_source, g_source_remove);
  g_clear_pointer ((GtkWidget **) &self->popover, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), OFC_TYPE_SUGGEST_ROW);

  G_OBJECT_CLASS (ofc_suggest_row_parent_class)->dispose (object);
}

static void
ofc_suggest_row_finalize (GObject *object)
{
  OfcSuggestRow *self = OFC_SUGGEST_ROW (object);

  g_strfreev (self->titles);
  g_free (self->separator);
  g_free (self->query);

  G_OBJECT_CLASS (ofc_suggest_row_parent_class)->finalize (object);
}

static void
ofc_suggest_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcSuggestRow *self = OFC_SUGGEST_ROW (object);

  switch (prop_id)
    {
      case PROP_AUTO_SELECT:
        g_value_set_boolean (value, self->auto_select);
        break;
      case PROP_FILL_ON_PICK:
        g_value_set_boolean (value, self->fill_on_pick);
        break;
      case PROP_SEPARATOR:
        g_value_set_string (value, self->separator);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_suggest_row_set_property (GObject *object,
                              guint prop_id,
                              const GValue *value,
                              GParamSpec *pspec)
{
  OfcSuggestRow *self = OFC_SUGGEST_ROW (object);

  switch (prop_id)
    {
      case PROP_AUTO_SELECT:
        self->auto_select = g_value_get_boolean (value);
        break;
      case PROP_FILL_ON_PICK:
        self->fill_on_pick = g_value_get_boolean (value);
        break;
      case PROP_SEPARATOR:
        g_free (self->separator);
        self->separator = g_value_dup_string (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* the popover is the row's own child; it must be placed whenever the row is */
static void
ofc_suggest_row_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  OfcSuggestRow *self = OFC_SUGGEST_ROW (widget);

  GTK_WIDGET_CLASS (ofc_suggest_row_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->popover != NULL)
    gtk_popover_present (self->popover);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  /* the first match is highlighted, so Enter or Tab takes it: for closed lists */
  properties[PROP_AUTO_SELECT] = g_param_spec_boolean ("auto-select", NULL, NULL, FALSE, flags);
  properties[PROP_FILL_ON_PICK] = g_param_spec_boolean ("fill-on-pick", NULL, NULL, TRUE, flags);
  properties[PROP_SEPARATOR] = g_param_spec_string ("separator", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_suggest_row_class_init (OfcSuggestRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_suggest_row_dispose;
  object_class->finalize = ofc_suggest_row_finalize;
  object_class->get_property = ofc_suggest_row_get_property;
  object_class->set_property = ofc_suggest_row_set_property;
  widget_class->size_allocate = ofc_suggest_row_size_allocate;
  install_properties (object_class);

  /**
   * OfcSuggestRow::search:
   * @query: the text to match, trimmed; empty when Down asks for the list in an empty
   *   field
   *
   * Answer with ofc_suggest_row_set_suggestions().
   */
  signals[SEARCH] = g_signal_new ("search", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * OfcSuggestRow::picked:
   * @index: the suggestion taken
   *
   * The default handler puts the suggestion's title in place of the query when
   * "fill-on-pick" is set.
   */
  signals[PICKED] = g_signal_new_class_handler ("picked", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, G_CALLBACK (fill_picked), NULL,
                                                NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/ofc-suggest-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcSuggestRow, list);
  gtk_widget_class_bind_template_child (widget_class, OfcSuggestRow, popover);
  gtk_widget_class_bind_template_callback (widget_class, on_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
}

static void
ofc_suggest_row_init (OfcSuggestRow *self)
{
  self->fill_on_pick = TRUE;
  self->query = g_strdup ("");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self));
  g_signal_connect (self, "changed", G_CALLBACK (on_changed_cb), NULL);
}

/*
 * Public API
 */

/**
 * ofc_suggest_row_set_suggestions:
 * @titles: (nullable) (array zero-terminated=1): the matches; %NULL or empty closes the list
 * @subtitles: (nullable) (array zero-terminated=1): a second line for each, "" for none
 *
 * Shows the matches below the row while it has the focus.
 */
void
ofc_suggest_row_set_suggestions (OfcSuggestRow *self,
                                 const char *const *titles,
                                 const char *const *subtitles)
{
  guint n = titles != NULL ? g_strv_length ((GStrv) titles) : 0;

  g_return_if_fail (OFC_IS_SUGGEST_ROW (self));

  clear_rows (self);
  g_strfreev (self->titles);
  self->titles = g_strdupv ((GStrv) titles);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->list,
                         make_suggestion (titles[i], subtitles != NULL ? subtitles[i] : NULL));
  if (n == 0 || !contains_focus (self))
    {
      ofc_suggest_row_close (self);
      return;
    }
  select_index (self, self->auto_select ? 0 : -1);
  open_list (self);
}

guint
ofc_suggest_row_get_n_suggestions (OfcSuggestRow *self)
{
  g_return_val_if_fail (OFC_IS_SUGGEST_ROW (self), 0);
  return self->titles != NULL ? g_strv_length (self->titles) : 0;
}

/**
 * ofc_suggest_row_set_text_quietly:
 *
 * Sets the text without searching for it: for values the program puts there.
 */
void
ofc_suggest_row_set_text_quietly (OfcSuggestRow *self, const char *text)
{
  g_return_if_fail (OFC_IS_SUGGEST_ROW (self));

  g_clear_handle_id (&self->search_source, g_source_remove);
  self->quiet++;
  gtk_editable_set_text (GTK_EDITABLE (self), text != NULL ? text : "");
  gtk_editable_set_position (GTK_EDITABLE (self), -1);
  self->quiet--;
  update_query (self);
  ofc_suggest_row_close (self);
}

/**
 * ofc_suggest_row_get_query:
 *
 * Returns: the part of the text being matched, trimmed
 */
const char *
ofc_suggest_row_get_query (OfcSuggestRow *self)
{
  g_return_val_if_fail (OFC_IS_SUGGEST_ROW (self), "");
  return self->query;
}

/**
 * ofc_suggest_row_search_now:
 *
 * Emits "search" for the current query at once, without waiting for a pause in typing.
 */
void
ofc_suggest_row_search_now (OfcSuggestRow *self)
{
  g_return_if_fail (OFC_IS_SUGGEST_ROW (self));

  g_clear_handle_id (&self->search_source, g_source_remove);
  if (*self->query == '\0')
    ofc_suggest_row_set_suggestions (self, NULL, NULL);
  else
    g_signal_emit (self, signals[SEARCH], 0, self->query);
}

gboolean
ofc_suggest_row_is_open (OfcSuggestRow *self)
{
  g_return_val_if_fail (OFC_IS_SUGGEST_ROW (self), FALSE);
  return gtk_widget_get_visible (GTK_WIDGET (self->popover));
}

void
ofc_suggest_row_close (OfcSuggestRow *self)
{
  g_return_if_fail (OFC_IS_SUGGEST_ROW (self));
  if (self->popover != NULL)
    gtk_popover_popdown (self->popover);
}
