// hal_sim/sim_date.h: proleptic Gregorian dates as day counts from 2000-01-01, for the
// board's RTC, its boot time and the NMEA sender. Layer: hal_sim; plain C, no VM.
// SPDX-License-Identifier: MIT

#ifndef SIM_DATE_H
#define SIM_DATE_H

#include <stdint.h>

// Days between 1970-01-01 and 2000-01-01, to convert Unix-epoch counts.
#define SIM_DATE_DAYS_1970_TO_2000 10957

// Days from 2000-01-01 to year-month-day (negative before it). Valid for any year;
// month 1-12 and day 1-31 are not checked. Never fails.
int64_t sim_date_days(int64_t year, int month, int day);

// The inverse: the date [days] after 2000-01-01. Never fails.
void sim_date_civil(int64_t days, int64_t *year, int *month, int *day);

// The whole days in [secs] seconds, rounded towards minus infinity, so that
// secs - days * 86400 is always in [0, 86400).
int64_t sim_date_floor_days(int64_t secs);

#endif
