/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Money as integer minor units plus an ISO 4217 currency code; never floating point.
 *
 * Invariants: @minor counts the currency's smallest unit (kopecks for RUB, cents for USD);
 * arithmetic refuses to mix currencies and reports overflow instead of wrapping; every
 * operation that can produce a fraction of a minor unit takes an explicit #OfcRounding.
 */
#pragma once

#if !defined(OFC_CORE_INSIDE) && !defined(OFC_CORE_COMPILATION)
#error "Only <ofc-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define OFC_MONEY_ERROR (ofc_money_error_quark ())

typedef enum
{
  OFC_MONEY_ERROR_CURRENCY_MISMATCH,
  OFC_MONEY_ERROR_OVERFLOW,
  OFC_MONEY_ERROR_PARSE,
} OfcMoneyError;

/**
 * OfcRounding:
 * @OFC_ROUND_HALF_UP: to nearest, halves away from zero (commercial rounding, receipts)
 * @OFC_ROUND_HALF_EVEN: to nearest, halves to the even neighbour (banker's rounding)
 * @OFC_ROUND_DOWN: towards zero (truncate)
 * @OFC_ROUND_UP: away from zero
 * @OFC_ROUND_FLOOR: towards negative infinity
 * @OFC_ROUND_CEILING: towards positive infinity
 */
typedef enum
{
  OFC_ROUND_HALF_UP,
  OFC_ROUND_HALF_EVEN,
  OFC_ROUND_DOWN,
  OFC_ROUND_UP,
  OFC_ROUND_FLOOR,
  OFC_ROUND_CEILING,
} OfcRounding;

typedef struct
{
  gint64 minor;
  char currency[4];
} OfcMoney;

/**
 * OfcNumberFormat:
 * @decimal: the decimal separator, UTF-8
 * @group: the digit-group separator, UTF-8 (may be empty)
 * @symbol_after: whether the currency symbol follows the amount
 *
 * How a locale writes amounts. ofc_number_format_get_current() reads the process locale.
 */
typedef struct
{
  char decimal[8];
  char group[8];
  gboolean symbol_after;
} OfcNumberFormat;

typedef enum
{
  OFC_MONEY_FORMAT_PLAIN = 0,
  OFC_MONEY_FORMAT_SYMBOL = 1 << 0,
  OFC_MONEY_FORMAT_NO_GROUPING = 1 << 1,
} OfcMoneyFormatFlags;

GQuark                 ofc_money_error_quark         (void);

OfcMoney               ofc_money_init                (gint64                 minor,
                                                      const char            *currency);
gboolean               ofc_money_is_zero             (OfcMoney               money);
int                    ofc_currency_get_exponent     (const char            *currency);
const char            *ofc_currency_get_symbol       (const char            *currency);
const char            *ofc_currency_get_default      (void);

gint64                 ofc_divide_round              (gint64                 numerator,
                                                      gint64                 denominator,
                                                      OfcRounding            rounding);
gboolean               ofc_money_add                 (OfcMoney               a,
                                                      OfcMoney               b,
                                                      OfcMoney              *out,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean               ofc_money_subtract            (OfcMoney               a,
                                                      OfcMoney               b,
                                                      OfcMoney              *out,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean               ofc_money_multiply            (OfcMoney               money,
                                                      gint64                 numerator,
                                                      gint64                 denominator,
                                                      OfcRounding            rounding,
                                                      OfcMoney              *out,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean               ofc_money_percent             (OfcMoney               money,
                                                      gint64                 basis_points,
                                                      OfcRounding            rounding,
                                                      OfcMoney              *out,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;

const OfcNumberFormat *ofc_number_format_get_current (void);
const OfcNumberFormat *ofc_number_format_get_ru      (void);
const OfcNumberFormat *ofc_number_format_get_en      (void);
char                  *ofc_money_format              (OfcMoney               money,
                                                      const OfcNumberFormat *format,
                                                      OfcMoneyFormatFlags    flags);
gboolean               ofc_money_parse               (const char            *text,
                                                      const char            *currency,
                                                      OfcMoney              *out,
                                                      GError               **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
