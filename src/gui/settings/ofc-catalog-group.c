/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcCatalogGroup: generalises the client sources dialog to the catalogue lists. Entries
 * are plain texts, so each row carries its text; the lists are rebuilt from the store
 * whenever the context announces a change to them, from here or from an intake.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>

#include "ofc-catalog-group.h"
#include "ofc-gui-error.h"

struct _OfcCatalogGroup
{
  AdwPreferencesGroup parent_instance;

  /* Template widgets */
  GtkListBox *active_list;
  GtkListBox *archived_list;
  AdwEntryRow *new_row;

  /* Owned references */
  OfcContext *context;
  char *brand;

  OfcCatalogKind kind;
};

G_DEFINE_FINAL_TYPE (OfcCatalogGroup, ofc_catalog_group, ADW_TYPE_PREFERENCES_GROUP)

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  const char *title;       /* N_() */
  const char *description; /* N_() */
  const char *new_title;   /* N_() */
  const char *entity;      /* whose change notices the list follows */
} KindInfo;

static const KindInfo kinds[OFC_N_CATALOG_KINDS] = {
  { N_ ("Malfunctions"), N_ ("What the client says is wrong; offered as completions at intake."),
    N_ ("_New malfunction"), "intake_phrase" },
  { N_ ("Appearance"), N_ ("How a device looks when taken in."), N_ ("_New appearance phrase"),
    "intake_phrase" },
  { N_ ("Completeness"), N_ ("What comes with a device: charger, case, box …"),
    N_ ("_New completeness item"), "intake_phrase" },
  { N_ ("Brands"), N_ ("Learned from what receivers type; offered as completions."),
    N_ ("_New brand"), "device_brand" },
  { N_ ("Models"), N_ ("The models of the chosen brand."), N_ ("_New model"), "device_model" },
};

#define TEXT_KEY "ofc-text"

/*
 * The store, by kind
 */

static GStrv
list_texts (OfcCatalogGroup *self, gboolean archived, GError **error)
{
  if (self->kind == OFC_CATALOG_BRANDS)
    return ofc_catalog_list_brands (self->context, archived, error);
  if (self->kind == OFC_CATALOG_MODELS)
    return ofc_catalog_list_models (self->context, self->brand, archived, error);
  return ofc_catalog_list_phrases (self->context, (OfcIntakeList) self->kind, archived, error);
}

static gboolean
add_text (OfcCatalogGroup *self, const char *text, GError **error)
{
  if (self->kind == OFC_CATALOG_BRANDS)
    return ofc_catalog_add_brand (self->context, text, error);
  if (self->kind == OFC_CATALOG_MODELS)
    return ofc_catalog_add_model (self->context, self->brand, text, error);
  return ofc_catalog_add_phrase (self->context, (OfcIntakeList) self->kind, text, error);
}

static gboolean
set_archived (OfcCatalogGroup *self, const char *text, gboolean archived, GError **error)
{
  OfcIntakeList list = (OfcIntakeList) self->kind;

  if (self->kind == OFC_CATALOG_BRANDS)
    return archived ? ofc_catalog_archive_brand (self->context, text, error)
                    : ofc_catalog_restore_brand (self->context, text, error);
  if (self->kind == OFC_CATALOG_MODELS)
    return archived ? ofc_catalog_archive_model (self->context, self->brand, text, error)
                    : ofc_catalog_restore_model (self->context, self->brand, text, error);
  return archived ? ofc_catalog_archive_phrase (self->context, list, text, error)
                  : ofc_catalog_restore_phrase (self->context, list, text, error);
}

/*
 * Rows
 */

static void on_archive_clicked_cb (OfcCatalogGroup *self, GtkButton *button);
static void on_restore_clicked_cb (OfcCatalogGroup *self, GtkButton *button);

