/* test_facts.c — the fact readers (JSON, YAML), the canonical printer and the JSON Schema,
 * against a hand-built fact schema: each type accepted and rejected, with exact messages. */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/decimal.h"
#include "lang/base/date.h"
#include "lang/ast.h"
#include "interp/facts.h"
#include "interp/schema.h"

/* ---- the schema ----
 * fact assessment_date : date
 * fact system {
 *   id : text;  documentation : bool;  users : int;  revenue : decimal
 *   human_role : Role;  practices : set of Practice;  tags : list of text
 *   capabilities { social_scoring : bool }
 *   renamed : bool at "re-named"
 * }                                                                         */
enum { S_DATE, S_ID, S_DOC, S_USERS, S_REV, S_ROLE, S_PRACT, S_TAGS, S_SOCIAL, S_RENAMED, NSLOTS };

static EnumType role_enum, practice_enum;
static EnumMember role_members[3], practice_members[3];
static int role_rank[3] = { 0, 1, 2 }, practice_rank[3] = { 0, 1, 2 };
static Program prog;
static IrFact *slot_facts[NSLOTS];
static Texts label_date, ask_role;
static TextItem label_items[3], ask_items[1];

static IrFact *mk_leaf(const char *name, const char *key, const char *path, const Type *t, int slot) {
  IrFact *f = ZAN_NEW(IrFact);
  f->name = name; f->key = key; f->path = path; f->type = t; f->slot = slot;
  slot_facts[slot] = f;
  return f;
}
static IrFact *mk_group(const char *name, const char *path, int n, IrFact **kids) {
  IrFact *f = ZAN_NEW(IrFact);
  f->name = name; f->key = name; f->path = path; f->slot = -1; f->n = n;
  f->children = ZAN_NEWN(IrFact *, n);
  memcpy(f->children, kids, sizeof(IrFact *) * n);
  return f;
}

static void setup_schema(void) {
  static const char *roles[] = { "human_in_loop", "human_on_loop", "none" };
  static const char *practices[] = { "biometric", "emotion", "social_scoring" };
  for (int i = 0; i < 3; i++) { role_members[i].name = roles[i]; practice_members[i].name = practices[i]; }
  role_enum = (EnumType){ .name = "Role", .n = 3, .members = role_members, .name_rank = role_rank };
  practice_enum = (EnumType){ .name = "Practice", .n = 3, .members = practice_members, .name_rank = practice_rank };
  label_items[0] = (TextItem){ .lang = { "kk", {0} }, .text = "Бағалау күні" };
  label_items[1] = (TextItem){ .lang = { "ru", {0} }, .text = "Дата оценки" };
  label_items[2] = (TextItem){ .lang = { "en", {0} }, .text = "Assessment date" };
  label_date = (Texts){ .n = 3, .items = label_items };
  ask_items[0] = (TextItem){ .lang = { "en", {0} }, .text = "Who makes the \"final\" decision?" };
  ask_role = (Texts){ .n = 1, .items = ask_items };

  IrFact *caps = mk_group("capabilities", "system.capabilities", 1,
                          (IrFact *[]){ mk_leaf("social_scoring", "social_scoring", "system.capabilities.social_scoring", &type_bool, S_SOCIAL) });
  IrFact *role = mk_leaf("human_role", "human_role", "system.human_role", type_enum(&role_enum), S_ROLE);
  role->ask = &ask_role;
  IrFact *sys = mk_group("system", "system", 9, (IrFact *[]){
    mk_leaf("id", "id", "system.id", &type_text, S_ID),
    mk_leaf("documentation", "documentation", "system.documentation", &type_bool, S_DOC),
    mk_leaf("users", "users", "system.users", &type_int, S_USERS),
    mk_leaf("revenue", "revenue", "system.revenue", &type_dec, S_REV),
    role,
    mk_leaf("practices", "practices", "system.practices", type_set_of(type_enum(&practice_enum)), S_PRACT),
    mk_leaf("tags", "tags", "system.tags", type_list_of(&type_text), S_TAGS),
    caps,
    mk_leaf("renamed", "re-named", "system.re-named", &type_bool, S_RENAMED) });
  IrFact *date = mk_leaf("assessment_date", "assessment_date", "assessment_date", &type_date, S_DATE);
  date->label = &label_date;
  IrFact *root = mk_group("", "", 2, (IrFact *[]){ date, sys });
  memset(&prog, 0, sizeof prog);
  prog.name = "test_policy"; prog.version = "1";
  prog.facts = root;
  prog.nslots = NSLOTS;
  prog.slots = slot_facts;
  prog.subject_slot = prog.as_of_slot = -1;
}

/* ---- helpers ---- */

static Diags diags;
static Val slots[NSLOTS];
static Source *src;

