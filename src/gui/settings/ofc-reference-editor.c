/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReferenceEditor: the save, refusal and conflict handling shared by the Settings
 * editors, as the client editor does it. The store does all the checking; a refused save
 * changes nothing, so the dialog only has to show why and where.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-gui-error.h"
#include "ofc-reference-editor.h"

typedef struct
{
  /* Template widgets */
  GtkLabel *error_label;
  GtkRevealer *error_revealer;
  AdwBin *form_bin;
  AdwWindowTitle *window_title;

  /* Owned references */
  OfcContext *context;
  GObject *item; /* the working copy the form is loaded from and saved into */

  /* Borrowed references */
  GtkWidget *error_widget; /* the row marked by the last refused save */
} OfcReferenceEditorPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (OfcReferenceEditor, ofc_reference_editor, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_CONTEXT,
  PROP_ITEM,
  PROP_FORM,
  N_PROPS
};

enum
{
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * Auxiliary methods
 */

/* the row as stored now, or @item itself if it cannot be read (the save will say why) */
static GObject *
dup_fresh_item (OfcReferenceEditor *self, GObject *item)
{
  g_autoptr (GError) error = NULL;
  GObject *fresh;

  if (item == NULL)
    return OFC_REFERENCE_EDITOR_GET_CLASS (self)->create (self);
  fresh = OFC_REFERENCE_EDITOR_GET_CLASS (self)->reload (self, item, &error);
  if (fresh == NULL)
    {
      g_warning ("cannot read the row again: %s", error->message);
      return g_object_ref (item);
    }
  return fresh;
}

static void
load (OfcReferenceEditor *self)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  g_autofree char *name = NULL;

  OFC_REFERENCE_EDITOR_GET_CLASS (self)->load (self, priv->item);
  g_object_get (priv->item, "name", &name, NULL);
  adw_window_title_set_subtitle (priv->window_title, name);
}

static void
clear_error_mark (OfcReferenceEditor *self)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);

  gtk_revealer_set_reveal_child (priv->error_revealer, FALSE);
  if (priv->error_widget != NULL)
    gtk_widget_remove_css_class (priv->error_widget, "error");
  priv->error_widget = NULL;
}

/* the focus in the field, its row marked until the next save */
static void
focus_field (OfcReferenceEditor *self, const char *field)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  GtkWidget *widget = OFC_REFERENCE_EDITOR_GET_CLASS (self)->get_field_widget (self, field);

  if (widget == NULL)
    return;
  gtk_widget_grab_focus (widget);
  priv->error_widget = ADW_IS_PREFERENCES_ROW (widget)
                           ? widget
                           : gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_ROW);
  if (priv->error_widget != NULL)
    gtk_widget_add_css_class (priv->error_widget, "error");
}

static void
on_reload_response_cb (OfcReferenceEditor *self)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  g_autoptr (GObject) fresh = dup_fresh_item (self, priv->item);

  g_set_object (&priv->item, fresh);
  clear_error_mark (self);
  load (self);
  gtk_widget_child_focus (GTK_WIDGET (priv->form_bin), GTK_DIR_TAB_FORWARD);
}

static void
ask_reload (OfcReferenceEditor *self, const GError *error)
{
  ofc_gui_ask_reload (GTK_WINDOW (self), _ ("Someone Else Saved It Meanwhile"),
                      _ ("Reloading shows it as saved now; what you changed here is discarded."),
                      error, G_CALLBACK (on_reload_response_cb));
}

static void
show_failure (OfcReferenceEditor *self, const GError *error)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);

  if (g_error_matches (error, OFC_ERROR, OFC_ERROR_CONFLICT))
    {
      ask_reload (self, error);
      return;
    }
  /* a banner rather than a toast: the reason stays readable while the field is corrected */
  g_info ("%s (%s %d)", error->message, g_quark_to_string (error->domain), error->code);
  gtk_label_set_text (priv->error_label, error->message);
  gtk_revealer_set_reveal_child (priv->error_revealer, TRUE);
  if (error->domain == OFC_ERROR && ofc_error_get_field (error) != NULL)
    focus_field (self, ofc_error_get_field (error));
  /* a duplicate is another row of the same name */
  else if (g_error_matches (error, OFC_ERROR, OFC_ERROR_DUPLICATE))
    focus_field (self, "name");
}

/* Enter in a number saves, as it does in the entry rows; a spin button takes Enter for
 * itself, so this runs in the capture phase */
static gboolean
on_key_pressed_cb (OfcReferenceEditor *self, guint keyval, guint keycode, GdkModifierType state)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *spin = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) : NULL;

  if ((keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter) || spin == NULL ||
      (state & GDK_MODIFIER_MASK) != 0)
    return FALSE;
  gtk_spin_button_update (GTK_SPIN_BUTTON (spin));
  ofc_reference_editor_save (self);
  return TRUE;
}

/*
 * Actions
 */

static void
save_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  ofc_reference_editor_save (OFC_REFERENCE_EDITOR (widget));
}

static void
cancel_action (GtkWidget *widget, const char *action_name, GVariant *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/*
 * GObject overrides
 */

static void
ofc_reference_editor_constructed (GObject *object)
{
  OfcReferenceEditor *self = OFC_REFERENCE_EDITOR (object);
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  g_autoptr (GObject) given = g_steal_pointer (&priv->item);

  G_OBJECT_CLASS (ofc_reference_editor_parent_class)->constructed (object);

  g_assert (priv->context != NULL);
  priv->item = dup_fresh_item (self, given);
  load (self);
}

/* the form's first field has the focus when the dialog opens, not the Cancel button */
static void
ofc_reference_editor_map (GtkWidget *widget)
{
  OfcReferenceEditor *self = OFC_REFERENCE_EDITOR (widget);
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  GtkWidget *focus;

  GTK_WIDGET_CLASS (ofc_reference_editor_parent_class)->map (widget);

  focus = gtk_root_get_focus (GTK_ROOT (self));
  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (priv->form_bin)))
    gtk_widget_child_focus (GTK_WIDGET (priv->form_bin), GTK_DIR_TAB_FORWARD);
}

