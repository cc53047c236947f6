/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * How officina-cli prints a client: a JSON object for scripts, or readable lines; and, for
 * `client show`, the client's orders at a glance (OfcClientOrders).
 */
#define G_LOG_DOMAIN "ofc-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ofc-cli-private.h"

static void
add_optional (cJSON      *object,
              const char *key,
              const char *value)
{
  if (value != NULL && *value != '\0')
    cJSON_AddStringToObject (object, key, value);
}

static cJSON *
phones_to_json (OfcClient *client)
{
  cJSON *phones = cJSON_CreateArray ();

  for (guint i = 0; i < ofc_client_get_n_phones (client); i++)
    {
      OfcClientPhone *phone = ofc_client_get_phone (client, i);
      cJSON *item = cJSON_CreateObject ();

      cJSON_AddStringToObject (item, "display", ofc_client_phone_get_display (phone));
      cJSON_AddStringToObject (item, "digits", ofc_client_phone_get_digits (phone));
      add_optional (item, "label", ofc_client_phone_get_label (phone));
      cJSON_AddItemToArray (phones, item);
    }
  return phones;
}

static cJSON *
discounts_to_json (OfcClient *client)
{
  cJSON *discounts = cJSON_CreateObject ();

  cJSON_AddNumberToObject (discounts, "works",
                           ofc_client_get_discount (client, OFC_DISCOUNT_WORKS) / 100.0);
  cJSON_AddNumberToObject (discounts, "parts",
                           ofc_client_get_discount (client, OFC_DISCOUNT_PARTS) / 100.0);
  cJSON_AddNumberToObject (discounts, "goods",
                           ofc_client_get_discount (client, OFC_DISCOUNT_GOODS) / 100.0);
  return discounts;
}

static void
add_company (cJSON     *object,
             OfcClient *client)
{
  add_optional (object, "inn", ofc_client_get_inn (client));
  add_optional (object, "kpp", ofc_client_get_kpp (client));
  add_optional (object, "ogrn", ofc_client_get_ogrn (client));
  add_optional (object, "legal_address", ofc_client_get_legal_address (client));
  add_optional (object, "director", ofc_client_get_director (client));
  add_optional (object, "bank", ofc_client_get_bank_name (client));
  add_optional (object, "account", ofc_client_get_bank_account (client));
  add_optional (object, "corr_account", ofc_client_get_bank_corr_account (client));
  add_optional (object, "bik", ofc_client_get_bank_bik (client));
}

/**
 * ofc_cli_client_to_json:
 *
 * Returns: (transfer full): every field of @client; empty optional fields are left out
 */
cJSON *
ofc_cli_client_to_json (OfcClient *client)
{
  cJSON *object = cJSON_CreateObject ();
  g_autofree char *tags = ofc_client_dup_tags_text (client);

  cJSON_AddItemToObject (object, "id", ofc_cli_json_uuid (ofc_client_get_id (client)));
  cJSON_AddStringToObject (object, "kind", ofc_client_get_is_company (client) ? "company"
                                                                              : "person");
  cJSON_AddStringToObject (object, "name", ofc_client_get_name (client));
  cJSON_AddItemToObject (object, "phones", phones_to_json (client));
  add_optional (object, "email", ofc_client_get_email (client));
  add_optional (object, "address", ofc_client_get_address (client));
  add_optional (object, "birthday", ofc_client_get_birthday (client));
  cJSON_AddBoolToObject (object, "sms_consent", ofc_client_get_sms_consent (client));
  cJSON_AddBoolToObject (object, "email_consent", ofc_client_get_email_consent (client));
  cJSON_AddBoolToObject (object, "conflict", ofc_client_get_conflict (client));
  add_optional (object, "source", ofc_client_get_source_name (client));
  add_optional (object, "note", ofc_client_get_note (client));
  cJSON_AddItemToObject (object, "tags",
                         cJSON_CreateStringArray ((const char **) ofc_client_get_tags (client),
                                                  (int) g_strv_length (
                                                    (GStrv) ofc_client_get_tags (client))));
  cJSON_AddItemToObject (object, "discounts", discounts_to_json (client));
  cJSON_AddStringToObject (object, "card_code", ofc_client_get_card_code (client));
  add_company (object, client);
  cJSON_AddBoolToObject (object, "archived", ofc_client_get_archived (client));
  cJSON_AddNumberToObject (object, "version", (double) ofc_client_get_version (client));
  cJSON_AddItemToObject (object, "created_at",
                         ofc_cli_json_time (ofc_client_get_created_at (client)));
  cJSON_AddItemToObject (object, "updated_at",
                         ofc_cli_json_time (ofc_client_get_updated_at (client)));
  return object;
}

