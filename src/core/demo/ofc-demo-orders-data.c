/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Officina authors
 *
 * What a repair shop sees at its counter: devices, brands and models, their usual
 * troubles and repairs, staff, the words of verdicts and comments. Texts in N_() share
 * their translations with the first-start defaults.
 */
#define G_LOG_DOMAIN "ofc-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "demo/ofc-demo-orders-private.h"

static const OfcDemoBrand phones[] = {
  { "Apple", "iPhone 11|iPhone 12|iPhone 13|iPhone 14|iPhone 15|iPhone SE 2020|iPhone XR" },
  { "Samsung", "Galaxy A52|Galaxy A53|Galaxy A32|Galaxy S21|Galaxy S22|Galaxy S23|Galaxy M31" },
  { "Xiaomi", "Redmi Note 10|Redmi Note 11|Redmi Note 12|Redmi 9A|Poco X3 Pro|Mi 11 Lite" },
  { "Honor", "50|X8|10 Lite|Magic 5 Lite" },
  { "Huawei", "P30 Lite|P40 Lite|Nova 9|Y6p" },
  { "realme", "8|C25|GT Master Edition" },
  { "Tecno", "Spark 10|Camon 20" },
};

static const OfcDemoBrand tablets[] = {
  { "Apple", "iPad 9|iPad Air 4|iPad mini 6|iPad Pro 11" },
  { "Samsung", "Galaxy Tab A7|Galaxy Tab S6 Lite|Galaxy Tab A8" },
  { "Huawei", "MatePad 11|MatePad T10" },
  { "Lenovo", "Tab M10|Tab P11" },
};

static const OfcDemoBrand laptops[] = {
  { "Lenovo", "IdeaPad 3 15|IdeaPad 5 14|ThinkPad T14|Legion 5" },
  { "ASUS", "VivoBook 15|TUF Gaming F15|ZenBook 14|ROG Strix G15" },
  { "HP", "Pavilion 15|Victus 16|250 G8|ProBook 450 G8" },
  { "Acer", "Aspire 5|Nitro 5|Swift 3" },
  { "Apple", "MacBook Air M1|MacBook Air M2|MacBook Pro 13|MacBook Pro 14" },
  { "Huawei", "MateBook D15|MateBook 14" },
};

static const OfcDemoBrand watches[] = {
  { "Apple", "Watch Series 7|Watch Series 8|Watch SE" },
  { "Samsung", "Galaxy Watch 4|Galaxy Watch 5" },
  { "Amazfit", "GTS 2|Bip U" },
};

static const OfcDemoBrand consoles[] = {
  { "Sony", "PlayStation 4|PlayStation 4 Pro|PlayStation 5|DualSense" },
  { "Microsoft", "Xbox One S|Xbox Series S|Xbox Series X" },
  { "Nintendo", "Switch|Switch OLED" },
};

static const OfcDemoBrand headphones[] = {
  { "Apple", "AirPods 2|AirPods Pro|AirPods Max" },
  { "JBL", "Tune 510BT|Live 660NC" },
  { "Sony", "WH-1000XM4|WF-1000XM4" },
};

