/* translit.c — the one Kazakh Cyrillic -> Latin table (`--lang kk-Latn`), and the function
 * that applies it to a text, keeping everything that is not a Kazakh Cyrillic letter.
 *
 * Which Latin alphabet. The alphabet in force is the one annexed to Decree of the President
 * of the Republic of Kazakhstan No. 569 of 26 October 2017 «О переводе алфавита казахского
 * языка с кириллицы на латинскую графику», in the wording of the amending Decree No. 637 of
 * 19 February 2018 (32 letters: acute accents Á Ǵ Ń Ó Ú Ý, the digraphs Sh and Ch, I ı for
 * и/й and I i for і). Sources: the decree's text as published by Akorda
 * (https://www.inform.kz/ru/prezident-rk-podpisal-ukaz-o-perevode-alfavita-kazahskogo-yazyka-s-kirillicy-na-latinskuyu-grafiku_a3079172);
 * the February 2018 amendment (https://unn.ua/uk/news/1716145-u-kazakhstani-zatverdili-ukaz-pro-perekhid-alfavitu-na-latinitsyu,
 * https://www.balkhash.goo.kz/blog/view/17/8165). The «improved» 2021 alphabet (Ä Ğ Ñ Ö Ş
 * Ū Ü …) was presented by the Government on 28 January 2021 and submitted to the President
 * as a draft decree amending No. 569 (Government Resolution, https://adilet.zan.kz/rus/docs/P2100000106;
 * draft on public discussion from 21 April 2021, https://ru.ult.kz/2021/04/22/predstavlena-novaya-versiya-latinskogo-alfavita);
 * no signed decree adopting it was found, so the 2018 wording is still the official
 * alphabet, and this table follows it. Changing alphabet = changing this table (and its test).
 *
 * Letters the 2018 alphabet has no letter for — those Kazakh took over from Russian — are
 * spelt with the letters that render their sound, so nothing is lost silently:
 *   Ё -> ıo (й+о)   Ю -> ıý (й+у)   Я -> ıa (й+а)   Ц -> ts (т+с)   Щ -> shch (ш+ч)
 *   Э -> e          Ъ, Ь -> nothing (they have no sound of their own)
 * A capital that becomes two or more letters is title case ("Sh") beside small letters and
 * all capitals ("SH") inside a word in capitals ("ШЫҒЫС" -> "SHYǴYS") — except a consonant
 * (Ш Щ Ч Ц) with no vowel beside it: there the capitals are initials of an abbreviation, one
 * letter each, and it stays title case ("ЖШС" -> "JShS", as company names are written). */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>
#include "translit.h"
#include "utf8.h"
#include "buf.h"
#include "alloc.h"

/* One letter: its capital and small code points, and the Latin forms of the capital in a
 * word of small letters (title), in a word of capitals (caps), and of the small letter. */
typedef struct TranslitRow {
  int32_t     upper, lower;
  const char *title, *caps, *small;
} TranslitRow;

/* The 42 letters of the Kazakh Cyrillic alphabet, in its order. */
static const TranslitRow rows[] = {
  /* Cyrillic     title    caps     small */
  { 0x0410, 0x0430, "A",     "A",     "a"     },   /* А а */
  { 0x04D8, 0x04D9, "\xC3\x81", "\xC3\x81", "\xC3\xA1" },   /* Ә ә -> Á á */
  { 0x0411, 0x0431, "B",     "B",     "b"     },   /* Б б */
  { 0x0412, 0x0432, "V",     "V",     "v"     },   /* В в */
  { 0x0413, 0x0433, "G",     "G",     "g"     },   /* Г г */
  { 0x0492, 0x0493, "\xC7\xB4", "\xC7\xB4", "\xC7\xB5" },   /* Ғ ғ -> Ǵ ǵ */
  { 0x0414, 0x0434, "D",     "D",     "d"     },   /* Д д */
  { 0x0415, 0x0435, "E",     "E",     "e"     },   /* Е е */
  { 0x0401, 0x0451, "Io",    "IO",    "\xC4\xB1o" },   /* Ё ё -> Io ıo (borrowed) */
  { 0x0416, 0x0436, "J",     "J",     "j"     },   /* Ж ж */
  { 0x0417, 0x0437, "Z",     "Z",     "z"     },   /* З з */
  { 0x0418, 0x0438, "I",     "I",     "\xC4\xB1" },   /* И и -> I ı */
  { 0x0419, 0x0439, "I",     "I",     "\xC4\xB1" },   /* Й й -> I ı */
  { 0x041A, 0x043A, "K",     "K",     "k"     },   /* К к */
  { 0x049A, 0x049B, "Q",     "Q",     "q"     },   /* Қ қ */
  { 0x041B, 0x043B, "L",     "L",     "l"     },   /* Л л */
  { 0x041C, 0x043C, "M",     "M",     "m"     },   /* М м */
  { 0x041D, 0x043D, "N",     "N",     "n"     },   /* Н н */
  { 0x04A2, 0x04A3, "\xC5\x83", "\xC5\x83", "\xC5\x84" },   /* Ң ң -> Ń ń */
  { 0x041E, 0x043E, "O",     "O",     "o"     },   /* О о */
  { 0x04E8, 0x04E9, "\xC3\x93", "\xC3\x93", "\xC3\xB3" },   /* Ө ө -> Ó ó */
  { 0x041F, 0x043F, "P",     "P",     "p"     },   /* П п */
  { 0x0420, 0x0440, "R",     "R",     "r"     },   /* Р р */
  { 0x0421, 0x0441, "S",     "S",     "s"     },   /* С с */
  { 0x0422, 0x0442, "T",     "T",     "t"     },   /* Т т */
  { 0x0423, 0x0443, "\xC3\x9D", "\xC3\x9D", "\xC3\xBD" },   /* У у -> Ý ý */
  { 0x04B0, 0x04B1, "U",     "U",     "u"     },   /* Ұ ұ */
  { 0x04AE, 0x04AF, "\xC3\x9A", "\xC3\x9A", "\xC3\xBA" },   /* Ү ү -> Ú ú */
  { 0x0424, 0x0444, "F",     "F",     "f"     },   /* Ф ф */
  { 0x0425, 0x0445, "H",     "H",     "h"     },   /* Х х */
  { 0x04BA, 0x04BB, "H",     "H",     "h"     },   /* Һ һ (one letter H with х) */
  { 0x0426, 0x0446, "Ts",    "TS",    "ts"    },   /* Ц ц (borrowed) */
  { 0x0427, 0x0447, "Ch",    "CH",    "ch"    },   /* Ч ч */
  { 0x0428, 0x0448, "Sh",    "SH",    "sh"    },   /* Ш ш */
  { 0x0429, 0x0449, "Shch",  "SHCH",  "shch"  },   /* Щ щ (borrowed) */
  { 0x042A, 0x044A, "",      "",      ""      },   /* Ъ ъ (borrowed): dropped */
  { 0x042B, 0x044B, "Y",     "Y",     "y"     },   /* Ы ы */
  { 0x0406, 0x0456, "I",     "I",     "i"     },   /* І і */
  { 0x042C, 0x044C, "",      "",      ""      },   /* Ь ь (borrowed): dropped */
  { 0x042D, 0x044D, "E",     "E",     "e"     },   /* Э э (borrowed) */
  { 0x042E, 0x044E, "I\xC3\xBD", "I\xC3\x9D", "\xC4\xB1\xC3\xBD" },   /* Ю ю -> Iý ıý (borrowed) */
  { 0x042F, 0x044F, "Ia",    "IA",    "\xC4\xB1" "a" },   /* Я я -> Ia ıa (borrowed) */
};
enum { NROWS = sizeof rows / sizeof rows[0] };

