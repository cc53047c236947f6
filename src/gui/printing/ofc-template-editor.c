/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcTemplateEditor: edits a working copy of the stored (or default) template of the
 * chosen document and paper. Every edit goes into the copy and to the preview; nothing is
 * stored until Save; unsaved edits stay while the person looks at other documents. The
 * paper offered first is the one the document's default printer takes, so the template
 * edited is the one that prints. The panel reads the template the
 * first time it is shown, not when the window opens.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-printing.h>
#include <stdlib.h>
#include <string.h>

#include "ofc-gui-error.h"
#include "ofc-template-editor.h"
#include "ofc-template-field-row.h"

#define CUSTOM_SIZE ""

struct _OfcTemplateEditor
{
  AdwBin parent_instance;

  /* Template widgets */
  AdwComboRow *barcode_row;
  AdwEntryRow *custom_size_row;
  AdwComboRow *document_row;
  AdwPreferencesGroup *fields_group;
  GtkFontButton *font_button;
  AdwActionRow *font_row;
  GtkTextView *footer_view;
  GtkTextView *header_view;
  GtkBox *preview_box;
  AdwComboRow *size_row;
  GtkLabel *state_label;
  AdwPreferencesGroup *text_group;

  /* Owned references */
  OfcContext *context;
  OfcPrintTemplate *template_; /* the working copy */
  GPtrArray *sizes;            /* the size keys size_row offers; CUSTOM_SIZE for "another" */
  GPtrArray *field_rows;       /* OfcTemplateFieldRow, in the template's order */
  GHashTable *drafts;          /* "KIND SIZE" → an edited, unsaved working copy */

  /* Borrowed references */
  OfcTemplatePreview *preview;

  gboolean loading;
  gboolean dirty;
};

G_DEFINE_FINAL_TYPE (OfcTemplateEditor, ofc_template_editor, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const OfcPrintJobKind documents[] = {
  OFC_PRINT_JOB_ORDER_STICKER,
  OFC_PRINT_JOB_INTAKE_RECEIPT,
  OFC_PRINT_JOB_ACT,
  OFC_PRINT_JOB_CLIENT_CARD,
};

static void load_template (OfcTemplateEditor *self);

/*
 * Documents and sizes
 */

static OfcPrintJobKind
get_kind (OfcTemplateEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->document_row);

  return documents[MIN (selected, G_N_ELEMENTS (documents) - 1)];
}

static char *
dup_size_label (const char *size)
{
  if (g_str_equal (size, CUSTOM_SIZE))
    return g_strdup (_ ("Another label size"));
  if (g_str_equal (size, OFC_PRINT_TEMPLATE_SIZE_A4))
    return g_strdup (_ ("A4 page"));
  if (g_str_has_suffix (size, "mm"))
    return g_strdup_printf (_ ("%d mm receipt paper"), atoi (size));
  if (strchr (size, 'x') == NULL)
    return g_strdup_printf (_ ("%s mm continuous tape"), size);
  return g_strdup_printf (_ ("%s mm labels"), size);
}

static gboolean
is_label_kind (OfcPrintJobKind kind)
{
  return kind == OFC_PRINT_JOB_ORDER_STICKER || kind == OFC_PRINT_JOB_CLIENT_CARD;
}

static void
fill_sizes (OfcTemplateEditor *self, OfcPrintJobKind kind)
{
  const char *const *sizes = ofc_print_template_list_sizes (kind);
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->sizes, 0);
  for (guint i = 0; sizes[i] != NULL; i++)
    g_ptr_array_add (self->sizes, g_strdup (sizes[i]));
  if (is_label_kind (kind))
    g_ptr_array_add (self->sizes, g_strdup (CUSTOM_SIZE));
  for (guint i = 0; i < self->sizes->len; i++)
    {
      g_autofree char *label = dup_size_label (g_ptr_array_index (self->sizes, i));

      gtk_string_list_append (labels, label);
    }
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (labels));
}

/* the paper the document's default printer takes, if it prints the document */
static char *
dup_preferred_size (OfcTemplateEditor *self, OfcPrintJobKind kind)
{
  g_autoptr (OfcPrinter) printer =
      ofc_printer_store_get_default (self->context, ofc_print_job_kind_get_role (kind), NULL);

  if (printer == NULL || !ofc_print_job_kind_supports (kind, ofc_printer_get_language (printer)))
    return g_strdup (ofc_print_template_list_sizes (kind)[0]);
  return ofc_print_get_template_size (kind, printer);
}

