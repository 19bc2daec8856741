// hal_sim/dev_nmea.c: the NMEA sender: GGA and RMC for a fixed position, UTC from a start
// time plus virtual seconds, checksummed as NMEA 0183 says. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT
//
// The position does not move (speed and course are reported as set) and bytes the MCU sends
// are ignored (no PMTK-style configuration).

#include <math.h>
#include <stdio.h>
#include <string.h>
#include "dev_nmea.h"
#include "sim_date.h"

#define SECOND_NS 1000000000u

uint8_t sim_nmea_checksum(const char *body, size_t n) {
    uint8_t x = 0;
    for (size_t i = 0; i < n; i++) x ^= (uint8_t)body[i];
    return x;
}

// ddmm.mmmmm (or dddmm.mmmmm) and the hemisphere letter.
static void angle(char *out, size_t max, double deg, int deg_digits, char pos, char neg) {
    long long e5 = llround(fabs(deg) * 60.0 * 100000.0); // in 1e-5 minutes, rounded once
    long long d = e5 / 6000000, mins = e5 % 6000000;
    snprintf(out, max, "%0*lld%02lld.%05lld,%c", deg_digits, d, mins / 100000, mins % 100000,
             deg < 0 ? neg : pos);
}

// Appends "$body*hh\r\n".
static size_t sentence(char *out, size_t max, const char *body) {
    int n = snprintf(out, max, "$%s*%02X\r\n", body, sim_nmea_checksum(body, strlen(body)));
    return n < 0 ? 0 : (size_t)n < max ? (size_t)n : max - 1;
}

size_t sim_nmea_format(const sim_nmea_t *g, int64_t utc, char *out, size_t max) {
    int64_t days = sim_date_floor_days(utc), secs = utc - days * 86400, y;
    int mo, d;
    sim_date_civil(days - SIM_DATE_DAYS_1970_TO_2000, &y, &mo, &d);
    char hms[32], lat[72], lon[72], body[320];
    snprintf(hms, sizeof hms, "%02d%02d%02d.00", (int)(secs / 3600), (int)(secs / 60 % 60),
             (int)(secs % 60));
    angle(lat, sizeof lat, g->lat, 2, 'N', 'S');
    angle(lon, sizeof lon, g->lon, 3, 'E', 'W');
    snprintf(body, sizeof body, "GPGGA,%s,%s,%s,%d,%02d,%.1f,%.1f,M,%.1f,M,,", hms, lat, lon,
             g->fix, g->sats, g->hdop, g->alt_m, g->geoid_m);
    size_t n = sentence(out, max, body);
    snprintf(body, sizeof body, "GPRMC,%s,%c,%s,%s,%.1f,%.1f,%02d%02d%02d,,,%c", hms,
             g->fix ? 'A' : 'V', lat, lon, g->speed_knots, g->course_deg, d, mo, (int)(y % 100),
             g->fix ? 'A' : 'N');
    return n + sentence(out + n, max - n, body);
}

static sim_nmea_t *self(sim_uart_dev_t *dev) {
    return (sim_nmea_t *)dev;
}

static void op_receive(sim_uart_dev_t *dev, const uint8_t *data, size_t n, uint64_t now_ns) {
    (void)dev, (void)data, (void)n, (void)now_ns;
}

static uint64_t op_next_event(sim_uart_dev_t *dev) {
    sim_nmea_t *g = self(dev);
    return g->ppos < g->plen ? g->pending_ns : g->next_ns;
}

// Sends what is due: the rest of the current pair, then each second's pair in turn.
static size_t op_emit(sim_uart_dev_t *dev, uint64_t now_ns, uint8_t *out, size_t max) {
    sim_nmea_t *g = self(dev);
    size_t n = 0;
    while (n < max) {
        if (g->ppos == g->plen) {
            if (now_ns < g->next_ns) break;
            int64_t utc = g->start_utc + (int64_t)((g->next_ns - g->t0_ns) / SECOND_NS);
            g->plen = sim_nmea_format(g, utc, g->pending, sizeof g->pending);
            g->ppos = 0;
            g->pending_ns = g->next_ns;
            g->next_ns += SECOND_NS;
        }
        size_t k = g->plen - g->ppos;
        if (k > max - n) k = max - n;
        memcpy(out + n, g->pending + g->ppos, k);
        g->ppos += k;
        n += k;
    }
    return n;
}

static const struct sim_uart_ops nmea_ops = {op_receive, op_next_event, op_emit};

void sim_nmea_init(sim_nmea_t *g, double lat, double lon, int64_t start_utc, uint64_t t0_ns) {
    memset(g, 0, sizeof *g);
    g->uart.ops = &nmea_ops;
    g->lat = lat;
    g->lon = lon;
    g->alt_m = 545.4;
    g->geoid_m = 46.9;
    g->hdop = 0.9;
    g->fix = 1;
    g->sats = 8;
    g->start_utc = start_utc;
    g->t0_ns = t0_ns;
    g->next_ns = t0_ns + SECOND_NS;
}
