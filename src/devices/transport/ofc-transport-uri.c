/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Parsing and writing printer URIs. Unknown schemes, unknown parameters and out-of-range
 * values are refused with a message naming the address, so a typo in the settings shows
 * up when it is typed, not as a silent print failure.
 */
#define G_LOG_DOMAIN "ofc-devices"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ofc-printer-error.h"
#include "ofc-transport-uri.h"

static const char *const parities[] = { "none", "odd", "even", "mark", "space", NULL };
static const char *const flows[] = { "none", "rtscts", "xonxoff", "dtrdsr", NULL };

static gboolean
refuse (GError **error, const char *text, const char *reason)
{
  g_set_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_URI,
               _ ("“%s” is not a valid printer address: %s"), text, reason);
  return FALSE;
}

static gboolean
parse_number (const char *value, guint min, guint max, guint *out)
{
  guint64 number;

  if (!g_ascii_string_to_unsigned (value, 10, min, max, &number, NULL))
    return FALSE;
  *out = (guint)number;
  return TRUE;
}

static gboolean
parse_choice (const char *value, const char *const *choices, guint *out)
{
  for (guint i = 0; choices[i] != NULL; i++)
    if (g_ascii_strcasecmp (value, choices[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_serial_parameter (OfcTransportUri *uri, const char *key, const char *value)
{
  if (g_str_equal (key, "baud"))
    return parse_number (value, 50, 4000000, &uri->baud);
  if (g_str_equal (key, "bits"))
    return parse_number (value, 5, 8, &uri->bits);
  if (g_str_equal (key, "stop"))
    return parse_number (value, 1, 2, &uri->stop_bits);
  if (g_str_equal (key, "parity"))
    return parse_choice (value, parities, (guint *)&uri->parity);
  if (g_str_equal (key, "flow"))
    return parse_choice (value, flows, (guint *)&uri->flow);
  return FALSE;
}

static gboolean
parse_query (OfcTransportUri *uri, const char *text, const char *query, GError **error)
{
  g_autoptr (GHashTable) params = NULL;
  GHashTableIter iter;
  gpointer key, value;

  if (query == NULL)
    return TRUE;
  if (uri->kind != OFC_TRANSPORT_SERIAL)
    return refuse (error, text, _ ("only serial ports take parameters"));
  params = g_uri_parse_params (query, -1, "&", G_URI_PARAMS_NONE, NULL);
  if (params == NULL)
    return refuse (error, text, _ ("the parameters are malformed"));
  g_hash_table_iter_init (&iter, params);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!parse_serial_parameter (uri, key, value))
      {
        g_autofree char *reason = g_strdup_printf (
            _ ("the parameter “%s=%s” is unknown or out of range"), (char *)key, (char *)value);

        return refuse (error, text, reason);
      }
  return TRUE;
}

static gboolean
parse_device (OfcTransportUri *uri, GUri *parsed, const char *text, GError **error)
{
  const char *host = g_uri_get_host (parsed);
  const char *path = g_uri_get_path (parsed);

  if (host != NULL && host[0] != '\0')
    return refuse (error, text,
                   _ ("a device path must start with three slashes, as in "
                      "usb:///dev/usb/lp0"));
  if (!g_path_is_absolute (path) || g_str_has_suffix (path, "/"))
    return refuse (error, text, _ ("the device path is missing"));
  uri->path = g_strdup (path);
  return parse_query (uri, text, g_uri_get_query (parsed), error);
}

static gboolean
parse_tcp (OfcTransportUri *uri, GUri *parsed, const char *text, GError **error)
{
  const char *host = g_uri_get_host (parsed);
  const char *path = g_uri_get_path (parsed);

  if (host == NULL || host[0] == '\0')
    return refuse (error, text, _ ("the host name is missing"));
  if (g_uri_get_userinfo (parsed) != NULL || (path[0] != '\0' && !g_str_equal (path, "/")))
    return refuse (error, text, _ ("a network printer address is only a host and a port"));
  if (g_uri_get_port (parsed) == 0)
    return refuse (error, text, _ ("the port must be between 1 and 65535"));
  uri->host = g_strdup (host);
  uri->port = g_uri_get_port (parsed) > 0 ? (guint)g_uri_get_port (parsed) : OFC_TCP_DEFAULT_PORT;
  return parse_query (uri, text, g_uri_get_query (parsed), error);
}

static void
init_defaults (OfcTransportUri *uri)
{
  *uri = (OfcTransportUri){ 0 };
  uri->baud = OFC_SERIAL_DEFAULT_BAUD;
  uri->bits = 8;
  uri->stop_bits = 1;
}

/**
 * ofc_transport_uri_parse:
 * @text: the address
 * @uri: (out caller-allocates): the parsed address; clear with ofc_transport_uri_clear()
 *
 * Returns: %FALSE with %OFC_PRINTER_ERROR_BAD_URI when @text is malformed
 */
gboolean
ofc_transport_uri_parse (const char *text, OfcTransportUri *uri, GError **error)
{
  g_autoptr (GUri) parsed = NULL;
  const char *scheme;
  gboolean ok;

  init_defaults (uri);
  parsed = g_uri_parse (text != NULL ? text : "", G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL)
    return refuse (error, text != NULL ? text : "", _ ("it is not a URI"));
  scheme = g_uri_get_scheme (parsed);
  if (g_str_equal (scheme, "serial"))
    uri->kind = OFC_TRANSPORT_SERIAL;
  else if (g_str_equal (scheme, "usb"))
    uri->kind = OFC_TRANSPORT_USB;
  else if (g_str_equal (scheme, "tcp"))
    uri->kind = OFC_TRANSPORT_TCP;
  else
    return refuse (error, text, _ ("use serial://, usb:// or tcp://"));
  if (g_uri_get_fragment (parsed) != NULL)
    return refuse (error, text, _ ("it must not have a “#” part"));
  ok = uri->kind == OFC_TRANSPORT_TCP ? parse_tcp (uri, parsed, text, error)
                                      : parse_device (uri, parsed, text, error);
  if (!ok)
    ofc_transport_uri_clear (uri);
  return ok;
}

void
ofc_transport_uri_clear (OfcTransportUri *uri)
{
  g_clear_pointer (&uri->path, g_free);
  g_clear_pointer (&uri->host, g_free);
}

/**
 * ofc_transport_uri_to_string:
 *
 * Returns: (transfer full): the canonical form, with every serial parameter spelled out
 */
char *
ofc_transport_uri_to_string (const OfcTransportUri *uri)
{
  g_autofree char *path = NULL;

  switch (uri->kind)
    {
      case OFC_TRANSPORT_TCP:
        return g_uri_join (G_URI_FLAGS_NONE, "tcp", NULL, uri->host, uri->port, "", NULL, NULL);
      case OFC_TRANSPORT_USB:
        return g_uri_join (G_URI_FLAGS_NONE, "usb", NULL, "", -1, uri->path, NULL, NULL);
      case OFC_TRANSPORT_SERIAL:
      default:
        path = g_uri_join (G_URI_FLAGS_NONE, "serial", NULL, "", -1, uri->path, NULL, NULL);
        return g_strdup_printf ("%s?baud=%u&parity=%s&flow=%s&bits=%u&stop=%u", path, uri->baud,
                                parities[uri->parity], flows[uri->flow], uri->bits, uri->stop_bits);
    }
}
