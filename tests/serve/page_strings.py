#!/usr/bin/env python3
"""page_strings.py STRINGS_JS PAGE_DIR — checks the interview page's words as `zan serve` serves
them (strings.js, made from lang/base/messages/page.def): the four languages the page offers,
the same keys in each, every key the page uses (data-t="…" in index.html, t("…") in app.js,
the article statuses) present, no text empty, the kk-Latn texts free of Cyrillic and the ru
and kk ones not English. Prints one "ok NAME" or "FAIL NAME: why" line per check."""
import json, re, sys

js, page = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
m = re.search(r"const UI = (\{.*\});\s*$", js, re.S)
ui = json.loads(m.group(1)) if m else {}
used = set(re.findall(r'data-t="([a-z_]+)"', open(page + "/index.html", encoding="utf-8").read()))
app = open(page + "/app.js", encoding="utf-8").read()
used |= set(re.findall(r'\bt\("([a-z_]+)"\)', app))
used |= {"official", "unofficial_translation", "summary"}        # t(status) of an article

def check(name, good, why):
    print(f"ok {name}" if good else f"FAIL {name}: {why}")

check("strings.js defines UI", bool(ui), js[:200])
check("four languages", sorted(ui) == ["en", "kk", "kk-Latn", "ru"], sorted(ui))
keys = set(ui.get("en", {}))
for lang, words in ui.items():
    check(f"{lang}: same keys as en", set(words) == keys, sorted(set(words) ^ keys))
    check(f"{lang}: every key the page uses", used <= set(words), sorted(used - set(words)))
    check(f"{lang}: no empty text", all(w.strip() for w in words.values()),
          [k for k, w in words.items() if not w.strip()])
cyr = re.compile("[\u0400-\u04ff]")
latn = ui.get("kk-Latn", {})
check("kk-Latn: Latin only", not any(cyr.search(w) for w in latn.values()),
      [w for w in latn.values() if cyr.search(w)])
for lang in ("ru", "kk"):
    same = [k for k, w in ui.get(lang, {}).items() if w == ui["en"][k]]
    check(f"{lang}: translated", not same, same)
