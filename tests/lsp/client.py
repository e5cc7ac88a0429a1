#!/usr/bin/env python3
# client.py ZAN — a scripted JSON-RPC client that drives `ZAN lsp` through whole sessions on a
# copy of the bundled law and on broken copies (in a temp folder), then feeds it bad input.
# Positions are found by searching the files' text, never by fixed line numbers (the law is
# re-encoded now and then). Closes with `lsp: N passed, N failed`.
import os, re, shutil, subprocess, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

ZAN = os.path.abspath(sys.argv[1])
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LAW = os.path.join(ROOT, "policies", "kz-ai-law")
passed = failed = 0

def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL %s%s" % (name, (": " + str(detail)[:600]) if detail != "" else ""))

from lspclient import Server, uri

def pos_of(text, needle, nth=0, delta=0):
    """LSP position (UTF-16) of the nth occurrence of needle, plus delta characters."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(needle, i + 1)
    i += delta
    line = text.count("\n", 0, i)
    col = i - (text.rindex("\n", 0, i) + 1 if line else 0)
    return {"line": line, "character": len(text[i - col:i].encode("utf-16-le")) // 2}

def offset_of_pos(text, pos):
    lines = text.split("\n")
    return sum(len(l) + 1 for l in lines[:pos["line"]]) + pos["character"]   # (BMP text)

def file_with(folder, needle):
    for name in sorted(os.listdir(folder)):
        if name.endswith(".zan") and needle in open(os.path.join(folder, name), encoding="utf-8").read():
            return os.path.join(folder, name)
    raise SystemExit("no file in %s contains %r" % (folder, needle))

def article_title(folder, art, lang):
    text = open(file_with(folder, 'article "%s"' % art), encoding="utf-8").read()
    block = text[text.index('article "%s"' % art):]
    m = re.search(r'^\s*%s "([^"]*)"' % lang, block, re.M)
    return m.group(1)

def text_status(folder, art, lang):
    """The status of an article's text in lang: its own, else the article's, else summary."""
    text = open(file_with(folder, 'article "%s"' % art), encoding="utf-8").read()
    block = text[text.index('article "%s"' % art):]
    nxt = re.search(r'^(article|rule|exception|fact|output|enum|parameter|fn|const|test) ', block[1:], re.M)
    block = block[:nxt.start() + 1] if nxt else block
    m = re.search(r'^\s*%s\s+(?:source\s+"[^"]*"\s+)?status\s+(\w+)' % lang, block, re.M) or \
        re.search(r'^\s*status\s+(\w+)', block, re.M)
    return m.group(1) if m else "summary"

tmp = tempfile.mkdtemp(prefix="zan-lsp-")
try:
    law = os.path.join(tmp, "kz-ai-law")
    shutil.copytree(LAW, law)
    law = os.path.realpath(law)
    prohibited = file_with(law, 'cites "17.3.6"')
    ptext = open(prohibited, encoding="utf-8").read()
    facts = file_with(law, "emotion_consent :")
    ftext = open(facts, encoding="utf-8").read()
    U = uri(prohibited)

    # ---- a whole session in Russian on the bundled law ----
    s = Server(ZAN)
    r = s.request("textDocument/hover", {"textDocument": {"uri": U}, "position": {"line": 0, "character": 0}})
    check("request before initialize", r.get("error", {}).get("code") == -32002, r)
    r = s.initialize(law, locale="ru")
    caps = r.get("result", {}).get("capabilities", {})
    check("initialize: capabilities", caps.get("hoverProvider") and caps.get("renameProvider") and caps.get("textDocumentSync", {}).get("change") == 2, r)
    diags = s.open(prohibited)
    check("didOpen: the law has no errors", diags is not None and not [d for d in diags if d["severity"] == 1], diags)

    # hover on cites "17.3.6" (ru): citation, title and text in Russian
    r = s.request("textDocument/hover", {"textDocument": {"uri": U}, "position": pos_of(ptext, 'cites "17.3.6"', 0, 8)})
    hv = r.get("result", {}).get("contents", {}).get("value", "") if r.get("result") else ""
    check("hover 17.3.6 ru: title", article_title(law, "17.3.6", "ru") in hv, hv)
    check("hover 17.3.6 ru: citation", "статьи 17" in hv, hv)
    check("hover 17.3.6 ru: the ru text's own status", "`ru`: %s ✓" % text_status(law, "17.3.6", "ru") in hv, hv)

    # definition of system.capabilities.emotion_consent (each segment)
    r = s.request("textDocument/definition", {"textDocument": {"uri": U}, "position": pos_of(ptext, "not system.capabilities.emotion_consent", 0, len("not system.capabilities.") + 3)})
    loc = r.get("result") or {}
    want = pos_of(ftext, "emotion_consent :")
    check("definition emotion_consent", loc.get("uri") == uri(facts) and loc.get("range", {}).get("start") == want, (loc, want))
    r = s.request("textDocument/definition", {"textDocument": {"uri": U}, "position": pos_of(ptext, "system.capabilities.emotion_consent", 0, 9)})
    loc = r.get("result") or {}
    check("definition capabilities (a group)", loc.get("uri") == uri(facts) and
          ftext.split("\n")[loc.get("range", {}).get("start", {}).get("line", 0)].strip().startswith("capabilities"), loc)

    # references of the fact: the declaration and every use, uses in texts' placeholders too
    r = s.request("textDocument/references", {"textDocument": {"uri": U}, "position": pos_of(ptext, "emotion_consent", 0, 2), "context": {"includeDeclaration": True}})
    refs = r.get("result") or []
    check("references emotion_consent", len(refs) >= 3 and any(x["uri"] == uri(facts) for x in refs), refs)

    # completion after `system.capabilities.`
    r = s.request("textDocument/completion", {"textDocument": {"uri": U}, "position": pos_of(ptext, "system.capabilities.emotion_consent", 0, len("system.capabilities."))})
    labels = [i["label"] for i in (r.get("result") or {}).get("items", [])]
    check("completion after system.capabilities.", "emotion_consent" in labels and "emotion_recognition" in labels and "system" not in labels, labels[:20])

    # hover on a fact: type, label, question (ru)
    r = s.request("textDocument/hover", {"textDocument": {"uri": U}, "position": pos_of(ptext, "emotion_consent", 0, 2)})
    hv = (r.get("result") or {}).get("contents", {}).get("value", "")
    check("hover fact: type and Russian label", "bool" in hv and "Согласие" in hv, hv)

    # a change that introduces an error (incremental), its quick fix, and one that fixes it
    at = pos_of(ptext, "not system.capabilities.emotion_consent", 0, len("not system.capabilities.emotion_cons"))
    end = dict(at, character=at["character"] + 3)
    s.notify("textDocument/didChange", {"textDocument": {"uri": U, "version": 2}, "contentChanges": [{"range": {"start": at, "end": end}, "text": "nt"}]})
    diags = s.diagnostics(U)
    errs = [d for d in (diags or []) if d["severity"] == 1]
    check("change: the error is reported (ru)", len(errs) == 1 and "emotion_consnt" in errs[0]["message"] and re.search("[а-я]", errs[0]["message"]), diags)
    if errs:
        r = s.request("textDocument/codeAction", {"textDocument": {"uri": U}, "range": errs[0]["range"], "context": {"diagnostics": errs}})
        acts = r.get("result") or []
        edits = acts[0]["edit"]["changes"][U] if acts else []
        check("code action: did you mean", len(acts) == 1 and edits and edits[0]["newText"] == "emotion_consent", acts)
    s.notify("textDocument/didChange", {"textDocument": {"uri": U, "version": 3}, "contentChanges": [{"range": {"start": at, "end": dict(at, character=at["character"] + 2)}, "text": "ent"}]})
    diags = s.diagnostics(U)
    check("change back: no error", diags is not None and not [d for d in diags if d["severity"] == 1], diags)

    # formatting: what `zan fmt` makes of the file (no edit when it is formatted already)
    r = s.request("textDocument/formatting", {"textDocument": {"uri": U}, "options": {"tabSize": 2, "insertSpaces": True}})
    fmt = subprocess.run([ZAN, "fmt", "-"], input=ptext.encode(), stdout=subprocess.PIPE).stdout.decode()
    res = r.get("result")
    check("formatting the law = zan fmt", (res == [] and fmt == ptext) or (len(res or []) == 1 and res[0]["newText"] == fmt), str(r)[:300])

    # rename an output: declaration and every use; a fact without `at` is refused (ru)
    outputs = re.findall(r"^output (\w+)", ptext, re.M)
    out = outputs[0]
    decl_file = prohibited
    r = s.request("textDocument/rename", {"textDocument": {"uri": U}, "position": pos_of(ptext, "output " + out, 0, 8), "newName": out + "_x"})
    ch = (r.get("result") or {}).get("changes", {})
    n_edits = sum(len(v) for v in ch.values())
    n_words = sum(len(re.findall(r"(?<![\w.])%s(?![\w])" % out, open(os.path.join(law, f), encoding="utf-8").read())) for f in os.listdir(law) if f.endswith(".zan"))
    check("rename output: every place", n_edits >= 2 and n_edits <= n_words and all(e["newText"] == out + "_x" for v in ch.values() for e in v), (n_edits, n_words))
    r = s.request("textDocument/rename", {"textDocument": {"uri": U}, "position": pos_of(ptext, "emotion_consent", 0, 2), "newName": "consent"})
    check("rename fact: refused with the reason", r.get("error", {}).get("code") == -32803 and "at" in r["error"]["message"] and re.search("[а-я]", r["error"]["message"]), r)
    r = s.request("textDocument/rename", {"textDocument": {"uri": U}, "position": pos_of(ptext, "output " + out, 0, 8), "newName": "правило"})
    check("rename to a keyword: refused", r.get("error", {}).get("code") == -32803, r)

    # symbols and semantic tokens
    r = s.request("textDocument/documentSymbol", {"textDocument": {"uri": U}})
    names = [x["name"] for x in r.get("result") or []]
    check("document symbols", out in names, names[:10])
    r = s.request("workspace/symbol", {"query": "emotion_cons"})
    check("workspace symbols", any(x["name"].endswith("emotion_consent") for x in r.get("result") or []), r)
    r = s.request("textDocument/semanticTokens/full", {"textDocument": {"uri": U}})
    data = (r.get("result") or {}).get("data", [])
    check("semantic tokens", len(data) > 100 and len(data) % 5 == 0 and 0 in data[3::5] and 5 in data[3::5], data[:20])

    # hover on an output that says how its amounts are shown: the unit in the reader's language
    fines = file_with(law, "output labelling_fine_mrp")
    fitext = open(fines, encoding="utf-8").read()
    s.open(fines)
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri(fines)}, "position": pos_of(fitext, "output labelling_fine_mrp", 0, 10)})
    hv = (r.get("result") or {}).get("contents", {}).get("value", "")
    check("hover output: how it is shown, unit in Russian", "показывается" in hv and "`МРП`" in hv, hv)

    r, rc = s.finish()
    check("shutdown and exit", r.get("result", 1) is None and rc == 0, (r, rc))

    # ---- hover on cites "17.3.6" in Kazakh (initializationOptions.lang overrides the locale) ----
    s = Server(ZAN)
    s.initialize(law, locale="en-US", initializationOptions={"lang": "kk"})
    s.open(prohibited)
    r = s.request("textDocument/hover", {"textDocument": {"uri": U}, "position": pos_of(ptext, 'cites "17.3.6"', 0, 9)})
    hv = (r.get("result") or {}).get("contents", {}).get("value", "")
    check("hover 17.3.6 kk: title", article_title(law, "17.3.6", "kk") in hv, hv)
    check("hover 17.3.6 kk: citation", "17-бап" in hv, hv)
    check("hover 17.3.6 kk: each text's status", "`kk`: %s ✓" % text_status(law, "17.3.6", "kk") in hv and
          "`ru`: %s" % text_status(law, "17.3.6", "ru") in hv, hv)
    r = s.request("textDocument/hover", {"textDocument": {"uri": U}, "position": pos_of(ptext, "\nrule ", 0, 2)})
    check("hover on an English keyword is nothing", r.get("result") is None, r)
    s.finish()

    # ---- a broken copy: a syntax error and an unknown name, then formatting a messy file ----
    broken = os.path.join(tmp, "broken")
    os.mkdir(broken)
    bfile = os.path.join(broken, "loans.zan")
    btext = ('policy loans\n  version "1"\n  subject applicant.id\n\n'
             'fact applicant {\n  id : text\n  age : int\n}\n\n'
             'output eligible : bool default false\n\n'
             'rule adult\n  when applicant.age >= 18\n    then eligible = true\n')
    open(bfile, "w").write(btext)
    s = Server(ZAN)
    s.initialize(broken)
    diags = s.open(bfile)
    check("clean small policy", diags == [] or not [d for d in diags if d["severity"] == 1], diags)
    r = s.request("textDocument/formatting", {"textDocument": {"uri": uri(bfile)}, "options": {"tabSize": 2, "insertSpaces": True}})
    fmt = subprocess.run([ZAN, "fmt", "-"], input=btext.encode(), stdout=subprocess.PIPE).stdout.decode()
    edits = r.get("result") or []
    check("formatting = zan fmt", len(edits) == 1 and edits[0]["newText"] == fmt and fmt != btext, (edits, fmt))
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri(bfile), "version": 2}, "contentChanges": [{"text": btext.replace("then eligible", "then eligble")}]})
    diags = s.diagnostics(uri(bfile))
    check("unknown output reported with its range", diags and diags[0]["severity"] == 1 and diags[0]["code"] == "E_UNKNOWN_OUTPUT_HINT"
          and diags[0]["range"]["start"]["line"] == 13, diags)
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri(bfile), "version": 3}, "contentChanges": [{"text": btext.replace("when applicant.age", "when (applicant.age")}]})
    diags = s.diagnostics(uri(bfile))
    check("syntax error reported", diags and diags[0]["severity"] == 1 and diags[0]["code"].startswith("E_PARSE"), diags)
    r = s.request("textDocument/formatting", {"textDocument": {"uri": uri(bfile)}, "options": {}})
    check("formatting a broken file: an error", r.get("error", {}).get("code") == -32803, r)
    r = s.request("textDocument/completion", {"textDocument": {"uri": uri(bfile)}, "position": pos_of(btext, "    then ", 0, 9)})
    labels = [i["label"] for i in (r.get("result") or {}).get("items", [])]
    check("completion after then: outputs", labels == ["eligible"], labels)
    # a file of the folder written on disk (not open): its error after didChangeWatchedFiles,
    # and cleared once the file is gone
    extra = os.path.join(broken, "extra.zan")
    open(extra, "w").write("output flag : bool default 1\n")
    s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(extra), "type": 1}]})
    diags = s.diagnostics(uri(extra))
    check("a file changed on disk: its error", diags and diags[0]["severity"] == 1, diags)
    os.remove(extra)
    s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri(extra), "type": 3}]})
    diags = s.diagnostics(uri(extra))
    check("a file removed on disk: its diagnostics cleared", diags == [], diags)
    # enum members where one is expected, in a document that is not saved on disk
    enums = os.path.join(broken, "enums.zan")
    etext = ("enum Tier { low < high }\nenum Other { low, odd }\nfact app {\n  tier : Tier\n  many : set of Tier\n}\n"
             "output t : Tier default low\n\nrule r\n  when app.tier = high and app.many contains high\n  then t = high\n")
    diags = s.open(enums, etext)
    check("an unsaved document is checked", diags is not None and [d["code"] for d in diags] == ["W_NO_CITES"], diags)
    for where, delta in (("app.tier = high", 11), ("contains high", 9), ("t = high", 4)):
        r = s.request("textDocument/completion", {"textDocument": {"uri": uri(enums)}, "position": pos_of(etext, where, 0, delta)})
        labels = [i["label"] for i in (r.get("result") or {}).get("items", [])]
        check("completion of Tier's members after " + where[:-5], labels == ["low", "high"], labels)
    s.finish()

    # ---- bad input: LSP errors, never a crash ----
    s = Server(ZAN)
    s.initialize(law)
    def frame(body): return b"Content-Length: %d\r\n\r\n" % len(body) + body
    s.raw(frame(b"{not json"))
    m = s.get()
    check("malformed JSON: parse error", m and m.get("error", {}).get("code") == -32700 and m.get("id") is None, m)
    s.raw(frame(b"[1,2,3]"))
    m = s.get()
    check("not an object: invalid request", m and m.get("error", {}).get("code") == -32600, m)
    s.raw(b"X-Nonsense\r\n\r\n")
    m = s.get()
    check("no Content-Length: an error", m and m.get("error", {}).get("code") == -32700, m)
    r = s.request("zan/nonsense", {})
    check("unknown method", r.get("error", {}).get("code") == -32601, r)
    r = s.request("textDocument/hover", {"textDocument": {"uri": "file:///nowhere/x.zan"}, "position": {"line": 0, "character": 0}})
    check("hover on a document not open", r.get("error", {}).get("code") == -32602, r)
    r = s.request("textDocument/hover", [1, 2])
    check("params not an object", r.get("error", {}).get("code") == -32602, r)
    big = 65 << 20
    s.raw(b"Content-Length: %d\r\n\r\n" % big + b" " * big)
    m = s.get(timeout=60)
    check("a message over 64 MB: an error", m and m.get("error", {}).get("code") == -32600, m)
    huge = os.path.join(broken, "huge.zan")
    diags = s.open(huge, "-- " + "x" * (17 << 20) + "\n")
    check("a huge document: one diagnostic says why", diags and "16" in diags[0]["message"], str(diags)[:300])
    r = s.request("textDocument/hover", {"textDocument": {"uri": uri(huge)}, "position": {"line": 0, "character": 5}})
    check("a huge document: the server goes on", r.get("id") and ("result" in r or "error" in r), r)
    bad_pos = s.request("textDocument/definition", {"textDocument": {"uri": U}, "position": {"line": 999999, "character": -4}})
    check("a position out of range", bad_pos.get("id") and "result" in bad_pos or bad_pos.get("error", {}).get("code") == -32602, bad_pos)
    r, rc = s.finish()
    check("still alive after bad input", r.get("result", 1) is None and rc == 0, (r, rc))

    # exit without shutdown: exit code 1; end of input: the server ends
    s = Server(ZAN)
    s.initialize(law)
    s.notify("exit", None)
    check("exit without shutdown: 1", s.p.wait(timeout=20) == 1)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print("lsp: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
