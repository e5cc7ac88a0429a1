"""zan.py — Python binding of libzan (include/zan.h) through ctypes; the standard library only.

    import zan
    law = zan.Policy("kz-ai-law")                 # a folder, a .zan file or an alias
    d = law.evaluate({"system": {...}})           # a dict, JSON text (str/bytes) or zan.Facts
    d.decisions["risk_tier"], d.undetermined      # {"output": ["fact.path", ...]}
    print(d.to_json(receipt=True))                # the decision object `zan eval` prints

A Policy is immutable and may be shared by threads; Policy.evaluate uses one Context per
thread (ctypes releases the GIL during the call, so threads evaluate at once). Errors raise
PolicyError, FactsError or EvaluationError, each with .status (zan's exit code) and
.diagnostics (file, line, column, path, message, code). The library is found through
ZAN_LIBRARY (a path), then build/libzan.so.0 of the source tree this file is in, then the
system's libzan.so.0 (make install). docs/library.md describes the C API underneath.
"""
import ctypes
import ctypes.util
import json
import os
import threading
from collections import namedtuple

__all__ = ["Policy", "Context", "Facts", "Decision", "Diagnostic", "ZanError", "PolicyError",
           "FactsError", "EvaluationError", "version"]

OK, ERR_USAGE, ERR_FACTS, ERR_POLICY, ERR_RUNTIME = 0, 2, 3, 4, 5
RENDER_PRETTY, RENDER_EXPLAIN, RENDER_RECEIPT = 1, 2, 4
SEVERITIES = ("error", "warning", "note")

Diagnostic = namedtuple("Diagnostic", "severity file line column path message code")
Diagnostic.__doc__ = """One message: severity ("error", "warning", "note"), file and 1-based
line and column (None and 0 when it has no place), the JSON path of a fact value (or None),
the message in the chosen language, and its catalogue id ("E_FACTS_TYPE")."""


class ZanError(Exception):
    """An error of zan: .status is its exit code, .diagnostics its messages, .text them as the
    zan command prints them."""

    def __init__(self, status, diagnostics, text):
        first = next((d for d in diagnostics if d.severity == "error"), None)
        super().__init__(text.strip() or (first.message if first else "zan status %d" % status))
        self.status, self.diagnostics, self.text = status, diagnostics, text


class PolicyError(ZanError):
    """The policy was not found or has errors (exit code 4)."""


class FactsError(ZanError):
    """The facts are not valid JSON or do not fit the policy (exit code 3)."""


class EvaluationError(ZanError):
    """Evaluation stopped: a conflict between rules, an overflow (exit code 5)."""


def _find_library():
    path = os.environ.get("ZAN_LIBRARY")
    if path:
        return path
    here = os.path.dirname(os.path.abspath(__file__))
    built = os.path.join(here, "..", "..", "build", "libzan.so.0")
    if os.path.exists(built):
        return built
    return ctypes.util.find_library("zan") or "libzan.so.0"


def _declare(lib):
    P, S, I, U, Z = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint, ctypes.c_size_t
    sigs = {
        "zan_version": (S, []),
        "zan_policy_load": (P, [S, S, ctypes.POINTER(P)]),
        "zan_policy_free": (None, [P]),
        "zan_policy_name": (S, [P]), "zan_policy_alias": (S, [P]), "zan_policy_version": (S, [P]),
        "zan_policy_output_count": (I, [P]), "zan_policy_output_name": (S, [P, I]),
        "zan_facts_parse": (P, [P, S, Z, ctypes.POINTER(P)]),
        "zan_facts_free": (None, [P]),
        "zan_ctx_new": (P, [P]), "zan_ctx_free": (None, [P]),
        "zan_ctx_set_lang": (I, [P, S]), "zan_ctx_set_as_of": (I, [P, S]),
        "zan_ctx_set_today": (I, [P, S]),
        "zan_eval_json": (I, [P, S, Z]), "zan_eval_facts": (I, [P, P]),
        "zan_ctx_diags": (P, [P]),
        "zan_result_decided": (I, [P, I]), "zan_result_value_json": (S, [P, I]),
        "zan_result_needs_count": (I, [P, I]), "zan_result_need": (S, [P, I, I]),
        "zan_result_as_of": (S, [P]),
        "zan_render_json": (ctypes.POINTER(ctypes.c_char), [P, U, ctypes.POINTER(Z)]),
        "zan_render_text": (ctypes.POINTER(ctypes.c_char), [P, U, ctypes.POINTER(Z)]),
        "zan_diags_count": (I, [P]), "zan_diags_errors": (I, [P]),
        "zan_diag_severity": (I, [P, I]), "zan_diag_file": (S, [P, I]),
        "zan_diag_line": (I, [P, I]), "zan_diag_column": (I, [P, I]),
        "zan_diag_path": (S, [P, I]), "zan_diag_message": (S, [P, I]),
        "zan_diag_code": (S, [P, I]), "zan_diags_text": (S, [P]),
        "zan_diags_free": (None, [P]),
    }
    for name, (res, args) in sigs.items():
        f = getattr(lib, name)
        f.restype, f.argtypes = res, args
    return lib


