# mods/network.py: the network module (WLAN) of MicroPython's boards. Layer: library
# modules (frozen Python) over network_board (mods/network_board.c) and socket.
# SPDX-License-Identifier: MIT
#
# On a simulated board the Wi-Fi radio is virtual: scan() lists the access points of
# the board file's "network" section, connect() checks the ssid and key against them
# and, after the section's connect_ms of board time, reports the IP configuration the
# section gives. The packets themselves go through the host's network stack, so a
# socket opened on the board reaches real servers on the host (docs/iot.md).
# Without a simulated board (the PC build, or -X hal=linux) the interfaces stand for
# the host's own network, always connected, and say so.

import network_board
import socket
import time

STA_IF = 0
AP_IF = 1

# status() values, as the Pico W's (rp2 port)
STAT_IDLE = 0
STAT_CONNECTING = 1
STAT_GOT_IP = 3
STAT_CONNECT_FAIL = -1
STAT_NO_AP_FOUND = -2
STAT_WRONG_PASSWORD = -3

# security kinds in scan() results and config('security')
AUTH_OPEN = 0
AUTH_WEP = 1
AUTH_WPA_PSK = 2
AUTH_WPA2_PSK = 3
AUTH_WPA_WPA2_PSK = 4

_hostname = None
_ifaces = {}


def _board():
    # (board name, its network section as a dict) or None on the host's network.
    cfg = network_board.config()
    if cfg is None:
        return None
    name, net = cfg
    if net is None:
        net = {}
    if not isinstance(net, dict):
        raise ValueError("bad board file: \"network\" must be an object")
    return name, net


def _host_ip():
    # The host's address towards the outside (no packet is sent: a UDP connect
    # only picks the route), or the loopback address when it has no route.
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        s.connect(("192.0.2.1", 9))
        return s.getsockname()[0]
    except OSError:
        return "127.0.0.1"
    finally:
        s.close()


def _host_dns():
    try:
        with open("/etc/resolv.conf") as f:
            for line in f:
                w = line.split()
                if len(w) >= 2 and w[0] == "nameserver":
                    return w[1]
    except OSError:
        pass
    return "0.0.0.0"


def _mac_bytes(text):
    try:
        b = bytes(int(x, 16) for x in text.split(":"))
    except ValueError:
        b = b""
    if len(b) != 6:
        raise ValueError("bad board file: network mac %r is not six hex bytes" % (text,))
    return b


def _ip4(cfg, what):
    if not (isinstance(cfg, (list, tuple)) and len(cfg) == 4 and all(isinstance(x, str) for x in cfg)):
        raise ValueError("bad board file: network %s must be [ip, netmask, gateway, dns]" % what)
    return tuple(cfg)


def _aps(net):
    aps = net.get("access_points", [])
    if not isinstance(aps, list):
        raise ValueError("bad board file: network access_points must be a list")
    for i, ap in enumerate(aps):
        if not isinstance(ap, dict) or not isinstance(ap.get("ssid"), str):
            raise ValueError("bad board file: network access point %d has no ssid" % i)
    return aps


def hostname(name=None):
    """hostname() -> the board's host name; hostname(name) sets it."""
    global _hostname
    if name is not None:
        if not isinstance(name, str) or not name:
            raise ValueError("hostname must be a non-empty str")
        _hostname = name
        return None
    if _hostname is None:
        b = _board()
        if b is None:
            _hostname = socket.gethostname()
        else:
            _hostname = b[1].get("hostname", b[0])     # the section's, else the board's name
    return _hostname


def country(code=None):
    """country() -> the two-letter regulatory domain ('XX' until set)."""
    global _country
    if code is None:
        return _country
    if not isinstance(code, str) or len(code) != 2:
        raise ValueError("country code must be two letters")
    _country = code.upper()


_country = "XX"


def info():
    """What the network is here: a sentence naming the board's virtual Wi-Fi or the host."""
    b = _board()
    if b is None:
        return "host network: no simulated board is up, sockets use the host's network stack"
    return "simulated board %s: virtual Wi-Fi, packets go through the host's network stack" % b[0]


