#!/usr/bin/python3
"""Run the network tests of tests/net (make test-net) against servers started here.

Usage: tests/net/run_net.py [--bin build/micropython] [--write] [tests...]

Starts, on 127.0.0.1 and free ports:
- Debian's mosquitto with a generated configuration: an anonymous listener
  (MQTT_PORT) and one that needs a user name and password (MQTT_AUTH_PORT,
  user "node", password "s3cret"); persistence off;
- a tiny HTTP server of its own (HTTP_PORT, the routes are in Handler below);
- bad servers: BAD_SILENT_PORT accepts and never answers, BAD_GARBAGE_PORT answers
  any request with bytes that are neither MQTT nor HTTP and closes; REFUSED_PORT has
  nothing listening.
Each tests/net/NAME.py then runs as `micropython NAME.py` (cwd tests/net) with those
ports in its environment (a leading `# board: NAME` comment adds -X board=NAME); its
output must equal NAME.exp. Each has TIMEOUT seconds: a hang is a failure that shows
what the script printed. Then the example's scenario (tests/sim/examples/iot_node.scn)
runs through tests/sim/run_sim.py with MQTT_BROKER set to this broker.

Without mosquitto every test SKIPs, saying so. The last line is `net: N passed, N
failed, N skipped`; the status is 1 if any failed.
"""

import argparse
import difflib
import glob
import http.server
import json
import os
import shutil
import socket
import socketserver
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
TIMEOUT = 30
MOSQUITTO = shutil.which("mosquitto") or "/usr/sbin/mosquitto"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_port(port, proc, what, seconds=5):
    end = time.time() + seconds
    while time.time() < end:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("%s exited with status %d" % (what, proc.returncode))
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("%s did not listen on port %d within %d s" % (what, port, seconds))


