#!/usr/bin/env python3
# lsp_recheck.py ZAN [N] — `make bench`: how long `zan lsp` takes to re-check the bundled law
# after a change (didChange sent -> publishDiagnostics received), median and worst of N
# changes to one of its files (target: under 20 ms). Reports; does not fail on speed.
import os, sys, time
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", "lsp"))
from lspclient import Server, uri

zan = os.path.abspath(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
law = os.path.realpath(os.path.join(here, "..", "..", "policies", "kz-ai-law"))
path = os.path.join(law, "prohibited.zan")
text = open(path, encoding="utf-8").read()
s = Server(zan)
s.initialize(law)
s.open(path)
times = []
for i in range(n):
    # append, then remove, a comment at the end: every change re-checks the whole policy
    edited = text + ("-- edit %d\n" % i if i % 2 == 0 else "")
    t0 = time.perf_counter()
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri(path), "version": i + 2}, "contentChanges": [{"text": edited}]})
    s.diagnostics(uri(path))
    times.append((time.perf_counter() - t0) * 1000)
s.finish()
times.sort()
print("zan lsp: a change in the bundled law re-checked in %.1f ms (median of %d; worst %.1f ms; target under 20 ms)"
      % (times[len(times) // 2], n, times[-1]))
