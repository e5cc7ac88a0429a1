/* test_render.c — the decision JSON (exact text), the text report, explanations with
 * placeholders, and citations in en, ru and kk. */
#include <check.h>
#include <string.h>
#include "interp/render.h"
#include "lang/ast.h"
#include "lang/base/alloc.h"

/* ---- a small hand-made program: prohibited (union), must_suspend, tier (max) ---- */
typedef struct RP {
  Program *p;
  Type *practice_t, *pset_t, *tier_t;
} RP;

static IrExpr *ex(int op, const Type *t) { IrExpr *e = ZAN_NEW(IrExpr); e->op = (uint8_t)op; e->type = t; return e; }
static IrExpr *kv(Val v, const Type *t) { IrExpr *e = ex(X_CONST, t); e->as.k = v; return e; }
static IrExpr *fx(const Program *p, int slot) { IrExpr *e = ex(X_FACT, p->slots[slot]->type); e->as.index = slot; return e; }

static Texts *texts_en_ru(const char *en, const char *ru) {
  Texts *t = ZAN_NEW(Texts);
  t->n = ru ? 2 : 1;
  t->items = ZAN_NEWN(TextItem, 2);
  t->items[0].lang.text = "en"; t->items[0].text = en;
  if (ru) { t->items[1].lang.text = "ru"; t->items[1].text = ru; }
  return t;
}

static Texts *texts3(const char *en, const char *ru, const char *kk) {
  Texts *t = texts_en_ru(en, ru);
  t->items = zan_realloc(t->items, sizeof(TextItem) * 3);
  t->items[2].lang.text = "kk"; t->items[2].text = kk;
  t->n = 3;
  return t;
}

static EnumType *mk_enum(const char *name, bool ordered, int n, const char **m) {
  EnumType *e = ZAN_NEW(EnumType);
  e->name = name; e->ordered = ordered; e->n = n;
  e->members = ZAN_NEWN(EnumMember, n);
  for (int i = 0; i < n; i++) e->members[i].name = m[i];
  return e;
}

static int add_fact(Program *p, IrFact *group, const char *name, const char *path, const Type *t) {
  IrFact *f = ZAN_NEW(IrFact);
  f->name = f->key = name; f->path = path; f->type = t; f->slot = p->nslots;
  group->children[group->n++] = f;
  p->slots[p->nslots] = f;
  return p->nslots++;
}

static int add_rule(Program *p, const char *name, int o, IrExpr *when, IrExpr *value, bool includes, int art, int fact_read) {
  int ri = p->nrules++;
  IrRule *r = &p->rules[ri];
  r->name = name; r->output = o; r->base = -1; r->when = when; r->value = value; r->includes = includes;
  r->ncites = 1; r->cites = ZAN_NEWN(int, 1); r->cites[0] = art;
  r->nfacts_read = 1; r->facts_read = ZAN_NEWN(int, 1); r->facts_read[0] = fact_read;
  IrOutput *out = &p->outputs[o];
  out->roots[out->nroots++] = ri;
  return ri;
}