def start_mosquitto(tmp, port, auth_port):
    pwfile = os.path.join(tmp, "passwd")
    subprocess.run(["mosquitto_passwd", "-b", "-c", pwfile, "node", "s3cret"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.chmod(pwfile, 0o600)
    conf = os.path.join(tmp, "mosquitto.conf")
    with open(conf, "w") as f:
        # As root, mosquitto would switch to its own user, which cannot read this folder.
        if os.geteuid() == 0:
            f.write("user root\n")
        f.write("per_listener_settings true\npersistence false\n"
                "log_dest file %s\nlog_type all\n" % os.path.join(tmp, "mosquitto.log") +
                "listener %d 127.0.0.1\nallow_anonymous true\n" % port +
                "listener %d 127.0.0.1\nallow_anonymous false\npassword_file %s\n" % (auth_port, pwfile))
    proc = subprocess.Popen([MOSQUITTO, "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_port(port, proc, "mosquitto")
    wait_port(auth_port, proc, "mosquitto")
    return proc


class Handler(http.server.BaseHTTPRequestHandler):
    """The test server's routes (HTTP/1.0 replies unless said otherwise)."""

    def log_message(self, *args):
        pass

    def reply(self, code, body, ctype="text/plain; charset=utf-8", extra=()):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def echo(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        info = {"method": self.command, "path": self.path, "body": body.decode("utf-8", "replace"),
                "headers": {k.lower(): v for k, v in self.headers.items()}}
        self.reply(200, json.dumps(info, sort_keys=True).encode(), "application/json")

    def route(self):
        p = self.path
        if p.startswith("/echo"):
            return self.echo()
        if p == "/text":
            return self.reply(200, "héllo, wörld\n".encode())
        if p == "/bytes":
            return self.reply(200, bytes(range(256)), "application/octet-stream")
        if p.startswith("/status/"):
            code = int(p.split("/")[2])
            return self.reply(code, ("status %d\n" % code).encode(), extra=[("X-Test", "yes")])
        if p == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/text")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if p == "/chunked":
            self.protocol_version = "HTTP/1.1"
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Connection", "close")
            self.end_headers()
            for part in (b"chunk one, ", b"chunk two", b"!"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
            return
        if p == "/noheaders-close":
            # No Content-Length: the body runs to the end of the connection.
            self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil close")
            return
        if p == "/malformed":
            self.wfile.write(b"HELLO THERE\r\n\r\n")
            return
        if p == "/badheader":
            self.wfile.write(b"HTTP/1.0 200 OK\r\nthis is no header\r\n\r\nx")
            return
        if p == "/truncated":
            self.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b")
            return
        if p == "/notjson":
            return self.reply(200, b"<html>not json</html>", "text/html")
        if p == "/slow":
            time.sleep(3)
            return self.reply(200, b"late\n")
        self.reply(404, b"no such page\n")

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = route


class HTTPServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A client that gave up (the timeout tests) is expected; anything else is shown.
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


def bad_server(kind):
    # A listener whose connections get no answer ("silent") or garbage ("garbage").
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    held = []

    def serve():
        while True:
            try:
                c, _ = srv.accept()
            except OSError:
                return
            if kind == "silent":
                held.append(c)          # kept open, never answered
            else:
                try:
                    c.settimeout(2)
                    c.recv(1024)
                    c.sendall(b"\x7fgarbage that is neither MQTT nor HTTP\r\n\r\n")
                except OSError:
                    pass
                c.close()

    threading.Thread(target=serve, daemon=True).start()
    return srv.getsockname()[1]


def retained(port, topic):
    # The retained message on [topic], read with a minimal MQTT 3.1.1 exchange in
    # CPython (so the check does not rely on the client under test); None if none.
    s = socket.create_connection(("127.0.0.1", port), 5)
    s.settimeout(2)
    cid = b"run-net-check"
    s.sendall(bytes([0x10, 12 + len(cid)]) + b"\x00\x04MQTT\x04\x02\x00\x1e" + bytes([0, len(cid)]) + cid)
    if s.recv(4) != b"\x20\x02\x00\x00":
        raise RuntimeError("the check's CONNECT was refused")
    t = topic.encode()
    s.sendall(bytes([0x82, 5 + len(t), 0, 1, 0, len(t)]) + t + b"\x00")
    data = b""
    try:
        while True:
            chunk = s.recv(1024)
            if not chunk:
                break
            data += chunk
            i = data.find(b"\x31")          # PUBLISH, QoS 0, retain
            if i >= 0 and len(data) > i + 1 and len(data) >= i + 2 + data[i + 1]:
                body = data[i + 2:i + 2 + data[i + 1]]
                return body[2 + ((body[0] << 8) | body[1]):].decode()
    except socket.timeout:
        pass
    finally:
        s.close()
    return None


def directives(path):
    d = {"board": None}
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            text = line[1:].strip()
            if text.startswith("board:"):
                d["board"] = text.split(":", 1)[1].strip()
    return d


def run_one(binary, path, env, write):
    name = os.path.splitext(os.path.basename(path))[0]
    d = directives(path)
    cmd = [binary] + (["-X", "board=" + d["board"]] if d["board"] else []) + [os.path.basename(path)]
    t0 = time.time()
    try:
        p = subprocess.run(cmd, cwd=HERE, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
        out = p.stdout.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        print("FAIL %s: no end within %d s (a hang); it printed:\n%s" % (name, TIMEOUT, out))
        return False
    exp_path = os.path.splitext(path)[0] + ".exp"
    if write:
        with open(exp_path, "w") as f:
            f.write(out)
    try:
        with open(exp_path) as f:
            exp = f.read()
    except FileNotFoundError:
        print("FAIL %s: no %s; it printed:\n%s" % (name, os.path.relpath(exp_path, REPO), out))
        return False
    if out != exp or p.returncode != 0:
        print("FAIL %s: %s" % (name, "exit status %d" % p.returncode if out == exp else "output differs"))
        sys.stdout.writelines(list(difflib.unified_diff(exp.splitlines(True), out.splitlines(True),
                                                        "expected", "got"))[:60])
        return False
    print("ok   %s (%.1f s)" % (name, time.time() - t0))
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(REPO, "build", "micropython"))
    ap.add_argument("--write", action="store_true", help="write the .exp files from this run")
    ap.add_argument("tests", nargs="*")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    tests = [os.path.abspath(t if os.path.exists(t) else os.path.join(HERE, t)) for t in a.tests] or sorted(
        t for t in glob.glob(os.path.join(HERE, "*.py")) if os.path.basename(t) != "run_net.py")
    if not os.path.exists(MOSQUITTO):
        for t in tests:
            print("SKIP %s: mosquitto is not installed (tools/deps.sh installs it)" % os.path.basename(t))
        print("net: 0 passed, 0 failed, %d skipped" % (len(tests) + 1))
        return 0
    tmp = tempfile.mkdtemp(prefix="net-")
    mport, aport, hport = free_port(), free_port(), free_port()
    broker = start_mosquitto(tmp, mport, aport)
    httpd = HTTPServer(("127.0.0.1", hport), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    env = dict(os.environ)
    env.pop("MICROPY_BOARD", None)
    env.update(MQTT_PORT=str(mport), MQTT_AUTH_PORT=str(aport), HTTP_PORT=str(hport),
               BAD_SILENT_PORT=str(bad_server("silent")), BAD_GARBAGE_PORT=str(bad_server("garbage")),
               REFUSED_PORT=str(free_port()))
    passed = failed = 0
    try:
        for t in tests:
            if run_one(binary, t, env, a.write):
                passed += 1
            else:
                failed += 1
        if not a.tests:
            # The IoT example under its scenario, with this broker.
            env["MQTT_BROKER"] = "127.0.0.1:%d" % mport
            # the probe first: the check below reads what the plain run left last
            scns = [os.path.join(REPO, "tests", "sim", "examples", n) for n in ("iot_node_probe.scn", "iot_node.scn")]
            r = subprocess.run([sys.executable, os.path.join(REPO, "tests", "sim", "run_sim.py"),
                                "--bin", binary] + scns, env=env)
            last = retained(mport, "iot/pico-node-1/temperature")
            status = retained(mport, "iot/pico-node-1/status")
            print("the broker keeps: temperature %r, status %r" % (last, status))
            if r.returncode == 0 and last == "18.1" and status in ("online", "offline"):
                passed += 1
                print("ok   example iot_node (its scenarios, with the broker)")
            else:
                failed += 1
                print("FAIL example iot_node (its scenarios, with the broker)")
    finally:
        broker.terminate()
        try:
            broker.wait(5)
        except subprocess.TimeoutExpired:
            broker.kill()
        httpd.shutdown()
        if failed:
            print("mosquitto's log: %s" % os.path.join(tmp, "mosquitto.log"))
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    print("net: %d passed, %d failed, 0 skipped" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