static bool rd(FactFormat fmt, const char *path, const char *text) {
  src = source_from_string(path, text, strlen(text));
  diags_init(&diags, LANG_EN);
  bool ok = facts_read(&prog, src, fmt, slots, &diags);
  if (getenv("FACTS_DEBUG")) diags_print(&diags, stderr, false);
  return ok;
}
static bool rj(const char *text) { return rd(FMT_JSON, "facts.json", text); }
static bool ry(const char *text) { return rd(FMT_YAML, "facts.yaml", text); }

/* "L:C path: text" of the i-th diagnostic of a level. */
static const char *dg(DiagLevel lvl, int i) {
  for (Diag *g = diags.first; g; g = g->next) {
    if (g->level != lvl || i-- > 0) continue;
    int line = 0, col = 0;
    if (g->loc.src) source_linecol(g->loc.src, g->loc.start, &line, &col);
    return zan_sprintf("%d:%d %s: %s", line, col, g->path ? g->path : "", g->text);
  }
  return "(none)";
}
static const char *err(int i) { return dg(DIAG_ERROR, i); }
static const char *warn(int i) { return dg(DIAG_WARNING, i); }

static const char *dec_str(Val v) { return v.kind == V_DEC ? dec_to_string(v.as.d) : "(not a decimal)"; }
static const char *txt(Val v) { return v.kind == V_TEXT ? zan_strndup(v.as.t.s, v.as.t.len) : "(not a text)"; }

static const char *canon(FactFormat fmt, const char *text, bool pretty) {
  src = source_from_string(fmt == FMT_YAML ? "f.yaml" : "f.json", text, strlen(text));
  diags_init(&diags, LANG_EN);
  Buf b; buf_init(&b);
  if (!facts_canonical(src, fmt, pretty, &b, &diags)) return "(error)";
  return buf_cstr(&b);
}

/* ---- JSON: accepted values ---- */

START_TEST(json_all_types) {
  ck_assert(rj("{\"assessment_date\": \"2026-03-01\", \"system\": {\"id\": \"kz-1\", \"documentation\": true,"
               " \"users\": -9223372036854775808, \"revenue\": 12.50, \"human_role\": \"human_on_loop\","
               " \"practices\": [\"social_scoring\", \"biometric\"], \"tags\": [\"b\", \"a\", \"b\"],"
               " \"capabilities\": {\"social_scoring\": false}, \"re-named\": true}}"));
  ck_assert_int_eq(diags.nerrors + diags.nwarnings, 0);
  ck_assert_int_eq(slots[S_DATE].kind, V_DATE);
  ck_assert_int_eq(slots[S_DATE].as.date, date_from_ymd(2026, 3, 1));
  ck_assert_str_eq(txt(slots[S_ID]), "kz-1");
  ck_assert(slots[S_DOC].kind == V_BOOL && slots[S_DOC].as.b);
  ck_assert(slots[S_USERS].kind == V_INT && slots[S_USERS].as.i == INT64_MIN);
  ck_assert_str_eq(dec_str(slots[S_REV]), "12.5");
  ck_assert(slots[S_ROLE].kind == V_ENUM && slots[S_ROLE].as.e == 1);
  ck_assert_int_eq(slots[S_PRACT].kind, V_SET);
  ck_assert_int_eq(slots[S_PRACT].as.set->n, 2);
  ck_assert_int_eq(slots[S_PRACT].as.set->items[0].as.e, 0);   /* sorted by member index */
  ck_assert_int_eq(slots[S_PRACT].as.set->items[1].as.e, 2);
  ck_assert_int_eq(slots[S_TAGS].kind, V_LIST);                  /* a list keeps order and repeats */
  ck_assert_int_eq(slots[S_TAGS].as.list->n, 3);
  ck_assert_str_eq(txt(slots[S_TAGS].as.list->items[0]), "b");
  ck_assert(slots[S_SOCIAL].kind == V_BOOL && !slots[S_SOCIAL].as.b);
  ck_assert(slots[S_RENAMED].kind == V_BOOL && slots[S_RENAMED].as.b);
} END_TEST

START_TEST(json_null_and_absent_are_unknown) {
  ck_assert(rj("{\"system\": {\"id\": null, \"capabilities\": null}}"));
  for (int i = 0; i < NSLOTS; i++) ck_assert_int_eq(slots[i].kind, V_UNKNOWN);
  ck_assert(rj("{}"));
  ck_assert(rj(" {\"system\": null} \n"));
  ck_assert_int_eq(diags.nerrors + diags.nwarnings, 0);
} END_TEST

START_TEST(json_decimals_exact) {
  ck_assert(rj("{\"system\": {\"revenue\": 0.1}}"));
  ck_assert_str_eq(dec_str(slots[S_REV]), "0.1");
  ck_assert(rj("{\"system\": {\"revenue\": 1E+2}}"));
  ck_assert_str_eq(dec_str(slots[S_REV]), "100");
  ck_assert(rj("{\"system\": {\"revenue\": -12345678901234567890.000000000000000000001}}"));
  ck_assert_str_eq(dec_str(slots[S_REV]), "-12345678901234567890.000000000000000000001");
  ck_assert(rj("{\"system\": {\"revenue\": 7}}"));
  ck_assert_str_eq(dec_str(slots[S_REV]), "7");
} END_TEST