static void
select_size (OfcTemplateEditor *self, const char *size)
{
  guint index = 0;

  if (!g_ptr_array_find_with_equal_func (self->sizes, size, g_str_equal, &index))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->custom_size_row), size);
      g_ptr_array_find_with_equal_func (self->sizes, CUSTOM_SIZE, g_str_equal, &index);
    }
  adw_combo_row_set_selected (self->size_row, index);
  gtk_widget_set_visible (GTK_WIDGET (self->custom_size_row),
                          g_str_equal (g_ptr_array_index (self->sizes, index), CUSTOM_SIZE));
}

/* the size key chosen; a typed label size is checked and written as the store writes it */
static char *
dup_size (OfcTemplateEditor *self, GError **error)
{
  guint selected = adw_combo_row_get_selected (self->size_row);
  const char *size = selected < self->sizes->len ? g_ptr_array_index (self->sizes, selected) : "";
  g_autoptr (OfcPrinter) media = NULL;

  if (!g_str_equal (size, CUSTOM_SIZE))
    return g_strdup (size);
  media = ofc_printer_new (OFC_PRINTER_LANGUAGE_TSPL);
  if (!ofc_printer_set_media_text (
          media, gtk_editable_get_text (GTK_EDITABLE (self->custom_size_row)), error))
    return NULL;
  return ofc_printer_dup_media_text (media);
}

/*
 * Showing the working copy
 */

static OfcFieldSizeUnit
size_unit (const char *size)
{
  if (g_str_equal (size, OFC_PRINT_TEMPLATE_SIZE_A4))
    return OFC_FIELD_SIZE_POINTS;
  if (g_str_has_suffix (size, "mm"))
    return OFC_FIELD_SIZE_RECEIPT;
  return OFC_FIELD_SIZE_MM;
}

static const char *
unit_description (OfcFieldSizeUnit unit)
{
  switch (unit)
    {
      case OFC_FIELD_SIZE_POINTS:
        return _ ("Sizes are in points, as in a word processor.");
      case OFC_FIELD_SIZE_RECEIPT:
        return _ ("Size 1 is normal text, 2 is double height.");
      case OFC_FIELD_SIZE_MM:
      default:
        return _ ("Sizes are the height of the text in millimetres. Text that does not fit is "
                  "made smaller, then shortened; the order number is never shortened.");
    }
}

static void on_field_changed_cb (OfcTemplateEditor *self, OfcTemplateFieldRow *row);
static void on_field_move_cb (OfcTemplateEditor *self, int direction, OfcTemplateFieldRow *row);

static void
clear_field_rows (OfcTemplateEditor *self)
{
  for (guint i = 0; i < self->field_rows->len; i++)
    adw_preferences_group_remove (self->fields_group, g_ptr_array_index (self->field_rows, i));
  g_ptr_array_set_size (self->field_rows, 0);
}

