/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcListSelection: one selected row, always one while the list has rows. When a change
 * leaves the selected row in place or only shifts it, the selection shifts with it; when
 * the change covers it, the owner's find function says where the item went (for clients,
 * an index lookup by id), and failing that the selection stays at the same position. The
 * only item it reads is the newly selected one.
 *
 * With "multiple" set, Ctrl and Shift clicks mark more rows beside the selected one (the
 * orders page prints the stickers of all of them). The marks are positions: appended rows
 * (a lazy list loading the rest) keep them, any other change clears them, as a new search
 * or sort shows other rows in those places.
 *
 * GtkListView of GTK 4.8 has the same habit as GtkSingleSelection: when a change removes
 * its focused row, it reads every added item to find that row again. So a large change
 * (a new search or sort) reaches the view as a removal followed by an addition, with the
 * added rows hidden in between; the view then has nothing to look through.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-list-selection.h"

/* changes adding at least this many rows are split; a smaller search costs little */
#define SPLIT_AT 500

struct _OfcListSelection
{
  GObject parent_instance;

  /* Owned references */
  GListModel *model;
  GObject *selected_item; /* NULL when nothing is selected */

  guint selected;
  GtkBitset *marked; /* the other selected rows, with "multiple" */
  gboolean multiple;
  OfcListSelectionFindFunc find;
  gpointer find_data;

  /* while a split change is half announced: rows of the model not yet shown */
  guint hidden_position;
  guint hidden;
};

static void ofc_list_selection_list_model_init (GListModelInterface *iface);
static void ofc_list_selection_selection_model_init (GtkSelectionModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (OfcListSelection,
                               ofc_list_selection,
                               G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      ofc_list_selection_list_model_init)
                                   G_IMPLEMENT_INTERFACE (GTK_TYPE_SELECTION_MODEL,
                                                          ofc_list_selection_selection_model_init))

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED,
  PROP_SELECTED_ITEM,
  PROP_MULTIPLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/*
 * Auxiliary methods
 */

/* the rows the views know of */
static guint
count (OfcListSelection *self)
{
  return self->model != NULL ? g_list_model_get_n_items (self->model) - self->hidden : 0;
}

/* @position must be valid or GTK_INVALID_LIST_POSITION; reads that one item */
static void
take_selected (OfcListSelection *self, guint position)
{
  self->selected = position;
  g_clear_object (&self->selected_item);
  if (position != GTK_INVALID_LIST_POSITION)
    self->selected_item = g_list_model_get_item (self->model, position);
}

/* tells views that rows @a and @b (either may be invalid) changed their selected state */
static void
announce (OfcListSelection *self, guint a, guint b)
{
  guint n = count (self);
  guint first = MIN (a, b);
  guint last = a == GTK_INVALID_LIST_POSITION ? b : b == GTK_INVALID_LIST_POSITION ? a : MAX (a, b);

  if (first < n)
    gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), first,
                                           MIN (last, n - 1) - first + 1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

/* where the selected item is after a change that covered it */
static guint
locate (OfcListSelection *self, guint old)
{
  guint n = count (self);
  guint found = GTK_INVALID_LIST_POSITION;

  if (self->find != NULL && self->selected_item != NULL)
    found = self->find (self->model, self->selected_item, self->find_data);
  if (found < n)
    return found;
  return n > 0 ? MIN (old, n - 1) : GTK_INVALID_LIST_POSITION;
}

/* the removal half of a split change: the views drop the rows first */
static void
announce_removal (OfcListSelection *self, guint position, guint removed, guint added, guint old)
{
  self->selected = old != GTK_INVALID_LIST_POSITION && old >= position + removed ? old - removed
                                                                                 : self->selected;
  self->hidden_position = position;
  self->hidden = added;
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);
  self->hidden = 0;
}