static RP mk_program(void) {
  static const char *pr[] = { "social_scoring", "emotion", "manipulation" };
  static const char *tiers[] = { "minimal", "medium", "high" };
  RP rp;
  Program *p = rp.p = ZAN_NEW(Program);
  rp.practice_t = type_enum(mk_enum("Practice", false, 3, pr));
  rp.pset_t = type_set_of(rp.practice_t);
  rp.tier_t = type_enum(mk_enum("Tier", true, 3, tiers));
  p->name = "p"; p->version = "1"; p->nlocals = 1;
  p->facts = ZAN_NEW(IrFact); p->facts->slot = -1; p->facts->children = ZAN_NEWN(IrFact *, 4);
  p->facts->n = 1;
  IrFact *sys = p->facts->children[0] = ZAN_NEW(IrFact);
  sys->name = sys->key = sys->path = "sys"; sys->slot = -1; sys->children = ZAN_NEWN(IrFact *, 8);
  p->slots = ZAN_NEWN(IrFact *, 8);
  int id = add_fact(p, sys, "id", "sys.id", &type_text);
  int sc = add_fact(p, sys, "scoring", "sys.scoring", &type_bool);
  int em = add_fact(p, sys, "emotion", "sys.emotion", &type_bool);
  add_fact(p, sys, "name", "sys.name", &type_text);
  p->subject_slot = id; p->as_of_slot = -1;
  p->articles = ZAN_NEWN(IrArticle, 2);
  p->articles[0].id = "17.3.3"; p->articles[1].id = "17.3.6";
  p->articles[0].title = texts3("Social scoring", "Социальный скоринг", "Әлеуметтік скоринг");
  p->articles[0].text = texts_en_ru("Social scoring is prohibited.", "Социальный скоринг запрещается.");
  p->articles[0].status = ST_SUMMARY;
  p->articles[0].source = "https://example.kz";
  p->articles[0].has_from = true; p->articles[0].from = date_from_ymd(2026, 1, 18);
  p->articles[1].status = ST_OFFICIAL;
  p->narticles = 2;
  p->outputs = ZAN_NEWN(IrOutput, 3);
  p->rules = ZAN_NEWN(IrRule, 4);
  for (int i = 0; i < 3; i++) p->outputs[i].roots = ZAN_NEWN(int, 4);
  p->noutputs = 3;
  IrOutput *o0 = &p->outputs[0], *o1 = &p->outputs[1], *o2 = &p->outputs[2];
  ValSet *empty = ZAN_NEW(ValSet);
  o0->name = "prohibited"; o0->type = rp.pset_t; o0->combine = C_UNION; o0->dflt = kv(val_set(empty), rp.pset_t);
  o1->name = "must_suspend"; o1->type = &type_bool; o1->combine = C_NONE; o1->dflt = kv(val_bool(false), &type_bool);
  o2->name = "tier"; o2->type = rp.tier_t; o2->combine = C_MAX;
  int r0 = add_rule(p, "scoring", 0, fx(p, sc), kv(val_enum(0), rp.practice_t), true, 0, sc);
  p->rules[r0].explain = texts_en_ru("{sys.name} scores people ({sys.scoring}, {sys.emotion}).", "{sys.name} оценивает людей.");
  add_rule(p, "emotion", 0, fx(p, em), kv(val_enum(1), rp.practice_t), true, 1, em);
  IrExpr *ne = ex(X_NE, &type_bool);
  ne->as.bin.l = ex(X_OUTPUT, rp.pset_t); ne->as.bin.l->as.index = 0;
  ne->as.bin.r = kv(val_set(empty), rp.pset_t);
  add_rule(p, "suspend", 1, ne, kv(val_bool(true), &type_bool), false, 0, sc);
  add_rule(p, "hi", 2, fx(p, sc), kv(val_enum(2), rp.tier_t), false, 0, sc);
  return rp;
}

static Val *mk_slots(const Program *p, bool emotion_known) {
  Val *s = ZAN_NEWN(Val, p->nslots);
  s[0] = val_text("kz-1", 4);
  s[1] = val_bool(true);
  s[2] = emotion_known ? val_bool(true) : val_unknown();
  s[3] = val_text("Bot", 3);
  return s;
}

static const char *render(const Program *p, const Val *s, Result *r, bool pretty, bool explain, Lang lang) {
  RenderOptions o = { pretty, explain, lang, NULL };
  Buf b; buf_init(&b);
  render_json(p, s, r, &o, &b);
  return buf_cstr(&b);
}

