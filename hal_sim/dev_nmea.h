// hal_sim/dev_nmea.h: a GPS-like UART peer sending NMEA 0183 GGA and RMC sentences once per
// virtual second. hal_sim layer, no VM.
// SPDX-License-Identifier: MIT

#ifndef DEV_NMEA_H
#define DEV_NMEA_H

#include "sim_dev.h"

typedef struct sim_nmea {
    sim_uart_dev_t uart;
    double lat, lon;        // degrees, north and east positive
    double alt_m, geoid_m;  // altitude above mean sea level; geoid separation
    double speed_knots, course_deg, hdop;
    int fix;                // GGA fix quality: 0 none (RMC status V), 1 GPS, 2 DGPS
    int sats;
    int64_t start_utc;      // Unix time (s) at t0
    uint64_t t0_ns;         // the virtual time the receiver starts at
    uint64_t next_ns;       // when the next pair of sentences is due
    char pending[200];      // a pair of sentences being sent
    size_t plen, ppos;
    uint64_t pending_ns;    // when it became due
} sim_nmea_t;

// A receiver at (lat, lon) with a fix on 8 satellites, whose clock reads `start_utc` (Unix
// seconds) at virtual time t0_ns; it sends its first sentences at t0 + 1 s. Never fails.
void sim_nmea_init(sim_nmea_t *g, double lat, double lon, int64_t start_utc, uint64_t t0_ns);

// Writes the GGA and RMC sentences for Unix time `utc` (each "$...*hh\r\n") into out (at
// least 200 bytes); returns their length.
size_t sim_nmea_format(const sim_nmea_t *g, int64_t utc, char *out, size_t max);

// The NMEA checksum of a sentence's body (the characters between '$' and '*').
uint8_t sim_nmea_checksum(const char *body, size_t n);

#endif
