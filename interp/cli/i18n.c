/* i18n.c — `zan i18n check|export|import|stamp`: what translators need. check lists missing,
 * stale, inconsistent and off-glossary texts; export/import go through gettext PO files;
 * stamp records the source fingerprint in translations that have none. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <sys/stat.h>
#include "cli.h"
#include "../../lang/author/i18n.h"
#include "../../lang/author/po.h"
#include "../../lang/author/rewrite.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/atomic_write.h"
#include "../../lang/base/buf.h"
#include "../../lang/base/utf8.h"

extern const CliVerb cli_verb_i18n;

/* The loaded policy: its files and text blocks. */
typedef struct I18nPolicy {
  const char *path;        /* the folder or file found */
  File      **files;
  int         nfiles;
  I18nText   *texts;
  int         ntexts;
  bool       *own;         /* per file: inside the policy's folder (std modules it imports are not) */
} I18nPolicy;

/* Whether path (symbolic links resolved) lies inside the folder dir (resolved). */
static bool inside_folder(const char *path, const char *dir) {
  char *rp = realpath(path, NULL), *rd = realpath(dir, NULL);
  size_t n = rd ? strlen(rd) : 0;
  bool in = rp && rd && strncmp(rp, rd, n) == 0 && (rp[n] == '/' || (n == 1 && rd[0] == '/'));
  free(rp); free(rd);            /* realpath's own malloc, not the GC's */
  return in;
}

/* Export, import and stamp touch only the policy's own texts: a policy's translator must not
 * change the standard library (shared by every policy; installed, it is not theirs). */
static bool own_text(const I18nPolicy *p, const I18nText *t) {
  for (int f = 0; f < p->nfiles; f++)
    if (p->files[f] == t->file) return p->own[f];
  return false;
}

/* Loads (parse, check) the policy, or a library of modules without a header; prints
 * diagnostics only when there are errors (the checker's warnings about missing languages
 * are what `i18n check` reports itself). */
static int load(const char *spec, const CliEnv *env, I18nPolicy *p) {
  Diags d;
  diags_init(&d, env->lang);
  memset(p, 0, sizeof *p);
  LoadOptions lo = env->load;
  lo.library_ok = true;   /* a library (stdlib/tiers.zan) has texts to translate too */
  p->path = load_find_policy(spec, &lo, &d);
  if (p->path) load_policy_files(spec, &lo, &d, &p->files, &p->nfiles);
  if (!p->path || diags_has_errors(&d)) {
    diags_print(&d, stderr, env->color);
    return ZAN_EXIT_POLICY;
  }
  p->texts = i18n_collect(p->files, p->nfiles, &p->ntexts);
  struct stat st;
  const char *dir = p->path;
  if (stat(p->path, &st) == 0 && !S_ISDIR(st.st_mode)) {
    const char *slash = strrchr(p->path, '/');
    dir = slash ? zan_strndup(p->path, (size_t)(slash - p->path)) : ".";
  }
  p->own = ZAN_NEWN(bool, p->nfiles);
  for (int f = 0; f < p->nfiles; f++) p->own[f] = inside_folder(p->files[f]->src->path, dir);
  return ZAN_EXIT_OK;
}

static bool pick_target_lang(const CliArgs *a, const char *tag, int *out, bool required) {
  if (!tag) tag = cli_opt(a, "lang");
  if (!tag) {
    if (required) { cli_usage_error(a->verb, E_I18N_NO_LANG); return false; }
    *out = -1;
    return true;
  }
  int ok = 0;
  Lang l = lang_parse(tag, &ok);
  if (!ok || (l != LANG_KK && l != LANG_RU && l != LANG_EN)) { cli_usage_error(a->verb, E_I18N_BAD_LANG, tag); return false; }
  *out = l;
  return true;
}

/* A path as shown: relative to the working folder when inside it. */
static const char *shown_path(const char *path) {
  static char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return path;
  size_t n = strlen(cwd);
  if (strncmp(path, cwd, n) == 0 && path[n] == '/') return path + n + 1;
  return path;
}

