/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * UUIDv7 generation, formatting and parsing.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <string.h>

#include "ofc-uuid.h"

#define COUNTER_BITS 42

static GMutex uuid_lock;
static gint64 last_ms;
static guint64 counter;
static GRand *uuid_rand;

static guint64
random_bits (guint bits)
{
  guint64 value = ((guint64) g_rand_int (uuid_rand) << 32) | g_rand_int (uuid_rand);

  return bits >= 64 ? value : value & ((G_GUINT64_CONSTANT (1) << bits) - 1);
}

/* the counter starts at a random value with its top bit clear, leaving room to count up
 * within the millisecond; when it overflows anyway, time is borrowed from the next one */
static void
next_timestamp_and_counter (gint64  *ms,
                            guint64 *count)
{
  gint64 now = g_get_real_time () / 1000;

  if (uuid_rand == NULL)
    uuid_rand = g_rand_new ();
  if (now > last_ms)
    {
      last_ms = now;
      counter = random_bits (COUNTER_BITS - 1);
    }
  else if (++counter >= (G_GUINT64_CONSTANT (1) << COUNTER_BITS))
    {
      last_ms++;
      counter = random_bits (COUNTER_BITS - 1);
    }
  *ms = last_ms;
  *count = counter;
}

/**
 * ofc_uuid_generate:
 * @out: (out caller-allocates): the new id
 *
 * Makes a new UUIDv7, greater than every id this process made before. Thread-safe.
 */
void
ofc_uuid_generate (OfcUuid *out)
{
  gint64 ms;
  guint64 count;
  guint64 tail;

  g_mutex_lock (&uuid_lock);
  next_timestamp_and_counter (&ms, &count);
  tail = random_bits (32);
  g_mutex_unlock (&uuid_lock);

  for (int i = 0; i < 6; i++)
    out->bytes[i] = (guint8) (ms >> (40 - 8 * i));
  /* version 7, then the top 12 counter bits in rand_a */
  out->bytes[6] = 0x70 | (guint8) ((count >> 38) & 0x0F);
  out->bytes[7] = (guint8) (count >> 30);
  /* variant 10, then the remaining 30 counter bits and 32 random bits in rand_b */
  out->bytes[8] = 0x80 | (guint8) ((count >> 24) & 0x3F);
  out->bytes[9] = (guint8) (count >> 16);
  out->bytes[10] = (guint8) (count >> 8);
  out->bytes[11] = (guint8) count;
  for (int i = 0; i < 4; i++)
    out->bytes[12 + i] = (guint8) (tail >> (24 - 8 * i));
}

void
ofc_uuid_to_string (const OfcUuid *uuid,
                    char           out[OFC_UUID_STRING_LEN + 1])
{
  static const char hex[] = "0123456789abcdef";
  char *p = out;

  for (int i = 0; i < 16; i++)
    {
      if (i == 4 || i == 6 || i == 8 || i == 10)
        *p++ = '-';
      *p++ = hex[uuid->bytes[i] >> 4];
      *p++ = hex[uuid->bytes[i] & 0x0F];
    }
  *p = '\0';
}

char *
ofc_uuid_dup_string (const OfcUuid *uuid)
{
  char buffer[OFC_UUID_STRING_LEN + 1];

  ofc_uuid_to_string (uuid, buffer);
  return g_strdup (buffer);
}

/**
 * ofc_uuid_parse:
 * @text: the canonical 36-character form, any case
 * @out: (out caller-allocates) (optional): the parsed id
 *
 * Returns: %TRUE if @text is a well-formed UUID
 */
gboolean
ofc_uuid_parse (const char *text,
                OfcUuid    *out)
{
  OfcUuid parsed;
  const char *p = text;

  if (text == NULL || strlen (text) != OFC_UUID_STRING_LEN)
    return FALSE;
  for (int i = 0; i < 16; i++)
    {
      int high, low;

      if (i == 4 || i == 6 || i == 8 || i == 10)
        {
          if (*p != '-')
            return FALSE;
          p++;
        }
      high = g_ascii_xdigit_value (p[0]);
      low = g_ascii_xdigit_value (p[1]);
      if (high < 0 || low < 0)
        return FALSE;
      parsed.bytes[i] = (guint8) (high << 4 | low);
      p += 2;
    }
  if (out != NULL)
    *out = parsed;
  return TRUE;
}

gboolean
ofc_uuid_is_nil (const OfcUuid *uuid)
{
  for (int i = 0; i < 16; i++)
    if (uuid->bytes[i] != 0)
      return FALSE;
  return TRUE;
}

gboolean
ofc_uuid_equal (const OfcUuid *a,
                const OfcUuid *b)
{
  return memcmp (a->bytes, b->bytes, 16) == 0;
}

int
ofc_uuid_compare (const OfcUuid *a,
                  const OfcUuid *b)
{
  return memcmp (a->bytes, b->bytes, 16);
}

gint64
ofc_uuid_get_unix_ms (const OfcUuid *uuid)
{
  gint64 ms = 0;

  for (int i = 0; i < 6; i++)
    ms = (ms << 8) | uuid->bytes[i];
  return ms;
}

guint
ofc_uuid_hash (gconstpointer uuid)
{
  const guint8 *bytes = ((const OfcUuid *) uuid)->bytes;
  guint hash = 2166136261u;

  for (int i = 0; i < 16; i++)
    hash = (hash ^ bytes[i]) * 16777619u;
  return hash;
}

gboolean
ofc_uuid_hash_equal (gconstpointer a,
                     gconstpointer b)
{
  return ofc_uuid_equal (a, b);
}

OfcUuid *
ofc_uuid_dup (const OfcUuid *uuid)
{
  return g_memdup2 (uuid, sizeof *uuid);
}