START_TEST(json_exact) {
  RP rp = mk_program();
  Val *s = mk_slots(rp.p, false);
  Result *r = eval_program(rp.p, s, date_from_ymd(2026, 3, 1), 0, LANG_EN);
  ck_assert_ptr_null(r->error);
  ck_assert_str_eq(render(rp.p, s, r, false, false, LANG_EN),
    "{\"policy\":\"p\",\"policy_version\":\"1\",\"as_of\":\"2026-03-01\",\"subject\":\"kz-1\","
    "\"decisions\":{\"prohibited\":null,\"must_suspend\":true,\"tier\":\"high\"},"
    "\"undetermined\":{\"prohibited\":{\"needs\":[\"sys.emotion\"],\"at_least\":[\"social_scoring\"]}}}");
  /* all known: a set sorted by member name, nothing undetermined */
  s = mk_slots(rp.p, true);
  r = eval_program(rp.p, s, date_from_ymd(2026, 3, 1), 0, LANG_EN);
  ck_assert_str_eq(render(rp.p, s, r, false, false, LANG_EN),
    "{\"policy\":\"p\",\"policy_version\":\"1\",\"as_of\":\"2026-03-01\",\"subject\":\"kz-1\","
    "\"decisions\":{\"prohibited\":[\"emotion\",\"social_scoring\"],\"must_suspend\":true,\"tier\":\"high\"},"
    "\"undetermined\":{}}");
}
END_TEST

START_TEST(json_pretty) {
  RP rp = mk_program();
  Val *s = mk_slots(rp.p, true);
  Result *r = eval_program(rp.p, s, date_from_ymd(2026, 3, 1), 0, LANG_EN);
  ck_assert_str_eq(render(rp.p, s, r, true, false, LANG_EN),
    "{\n"
    "  \"policy\": \"p\",\n"
    "  \"policy_version\": \"1\",\n"
    "  \"as_of\": \"2026-03-01\",\n"
    "  \"subject\": \"kz-1\",\n"
    "  \"decisions\": {\n"
    "    \"prohibited\": [\n"
    "      \"emotion\",\n"
    "      \"social_scoring\"\n"
    "    ],\n"
    "    \"must_suspend\": true,\n"
    "    \"tier\": \"high\"\n"
    "  },\n"
    "  \"undetermined\": {}\n"
    "}");
}
END_TEST

START_TEST(json_explanation) {
  RP rp = mk_program();
  Val *s = mk_slots(rp.p, false);
  Result *r = eval_program(rp.p, s, date_from_ymd(2026, 3, 1), EVAL_TRACE, LANG_EN);
  const char *j = render(rp.p, s, r, false, true, LANG_EN);
  /* applied and may-apply rules, what each gives, its facts (null: unknown), bools in text as yes/no */
  ck_assert_ptr_nonnull(strstr(j,
    ",\"explanation\":{\"prohibited\":[{\"rule\":\"scoring\",\"status\":\"applied\",\"value\":[\"social_scoring\"],"
    "\"cites\":[\"17.3.3\"],\"citation\":\"Article 17(3)(3)\",\"text\":\"Bot scores people (yes, [sys.emotion: unknown]).\","
    "\"facts\":{\"sys.scoring\":true}},"
    "{\"rule\":\"emotion\",\"status\":\"may_apply\",\"value\":[\"emotion\"],\"cites\":[\"17.3.6\"],"
    "\"citation\":\"Article 17(3)(6)\",\"facts\":{\"sys.emotion\":null}}],"));
  /* a rule reading another output names it with its value (null: undetermined) */
  ck_assert_ptr_nonnull(strstr(j, "{\"rule\":\"suspend\",\"status\":\"applied\",\"value\":true,"));
  ck_assert_ptr_nonnull(strstr(j, "\"facts\":{\"sys.scoring\":true},\"outputs\":{\"prohibited\":null}}"));
  /* every cited article once, with its citation, texts and status */
  ck_assert_ptr_nonnull(strstr(j, ",\"articles\":{\"17.3.3\":{\"citation\":\"Article 17(3)(3)\",\"title\":\"Social scoring\","
                                  "\"text\":\"Social scoring is prohibited.\",\"status\":\"summary\",\"source\":\"https://example.kz\","
                                  "\"in_force_from\":\"2026-01-18\"},\"17.3.6\":{"));
  j = render(rp.p, s, r, false, true, LANG_RU);
  ck_assert_ptr_nonnull(strstr(j, "\"citation\":\"подпункт 3) пункта 3 статьи 17\",\"text\":\"Bot оценивает людей.\""));
  ck_assert_ptr_nonnull(strstr(j, "\"title\":\"Социальный скоринг\""));
  j = render(rp.p, s, r, false, true, LANG_KK_LATN);
  ck_assert_ptr_nonnull(strstr(j, "\"citation\":\"17-baptyń 3-tarmaǵynyń 3) tarmaqshasy\""));
  ck_assert_ptr_nonnull(strstr(j, "\"title\":\"Áleýmettik skorıng\""));
  /* without --explain: no explanation, no articles */
  j = render(rp.p, s, r, false, false, LANG_EN);
  ck_assert_ptr_null(strstr(j, "explanation"));
  ck_assert_ptr_null(strstr(j, "articles"));
}
END_TEST