START_TEST(json_strings_escapes_nfc) {
  ck_assert(rj("{\"system\": {\"id\": \"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\"}}"));
  ck_assert_str_eq(txt(slots[S_ID]), "a\"\\/\b\f\n\r\tA");
  /* a surrogate pair makes one code point (U+1F600) */
  ck_assert(rj("{\"system\": {\"id\": \"\\ud83d\\ude00\"}}"));
  ck_assert_str_eq(txt(slots[S_ID]), "\xF0\x9F\x98\x80");
  /* e + combining acute, escaped or raw, becomes U+00E9 */
  ck_assert(rj("{\"system\": {\"id\": \"e\\u0301\"}}"));
  ck_assert_str_eq(txt(slots[S_ID]), "\xC3\xA9");
  ck_assert(rj("{\"system\": {\"id\": \"Cafe\xCC\x81 Алматы\"}}"));
  ck_assert_str_eq(txt(slots[S_ID]), "Caf\xC3\xA9 Алматы");
  /* NFC-stable UTF-8 is used in place; a singleton (U+212B ANGSTROM SIGN) is normalised */
  const char *kz = "{\"system\": {\"id\": \"«Алматы» №4 жәрдем й ё\"}}";
  ck_assert(rj(kz));
  ck_assert_str_eq(txt(slots[S_ID]), "«Алматы» №4 жәрдем й ё");
  ck_assert_ptr_eq(slots[S_ID].as.t.s, src->text + 19);
  ck_assert(rj("{\"system\": {\"id\": \"\xE2\x84\xAB \\u212B\"}}"));
  ck_assert_str_eq(txt(slots[S_ID]), "\xC3\x85 \xC3\x85");
  /* a key written with an escape still finds its fact */
  ck_assert(rj("{\"sys\\u0074em\": {\"id\": \"x\"}}"));
  ck_assert_str_eq(txt(slots[S_ID]), "x");
} END_TEST

/* ---- JSON: rejected values, exact messages ---- */

START_TEST(json_bad_date) {
  ck_assert(!rj("{\"assessment_date\": \"2026-02-30\", \"system\": {\"id\": \"x\"}}"));
  ck_assert_str_eq(err(0), "1:21 assessment_date: invalid date \"2026-02-30\"");
  ck_assert(!rj("{\"assessment_date\": \"2026-3-1\"}"));
  ck_assert_str_eq(err(0), "1:21 assessment_date: invalid date \"2026-3-1\"; expected YYYY-MM-DD");
  ck_assert(!rj("{\"assessment_date\": 20260301}"));
  ck_assert_str_eq(err(0), "1:21 assessment_date: expected date, found number 20260301");
  ck_assert_int_eq(slots[S_DATE].kind, V_UNKNOWN);
} END_TEST

START_TEST(json_bad_bool_and_kinds) {
  ck_assert(!rj("{\"system\": {\"id\": \"x\", \"capabilities\": {\"social_scoring\": \"yes\"}}}"));
  ck_assert_str_eq(err(0), "1:59 system.capabilities.social_scoring: expected bool, found string \"yes\"");
  ck_assert(!rj("{\"system\": {\"documentation\": 1}}"));
  ck_assert_str_eq(err(0), "1:30 system.documentation: expected bool, found number 1");
  ck_assert(!rj("{\"system\": {\"documentation\": {\"a\": 1}}}"));
  ck_assert_str_eq(err(0), "1:30 system.documentation: expected bool, found an object");
  ck_assert(!rj("{\"system\": {\"id\": [\"x\"]}}"));
  ck_assert_str_eq(err(0), "1:19 system.id: expected text, found an array");
  ck_assert(!rj("{\"system\": {\"capabilities\": true}}"));
  ck_assert_str_eq(err(0), "1:29 system.capabilities: expected an object, found true");
  ck_assert(!rj("{\"system\": \"x\"}"));
  ck_assert_str_eq(err(0), "1:12 system: expected an object, found string \"x\"");
  ck_assert(!rj("[1]"));
  ck_assert_str_eq(err(0), "1:1 : expected an object of facts, found an array");
} END_TEST

