#!/usr/bin/env python3
"""check_site.py DIR [--three-languages] — checks a site written by `zan doc` (tests/doc/run.sh).

Every .html page: well-formed (python3's html.parser with strict checks of our own: every
element closed in order, void elements never closed, no duplicate id, attributes quoted
values only, no stray '<' or '&' left unescaped in text), no <script>, no style or
resource fetched from elsewhere (stylesheets, images, frames: local files only). Every
internal link and anchor resolves (file and id). Each article section has one text column
per language kk, ru, en — with --three-languages each must hold text, not the "no text"
mark. Every statute paragraph carries exactly one coverage class and badge.
Prints one line per statute paragraph, `COVER FILE ID CLASS`, for the runner to compare;
problems as `BAD …` lines; exit 1 when there are any.
"""
import html.parser
import os
import re
import sys
from urllib.parse import unquote, urlsplit

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
bad = []


class Page(html.parser.HTMLParser):
    def __init__(self, name):
        super().__init__(convert_charrefs=False)
        self.name = name
        self.stack = []
        self.ids = set()
        self.links = []          # (href, line)
        self.sections = []       # article sections: [id, {lang: (classes, text)}]
        self.col = None          # the text column being read: [lang, classes, text]
        self.col_depth = 0
        self.statute = []        # [id, classes, badge classes]
        self.li = None
        self.doctype = False

    def err(self, msg):
        bad.append("%s:%d: %s" % (self.name, self.getpos()[0], msg))

    def handle_decl(self, decl):
        if decl.lower() == "doctype html":
            self.doctype = True

    def handle_starttag(self, tag, attrs):
        a = {}
        for k, v in attrs:
            if v is None and k not in ("hidden",):
                self.err("attribute %s without a value on <%s>" % (k, tag))
            if k in a:
                self.err("attribute %s twice on <%s>" % (k, tag))
            a[k] = v or ""
        if tag == "script":
            self.err("a <script> element")
        for k in ("src", "srcset", "data"):
            if k in a and re.match(r"^[a-z]+:", a[k]):
                self.err("a resource from elsewhere: %s" % a[k])
        if tag == "link" and re.match(r"^[a-z]+:|^//", a.get("href", "")):
            self.err("a stylesheet or link from elsewhere: %s" % a["href"])
        if "style" in a and "url(" in a["style"]:
            self.err("a url() in a style attribute")
        if "id" in a:
            if a["id"] in self.ids:
                self.err("duplicate id %s" % a["id"])
            self.ids.add(a["id"])
        if "href" in a and tag == "a":
            self.links.append((a["href"], self.getpos()[0]))
        if tag == "link" and a.get("rel") == "stylesheet":
            self.links.append((a["href"], self.getpos()[0]))
        cls = a.get("class", "").split()
        if tag == "section" and "article" in cls:
            self.sections.append([a.get("id"), {}])
        if tag == "div" and "text" in cls and self.sections:
            self.col = [a.get("lang"), cls, ""]
            self.col_depth = len(self.stack)
        in_statute = self.stack and self.stack[-1][0] == "ol" and "statute" in self.stack[-1][1]
        if tag == "li" and in_statute:
            self.li = [a.get("id"), [c for c in cls if c.startswith("cov-")], []]
        if tag == "span" and self.li is not None and "badge" in cls:
            self.li[2].extend(c for c in cls if c.startswith("cov-"))
        if tag not in VOID:
            self.stack.append((tag, cls))

    def handle_startendtag(self, tag, attrs):
        if tag not in VOID:
            self.err("<%s/> is not a void element" % tag)
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            self.err("</%s> closes a void element" % tag)
            return
        if not self.stack or self.stack[-1][0] != tag:
            top = self.stack[-1][0] if self.stack else "none"
            self.err("</%s> but the open element is <%s>" % (tag, top))
            return
        self.stack.pop()
        if self.col is not None and len(self.stack) == self.col_depth:
            lang, cls, text = self.col
            self.sections[-1][1][lang] = (cls, text.strip())
            self.col = None
        if tag == "li" and self.li is not None:
            self.statute.append(self.li)
            self.li = None

    def handle_data(self, data):
        if "<" in data:
            self.err("an unescaped '<' in text: %r" % data[:40])
        if self.col is not None:
            self.col[2] += data

    def handle_entityref(self, name):
        if name not in ("amp", "lt", "gt", "quot", "nbsp"):
            self.err("unknown entity &%s;" % name)
        if self.col is not None:
            self.col[2] += "&"

    def handle_charref(self, name):
        if self.col is not None:
            self.col[2] += "&"


def main():
    args = sys.argv[1:]
    three = "--three-languages" in args
    site = [x for x in args if not x.startswith("--")][0]
    pages = {}
    for name in sorted(os.listdir(site)):
        if not name.endswith(".html"):
            continue
        text = open(os.path.join(site, name), encoding="utf-8").read()
        for m in re.finditer(r"&(?![a-zA-Z]+;|#[0-9]+;|#x[0-9a-fA-F]+;)", text):
            bad.append("%s: an unescaped '&' at offset %d" % (name, m.start()))
        p = Page(name)
        p.feed(text)
        p.close()
        if p.stack:
            p.err("elements left open: %s" % " ".join(t for t, _ in p.stack))
        if not p.doctype:
            p.err("no <!DOCTYPE html>")
        pages[name] = p
    if "index.html" not in pages:
        bad.append("no index.html")
    links = 0
    for name, p in sorted(pages.items()):
        for href, line in p.links:
            u = urlsplit(href)
            if u.scheme or u.netloc:
                continue                       # a source's web address: a link, not a resource
            target = unquote(u.path) or name
            links += 1
            if not os.path.isfile(os.path.join(site, target)):
                bad.append("%s:%d: link to a missing file: %s" % (name, line, href))
                continue
            if u.fragment and (target not in pages or unquote(u.fragment) not in pages[target].ids):
                bad.append("%s:%d: link to a missing anchor: %s" % (name, line, href))
        for sid, cols in p.sections:
            for lang in ("kk", "ru", "en"):
                if lang not in cols:
                    bad.append("%s: article %s has no %s column" % (name, sid, lang))
                elif not cols[lang][1]:
                    bad.append("%s: article %s: the %s column is empty" % (name, sid, lang))
                elif three and "missing" in cols[lang][0]:
                    bad.append("%s: article %s has no %s text" % (name, sid, lang))
        for lid, cls, badge in p.statute:
            if len(cls) != 1 or badge != cls:
                bad.append("%s: paragraph %s: coverage %s, badge %s" % (name, lid, cls, badge))
            print("COVER %s %s %s" % (name, lid, " ".join(cls)))
    nsections = sum(len(p.sections) for p in pages.values())
    print("PAGES %d LINKS %d ARTICLES %d" % (len(pages), links, nsections))
    for b in bad:
        print("BAD " + b)
    sys.exit(1 if bad else 0)


main()