static void
on_items_changed_cb (OfcListSelection *self, guint position, guint removed, guint added)
{
  guint old = self->selected;
  gboolean covered =
      old != GTK_INVALID_LIST_POSITION && old >= position && old < position + removed;
  gboolean shifted = old != GTK_INVALID_LIST_POSITION && old >= position + removed;
  gboolean split = removed > 0 && added >= SPLIT_AT;

  if (covered)
    self->selected = GTK_INVALID_LIST_POSITION; /* the old item stays for locate() */
  if (removed > 0 || position + added < g_list_model_get_n_items (self->model))
    gtk_bitset_remove_all (self->marked);
  if (split)
    announce_removal (self, position, removed, added, old);
  if (shifted)
    self->selected = old + added - removed;
  g_list_model_items_changed (G_LIST_MODEL (self), position, split ? 0 : removed, added);
  if (covered || (old == GTK_INVALID_LIST_POSITION && count (self) > 0))
    {
      take_selected (self, covered ? locate (self, old) : 0);
      announce (self, GTK_INVALID_LIST_POSITION, self->selected);
    }
  else if (self->selected != old)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

/*
 * GListModel
 */

static GType
ofc_list_selection_get_item_type (GListModel *model)
{
  OfcListSelection *self = OFC_LIST_SELECTION (model);

  return self->model != NULL ? g_list_model_get_item_type (self->model) : G_TYPE_OBJECT;
}

static guint
ofc_list_selection_get_n_items (GListModel *model)
{
  return count (OFC_LIST_SELECTION (model));
}

static gpointer
ofc_list_selection_get_item (GListModel *model, guint position)
{
  OfcListSelection *self = OFC_LIST_SELECTION (model);

  if (self->model == NULL || position >= count (self))
    return NULL;
  if (self->hidden > 0 && position >= self->hidden_position)
    position += self->hidden;
  return g_list_model_get_item (self->model, position);
}

static void
ofc_list_selection_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = ofc_list_selection_get_item_type;
  iface->get_n_items = ofc_list_selection_get_n_items;
  iface->get_item = ofc_list_selection_get_item;
}

/*
 * GtkSelectionModel
 */

static gboolean
ofc_list_selection_is_selected (GtkSelectionModel *model, guint position)
{
  OfcListSelection *self = OFC_LIST_SELECTION (model);

  return self->selected == position || gtk_bitset_contains (self->marked, position);
}

static GtkBitset *
ofc_list_selection_get_selection_in_range (GtkSelectionModel *model, guint position, guint n_items)
{
  OfcListSelection *self = OFC_LIST_SELECTION (model);
  GtkBitset *bitset = gtk_bitset_new_empty ();

  gtk_bitset_union (bitset, self->marked);
  if (self->selected != GTK_INVALID_LIST_POSITION)
    gtk_bitset_add (bitset, self->selected);
  return bitset;
}

/* drops every mark, telling the views which rows lost theirs */
static void
clear_marks (OfcListSelection *self)
{
  guint first, last;

  if (gtk_bitset_is_empty (self->marked))
    return;
  first = gtk_bitset_get_minimum (self->marked);
  last = gtk_bitset_get_maximum (self->marked);
  gtk_bitset_remove_all (self->marked);
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), first, last - first + 1);
}

static void
mark (OfcListSelection *self, guint position, guint n_items)
{
  n_items = MIN (n_items, count (self) - MIN (position, count (self)));
  if (n_items == 0)
    return;
  gtk_bitset_add_range (self->marked, position, n_items);
  if (self->selected != GTK_INVALID_LIST_POSITION)
    gtk_bitset_remove (self->marked, self->selected);
  gtk_selection_model_selection_changed (GTK_SELECTION_MODEL (self), position, n_items);
}

static gboolean
ofc_list_selection_select_item (GtkSelectionModel *model, guint position, gboolean unselect_rest)
{
  OfcListSelection *self = OFC_LIST_SELECTION (model);

  if (!self->multiple || unselect_rest || self->selected == GTK_INVALID_LIST_POSITION)
    {
      clear_marks (self);
      ofc_list_selection_set_selected (self, position);
    }
  else
    mark (self, position, 1);
  return TRUE;
}

