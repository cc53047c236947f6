/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcSortKeySorter: which column and direction a GtkColumnView is sorted by, read through
 * the only public door GTK 4.8 has: comparing two items with the view's sorter. The view
 * asks its sorted columns in order, primary first, and stops at the first that tells the
 * items apart; every OfcSortKeySorter tells them apart, so only the primary one is asked and
 * the sign of the answer gives the direction.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include "ofc-sort-key-sorter.h"

struct _OfcSortKeySorter
{
  GtkSorter parent_instance;

  char *key;
};

G_DEFINE_FINAL_TYPE (OfcSortKeySorter, ofc_sort_key_sorter, GTK_TYPE_SORTER)

enum
{
  PROP_0,
  PROP_KEY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* the sorter asked by the probe in ofc_sort_key_sorter_find_primary(); main thread only */
static OfcSortKeySorter *asked;

static GtkOrdering
ofc_sort_key_sorter_compare (GtkSorter *sorter,
                             gpointer   item1,
                             gpointer   item2)
{
  asked = OFC_SORT_KEY_SORTER (sorter);
  return GTK_ORDERING_SMALLER;
}

static GtkSorterOrder
ofc_sort_key_sorter_get_order (GtkSorter *sorter)
{
  return GTK_SORTER_ORDER_TOTAL;
}

static void
ofc_sort_key_sorter_finalize (GObject *object)
{
  OfcSortKeySorter *self = OFC_SORT_KEY_SORTER (object);

  if (asked == self)
    asked = NULL;
  g_free (self->key);

  G_OBJECT_CLASS (ofc_sort_key_sorter_parent_class)->finalize (object);
}

static void
ofc_sort_key_sorter_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OfcSortKeySorter *self = OFC_SORT_KEY_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_sort_key_sorter_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OfcSortKeySorter *self = OFC_SORT_KEY_SORTER (object);

  switch (prop_id)
    {
    case PROP_KEY:
      g_free (self->key);
      self->key = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ofc_sort_key_sorter_class_init (OfcSortKeySorterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkSorterClass *sorter_class = GTK_SORTER_CLASS (klass);

  object_class->finalize = ofc_sort_key_sorter_finalize;
  object_class->get_property = ofc_sort_key_sorter_get_property;
  object_class->set_property = ofc_sort_key_sorter_set_property;
  sorter_class->compare = ofc_sort_key_sorter_compare;
  sorter_class->get_order = ofc_sort_key_sorter_get_order;

  properties[PROP_KEY] = g_param_spec_string ("key", NULL, NULL, NULL,
                                              G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ofc_sort_key_sorter_init (OfcSortKeySorter *self)
{
}

/**
 * ofc_sort_key_sorter_new:
 * @key: the sort key the page understands, e.g. "name"
 *
 * Returns: (transfer full): a sorter for gtk_column_view_column_set_sorter()
 */
GtkSorter *
ofc_sort_key_sorter_new (const char *key)
{
  return g_object_new (OFC_TYPE_SORT_KEY_SORTER, "key", key, NULL);
}

const char *
ofc_sort_key_sorter_get_key (OfcSortKeySorter *self)
{
  g_return_val_if_fail (OFC_IS_SORT_KEY_SORTER (self), NULL);
  return self->key;
}

/**
 * ofc_sort_key_sorter_find_primary:
 * @view_sorter: gtk_column_view_get_sorter() of a view whose columns use OfcSortKeySorter
 * @descending: (out): whether the primary column sorts descending
 *
 * Returns: (nullable): the key of the column the user sorted by, or %NULL when unsorted
 */
const char *
ofc_sort_key_sorter_find_primary (GtkSorter *view_sorter,
                                  gboolean  *descending)
{
  /* two objects: gtk_sorter_compare() answers "equal" for an item and itself without
   * asking any sorter */
  g_autoptr(GObject) first = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) second = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering ordering;

  asked = NULL;
  ordering = gtk_sorter_compare (view_sorter, first, second);
  *descending = ordering == GTK_ORDERING_LARGER;
  return asked != NULL && ordering != GTK_ORDERING_EQUAL ? asked->key : NULL;
}