_lib = None
_lib_lock = threading.Lock()


def _L():
    global _lib
    if _lib is None:
        with _lib_lock:
            if _lib is None:
                _lib = _declare(ctypes.CDLL(_find_library()))
    return _lib


def _s(b):
    return None if b is None else b.decode("utf-8")


def version():
    """The library's version ("0.1.0")."""
    return _s(_L().zan_version())


def _diagnostics(d):
    """The entries of a zan_diags pointer (None: none) as Diagnostic tuples, and their text."""
    if not d:
        return [], ""
    L = _L()
    out = []
    for i in range(L.zan_diags_count(d)):
        sev = L.zan_diag_severity(d, i)
        out.append(Diagnostic(SEVERITIES[sev] if 0 <= sev < 3 else "error", _s(L.zan_diag_file(d, i)),
                              L.zan_diag_line(d, i), L.zan_diag_column(d, i), _s(L.zan_diag_path(d, i)),
                              _s(L.zan_diag_message(d, i)), _s(L.zan_diag_code(d, i))))
    return out, _s(L.zan_diags_text(d))


def _taking_diags(d):
    """Reads and frees diagnostics the library handed over."""
    try:
        return _diagnostics(d.value)
    finally:
        if d.value:
            _L().zan_diags_free(d.value)


def _json_bytes(facts):
    if isinstance(facts, bytes):
        return facts
    if isinstance(facts, str):
        return facts.encode("utf-8")
    return json.dumps(facts, ensure_ascii=False).encode("utf-8")


class Policy:
    """A loaded, checked policy (immutable; share it between threads)."""

    def __init__(self, spec, lang=None):
        d = ctypes.c_void_p()
        h = _L().zan_policy_load(os.fsencode(spec), lang.encode() if lang else None, ctypes.byref(d))
        self.warnings, text = _taking_diags(d)
        if not h:
            raise PolicyError(ERR_POLICY, self.warnings, text)
        self._h = h
        self._local = threading.local()
        L = _L()
        self.name = _s(L.zan_policy_name(h))
        self.alias = _s(L.zan_policy_alias(h))
        self.version = _s(L.zan_policy_version(h))
        self.outputs = [_s(L.zan_policy_output_name(h, i)) for i in range(L.zan_policy_output_count(h))]

    def __del__(self):
        h, self._h = getattr(self, "_h", None), None
        if h and _lib is not None:
            _lib.zan_policy_free(h)

    def context(self, lang=None, as_of=None, today=None):
        """A new evaluation context (one per thread)."""
        return Context(self, lang, as_of, today)

    def parse(self, facts):
        """A record parsed once (dict, str or bytes of JSON) to evaluate many times."""
        return Facts(self, facts)

    def evaluate(self, facts, lang=None, as_of=None, today=None):
        """Evaluates one record on this thread's context; returns a Decision."""
        c = getattr(self._local, "ctx", None)
        if c is None:
            c = self._local.ctx = Context(self)
        c.configure(lang, as_of, today)
        return c.evaluate(facts)


