# lspclient.py — a small LSP client over a `zan lsp` child process, for the scripted sessions
# (tests/lsp/client.py) and the re-check benchmark (tests/bench/lsp_recheck.py).
import json, os, queue, subprocess, threading

def uri(path):
    return "file://" + path

class Server:
    def __init__(self, zan, args=("lsp",)):
        env = dict(os.environ, ZAN_TODAY="2026-03-01")
        self.p = subprocess.Popen([zan] + list(args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, env=env)
        self.q = queue.Queue()
        self.notes = []
        self.next_id = 0
        threading.Thread(target=self._reader, daemon=True).start()

    def _reader(self):
        f = self.p.stdout
        while True:
            headers = {}
            while True:
                line = f.readline()
                if not line:
                    self.q.put(None); return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode().partition(":")
                headers[k.strip().lower()] = v.strip()
            body = f.read(int(headers["content-length"]))
            self.q.put(json.loads(body))

    def raw(self, data):
        self.p.stdin.write(data); self.p.stdin.flush()

    def send(self, obj):
        body = json.dumps(obj).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def get(self, timeout=30):
        m = self.q.get(timeout=timeout)
        if m is not None and "method" in m and "id" not in m:
            self.notes.append(m)
        return m

    def request(self, method, params=None):
        self.next_id += 1
        rid = self.next_id
        msg = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return self.wait_id(rid)

    def wait_id(self, rid):
        while True:
            m = self.get()
            if m is None:
                return {"error": {"code": "server ended"}}
            if m.get("id") == rid and "method" not in m:
                return m

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, u):
        """The next publishDiagnostics for u (waits for it)."""
        for i, n in enumerate(self.notes):
            if n["method"] == "textDocument/publishDiagnostics" and n["params"]["uri"] == u:
                del self.notes[i]
                return n["params"]["diagnostics"]
        while True:
            m = self.get()
            if m is None:
                return None
            if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == u:
                self.notes.remove(m)
                return m["params"]["diagnostics"]

    def initialize(self, folder, **opts):
        r = self.request("initialize", dict({"processId": None, "rootUri": uri(folder), "capabilities": {}}, **opts))
        self.notify("initialized", {})
        return r

    def open(self, path, text=None):
        if text is None:
            text = open(path, encoding="utf-8").read()
        self.notify("textDocument/didOpen", {"textDocument": {"uri": uri(path), "languageId": "zan", "version": 1, "text": text}})
        return self.diagnostics(uri(path))

    def finish(self):
        r = self.request("shutdown")
        self.notify("exit", None)
        try:
            rc = self.p.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.p.kill(); rc = "hung"
        return r, rc
