/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * OfcMoneyRow: the row holds what was typed; reading it parses the text in the shop
 * currency and turns a refusal into a validation error naming the caller's field, so an
 * editor can focus the row the way it does for the store's own errors.
 */
#define G_LOG_DOMAIN "ofc-gui"

#include "config.h"

#include <glib/gi18n.h>
#include <ofc-core.h>

#include "ofc-money-row.h"

struct _OfcMoneyRow
{
  AdwEntryRow parent_instance;

  /* Template widgets */
  GtkLabel *symbol_label;

  /* Owned references */
  char *currency;
};

G_DEFINE_FINAL_TYPE (OfcMoneyRow, ofc_money_row, ADW_TYPE_ENTRY_ROW)

static void
ofc_money_row_finalize (GObject *object)
{
  OfcMoneyRow *self = OFC_MONEY_ROW (object);

  g_clear_pointer (&self->currency, g_free);

  G_OBJECT_CLASS (ofc_money_row_parent_class)->finalize (object);
}

static void
ofc_money_row_class_init (OfcMoneyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ofc_money_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/ofc-money-row.ui");
  gtk_widget_class_bind_template_child (widget_class, OfcMoneyRow, symbol_label);
}

static void
ofc_money_row_init (OfcMoneyRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  ofc_money_row_set_currency (self, ofc_currency_get_default ());
}

/*
 * Public API
 */

/**
 * ofc_money_row_set_currency:
 * @currency: ISO 4217 code, normally ofc_context_get_currency()
 */
void
ofc_money_row_set_currency (OfcMoneyRow *self, const char *currency)
{
  g_return_if_fail (OFC_IS_MONEY_ROW (self));
  g_return_if_fail (currency != NULL);

  g_free (self->currency);
  self->currency = g_strdup (currency);
  gtk_label_set_text (self->symbol_label, ofc_currency_get_symbol (currency));
}

void
ofc_money_row_set_value (OfcMoneyRow *self, gint64 minor)
{
  g_autofree char *text = NULL;

  g_return_if_fail (OFC_IS_MONEY_ROW (self));

  text = ofc_money_format (ofc_money_init (minor, self->currency), NULL, OFC_MONEY_FORMAT_PLAIN);
  gtk_editable_set_text (GTK_EDITABLE (self), text);
}

/**
 * ofc_money_row_get_value:
 * @field: the field a refusal names, e.g. "price"
 * @minor: (out): the amount in minor units; 0 for a blank row
 *
 * Returns: %FALSE with %OFC_ERROR_INVALID when the text is not an amount
 */
gboolean
ofc_money_row_get_value (OfcMoneyRow *self, const char *field, gint64 *minor, GError **error)
{
  g_autoptr (GError) local = NULL;
  const char *text;
  OfcMoney money;

  g_return_val_if_fail (OFC_IS_MONEY_ROW (self), FALSE);

  text = gtk_editable_get_text (GTK_EDITABLE (self));
  if (ofc_text_is_blank (text))
    {
      *minor = 0;
      return TRUE;
    }
  if (!ofc_money_parse (text, self->currency, &money, &local))
    {
      ofc_set_invalid (error, field, "%s", local->message);
      return FALSE;
    }
  *minor = money.minor;
  return TRUE;
}