class WLAN:
    """WLAN(interface=STA_IF): the station (STA_IF) or access point (AP_IF) interface.

    One object per interface, as on a board. See docs/iot.md."""

    def __new__(cls, interface=STA_IF):
        if interface not in (STA_IF, AP_IF):
            raise ValueError("WLAN interface must be STA_IF or AP_IF")
        w = _ifaces.get(interface)
        if w is None:
            w = object.__new__(cls)
            w._init(interface)
            _ifaces[interface] = w
        return w

    def __init__(self, interface=STA_IF):
        pass

    def _init(self, interface):
        self._if = interface
        b = _board()
        self._host = b is None
        self._net = {} if b is None else b[1]
        self._active = self._host
        self._status = STAT_GOT_IP if self._host else STAT_IDLE
        self._ssid = None
        self._key = None
        self._ap = None              # the access point joined
        self._due = 0                # ticks_ms when a connection attempt completes
        self._outcome = STAT_IDLE
        self._ip = None
        net = self._net
        if self._host:
            self._mac = b"\x00" * 6
        else:
            mac = net.get("mac", "28:cd:c1:00:00:01")
            self._mac = _mac_bytes(mac)
            if interface == AP_IF:
                self._mac = bytes([self._mac[0] | 2]) + self._mac[1:]
        self._apcfg = {"ssid": net.get("ap_ssid", "PICO-AP"), "key": net.get("ap_key", ""),
                       "channel": net.get("ap_channel", 6)}
        self._channel = 0

    def __repr__(self):
        kind = "STA" if self._if == STA_IF else "AP"
        if self._host:
            return "<WLAN %s: host network>" % kind
        return "<WLAN %s: %s>" % (kind, "up" if self._active else "down")

    def _check_bool(self, v):
        if not isinstance(v, (bool, int)):
            raise TypeError("active() takes a bool")
        return bool(v)

    def active(self, *state):
        """active() -> whether the interface is up; active(flag) brings it up or down."""
        if not state:
            return self._active
        if len(state) > 1:
            raise TypeError("active() takes at most 1 argument")
        on = self._check_bool(state[0])
        if self._host:
            return None              # the host's interfaces are not ours to switch
        if not on:
            self.disconnect()
        self._active = on
        if on and self._if == AP_IF:
            self._status = STAT_GOT_IP
            self._ip = _ip4(self._net.get("ap_ifconfig",
                                          ["192.168.4.1", "255.255.255.0", "192.168.4.1", "0.0.0.0"]),
                            "ap_ifconfig")
        return None

    def _update(self):
        # A connection attempt completes when the board clock reaches its due time.
        if self._status == STAT_CONNECTING and time.ticks_diff(time.ticks_ms(), self._due) >= 0:
            self._status = self._outcome
            if self._status == STAT_GOT_IP:
                self._ip = _ip4(self._net.get("ifconfig",
                                              ["192.168.1.20", "255.255.255.0", "192.168.1.1", "192.168.1.1"]),
                                "ifconfig")

    def connect(self, ssid=None, key=None, *, bssid=None, password=None):
        """Joins access point [ssid] with [key] (starts the attempt: poll isconnected() or status())."""
        if self._if != STA_IF:
            raise OSError("connect() is for the STA_IF interface")
        if key is None:
            key = password
        if self._host:
            return None              # the host is connected already
        if not self._active:
            raise OSError("WLAN interface is not active: call active(True) first")
        if ssid is None:
            ssid = self._ssid
        if not isinstance(ssid, str) or not ssid:
            raise ValueError("connect() needs an ssid (str)")
        if key is not None and not isinstance(key, str):
            raise TypeError("key must be a str")
        self._ssid, self._key, self._ip, self._ap = ssid, key, None, None
        outcome = STAT_NO_AP_FOUND
        for ap in _aps(self._net):
            if ap["ssid"] != ssid:
                continue
            if bssid is not None and _mac_bytes(ap.get("bssid", "00:00:00:00:00:00")) != bytes(bssid):
                continue
            if (ap.get("key") or "") != (key or ""):
                outcome = STAT_WRONG_PASSWORD
            else:
                outcome = STAT_GOT_IP
                self._ap = ap
                self._channel = ap.get("channel", 1)
            break
        self._outcome = outcome
        self._status = STAT_CONNECTING
        wait = self._net.get("connect_ms", 500)
        self._due = time.ticks_add(time.ticks_ms(), int(wait))
        self._update()

    def disconnect(self):
        """Leaves the access point (the station stays active)."""
        if self._host or self._if != STA_IF:
            return None
        self._status = STAT_IDLE
        self._ip = None
        self._ap = None

    def isconnected(self):
        """True once the station has an IP address (the AP: once it is active)."""
        if self._host:
            return True
        self._update()
        if self._if == AP_IF:
            return self._active
        return self._status == STAT_GOT_IP

    def status(self, param=None):
        """status() -> a STAT_* value; status('rssi') -> the signal of the access point joined."""
        self._update()
        if param is None:
            return self._status
        if param == "rssi":
            if self._host:
                return 0
            if self._ap is None:
                raise OSError("not connected: no rssi")
            return self._ap.get("rssi", -60)
        if param == "stations":
            return []
        raise ValueError("unknown status param %r" % (param,))

    def ifconfig(self, config=None):
        """ifconfig() -> (ip, netmask, gateway, dns); ifconfig(tuple) sets them."""
        if config is not None:
            if self._host:
                raise OSError("the host's network is configured by the host")
            self._ip = _ip4(list(config), "ifconfig")
            return None
        if self._host:
            return (_host_ip(), "255.255.255.0", "0.0.0.0", _host_dns())
        self._update()
        if self._ip is None:
            return ("0.0.0.0", "0.0.0.0", "0.0.0.0", "0.0.0.0")
        return self._ip

    def scan(self):
        """The access points in range: a list of (ssid, bssid, channel, RSSI, security, hidden)."""
        if self._host:
            return []
        if not self._active:
            raise OSError("WLAN interface is not active: call active(True) first")
        out = []
        for i, ap in enumerate(_aps(self._net)):
            bssid = _mac_bytes(ap.get("bssid", "02:00:00:00:00:%02x" % (i + 1)))
            sec = ap.get("security", AUTH_WPA2_PSK if ap.get("key") else AUTH_OPEN)
            out.append((ap["ssid"].encode(), bssid, ap.get("channel", 1), ap.get("rssi", -60),
                        sec, bool(ap.get("hidden", False))))
        return out

    def config(self, *args, **kw):
        """config('param') reads one setting; config(param=value, ...) sets some."""
        if args and kw:
            raise TypeError("config() takes a name or keyword arguments, not both")
        if kw:
            for k, v in kw.items():
                if k in ("ssid", "essid", "key", "password", "channel", "security") and self._if == AP_IF:
                    self._apcfg["ssid" if k == "essid" else "key" if k == "password" else k] = v
                elif k in ("hostname", "dhcp_hostname"):
                    hostname(v)
                elif k in ("pm", "txpower", "reconnects"):
                    pass                 # accepted; the virtual radio has no power to save
                else:
                    raise ValueError("unknown config param %r" % (k,))
            return None
        if len(args) != 1:
            raise TypeError("config() takes one parameter name")
        k = args[0]
        if k == "mac":
            return self._mac
        if k in ("ssid", "essid"):
            if self._host:
                return "host"
            return self._apcfg["ssid"] if self._if == AP_IF else self._ssid
        if k == "channel":
            return self._apcfg["channel"] if self._if == AP_IF else self._channel
        if k in ("hostname", "dhcp_hostname"):
            return hostname()
        if k == "security":
            if self._if == AP_IF:
                return AUTH_WPA2_PSK if self._apcfg["key"] else AUTH_OPEN
            return self._ap.get("security", AUTH_WPA2_PSK if self._ap.get("key") else AUTH_OPEN) \
                if self._ap else AUTH_OPEN
        if k in ("key", "password"):
            if self._if == AP_IF:
                return self._apcfg["key"]
            raise ValueError("the station's key cannot be read back")
        if k == "txpower":
            return 31
        if k == "pm":
            return 0
        raise ValueError("unknown config param %r" % (k,))