static void print_at(FILE *out, Loc l, const char *level, const char *text) {
  if (l.src) {
    int line, col;
    source_linecol(l.src, l.start, &line, &col);
    fprintf(out, "%s:%d:%d: %s: %s\n", shown_path(l.src->path), line, col, level, text);
  } else {
    fprintf(out, "%s: %s\n", level, text);
  }
}

/* The folder of the policy (of its file, for a single-file policy). */
static const char *policy_dir(const I18nPolicy *p) {
  struct stat st;
  if (stat(p->path, &st) == 0 && !S_ISDIR(st.st_mode)) {
    const char *slash = strrchr(p->path, '/');
    return slash ? zan_strndup(p->path, (size_t)(slash - p->path)) : ".";
  }
  return p->path;
}

/* The previous source texts (lang/author/i18n.h): i18n-sources.tsv beside the policy. */
static const char *store_path(const I18nPolicy *p) { return zan_sprintf("%s/i18n-sources.tsv", policy_dir(p)); }

static I18nStore *store_load(const I18nPolicy *p) {
  const char *err = NULL, *path = store_path(p);
  I18nStore *s = i18n_store_read(path, &err);
  if (!s) { cli_warning(W_I18N_STORE_READ, path, err ? err : "?"); s = ZAN_NEW(I18nStore); }
  return s;
}

/* Writes the store when it gained texts (a temporary file renamed over it). */
/* ================================================================ check */

static int run_check(const CliArgs *a, const CliEnv *env, const char *spec) {
  int only;
  if (!pick_target_lang(a, NULL, &only, false)) return ZAN_EXIT_USAGE;
  I18nPolicy p;
  int rc = load(spec, env, &p);
  if (rc) return rc;
  I18nCheckOptions o = { NULL, cli_flag(a, "strict"), only };
  Diags d;
  diags_init(&d, env->lang);
  d.max_errors = 1 << 30;
  const char *gpath = cli_opt(a, "glossary");
  if (!gpath) {
    const char *cand = zan_sprintf("%s/glossary.tsv", policy_dir(&p));
    if (access(cand, R_OK) == 0) gpath = cand;
  }
  if (gpath && strcmp(gpath, "none") != 0) {
    const char *why = NULL;
    Source *gs = source_read_file(gpath, &why);
    if (!gs) { cli_error(E_CLI_CANNOT_READ, gpath, why ? why : "?"); return ZAN_EXIT_USAGE; }
    Diags gd;
    diags_init(&gd, env->lang);
    o.glossary = i18n_glossary_parse(gs, &gd);
    if (diags_has_errors(&gd)) { diags_print(&gd, stderr, env->color); return ZAN_EXIT_POLICY; }
  }
  int found = i18n_check(p.texts, p.ntexts, &o, &d);
  for (const Diag *g = d.first; g; g = g->next) {
    print_at(stdout, g->loc, "warning", g->text);
    for (const Diag *n = g->note; n; n = n->note) print_at(stdout, n->loc, "note", n->text);
  }
  if (!cli_flag(a, "quiet"))
    fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_I18N_CHECK_SUMMARY, cli_msg_lang), p.ntexts, spec, found));
  return found ? ZAN_EXIT_FAIL : ZAN_EXIT_OK;
}

/* ================================================================ export */

