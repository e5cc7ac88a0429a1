#!/usr/bin/env python3
# client.py — raw-socket clients for tests/serve/run.sh, what curl cannot do:
#   slow PORT PATH FILE SECONDS   send a POST byte-group by byte-group over SECONDS; print the status line
#   idle PORT N SECONDS           open N connections, send the start of a request line and no more
#                                 (slowloris), say "ready", keep them SECONDS; print how many the server closed by then
#   term PORT PATH FILE PID       send headers and half the body, SIGTERM PID, then the rest;
#                                 print the status line (the request in flight must still be answered)
import os, signal, socket, sys, time

def request(path, body, ctype="application/json"):
    head = ("POST %s HTTP/1.1\r\nHost: localhost\r\nContent-Type: %s\r\nContent-Length: %d\r\n"
            "Connection: close\r\n\r\n" % (path, ctype, len(body))).encode()
    return head, body

def status_line(s):
    data = b""
    s.settimeout(20)
    while b"\r\n" not in data:
        chunk = s.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.split(b"\r\n")[0].decode("latin-1") if data else "(closed)"

def main():
    mode, port = sys.argv[1], int(sys.argv[2])
    if mode == "slow":
        head, body = request(sys.argv[3], open(sys.argv[4], "rb").read())
        msg = head + body
        s = socket.create_connection(("127.0.0.1", port))
        pieces = 20
        step = max(1, len(msg) // pieces)
        for i in range(0, len(msg), step):
            s.sendall(msg[i:i + step])
            time.sleep(float(sys.argv[5]) / pieces)
        print(status_line(s))
    elif mode == "idle":
        n, secs = int(sys.argv[3]), float(sys.argv[4])
        socks = [socket.create_connection(("127.0.0.1", port)) for _ in range(n)]
        for s in socks:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: l")
        print("ready", flush=True)
        time.sleep(secs)
        closed = 0
        for s in socks:
            s.setblocking(False)
            try:
                closed += s.recv(1) == b""
            except BlockingIOError:
                pass
            except OSError:
                closed += 1
        print(closed)
    elif mode == "term":
        head, body = request(sys.argv[3], open(sys.argv[4], "rb").read())
        s = socket.create_connection(("127.0.0.1", port))
        half = len(body) // 2
        s.sendall(head + body[:half])
        time.sleep(0.3)
        os.kill(int(sys.argv[5]), signal.SIGTERM)
        time.sleep(0.5)
        s.sendall(body[half:])
        print(status_line(s))
    else:
        sys.exit("unknown mode " + mode)

main()