static void
ofc_reference_editor_dispose (GObject *object)
{
  OfcReferenceEditor *self = OFC_REFERENCE_EDITOR (object);
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);

  g_clear_object (&priv->context);
  g_clear_object (&priv->item);

  G_OBJECT_CLASS (ofc_reference_editor_parent_class)->dispose (object);
}

static void
ofc_reference_editor_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcReferenceEditor *self = OFC_REFERENCE_EDITOR (object);
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        g_value_set_object (value, priv->context);
        break;
      case PROP_ITEM:
        g_value_set_object (value, priv->item);
        break;
      case PROP_FORM:
        g_value_set_object (value, adw_bin_get_child (priv->form_bin));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_reference_editor_set_property (GObject *object,
                                   guint prop_id,
                                   const GValue *value,
                                   GParamSpec *pspec)
{
  OfcReferenceEditor *self = OFC_REFERENCE_EDITOR (object);
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);

  switch (prop_id)
    {
      case PROP_CONTEXT:
        priv->context = g_value_dup_object (value);
        break;
      case PROP_ITEM:
        priv->item = g_value_dup_object (value);
        break;
      case PROP_FORM:
        adw_bin_set_child (priv->form_bin, g_value_get_object (value));
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  properties[PROP_CONTEXT] =
      g_param_spec_object ("context", NULL, NULL, OFC_TYPE_CONTEXT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* given: the row to edit (NULL for a new one); read: the working copy */
  properties[PROP_ITEM] =
      g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                           G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* the subclass's form, set from its template */
  properties[PROP_FORM] = g_param_spec_object ("form", NULL, NULL, GTK_TYPE_WIDGET,
                                               G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_reference_editor_class_init (OfcReferenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ofc_reference_editor_constructed;
  object_class->dispose = ofc_reference_editor_dispose;
  object_class->get_property = ofc_reference_editor_get_property;
  object_class->set_property = ofc_reference_editor_set_property;
  widget_class->map = ofc_reference_editor_map;
  install_properties (object_class);

  /**
   * OfcReferenceEditor::saved:
   * @item: the row as stored
   *
   * Emitted once the row is stored, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-reference-editor.ui");
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferenceEditor, error_label);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferenceEditor, error_revealer);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferenceEditor, form_bin);
  gtk_widget_class_bind_template_child_private (widget_class, OfcReferenceEditor, window_title);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
ofc_reference_editor_init (OfcReferenceEditor *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/*
 * Public API
 */

/**
 * ofc_reference_editor_lookup_field:
 * @fields: the subclass's fields, offsets into its instance
 * @name: a field named by an error, e.g. "series-prefix"
 *
 * Returns: (transfer none) (nullable): the widget of @name
 */
GtkWidget *
ofc_reference_editor_lookup_field (OfcReferenceEditor *self,
                                   const OfcEditorField *fields,
                                   gsize n_fields,
                                   const char *name)
{
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].name, name) == 0)
      return *(GtkWidget **) G_STRUCT_MEMBER_P (self, fields[i].offset);
  return NULL;
}

/**
 * ofc_reference_editor_get_context:
 *
 * Returns: (transfer none): the shop
 */
OfcContext *
ofc_reference_editor_get_context (OfcReferenceEditor *self)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_REFERENCE_EDITOR (self), NULL);
  return priv->context;
}

/**
 * ofc_reference_editor_get_item:
 *
 * Returns: (transfer none): the working copy being edited
 */
GObject *
ofc_reference_editor_get_item (OfcReferenceEditor *self)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);

  g_return_val_if_fail (OFC_IS_REFERENCE_EDITOR (self), NULL);
  return priv->item;
}

/* whether the row is not stored yet: records have an empty "id" until their first save */
gboolean
ofc_reference_editor_is_new (OfcReferenceEditor *self)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  g_autofree char *id = NULL;

  g_return_val_if_fail (OFC_IS_REFERENCE_EDITOR (self), FALSE);

  g_object_get (priv->item, "id", &id, NULL);
  return id == NULL || *id == '\0';
}

/**
 * ofc_reference_editor_set_heading:
 * @new_title: the dialog's title while the row is new, e.g. "New Status"
 * @edit_title: its title for a stored row, e.g. "Status"
 */
void
ofc_reference_editor_set_heading (OfcReferenceEditor *self,
                                  const char *new_title,
                                  const char *edit_title)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  const char *title = ofc_reference_editor_is_new (self) ? new_title : edit_title;

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (priv->window_title, title);
}

/**
 * ofc_reference_editor_save:
 *
 * Saves what the form holds, as the Save button does: on success emits "saved" and
 * closes the dialog; otherwise shows why and keeps it open.
 *
 * Returns: whether the row was stored
 */
gboolean
ofc_reference_editor_save (OfcReferenceEditor *self)
{
  OfcReferenceEditorPrivate *priv = ofc_reference_editor_get_instance_private (self);
  g_autoptr (GError) error = NULL;

  g_return_val_if_fail (OFC_IS_REFERENCE_EDITOR (self), FALSE);

  clear_error_mark (self);
  if (!OFC_REFERENCE_EDITOR_GET_CLASS (self)->save (self, priv->item, &error))
    {
      show_failure (self, error);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, priv->item);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}