static void
fill_fields (OfcTemplateEditor *self)
{
  OfcPrintJobKind kind = ofc_print_template_get_kind (self->template_);
  OfcFieldSizeUnit unit = size_unit (ofc_print_template_get_size (self->template_));
  guint n = ofc_print_template_get_n_fields (self->template_);

  clear_field_rows (self);
  adw_preferences_group_set_description (self->fields_group, unit_description (unit));
  for (guint i = 0; i < n; i++)
    {
      const OfcPrintField *field = ofc_print_template_get_field (self->template_, i);
      const char *label = ofc_print_template_get_field_label (kind, field->id);
      OfcTemplateFieldRow *row =
          ofc_template_field_row_new (label != NULL ? label : field->id, field, unit);

      ofc_template_field_row_set_movable (row, i > 0, i + 1 < n);
      g_signal_connect_object (row, "changed", G_CALLBACK (on_field_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "move", G_CALLBACK (on_field_move_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->fields_group, GTK_WIDGET (row));
      g_ptr_array_add (self->field_rows, row);
    }
}

static void
fill_barcodes (OfcTemplateEditor *self)
{
  g_autoptr (GtkStringList) choices = gtk_string_list_new (NULL);
  OfcPrintSymbology symbology = ofc_print_template_get_symbology (self->template_);

  /* in the order of OfcPrintSymbology, so an index is the value */
  gtk_string_list_append (choices, C_ ("barcode", "None"));
  gtk_string_list_append (choices, _ ("Code 128"));
  gtk_string_list_append (choices, _ ("QR code"));
  gtk_string_list_append (choices, _ ("Code 128 and a QR code"));
  if (ofc_print_template_get_kind (self->template_) == OFC_PRINT_JOB_CLIENT_CARD)
    gtk_string_list_append (choices, _ ("EAN-13"));
  adw_combo_row_set_model (self->barcode_row, G_LIST_MODEL (choices));
  adw_combo_row_set_selected (self->barcode_row, symbology);
}

static void
set_text (GtkTextView *view, const char *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static void
fill_look (OfcTemplateEditor *self)
{
  const char *size = ofc_print_template_get_size (self->template_);
  const char *font = ofc_print_template_get_font (self->template_);
  gboolean receipt_paper = size_unit (size) == OFC_FIELD_SIZE_RECEIPT;

  gtk_font_chooser_set_font (GTK_FONT_CHOOSER (self->font_button), *font != '\0' ? font : "Sans");
  /* receipts print in the printer's own font */
  gtk_widget_set_visible (GTK_WIDGET (self->font_row), !receipt_paper);
  gtk_widget_set_visible (GTK_WIDGET (self->text_group), size_unit (size) != OFC_FIELD_SIZE_MM);
  set_text (self->header_view, ofc_print_template_get_header (self->template_));
  set_text (self->footer_view, ofc_print_template_get_footer (self->template_));
  fill_barcodes (self);
}

static void
update_state (OfcTemplateEditor *self)
{
  const char *text = self->dirty ? _ ("Unsaved changes")
                     : ofc_print_template_is_stored (self->template_)
                         ? _ ("The shop’s own template")
                         : _ ("The built-in default");

  gtk_label_set_text (self->state_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.save", self->dirty);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.reset",
                                 self->dirty || ofc_print_template_is_stored (self->template_));
}

static void
show_template (OfcTemplateEditor *self)
{
  self->loading = TRUE;
  fill_fields (self);
  fill_look (self);
  self->loading = FALSE;
  update_state (self);
  ofc_template_preview_show (self->preview, self->template_);
}

static char *
dup_draft_key (OfcPrintJobKind kind, const char *size)
{
  return g_strdup_printf ("%s %s", ofc_print_job_kind_to_string (kind), size);
}

/* an edit was made to the working copy; it is kept as a draft, so looking at another
 * document and coming back finds the edits still there */
static void
changed (OfcTemplateEditor *self)
{
  g_autofree char *key = dup_draft_key (ofc_print_template_get_kind (self->template_),
                                        ofc_print_template_get_size (self->template_));

  g_hash_table_replace (self->drafts, g_steal_pointer (&key), g_object_ref (self->template_));
  self->dirty = TRUE;
  update_state (self);
  ofc_template_preview_show (self->preview, self->template_);
}

static void
forget_draft (OfcTemplateEditor *self)
{
  g_autofree char *key = dup_draft_key (ofc_print_template_get_kind (self->template_),
                                        ofc_print_template_get_size (self->template_));

  g_hash_table_remove (self->drafts, key);
}

/* the draft of the document and paper chosen, or the stored (or default) template */
static void
load_template (OfcTemplateEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *size = dup_size (self, &error);
  g_autofree char *key = size != NULL ? dup_draft_key (get_kind (self), size) : NULL;
  OfcPrintTemplate *draft = key != NULL ? g_hash_table_lookup (self->drafts, key) : NULL;
  g_autoptr (OfcPrintTemplate) stored = NULL;

  if (size != NULL && draft == NULL)
    stored = ofc_print_template_load (self->context, get_kind (self), size, &error);
  if (draft == NULL && stored == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_set_object (&self->template_, (draft != NULL ? draft : stored));
  self->dirty = draft != NULL;
  show_template (self);
}

/*
 * Callbacks
 */

static void
on_document_changed_cb (OfcTemplateEditor *self)
{
  OfcPrintJobKind kind = get_kind (self);
  g_autofree char *size = NULL;

  if (self->loading || self->sizes == NULL)
    return;
  self->loading = TRUE;
  fill_sizes (self, kind);
  size = dup_preferred_size (self, kind);
  select_size (self, size);
  self->loading = FALSE;
  load_template (self);
}

static void
on_size_changed_cb (OfcTemplateEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->size_row);
  gboolean custom = selected < self->sizes->len &&
                    g_str_equal (g_ptr_array_index (self->sizes, selected), CUSTOM_SIZE);

  if (self->loading)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->custom_size_row), custom);
  if (custom)
    gtk_widget_grab_focus (GTK_WIDGET (self->custom_size_row));
  else
    load_template (self);
}

static void
on_custom_size_apply_cb (OfcTemplateEditor *self)
{
  load_template (self);
}

static void
on_field_changed_cb (OfcTemplateEditor *self, OfcTemplateFieldRow *row)
{
  const OfcPrintField *field =
      ofc_print_template_find_field (self->template_, ofc_template_field_row_get_id (row));

  if (self->loading || field == NULL)
    return;
  ofc_print_template_set_field (
      self->template_, field->id, ofc_template_field_row_get_visible_field (row),
      ofc_template_field_row_get_size (row), ofc_template_field_row_get_bold (row), field->lines);
  changed (self);
}

static void
on_field_move_cb (OfcTemplateEditor *self, int direction, OfcTemplateFieldRow *row)
{
  g_autofree char *id = g_strdup (ofc_template_field_row_get_id (row));
  guint index = 0;

  if (!g_ptr_array_find (self->field_rows, row, &index) || (direction < 0 && index == 0) ||
      !ofc_print_template_move_field (self->template_, id, index + direction))
    return;
  self->loading = TRUE;
  fill_fields (self);
  self->loading = FALSE;
  ofc_template_field_row_focus_move (g_ptr_array_index (self->field_rows, index + direction),
                                     direction);
  changed (self);
}

static char *
dup_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
on_text_changed_cb (OfcTemplateEditor *self)
{
  g_autofree char *header = dup_text (self->header_view);
  g_autofree char *footer = dup_text (self->footer_view);

  if (self->loading || self->template_ == NULL)
    return;
  ofc_print_template_set_header (self->template_, header);
  ofc_print_template_set_footer (self->template_, footer);
  changed (self);
}

static void
on_font_set_cb (OfcTemplateEditor *self)
{
  g_autofree char *family = gtk_font_chooser_get_font (GTK_FONT_CHOOSER (self->font_button));
  PangoFontFamily *chosen = gtk_font_chooser_get_font_family (GTK_FONT_CHOOSER (self->font_button));

  if (self->loading || self->template_ == NULL)
    return;
  ofc_print_template_set_font (self->template_,
                               chosen != NULL ? pango_font_family_get_name (chosen) : family);
  changed (self);
}

static void
on_barcode_changed_cb (OfcTemplateEditor *self)
{
  if (self->loading || self->template_ == NULL)
    return;
  ofc_print_template_set_symbology (self->template_,
                                    adw_combo_row_get_selected (self->barcode_row));
  changed (self);
}

/*
 * Actions
 */

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_template_editor_save (OFC_TEMPLATE_EDITOR (widget));
}