/* the full card of one client, for `client show` and after `add`/`edit` */
void
ofc_cli_print_client (OfcClient *client)
{
  g_autofree char *id = ofc_uuid_dup_string (ofc_client_get_id (client));
  g_autofree char *phones = ofc_client_dup_phones_text (client);
  g_autofree char *tags = ofc_client_dup_tags_text (client);

  ofc_cli_print_field (_("Name:"), ofc_client_get_name (client));
  ofc_cli_print_field (_("Id:"), id);
  ofc_cli_print_field (_("Kind:"), ofc_client_get_is_company (client) ? _("company") : _("person"));
  ofc_cli_print_field (_("Phones:"), phones);
  ofc_cli_print_field (_("E-mail:"), ofc_client_get_email (client));
  ofc_cli_print_field (_("Address:"), ofc_client_get_address (client));
  ofc_cli_print_field (_("Birthday:"), ofc_client_get_birthday (client));
  ofc_cli_print_field (_("Source:"), ofc_client_get_source_name (client));
  ofc_cli_print_field (_("Tags:"), tags);
  ofc_cli_print_field (_("Discount card:"), ofc_client_get_card_code (client));
  ofc_cli_print_field (_("INN:"), ofc_client_get_inn (client));
  ofc_cli_print_field (_("KPP:"), ofc_client_get_kpp (client));
  ofc_cli_print_field (_("OGRN:"), ofc_client_get_ogrn (client));
  ofc_cli_print_field (_("Note:"), ofc_client_get_note (client));
  if (ofc_client_get_conflict (client))
    ofc_cli_print_field (_("Warning:"), _("conflict client"));
  if (ofc_client_get_archived (client))
    ofc_cli_print_field (_("Archived:"), _("yes"));
}

static cJSON *
last_order_to_json (const OfcClientOrders *orders)
{
  g_autofree char *device = NULL;
  cJSON *last;

  if (orders->total == 0)
    return cJSON_CreateNull ();
  device = ofc_client_orders_dup_last_device (orders);
  last = cJSON_CreateObject ();
  cJSON_AddItemToObject (last, "id", ofc_cli_json_uuid (&orders->last_id));
  cJSON_AddStringToObject (last, "number", orders->last_number);
  cJSON_AddItemToObject (last, "created_at", ofc_cli_json_time (orders->last_created_at));
  cJSON_AddStringToObject (last, "device", device);
  cJSON_AddStringToObject (last, "status", orders->last_status_name);
  return last;
}

/**
 * ofc_cli_client_orders_to_json:
 *
 * Returns: (transfer full): {"total", "open", "last"}; "last" is the newest order as
 *   {"id", "number", "created_at", "device", "status"}, or null when there is none
 */
cJSON *
ofc_cli_client_orders_to_json (const OfcClientOrders *orders)
{
  cJSON *object = cJSON_CreateObject ();

  cJSON_AddNumberToObject (object, "total", (double) orders->total);
  cJSON_AddNumberToObject (object, "open", (double) orders->open);
  cJSON_AddItemToObject (object, "last", last_order_to_json (orders));
  return object;
}

/* "A-000123, 2026-03-12 10:15, Apple iPhone 12, In repair" */
static char *
dup_last_order_text (const OfcClientOrders *orders)
{
  g_autofree char *when = ofc_cli_format_time (orders->last_created_at);
  g_autofree char *device = ofc_client_orders_dup_last_device (orders);

  if (*device == '\0')
    return g_strdup_printf ("%s, %s, %s", orders->last_number, when, orders->last_status_name);
  return g_strdup_printf ("%s, %s, %s, %s", orders->last_number, when, device,
                          orders->last_status_name);
}

/* the client's orders under the card, for `client show` */
void
ofc_cli_print_client_orders (const OfcClientOrders *orders)
{
  g_autofree char *total = g_strdup_printf ("%" G_GINT64_FORMAT, orders->total);
  g_autofree char *open = g_strdup_printf ("%" G_GINT64_FORMAT, orders->open);
  g_autofree char *last = NULL;

  ofc_cli_print_field (_ ("Orders:"), total);
  ofc_cli_print_field (_ ("Open orders:"), open);
  if (orders->total == 0)
    return;
  last = dup_last_order_text (orders);
  ofc_cli_print_field (_ ("Last order:"), last);
}

/* one line per client for lists */
void
ofc_cli_print_client_line (OfcClient *client)
{
  g_autofree char *id = ofc_uuid_dup_string (ofc_client_get_id (client));
  g_autofree char *phones = ofc_client_dup_phones_text (client);

  g_autofree char *name = ofc_cli_pad (ofc_client_get_name (client), 36);
  g_autofree char *phone_column = ofc_cli_pad (phones, 24);

  printf ("%s  %s  %s  %s\n", id, name, phone_column, ofc_client_get_email (client));
}