START_TEST(json_bad_numbers) {
  ck_assert(!rj("{\"system\": {\"users\": 1.5}}"));
  ck_assert_str_eq(err(0), "1:22 system.users: expected int, found 1.5 (an int takes a whole number without fraction or exponent)");
  ck_assert(!rj("{\"system\": {\"users\": 1e2}}"));
  ck_assert_str_eq(err(0), "1:22 system.users: expected int, found 1e2 (an int takes a whole number without fraction or exponent)");
  ck_assert(!rj("{\"system\": {\"users\": 9223372036854775808}}"));
  ck_assert_str_eq(err(0), "1:22 system.users: integer 9223372036854775808 is out of range (-9223372036854775808 to 9223372036854775807)");
  ck_assert(rj("{\"system\": {\"users\": 9223372036854775807}}"));
  ck_assert(!rj("{\"system\": {\"revenue\": 1e10001}}"));
  ck_assert_str_eq(err(0), "1:24 system.revenue: number 1e10001 has an exponent beyond ±10000");
  ck_assert(!rj("{\"system\": {\"revenue\": 1e-99999999999999999999999999}}"));
  ck_assert_int_eq(diags.nerrors, 1);
  ck_assert(!rj("{\"system\": {\"revenue\": \"12\"}}"));
  ck_assert_str_eq(err(0), "1:24 system.revenue: expected decimal, found string \"12\"");
} END_TEST

START_TEST(json_bad_enum_and_sets) {
  ck_assert(!rj("{\"system\": {\"id\": \"x\", \"human_role\": \"sometimes\"}}"));
  ck_assert_str_eq(err(0), "1:38 system.human_role: \"sometimes\" is not a Role; expected one of: human_in_loop, human_on_loop, none");
  ck_assert(!rj("{\"system\": {\"practices\": [\"emotion\", \"biometric\", \"emotion\"]}}"));
  ck_assert_str_eq(err(0), "1:51 system.practices: emotion appears twice in a set");
  ck_assert_ptr_nonnull(diags.first->note);
  int line, col;
  source_linecol(src, diags.first->note->loc.start, &line, &col);
  ck_assert_int_eq(col, 27);
  ck_assert_int_eq(slots[S_PRACT].kind, V_UNKNOWN);
  ck_assert(!rj("{\"system\": {\"practices\": [\"emotion\", null]}}"));
  ck_assert_str_eq(err(0), "1:38 system.practices[1]: expected Practice, found null");
  ck_assert(!rj("{\"system\": {\"practices\": [\"emotion\", \"x\"]}}"));
  ck_assert_str_eq(err(0), "1:38 system.practices[1]: \"x\" is not a Practice; expected one of: biometric, emotion, social_scoring");
  ck_assert(!rj("{\"system\": {\"practices\": \"emotion\"}}"));
  ck_assert_str_eq(err(0), "1:26 system.practices: expected set of Practice, found string \"emotion\"");
  ck_assert(rj("{\"system\": {\"practices\": []}}"));
  ck_assert(slots[S_PRACT].kind == V_SET && slots[S_PRACT].as.set->n == 0);
} END_TEST

START_TEST(json_keeps_reading_after_type_errors) {
  ck_assert(!rj("{\"system\": {\"users\": \"many\",\n \"documentation\": 0, \"id\": \"ok\"},\n \"assessment_date\": \"x\"}"));
  ck_assert_int_eq(diags.nerrors, 3);
  ck_assert_str_eq(err(0), "1:22 system.users: expected int, found string \"many\"");
  ck_assert_str_eq(err(1), "2:19 system.documentation: expected bool, found number 0");
  ck_assert_str_eq(err(2), "3:21 assessment_date: invalid date \"x\"; expected YYYY-MM-DD");
  ck_assert_str_eq(txt(slots[S_ID]), "ok");
} END_TEST

START_TEST(json_duplicates_and_unknown_fields) {
  ck_assert(rj("{\"system\": {\"id\": \"a\", \"extra\": {\"deep\": [1, {\"x\": null}]}, \"id\": \"b\"}}"));
  ck_assert_int_eq(diags.nwarnings, 2);
  ck_assert_str_eq(warn(0), "1:24 system.extra: unknown field \"extra\": the policy declares no such fact; it is ignored");
  ck_assert_str_eq(warn(1), "1:61 system.id: duplicate key \"id\": the last value is kept");
  ck_assert_str_eq(txt(slots[S_ID]), "b");
  Diag *w = diags.first->next;
  ck_assert_ptr_nonnull(w->note);
  ck_assert_int_eq(w->note->loc.start, 12);
  ck_assert_str_eq(w->note->text, "first given here");
  /* a repeated group: the last one wins as a whole */
  ck_assert(rj("{\"system\": {\"id\": \"a\", \"users\": 3}, \"system\": {\"users\": 4}}"));
  ck_assert_int_eq(slots[S_ID].kind, V_UNKNOWN);
  ck_assert_int_eq(slots[S_USERS].as.i, 4);
  /* an unknown field is still checked for syntax */
  ck_assert(!rj("{\"extra\": [1, 2,]}"));
  ck_assert_str_eq(err(0), "1:17 extra[2]: unexpected ']'; expected a value");
} END_TEST

/* An unknown field that looks like a typo of a declared key of its group says which; under
 * facts_strict (--strict) it is an error and the read fails, in JSON and YAML alike. */
