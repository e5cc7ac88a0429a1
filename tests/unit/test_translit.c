/* test_translit.c — the Kazakh Cyrillic -> Latin table (Decree No. 569 as amended by
 * No. 637 of 19 February 2018): every letter of the Kazakh Cyrillic alphabet, capital and
 * small, the letters borrowed from Russian, capitals of digraphs, and what is left alone. */
#include <check.h>
#include <string.h>
#include "lang/base/translit.h"
#include "lang/base/messages.h"
#include "lang/base/alloc.h"

/* The 42 letters, in alphabet order: capital, small, and the Latin of each (the rule for
 * the letters the 2018 alphabet lacks is written beside them). */
static const struct { const char *cyr_upper, *cyr_lower, *lat_upper, *lat_lower; } alphabet[] = {
  { "А", "а", "A", "a" },
  { "Ә", "ә", "Á", "á" },
  { "Б", "б", "B", "b" },
  { "В", "в", "V", "v" },
  { "Г", "г", "G", "g" },
  { "Ғ", "ғ", "Ǵ", "ǵ" },
  { "Д", "д", "D", "d" },
  { "Е", "е", "E", "e" },
  { "Ё", "ё", "Io", "ıo" },      /* borrowed: й + о */
  { "Ж", "ж", "J", "j" },
  { "З", "з", "Z", "z" },
  { "И", "и", "I", "ı" },        /* И and Й share I ı */
  { "Й", "й", "I", "ı" },
  { "К", "к", "K", "k" },
  { "Қ", "қ", "Q", "q" },
  { "Л", "л", "L", "l" },
  { "М", "м", "M", "m" },
  { "Н", "н", "N", "n" },
  { "Ң", "ң", "Ń", "ń" },
  { "О", "о", "O", "o" },
  { "Ө", "ө", "Ó", "ó" },
  { "П", "п", "P", "p" },
  { "Р", "р", "R", "r" },
  { "С", "с", "S", "s" },
  { "Т", "т", "T", "t" },
  { "У", "у", "Ý", "ý" },
  { "Ұ", "ұ", "U", "u" },
  { "Ү", "ү", "Ú", "ú" },
  { "Ф", "ф", "F", "f" },
  { "Х", "х", "H", "h" },        /* Х and Һ share H h */
  { "Һ", "һ", "H", "h" },
  { "Ц", "ц", "Ts", "ts" },      /* borrowed: т + с */
  { "Ч", "ч", "Ch", "ch" },
  { "Ш", "ш", "Sh", "sh" },
  { "Щ", "щ", "Shch", "shch" },  /* borrowed: ш + ч */
  { "Ъ", "ъ", "", "" },          /* borrowed: no sound of its own, dropped */
  { "Ы", "ы", "Y", "y" },
  { "І", "і", "I", "i" },
  { "Ь", "ь", "", "" },          /* borrowed: dropped */
  { "Э", "э", "E", "e" },        /* borrowed: as е */
  { "Ю", "ю", "Iý", "ıý" },      /* borrowed: й + у */
  { "Я", "я", "Ia", "ıa" },      /* borrowed: й + а */
};
enum { NLETTERS = sizeof alphabet / sizeof alphabet[0] };