static int run_export(const CliArgs *a, const CliEnv *env, const char *spec) {
  int l;
  if (!pick_target_lang(a, NULL, &l, true)) return ZAN_EXIT_USAGE;
  I18nPolicy p;
  int rc = load(spec, env, &p);
  if (rc) return rc;
  const char *title = spec;
  for (int f = 0; f < p.nfiles; f++)
    for (int i = 0; i < p.files[f]->decls.n; i++) {
      const Node *n = p.files[f]->decls.items[i];
      if (n->kind == N_POLICY && n->as.policy.name.text)
        title = n->as.policy.version ? zan_sprintf("%s %s", n->as.policy.name.text, n->as.policy.version)
                                     : n->as.policy.name.text;
    }
  /* PO-Revision-Date: now, or SOURCE_DATE_EPOCH for reproducible files */
  time_t now = time(NULL);
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  if (sde && *sde) now = (time_t)strtoll(sde, NULL, 10);
  struct tm tm;
  gmtime_r(&now, &tm);
  char date[32];
  strftime(date, sizeof date, "%Y-%m-%d %H:%M+0000", &tm);

  Buf b;
  buf_init(&b);
  buf_printf(&b, "# Translations of the policy %s into %s (source: an article's official text, else %s).\n"
                 "# Written by zan i18n export; read back by zan i18n import. msgctxt is the text's id.\n",
             title, lang_tag((Lang)l), lang_tag(I18N_SOURCE_LANG));
  const I18nStore *store = store_load(&p);
  PoEntry h;
  memset(&h, 0, sizeof h);
  h.id = "";
  h.str = zan_sprintf("Project-Id-Version: %s\n"
                      "Report-Msgid-Bugs-To: \n"
                      "PO-Revision-Date: %s\n"
                      "Last-Translator: \n"
                      "Language-Team: \n"
                      "Language: %s\n"
                      "MIME-Version: 1.0\n"
                      "Content-Type: text/plain; charset=UTF-8\n"
                      "Content-Transfer-Encoding: 8bit\n"
                      "X-Generator: zan %s\n",
                      title, date, lang_tag((Lang)l), ZAN_VERSION);
  po_write_entry(&b, &h);
  int count = 0, untranslated = 0, fuzzy = 0;
  for (int i = 0; i < p.ntexts; i++) {
    const I18nText *t = &p.texts[i];
    /* official texts and the source itself are not translated */
    if (!i18n_is_translation(t, (Lang)l)) continue;
    const TextItem *src = i18n_source(t), *tr = i18n_item(t, (Lang)l);
    if (!src || !*src->text) continue;   /* nothing to translate from (i18n check reports it) */
    if (!own_text(&p, t)) continue;      /* the standard library's texts are translated there */
    PoEntry e;
    memset(&e, 0, sizeof e);
    int line, col;
    source_linecol(src->loc.src, src->loc.start, &line, &col);
    e.reference = zan_sprintf("%s:%d", shown_path(src->loc.src->path), line);
    e.ctxt = t->id;
    e.id = src->text;
    e.str = tr ? tr->text : "";
    if (tr && tr->fingerprint) {
      char fp[9];
      i18n_fingerprint(src->text, fp);
      e.fuzzy = strcasecmp(fp, tr->fingerprint) != 0;
      if (e.fuzzy) e.previous = i18n_store_get(store, tr->fingerprint);   /* what changed, where known */
    }
    po_write_entry(&b, &e);
    count++;
    untranslated += !tr || !*tr->text;
    fuzzy += e.fuzzy;
  }
  const char *out = cli_opt(a, "output");
  if (out && strcmp(out, "-") != 0) {
    int err = atomic_write_file(out, b.data, b.len);
    if (err) {
      cli_error(E_I18N_WRITE, out, strerror(err));
      return ZAN_EXIT_IO;
    }
  } else {
    cli_flush(&b);
    if (!cli_stdout_ok()) return ZAN_EXIT_IO;   /* said before "written" could be */
  }
  if (!cli_flag(a, "quiet"))
    fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_I18N_EXPORTED, cli_msg_lang), out ? out : "-", count,
                                        untranslated, fuzzy));
  return ZAN_EXIT_OK;
}

/* ================================================================ writing the sources back */

/* Writes every file whose edits change it, and the source-text store when it changed, all
 * or nothing (lang/base/atomic_write.h). Returns the number of .zan files written, or -1
 * after an error (said, with the file). */