static gboolean
ofc_list_selection_select_range (GtkSelectionModel *model,
                                 guint position,
                                 guint n_items,
                                 gboolean unselect_rest)
{
  OfcListSelection *self = OFC_LIST_SELECTION (model);

  if (!self->multiple)
    return ofc_list_selection_select_item (model, position, TRUE);
  if (unselect_rest)
    clear_marks (self);
  if (unselect_rest && (self->selected < position || self->selected - position >= n_items))
    ofc_list_selection_set_selected (self, position);
  mark (self, position, n_items);
  return TRUE;
}

/* one row stays selected, as a GtkSingleSelection that cannot unselect; an unmarked
 * selected row hands its place to another marked one */
static gboolean
ofc_list_selection_unselect_item (GtkSelectionModel *model, guint position)
{
  OfcListSelection *self = OFC_LIST_SELECTION (model);
  guint next;

  if (gtk_bitset_contains (self->marked, position))
    {
      gtk_bitset_remove (self->marked, position);
      gtk_selection_model_selection_changed (model, position, 1);
      return TRUE;
    }
  if (position != self->selected || gtk_bitset_is_empty (self->marked))
    return FALSE;
  next = gtk_bitset_get_minimum (self->marked);
  gtk_bitset_remove (self->marked, next);
  take_selected (self, next);
  announce (self, position, next);
  return TRUE;
}

static void
ofc_list_selection_selection_model_init (GtkSelectionModelInterface *iface)
{
  iface->is_selected = ofc_list_selection_is_selected;
  iface->get_selection_in_range = ofc_list_selection_get_selection_in_range;
  iface->select_item = ofc_list_selection_select_item;
  iface->select_range = ofc_list_selection_select_range;
  iface->unselect_item = ofc_list_selection_unselect_item;
}

/*
 * GObject overrides
 */

static void
ofc_list_selection_dispose (GObject *object)
{
  OfcListSelection *self = OFC_LIST_SELECTION (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->selected_item);

  G_OBJECT_CLASS (ofc_list_selection_parent_class)->dispose (object);
}

static void
ofc_list_selection_finalize (GObject *object)
{
  OfcListSelection *self = OFC_LIST_SELECTION (object);

  gtk_bitset_unref (self->marked);

  G_OBJECT_CLASS (ofc_list_selection_parent_class)->finalize (object);
}