static void
reset_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  OfcTemplateEditor *self = OFC_TEMPLATE_EDITOR (widget);
  g_autoptr (GError) error = NULL;

  if (!ofc_print_template_reset (self->context, ofc_print_template_get_kind (self->template_),
                                 ofc_print_template_get_size (self->template_), &error))
    {
      ofc_gui_show_error (widget, error);
      return;
    }
  forget_draft (self);
  load_template (self);
  ofc_gui_show_message (widget, _ ("The template is back to the built-in default"));
}

/*
 * GObject and widget overrides
 */

static void
fill_documents (OfcTemplateEditor *self)
{
  g_autoptr (GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    gtk_string_list_append (labels, ofc_print_job_kind_get_label (documents[i]));
  self->loading = TRUE;
  adw_combo_row_set_model (self->document_row, G_LIST_MODEL (labels));
  self->loading = FALSE;
}

static void
ofc_template_editor_constructed (GObject *object)
{
  OfcTemplateEditor *self = OFC_TEMPLATE_EDITOR (object);

  G_OBJECT_CLASS (ofc_template_editor_parent_class)->constructed (object);
  g_assert (self->context != NULL);
  self->preview = ofc_template_preview_new (self->context);
  gtk_widget_set_vexpand (GTK_WIDGET (self->preview), TRUE);
  gtk_box_append (self->preview_box, GTK_WIDGET (self->preview));
  fill_documents (self);
}

/* the template is read on first sight; later, the preview looks for the newest order again */
static void
ofc_template_editor_map (GtkWidget *widget)
{
  OfcTemplateEditor *self = OFC_TEMPLATE_EDITOR (widget);

  GTK_WIDGET_CLASS (ofc_template_editor_parent_class)->map (widget);
  if (self->template_ == NULL)
    {
      on_document_changed_cb (self);
      return;
    }
  ofc_template_preview_forget_subject (self->preview);
  ofc_template_preview_show (self->preview, self->template_);
}

static void
ofc_template_editor_dispose (GObject *object)
{
  OfcTemplateEditor *self = OFC_TEMPLATE_EDITOR (object);

  g_clear_object (&self->context);
  g_clear_object (&self->template_);
  g_clear_pointer (&self->sizes, g_ptr_array_unref);
  g_clear_pointer (&self->field_rows, g_ptr_array_unref);
  g_clear_pointer (&self->drafts, g_hash_table_unref);

  G_OBJECT_CLASS (ofc_template_editor_parent_class)->dispose (object);
}

static void
ofc_template_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcTemplateEditor *self = OFC_TEMPLATE_EDITOR (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, self->context);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_template_editor_set_property (GObject *object,
                                  guint prop_id,
                                  const GValue *value,
                                  GParamSpec *pspec)
{
  OfcTemplateEditor *self = OFC_TEMPLATE_EDITOR (object);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        self->context = g_value_dup_object (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/printing/ofc-template-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, barcode_row);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, custom_size_row);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, document_row);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, fields_group);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, font_button);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, font_row);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, footer_view);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, header_view);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, preview_box);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, size_row);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, state_label);
  gtk_widget_class_bind_template_child (widget_class, OfcTemplateEditor, text_group);
  gtk_widget_class_bind_template_callback (widget_class, on_barcode_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_custom_size_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_document_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_font_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_size_changed_cb);
}

