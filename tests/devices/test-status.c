/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * Status replies of every language, for every fault, parsed into OfcPrinterStatus; their
 * descriptions and the errors the print queue gets from them.
 */
#include "config.h"

#include "ofc-device-test.h"

static OfcPrinterStatus
escpos (guint8 r1, guint8 r2, guint8 r3, guint8 r4)
{
  OfcPrinterStatus status = 0;
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_escpos_status_parse (1, r1, &status, &error));
  ck_assert (ofc_escpos_status_parse (2, r2, &status, &error));
  ck_assert (ofc_escpos_status_parse (3, r3, &status, &error));
  ck_assert (ofc_escpos_status_parse (4, r4, &status, &error));
  ofc_assert_no_error (error);
  return status;
}

START_TEST (test_escpos_status)
{
  OfcPrinterStatus status = 0;
  g_autoptr (GError) error = NULL;

  ck_assert_int_eq (escpos (0x12, 0x12, 0x12, 0x12), OFC_PRINTER_STATUS_READY);
  ck_assert_int_eq (escpos (0x1A, 0x12, 0x12, 0x12), OFC_PRINTER_STATUS_OFFLINE);
  ck_assert_int_eq (escpos (0x1A, 0x16, 0x12, 0x12),
                    OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_COVER_OPEN);
  ck_assert_int_eq (escpos (0x1A, 0x32, 0x12, 0x72),
                    OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_PAPER_OUT);
  ck_assert_int_eq (escpos (0x12, 0x12, 0x12, 0x1E), OFC_PRINTER_STATUS_PAPER_NEAR_END);
  ck_assert_int_eq (escpos (0x1A, 0x12, 0x1A, 0x12),
                    OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_CUTTER_ERROR);
  ck_assert_int_eq (escpos (0x12, 0x52, 0x32, 0x12), OFC_PRINTER_STATUS_ERROR);
  ck_assert_int_eq (escpos (0x12, 0x12, 0x52, 0x12), OFC_PRINTER_STATUS_OVERHEAT);

  /* not of the form 0xx1xx10 */
  for (guint bad = 0; bad < 256; bad++)
    if ((bad & 0x93) != 0x12)
      {
        ck_assert (!ofc_escpos_status_parse (1, bad, &status, &error));
        ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_REPLY);
        g_clear_error (&error);
      }
}
END_TEST

START_TEST (test_tspl_status)
{
  OfcPrinterStatus status;

  ck_assert (ofc_tspl_status_parse (0x00, &status, NULL));
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_READY);
  ck_assert (ofc_tspl_status_parse (0x01, &status, NULL));
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_HEAD_OPEN);
  ck_assert (ofc_tspl_status_parse (0x04 | 0x40, &status, NULL));
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_PAPER_OUT | OFC_PRINTER_STATUS_COVER_OPEN);
  ck_assert (ofc_tspl_status_parse (0x02 | 0x08 | 0x10, &status, NULL));
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_PAPER_JAM | OFC_PRINTER_STATUS_RIBBON_OUT |
                                OFC_PRINTER_STATUS_PAUSED);
  ck_assert (ofc_tspl_status_parse (0x20 | 0x80, &status, NULL));
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_BUSY | OFC_PRINTER_STATUS_OVERHEAT);
}
END_TEST

static OfcPrinterStatus
zpl (const char *reply)
{
  OfcPrinterStatus status;
  g_autoptr (GError) error = NULL;

  ck_assert (ofc_zpl_status_parse (reply, strlen (reply), &status, &error));
  ofc_assert_no_error (error);
  return status;
}