static const char *report(const RP *rp, const Val *s, const Result *r, bool explain, Lang lang) {
  RenderOptions o = { false, explain, lang, NULL };
  Buf b; buf_init(&b);
  render_text(rp->p, s, r, &o, &b);
  return buf_cstr(&b);
}

START_TEST(text_report) {
  RP rp = mk_program();
  Val *s = mk_slots(rp.p, false);
  Result *r = eval_program(rp.p, s, date_from_ymd(2026, 3, 1), EVAL_TRACE, LANG_EN);
  const char *t = report(&rp, s, r, false, LANG_EN);
  ck_assert_str_eq(t,
    "p\n"
    "=\n"
    "id:      kz-1\n"
    "name:    Bot\n"
    "As of:   2026-03-01\n"
    "Policy:  p, version 1\n"
    "\n"
    "DECISIONS\n"
    "  must_suspend  yes — Article 17(3)(3)\n"
    "  tier          high — Article 17(3)(3)\n"
    "\n"
    "PROHIBITED\n"
    "  • social_scoring — Article 17(3)(3)\n"
    "  • emotion (possibly) — Article 17(3)(6)\n"
    "  undetermined (see below)\n"
    "\n"
    "UNDETERMINED — FACTS THAT WOULD SETTLE THEM\n"
    "  prohibited\n"
    "    • sys.emotion\n");
  /* --explain: each rule with its status, articles, text and facts */
  t = report(&rp, s, r, true, LANG_EN);
  ck_assert_ptr_nonnull(strstr(t, "  • social_scoring — Article 17(3)(3)\n"
                                  "    + scoring (applied) — Article 17(3)(3)\n"
                                  "      Bot scores people (yes, [sys.emotion: unknown]).\n"
                                  "      facts: sys.scoring = yes\n"
                                  "      § Article 17(3)(3) «Social scoring» [summary, not the law's words; in\n"
                                  "        force from 2026-01-18]\n"));
  ck_assert_ptr_nonnull(strstr(t, "    ? emotion (may apply) — Article 17(3)(6)\n"));
  ck_assert_ptr_nonnull(strstr(t, "facts: sys.scoring = yes; prohibited = unknown\n"));
  /* Russian headings and citations */
  t = report(&rp, s, r, false, LANG_RU);
  ck_assert_ptr_nonnull(strstr(t, "РЕШЕНИЯ\n  must_suspend  да — подпункт 3) пункта 3 статьи 17\n"));
  ck_assert_ptr_nonnull(strstr(t, "  • emotion (возможно) — подпункт 6) пункта 3 статьи 17\n"));
  t = report(&rp, s, r, false, LANG_KK_LATN);
  ck_assert_ptr_nonnull(strstr(t, "SHESHIMDER\n  must_suspend  ıá — 17-baptyń 3-tarmaǵynyń 3) tarmaqshasy\n"));
}
END_TEST