static GtkWidget *
make_row (OfcCatalogGroup *self, const char *text, gboolean archived)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button =
      gtk_button_new_from_icon_name (archived ? "edit-undo-symbolic" : "user-trash-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_set_tooltip_text (button, archived ? _ ("Restore") : _ ("Archive (Delete)"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data_full (G_OBJECT (row), TEXT_KEY, g_strdup (text), g_free);
  g_object_set_data_full (G_OBJECT (button), TEXT_KEY, g_strdup (text), g_free);
  g_signal_connect_object (button, "clicked",
                           archived ? G_CALLBACK (on_restore_clicked_cb)
                                    : G_CALLBACK (on_archive_clicked_cb),
                           self, G_CONNECT_SWAPPED);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

/* the archived entries fold away under one row: they are looked up rarely */
static GtkWidget *
make_archived_row (OfcCatalogGroup *self, GStrv texts)
{
  GtkWidget *expander = adw_expander_row_new ();
  g_autofree char *title = g_strdup_printf (_ ("Archived (%u)"), g_strv_length (texts));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  gtk_widget_set_name (expander, "archived-row");
  for (guint i = 0; texts[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), make_row (self, texts[i], TRUE));
  return expander;
}

static int
focused_index (OfcCatalogGroup *self)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self->active_list));

  return focus != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus)) : -1;
}

/* after an entry left the list, the one now in its place takes the focus */
static void
refocus (OfcCatalogGroup *self, int index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->active_list, index);

  if (row == NULL && index > 0)
    row = gtk_list_box_get_row_at_index (self->active_list, index - 1);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->new_row));
}

static void
reload (OfcCatalogGroup *self)
{
  g_autoptr (GError) error = NULL;
  int index = focused_index (self);
  g_auto (GStrv) active = NULL;
  g_auto (GStrv) archived = NULL;

  clear_list (self->active_list);
  clear_list (self->archived_list);
  if (self->context == NULL)
    return;
  active = list_texts (self, FALSE, &error);
  archived = active != NULL ? list_texts (self, TRUE, &error) : NULL;
  if (archived == NULL)
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; active[i] != NULL; i++)
    gtk_list_box_append (self->active_list, make_row (self, active[i], FALSE));
  gtk_widget_set_visible (GTK_WIDGET (self->active_list), active[0] != NULL);
  if (archived[0] != NULL)
    gtk_list_box_append (self->archived_list, make_archived_row (self, archived));
  gtk_widget_set_visible (GTK_WIDGET (self->archived_list), archived[0] != NULL);
  if (index >= 0)
    refocus (self, index);
}

/*
 * Callbacks
 */

static void
on_changed_cb (OfcCatalogGroup *self)
{
  reload (self);
}

static void
on_new_row_apply_cb (OfcCatalogGroup *self)
{
  g_autoptr (GError) error = NULL;

  if (!add_text (self, gtk_editable_get_text (GTK_EDITABLE (self->new_row)), &error))
    {
      ofc_gui_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* emptied with the apply button off: emptying is no edit to apply */
  adw_entry_row_set_show_apply_button (self->new_row, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->new_row), "");
  adw_entry_row_set_show_apply_button (self->new_row, TRUE);
}

static void
archive (OfcCatalogGroup *self, const char *text, gboolean archived)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *kept = g_strdup (text); /* the row holding @text goes in the reload */

  if (!set_archived (self, kept, archived, &error))
    ofc_gui_show_error (GTK_WIDGET (self), error);
}

static void
on_archive_clicked_cb (OfcCatalogGroup *self, GtkButton *button)
{
  archive (self, g_object_get_data (G_OBJECT (button), TEXT_KEY), TRUE);
}

static void
on_restore_clicked_cb (OfcCatalogGroup *self, GtkButton *button)
{
  archive (self, g_object_get_data (G_OBJECT (button), TEXT_KEY), FALSE);
}