START_TEST(unknown_field_hint_and_strict) {
  ck_assert(rj("{\"system\": {\"usres\": 3, \"zzzzzz\": 1}}"));
  ck_assert_int_eq(diags.nwarnings, 2);
  ck_assert_str_eq(warn(0), "1:13 system.usres: unknown field \"usres\": the policy declares no such fact; it is ignored; did you mean \"users\"?");
  ck_assert_str_eq(warn(1), "1:25 system.zzzzzz: unknown field \"zzzzzz\": the policy declares no such fact; it is ignored");
  src = source_from_string("facts.json", "{\"systm\": {}}", 14);
  diags_init(&diags, LANG_EN);
  diags.facts_strict = true;
  ck_assert(!facts_read(&prog, src, FMT_JSON, slots, &diags));
  ck_assert_int_eq(diags.nwarnings, 0);
  ck_assert_str_eq(err(0), "1:2 systm: unknown field \"systm\": the policy declares no such fact (--strict); did you mean \"system\"?");
  src = source_from_string("facts.yaml", "system:\n  uesrs: 3\n", 19);
  diags_init(&diags, LANG_EN);
  diags.facts_strict = true;
  ck_assert(!facts_read(&prog, src, FMT_YAML, slots, &diags));
  ck_assert_str_eq(err(0), "2:3 system.uesrs: unknown field \"uesrs\": the policy declares no such fact (--strict); did you mean \"users\"?");
} END_TEST

