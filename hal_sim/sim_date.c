// hal_sim/sim_date.c: day counts <-> proleptic Gregorian dates (sim_date.h).
// Layer: hal_sim; plain C, no VM.
// SPDX-License-Identifier: MIT
//
// Both directions count 400-year eras of 146097 days from 0000-03-01: with
// years that start in March, the leap day is the last day of its year, so a
// day of the year maps to a month by one linear formula.

#include "sim_date.h"

// Days from 0000-03-01 to 2000-01-01.
#define ERA_ORIGIN_TO_2000 730425

int64_t sim_date_days(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - ERA_ORIGIN_TO_2000;
}

void sim_date_civil(int64_t days, int64_t *y, int *m, int *d) {
    int64_t z = days + ERA_ORIGIN_TO_2000;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

int64_t sim_date_floor_days(int64_t secs) {
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}
