#!/usr/bin/env python3
"""articles.py LANG STATUTE < eval.json — checks the `articles` of `zan eval --explain --format
json --lang LANG` against the law's provenance rules (LAW.md v2, "Provenance"):
  ru  every article of Law 230-VIII named in WANT_OFFICIAL is cited, marked official, with the
      statute as source, and its text occurs in STATUTE (whitespace and '#' marks as one space);
  kk  no text claims to be official except those of Arts. 1, 19 and 20(1), and those of
      1(4), 19 and 20(1), when cited, are (the Kazakh statutory text that was read);
  en  no text claims to be official.
Prints one line per problem; exits 1 when there is one."""
import json, re, sys
WANT_OFFICIAL = ["17.3.1", "17.3.2", "17.3.3", "17.3.4", "17.3.5", "17.3.6", "17.3.7", "17.1",
                 "18.2", "21.2", "23.1", "23.2", "23.3", "23.4", "23.5"]
KK_OFFICIAL = re.compile(r"^(1(\.\d+)*|19(\.\d+)*|20\.1(\.\d+)*)$")
SOURCE = "Закон РК от 17.11.2025 № 230-VIII (ИС «Әділет», Z2500000230)"
def norm(s):
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = re.sub(r"(?m)^#+", " ", s)
    return " ".join(s.split())
lang, statute = sys.argv[1], norm(open(sys.argv[2], encoding="utf-8").read())
arts = json.load(sys.stdin).get("articles", {})
bad = []
if lang == "ru":
    for a in WANT_OFFICIAL:
        x = arts.get(a)
        if x is None: bad.append(f"{a}: not cited"); continue
        if x.get("status") != "official": bad.append(f"{a}: status {x.get('status')}, not official")
        if x.get("source") != SOURCE: bad.append(f"{a}: source {x.get('source')!r}")
        if norm(x.get("text", "")) not in statute: bad.append(f"{a}: text not in the statute")
for a, x in sorted(arts.items()):
    if x.get("status") == "official" and lang == "en":
        bad.append(f"{a}: an English text claims to be official")
    if x.get("status") == "official" and lang == "kk" and not KK_OFFICIAL.match(a):
        bad.append(f"{a}: a Kazakh text claims to be official")
    if lang == "kk" and a in ("1.4", "19", "20.1") and x.get("status") != "official":
        bad.append(f"{a}: the Kazakh statutory text is not marked official")
for b in bad: print(b)
sys.exit(1 if bad else 0)
