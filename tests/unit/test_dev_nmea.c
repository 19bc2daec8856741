// tests/unit/test_dev_nmea.c: the NMEA sender (hal_sim/dev_nmea.c): sentence text and
// checksums, dates across leap days and year ends, one pair per virtual second, partial emits.
// SPDX-License-Identifier: MIT
//
// No VM.

#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include "dev_nmea.h"

// Checks "$body*hh\r\n" lines: each checksum matches its body. Returns the line count.
static int check_lines(const char *s) {
    int lines = 0;
    while (*s) {
        cr_assert_eq(*s, '$');
        const char *star = strchr(s, '*');
        cr_assert_not_null(star);
        unsigned cs;
        cr_assert_eq(sscanf(star + 1, "%2X", &cs), 1);
        uint8_t x = 0;
        for (const char *p = s + 1; p < star; p++) x ^= (uint8_t)*p;
        cr_assert_eq(x, cs, "%.*s", (int)(star - s), s);
        cr_assert_eq(strncmp(star + 3, "\r\n", 2), 0);
        s = star + 5;
        lines++;
    }
    return lines;
}

Test(nmea, checksum_of_the_classic_example) {
    const char *b = "GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,";
    cr_assert_eq(sim_nmea_checksum(b, strlen(b)), 0x47);
}

Test(nmea, sentences) {
    sim_nmea_t g;
    sim_nmea_init(&g, 48.1173, 11.0 + 31.0 / 60.0, 764426119, 0);
    g.speed_knots = 22.4;
    g.course_deg = 84.4;
    char out[200];
    size_t n = sim_nmea_format(&g, 764426119, out, sizeof out);
    cr_assert_eq(n, strlen(out));
    cr_assert_eq(check_lines(out), 2);
    cr_assert(strstr(out, "$GPGGA,123519.00,4807.03800,N,01131.00000,E,1,08,0.9,545.4,M,46.9,M,,*"),
              "%s", out);
    cr_assert(strstr(out, "$GPRMC,123519.00,A,4807.03800,N,01131.00000,E,22.4,84.4,230394,,,A*"),
              "%s", out);
    sim_nmea_init(&g, -33.8568, -151.2153, 951868799, 0);
    sim_nmea_format(&g, 951868799 + 1, out, sizeof out); // the day after 2000-02-29
    cr_assert(strstr(out, ",000000.00,A,3351.40800,S,15112.91800,W,"), "%s", out);
    cr_assert(strstr(out, ",010300,,,A*"), "%s", out);
    sim_nmea_format(&g, 951868799, out, sizeof out);
    cr_assert(strstr(out, ",235959.00,A,") && strstr(out, ",290200,"), "%s", out);
    sim_nmea_format(&g, 1735689599 + 1, out, sizeof out);
    cr_assert(strstr(out, ",010125,"), "%s", out);
    sim_nmea_format(&g, -86400, out, sizeof out);
    cr_assert(strstr(out, ",311269,"), "%s", out);
    g.fix = 0;
    sim_nmea_format(&g, 0, out, sizeof out);
    cr_assert(strstr(out, "$GPRMC,000000.00,V,") && strstr(out, ",,,N*"), "%s", out);
    cr_assert(strstr(out, ",W,0,08,"), "%s", out);
    cr_assert_eq(check_lines(out), 2);
}

Test(nmea, once_per_virtual_second) {
    sim_nmea_t g;
    sim_nmea_init(&g, 51.5, -0.1, 764426119, 5000);
    sim_uart_dev_t *u = &g.uart;
    uint8_t buf[512];
    cr_assert_eq(u->ops->next_event_ns(u), 1000005000);
    cr_assert_eq(u->ops->emit(u, 1000004999, buf, sizeof buf), 0);
    size_t n = u->ops->emit(u, 1000005000, buf, 10); // partial: the rest stays due
    cr_assert_eq(n, 10);
    cr_assert_eq(u->ops->next_event_ns(u), 1000005000);
    size_t m = u->ops->emit(u, 1000005000, buf + 10, sizeof buf - 10);
    buf[n + m] = 0;
    cr_assert_eq(check_lines((char *)buf), 2);
    cr_assert(strstr((char *)buf, "$GPGGA,123520.00,"), "%s", buf);
    cr_assert_eq(u->ops->next_event_ns(u), 2000005000);
    u->ops->receive(u, (const uint8_t *)"$PMTK", 5, 1500000000); // ignored
    // Two seconds late: both pairs come, in order.
    n = u->ops->emit(u, 3000005000u, buf, sizeof buf - 1);
    buf[n] = 0;
    cr_assert_eq(check_lines((char *)buf), 4);
    char *a = strstr((char *)buf, "123521.00"), *b = strstr((char *)buf, "123522.00");
    cr_assert(a && b && a < b);
}