static const TranslitRow *find_row(int32_t cp, bool *upper) {
  if (cp < 0x0400 || cp > 0x04FF) return NULL;          /* the Cyrillic block only */
  for (int i = 0; i < NROWS; i++) {
    if (rows[i].upper == cp) { *upper = true; return &rows[i]; }
    if (rows[i].lower == cp) { *upper = false; return &rows[i]; }
  }
  return NULL;
}

const char *translit_letter(int cp) {
  bool up;
  const TranslitRow *r = find_row(cp, &up);
  return r ? (up ? r->title : r->small) : NULL;
}

/* Ш Щ Ч Ц: consonants written with several Latin letters. */
static bool is_consonant_digraph(int32_t upper) {
  return upper == 0x0428 || upper == 0x0429 || upper == 0x0427 || upper == 0x0426;
}
static bool is_vowel(int32_t cp) {
  static const char v[] = "АӘЕЁИОӨУҰҮЫІЭЮЯаәеёиоөуұүыіэюя";
  char u[5] = {0};
  int n = cp >= 0 ? utf8_encode(cp, u) : 0;
  return n > 1 && strstr(v, u) != NULL;
}

static bool is_upper(int32_t cp) {
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}
static bool is_letter(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

/* The code point at s[i] (or -1 past the end / on an invalid byte), and its length. */
static int32_t peek(const char *s, size_t n, size_t i, int *len) {
  int32_t cp = -1;
  *len = i < n ? utf8_decode((const unsigned char *)s + i, n - i, &cp) : 0;
  return *len > 0 ? cp : -1;
}

const char *translit_kk_latn(const char *s, size_t n, size_t *out_len) {
  /* no byte of the Cyrillic block (lead bytes 0xD0-0xD3): nothing to do */
  size_t k = 0;
  while (k < n && !((unsigned char)s[k] >= 0xD0 && (unsigned char)s[k] <= 0xD3)) k++;
  if (k == n) { if (out_len) *out_len = n; return s; }

  Buf b; buf_init(&b);
  buf_append(&b, s, k);
  int32_t prev = -1;                           /* the previous code point (for capitals) */
  size_t i = k;
  while (i < n) {
    int len;
    int32_t cp = peek(s, n, i, &len);
    if (len <= 0) { buf_push(&b, s[i]); i++; prev = -1; continue; }   /* invalid byte: kept */
    bool up;
    const TranslitRow *r = find_row(cp, &up);
    if (!r) {
      buf_append(&b, s + i, (size_t)len);
    } else if (!up) {
      buf_puts(&b, r->small);
    } else if (strcmp(r->title, r->caps) == 0) {
      buf_puts(&b, r->title);
    } else {
      /* several letters from one capital: all capitals when the word is in capitals */
      int nlen;
      int32_t next = peek(s, n, i + (size_t)len, &nlen);
      bool caps = next >= 0 && is_letter(next) ? is_upper(next) : prev >= 0 && is_upper(prev);
      if (caps && is_consonant_digraph(r->upper) && !is_vowel(prev) && !(is_letter(next) && is_vowel(next)))
        caps = false;                            /* initials: "ЖШС" -> "JShS" */
      buf_puts(&b, caps ? r->caps : r->title);
    }
    prev = cp;
    i += (size_t)len;
  }
  /* a combining mark kept after a replaced letter may now compose (а + U+0301 -> á) */
  size_t m = b.len;
  const char *res = utf8_validate(b.data, b.len) == b.len ? utf8_nfc(b.data, b.len, &m) : buf_cstr(&b);
  if (out_len) *out_len = m;
  return res;
}

const char *translit_kk_latn_str(const char *s) {
  return s ? translit_kk_latn(s, strlen(s), NULL) : NULL;
}