/* Long labels wrap inside their column; no line is wider than 80 columns, counting Cyrillic
 * letters as one column each. */
START_TEST(text_report_wraps_at_80) {
  RP rp = mk_program();
  rp.p->outputs[2].label = texts_en_ru("x", "Степень риска системы искусственного интеллекта по последствиям сбоя или прекращения её работы");
  rp.p->title = texts_en_ru("t", "Закон Республики Казахстан от 17 ноября 2025 года № 230-VIII ЗРК «Об искусственном интеллекте»");
  Val *s = mk_slots(rp.p, true);
  Result *r = eval_program(rp.p, s, date_from_ymd(2026, 3, 1), EVAL_TRACE, LANG_EN);
  const char *t = report(&rp, s, r, true, LANG_RU);
  int col = 0, widest = 0;
  for (const unsigned char *c = (const unsigned char *)t; *c; c++) {
    if (*c == '\n') { col = 0; continue; }
    if ((*c & 0xC0) != 0x80) col++;
    if (col > widest) widest = col;
  }
  ck_assert_int_le(widest, 80);
  ck_assert_int_ge(widest, 60);
  ck_assert_ptr_nonnull(strstr(t, "Закон Республики Казахстан от 17 ноября 2025 года № 230-VIII ЗРК «Об\n"
                                  "искусственном интеллекте»\n"));
  ck_assert_ptr_nonnull(strstr(t, "  Степень риска системы               high — подпункт 3) пункта 3 статьи 17\n"
                                  "  искусственного интеллекта по\n"));
}
END_TEST

START_TEST(json_error_and_escapes) {
  RP rp = mk_program();
  rp.p->name = "a\"b\\c\n";
  Val *s = mk_slots(rp.p, true);
  Result r = {0};
  r.as_of = date_from_ymd(2026, 1, 2);
  r.subject = val_unknown();
  EvalError e = { 5, {0}, {0}, "boom" };
  r.error = &e;
  ck_assert_str_eq(render(rp.p, s, &r, false, false, LANG_EN),
    "{\"policy\":\"a\\\"b\\\\c\\n\",\"policy_version\":\"1\",\"as_of\":\"2026-01-02\",\"subject\":null,\"error\":\"boom\"}");
}
END_TEST

