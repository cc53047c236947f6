/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcReferenceEditor: the dialog every Settings editor derives from. It holds a working
 * copy of one reference row (a location, a status, a service …), saves it with Ctrl+S or
 * the Save button and closes; a refused save keeps the dialog open with the reason in a
 * banner and the focus on the field the error names; a save refused because someone else
 * saved first offers to reload. Subclasses bring the form (the "form" property, set in
 * their template) and move values between it and the row.
 */
#pragma once

#include <adwaita.h>
#include <ofc-core.h>

G_BEGIN_DECLS

#define OFC_TYPE_REFERENCE_EDITOR (ofc_reference_editor_get_type ())
G_DECLARE_DERIVABLE_TYPE (OfcReferenceEditor, ofc_reference_editor, OFC, REFERENCE_EDITOR,
                          AdwWindow)

/**
 * OfcReferenceEditorClass:
 * @create: a new, unsaved row for the "add" case
 * @reload: the row as stored now, read again by its id
 * @load: shows @item in the form
 * @save: moves the form into @item and stores it; %FALSE with the reason, a validation
 *   error naming the field when there is one
 * @get_field_widget: the widget of a field named by a validation error
 */
struct _OfcReferenceEditorClass
{
  AdwWindowClass parent_class;

  GObject *(*create) (OfcReferenceEditor *self);
  GObject *(*reload) (OfcReferenceEditor *self, GObject *item, GError **error);
  void (*load) (OfcReferenceEditor *self, GObject *item);
  gboolean (*save) (OfcReferenceEditor *self, GObject *item, GError **error);
  GtkWidget *(*get_field_widget) (OfcReferenceEditor *self, const char *field);
};

/* a form field named by validation errors, and where its widget is in the editor */
typedef struct
{
  const char *name;
  gsize offset;
} OfcEditorField;

#define OFC_EDITOR_FIELD(name, Type, member) { name, G_STRUCT_OFFSET (Type, member) }

/* clang-format off */
GtkWidget  *ofc_reference_editor_lookup_field (OfcReferenceEditor   *self,
                                              const OfcEditorField *fields,
                                              gsize                 n_fields,
                                              const char           *name);
OfcContext *ofc_reference_editor_get_context (OfcReferenceEditor *self);
GObject    *ofc_reference_editor_get_item    (OfcReferenceEditor *self);
gboolean    ofc_reference_editor_is_new      (OfcReferenceEditor *self);
void        ofc_reference_editor_set_heading (OfcReferenceEditor *self,
                                              const char         *new_title,
                                              const char         *edit_title);
gboolean    ofc_reference_editor_save        (OfcReferenceEditor *self);
/* clang-format on */

G_END_DECLS