START_TEST(every_letter) {
  ck_assert_int_eq(NLETTERS, 42);
  for (int i = 0; i < NLETTERS; i++) {
    ck_assert_str_eq(translit_kk_latn_str(alphabet[i].cyr_upper), alphabet[i].lat_upper);
    ck_assert_str_eq(translit_kk_latn_str(alphabet[i].cyr_lower), alphabet[i].lat_lower);
    /* the single-letter lookup agrees with the text function */
    int32_t up = 0, lo = 0;
    const unsigned char *u = (const unsigned char *)alphabet[i].cyr_upper, *l = (const unsigned char *)alphabet[i].cyr_lower;
    up = ((u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    lo = ((l[0] & 0x1F) << 6) | (l[1] & 0x3F);
    ck_assert_ptr_nonnull(translit_letter(up));
    ck_assert_str_eq(translit_letter(up), alphabet[i].lat_upper);
    ck_assert_str_eq(translit_letter(lo), alphabet[i].lat_lower);
  }
}
END_TEST

START_TEST(words_and_capitals) {
  ck_assert_str_eq(translit_kk_latn_str("Қазақстан Республикасы"), "Qazaqstan Respýblıkasy");
  ck_assert_str_eq(translit_kk_latn_str("жасанды интеллект жүйесі"), "jasandy ıntellekt júıesi");
  ck_assert_str_eq(translit_kk_latn_str("тәуекелдерді басқару"), "táýekelderdi basqarý");
  ck_assert_str_eq(translit_kk_latn_str("Шығыс"), "Shyǵys");           /* title case before small */
  ck_assert_str_eq(translit_kk_latn_str("ШЫҒЫС"), "SHYǴYS");           /* all capitals in capitals */
  ck_assert_str_eq(translit_kk_latn_str("ҚАЗАҚ ТІЛІНІҢ ЕМЛЕСІ"), "QAZAQ TILINIŃ EMLESI");
  ck_assert_str_eq(translit_kk_latn_str("ЩИТ"), "SHCHIT");
  ck_assert_str_eq(translit_kk_latn_str("АШ ҚАЛА"), "ASH QALA");            /* a vowel beside it: a word */
  ck_assert_str_eq(translit_kk_latn_str("«Алма» ЖШС"), "«Alma» JShS");      /* initials keep title case */
  ck_assert_str_eq(translit_kk_latn_str("ШҚО, ЖШС-ға"), "ShQO, JShS-ǵa");
  ck_assert_str_eq(translit_kk_latn_str("ЮНЕСКО"), "IÝNESKO");
  ck_assert_str_eq(translit_kk_latn_str("Я"), "Ia");                    /* alone: title case */
  ck_assert_str_eq(translit_kk_latn_str("ТАУ Ч"), "TAÝ Ch");            /* alone after a space */
  ck_assert_str_eq(translit_kk_latn_str("цифрлық"), "tsıfrlyq");
  ck_assert_str_eq(translit_kk_latn_str("объект, съезд, ельтік"), "obekt, sezd, eltik");
  ck_assert_str_eq(translit_kk_latn_str("эмоция, ёлка"), "emotsııa, ıolka");
  ck_assert_str_eq(translit_kk_latn_str("17-баптың 3-тармағының 6) тармақшасы"), "17-baptyń 3-tarmaǵynyń 6) tarmaqshasy");
}
END_TEST

START_TEST(left_alone) {
  /* no Cyrillic: the very same string comes back, not a copy */
  const char *s = "Article 17(3)(6) — «ok» 2026-01-18";
  ck_assert_ptr_eq(translit_kk_latn_str(s), s);
  ck_assert_ptr_null(translit_kk_latn_str(NULL));
  /* Latin, digits, punctuation and letters of other Cyrillic alphabets stay as they are */
  ck_assert_str_eq(translit_kk_latn_str("«Дала Bank» 15 АЕК; ї ў"), "«Dala Bank» 15 AEK; ї ў");
  ck_assert_ptr_null(translit_letter('a'));
  ck_assert_ptr_null(translit_letter(0x0457));   /* ї */
  /* an invalid byte is kept, the rest still converted */
  const char bad[] = { (char)0xD0, (char)0xB0, (char)0xFF, (char)0xD0, (char)0xB1, 0 };
  size_t n;
  const char *r = translit_kk_latn(bad, 5, &n);
  ck_assert_uint_eq(n, 3);
  ck_assert_int_eq(memcmp(r, "a\xFF" "b", 3), 0);
  /* a combining accent after a replaced letter composes (NFC) */
  ck_assert_str_eq(translit_kk_latn_str("а\xCC\x81"), "á");
}
END_TEST

START_TEST(messages_in_latin) {
  /* the catalogue's kk texts, transliterated once for kk-Latn */
  ck_assert_str_eq(msg_format(N_RENDER_UNDETERMINED, LANG_KK), "анықталмаған");
  ck_assert_str_eq(msg_format(N_RENDER_UNDETERMINED, LANG_KK_LATN), "anyqtalmaǵan");
  ck_assert_str_eq(msg_format(N_REPORT_DECISIONS, LANG_KK_LATN), "SHESHIMDER");
  ck_assert_str_eq(msg_format(N_RENDER_UNDETERMINED, LANG_EN), "undetermined");
  /* tags: case and '_' do not matter */
  int ok = 0;
  ck_assert_int_eq(lang_parse("kk-Latn", &ok), LANG_KK_LATN); ck_assert_int_eq(ok, 1);
  ck_assert_int_eq(lang_parse("kk_latn", &ok), LANG_KK_LATN); ck_assert_int_eq(ok, 1);
  ck_assert_int_eq(lang_parse("RU", &ok), LANG_RU); ck_assert_int_eq(ok, 1);
  lang_parse("kz", &ok); ck_assert_int_eq(ok, 0);
  lang_parse("kk-", &ok); ck_assert_int_eq(ok, 0);
}
END_TEST

Suite *suite_translit(void) {
  Suite *s = suite_create("translit");
  TCase *tc = tcase_create("core");
  tcase_add_test(tc, every_letter);
  tcase_add_test(tc, words_and_capitals);
  tcase_add_test(tc, left_alone);
  tcase_add_test(tc, messages_in_latin);
  suite_add_tcase(s, tc);
  return s;
}