START_TEST(citations) {
  /* the law's own articles: 1, 2 and 3 levels, in each language's legal form */
  ck_assert_str_eq(cite_format("17.3.6", LANG_EN), "Article 17(3)(6)");
  ck_assert_str_eq(cite_format("17.3.6", LANG_RU), "подпункт 6) пункта 3 статьи 17");
  ck_assert_str_eq(cite_format("17.3.6", LANG_KK), "17-баптың 3-тармағының 6) тармақшасы");
  ck_assert_str_eq(cite_format("17.3.6", LANG_KK_LATN), "17-baptyń 3-tarmaǵynyń 6) tarmaqshasy");
  ck_assert_str_eq(cite_format("17.1", LANG_EN), "Article 17(1)");
  ck_assert_str_eq(cite_format("17.1", LANG_RU), "пункт 1 статьи 17");
  ck_assert_str_eq(cite_format("17.1", LANG_KK), "17-баптың 1-тармағы");
  ck_assert_str_eq(cite_format("17.1", LANG_KK_LATN), "17-baptyń 1-tarmaǵy");
  ck_assert_str_eq(cite_format("17", LANG_EN), "Article 17");
  ck_assert_str_eq(cite_format("17", LANG_RU), "статья 17");
  ck_assert_str_eq(cite_format("17", LANG_KK), "17-бап");
  ck_assert_str_eq(cite_format("17", LANG_KK_LATN), "17-bap");
  /* other acts: the act's name in each language, at each level */
  ck_assert_str_eq(cite_format("koap:641-1", LANG_EN), "Article 641-1 of the Code of Administrative Offences");
  ck_assert_str_eq(cite_format("koap:641-1", LANG_RU), "статья 641-1 КоАП РК");
  ck_assert_str_eq(cite_format("koap:641-1", LANG_KK), "ӘҚБтК-нің 641-1-бабы");
  ck_assert_str_eq(cite_format("koap:641-1", LANG_KK_LATN), "ÁQBtK-niń 641-1-baby");
  ck_assert_str_eq(cite_format("koap:641-1.2", LANG_EN), "Article 641-1(2) of the Code of Administrative Offences");
  ck_assert_str_eq(cite_format("koap:641-1.2", LANG_RU), "пункт 2 статьи 641-1 КоАП РК");
  ck_assert_str_eq(cite_format("koap:641-1.2", LANG_KK), "ӘҚБтК-нің 641-1-бабының 2-тармағы");
  ck_assert_str_eq(cite_format("koap:641-1.2.3", LANG_RU), "подпункт 3) пункта 2 статьи 641-1 КоАП РК");
  ck_assert_str_eq(cite_format("koap:641-1.2.3", LANG_KK), "ӘҚБтК-нің 641-1-бабының 2-тармағының 3) тармақшасы");
  ck_assert_str_eq(cite_format("dc:12", LANG_EN), "Article 12 of the Digital Code");
  ck_assert_str_eq(cite_format("dc:12", LANG_RU), "статья 12 Цифрового кодекса РК");
  ck_assert_str_eq(cite_format("dc:12", LANG_KK), "ҚР Цифрлық кодексінің 12-бабы");
  /* an id with no article number: the act by name */
  ck_assert_str_eq(cite_format("dc:human-review", LANG_EN), "Digital Code of the Republic of Kazakhstan");
  ck_assert_str_eq(cite_format("dc:human-review", LANG_RU), "Цифровой кодекс Республики Казахстан");
  ck_assert_str_eq(cite_format("budget:mrp-2026", LANG_KK), "Республикалық бюджет туралы заң");
  /* what cannot be worded is cited as written */
  ck_assert_str_eq(cite_format("xyz:12", LANG_EN), "xyz:12");
  ck_assert_str_eq(cite_format("1.2.3.4", LANG_EN), "1.2.3.4");
  ck_assert_str_eq(cite_format("1..2", LANG_RU), "1..2");
  ck_assert_str_eq(cite_format("preamble", LANG_RU), "preamble");
  ck_assert_str_eq(cite_format("", LANG_EN), "");
  ck_assert_str_eq(cite_format(NULL, LANG_EN), "");
}
END_TEST

START_TEST(texts_picking) {
  Texts *t = texts_en_ru("hello", "привет");
  ck_assert_str_eq(texts_pick(t, LANG_RU), "привет");
  ck_assert_str_eq(texts_pick(t, LANG_EN), "hello");
  ck_assert_str_eq(texts_pick(t, LANG_KK), "hello");      /* falls back to en */
  t->items[0].lang.text = "kk";
  ck_assert_str_eq(texts_pick(t, LANG_EN), "привет");     /* then ru */
  ck_assert_ptr_null(texts_pick(NULL, LANG_EN));
  /* kk-Latn: the kk text transliterated; without a kk text, the fallback as is */
  Texts *k = texts_en_ru("hello", "сәлем");
  k->items[1].lang.text = "kk";
  ck_assert_str_eq(texts_pick(k, LANG_KK_LATN), "sálem");
  ck_assert_str_eq(texts_pick(texts_en_ru("hello", "привет"), LANG_KK_LATN), "hello");
}
END_TEST

Suite *suite_render(void) {
  Suite *s = suite_create("render");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, json_exact);
  tcase_add_test(tc, json_pretty);
  tcase_add_test(tc, json_explanation);
  tcase_add_test(tc, text_report);
  tcase_add_test(tc, text_report_wraps_at_80);
  tcase_add_test(tc, json_error_and_escapes);
  tcase_add_test(tc, citations);
  tcase_add_test(tc, texts_picking);
  suite_add_tcase(s, tc);
  return s;
}
