/* doc.c — `zan doc POLICY -o DIR`: the policy as a static web site (interp/doc.h builds the
 * pages after running the policy's tests; this verb reads the command line and writes them,
 * all or nothing, into DIR). */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"
#include "../doc.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/atomic_write.h"

static int run_doc(const CliArgs *a, const CliEnv *env) {
  int usage = ZAN_EXIT_OK;
  const char *dir = cli_opt(a, "output");
  if (!dir || !*dir) usage = cli_usage_error(a->verb, E_DOC_NO_DIR);
  Lang lang;
  if (!usage && !cli_pick_lang(a, env, &lang)) usage = ZAN_EXIT_USAGE;
  if (usage) return usage;
  CliEnv lib = *env;
  lib.load.library_ok = true; /* the standard library has no header: a site all the same */
  File **files = NULL;
  int nfiles = 0;
  Program *p = cli_load_policy(a->pos[0], &lib, &files, &nfiles);
  if (!p) return ZAN_EXIT_POLICY;
  TestRunOptions o = { .lang = lang };
  (void)cli_today(
      &o.today); /* a malformed ZAN_TODAY: tests fall back to the clock, as in zan test */
  TestReport *tests = testrun_policy(p, &o);
  DocSite *site = doc_build(p, files, nfiles, tests, lang);

  struct stat st;
  if (stat(dir, &st) == 0) {
    if (!S_ISDIR(st.st_mode)) {
      cli_error(E_DOC_NOT_DIR, dir);
      return ZAN_EXIT_IO;
    }
  } else if (mkdir(dir, 0777) != 0) {
    cli_error(E_DOC_MKDIR, dir, strerror(errno));
    return ZAN_EXIT_IO;
  }
  size_t dl = strlen(dir);
  while (dl > 1 && dir[dl - 1] == '/') dl--;
  AwFile *files_out = ZAN_NEWN(AwFile, site->n + 1);
  for (int i = 0; i < site->n; i++) {
    files_out[i].path = zan_sprintf("%.*s/%s", (int)dl, dir, site->pages[i].name);
    files_out[i].data = site->pages[i].data;
    files_out[i].len = site->pages[i].len;
  }
  const char *failed = NULL;
  int err = atomic_write_files(files_out, site->n, &failed);
  if (err) {
    cli_error(E_DOC_WRITE, failed ? failed : dir, strerror(err));
    return ZAN_EXIT_IO;
  }
  return ZAN_EXIT_OK;
}

static const CliOpt doc_opts[] = {
  { "output", 'o', "DIR",
    "the folder to write the site into (made when missing; its pages are replaced)" },
  { "lang", 0, "LANG",
    "kk, kk-Latn, ru or en: the site's navigation and headings, and the policy's labels (default "
    "from LC_ALL/LANG)" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_doc = {
  "doc",
  "POLICY -o DIR",
  "the policy as a static web site: the law beside its rules, coverage, facts, outputs, tests",
  "Writes DIR/index.html and the pages it links: the statute (from the policy header's\n"
  "`statute` files) by chapters and articles, with how many of each article's paragraphs rules\n"
  "encode; a page per statute article (or other act) with each article's texts in kk, ru and en\n"
  "side by side, each text's status and source, the rules and parameters that cite it (their\n"
  "source highlighted, names linked) and the statute's paragraphs, those no rule encodes marked;\n"
  "pages of rules, facts, outputs and test coverage (the policy's tests are run for it). Plain\n"
  "HTML and one local stylesheet: no JavaScript, nothing fetched, printable. File names and\n"
  "bytes are the same for the same policy and language.\n"
  "exit: 0 written, 2 usage, 4 policy error, 74 the folder or a page could not be written.\n",
  doc_opts,
  1,
  1,
  run_doc
};