static void
ofc_template_editor_class_init (OfcTemplateEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_template_editor_constructed;
  object_class->dispose = ofc_template_editor_dispose;
  object_class->get_property = ofc_template_editor_get_property;
  object_class->set_property = ofc_template_editor_set_property;
  widget_class->map = ofc_template_editor_map;

  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  bind_template (widget_class);
  gtk_widget_class_install_action (widget_class, "template.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "template.reset", NULL, reset_action);
}

static void
ofc_template_editor_init (OfcTemplateEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->sizes = g_ptr_array_new_with_free_func (g_free);
  self->field_rows = g_ptr_array_new ();
  self->drafts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_signal_connect_object (gtk_text_view_get_buffer (self->header_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->footer_view), "changed",
                           G_CALLBACK (on_text_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.save", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "template.reset", FALSE);
}

/*
 * Public API
 */

OfcTemplateEditor *
ofc_template_editor_new (OfcContext *context)
{
  return g_object_new (OFC_TYPE_TEMPLATE_EDITOR, "context", context, NULL);
}

/**
 * ofc_template_editor_select:
 * @size: (nullable): a size key; %NULL for the paper of the document's default printer
 *
 * Shows the template of @kind on @size, as choosing them in the rows does, with its
 * unsaved edits if it has any.
 */
void
ofc_template_editor_select (OfcTemplateEditor *self, OfcPrintJobKind kind, const char *size)
{
  g_autofree char *preferred = NULL;

  g_return_if_fail (OFC_IS_TEMPLATE_EDITOR (self));
  self->loading = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (documents); i++)
    if (documents[i] == kind)
      adw_combo_row_set_selected (self->document_row, i);
  fill_sizes (self, kind);
  preferred = size != NULL ? g_strdup (size) : dup_preferred_size (self, kind);
  select_size (self, preferred);
  self->loading = FALSE;
  load_template (self);
}

/**
 * ofc_template_editor_get_template:
 *
 * Returns: (transfer none) (nullable): the working copy, %NULL before the panel was shown
 */
OfcPrintTemplate *
ofc_template_editor_get_template (OfcTemplateEditor *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_EDITOR (self), NULL);
  return self->template_;
}

/**
 * ofc_template_editor_get_preview:
 *
 * Returns: (transfer none): the preview beside the settings
 */
OfcTemplatePreview *
ofc_template_editor_get_preview (OfcTemplateEditor *self)
{
  g_return_val_if_fail (OFC_IS_TEMPLATE_EDITOR (self), NULL);
  return self->preview;
}

/**
 * ofc_template_editor_save:
 *
 * Stores the working copy, as the Save button does; a refusal is shown in a toast.
 *
 * Returns: whether it was stored
 */
gboolean
ofc_template_editor_save (OfcTemplateEditor *self)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (OFC_IS_TEMPLATE_EDITOR (self), FALSE);
  if (self->template_ == NULL || !ofc_print_template_save (self->context, self->template_, &error))
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  message =
      g_strdup_printf (_ ("Template saved: %s"), ofc_print_job_kind_get_label (get_kind (self)));
  load_template (self);
  ofc_gui_show_message (GTK_WIDGET (self), message);
  return TRUE;
}