START_TEST (test_zpl_status)
{
  OfcPrinterStatus status;
  g_autoptr (GError) error = NULL;
  const char *garbage = "\002??,1\003\r\n\002??\003\r\n\002?\003\r\n";

  ck_assert_int_eq (zpl ("\002030,0,0,0320,000,0,0,0,000,0,0,0\003\r\n"
                         "\002001,0,0,0,0,0,0,0,00000000,1,000\003\r\n\0021234,0\003\r\n"),
                    OFC_PRINTER_STATUS_READY);
  ck_assert_int_eq (zpl ("\002030,1,1,0320,000,0,0,0,000,0,0,1\003\r\n"
                         "\002001,0,1,1,0,0,0,0,00000000,1,000\003\r\n\0021234,0\003\r\n"),
                    OFC_PRINTER_STATUS_PAPER_OUT | OFC_PRINTER_STATUS_PAUSED |
                        OFC_PRINTER_STATUS_OVERHEAT | OFC_PRINTER_STATUS_HEAD_OPEN |
                        OFC_PRINTER_STATUS_RIBBON_OUT);
  ck_assert (!ofc_zpl_status_parse (garbage, strlen (garbage), &status, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_REPLY);
  g_clear_error (&error);
  ck_assert (!ofc_zpl_status_parse ("OK\r\n", 4, &status, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_REPLY);
}
END_TEST

START_TEST (test_brother_status)
{
  guint8 reply[OFC_BROTHER_STATUS_SIZE] = { 0x80, 0x20, 0x42, '4', '0', '0' };
  OfcPrinterStatus status;
  OfcBrotherStatus details;
  g_autoptr (GError) error = NULL;

  reply[10] = 62;
  reply[11] = 0x0A;
  reply[18] = 0x01;
  ck_assert (ofc_brother_status_parse (reply, sizeof reply, &status, &details, &error));
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_READY);
  ck_assert_uint_eq (details.media_width_mm, 62);
  ck_assert_uint_eq (details.media_type, 0x0A);
  ck_assert_uint_eq (details.status_type, 1);
  reply[8] = 0x01 | 0x04 | 0x20;
  reply[9] = 0x01 | 0x10 | 0x40;
  ck_assert (ofc_brother_status_parse (reply, sizeof reply, &status, NULL, &error));
  ck_assert_int_eq (status, OFC_PRINTER_STATUS_PAPER_OUT | OFC_PRINTER_STATUS_CUTTER_ERROR |
                                OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_WRONG_MEDIA |
                                OFC_PRINTER_STATUS_COVER_OPEN | OFC_PRINTER_STATUS_PAPER_JAM);
  reply[0] = 0x55;
  ck_assert (!ofc_brother_status_parse (reply, sizeof reply, &status, NULL, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_REPLY);
  g_clear_error (&error);
  ck_assert (!ofc_brother_status_parse (reply, 31, &status, NULL, &error));
}
END_TEST

START_TEST (test_status_errors)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *ready = ofc_printer_status_describe (OFC_PRINTER_STATUS_READY);
  g_autofree char *both =
      ofc_printer_status_describe (OFC_PRINTER_STATUS_COVER_OPEN | OFC_PRINTER_STATUS_PAPER_OUT);

  ck_assert_str_eq (ready, "ready");
  ck_assert_str_eq (both, "cover open; out of paper");
  ck_assert (ofc_printer_status_check (OFC_PRINTER_STATUS_PAPER_NEAR_END | OFC_PRINTER_STATUS_BUSY,
                                       &error));
  ck_assert (!ofc_printer_status_check (OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_PAPER_OUT,
                                        &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_PAPER_OUT);
  ck_assert (ofc_printer_error_is_transient (error));
  g_clear_error (&error);
  ck_assert (!ofc_printer_status_check (OFC_PRINTER_STATUS_HEAD_OPEN, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_COVER_OPEN);
  g_clear_error (&error);
  ck_assert (!ofc_printer_status_check (OFC_PRINTER_STATUS_PAUSED, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_OFFLINE);
  g_clear_error (&error);
  ck_assert (!ofc_printer_status_check (OFC_PRINTER_STATUS_CUTTER_ERROR, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_DEVICE);
  g_clear_error (&error);
  g_set_error_literal (&error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_DOCUMENT, "x");
  ck_assert (!ofc_printer_error_is_transient (error));
}
END_TEST

/* each fault of each emulator, asked through the library's query over a live transport */
typedef struct
{
  OfcEmulatorLanguage emulator;
  OfcEmulatorFault fault;
  OfcPrinterStatus expected;
} FaultCase;

static const FaultCase fault_cases[] = {
  { OFC_EMULATOR_ESCPOS, 0, OFC_PRINTER_STATUS_READY },
  { OFC_EMULATOR_ESCPOS, OFC_EMULATOR_FAULT_PAPER_OUT,
    OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_PAPER_OUT },
  { OFC_EMULATOR_ESCPOS, OFC_EMULATOR_FAULT_COVER_OPEN,
    OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_COVER_OPEN },
  { OFC_EMULATOR_ESCPOS, OFC_EMULATOR_FAULT_OFFLINE, OFC_PRINTER_STATUS_OFFLINE },
  { OFC_EMULATOR_ESCPOS, OFC_EMULATOR_FAULT_PAPER_NEAR_END, OFC_PRINTER_STATUS_PAPER_NEAR_END },
  { OFC_EMULATOR_ESCPOS, OFC_EMULATOR_FAULT_CUTTER,
    OFC_PRINTER_STATUS_OFFLINE | OFC_PRINTER_STATUS_CUTTER_ERROR },
  { OFC_EMULATOR_TSPL, 0, OFC_PRINTER_STATUS_READY },
  { OFC_EMULATOR_TSPL, OFC_EMULATOR_FAULT_PAPER_OUT, OFC_PRINTER_STATUS_PAPER_OUT },
  { OFC_EMULATOR_TSPL, OFC_EMULATOR_FAULT_COVER_OPEN, OFC_PRINTER_STATUS_COVER_OPEN },
  { OFC_EMULATOR_TSPL, OFC_EMULATOR_FAULT_OFFLINE, OFC_PRINTER_STATUS_PAUSED },
  { OFC_EMULATOR_TSPL, OFC_EMULATOR_FAULT_JAM | OFC_EMULATOR_FAULT_RIBBON_OUT,
    OFC_PRINTER_STATUS_PAPER_JAM | OFC_PRINTER_STATUS_RIBBON_OUT },
  { OFC_EMULATOR_ZPL, 0, OFC_PRINTER_STATUS_READY },
  { OFC_EMULATOR_ZPL, OFC_EMULATOR_FAULT_PAPER_OUT, OFC_PRINTER_STATUS_PAPER_OUT },
  { OFC_EMULATOR_ZPL, OFC_EMULATOR_FAULT_COVER_OPEN, OFC_PRINTER_STATUS_HEAD_OPEN },
  { OFC_EMULATOR_ZPL, OFC_EMULATOR_FAULT_OFFLINE, OFC_PRINTER_STATUS_PAUSED },
  { OFC_EMULATOR_ZPL, OFC_EMULATOR_FAULT_RIBBON_OUT, OFC_PRINTER_STATUS_RIBBON_OUT },
  { OFC_EMULATOR_BROTHER_QL, 0, OFC_PRINTER_STATUS_READY },
  { OFC_EMULATOR_BROTHER_QL, OFC_EMULATOR_FAULT_PAPER_OUT, OFC_PRINTER_STATUS_PAPER_OUT },
  { OFC_EMULATOR_BROTHER_QL, OFC_EMULATOR_FAULT_COVER_OPEN, OFC_PRINTER_STATUS_COVER_OPEN },
  { OFC_EMULATOR_BROTHER_QL, OFC_EMULATOR_FAULT_OFFLINE, OFC_PRINTER_STATUS_OFFLINE },
  { OFC_EMULATOR_BROTHER_QL, OFC_EMULATOR_FAULT_CUTTER | OFC_EMULATOR_FAULT_JAM,
    OFC_PRINTER_STATUS_CUTTER_ERROR | OFC_PRINTER_STATUS_PAPER_JAM },
};

static gboolean
query (OfcTransport *transport,
       OfcEmulatorLanguage language,
       OfcPrinterStatus *status,
       GError **error)
{
  static const OfcLabelLanguage labels[] = { [OFC_EMULATOR_ZPL] = OFC_LABEL_ZPL,
                                             [OFC_EMULATOR_TSPL] = OFC_LABEL_TSPL,
                                             [OFC_EMULATOR_EPL] = OFC_LABEL_EPL,
                                             [OFC_EMULATOR_BROTHER_QL] = OFC_LABEL_BROTHER_QL };

  if (language == OFC_EMULATOR_ESCPOS)
    return ofc_escpos_query_status (transport, 2000, status, error);
  return ofc_label_query_status (transport, labels[language], 2000, status, error);
}

START_TEST (test_status_faults)
{
  const FaultCase *c = &fault_cases[_i];
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (c->emulator);
  g_autoptr (OfcEmulatorServer) server = NULL;
  g_autoptr (OfcTransport) transport = NULL;
  g_autofree char *uri = NULL;
  g_autoptr (GError) error = NULL;
  OfcPrinterStatus status = 0xFFFF;

  ofc_emulator_set_faults (emulator, c->fault);
  server = ofc_emulator_server_new_tcp (emulator, 0, &error);
  uri = ofc_emulator_server_get_uri (server);
  transport = ofc_transport_new_for_uri (uri, &error);
  ck_assert (ofc_transport_open (transport, 2000, &error));
  ck_assert (query (transport, c->emulator, &status, &error));
  ofc_assert_no_error (error);
  ck_assert_msg (status == c->expected, "case %d: status %x, expected %x", _i, status, c->expected);
}
END_TEST

START_TEST (test_status_garbage)
{
  static const OfcEmulatorLanguage languages[] = { OFC_EMULATOR_ESCPOS, OFC_EMULATOR_ZPL,
                                                   OFC_EMULATOR_BROTHER_QL };
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (languages[_i]);
  g_autoptr (OfcEmulatorServer) server = NULL;
  g_autoptr (OfcTransport) transport = NULL;
  g_autofree char *uri = NULL;
  g_autoptr (GError) error = NULL;
  OfcPrinterStatus status;

  ofc_emulator_set_faults (emulator, OFC_EMULATOR_FAULT_GARBAGE);
  server = ofc_emulator_server_new_tcp (emulator, 0, &error);
  uri = ofc_emulator_server_get_uri (server);
  transport = ofc_transport_new_for_uri (uri, &error);
  ck_assert (ofc_transport_open (transport, 2000, &error));
  ck_assert (!query (transport, languages[_i], &status, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_BAD_REPLY);
}
END_TEST

START_TEST (test_status_epl_unsupported)
{
  g_autoptr (OfcEmulator) emulator = ofc_emulator_new (OFC_EMULATOR_EPL);
  g_autoptr (OfcEmulatorServer) server = ofc_emulator_server_new_tcp (emulator, 0, NULL);
  g_autofree char *uri = ofc_emulator_server_get_uri (server);
  g_autoptr (OfcTransport) transport = ofc_transport_new_for_uri (uri, NULL);
  g_autoptr (GError) error = NULL;
  OfcPrinterStatus status;

  ck_assert (ofc_transport_open (transport, 2000, &error));
  ck_assert (!query (transport, OFC_EMULATOR_EPL, &status, &error));
  ofc_assert_error (error, OFC_PRINTER_ERROR, OFC_PRINTER_ERROR_UNSUPPORTED);
}
END_TEST

static Suite *
status_suite (void)
{
  Suite *suite = suite_create ("status");
  TCase *parse = tcase_create ("parse");
  TCase *query = tcase_create ("query");

  tcase_add_test (parse, test_escpos_status);
  tcase_add_test (parse, test_tspl_status);
  tcase_add_test (parse, test_zpl_status);
  tcase_add_test (parse, test_brother_status);
  tcase_add_test (parse, test_status_errors);
  tcase_add_loop_test (query, test_status_faults, 0, G_N_ELEMENTS (fault_cases));
  tcase_add_loop_test (query, test_status_garbage, 0, 3);
  tcase_add_test (query, test_status_epl_unsupported);
  suite_add_tcase (suite, parse);
  suite_add_tcase (suite, query);
  return suite;
}

int
main (void)
{
  return ofc_test_run (status_suite ());
}
