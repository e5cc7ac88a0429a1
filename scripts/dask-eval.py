#!/usr/bin/env python3
"""dask-eval.py — `zan eval --jsonl` over a Dask cluster (docs/scaling.md).

usage: dask-eval.py POLICY IN.jsonl OUT.jsonl [--scheduler tcp://HOST:8786 | --local N]
                    [--zan PATH] [--partition-mb MB] [--policy-on-workers] [--shared-input]
                    [-- ZAN-EVAL-OPTIONS…]

The input is split at line boundaries into partitions of about --partition-mb (default 8);
each partition is one task that pipes its lines through `zan eval POLICY --jsonl -` on a
worker; the decisions are written to OUT in input order, so OUT is byte for byte what one
`zan eval POLICY --jsonl IN.jsonl` writes (a bad record's error object keeps its line number
in IN). Options after `--` go to zan eval (--as-of, --receipt, --lang, --strict …).

The policy travels with the tasks: when POLICY is a folder or a .zan file here, its files are
sent once to each worker and written to a temporary folder there (--policy-on-workers: give
POLICY to the workers as it is, a path or alias they resolve themselves). Workers need `zan`
(--zan names it, default `zan` on their PATH) and its standard library. With --shared-input,
IN.jsonl is on storage the workers share: tasks carry byte ranges, not bytes.

Exit status: zan's, the worst over the partitions (70, 74, 4, 2, 5, 3, 1 first); 2 for usage.
"""
import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile

EXIT_ORDER = [70, 74, 4, 2, 5, 3, 1]   # lang/base/exitcodes.h: the first that applies wins


def exit_worst(a, b):
    for c in EXIT_ORDER:
        if c in (a, b):
            return c
    return a or b


def policy_files(spec):
    """{relative path: bytes} of a policy folder (its .zan files and what they read: statute
    texts, glossaries) or of one .zan file; None when spec is not a path here (an alias)."""
    if os.path.isfile(spec):
        with open(spec, "rb") as f:
            return {os.path.basename(spec): f.read()}
    if not os.path.isdir(spec):
        return None
    files = {}
    for root, dirs, names in os.walk(spec):
        dirs[:] = sorted(d for d in dirs if d not in ("tests", "examples") and not d.startswith("."))
        for n in sorted(names):
            path = os.path.join(root, n)
            with open(path, "rb") as f:
                files[os.path.relpath(path, spec)] = f.read()
    return files


def materialise(files, is_file):
    """On a worker: the shipped policy written once to a folder keyed by its content hash."""
    h = hashlib.sha256()
    for k in sorted(files):
        h.update(k.encode() + b"\0" + files[k] + b"\0")
    d = os.path.join(tempfile.gettempdir(), "zan-policy-" + h.hexdigest()[:16])
    if not os.path.isdir(d):
        tmp = tempfile.mkdtemp(prefix="zan-policy-")
        for k, data in files.items():
            os.makedirs(os.path.dirname(os.path.join(tmp, k)), exist_ok=True)
            with open(os.path.join(tmp, k), "wb") as f:
                f.write(data)
        try:
            os.rename(tmp, d)           # another task may have won the race: then use its copy
        except OSError:
            pass
    return os.path.join(d, next(iter(files))) if is_file else d


ERROR_LINE = re.compile(rb'^\{"line": (\d+), "error": ', re.M)
STDIN_LINE = re.compile(rb'^<stdin>:(\d+):', re.M)


def eval_partition(zan, policy, shipped, is_file, data, first_line, extra, shown):
    """A task: one partition through `zan eval --jsonl -`. data is the bytes, or (path, start,
    end) on shared storage. Returns (exit code, stdout, stderr) with line numbers made those of
    the whole input (error objects; messages name the input file `shown`)."""
    if shipped is not None:
        policy = materialise(shipped, is_file)
    if isinstance(data, tuple):
        path, start, end = data
        with open(path, "rb") as f:
            f.seek(start)
            data = f.read(end - start)
    r = subprocess.run([zan, "eval", policy, "--jsonl", "-", *extra], input=data,
                       capture_output=True)
    shift = first_line - 1
    out = ERROR_LINE.sub(lambda m: b'{"line": %d, "error": ' % (int(m.group(1)) + shift), r.stdout)
    err = STDIN_LINE.sub(lambda m: b"%s:%d:" % (shown, int(m.group(1)) + shift), r.stderr)
    return r.returncode, out, err


def partitions(path, size):
    """(start, end, first line number) of byte ranges of about size bytes, cut after a newline."""
    total = os.path.getsize(path)
    parts, start, line = [], 0, 1
    with open(path, "rb") as f:
        while start < total:
            end = min(start + size, total)
            if end < total:
                f.seek(end)
                rest = f.readline()            # finish the line the cut fell in
                end += len(rest)
            f.seek(start)
            lines = f.read(end - start).count(b"\n")
            parts.append((start, end, line))
            line += lines
            start = end
    return parts


def main(argv):
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser(prog="dask-eval.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("policy")
    ap.add_argument("input")
    ap.add_argument("output")
    where = ap.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="a running scheduler, tcp://HOST:8786")
    where.add_argument("--local", type=int, metavar="N", help="a LocalCluster of N worker processes")
    ap.add_argument("--zan", default="zan", help="the zan command on the workers (default: zan)")
    ap.add_argument("--partition-mb", type=float, default=8.0)
    ap.add_argument("--policy-on-workers", action="store_true",
                    help="pass POLICY to the workers as it is (they have it)")
    ap.add_argument("--shared-input", action="store_true",
                    help="IN.jsonl is on storage the workers share: send byte ranges")
    a = ap.parse_args(argv)
    if a.partition_mb <= 0:
        ap.error("--partition-mb must be positive")
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        print("dask-eval.py: Dask's distributed is missing (Debian: apt-get install "
              "python3-distributed)", file=sys.stderr)
        return 2
    if not os.path.isfile(a.input):
        print("dask-eval.py: cannot read %s" % a.input, file=sys.stderr)
        return 3

    shipped = None if a.policy_on_workers else policy_files(a.policy)
    is_file = os.path.isfile(a.policy)
    policy = a.policy if shipped is None else None
    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.local or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    code = 0
    try:
        # one object (a dict given alone would be scattered value by value), on every worker
        shipped_f = client.scatter([shipped], broadcast=True)[0] if shipped is not None else None
        futures = []
        with open(a.input, "rb") as f:
            for start, end, line in partitions(a.input, int(a.partition_mb * 1024 * 1024)):
                if a.shared_input:
                    data = (os.path.abspath(a.input), start, end)
                else:
                    f.seek(start)
                    data = client.scatter(f.read(end - start))   # data ahead of the task graph
                futures.append(client.submit(eval_partition, a.zan, policy, shipped_f, is_file,
                                             data, line, extra, os.fsencode(a.input), pure=False))
        with open(a.output, "wb") as out:
            for fut in futures:                   # in input order, whatever order they finish in
                rc, stdout, stderr = fut.result()
                out.write(stdout)
                if stderr:
                    sys.stderr.buffer.write(stderr)
                code = exit_worst(code, rc)
                fut.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