START_TEST(json_syntax_errors) {
  ck_assert(!rj("{\"system\": {\"id\": \"x\",\n  \"documentation\": tru\n}}"));
  ck_assert_str_eq(err(0), "2:20 system.documentation: invalid literal 'tru'; expected true");
  ck_assert(!rj("{\"system\": {\"users\": 01}}"));
  ck_assert_str_eq(err(0), "1:22 system.users: invalid number: leading zeros are not allowed");
  ck_assert(!rj("{\"system\": {}, }"));
  ck_assert_str_eq(err(0), "1:16 : unexpected '}'; expected a key (a string in double quotes)");
  ck_assert(!rj("{} x"));
  ck_assert_str_eq(err(0), "1:4 : unexpected 'x' after the end of the document");
  ck_assert(!rj("{\"system\": {\"id\": \"a\\x\"}}"));
  ck_assert_str_eq(err(0), "1:21 system.id: invalid escape '\\x' in a string (allowed: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
  ck_assert(!rj("{\"system\": {\"id\": \"\\ud800x\"}}"));
  ck_assert_str_eq(err(0), "1:20 system.id: lone surrogate \\uD800 in a string (a surrogate must come in a high+low pair)");
  ck_assert(!rj("{\"system\": {\"id\": \"\\udc00\\ud800\"}}"));
  ck_assert_str_eq(err(0), "1:20 system.id: lone surrogate \\uDC00 in a string (a surrogate must come in a high+low pair)");
  ck_assert(!rj("{\"system\": {\"id\": \"a\tb\"}}"));
  ck_assert_str_eq(err(0), "1:21 system.id: control character U+0009 in a string; write it as an escape (\\n, \\t, \\u00XX)");
  ck_assert(!rj("{\"system\": {\"id\": \"a\xC3\x28\"}}"));
  ck_assert_str_eq(err(0), "1:21 system.id: invalid UTF-8 byte 0xc3");
  ck_assert(!rj("{\"system\": {\"id\": \"abc"));
  ck_assert_str_eq(err(0), "1:19 system.id: unterminated string");
  ck_assert(!rj(""));
  ck_assert_str_eq(err(0), "1:1 : unexpected end of input; expected an object of facts ('{')");
  ck_assert_int_eq(diags.nerrors, 1);   /* a syntax error stops reading */
} END_TEST

START_TEST(json_depth_limit) {
  Buf b; buf_init(&b);
  buf_puts(&b, "{\"extra\": ");
  for (int i = 0; i < 100000; i++) buf_push(&b, '[');
  ck_assert(!rj(buf_cstr(&b)));
  ck_assert_int_eq(diags.nerrors, 1);
  ck_assert_ptr_nonnull(strstr(err(0), "1:266 extra[0][0]"));   /* the root object is level 1 */
  ck_assert_ptr_nonnull(strstr(err(0), "nesting deeper than 256 levels"));
  /* 200 levels are fine */
  buf_clear(&b);
  buf_puts(&b, "{\"extra\": ");
  for (int i = 0; i < 200; i++) buf_push(&b, '[');
  for (int i = 0; i < 200; i++) buf_push(&b, ']');
  buf_push(&b, '}');
  ck_assert(rj(buf_cstr(&b)));
} END_TEST

START_TEST(json_range_keeps_stream_locations) {
  const char *stream = "{\"system\": {\"users\": 1}}\n{\"system\": {\"users\": true}}\n";
  src = source_from_string("batch.jsonl", stream, strlen(stream));
  diags_init(&diags, LANG_EN);
  ck_assert(facts_read_json_range(&prog, src, 0, 24, slots, &diags));
  ck_assert_int_eq(slots[S_USERS].as.i, 1);
  ck_assert(!facts_read_json_range(&prog, src, 25, 27, slots, &diags));
  ck_assert_str_eq(err(0), "2:22 system.users: expected int, found true");
} END_TEST

/* ---- YAML ---- */

START_TEST(yaml_all_types) {
  ck_assert(ry("assessment_date: 2026-03-01\n"
               "system:\n"
               "  id: kz-1\n"
               "  documentation: true\n"
               "  users: 0x10\n"
               "  revenue: +.5e1\n"
               "  human_role: 'none'\n"
               "  practices: [emotion, biometric]\n"
               "  tags:\n    - b\n    - \"a\"\n"
               "  capabilities: {social_scoring: False}\n"
               "  re-named: ~\n"));
  ck_assert_int_eq(diags.nerrors + diags.nwarnings, 0);
  ck_assert_int_eq(slots[S_DATE].as.date, date_from_ymd(2026, 3, 1));
  ck_assert_str_eq(txt(slots[S_ID]), "kz-1");
  ck_assert(slots[S_DOC].kind == V_BOOL && slots[S_DOC].as.b);
  ck_assert(slots[S_USERS].kind == V_INT && slots[S_USERS].as.i == 16);
  ck_assert_str_eq(dec_str(slots[S_REV]), "5");
  ck_assert(slots[S_ROLE].kind == V_ENUM && slots[S_ROLE].as.e == 2);
  ck_assert(slots[S_PRACT].kind == V_SET && slots[S_PRACT].as.set->n == 2);
  ck_assert(slots[S_TAGS].kind == V_LIST && slots[S_TAGS].as.list->n == 2);
  ck_assert_str_eq(txt(slots[S_TAGS].as.list->items[1]), "a");
  ck_assert(slots[S_SOCIAL].kind == V_BOOL && !slots[S_SOCIAL].as.b);
  ck_assert_int_eq(slots[S_RENAMED].kind, V_UNKNOWN);
  /* quoted date, a text that looks like a number, an empty document */
  ck_assert(ry("assessment_date: \"2026-03-01\"\nsystem: {id: 0042, revenue: 0.10}\n"));
  ck_assert_int_eq(slots[S_DATE].kind, V_DATE);
  ck_assert_str_eq(txt(slots[S_ID]), "0042");
  ck_assert_str_eq(dec_str(slots[S_REV]), "0.1");
  /* no document is an error, as an empty JSON file is; {} is a file without facts */
  ck_assert(!ry(""));
  ck_assert_str_eq(err(0), "1:1 : the fact file holds no YAML document; write {} for a file without facts");
  ck_assert(!ry("# nothing\n"));
  ck_assert(!ry("~\n"));
  ck_assert_str_eq(err(0), "1:1 : expected a mapping of facts, found null");
  ck_assert(ry("{}\n"));
  ck_assert(ry("system:\n"));
  /* merge keys: the named mappings' pairs, the mapping's own keys first, earlier merges first */
  ck_assert(ry("base: &b {id: x, users: 3}\nsystem:\n  <<: *b\n  users: 4\n"));
  ck_assert_str_eq(txt(slots[S_ID]), "x");
  ck_assert_int_eq(slots[S_USERS].as.i, 4);
  ck_assert(ry("system:\n  <<: [{users: 1}, {users: 2, id: y}]\n"));
  ck_assert_int_eq(slots[S_USERS].as.i, 1);
  ck_assert_str_eq(txt(slots[S_ID]), "y");
  ck_assert(!ry("system:\n  <<: [{users: 1}, 5]\n"));
  ck_assert_str_eq(err(0), "2:20 : a merge key '<<' takes a mapping or a list of mappings, found number 5");
  /* locations far apart, in any order (the cursor's checkpoints): an alias's error is at its
   * anchor, 3000 characters (ы: two bytes each) before the next error */
  {
    Buf y; buf_init(&y);
    buf_puts(&y, "x: &s \"ы\"\nlong: \"");
    for (int i = 0; i < 3000; i++) buf_puts(&y, "ы");
    buf_puts(&y, "\"\nsystem:\n  users: *s\n  id: [1]\n");
    ck_assert(!ry(buf_cstr(&y)));
    ck_assert_str_eq(err(0), "1:4 system.users: expected int, found string \"ы\"");
    ck_assert_str_eq(err(1), "5:7 system.id: expected text, found a sequence");
  }
  /* a quoted '<<' is an ordinary key */
  ck_assert(ry("system:\n  '<<': {users: 1}\n"));
  ck_assert_int_eq(slots[S_USERS].kind, V_UNKNOWN);
} END_TEST

START_TEST(yaml_rejections) {
  ck_assert(!ry("system:\n  documentation: yes\n"));
  ck_assert_str_eq(err(0), "2:18 system.documentation: expected bool, found yes; YAML 1.1 booleans are not accepted; write true or false");
  ck_assert(!ry("system:\n  documentation: \"true\"\n"));
  ck_assert_str_eq(err(0), "2:18 system.documentation: expected bool, found string \"true\"");
  ck_assert(!ry("system:\n  users: '5'\n"));
  ck_assert_str_eq(err(0), "2:10 system.users: expected int, found string \"5\"");
  ck_assert(!ry("system:\n  users: 1.5\n"));
  ck_assert_str_eq(err(0), "2:10 system.users: expected int, found 1.5 (an int takes a whole number without fraction or exponent)");
  ck_assert(!ry("assessment_date: 2026-02-30\n"));
  ck_assert_str_eq(err(0), "1:18 assessment_date: invalid date \"2026-02-30\"");
  ck_assert(!ry("system:\n  human_role: sometimes\n"));
  ck_assert_str_eq(err(0), "2:15 system.human_role: \"sometimes\" is not a Role; expected one of: human_in_loop, human_on_loop, none");
  ck_assert(!ry("system:\n  practices: [emotion, emotion]\n"));
  ck_assert_str_eq(err(0), "2:24 system.practices: emotion appears twice in a set");
  ck_assert(!ry("system:\n  revenue: .inf\n"));
  ck_assert_str_eq(err(0), "2:12 system.revenue: .inf is not a finite number JSON can hold");
  ck_assert(!ry("system:\n  revenue: 1e20000\n"));
  ck_assert_str_eq(err(0), "2:12 system.revenue: number 1e20000 has an exponent beyond ±10000");
  ck_assert(!ry("system: [1]\n"));
  ck_assert_str_eq(err(0), "1:9 system: expected a mapping, found a sequence");
  ck_assert(!ry("system:\n  id: [a\n"));
  ck_assert_int_eq(diags.first->id, E_YAML_SYNTAX);
  ck_assert(!ry("a: 1\n---\nb: 2\n"));
  ck_assert_int_eq(diags.first->id, E_YAML_MULTI_DOC);
  /* several errors in one file are all reported */
  ck_assert(!ry("system:\n  users: x\n  documentation: no\n"));
  ck_assert_int_eq(diags.nerrors, 2);
} END_TEST

START_TEST(yaml_duplicates_unknown_aliases) {
  ck_assert(ry("system:\n  id: a\n  other: 1\n  id: b\n"));
  ck_assert_str_eq(txt(slots[S_ID]), "b");
  ck_assert_str_eq(warn(0), "3:3 system.other: unknown field \"other\": the policy declares no such fact; it is ignored");
  ck_assert_str_eq(warn(1), "4:3 system.id: duplicate key \"id\": the last value is kept");
  ck_assert_ptr_nonnull(diags.first->next->note);
  /* an alias within the limit */
  ck_assert(ry("base: &p [emotion]\nsystem:\n  practices: *p\n"));
  ck_assert(slots[S_PRACT].kind == V_SET && slots[S_PRACT].as.set->n == 1);
  /* a billion laughs */
  const char *bomb =
    "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
    "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"
    "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
    "system:\n  tags: *g\n";
  /* read by the schema, the bomb never expands: a list of text stops at the first level */
  ck_assert(!ry(bomb));
  ck_assert_int_eq(diags.nerrors, 10);
  ck_assert_str_eq(err(0), "6:4 system.tags[0]: expected text, found a sequence");
  /* without a policy every node would be visited: the alias limit stops it */
  ck_assert_str_eq(canon(FMT_YAML, bomb, false), "(error)");
  ck_assert_int_eq(diags.nerrors, 1);
  ck_assert_str_eq(err(0), "1:35 e[7][8][8][8][9]: aliases expand to more than 100000 nodes");
  /* a recursive alias hits the depth limit, not the stack */
  ck_assert(!ry("system:\n  tags: &t [*t]\n"));
  ck_assert_int_eq(diags.nerrors, 1);
} END_TEST

/* ---- canonical JSON ---- */

START_TEST(canonical_json) {
  ck_assert_str_eq(canon(FMT_JSON, "{\"b\": [1, 2.50, -0.0, 1E3, 1e-2], \"a\": \"e\\u0301\\n\\u001f\", \"\": null, \"ab\": false}", false),
                   "{\"\":null,\"a\":\"\xC3\xA9\\n\\u001f\",\"ab\":false,\"b\":[1,2.5,0,1000,0.01]}");
  ck_assert_str_eq(canon(FMT_JSON, "{\"z\": {\"y\": [], \"x\": {}}, \"a\": [true]}", true),
                   "{\n  \"a\": [\n    true\n  ],\n  \"z\": {\n    \"x\": {},\n    \"y\": []\n  }\n}");
  ck_assert_str_eq(canon(FMT_JSON, "{\"k\": 1, \"k\": 2}", false), "{\"k\":2}");
  ck_assert_int_eq(diags.nwarnings, 1);
  ck_assert_str_eq(canon(FMT_JSON, " \"lonely\" ", false), "\"lonely\"");
  ck_assert_str_eq(canon(FMT_JSON, "[1,]", false), "(error)");
  ck_assert_str_eq(canon(FMT_JSON, "[1e99999]", false), "(error)");
  ck_assert_str_eq(canon(FMT_YAML, "b: [1, 0x1F, yes, ~, 'true', 1.50]\na: {c: d}\n", false),
                   "{\"a\":{\"c\":\"d\"},\"b\":[1,31,\"yes\",null,\"true\",1.5]}");
  ck_assert_str_eq(canon(FMT_YAML, "", false), "(error)");
  ck_assert_str_eq(canon(FMT_YAML, "~", false), "null");
  ck_assert_str_eq(canon(FMT_YAML, "d: &d {x: 1, y: 2}\ne: {<<: *d, y: 3}\n", false),
                   "{\"d\":{\"x\":1,\"y\":2},\"e\":{\"x\":1,\"y\":3}}");
  /* anchors may be defined again (YAML 1.2): an alias names the latest */
  ck_assert_str_eq(canon(FMT_YAML, "a: &x 1\nb: &x 2\nc: *x\n", false), "{\"a\":1,\"b\":2,\"c\":2}");
} END_TEST

START_TEST(format_for) {
  ck_assert_int_eq(facts_format_for("a/b.yaml"), FMT_YAML);
  ck_assert_int_eq(facts_format_for("b.YML"), FMT_YAML);
  ck_assert_int_eq(facts_format_for("b.json"), FMT_JSON);
  ck_assert_int_eq(facts_format_for("-"), FMT_JSON);
} END_TEST

/* ---- JSON Schema ---- */

START_TEST(schema_of_facts) {
  Buf b; buf_init(&b);
  schema_json(&prog, &b);
  const char *s = buf_cstr(&b);
  ck_assert_ptr_nonnull(strstr(s, "\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  ck_assert_ptr_nonnull(strstr(s, "\"assessment_date\": {\n      \"type\": [\n        \"string\",\n        \"null\"\n      ],\n"
                                  "      \"format\": \"date\",\n      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}$\",\n"
                                  "      \"description\": \"Assessment date\",\n      \"x-zan-labels\": {\n"
                                  "        \"kk\": \"Бағалау күні\",\n        \"ru\": \"Дата оценки\",\n        \"en\": \"Assessment date\"\n      }\n    }"));
  ck_assert_ptr_nonnull(strstr(s, "\"enum\": [\n            \"human_in_loop\",\n            \"human_on_loop\",\n            \"none\",\n            null\n          ]"));
  ck_assert_ptr_nonnull(strstr(s, "\"x-zan-ask\": {\n            \"en\": \"Who makes the \\\"final\\\" decision?\"\n          }"));
  ck_assert_ptr_nonnull(strstr(s, "\"uniqueItems\": true"));
  ck_assert_ptr_nonnull(strstr(s, "\"re-named\": {"));
  ck_assert_ptr_nonnull(strstr(s, "\"additionalProperties\": true"));
  /* the schema is itself valid JSON (read back by the canonical reader) */
  Source *ss = source_from_string("schema.json", s, strlen(s));
  Diags d2; diags_init(&d2, LANG_EN);
  Buf c; buf_init(&c);
  ck_assert(facts_canonical(ss, FMT_JSON, false, &c, &d2));
  ck_assert_int_eq(d2.nwarnings, 0);
} END_TEST

Suite *suite_facts(void) {
  setup_schema();
  Suite *s = suite_create("facts");
  TCase *tj = tcase_create("json");
  tcase_add_test(tj, json_all_types);
  tcase_add_test(tj, json_null_and_absent_are_unknown);
  tcase_add_test(tj, json_decimals_exact);
  tcase_add_test(tj, json_strings_escapes_nfc);
  tcase_add_test(tj, json_bad_date);
  tcase_add_test(tj, json_bad_bool_and_kinds);
  tcase_add_test(tj, json_bad_numbers);
  tcase_add_test(tj, json_bad_enum_and_sets);
  tcase_add_test(tj, json_keeps_reading_after_type_errors);
  tcase_add_test(tj, json_duplicates_and_unknown_fields);
  tcase_add_test(tj, json_syntax_errors);
  tcase_add_test(tj, unknown_field_hint_and_strict);
  tcase_add_test(tj, json_depth_limit);
  tcase_add_test(tj, json_range_keeps_stream_locations);
  suite_add_tcase(s, tj);
  TCase *ty = tcase_create("yaml");
  tcase_add_test(ty, yaml_all_types);
  tcase_add_test(ty, yaml_rejections);
  tcase_add_test(ty, yaml_duplicates_unknown_aliases);
  suite_add_tcase(s, ty);
  TCase *tc = tcase_create("canonical");
  tcase_add_test(tc, canonical_json);
  tcase_add_test(tc, format_for);
  tcase_add_test(tc, schema_of_facts);
  suite_add_tcase(s, tc);
  return s;
}