class Facts:
    """A fact record parsed against one policy; read-only, usable from any context."""

    def __init__(self, policy, facts):
        d = ctypes.c_void_p()
        data = _json_bytes(facts)
        h = _L().zan_facts_parse(policy._h, data, len(data), ctypes.byref(d))
        self.warnings, text = _taking_diags(d)
        if not h:
            raise FactsError(ERR_FACTS, self.warnings, text)
        self.policy, self._h = policy, h

    def __del__(self):
        h, self._h = getattr(self, "_h", None), None
        if h and _lib is not None:
            _lib.zan_facts_free(h)


class Context:
    """One thread's evaluation state; its last result is read through the Decision it returned."""

    def __init__(self, policy, lang=None, as_of=None, today=None):
        self.policy = policy          # kept alive as long as the context
        self._h = _L().zan_ctx_new(policy._h)
        self._generation = 0
        self._settings = (None, None, None)
        self.configure(lang, as_of, today)

    def __del__(self):
        h, self._h = getattr(self, "_h", None), None
        if h and _lib is not None:
            _lib.zan_ctx_free(h)

    def configure(self, lang=None, as_of=None, today=None):
        """lang "en" / "ru" / "kk" / "kk-Latn"; as_of and today as YYYY-MM-DD (None: the
        policy's date fact, else the clock). ValueError when one is malformed."""
        if (lang, as_of, today) == self._settings:
            return
        L = _L()
        for name, f, v in (("lang", L.zan_ctx_set_lang, lang or "en"), ("as_of", L.zan_ctx_set_as_of, as_of),
                           ("today", L.zan_ctx_set_today, today)):
            if f(self._h, v.encode() if v else None) != OK:
                raise ValueError("zan: %s %r is not valid" % (name, v))
        self._settings = (lang, as_of, today)

    def evaluate(self, facts):
        L = _L()
        if isinstance(facts, Facts):
            if facts.policy._h != self.policy._h:
                raise ValueError("zan: the facts were parsed for another policy")
            st = L.zan_eval_facts(self._h, facts._h)
        else:
            data = _json_bytes(facts)
            st = L.zan_eval_json(self._h, data, len(data))
        self._generation += 1
        diags, text = _diagnostics(L.zan_ctx_diags(self._h))
        if st == ERR_FACTS:
            raise FactsError(st, diags, text)
        if st != OK:
            raise EvaluationError(st, diags, text)
        return Decision(self, diags)


class Decision:
    """A result: decisions {output: value} of the decided outputs, undetermined {output: [the
    fact paths it needs]}, as_of, warnings; to_json / to_text render it as `zan eval` does
    (only until the next evaluation on the same context)."""

    def __init__(self, ctx, warnings):
        L, h = _L(), ctx._h
        self._ctx, self._generation = ctx, ctx._generation
        self.warnings = warnings
        self.as_of = _s(L.zan_result_as_of(h))
        self.decisions, self.undetermined = {}, {}
        for i, name in enumerate(ctx.policy.outputs):
            if L.zan_result_decided(h, i) == 1:
                self.decisions[name] = json.loads(L.zan_result_value_json(h, i))
            else:
                self.undetermined[name] = [_s(L.zan_result_need(h, i, k))
                                           for k in range(L.zan_result_needs_count(h, i))]

    def _render(self, f, flags):
        if self._ctx._generation != self._generation:
            raise RuntimeError("zan: a later evaluation on this context replaced this result")
        n = ctypes.c_size_t()
        p = f(self._ctx._h, flags, ctypes.byref(n))
        return ctypes.string_at(p, n.value).decode("utf-8")

    def to_json(self, pretty=False, explain=False, receipt=False):
        flags = (RENDER_PRETTY if pretty else 0) | (RENDER_EXPLAIN if explain else 0) | \
                (RENDER_RECEIPT if receipt else 0)
        return self._render(_L().zan_render_json, flags)

    def to_text(self, explain=False):
        return self._render(_L().zan_render_text, RENDER_EXPLAIN if explain else 0)