/* Delete archives the focused entry */
static gboolean
on_list_key_pressed_cb (OfcCatalogGroup *self, guint keyval, guint keycode, GdkModifierType state)
{
  GtkWidget *focus = gtk_widget_get_focus_child (GTK_WIDGET (self->active_list));

  if ((keyval != GDK_KEY_Delete && keyval != GDK_KEY_KP_Delete) || focus == NULL ||
      (state & GDK_MODIFIER_MASK) != 0)
    return FALSE;
  archive (self, g_object_get_data (G_OBJECT (focus), TEXT_KEY), TRUE);
  return TRUE;
}

/*
 * GObject overrides
 */

static void
apply_kind (OfcCatalogGroup *self)
{
  const KindInfo *info = &kinds[self->kind];

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _ (info->title));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), _ (info->description));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_row), _ (info->new_title));
}

static void
ofc_catalog_group_dispose (GObject *object)
{
  OfcCatalogGroup *self = OFC_CATALOG_GROUP (object);

  g_clear_object (&self->context);
  g_clear_pointer (&self->brand, g_free);

  G_OBJECT_CLASS (ofc_catalog_group_parent_class)->dispose (object);
}

static void
ofc_catalog_group_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  switch (prop_id)
    {
      case PROP_KIND:
        g_value_set_int (value, OFC_CATALOG_GROUP (object)->kind);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_catalog_group_set_property (GObject *object,
                                guint prop_id,
                                const GValue *value,
                                GParamSpec *pspec)
{
  OfcCatalogGroup *self = OFC_CATALOG_GROUP (object);

  switch (prop_id)
    {
      case PROP_KIND:
        self->kind = (OfcCatalogKind) g_value_get_int (value);
        apply_kind (self);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_catalog_group_class_init (OfcCatalogGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ofc_catalog_group_dispose;
  object_class->get_property = ofc_catalog_group_get_property;
  object_class->set_property = ofc_catalog_group_set_property;

  /* an OfcCatalogKind; an int, so templates can set it */
  properties[PROP_KIND] =
      g_param_spec_int ("kind", NULL, NULL, 0, OFC_N_CATALOG_KINDS - 1, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/settings/ofc-catalog-group.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcCatalogGroup, active_list);
  gtk_widget_class_bind_template_child (widget_class, OfcCatalogGroup, archived_list);
  gtk_widget_class_bind_template_child (widget_class, OfcCatalogGroup, new_row);
  gtk_widget_class_bind_template_callback (widget_class, on_list_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_row_apply_cb);
}

static void
ofc_catalog_group_init (OfcCatalogGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * ofc_catalog_group_set_context:
 *
 * Gives the group its shop, once: it lists its entries from then on.
 */
void
ofc_catalog_group_set_context (OfcCatalogGroup *self, OfcContext *context)
{
  g_autofree char *signal = NULL;

  g_return_if_fail (OFC_IS_CATALOG_GROUP (self));
  g_return_if_fail (self->context == NULL);

  self->context = g_object_ref (context);
  signal = g_strdup_printf ("changed::%s", kinds[self->kind].entity);
  g_signal_connect_object (context, signal, G_CALLBACK (on_changed_cb), self, G_CONNECT_SWAPPED);
  /* a brand archived or restored changes which models are offered */
  if (self->kind == OFC_CATALOG_MODELS)
    g_signal_connect_object (context, "changed::device_brand", G_CALLBACK (on_changed_cb), self,
                             G_CONNECT_SWAPPED);
  reload (self);
}

/**
 * ofc_catalog_group_set_brand:
 * @brand: (nullable): whose models a models group lists; none without a brand
 */
void
ofc_catalog_group_set_brand (OfcCatalogGroup *self, const char *brand)
{
  g_autofree char *title = NULL;

  g_return_if_fail (OFC_IS_CATALOG_GROUP (self));

  g_free (self->brand);
  self->brand = g_strdup (brand);
  gtk_widget_set_sensitive (GTK_WIDGET (self), brand != NULL && *brand != '\0');
  if (brand != NULL && *brand != '\0')
    {
      title = g_strdup_printf (_ ("Models of %s"), brand);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), title);
    }
  reload (self);
}
