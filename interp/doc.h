/* doc.h — `zan doc`: a policy as a static web site for legal engineers (the statute in its
 * order of chapters and articles, each article's texts beside the rules that encode it, the
 * paragraphs no rule encodes, facts, outputs, test coverage). Builds the pages in memory;
 * the caller writes them (interp/cli/doc.c). No JavaScript, no external resources. */
#ifndef ZAN_DOC_H
#define ZAN_DOC_H
#include <stddef.h>
#include "../lang/ast.h"
#include "../lang/ir.h"
#include "../lang/base/messages.h"
#include "testrun.h"

typedef struct DocPage {
  const char *name; /* file name in the site's folder: "index.html", "230-VIII-17.html" */
  const char *data;
  size_t len;
} DocPage;

typedef struct DocSite {
  int n;
  DocPage *pages; /* index.html first, then in a fixed order; names are stable */
} DocSite;

/* The site of p (its parsed files as loaded, tests: testrun_policy's report, NULL: none ran)
 * with its navigation and chrome in lang. Deterministic: the same inputs give the same bytes. */
DocSite *doc_build(const Program *p, File **files, int nfiles, const TestReport *tests, Lang lang);
#endif
