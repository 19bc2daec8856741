// tests/unit/test_sim_date.c: hal_sim/sim_date.c: day counts from 2000-01-01 and back,
// checked against dates whose counts Python's datetime gave, and a round trip.
// SPDX-License-Identifier: MIT

#include <criterion/criterion.h>
#include "sim_date.h"

typedef struct {
    int64_t y;
    int m, d;
    int64_t days;   // (datetime.date(y, m, d) - datetime.date(2000, 1, 1)).days
} known_t;

static const known_t known[] = {
    {2000, 1, 1, 0},        {2000, 2, 29, 59},       {2000, 3, 1, 60},
    {1970, 1, 1, -10957},   {1600, 2, 29, -146038},  {2100, 3, 1, 36584},
    {2024, 12, 31, 9131},   {1, 1, 1, -730119},      {9999, 12, 31, 2921939},
    {1999, 12, 31, -1},
};

Test(sim_date, known_counts_both_ways) {
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        const known_t *k = &known[i];
        cr_assert_eq(sim_date_days(k->y, k->m, k->d), k->days, "%lld-%d-%d", (long long)k->y,
                     k->m, k->d);
        int64_t y;
        int m, d;
        sim_date_civil(k->days, &y, &m, &d);
        cr_assert(y == k->y && m == k->m && d == k->d, "%lld -> %lld-%d-%d",
                  (long long)k->days, (long long)y, m, d);
    }
    cr_assert_eq(-SIM_DATE_DAYS_1970_TO_2000, sim_date_days(1970, 1, 1));
}

// Every day across four centuries (a 400-year era, its leap rules included)
// comes back as itself, and consecutive days give consecutive dates.
Test(sim_date, round_trip_over_an_era) {
    int64_t py = 0;
    int pm = 0, pd = 0;
    for (int64_t n = -80000; n < 80000; n++) {
        int64_t y;
        int m, d;
        sim_date_civil(n, &y, &m, &d);
        cr_assert_eq(sim_date_days(y, m, d), n);
        if (n > -80000 && d != pd + 1) cr_assert(d == 1 && (m == pm + 1 || (m == 1 && y == py + 1)));
        py = y, pm = m, pd = d;
    }
}

Test(sim_date, floor_days_rounds_down) {
    cr_assert_eq(sim_date_floor_days(0), 0);
    cr_assert_eq(sim_date_floor_days(86399), 0);
    cr_assert_eq(sim_date_floor_days(86400), 1);
    cr_assert_eq(sim_date_floor_days(-1), -1);
    cr_assert_eq(sim_date_floor_days(-86400), -1);
    cr_assert_eq(sim_date_floor_days(-86401), -2);
}