const OfcDemoKind ofc_demo_kinds[] = {
  { N_ ("Smartphone"),
    60,
    TRUE,
    phones,
    G_N_ELEMENTS (phones),
    { N_ ("Broken screen"), N_ ("Does not charge"), N_ ("Battery drains quickly"),
      N_ ("Water damage"), N_ ("Does not turn on"), N_ ("Microphone does not work") },
    { N_ ("Screen replacement"), N_ ("Battery replacement"), N_ ("Charging port replacement"),
      N_ ("Cleaning after water damage") },
    1500,
    12000 },
  { N_ ("Tablet"),
    8,
    TRUE,
    tablets,
    G_N_ELEMENTS (tablets),
    { N_ ("Broken screen"), N_ ("Does not charge"), N_ ("Does not turn on"),
      N_ ("Battery drains quickly"), N_ ("Wi-Fi does not work"), N_ ("Buttons do not work") },
    { N_ ("Screen replacement"), N_ ("Battery replacement"), N_ ("Charging port replacement"),
      N_ ("Software flashing") },
    2000,
    15000 },
  { N_ ("Laptop"),
    20,
    FALSE,
    laptops,
    G_N_ELEMENTS (laptops),
    { N_ ("Does not turn on"), N_ ("Overheats"), N_ ("Needs cleaning"), N_ ("Broken screen"),
      N_ ("Buttons do not work"), N_ ("Water damage") },
    { N_ ("Cleaning and thermal paste"), N_ ("Keyboard replacement"), N_ ("Board-level repair"),
      N_ ("Data recovery") },
    2500,
    25000 },
  { N_ ("Smartwatch"),
    4,
    FALSE,
    watches,
    G_N_ELEMENTS (watches),
    { N_ ("Broken screen"), N_ ("Does not charge"), N_ ("Battery drains quickly"),
      N_ ("Does not turn on"), N_ ("Water damage"), N_ ("Reboots by itself") },
    { N_ ("Screen replacement"), N_ ("Battery replacement"), N_ ("Software flashing"),
      N_ ("Board-level repair") },
    2000,
    9000 },
  { N_ ("Game console"),
    5,
    FALSE,
    consoles,
    G_N_ELEMENTS (consoles),
    { N_ ("Does not turn on"), N_ ("Overheats"), N_ ("Needs cleaning"), N_ ("No sound"),
      N_ ("Buttons do not work"), N_ ("Reboots by itself") },
    { N_ ("Cleaning and thermal paste"), N_ ("Board-level repair"), N_ ("Software flashing"),
      N_ ("Diagnostics") },
    2000,
    14000 },
  { N_ ("Headphones"),
    3,
    FALSE,
    headphones,
    G_N_ELEMENTS (headphones),
    { N_ ("No sound"), N_ ("Does not charge"), N_ ("Microphone does not work"),
      N_ ("Battery drains quickly"), N_ ("Water damage"), N_ ("Does not turn on") },
    { N_ ("Battery replacement"), N_ ("Board-level repair"), N_ ("Diagnostics"),
      N_ ("Charging port replacement") },
    1000,
    6000 },
};

const guint ofc_demo_n_kinds = G_N_ELEMENTS (ofc_demo_kinds);

/* proper names, not translated */
const char *const ofc_demo_technicians[] = {
  "Алексей Смирнов", "Дмитрий Кузнецов", "Игорь Попов", "Сергей Васильев", "Андрей Соколов", NULL,
};

const char *const ofc_demo_managers[] = {
  "Ольга Морозова",
  "Наталья Волкова",
  NULL,
};

const char *const ofc_demo_appearances[] = {
  N_ ("Used, light scratches"),
  N_ ("Scratches and scuffs"),
  N_ ("Cracked screen"),
  N_ ("Cracked back cover"),
  N_ ("Dents on the case"),
  N_ ("Like new"),
  NULL,
};

const char *const ofc_demo_completeness[] = {
  N_ ("Device only"), N_ ("Device only"), N_ ("Charger"), N_ ("Case"),
  N_ ("SIM card"),    N_ ("Box"),         NULL,
};

const char *const ofc_demo_failures[] = {
  N_ ("The client refused the repair after diagnostics"),
  N_ ("The repair is not economical"),
  N_ ("The spare part is not available"),
  NULL,
};

const char *const ofc_demo_recommendations[] = {
  N_ ("Use a protective case and a screen protector"),
  N_ ("Charge with the original charger"),
  N_ ("Keep the device away from moisture"),
  N_ ("Clean the cooling system once a year"),
  NULL,
};

const char *const ofc_demo_comments[] = {
  N_ ("The client asked to call before the repair"),
  N_ ("The part was ordered from the supplier"),
  N_ ("The client will pick it up tomorrow"),
  N_ ("Called the client, no answer"),
  N_ ("The client agreed to the price"),
  NULL,
};