static int write_back(I18nPolicy *p, RwEdits *edits, const I18nStore *store) {
  AwFile *w = ZAN_NEWN(AwFile, p->nfiles + 1);
  int n = 0;
  for (int f = 0; f < p->nfiles; f++) {
    if (edits[f].n == 0) continue;
    const Source *s = p->files[f]->src;
    size_t len;
    char *text = rw_apply(&edits[f], &len);
    if (!text) { cli_error(E_CLI_EVAL_ERROR, "internal: overlapping edits"); return -1; }
    if (len == s->len && memcmp(text, s->text, len) == 0) continue;
    w[n++] = (AwFile){ s->path, text, len };
  }
  int zan_files = n;
  if (store && store->changed) {
    const char *text = i18n_store_format(store);
    w[n++] = (AwFile){ store_path(p), text, strlen(text) };
  }
  const char *failed = NULL;
  int err = atomic_write_files(w, n, &failed);
  if (err) {
    cli_error(E_I18N_WRITE_NONE, shown_path(failed), strerror(err));
    return -1;
  }
  return zan_files;
}

static RwEdits *edits_for(I18nPolicy *p) {
  RwEdits *e = ZAN_NEWN(RwEdits, p->nfiles);
  for (int f = 0; f < p->nfiles; f++) rw_init(&e[f], p->files[f]->src, p->files[f]->keyword_set);
  return e;
}
static RwEdits *edits_of(I18nPolicy *p, RwEdits *e, const I18nText *t) {
  for (int f = 0; f < p->nfiles; f++)
    if (p->files[f] == t->file) return &e[f];
  return NULL;
}

/* ================================================================ import */