static void
ofc_list_selection_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  OfcListSelection *self = OFC_LIST_SELECTION (object);

  switch (prop_id)
    {
      case PROP_MODEL:
        g_value_set_object (value, self->model);
        break;
      case PROP_SELECTED:
        g_value_set_uint (value, self->selected);
        break;
      case PROP_SELECTED_ITEM:
        g_value_set_object (value, self->selected_item);
        break;
      case PROP_MULTIPLE:
        g_value_set_boolean (value, self->multiple);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_list_selection_set_property (GObject *object,
                                 guint prop_id,
                                 const GValue *value,
                                 GParamSpec *pspec)
{
  OfcListSelection *self = OFC_LIST_SELECTION (object);

  switch (prop_id)
    {
      case PROP_MODEL:
        ofc_list_selection_set_model (self, g_value_get_object (value));
        break;
      case PROP_SELECTED:
        ofc_list_selection_set_selected (self, g_value_get_uint (value));
        break;
      case PROP_MULTIPLE:
        self->multiple = g_value_get_boolean (value);
        break;
      default:
        G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_list_selection_class_init (OfcListSelectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ofc_list_selection_dispose;
  object_class->finalize = ofc_list_selection_finalize;
  object_class->get_property = ofc_list_selection_get_property;
  object_class->set_property = ofc_list_selection_set_property;

  properties[PROP_MODEL] =
      g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
      g_param_spec_uint ("selected", NULL, NULL, 0, G_MAXUINT, GTK_INVALID_LIST_POSITION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ITEM] = g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* whether Ctrl and Shift clicks mark more rows */
  properties[PROP_MULTIPLE] = g_param_spec_boolean (
      "multiple", NULL, NULL, FALSE,
      G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_list_selection_init (OfcListSelection *self)
{
  self->selected = GTK_INVALID_LIST_POSITION;
  self->marked = gtk_bitset_new_empty ();
}

/*
 * Public API
 */

/**
 * ofc_list_selection_new:
 * @model: (nullable) (transfer none): the list to select from
 */
OfcListSelection *
ofc_list_selection_new (GListModel *model)
{
  return g_object_new (OFC_TYPE_LIST_SELECTION, "model", model, NULL);
}

/**
 * ofc_list_selection_get_model:
 *
 * Returns: (transfer none) (nullable): the list
 */
GListModel *
ofc_list_selection_get_model (OfcListSelection *self)
{
  g_return_val_if_fail (OFC_IS_LIST_SELECTION (self), NULL);
  return self->model;
}

/**
 * ofc_list_selection_set_model:
 * @model: (nullable): the list to select from; its first row is selected
 */
void
ofc_list_selection_set_model (OfcListSelection *self, GListModel *model)
{
  guint before;

  g_return_if_fail (OFC_IS_LIST_SELECTION (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;
  before = count (self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_set_object (&self->model, model);
  gtk_bitset_remove_all (self->marked);
  if (model != NULL)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed_cb), self);
  take_selected (self, count (self) > 0 ? 0 : GTK_INVALID_LIST_POSITION);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, before, count (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  announce (self, GTK_INVALID_LIST_POSITION, self->selected);
}

/**
 * ofc_list_selection_set_find_func:
 * @find: (nullable): where an item went after a change covered it
 */
void
ofc_list_selection_set_find_func (OfcListSelection *self,
                                  OfcListSelectionFindFunc find,
                                  gpointer user_data)
{
  g_return_if_fail (OFC_IS_LIST_SELECTION (self));

  self->find = find;
  self->find_data = user_data;
}

/**
 * ofc_list_selection_get_selected:
 *
 * Returns: the selected position, %GTK_INVALID_LIST_POSITION when the list is empty
 */
guint
ofc_list_selection_get_selected (OfcListSelection *self)
{
  g_return_val_if_fail (OFC_IS_LIST_SELECTION (self), GTK_INVALID_LIST_POSITION);
  return self->selected;
}

/**
 * ofc_list_selection_set_selected:
 * @position: a row; out of range leaves the selection as it is
 */
void
ofc_list_selection_set_selected (OfcListSelection *self, guint position)
{
  guint old;

  g_return_if_fail (OFC_IS_LIST_SELECTION (self));

  if (position >= count (self) || position == self->selected)
    return;
  old = self->selected;
  take_selected (self, position);
  announce (self, old, position);
}

/**
 * ofc_list_selection_get_selected_item:
 *
 * Returns: (transfer none) (nullable) (type GObject): the selected item
 */
gpointer
ofc_list_selection_get_selected_item (OfcListSelection *self)
{
  g_return_val_if_fail (OFC_IS_LIST_SELECTION (self), NULL);
  return self->selected_item;
}

/**
 * ofc_list_selection_dup_selected_items:
 * @max_items: read at most this many
 *
 * Returns: (transfer full) (element-type GObject): the selected item first, then the other
 *   selected rows' items in list order; reads each of them
 */
GPtrArray *
ofc_list_selection_dup_selected_items (OfcListSelection *self, guint max_items)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (OFC_IS_LIST_SELECTION (self), items);

  if (self->selected_item != NULL && max_items > 0)
    g_ptr_array_add (items, g_object_ref (self->selected_item));
  for (gboolean more = gtk_bitset_iter_init_first (&iter, self->marked, &position);
       more && items->len < max_items; more = gtk_bitset_iter_next (&iter, &position))
    {
      gpointer item = g_list_model_get_item (G_LIST_MODEL (self), position);

      if (item != NULL)
        g_ptr_array_add (items, item);
    }
  return items;
}