static int run_import(const CliArgs *a, const CliEnv *env, const char *spec, const char *po_path) {
  const char *why = NULL;
  Source *ps = source_read_file(po_path, &why);
  if (!ps) { cli_error(E_CLI_CANNOT_READ, po_path, why ? why : "?"); return ZAN_EXIT_FACTS; }
  Diags d;
  diags_init(&d, env->lang);
  PoFile *po = po_parse(ps, &d);
  if (!po) { diags_print(&d, stderr, env->color); return ZAN_EXIT_FACTS; }
  if (po->charset && strcasecmp(po->charset, "UTF-8") != 0 && strcasecmp(po->charset, "utf8") != 0) {
    cli_error(E_PO_CHARSET, po->charset);
    return ZAN_EXIT_FACTS;
  }
  const char *tag = cli_opt(a, "lang");
  const char *ptag = po->language ? zan_strndup(po->language, strcspn(po->language, "_-@.")) : NULL;
  if (tag && ptag && strcasecmp(tag, ptag) != 0) cli_warning(W_I18N_PO_LANG, ptag, tag, tag);
  int l;
  if (!pick_target_lang(a, tag ? tag : ptag, &l, true)) return ZAN_EXIT_USAGE;
  I18nPolicy p;
  int rc = load(spec, env, &p);
  if (rc) return rc;
  RwEdits *edits = edits_for(&p);
  /* duplicates first: a PO with one id twice is ambiguous */
  for (int i = 0; i < po->n; i++)
    for (int j = i + 1; j < po->n && po->entries[i].ctxt; j++)
      if (po->entries[j].ctxt && strcmp(po->entries[i].ctxt, po->entries[j].ctxt) == 0)
        diag_report(&d, DIAG_ERROR, po->entries[j].loc, E_PO_DUPLICATE, po->entries[j].ctxt);
  if (diags_has_errors(&d)) { diags_print(&d, stderr, env->color); return ZAN_EXIT_FACTS; }
  int changed = 0, refreshed = 0;
  I18nStore *store = store_load(&p);
  for (int i = 0; i < po->n; i++) {
    const PoEntry *e = &po->entries[i];
    if (!e->ctxt && !*e->id) continue;   /* header */
    if (e->plural) { diag_report(&d, DIAG_WARNING, e->loc, W_PO_PLURAL); continue; }
    if (!e->ctxt) { diag_report(&d, DIAG_WARNING, e->loc, W_I18N_PO_NO_CTXT); continue; }
    const I18nText *t = i18n_find(p.texts, p.ntexts, e->ctxt);
    if (!t) { diag_report(&d, DIAG_WARNING, e->loc, W_I18N_PO_UNKNOWN_ID, e->ctxt); continue; }
    if (!i18n_is_translation(t, (Lang)l)) {
      diag_report(&d, DIAG_WARNING, e->loc, W_I18N_PO_NOT_TRANSLATION, e->ctxt, lang_tag((Lang)l));
      continue;
    }
    if (!*e->str) continue;   /* untranslated: nothing to write (and nothing is deleted) */
    size_t n = strlen(e->str);
    const char *str = utf8_nfc(e->str, n, NULL);
    const TextItem *cur = i18n_item(t, (Lang)l);
    bool text_changed = !cur || strcmp(cur->text, str) != 0;
    /* The fingerprint is that of the msgid: the source text the translator worked from
     * (an older PO gives an older fingerprint, so the text still shows as stale). A fuzzy
     * entry is not confirmed: its text is taken, its fingerprint left as it was. */
    char fp[9];
    i18n_fingerprint(e->id, fp);
    const char *newfp = NULL;
    if (!e->fuzzy) {
      if (text_changed) newfp = fp;
      else if (cur->fingerprint && strcasecmp(cur->fingerprint, fp) != 0) newfp = fp;
    }
    if (!text_changed && !newfp) continue;
    if (!own_text(&p, t)) {   /* an entry that would change it is refused; the rest is not written */
      diag_report(&d, DIAG_ERROR, e->loc, E_I18N_OUTSIDE, e->ctxt, shown_path(t->file->src->path));
      continue;
    }
    RwEdits *ed = edits_of(&p, edits, t);
    if (!ed) continue;
    rw_set_translation(ed, t, (Lang)l, text_changed ? str : NULL, newfp);
    if (newfp) i18n_store_put(store, e->id);   /* the source text behind the fingerprint */
    changed += text_changed;
    refreshed += newfp != NULL;
  }
  diags_print(&d, stderr, env->color);
  if (diags_has_errors(&d)) return ZAN_EXIT_FACTS;   /* all or nothing: no file changed */
  int files = write_back(&p, edits, store);
  if (files < 0) return ZAN_EXIT_IO;
  if (!cli_flag(a, "quiet"))
    fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_I18N_IMPORTED, cli_msg_lang), changed, refreshed, files));
  return ZAN_EXIT_OK;
}

/* ================================================================ stamp */

static int run_stamp(const CliArgs *a, const CliEnv *env, const char *spec) {
  int only;
  if (!pick_target_lang(a, NULL, &only, false)) return ZAN_EXIT_USAGE;
  I18nPolicy p;
  int rc = load(spec, env, &p);
  if (rc) return rc;
  RwEdits *edits = edits_for(&p);
  bool all = cli_flag(a, "all");
  int stamped = 0;
  I18nStore *store = store_load(&p);
  for (int i = 0; i < p.ntexts; i++) {
    const I18nText *t = &p.texts[i];
    const TextItem *src = i18n_source(t);
    if (!src || !own_text(&p, t)) continue;
    char fp[9];
    i18n_fingerprint(src->text, fp);
    for (int l = 0; l < I18N_NLANG; l++) {
      if (!i18n_is_translation(t, (Lang)l) || (only >= 0 && only != l)) continue;
      const TextItem *tr = i18n_item(t, (Lang)l);
      if (!tr) continue;
      /* a stale fingerprint stays (stamping must not hide it), unless --all says the
       * translations were brought up to date by hand */
      if (!tr->fingerprint || (all && strcasecmp(tr->fingerprint, fp) != 0)) {
        rw_set_translation(edits_of(&p, edits, t), t, (Lang)l, NULL, zan_strdup(fp));
        stamped++;
      } else if (strcasecmp(tr->fingerprint, fp) != 0) {
        continue;
      }
      i18n_store_put(store, src->text);   /* kept, to show what changed when it changes */
    }
  }
  int files = write_back(&p, edits, store);
  if (files < 0) return ZAN_EXIT_IO;
  if (!cli_flag(a, "quiet"))
    fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_I18N_STAMPED, cli_msg_lang), stamped, files));
  return ZAN_EXIT_OK;
}

/* ================================================================ the verb */

static int run_i18n(const CliArgs *a, const CliEnv *env0) {
  /* Here --lang names the translation, not the language of messages (which main.c takes from
   * --lang for other verbs): messages follow the locale. */
  CliEnv envl = *env0;
  envl.lang = cli_msg_lang = cli_locale_lang();
  const CliEnv *env = &envl;
  const char *sub = a->pos[0];
  if (!strcmp(sub, "check") || !strcmp(sub, "export") || !strcmp(sub, "stamp")) {
    if (a->npos != 2) return cli_usage_error(a->verb, E_I18N_ARGS, sub, "POLICY");
    if (!strcmp(sub, "check")) return run_check(a, env, a->pos[1]);
    if (!strcmp(sub, "export")) return run_export(a, env, a->pos[1]);
    return run_stamp(a, env, a->pos[1]);
  }
  if (!strcmp(sub, "import")) {
    if (a->npos != 3) return cli_usage_error(a->verb, E_I18N_ARGS, sub, "POLICY FILE.po");
    return run_import(a, env, a->pos[1], a->pos[2]);
  }
  return cli_usage_error(a->verb, E_I18N_SUBCOMMAND, sub);
}

static const CliOpt i18n_opts[] = {
  { "lang",     'l', "kk|ru|en", "the translation language (export: required; import: else the PO's Language)" },
  { "output",   'o', "FILE",  "export: write the PO file here (default: stdout)" },
  { "strict",   0,   NULL,    "check: also report translations that record no fingerprint" },
  { "glossary", 0,   "FILE",  "check: the kk/ru/en term list (default: glossary.tsv beside the policy; 'none': skip)" },
  { "all",      0,   NULL,    "stamp: also refresh stale fingerprints (the translations were updated by hand)" },
  { "quiet",    'q', NULL,    "no summary line on stderr" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_i18n = {
  "i18n", "check|export|import|stamp POLICY [FILE.po] [options]",
  "missing, stale and off-glossary texts; PO export and import",
  "  check POLICY          list every text missing in a language, translated from an older source\n"
  "                        text, whose {placeholders}, numbers, dates or article references differ,\n"
  "                        or that lacks a glossary term the other language uses (file:line:col)\n"
  "  export POLICY --lang kk|ru|en [-o FILE.po]\n"
  "                        a gettext PO file: msgctxt = the text's id, msgid = the source text (an\n"
  "                        article's official text, else the English), msgstr = the translation,\n"
  "                        '#, fuzzy' and '#| msgid' (the previous source) where the source changed;\n"
  "                        official texts are not exported\n"
  "  import POLICY FILE.po write the PO's translations back into the .zan files, nothing else;\n"
  "                        all files or none (a failed write changes nothing)\n"
  "  stamp POLICY [--all]  record the source text's fingerprint (from \"…\") in every translation\n"
  "                        that has none (--all: also replace stale ones); import and stamp keep\n"
  "                        the source texts in i18n-sources.tsv beside the policy\n"
  "Only the policy's own files count: texts of std modules it imports are not exported, not\n"
  "stamped, and an imported entry that would change one is an error.\n"
  "exit: 0 ok (check: clean), 1 check found problems, 2 usage, 3 unreadable or bad PO file\n"
  "      (or an entry for a text outside the policy), 4 policy error, 74 a file or the\n"
  "      output could not be written (import, stamp: no file changed). See docs/i18n.md.\n",
  i18n_opts, 2, 3, run_i18n
};
