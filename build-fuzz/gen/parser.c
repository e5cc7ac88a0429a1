/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         ZAN_STYPE
#define YYLTYPE         ZAN_LTYPE
/* Substitute the variable and function names.  */
#define yyparse         zan_parse
#define yylex           zan_lex
#define yyerror         zan_error
#define yydebug         zan_debug
#define yynerrs         zan_nerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_IDENT = 3,                      /* "identifier"  */
  YYSYMBOL_INT = 4,                        /* "integer"  */
  YYSYMBOL_DEC = 5,                        /* "decimal number"  */
  YYSYMBOL_STRING = 6,                     /* "text"  */
  YYSYMBOL_DATE = 7,                       /* "date"  */
  YYSYMBOL_NE = 8,                         /* "'!='"  */
  YYSYMBOL_LE = 9,                         /* "'<='"  */
  YYSYMBOL_GE = 10,                        /* "'>='"  */
  YYSYMBOL_ARROW = 11,                     /* "'->'"  */
  YYSYMBOL_IN_FORCE = 12,                  /* "'in force'"  */
  YYSYMBOL_AS_OF = 13,                     /* "'as of'"  */
  YYSYMBOL_POLICY = 14,                    /* "'policy'"  */
  YYSYMBOL_ALIAS = 15,                     /* "'alias'"  */
  YYSYMBOL_VERSION = 16,                   /* "'version'"  */
  YYSYMBOL_SUBJECT = 17,                   /* "'subject'"  */
  YYSYMBOL_AS = 18,                        /* "'as'"  */
  YYSYMBOL_OF = 19,                        /* "'of'"  */
  YYSYMBOL_MODULE = 20,                    /* "'module'"  */
  YYSYMBOL_IMPORT = 21,                    /* "'import'"  */
  YYSYMBOL_ARTICLE = 22,                   /* "'article'"  */
  YYSYMBOL_ACT = 23,                       /* "'act'"  */
  YYSYMBOL_TITLE = 24,                     /* "'title'"  */
  YYSYMBOL_STATUS = 25,                    /* "'status'"  */
  YYSYMBOL_SOURCE = 26,                    /* "'source'"  */
  YYSYMBOL_IN = 27,                        /* "'in'"  */
  YYSYMBOL_FORCE = 28,                     /* "'force'"  */
  YYSYMBOL_FROM = 29,                      /* "'from'"  */
  YYSYMBOL_UNTIL = 30,                     /* "'until'"  */
  YYSYMBOL_ENUM = 31,                      /* "'enum'"  */
  YYSYMBOL_TYPE = 32,                      /* "'type'"  */
  YYSYMBOL_RECORD = 33,                    /* "'record'"  */
  YYSYMBOL_SET = 34,                       /* "'set'"  */
  YYSYMBOL_LIST = 35,                      /* "'list'"  */
  YYSYMBOL_FACT = 36,                      /* "'fact'"  */
  YYSYMBOL_AT = 37,                        /* "'at'"  */
  YYSYMBOL_LABEL = 38,                     /* "'label'"  */
  YYSYMBOL_ASK = 39,                       /* "'ask'"  */
  YYSYMBOL_OUTPUT = 40,                    /* "'output'"  */
  YYSYMBOL_COMBINE = 41,                   /* "'combine'"  */
  YYSYMBOL_DEFAULT = 42,                   /* "'default'"  */
  YYSYMBOL_RULE = 43,                      /* "'rule'"  */
  YYSYMBOL_EXCEPTION = 44,                 /* "'exception'"  */
  YYSYMBOL_TO = 45,                        /* "'to'"  */
  YYSYMBOL_CITES = 46,                     /* "'cites'"  */
  YYSYMBOL_WHEN = 47,                      /* "'when'"  */
  YYSYMBOL_THEN = 48,                      /* "'then'"  */
  YYSYMBOL_INCLUDES = 49,                  /* "'includes'"  */
  YYSYMBOL_EXPLAIN = 50,                   /* "'explain'"  */
  YYSYMBOL_FN = 51,                        /* "'fn'"  */
  YYSYMBOL_HANDLES = 52,                   /* "'handles'"  */
  YYSYMBOL_UNKNOWN = 53,                   /* "'unknown'"  */
  YYSYMBOL_CONST = 54,                     /* "'const'"  */
  YYSYMBOL_PARAMETER = 55,                 /* "'parameter'"  */
  YYSYMBOL_TEST = 56,                      /* "'test'"  */
  YYSYMBOL_GIVEN = 57,                     /* "'given'"  */
  YYSYMBOL_EXPECT = 58,                    /* "'expect'"  */
  YYSYMBOL_UNDETERMINED = 59,              /* "'undetermined'"  */
  YYSYMBOL_IF = 60,                        /* "'if'"  */
  YYSYMBOL_ELSE = 61,                      /* "'else'"  */
  YYSYMBOL_MATCH = 62,                     /* "'match'"  */
  YYSYMBOL_ANY = 63,                       /* "'any'"  */
  YYSYMBOL_ALL = 64,                       /* "'all'"  */
  YYSYMBOL_AND = 65,                       /* "'and'"  */
  YYSYMBOL_OR = 66,                        /* "'or'"  */
  YYSYMBOL_NOT = 67,                       /* "'not'"  */
  YYSYMBOL_CONTAINS = 68,                  /* "'contains'"  */
  YYSYMBOL_INTERSECTS = 69,                /* "'intersects'"  */
  YYSYMBOL_TRUE = 70,                      /* "'true'"  */
  YYSYMBOL_FALSE = 71,                     /* "'false'"  */
  YYSYMBOL_DAY = 72,                       /* "'day'"  */
  YYSYMBOL_DAYS = 73,                      /* "'days'"  */
  YYSYMBOL_WEEK = 74,                      /* "'week'"  */
  YYSYMBOL_WEEKS = 75,                     /* "'weeks'"  */
  YYSYMBOL_MONTH = 76,                     /* "'month'"  */
  YYSYMBOL_MONTHS = 77,                    /* "'months'"  */
  YYSYMBOL_YEAR = 78,                      /* "'year'"  */
  YYSYMBOL_YEARS = 79,                     /* "'years'"  */
  YYSYMBOL_LOWEST = 80,                    /* LOWEST  */
  YYSYMBOL_NAME = 81,                      /* NAME  */
  YYSYMBOL_82_ = 82,                       /* '='  */
  YYSYMBOL_83_ = 83,                       /* '<'  */
  YYSYMBOL_84_ = 84,                       /* '>'  */
  YYSYMBOL_85_ = 85,                       /* '+'  */
  YYSYMBOL_86_ = 86,                       /* '-'  */
  YYSYMBOL_87_ = 87,                       /* '*'  */
  YYSYMBOL_88_ = 88,                       /* '/'  */
  YYSYMBOL_UMINUS = 89,                    /* UMINUS  */
  YYSYMBOL_90_ = 90,                       /* '.'  */
  YYSYMBOL_91_ = 91,                       /* '{'  */
  YYSYMBOL_92_ = 92,                       /* '}'  */
  YYSYMBOL_93_ = 93,                       /* ','  */
  YYSYMBOL_94_ = 94,                       /* ':'  */
  YYSYMBOL_95_ = 95,                       /* '('  */
  YYSYMBOL_96_ = 96,                       /* ')'  */
  YYSYMBOL_97_ = 97,                       /* ']'  */
  YYSYMBOL_98_ = 98,                       /* '['  */
  YYSYMBOL_99_ = 99,                       /* '|'  */
  YYSYMBOL_YYACCEPT = 100,                 /* $accept  */
  YYSYMBOL_file = 101,                     /* file  */
  YYSYMBOL_top_item = 102,                 /* top_item  */
  YYSYMBOL_dotted = 103,                   /* dotted  */
  YYSYMBOL_word = 104,                     /* word  */
  YYSYMBOL_decl = 105,                     /* decl  */
  YYSYMBOL_texts = 106,                    /* texts  */
  YYSYMBOL_text_items = 107,               /* text_items  */
  YYSYMBOL_validity = 108,                 /* validity  */
  YYSYMBOL_cites = 109,                    /* cites  */
  YYSYMBOL_path = 110,                     /* path  */
  YYSYMBOL_type = 111,                     /* type  */
  YYSYMBOL_record_body = 112,              /* record_body  */
  YYSYMBOL_policy_decl = 113,              /* policy_decl  */
  YYSYMBOL_article_head = 114,             /* article_head  */
  YYSYMBOL_article_decl = 115,             /* article_decl  */
  YYSYMBOL_enum_body = 116,                /* enum_body  */
  YYSYMBOL_enum_decl = 117,                /* enum_decl  */
  YYSYMBOL_typedef_decl = 118,             /* typedef_decl  */
  YYSYMBOL_fact_item = 119,                /* fact_item  */
  YYSYMBOL_fact_leaf = 120,                /* fact_leaf  */
  YYSYMBOL_fact_group_head = 121,          /* fact_group_head  */
  YYSYMBOL_fact_group_body = 122,          /* fact_group_body  */
  YYSYMBOL_output_decl = 123,              /* output_decl  */
  YYSYMBOL_combine_how = 124,              /* combine_how  */
  YYSYMBOL_rule_decl = 125,                /* rule_decl  */
  YYSYMBOL_fn_params = 126,                /* fn_params  */
  YYSYMBOL_fn_decl = 127,                  /* fn_decl  */
  YYSYMBOL_handles = 128,                  /* handles  */
  YYSYMBOL_const_decl = 129,               /* const_decl  */
  YYSYMBOL_param_head = 130,               /* param_head  */
  YYSYMBOL_param_body = 131,               /* param_body  */
  YYSYMBOL_param_decl = 132,               /* param_decl  */
  YYSYMBOL_test_head = 133,                /* test_head  */
  YYSYMBOL_test_body = 134,                /* test_body  */
  YYSYMBOL_given_body = 135,               /* given_body  */
  YYSYMBOL_test_decl = 136,                /* test_decl  */
  YYSYMBOL_expr = 137,                     /* expr  */
  YYSYMBOL_postfix = 138,                  /* postfix  */
  YYSYMBOL_date_fn = 139,                  /* date_fn  */
  YYSYMBOL_args = 140,                     /* args  */
  YYSYMBOL_arg_list = 141,                 /* arg_list  */
  YYSYMBOL_primary = 142,                  /* primary  */
  YYSYMBOL_set_items = 143,                /* set_items  */
  YYSYMBOL_list_items = 144,               /* list_items  */
  YYSYMBOL_unit = 145,                     /* unit  */
  YYSYMBOL_match_body = 146,               /* match_body  */
  YYSYMBOL_arm = 147,                      /* arm  */
  YYSYMBOL_arm_patterns = 148              /* arm_patterns  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 22 "lang/parser.y"

#include <string.h>
#include "lexer.h"
#include "parse.h"
#include "base/alloc.h"

/* The parser's stacks live in GC memory so AST pointers on them stay visible to the collector. */
#define YYMALLOC zan_alloc
#define YYFREE(ptr) ((void)(ptr))
#define YYMAXDEPTH 20000

/* A rule's place spans its first to its last symbol; an empty rule sits where the previous ended. */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                          \
  do {                                                                       \
    if (N) { (Cur).start = YYRHSLOC(Rhs, 1).start; (Cur).end = YYRHSLOC(Rhs, N).end; } \
    else   { (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end; }               \
  } while (0)

static int zan_lex(ZAN_STYPE *val, ZanLoc *loc, ZanParser *p) { return lex_next(&p->lx, val, loc); }
static void zan_error(ZanLoc *loc, ZanParser *p, const char *msg);

static Loc L(const ZanParser *p, ZanLoc l) { Loc r = { p->src, l.start, l.end }; return r; }
#define LOC(at) L(p, at)

/* A clause given twice (`when … when …`): reported, the second is ignored. */
/* A keyword as this file writes it (its form in the file's keyword set), for messages. */
static const char *kw_local(const ZanParser *p, const char *en) {
  int tok = lex_keyword(en, strlen(en), 0);
  const char *t = tok ? lex_keyword_text(tok, p->file->keyword_set) : NULL;
  return t ? t : en;
}
static void dup(ZanParser *p, ZanLoc at, const char *clause) {
  diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_DUP_CLAUSE, kw_local(p, clause));
}
#define ONCE(call, at, clause) do { if (!(call)) dup(p, at, clause); } while (0)

/* Enum separators: all '<' (ordered) or all ',' / spaces (unordered); '<' between members. */
static void enum_mixed(ZanParser *p, ZanLoc at) {
  if (!p->enum_mixed) diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_ENUM_MIXED);
  p->enum_mixed = true;   /* once per enum */
}
static void enum_sep(ZanParser *p, Node *e, int sep, ZanLoc at) {
  if (sep == '<') {
    if (p->enum_last != 1) diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_ENUM_ORDER);
    else if (p->enum_comma) enum_mixed(p, at);
    p->enum_lt = true;
    ast_enum_ordered(e, true);
  } else if (sep == ',') {
    if (p->enum_lt) enum_mixed(p, at);
    p->enum_comma = true;
  }
  p->enum_last = sep == '<' ? 2 : 3;
}
static void enum_member(ZanParser *p, Node *e, Name m, Texts *label, ZanLoc at) {
  if (p->enum_lt && p->enum_last != 2)   /* `a < b c`: a member without '<' in an ordered enum */
    enum_mixed(p, at);
  ast_enum_member(e, m, label);
  p->enum_last = 1;
}
static void enum_end(ZanParser *p, ZanLoc at) {
  if (p->enum_last == 2) diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_ENUM_ORDER);
}

/* `1 year`: the count must keep the duration's fields (int32, weeks as days) in range. */
static Node *duration(ZanParser *p, int64_t n, DurUnit u, ZanLoc at) {
  int64_t lim = u == DUR_WEEK ? INT32_MAX / 7 : INT32_MAX;
  if (n > lim) {
    diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_DUR_RANGE);
    n = 0;
  }
  return ast_dur((int32_t)n, u, LOC(at));
}

static void decl(ZanParser *p, Node *n) {
  if (n) nodelist_push(&p->file->decls, n);
  p->cur_rule = NULL;   /* the missing-`then` hint applies inside a rule only */
}
static void module_decl(ZanParser *p, Name name, Validity v, ZanLoc at) {
  if (p->file->module.text || p->file->decls.n || p->file->nimports) {
    diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_MODULE_LATE, kw_local(p, "module"));
    return;
  }
  p->file->module = name;
  p->file->module_validity = v;
}

#line 346 "build-fuzz/gen/parser.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
# define YYCOPY_NEEDED 1
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined ZAN_LTYPE_IS_TRIVIAL && ZAN_LTYPE_IS_TRIVIAL \
             && defined ZAN_STYPE_IS_TRIVIAL && ZAN_STYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  2
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   910

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  100
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  49
/* YYNRULES -- Number of rules.  */
#define YYNRULES  256
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  414

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   337


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_int8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
      95,    96,    87,    85,    93,    86,    90,    88,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,    94,     2,
      83,    82,    84,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,    98,     2,    97,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,    91,    99,    92,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    89
};

#if ZAN_DEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   191,   191,   192,   193,   196,   197,   198,   199,   202,
     203,   207,   207,   207,   207,   207,   207,   207,   207,   207,
     207,   207,   207,   208,   208,   208,   208,   208,   208,   208,
     208,   208,   208,   208,   208,   208,   209,   209,   209,   209,
     209,   209,   209,   209,   209,   209,   209,   210,   210,   210,
     210,   210,   210,   210,   210,   210,   210,   211,   211,   211,
     211,   211,   211,   211,   211,   211,   211,   211,   211,   212,
     212,   212,   212,   212,   212,   212,   212,   212,   215,   215,
     215,   215,   215,   216,   216,   216,   216,   216,   216,   222,
     224,   225,   227,   229,   233,   234,   235,   239,   240,   241,
     245,   246,   250,   251,   252,   253,   255,   256,   257,   261,
     262,   263,   264,   265,   266,   270,   271,   272,   273,   274,
     275,   277,   281,   282,   283,   284,   285,   287,   290,   294,
     295,   297,   298,   299,   300,   302,   303,   304,   305,   307,
     308,   309,   310,   314,   315,   316,   317,   320,   321,   322,
     326,   327,   328,   329,   330,   331,   332,   333,   334,   338,
     339,   340,   342,   344,   345,   349,   350,   354,   355,   356,
     358,   359,   360,   362,   366,   367,   369,   370,   371,   372,
     373,   375,   376,   377,   378,   380,   384,   385,   386,   387,
     388,   389,   390,   391,   392,   393,   394,   395,   396,   397,
     398,   399,   400,   401,   402,   403,   404,   407,   408,   409,
     410,   414,   415,   416,   419,   420,   421,   423,   424,   425,
     426,   429,   430,   431,   432,   433,   434,   435,   436,   437,
     438,   439,   440,   441,   442,   443,   444,   445,   447,   448,
     450,   451,   454,   454,   454,   454,   455,   455,   455,   455,
     459,   460,   461,   463,   464,   466,   467
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "identifier", "integer",
  "decimal number", "text", "date", "'!='", "'<='", "'>='", "'->'",
  "'in force'", "'as of'", "'policy'", "'alias'", "'version'", "'subject'",
  "'as'", "'of'", "'module'", "'import'", "'article'", "'act'", "'title'",
  "'status'", "'source'", "'in'", "'force'", "'from'", "'until'", "'enum'",
  "'type'", "'record'", "'set'", "'list'", "'fact'", "'at'", "'label'",
  "'ask'", "'output'", "'combine'", "'default'", "'rule'", "'exception'",
  "'to'", "'cites'", "'when'", "'then'", "'includes'", "'explain'", "'fn'",
  "'handles'", "'unknown'", "'const'", "'parameter'", "'test'", "'given'",
  "'expect'", "'undetermined'", "'if'", "'else'", "'match'", "'any'",
  "'all'", "'and'", "'or'", "'not'", "'contains'", "'intersects'",
  "'true'", "'false'", "'day'", "'days'", "'week'", "'weeks'", "'month'",
  "'months'", "'year'", "'years'", "LOWEST", "NAME", "'='", "'<'", "'>'",
  "'+'", "'-'", "'*'", "'/'", "UMINUS", "'.'", "'{'", "'}'", "','", "':'",
  "'('", "')'", "']'", "'['", "'|'", "$accept", "file", "top_item",
  "dotted", "word", "decl", "texts", "text_items", "validity", "cites",
  "path", "type", "record_body", "policy_decl", "article_head",
  "article_decl", "enum_body", "enum_decl", "typedef_decl", "fact_item",
  "fact_leaf", "fact_group_head", "fact_group_body", "output_decl",
  "combine_how", "rule_decl", "fn_params", "fn_decl", "handles",
  "const_decl", "param_head", "param_body", "param_decl", "test_head",
  "test_body", "given_body", "test_decl", "expr", "postfix", "date_fn",
  "args", "arg_list", "primary", "set_items", "list_items", "unit",
  "match_body", "arm", "arm_patterns", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-164)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-1)

#define yytable_value_is_error(Yyn) \
  ((Yyn) == YYTABLE_NINF)

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -164,   854,  -164,  -164,    13,   774,   774,    39,    60,    71,
      74,    81,    87,   104,   107,   125,   128,   116,  -164,  -164,
     119,    30,  -164,    32,  -164,  -164,   138,    94,    -2,  -164,
    -164,   -34,    26,  -164,    -8,     1,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,   121,    63,  -164,  -164,    79,
      95,    88,  -164,    23,    11,    12,    89,  -164,  -164,    86,
     -58,    92,  -164,   184,   183,   185,   184,   101,    -4,   187,
     101,   191,   190,  -164,  -164,  -164,   160,  -164,  -164,  -164,
     101,     4,   357,   196,   199,   357,   203,   101,  -164,   108,
    -164,   113,   101,   199,  -164,   120,  -164,  -164,   206,  -164,
    -164,   124,   394,  -164,    16,  -164,   774,  -164,    31,    31,
     210,   101,   101,   211,   101,   101,  -164,  -164,  -164,  -164,
    -164,    31,  -164,   357,    31,    31,  -164,   134,  -164,  -164,
     134,  -164,   218,   219,  -164,  -164,  -164,  -164,    20,   101,
    -164,  -164,  -164,  -164,  -164,  -164,    73,  -164,  -164,  -164,
    -164,   357,   357,   215,   224,   357,  -164,  -164,  -164,  -164,
    -164,   357,    25,   357,   205,   629,   -51,   133,  -164,   -21,
     -46,    37,  -164,  -164,    21,   629,   -39,  -164,    31,    31,
    -164,    21,   357,  -164,  -164,   170,   629,  -164,  -164,  -164,
     -44,  -164,  -164,   139,   214,   216,  -164,    34,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,   629,   152,  -164,   233,
     207,  -164,   232,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,   586,   562,   212,   213,   651,
    -164,  -164,   629,   244,  -164,   629,   357,   357,   357,   357,
     357,   357,   357,   357,   357,   357,   357,   357,   357,   357,
     357,   238,   433,   433,  -164,   281,   318,  -164,  -164,   231,
    -164,  -164,  -164,     0,  -164,   237,   357,   357,  -164,   192,
     629,  -164,   357,  -164,    31,    31,   151,  -164,  -164,   357,
    -164,   239,   221,   357,  -164,   357,   357,  -164,   699,   699,
     699,   699,   651,   678,   699,   699,   699,   699,   699,    50,
      50,  -164,  -164,  -164,   166,   629,   159,   163,   167,  -164,
     629,  -164,   629,   357,   357,   256,  -164,   629,   629,   220,
     182,   629,  -164,  -164,    31,   629,  -164,   260,   597,   498,
     535,   357,  -164,   470,  -164,   629,   629,  -164,  -164,   357,
    -164,  -164,   357,   357,   357,   629,   197,   629,   629,   629,
     629,   629,   357,   629
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       2,     0,     1,     4,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     3,     8,
      78,     0,    79,     0,    80,    81,    83,    84,     0,    85,
      86,     0,     0,    87,     0,     0,    88,   109,    11,    12,
      13,    14,    15,    16,    17,    18,    19,    20,    21,    22,
      23,    24,    25,    26,    27,    28,    29,    30,    31,    32,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,     5,     7,     9,   115,     0,
       0,   135,    82,   129,     0,     0,     0,   150,   151,     0,
       0,     0,   174,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    90,   121,   120,   123,   126,   127,   125,
       0,     0,     0,     0,     0,     0,     0,     0,   154,     0,
     161,     0,     0,     0,   170,     0,   173,   172,     0,   176,
     180,     0,     0,   185,     0,     6,     0,   122,     0,     0,
       0,     0,     0,     0,     0,     0,   139,   142,   130,   141,
     140,     0,   159,     0,     0,     0,   100,   113,   110,   111,
     112,   114,     0,     0,   116,   117,   118,   119,     0,     0,
     146,   147,   148,   149,   144,   221,   222,   224,   225,   226,
     229,     0,     0,     0,     0,     0,   227,   228,   213,   212,
     211,     0,     0,     0,     0,   145,   206,     0,   207,     0,
       0,     0,   152,    97,   153,   155,     0,   158,     0,     0,
     169,   168,     0,   175,   181,   221,   178,   184,   177,   183,
       0,    10,   102,     0,     0,     0,   128,     0,   131,   132,
     133,   134,   136,   137,   138,   143,   166,     0,   167,     0,
      94,    96,     0,    89,    93,   124,   242,   243,   244,   245,
     246,   247,   248,   249,   223,     0,     0,     0,     0,   191,
     205,   235,   238,     0,   236,   240,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   214,   214,   231,     0,     0,   233,   255,     0,
     237,   252,   251,     0,    99,     0,     0,     0,   160,   163,
     171,   179,     0,   106,     0,     0,     0,   105,   108,     0,
     101,     0,    91,     0,   250,     0,     0,   230,   193,   195,
     197,   198,   190,   189,   199,   200,   192,   194,   196,   201,
     202,   203,   204,   208,   221,   217,     0,   215,     0,   232,
     239,   234,   241,     0,     0,     0,    98,   157,   156,     0,
       0,   182,   103,   104,     0,   165,    95,     0,     0,     0,
       0,     0,   209,   216,   210,   254,   253,   256,   164,     0,
     107,    92,     0,     0,     0,   218,   221,   219,   162,   186,
     187,   188,     0,   220
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -164,  -164,  -164,  -164,     3,  -164,    48,  -164,   -19,   127,
    -112,  -163,  -164,  -164,  -164,  -164,  -164,  -164,  -164,   174,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164,
    -164,  -164,  -164,  -164,  -164,  -164,  -164,  -142,  -164,  -164,
     -35,  -164,  -164,  -164,  -164,  -164,  -164,  -164,  -164
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,    18,   106,   105,    19,   134,   198,   135,   234,
     187,   256,   257,    20,    21,    22,    23,    24,    25,   112,
     113,   114,   115,    26,   204,    27,    28,    29,   380,    30,
      31,    32,    33,    34,    35,   164,    36,   365,   226,   227,
     366,   367,   228,   229,   230,   284,   231,   322,   323
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     225,   149,   160,   235,   152,   158,   258,   201,   148,   107,
     326,   374,   153,   177,   190,   111,    37,   247,   265,   186,
     246,   267,   268,   272,   183,   192,   193,   324,   205,   206,
     207,   208,   209,   155,   252,   136,   184,   336,   332,   311,
     318,   266,   128,   327,   312,   108,   269,   316,   173,   174,
     175,   317,   250,   129,   130,   131,   132,   154,   161,   162,
     170,   171,   172,   109,   253,   254,   255,   202,   203,   285,
     286,   314,   315,   289,   110,   328,   329,   111,   210,   290,
     292,   293,   295,   159,   116,   211,   165,   212,   213,   214,
     117,   150,   215,   163,   151,   216,   217,   218,   319,   375,
     330,   219,   176,   220,   178,   179,   128,   118,   248,   249,
     119,   221,   273,   274,   325,   137,   222,   291,   156,   157,
     223,   133,   122,   224,   138,   139,   337,   338,   120,   320,
     321,   121,   123,   128,   124,   125,   126,   309,   310,   143,
     144,   145,   146,   127,   147,   276,   277,   278,   279,   280,
     281,   282,   283,   166,   348,   349,   350,   351,   352,   353,
     354,   355,   356,   357,   358,   359,   360,   361,   362,   251,
     167,   382,   383,   370,   372,   191,   140,   168,   195,   141,
     142,   182,   169,   181,   377,   378,   185,   186,   200,   188,
     381,   189,   133,   194,   196,   237,   197,   385,   199,   232,
     240,   388,   238,   389,   390,   233,   236,   239,   205,   206,
     207,   208,   209,   243,   242,   244,   259,   262,   287,   260,
     261,   400,   263,   264,   269,   270,   271,   288,   313,   331,
     333,   395,   396,   334,   339,   335,   340,   341,   342,   345,
     346,   363,   373,   376,   379,   384,   386,   275,   391,   405,
     387,   407,   296,   297,   298,   392,   393,   408,   210,   397,
     409,   410,   411,   394,   399,   211,   401,   212,   213,   214,
     413,   299,   215,   398,     0,   216,   217,   218,   368,   412,
     241,   219,     0,   220,   205,   206,   207,   208,   209,   180,
       0,   221,     0,     0,     0,     0,   222,     0,     0,     0,
     223,     0,   294,   224,     0,     0,     0,     0,     0,   300,
     301,     0,   302,   303,     0,     0,     0,     0,     0,     0,
       0,   205,   206,   207,   208,   209,   304,   305,   306,   307,
     308,   309,   310,     0,   210,     0,     0,     0,     0,     0,
     347,   211,     0,   212,   213,   214,     0,     0,   215,     0,
       0,   216,   217,   218,     0,     0,     0,   219,     0,   220,
     205,   206,   207,   208,   209,     0,     0,   221,     0,     0,
       0,   210,   222,   369,     0,     0,   223,     0,   211,   224,
     212,   213,   214,     0,     0,   215,     0,     0,   216,   217,
     218,     0,     0,     0,   219,     0,   220,   245,   206,   207,
     208,   209,     0,     0,   221,     0,     0,     0,     0,   222,
     210,     0,     0,   223,     0,   371,   224,   211,     0,   212,
     213,   214,     0,     0,   215,     0,     0,   216,   217,   218,
       0,     0,     0,   219,     0,   220,   364,   206,   207,   208,
     209,     0,     0,   221,     0,     0,     0,   210,   222,     0,
       0,     0,   223,     0,   211,   224,   212,   213,   214,     0,
       0,   215,     0,     0,   216,   217,   218,     0,     0,     0,
     219,     0,   220,   406,   206,   207,   208,   209,     0,     0,
     221,     0,     0,     0,     0,   222,   210,     0,     0,   223,
       0,     0,   224,   211,     0,   212,   213,   214,     0,     0,
     215,     0,     0,   216,   217,   218,   296,   297,   298,   219,
       0,   220,     0,     0,     0,     0,     0,     0,     0,   221,
       0,     0,     0,   210,   222,   299,     0,     0,   223,     0,
     211,   224,   212,   213,   214,     0,     0,   215,     0,     0,
     216,   217,   218,   296,   297,   298,   219,     0,   220,     0,
       0,     0,     0,     0,     0,     0,   221,     0,     0,     0,
       0,   222,   299,   300,   301,   223,   302,   303,   224,     0,
     296,   297,   298,     0,     0,     0,     0,     0,     0,     0,
     304,   305,   306,   307,   308,   309,   310,     0,     0,   299,
       0,     0,   403,     0,   296,   297,   298,     0,     0,     0,
     300,   301,     0,   302,   303,   296,   297,   298,     0,     0,
       0,     0,     0,   299,     0,     0,     0,   304,   305,   306,
     307,   308,   309,   310,   299,     0,     0,   300,   301,   404,
     302,   303,     0,     0,   343,     0,     0,   296,   297,   298,
       0,     0,     0,     0,   304,   305,   306,   307,   308,   309,
     310,   300,   301,   344,   302,   303,   299,     0,   402,   296,
     297,   298,   300,   301,     0,   302,   303,     0,   304,   305,
     306,   307,   308,   309,   310,     0,     0,     0,   299,   304,
     305,   306,   307,   308,   309,   310,   296,   297,   298,     0,
       0,     0,     0,     0,   300,   301,     0,   302,   303,     0,
       0,     0,     0,     0,     0,   299,     0,    -1,    -1,    -1,
       0,   304,   305,   306,   307,   308,   309,   310,     0,   302,
     303,     0,     0,     0,     0,     0,    -1,     0,     0,     0,
       0,     0,     0,   304,   305,   306,   307,   308,   309,   310,
       0,     0,     0,   300,     0,     0,   302,   303,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     304,   305,   306,   307,   308,   309,   310,    -1,    -1,     0,
       0,     0,     0,     0,     0,     0,     0,    38,     0,     0,
       0,    -1,    -1,    -1,   307,   308,   309,   310,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,     2,     3,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     4,     0,
       0,     0,     0,     0,     5,     6,     7,     0,     0,     0,
       0,     0,     0,     0,     0,     8,     9,     0,     0,     0,
      10,     0,     0,     0,    11,     0,     0,    12,    13,     0,
       0,     0,     0,     0,     0,    14,     0,     0,    15,    16,
      17
};

static const yytype_int16 yycheck[] =
{
     142,     3,     1,   145,    38,    13,   169,     3,    27,     6,
      49,    11,    46,     1,   126,     3,     3,     1,   181,     3,
     162,   184,   185,     3,    82,    29,    30,     6,     3,     4,
       5,     6,     7,     7,     3,     3,    94,     3,    82,    90,
       3,   183,    12,    82,    95,     6,    90,    93,    37,    38,
      39,    97,   164,    23,    24,    25,    26,    91,    57,    58,
      37,    38,    39,     3,    33,    34,    35,    63,    64,   211,
     212,    92,    93,   215,     3,   238,   239,     3,    53,   221,
     222,   223,   224,    91,     3,    60,   105,    62,    63,    64,
       3,    93,    67,    92,    96,    70,    71,    72,    61,    99,
     242,    76,    91,    78,    92,    93,    12,     3,    92,    93,
       3,    86,    92,    93,    93,    83,    91,    92,    92,    93,
      95,    91,     6,    98,    92,    93,    92,    93,     3,    92,
      93,     3,    13,    12,    15,    16,    17,    87,    88,    45,
      46,    47,    48,    24,    50,    72,    73,    74,    75,    76,
      77,    78,    79,    90,   296,   297,   298,   299,   300,   301,
     302,   303,   304,   305,   306,   307,   308,   309,   310,   166,
      91,   334,   335,   315,   316,   127,    38,    82,   130,    41,
      42,    95,    94,    94,   326,   327,    94,     3,   140,     6,
     332,     6,    91,     6,     3,   147,     6,   339,    38,     3,
     152,   343,    94,   345,   346,     6,     3,    94,     3,     4,
       5,     6,     7,     7,    94,    91,     6,     6,     3,   171,
     172,   384,   174,   175,    90,     7,     7,     3,    95,    59,
      91,   373,   374,    19,    82,    19,     3,    30,     6,    27,
      27,     3,    11,     6,    52,    94,     7,   199,    82,   391,
      29,   393,     8,     9,    10,    96,    93,   399,    53,     3,
     402,   403,   404,    96,    82,    60,     6,    62,    63,    64,
     412,    27,    67,    53,    -1,    70,    71,    72,   313,    82,
     153,    76,    -1,    78,     3,     4,     5,     6,     7,   115,
      -1,    86,    -1,    -1,    -1,    -1,    91,    -1,    -1,    -1,
      95,    -1,    97,    98,    -1,    -1,    -1,    -1,    -1,    65,
      66,    -1,    68,    69,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,     3,     4,     5,     6,     7,    82,    83,    84,    85,
      86,    87,    88,    -1,    53,    -1,    -1,    -1,    -1,    -1,
      96,    60,    -1,    62,    63,    64,    -1,    -1,    67,    -1,
      -1,    70,    71,    72,    -1,    -1,    -1,    76,    -1,    78,
       3,     4,     5,     6,     7,    -1,    -1,    86,    -1,    -1,
      -1,    53,    91,    92,    -1,    -1,    95,    -1,    60,    98,
      62,    63,    64,    -1,    -1,    67,    -1,    -1,    70,    71,
      72,    -1,    -1,    -1,    76,    -1,    78,     3,     4,     5,
       6,     7,    -1,    -1,    86,    -1,    -1,    -1,    -1,    91,
      53,    -1,    -1,    95,    -1,    97,    98,    60,    -1,    62,
      63,    64,    -1,    -1,    67,    -1,    -1,    70,    71,    72,
      -1,    -1,    -1,    76,    -1,    78,     3,     4,     5,     6,
       7,    -1,    -1,    86,    -1,    -1,    -1,    53,    91,    -1,
      -1,    -1,    95,    -1,    60,    98,    62,    63,    64,    -1,
      -1,    67,    -1,    -1,    70,    71,    72,    -1,    -1,    -1,
      76,    -1,    78,     3,     4,     5,     6,     7,    -1,    -1,
      86,    -1,    -1,    -1,    -1,    91,    53,    -1,    -1,    95,
      -1,    -1,    98,    60,    -1,    62,    63,    64,    -1,    -1,
      67,    -1,    -1,    70,    71,    72,     8,     9,    10,    76,
      -1,    78,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    86,
      -1,    -1,    -1,    53,    91,    27,    -1,    -1,    95,    -1,
      60,    98,    62,    63,    64,    -1,    -1,    67,    -1,    -1,
      70,    71,    72,     8,     9,    10,    76,    -1,    78,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    86,    -1,    -1,    -1,
      -1,    91,    27,    65,    66,    95,    68,    69,    98,    -1,
       8,     9,    10,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      82,    83,    84,    85,    86,    87,    88,    -1,    -1,    27,
      -1,    -1,    94,    -1,     8,     9,    10,    -1,    -1,    -1,
      65,    66,    -1,    68,    69,     8,     9,    10,    -1,    -1,
      -1,    -1,    -1,    27,    -1,    -1,    -1,    82,    83,    84,
      85,    86,    87,    88,    27,    -1,    -1,    65,    66,    94,
      68,    69,    -1,    -1,    48,    -1,    -1,     8,     9,    10,
      -1,    -1,    -1,    -1,    82,    83,    84,    85,    86,    87,
      88,    65,    66,    91,    68,    69,    27,    -1,    61,     8,
       9,    10,    65,    66,    -1,    68,    69,    -1,    82,    83,
      84,    85,    86,    87,    88,    -1,    -1,    -1,    27,    82,
      83,    84,    85,    86,    87,    88,     8,     9,    10,    -1,
      -1,    -1,    -1,    -1,    65,    66,    -1,    68,    69,    -1,
      -1,    -1,    -1,    -1,    -1,    27,    -1,     8,     9,    10,
      -1,    82,    83,    84,    85,    86,    87,    88,    -1,    68,
      69,    -1,    -1,    -1,    -1,    -1,    27,    -1,    -1,    -1,
      -1,    -1,    -1,    82,    83,    84,    85,    86,    87,    88,
      -1,    -1,    -1,    65,    -1,    -1,    68,    69,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      82,    83,    84,    85,    86,    87,    88,    68,    69,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,     3,    -1,    -1,
      -1,    82,    83,    84,    85,    86,    87,    88,    14,    15,
      16,    17,    18,    19,    20,    21,    22,    23,    24,    25,
      26,    27,    28,    29,    30,    31,    32,    33,    34,    35,
      36,    37,    38,    39,    40,    41,    42,    43,    44,    45,
      46,    47,    48,    49,    50,    51,    52,    53,    54,    55,
      56,    57,    58,    59,    60,    61,    62,    63,    64,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,     0,     1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    14,    -1,
      -1,    -1,    -1,    -1,    20,    21,    22,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    31,    32,    -1,    -1,    -1,
      36,    -1,    -1,    -1,    40,    -1,    -1,    43,    44,    -1,
      -1,    -1,    -1,    -1,    -1,    51,    -1,    -1,    54,    55,
      56
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_uint8 yystos[] =
{
       0,   101,     0,     1,    14,    20,    21,    22,    31,    32,
      36,    40,    43,    44,    51,    54,    55,    56,   102,   105,
     113,   114,   115,   116,   117,   118,   123,   125,   126,   127,
     129,   130,   131,   132,   133,   134,   136,     3,     3,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,   104,   103,   104,     6,     3,
       3,     3,   119,   120,   121,   122,     3,     3,     3,     3,
       3,     3,     6,    13,    15,    16,    17,    24,    12,    23,
      24,    25,    26,    91,   106,   108,     3,    83,    92,    93,
      38,    41,    42,    45,    46,    47,    48,    50,   108,     3,
      93,    96,    38,    46,    91,     7,    92,    93,    13,    91,
       1,    57,    58,    92,   135,   108,    90,    91,    82,    94,
      37,    38,    39,    37,    38,    39,    91,     1,    92,    93,
     119,    94,    95,    82,    94,    94,     3,   110,     6,     6,
     110,   106,    29,    30,     6,   106,     3,     6,   107,    38,
     106,     3,    63,    64,   124,     3,     4,     5,     6,     7,
      53,    60,    62,    63,    64,    67,    70,    71,    72,    76,
      78,    86,    91,    95,    98,   137,   138,   139,   142,   143,
     144,   146,     3,     6,   109,   137,     3,   106,    94,    94,
     106,   109,    94,     7,    91,     3,   137,     1,    92,    93,
     110,   104,     3,    33,    34,    35,   111,   112,   111,     6,
     106,   106,     6,   106,   106,   111,   137,   111,   111,    90,
       7,     7,     3,    92,    93,   106,    72,    73,    74,    75,
      76,    77,    78,    79,   145,   137,   137,     3,     3,   137,
     137,    92,   137,   137,    97,   137,     8,     9,    10,    27,
      65,    66,    68,    69,    82,    83,    84,    85,    86,    87,
      88,    90,    95,    95,    92,    93,    93,    97,     3,    61,
      92,    93,   147,   148,     6,    93,    49,    82,   111,   111,
     137,    59,    82,    91,    19,    19,     3,    92,    93,    82,
       3,    30,     6,    48,    91,    27,    27,    96,   137,   137,
     137,   137,   137,   137,   137,   137,   137,   137,   137,   137,
     137,   137,   137,     3,     3,   137,   140,   141,   140,    92,
     137,    97,   137,    11,    11,    99,     6,   137,   137,    52,
     128,   137,   111,   111,    94,   137,     7,    29,   137,   137,
     137,    82,    96,    93,    96,   137,   137,     3,    53,    82,
     111,     6,    61,    94,    94,   137,     3,   137,   137,   137,
     137,   137,    82,   137
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_uint8 yyr1[] =
{
       0,   100,   101,   101,   101,   102,   102,   102,   102,   103,
     103,   104,   104,   104,   104,   104,   104,   104,   104,   104,
     104,   104,   104,   104,   104,   104,   104,   104,   104,   104,
     104,   104,   104,   104,   104,   104,   104,   104,   104,   104,
     104,   104,   104,   104,   104,   104,   104,   104,   104,   104,
     104,   104,   104,   104,   104,   104,   104,   104,   104,   104,
     104,   104,   104,   104,   104,   104,   104,   104,   104,   104,
     104,   104,   104,   104,   104,   104,   104,   104,   105,   105,
     105,   105,   105,   105,   105,   105,   105,   105,   105,   106,
     107,   107,   107,   107,   108,   108,   108,   109,   109,   109,
     110,   110,   111,   111,   111,   111,   112,   112,   112,   113,
     113,   113,   113,   113,   113,   114,   114,   114,   114,   114,
     114,   115,   116,   116,   116,   116,   116,   117,   118,   119,
     119,   120,   120,   120,   120,   121,   121,   121,   121,   122,
     122,   122,   122,   123,   123,   123,   123,   124,   124,   124,
     125,   125,   125,   125,   125,   125,   125,   125,   125,   126,
     126,   126,   127,   128,   128,   129,   129,   130,   130,   130,
     131,   131,   131,   132,   133,   133,   134,   134,   134,   134,
     134,   135,   135,   135,   135,   136,   137,   137,   137,   137,
     137,   137,   137,   137,   137,   137,   137,   137,   137,   137,
     137,   137,   137,   137,   137,   137,   137,   138,   138,   138,
     138,   139,   139,   139,   140,   140,   140,   141,   141,   141,
     141,   142,   142,   142,   142,   142,   142,   142,   142,   142,
     142,   142,   142,   142,   142,   142,   142,   142,   143,   143,
     144,   144,   145,   145,   145,   145,   145,   145,   145,   145,
     146,   146,   146,   147,   147,   148,   148
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     2,     2,     3,     2,     1,     1,
       3,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     2,     1,     1,     1,     1,     1,     1,     3,
       0,     3,     5,     2,     3,     5,     3,     1,     3,     2,
       1,     3,     1,     3,     3,     2,     2,     4,     2,     2,
       3,     3,     3,     3,     3,     2,     3,     3,     3,     3,
       2,     2,     3,     2,     4,     2,     2,     2,     4,     1,
       2,     3,     3,     3,     3,     1,     3,     3,     3,     2,
       2,     2,     2,     4,     3,     3,     3,     1,     1,     1,
       2,     2,     3,     3,     2,     3,     5,     5,     3,     3,
       4,     2,     7,     0,     2,     6,     4,     4,     3,     3,
       2,     4,     2,     2,     2,     3,     2,     3,     3,     4,
       2,     2,     4,     2,     2,     2,     6,     6,     6,     3,
       3,     2,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     2,     1,     1,     3,     4,
       4,     1,     1,     1,     0,     1,     2,     1,     3,     3,
       5,     1,     1,     2,     1,     1,     1,     1,     1,     1,
       3,     2,     3,     2,     3,     2,     2,     2,     2,     3,
       2,     3,     1,     1,     1,     1,     1,     1,     1,     1,
       3,     2,     2,     3,     3,     1,     3
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = T_ZAN_EMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == T_ZAN_EMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        YY_LAC_DISCARD ("YYBACKUP");                              \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, p, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use T_ZAN_error or T_ZAN_UNDEF. */
#define YYERRCODE T_ZAN_UNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if ZAN_DEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined ZAN_LTYPE_IS_TRIVIAL && ZAN_LTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, p); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, ZanParser *p)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (p);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, ZanParser *p)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, p);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, ZanParser *p)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), p);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, p); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !ZAN_DEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !ZAN_DEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Given a state stack such that *YYBOTTOM is its bottom, such that
   *YYTOP is either its top or is YYTOP_EMPTY to indicate an empty
   stack, and such that *YYCAPACITY is the maximum number of elements it
   can hold without a reallocation, make sure there is enough room to
   store YYADD more elements.  If not, allocate a new stack using
   YYSTACK_ALLOC, copy the existing elements, and adjust *YYBOTTOM,
   *YYTOP, and *YYCAPACITY to reflect the new capacity and memory
   location.  If *YYBOTTOM != YYBOTTOM_NO_FREE, then free the old stack
   using YYSTACK_FREE.  Return 0 if successful or if no reallocation is
   required.  Return YYENOMEM if memory is exhausted.  */
static int
yy_lac_stack_realloc (YYPTRDIFF_T *yycapacity, YYPTRDIFF_T yyadd,
#if ZAN_DEBUG
                      char const *yydebug_prefix,
                      char const *yydebug_suffix,
#endif
                      yy_state_t **yybottom,
                      yy_state_t *yybottom_no_free,
                      yy_state_t **yytop, yy_state_t *yytop_empty)
{
  YYPTRDIFF_T yysize_old =
    *yytop == yytop_empty ? 0 : *yytop - *yybottom + 1;
  YYPTRDIFF_T yysize_new = yysize_old + yyadd;
  if (*yycapacity < yysize_new)
    {
      YYPTRDIFF_T yyalloc = 2 * yysize_new;
      yy_state_t *yybottom_new;
      /* Use YYMAXDEPTH for maximum stack size given that the stack
         should never need to grow larger than the main state stack
         needs to grow without LAC.  */
      if (YYMAXDEPTH < yysize_new)
        {
          YYDPRINTF ((stderr, "%smax size exceeded%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (YYMAXDEPTH < yyalloc)
        yyalloc = YYMAXDEPTH;
      yybottom_new =
        YY_CAST (yy_state_t *,
                 YYSTACK_ALLOC (YY_CAST (YYSIZE_T,
                                         yyalloc * YYSIZEOF (*yybottom_new))));
      if (!yybottom_new)
        {
          YYDPRINTF ((stderr, "%srealloc failed%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (*yytop != yytop_empty)
        {
          YYCOPY (yybottom_new, *yybottom, yysize_old);
          *yytop = yybottom_new + (yysize_old - 1);
        }
      if (*yybottom != yybottom_no_free)
        YYSTACK_FREE (*yybottom);
      *yybottom = yybottom_new;
      *yycapacity = yyalloc;
    }
  return 0;
}

/* Establish the initial context for the current lookahead if no initial
   context is currently established.

   We define a context as a snapshot of the parser stacks.  We define
   the initial context for a lookahead as the context in which the
   parser initially examines that lookahead in order to select a
   syntactic action.  Thus, if the lookahead eventually proves
   syntactically unacceptable (possibly in a later context reached via a
   series of reductions), the initial context can be used to determine
   the exact set of tokens that would be syntactically acceptable in the
   lookahead's place.  Moreover, it is the context after which any
   further semantic actions would be erroneous because they would be
   determined by a syntactically unacceptable token.

   YY_LAC_ESTABLISH should be invoked when a reduction is about to be
   performed in an inconsistent state (which, for the purposes of LAC,
   includes consistent states that don't know they're consistent because
   their default reductions have been disabled).  Iff there is a
   lookahead token, it should also be invoked before reporting a syntax
   error.  This latter case is for the sake of the debugging output.

   For parse.lac=full, the implementation of YY_LAC_ESTABLISH is as
   follows.  If no initial context is currently established for the
   current lookahead, then check if that lookahead can eventually be
   shifted if syntactic actions continue from the current context.
   Report a syntax error if it cannot.  */
#define YY_LAC_ESTABLISH                                                \
do {                                                                    \
  if (!yy_lac_established)                                              \
    {                                                                   \
      YYDPRINTF ((stderr,                                               \
                  "LAC: initial context established for %s\n",          \
                  yysymbol_name (yytoken)));                            \
      yy_lac_established = 1;                                           \
      switch (yy_lac (yyesa, &yyes, &yyes_capacity, yyssp, yytoken))    \
        {                                                               \
        case YYENOMEM:                                                  \
          YYNOMEM;                                                      \
        case 1:                                                         \
          goto yyerrlab;                                                \
        }                                                               \
    }                                                                   \
} while (0)

/* Discard any previous initial lookahead context because of Event,
   which may be a lookahead change or an invalidation of the currently
   established initial context for the current lookahead.

   The most common example of a lookahead change is a shift.  An example
   of both cases is syntax error recovery.  That is, a syntax error
   occurs when the lookahead is syntactically erroneous for the
   currently established initial context, so error recovery manipulates
   the parser stacks to try to find a new initial context in which the
   current lookahead is syntactically acceptable.  If it fails to find
   such a context, it discards the lookahead.  */
#if ZAN_DEBUG
# define YY_LAC_DISCARD(Event)                                           \
do {                                                                     \
  if (yy_lac_established)                                                \
    {                                                                    \
      YYDPRINTF ((stderr, "LAC: initial context discarded due to "       \
                  Event "\n"));                                          \
      yy_lac_established = 0;                                            \
    }                                                                    \
} while (0)
#else
# define YY_LAC_DISCARD(Event) yy_lac_established = 0
#endif

/* Given the stack whose top is *YYSSP, return 0 iff YYTOKEN can
   eventually (after perhaps some reductions) be shifted, return 1 if
   not, or return YYENOMEM if memory is exhausted.  As preconditions and
   postconditions: *YYES_CAPACITY is the allocated size of the array to
   which *YYES points, and either *YYES = YYESA or *YYES points to an
   array allocated with YYSTACK_ALLOC.  yy_lac may overwrite the
   contents of either array, alter *YYES and *YYES_CAPACITY, and free
   any old *YYES other than YYESA.  */
static int
yy_lac (yy_state_t *yyesa, yy_state_t **yyes,
        YYPTRDIFF_T *yyes_capacity, yy_state_t *yyssp, yysymbol_kind_t yytoken)
{
  yy_state_t *yyes_prev = yyssp;
  yy_state_t *yyesp = yyes_prev;
  /* Reduce until we encounter a shift and thereby accept the token.  */
  YYDPRINTF ((stderr, "LAC: checking lookahead %s:", yysymbol_name (yytoken)));
  if (yytoken == YYSYMBOL_YYUNDEF)
    {
      YYDPRINTF ((stderr, " Always Err\n"));
      return 1;
    }
  while (1)
    {
      int yyrule = yypact[+*yyesp];
      if (yypact_value_is_default (yyrule)
          || (yyrule += yytoken) < 0 || YYLAST < yyrule
          || yycheck[yyrule] != yytoken)
        {
          /* Use the default action.  */
          yyrule = yydefact[+*yyesp];
          if (yyrule == 0)
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
        }
      else
        {
          /* Use the action from yytable.  */
          yyrule = yytable[yyrule];
          if (yytable_value_is_error (yyrule))
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
          if (0 < yyrule)
            {
              YYDPRINTF ((stderr, " S%d\n", yyrule));
              return 0;
            }
          yyrule = -yyrule;
        }
      /* By now we know we have to simulate a reduce.  */
      YYDPRINTF ((stderr, " R%d", yyrule - 1));
      {
        /* Pop the corresponding number of values from the stack.  */
        YYPTRDIFF_T yylen = yyr2[yyrule];
        /* First pop from the LAC stack as many tokens as possible.  */
        if (yyesp != yyes_prev)
          {
            YYPTRDIFF_T yysize = yyesp - *yyes + 1;
            if (yylen < yysize)
              {
                yyesp -= yylen;
                yylen = 0;
              }
            else
              {
                yyesp = yyes_prev;
                yylen -= yysize;
              }
          }
        /* Only afterwards look at the main stack.  */
        if (yylen)
          yyesp = yyes_prev -= yylen;
      }
      /* Push the resulting state of the reduction.  */
      {
        yy_state_fast_t yystate;
        {
          const int yylhs = yyr1[yyrule] - YYNTOKENS;
          const int yyi = yypgoto[yylhs] + *yyesp;
          yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyesp
                     ? yytable[yyi]
                     : yydefgoto[yylhs]);
        }
        if (yyesp == yyes_prev)
          {
            yyesp = *yyes;
            YY_IGNORE_USELESS_CAST_BEGIN
            *yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        else
          {
            if (yy_lac_stack_realloc (yyes_capacity, 1,
#if ZAN_DEBUG
                                      " (", ")",
#endif
                                      yyes, yyesa, &yyesp, yyes_prev))
              {
                YYDPRINTF ((stderr, "\n"));
                return YYENOMEM;
              }
            YY_IGNORE_USELESS_CAST_BEGIN
            *++yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        YYDPRINTF ((stderr, " G%d", yystate));
      }
    }
}

/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yy_state_t *yyesa;
  yy_state_t **yyes;
  YYPTRDIFF_T *yyes_capacity;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;

  int yyx;
  for (yyx = 0; yyx < YYNTOKENS; ++yyx)
    {
      yysymbol_kind_t yysym = YY_CAST (yysymbol_kind_t, yyx);
      if (yysym != YYSYMBOL_YYerror && yysym != YYSYMBOL_YYUNDEF)
        switch (yy_lac (yyctx->yyesa, yyctx->yyes, yyctx->yyes_capacity, yyctx->yyssp, yysym))
          {
          case YYENOMEM:
            return YYENOMEM;
          case 1:
            continue;
          default:
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = yysym;
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}

/* The location of the lookahead of this context.  */
static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx)
{
  return yyctx->yylloc;
}

/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, ZanParser *p);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, ZanParser *p)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (p);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (ZanParser *p)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined ZAN_LTYPE_IS_TRIVIAL && ZAN_LTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

    yy_state_t yyesa[20];
    yy_state_t *yyes = yyesa;
    YYPTRDIFF_T yyes_capacity = 20 < YYMAXDEPTH ? 20 : YYMAXDEPTH;

  /* Whether LAC context is established.  A Boolean.  */
  int yy_lac_established = 0;
  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = T_ZAN_EMPTY; /* Cause a token to be read.  */

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == T_ZAN_EMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, p);
    }

  if (yychar <= T_END)
    {
      yychar = T_END;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == T_ZAN_error)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = T_ZAN_UNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    {
      YY_LAC_ESTABLISH;
      goto yydefault;
    }
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      YY_LAC_ESTABLISH;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = T_ZAN_EMPTY;
  YY_LAC_DISCARD ("shift");
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  {
    int yychar_backup = yychar;
    switch (yyn)
      {
  case 3: /* file: file top_item  */
#line 192 "lang/parser.y"
                           { yyerrok; }
#line 2133 "build-fuzz/gen/parser.c"
    break;

  case 4: /* file: file error  */
#line 193 "lang/parser.y"
                           { decl(p, ast_error(LOC((yylsp[0])))); }
#line 2139 "build-fuzz/gen/parser.c"
    break;

  case 5: /* top_item: "'module'" word  */
#line 196 "lang/parser.y"
                                  { Validity v = {0}; module_decl(p, (yyvsp[0].name), v, (yyloc)); }
#line 2145 "build-fuzz/gen/parser.c"
    break;

  case 6: /* top_item: "'module'" word validity  */
#line 197 "lang/parser.y"
                                  { module_decl(p, (yyvsp[-1].name), (yyvsp[0].validity), (yyloc)); }
#line 2151 "build-fuzz/gen/parser.c"
    break;

  case 7: /* top_item: "'import'" dotted  */
#line 198 "lang/parser.y"
                                  { ast_file_import(p->file, (yyvsp[0].name)); }
#line 2157 "build-fuzz/gen/parser.c"
    break;

  case 8: /* top_item: decl  */
#line 199 "lang/parser.y"
                                  { ast_set_loc((yyvsp[0].node), LOC((yylsp[0]))); decl(p, (yyvsp[0].node)); }
#line 2163 "build-fuzz/gen/parser.c"
    break;

  case 9: /* dotted: word  */
#line 202 "lang/parser.y"
                                  { (yyval.name) = (yyvsp[0].name); }
#line 2169 "build-fuzz/gen/parser.c"
    break;

  case 10: /* dotted: dotted '.' word  */
#line 203 "lang/parser.y"
                                  { (yyval.name) = ast_name_join((yyvsp[-2].name), (yyvsp[0].name)); }
#line 2175 "build-fuzz/gen/parser.c"
    break;

  case 82: /* decl: "'fact'" fact_item  */
#line 215 "lang/parser.y"
                                                                             { (yyval.node) = (yyvsp[0].node); ast_set_loc((yyvsp[0].node), LOC((yyloc))); }
#line 2181 "build-fuzz/gen/parser.c"
    break;

  case 89: /* texts: '{' text_items '}'  */
#line 222 "lang/parser.y"
                                  { (yyval.texts) = (yyvsp[-1].texts); (yyval.texts)->loc = LOC((yyloc)); }
#line 2187 "build-fuzz/gen/parser.c"
    break;

  case 90: /* text_items: %empty  */
#line 224 "lang/parser.y"
                                  { (yyval.texts) = ast_texts_new(LOC((yyloc))); }
#line 2193 "build-fuzz/gen/parser.c"
    break;

  case 91: /* text_items: text_items "identifier" "text"  */
#line 225 "lang/parser.y"
                                    { (yyval.texts) = (yyvsp[-2].texts); ast_texts_add((yyvsp[-2].texts), (yyvsp[-1].name), (yyvsp[0].s), LOC((yylsp[0]))); }
#line 2199 "build-fuzz/gen/parser.c"
    break;

  case 92: /* text_items: text_items "identifier" "text" "'from'" "text"  */
#line 227 "lang/parser.y"
                                                { (yyval.texts) = (yyvsp[-4].texts); ast_texts_add((yyvsp[-4].texts), (yyvsp[-3].name), (yyvsp[-2].s), LOC((yylsp[-2])));
                                                  ast_texts_fingerprint((yyvsp[-4].texts), (yyvsp[0].s), LOC((yylsp[0]))); }
#line 2206 "build-fuzz/gen/parser.c"
    break;

  case 93: /* text_items: text_items ','  */
#line 229 "lang/parser.y"
                                  { (yyval.texts) = (yyvsp[-1].texts); }
#line 2212 "build-fuzz/gen/parser.c"
    break;

  case 94: /* validity: "'in force'" "'from'" "date"  */
#line 233 "lang/parser.y"
                                         { (yyval.validity) = ast_validity(true, (yyvsp[0].date), false, 0, LOC((yyloc))); }
#line 2218 "build-fuzz/gen/parser.c"
    break;

  case 95: /* validity: "'in force'" "'from'" "date" "'until'" "date"  */
#line 234 "lang/parser.y"
                                         { (yyval.validity) = ast_validity(true, (yyvsp[-2].date), true, (yyvsp[0].date), LOC((yyloc))); }
#line 2224 "build-fuzz/gen/parser.c"
    break;

  case 96: /* validity: "'in force'" "'until'" "date"  */
#line 235 "lang/parser.y"
                                         { (yyval.validity) = ast_validity(false, 0, true, (yyvsp[0].date), LOC((yyloc))); }
#line 2230 "build-fuzz/gen/parser.c"
    break;

  case 97: /* cites: "text"  */
#line 239 "lang/parser.y"
                                  { (yyval.strs) = ZAN_NEW(StrList); strlist_push((yyval.strs), (yyvsp[0].s), LOC((yylsp[0]))); }
#line 2236 "build-fuzz/gen/parser.c"
    break;

  case 98: /* cites: cites ',' "text"  */
#line 240 "lang/parser.y"
                                  { (yyval.strs) = (yyvsp[-2].strs); strlist_push((yyvsp[-2].strs), (yyvsp[0].s), LOC((yylsp[0]))); }
#line 2242 "build-fuzz/gen/parser.c"
    break;

  case 99: /* cites: cites "text"  */
#line 241 "lang/parser.y"
                                  { (yyval.strs) = (yyvsp[-1].strs); strlist_push((yyvsp[-1].strs), (yyvsp[0].s), LOC((yylsp[0]))); }
#line 2248 "build-fuzz/gen/parser.c"
    break;

  case 100: /* path: "identifier"  */
#line 245 "lang/parser.y"
                                  { (yyval.node) = ast_name((yyvsp[0].name)); }
#line 2254 "build-fuzz/gen/parser.c"
    break;

  case 101: /* path: path '.' "identifier"  */
#line 246 "lang/parser.y"
                                  { (yyval.node) = ast_access((yyvsp[-2].node), (yyvsp[0].name), LOC((yyloc))); }
#line 2260 "build-fuzz/gen/parser.c"
    break;

  case 102: /* type: "identifier"  */
#line 250 "lang/parser.y"
                                  { (yyval.node) = ast_type_name((yyvsp[0].name)); }
#line 2266 "build-fuzz/gen/parser.c"
    break;

  case 103: /* type: "'set'" "'of'" type  */
#line 251 "lang/parser.y"
                                  { (yyval.node) = ast_type_elem(N_TYPE_SET, (yyvsp[0].node), LOC((yyloc))); }
#line 2272 "build-fuzz/gen/parser.c"
    break;

  case 104: /* type: "'list'" "'of'" type  */
#line 252 "lang/parser.y"
                                  { (yyval.node) = ast_type_elem(N_TYPE_LIST, (yyvsp[0].node), LOC((yyloc))); }
#line 2278 "build-fuzz/gen/parser.c"
    break;

  case 105: /* type: record_body '}'  */
#line 253 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 2284 "build-fuzz/gen/parser.c"
    break;

  case 106: /* record_body: "'record'" '{'  */
#line 255 "lang/parser.y"
                                  { (yyval.node) = ast_type_record(LOC((yyloc))); }
#line 2290 "build-fuzz/gen/parser.c"
    break;

  case 107: /* record_body: record_body "identifier" ':' type  */
#line 256 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-3].node); ast_type_record_field((yyvsp[-3].node), ast_field((yyvsp[-2].name), (yyvsp[0].node), LOC((yylsp[-2])))); }
#line 2296 "build-fuzz/gen/parser.c"
    break;

  case 108: /* record_body: record_body ','  */
#line 257 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2302 "build-fuzz/gen/parser.c"
    break;

  case 109: /* policy_decl: "'policy'" "identifier"  */
#line 261 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_policy((yyvsp[0].name), LOC((yyloc))); }
#line 2308 "build-fuzz/gen/parser.c"
    break;

  case 110: /* policy_decl: policy_decl "'alias'" "text"  */
#line 262 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_policy_alias((yyvsp[-2].node), (yyvsp[0].s), LOC((yylsp[0]))), (yylsp[-1]), "alias"); }
#line 2314 "build-fuzz/gen/parser.c"
    break;

  case 111: /* policy_decl: policy_decl "'version'" "text"  */
#line 263 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_policy_version((yyvsp[-2].node), (yyvsp[0].s), LOC((yylsp[0]))), (yylsp[-1]), "version"); }
#line 2320 "build-fuzz/gen/parser.c"
    break;

  case 112: /* policy_decl: policy_decl "'subject'" path  */
#line 264 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_policy_subject((yyvsp[-2].node), (yyvsp[0].node)), (yylsp[-1]), "subject"); }
#line 2326 "build-fuzz/gen/parser.c"
    break;

  case 113: /* policy_decl: policy_decl "'as of'" path  */
#line 265 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_policy_as_of((yyvsp[-2].node), (yyvsp[0].node)), (yylsp[-1]), "as of"); }
#line 2332 "build-fuzz/gen/parser.c"
    break;

  case 114: /* policy_decl: policy_decl "'title'" texts  */
#line 266 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_policy_title((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "title"); }
#line 2338 "build-fuzz/gen/parser.c"
    break;

  case 115: /* article_head: "'article'" "text"  */
#line 270 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_article((yyvsp[0].s), LOC((yylsp[0])), LOC((yyloc))); }
#line 2344 "build-fuzz/gen/parser.c"
    break;

  case 116: /* article_head: article_head "'act'" "text"  */
#line 271 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_article_act((yyvsp[-2].node), (yyvsp[0].s), LOC((yylsp[0]))), (yylsp[-1]), "act"); }
#line 2350 "build-fuzz/gen/parser.c"
    break;

  case 117: /* article_head: article_head "'title'" texts  */
#line 272 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_article_title((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "title"); }
#line 2356 "build-fuzz/gen/parser.c"
    break;

  case 118: /* article_head: article_head "'status'" "identifier"  */
#line 273 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-2].node); ONCE(ast_article_status((yyvsp[-2].node), (yyvsp[0].name)), (yylsp[-1]), "status"); }
#line 2362 "build-fuzz/gen/parser.c"
    break;

  case 119: /* article_head: article_head "'source'" "text"  */
#line 274 "lang/parser.y"
                                         { (yyval.node) = (yyvsp[-2].node); ONCE(ast_article_source((yyvsp[-2].node), (yyvsp[0].s), LOC((yylsp[0]))), (yylsp[-1]), "source"); }
#line 2368 "build-fuzz/gen/parser.c"
    break;

  case 120: /* article_head: article_head validity  */
#line 275 "lang/parser.y"
                                        { (yyval.node) = (yyvsp[-1].node); ONCE(ast_article_validity((yyvsp[-1].node), (yyvsp[0].validity)), (yylsp[0]), "in force"); }
#line 2374 "build-fuzz/gen/parser.c"
    break;

  case 121: /* article_decl: article_head texts  */
#line 277 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_article_text((yyvsp[-1].node), (yyvsp[0].texts), LOC((yyloc))); }
#line 2380 "build-fuzz/gen/parser.c"
    break;

  case 122: /* enum_body: "'enum'" "identifier" '{'  */
#line 281 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_enum((yyvsp[-1].name), LOC((yyloc))); p->enum_last = 0; p->enum_lt = p->enum_comma = p->enum_mixed = false; }
#line 2386 "build-fuzz/gen/parser.c"
    break;

  case 123: /* enum_body: enum_body "identifier"  */
#line 282 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); enum_member(p, (yyvsp[-1].node), (yyvsp[0].name), NULL, (yylsp[0])); }
#line 2392 "build-fuzz/gen/parser.c"
    break;

  case 124: /* enum_body: enum_body "identifier" "'label'" texts  */
#line 283 "lang/parser.y"
                                       { (yyval.node) = (yyvsp[-3].node); enum_member(p, (yyvsp[-3].node), (yyvsp[-2].name), (yyvsp[0].texts), (yylsp[-2])); }
#line 2398 "build-fuzz/gen/parser.c"
    break;

  case 125: /* enum_body: enum_body ','  */
#line 284 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); enum_sep(p, (yyvsp[-1].node), ',', (yylsp[0])); }
#line 2404 "build-fuzz/gen/parser.c"
    break;

  case 126: /* enum_body: enum_body '<'  */
#line 285 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); enum_sep(p, (yyvsp[-1].node), '<', (yylsp[0])); }
#line 2410 "build-fuzz/gen/parser.c"
    break;

  case 127: /* enum_decl: enum_body '}'  */
#line 287 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); enum_end(p, (yylsp[0])); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 2416 "build-fuzz/gen/parser.c"
    break;

  case 128: /* typedef_decl: "'type'" "identifier" '=' type  */
#line 290 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_typedef((yyvsp[-2].name), (yyvsp[0].node), LOC((yyloc))); }
#line 2422 "build-fuzz/gen/parser.c"
    break;

  case 130: /* fact_item: fact_group_body '}'  */
#line 295 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 2428 "build-fuzz/gen/parser.c"
    break;

  case 131: /* fact_leaf: "identifier" ':' type  */
#line 297 "lang/parser.y"
                                  { (yyval.node) = ast_fact_leaf((yyvsp[-2].name), (yyvsp[0].node), LOC((yyloc))); }
#line 2434 "build-fuzz/gen/parser.c"
    break;

  case 132: /* fact_leaf: fact_leaf "'at'" "text"  */
#line 298 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ONCE(ast_fact_at((yyvsp[-2].node), (yyvsp[0].s), LOC((yylsp[0]))), (yylsp[-1]), "at"); }
#line 2440 "build-fuzz/gen/parser.c"
    break;

  case 133: /* fact_leaf: fact_leaf "'label'" texts  */
#line 299 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ONCE(ast_fact_label((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "label"); }
#line 2446 "build-fuzz/gen/parser.c"
    break;

  case 134: /* fact_leaf: fact_leaf "'ask'" texts  */
#line 300 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ONCE(ast_fact_ask((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "ask"); }
#line 2452 "build-fuzz/gen/parser.c"
    break;

  case 135: /* fact_group_head: "identifier"  */
#line 302 "lang/parser.y"
                                  { (yyval.node) = ast_fact_group((yyvsp[0].name), LOC((yyloc))); }
#line 2458 "build-fuzz/gen/parser.c"
    break;

  case 136: /* fact_group_head: fact_group_head "'at'" "text"  */
#line 303 "lang/parser.y"
                                             { (yyval.node) = (yyvsp[-2].node); ONCE(ast_fact_at((yyvsp[-2].node), (yyvsp[0].s), LOC((yylsp[0]))), (yylsp[-1]), "at"); }
#line 2464 "build-fuzz/gen/parser.c"
    break;

  case 137: /* fact_group_head: fact_group_head "'label'" texts  */
#line 304 "lang/parser.y"
                                             { (yyval.node) = (yyvsp[-2].node); ONCE(ast_fact_label((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "label"); }
#line 2470 "build-fuzz/gen/parser.c"
    break;

  case 138: /* fact_group_head: fact_group_head "'ask'" texts  */
#line 305 "lang/parser.y"
                                             { (yyval.node) = (yyvsp[-2].node); ONCE(ast_fact_ask((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "ask"); }
#line 2476 "build-fuzz/gen/parser.c"
    break;

  case 139: /* fact_group_body: fact_group_head '{'  */
#line 307 "lang/parser.y"
                                              { (yyval.node) = (yyvsp[-1].node); }
#line 2482 "build-fuzz/gen/parser.c"
    break;

  case 140: /* fact_group_body: fact_group_body fact_item  */
#line 308 "lang/parser.y"
                                              { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[0].node), LOC((yylsp[0]))); ast_fact_child((yyvsp[-1].node), (yyvsp[0].node)); yyerrok; }
#line 2488 "build-fuzz/gen/parser.c"
    break;

  case 141: /* fact_group_body: fact_group_body ','  */
#line 309 "lang/parser.y"
                                              { (yyval.node) = (yyvsp[-1].node); }
#line 2494 "build-fuzz/gen/parser.c"
    break;

  case 142: /* fact_group_body: fact_group_body error  */
#line 310 "lang/parser.y"
                                              { (yyval.node) = (yyvsp[-1].node); }
#line 2500 "build-fuzz/gen/parser.c"
    break;

  case 143: /* output_decl: "'output'" "identifier" ':' type  */
#line 314 "lang/parser.y"
                                   { yyerrok; (yyval.node) = ast_output((yyvsp[-2].name), (yyvsp[0].node), LOC((yyloc))); }
#line 2506 "build-fuzz/gen/parser.c"
    break;

  case 144: /* output_decl: output_decl "'combine'" combine_how  */
#line 315 "lang/parser.y"
                                             { (yyval.node) = (yyvsp[-2].node); ONCE(ast_output_combine((yyvsp[-2].node), (yyvsp[0].name)), (yylsp[-1]), "combine"); }
#line 2512 "build-fuzz/gen/parser.c"
    break;

  case 145: /* output_decl: output_decl "'default'" expr  */
#line 316 "lang/parser.y"
                                       { (yyval.node) = (yyvsp[-2].node); ONCE(ast_output_default((yyvsp[-2].node), (yyvsp[0].node)), (yylsp[-1]), "default"); }
#line 2518 "build-fuzz/gen/parser.c"
    break;

  case 146: /* output_decl: output_decl "'label'" texts  */
#line 317 "lang/parser.y"
                                       { (yyval.node) = (yyvsp[-2].node); ONCE(ast_output_label((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "label"); }
#line 2524 "build-fuzz/gen/parser.c"
    break;

  case 147: /* combine_how: "identifier"  */
#line 320 "lang/parser.y"
                                  { (yyval.name) = (yyvsp[0].name); }
#line 2530 "build-fuzz/gen/parser.c"
    break;

  case 148: /* combine_how: "'any'"  */
#line 321 "lang/parser.y"
                                  { (yyval.name) = (yyvsp[0].name); (yyval.name).text = "any"; }
#line 2536 "build-fuzz/gen/parser.c"
    break;

  case 149: /* combine_how: "'all'"  */
#line 322 "lang/parser.y"
                                  { (yyval.name) = (yyvsp[0].name); (yyval.name).text = "all"; }
#line 2542 "build-fuzz/gen/parser.c"
    break;

  case 150: /* rule_decl: "'rule'" "identifier"  */
#line 326 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_rule((yyvsp[0].name), false, LOC((yyloc))); p->cur_rule = (yyval.node); }
#line 2548 "build-fuzz/gen/parser.c"
    break;

  case 151: /* rule_decl: "'exception'" "identifier"  */
#line 327 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_rule((yyvsp[0].name), true, LOC((yyloc))); p->cur_rule = (yyval.node); }
#line 2554 "build-fuzz/gen/parser.c"
    break;

  case 152: /* rule_decl: rule_decl "'to'" "identifier"  */
#line 328 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ONCE(ast_rule_base((yyvsp[-2].node), (yyvsp[0].name)), (yylsp[-1]), "to"); }
#line 2560 "build-fuzz/gen/parser.c"
    break;

  case 153: /* rule_decl: rule_decl "'cites'" cites  */
#line 329 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ONCE(ast_rule_cites((yyvsp[-2].node), (yyvsp[0].strs)), (yylsp[-1]), "cites"); }
#line 2566 "build-fuzz/gen/parser.c"
    break;

  case 154: /* rule_decl: rule_decl validity  */
#line 330 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ONCE(ast_rule_validity((yyvsp[-1].node), (yyvsp[0].validity)), (yylsp[0]), "in force"); }
#line 2572 "build-fuzz/gen/parser.c"
    break;

  case 155: /* rule_decl: rule_decl "'when'" expr  */
#line 331 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ONCE(ast_rule_when((yyvsp[-2].node), (yyvsp[0].node)), (yylsp[-1]), "when"); }
#line 2578 "build-fuzz/gen/parser.c"
    break;

  case 156: /* rule_decl: rule_decl "'then'" "identifier" '=' expr  */
#line 332 "lang/parser.y"
                                         { (yyval.node) = (yyvsp[-4].node); ONCE(ast_rule_then((yyvsp[-4].node), (yyvsp[-2].name), false, (yyvsp[0].node)), (yylsp[-3]), "then"); }
#line 2584 "build-fuzz/gen/parser.c"
    break;

  case 157: /* rule_decl: rule_decl "'then'" "identifier" "'includes'" expr  */
#line 333 "lang/parser.y"
                                              { (yyval.node) = (yyvsp[-4].node); ONCE(ast_rule_then((yyvsp[-4].node), (yyvsp[-2].name), true, (yyvsp[0].node)), (yylsp[-3]), "then"); }
#line 2590 "build-fuzz/gen/parser.c"
    break;

  case 158: /* rule_decl: rule_decl "'explain'" texts  */
#line 334 "lang/parser.y"
                                   { (yyval.node) = (yyvsp[-2].node); ONCE(ast_rule_explain((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "explain"); }
#line 2596 "build-fuzz/gen/parser.c"
    break;

  case 159: /* fn_params: "'fn'" "identifier" '('  */
#line 338 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_fn((yyvsp[-1].name), LOC((yyloc))); }
#line 2602 "build-fuzz/gen/parser.c"
    break;

  case 160: /* fn_params: fn_params "identifier" ':' type  */
#line 339 "lang/parser.y"
                                    { (yyval.node) = (yyvsp[-3].node); ast_fn_param((yyvsp[-3].node), ast_field((yyvsp[-2].name), (yyvsp[0].node), LOC((yylsp[-2])))); }
#line 2608 "build-fuzz/gen/parser.c"
    break;

  case 161: /* fn_params: fn_params ','  */
#line 340 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2614 "build-fuzz/gen/parser.c"
    break;

  case 162: /* fn_decl: fn_params ')' ':' type handles '=' expr  */
#line 342 "lang/parser.y"
                                                 { (yyval.node) = (yyvsp[-6].node); ast_fn_finish((yyvsp[-6].node), (yyvsp[-3].node), (yyvsp[-2].b), (yyvsp[0].node), LOC((yyloc))); }
#line 2620 "build-fuzz/gen/parser.c"
    break;

  case 163: /* handles: %empty  */
#line 344 "lang/parser.y"
                                  { (yyval.b) = false; }
#line 2626 "build-fuzz/gen/parser.c"
    break;

  case 164: /* handles: "'handles'" "'unknown'"  */
#line 345 "lang/parser.y"
                                  { (yyval.b) = true; }
#line 2632 "build-fuzz/gen/parser.c"
    break;

  case 165: /* const_decl: "'const'" "identifier" ':' type '=' expr  */
#line 349 "lang/parser.y"
                                          { yyerrok; (yyval.node) = ast_const((yyvsp[-4].name), (yyvsp[-2].node), (yyvsp[0].node), LOC((yyloc))); }
#line 2638 "build-fuzz/gen/parser.c"
    break;

  case 166: /* const_decl: "'const'" "identifier" '=' expr  */
#line 350 "lang/parser.y"
                                          { yyerrok; (yyval.node) = ast_const((yyvsp[-2].name), NULL, (yyvsp[0].node), LOC((yyloc))); }
#line 2644 "build-fuzz/gen/parser.c"
    break;

  case 167: /* param_head: "'parameter'" "identifier" ':' type  */
#line 354 "lang/parser.y"
                                     { yyerrok; (yyval.node) = ast_param((yyvsp[-2].name), (yyvsp[0].node), LOC((yyloc))); }
#line 2650 "build-fuzz/gen/parser.c"
    break;

  case 168: /* param_head: param_head "'cites'" cites  */
#line 355 "lang/parser.y"
                                     { (yyval.node) = (yyvsp[-2].node); ONCE(ast_param_cites((yyvsp[-2].node), (yyvsp[0].strs)), (yylsp[-1]), "cites"); }
#line 2656 "build-fuzz/gen/parser.c"
    break;

  case 169: /* param_head: param_head "'label'" texts  */
#line 356 "lang/parser.y"
                                     { (yyval.node) = (yyvsp[-2].node); ONCE(ast_param_label((yyvsp[-2].node), (yyvsp[0].texts)), (yylsp[-1]), "label"); }
#line 2662 "build-fuzz/gen/parser.c"
    break;

  case 170: /* param_body: param_head '{'  */
#line 358 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2668 "build-fuzz/gen/parser.c"
    break;

  case 171: /* param_body: param_body "date" ':' expr  */
#line 359 "lang/parser.y"
                                     { (yyval.node) = (yyvsp[-3].node); ast_param_entry((yyvsp[-3].node), (yyvsp[-2].date), LOC((yylsp[-2])), (yyvsp[0].node)); }
#line 2674 "build-fuzz/gen/parser.c"
    break;

  case 172: /* param_body: param_body ','  */
#line 360 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2680 "build-fuzz/gen/parser.c"
    break;

  case 173: /* param_decl: param_body '}'  */
#line 362 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 2686 "build-fuzz/gen/parser.c"
    break;

  case 174: /* test_head: "'test'" "text"  */
#line 366 "lang/parser.y"
                                  { yyerrok; (yyval.node) = ast_test((yyvsp[0].s), LOC((yylsp[0])), LOC((yyloc))); p->cur_test = (yyval.node); }
#line 2692 "build-fuzz/gen/parser.c"
    break;

  case 175: /* test_head: test_head "'as of'" "date"  */
#line 367 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ONCE(ast_test_as_of((yyvsp[-2].node), (yyvsp[0].date)), (yylsp[-1]), "as of"); }
#line 2698 "build-fuzz/gen/parser.c"
    break;

  case 176: /* test_body: test_head '{'  */
#line 369 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2704 "build-fuzz/gen/parser.c"
    break;

  case 177: /* test_body: test_body given_body '}'  */
#line 370 "lang/parser.y"
                                     { (yyval.node) = (yyvsp[-2].node); }
#line 2710 "build-fuzz/gen/parser.c"
    break;

  case 178: /* test_body: test_body "'expect'" expr  */
#line 371 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ast_test_expect((yyvsp[-2].node), (yyvsp[0].node), false); yyerrok; }
#line 2716 "build-fuzz/gen/parser.c"
    break;

  case 179: /* test_body: test_body "'expect'" "identifier" "'undetermined'"  */
#line 372 "lang/parser.y"
                                               { (yyval.node) = (yyvsp[-3].node); ast_test_expect((yyvsp[-3].node), ast_name((yyvsp[-1].name)), true); yyerrok; }
#line 2722 "build-fuzz/gen/parser.c"
    break;

  case 180: /* test_body: test_body error  */
#line 373 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2728 "build-fuzz/gen/parser.c"
    break;

  case 181: /* given_body: "'given'" '{'  */
#line 375 "lang/parser.y"
                                  { (yyval.node) = p->cur_test; }
#line 2734 "build-fuzz/gen/parser.c"
    break;

  case 182: /* given_body: given_body path '=' expr  */
#line 376 "lang/parser.y"
                                     { (yyval.node) = (yyvsp[-3].node); ast_test_given((yyvsp[-3].node), (yyvsp[-2].node), (yyvsp[0].node)); yyerrok; }
#line 2740 "build-fuzz/gen/parser.c"
    break;

  case 183: /* given_body: given_body ','  */
#line 377 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2746 "build-fuzz/gen/parser.c"
    break;

  case 184: /* given_body: given_body error  */
#line 378 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 2752 "build-fuzz/gen/parser.c"
    break;

  case 185: /* test_decl: test_body '}'  */
#line 380 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 2758 "build-fuzz/gen/parser.c"
    break;

  case 186: /* expr: "'if'" expr "'then'" expr "'else'" expr  */
#line 384 "lang/parser.y"
                                                 { (yyval.node) = ast_if((yyvsp[-4].node), (yyvsp[-2].node), (yyvsp[0].node), LOC((yyloc))); }
#line 2764 "build-fuzz/gen/parser.c"
    break;

  case 187: /* expr: "'any'" "identifier" "'in'" expr ':' expr  */
#line 385 "lang/parser.y"
                                                 { (yyval.node) = ast_quant(false, (yyvsp[-4].name), (yyvsp[-2].node), (yyvsp[0].node), LOC((yyloc))); }
#line 2770 "build-fuzz/gen/parser.c"
    break;

  case 188: /* expr: "'all'" "identifier" "'in'" expr ':' expr  */
#line 386 "lang/parser.y"
                                                 { (yyval.node) = ast_quant(true, (yyvsp[-4].name), (yyvsp[-2].node), (yyvsp[0].node), LOC((yyloc))); }
#line 2776 "build-fuzz/gen/parser.c"
    break;

  case 189: /* expr: expr "'or'" expr  */
#line 387 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_OR, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2782 "build-fuzz/gen/parser.c"
    break;

  case 190: /* expr: expr "'and'" expr  */
#line 388 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_AND, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2788 "build-fuzz/gen/parser.c"
    break;

  case 191: /* expr: "'not'" expr  */
#line 389 "lang/parser.y"
                            { (yyval.node) = ast_unary(OP_NOT, (yyvsp[0].node), LOC((yyloc))); }
#line 2794 "build-fuzz/gen/parser.c"
    break;

  case 192: /* expr: expr '=' expr  */
#line 390 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_EQ, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2800 "build-fuzz/gen/parser.c"
    break;

  case 193: /* expr: expr "'!='" expr  */
#line 391 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_NE, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2806 "build-fuzz/gen/parser.c"
    break;

  case 194: /* expr: expr '<' expr  */
#line 392 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_LT, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2812 "build-fuzz/gen/parser.c"
    break;

  case 195: /* expr: expr "'<='" expr  */
#line 393 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_LE, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2818 "build-fuzz/gen/parser.c"
    break;

  case 196: /* expr: expr '>' expr  */
#line 394 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_GT, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2824 "build-fuzz/gen/parser.c"
    break;

  case 197: /* expr: expr "'>='" expr  */
#line 395 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_GE, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2830 "build-fuzz/gen/parser.c"
    break;

  case 198: /* expr: expr "'in'" expr  */
#line 396 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_IN, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2836 "build-fuzz/gen/parser.c"
    break;

  case 199: /* expr: expr "'contains'" expr  */
#line 397 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_CONTAINS, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2842 "build-fuzz/gen/parser.c"
    break;

  case 200: /* expr: expr "'intersects'" expr  */
#line 398 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_INTERSECTS, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2848 "build-fuzz/gen/parser.c"
    break;

  case 201: /* expr: expr '+' expr  */
#line 399 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_ADD, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2854 "build-fuzz/gen/parser.c"
    break;

  case 202: /* expr: expr '-' expr  */
#line 400 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_SUB, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2860 "build-fuzz/gen/parser.c"
    break;

  case 203: /* expr: expr '*' expr  */
#line 401 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_MUL, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2866 "build-fuzz/gen/parser.c"
    break;

  case 204: /* expr: expr '/' expr  */
#line 402 "lang/parser.y"
                            { (yyval.node) = ast_binary(OP_DIV, (yyvsp[-2].node), (yyvsp[0].node), LOC((yylsp[-1])), LOC((yyloc))); }
#line 2872 "build-fuzz/gen/parser.c"
    break;

  case 205: /* expr: '-' expr  */
#line 403 "lang/parser.y"
                            { (yyval.node) = ast_unary(OP_NEG, (yyvsp[0].node), LOC((yyloc))); }
#line 2878 "build-fuzz/gen/parser.c"
    break;

  case 208: /* postfix: postfix '.' "identifier"  */
#line 408 "lang/parser.y"
                                  { (yyval.node) = ast_access((yyvsp[-2].node), (yyvsp[0].name), LOC((yyloc))); }
#line 2884 "build-fuzz/gen/parser.c"
    break;

  case 209: /* postfix: postfix '(' args ')'  */
#line 409 "lang/parser.y"
                                  { (yyval.node) = ast_call_finish((yyvsp[-1].node), (yyvsp[-3].node), LOC((yyloc))); }
#line 2890 "build-fuzz/gen/parser.c"
    break;

  case 210: /* postfix: date_fn '(' args ')'  */
#line 410 "lang/parser.y"
                                  { (yyval.node) = ast_call_finish((yyvsp[-1].node), ast_name((yyvsp[-3].name)), LOC((yyloc))); }
#line 2896 "build-fuzz/gen/parser.c"
    break;

  case 211: /* date_fn: "'year'"  */
#line 414 "lang/parser.y"
                                  { (yyval.name) = (yyvsp[0].name); (yyval.name).text = "year"; }
#line 2902 "build-fuzz/gen/parser.c"
    break;

  case 212: /* date_fn: "'month'"  */
#line 415 "lang/parser.y"
                                  { (yyval.name) = (yyvsp[0].name); (yyval.name).text = "month"; }
#line 2908 "build-fuzz/gen/parser.c"
    break;

  case 213: /* date_fn: "'day'"  */
#line 416 "lang/parser.y"
                                  { (yyval.name) = (yyvsp[0].name); (yyval.name).text = "day"; }
#line 2914 "build-fuzz/gen/parser.c"
    break;

  case 214: /* args: %empty  */
#line 419 "lang/parser.y"
                                  { (yyval.node) = ast_call_args(); }
#line 2920 "build-fuzz/gen/parser.c"
    break;

  case 217: /* arg_list: expr  */
#line 423 "lang/parser.y"
                                  { (yyval.node) = ast_call_args(); ast_call_arg((yyval.node), NULL, (yyvsp[0].node)); }
#line 2926 "build-fuzz/gen/parser.c"
    break;

  case 218: /* arg_list: "identifier" '=' expr  */
#line 424 "lang/parser.y"
                                  { (yyval.node) = ast_call_args(); ast_call_arg((yyval.node), &(yyvsp[-2].name), (yyvsp[0].node)); }
#line 2932 "build-fuzz/gen/parser.c"
    break;

  case 219: /* arg_list: arg_list ',' expr  */
#line 425 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ast_call_arg((yyvsp[-2].node), NULL, (yyvsp[0].node)); }
#line 2938 "build-fuzz/gen/parser.c"
    break;

  case 220: /* arg_list: arg_list ',' "identifier" '=' expr  */
#line 426 "lang/parser.y"
                                      { (yyval.node) = (yyvsp[-4].node); ast_call_arg((yyvsp[-4].node), &(yyvsp[-2].name), (yyvsp[0].node)); }
#line 2944 "build-fuzz/gen/parser.c"
    break;

  case 221: /* primary: "identifier"  */
#line 429 "lang/parser.y"
                                  { (yyval.node) = ast_name((yyvsp[0].name)); }
#line 2950 "build-fuzz/gen/parser.c"
    break;

  case 222: /* primary: "integer"  */
#line 430 "lang/parser.y"
                                  { (yyval.node) = ast_int((yyvsp[0].i), LOC((yyloc))); }
#line 2956 "build-fuzz/gen/parser.c"
    break;

  case 223: /* primary: "integer" unit  */
#line 431 "lang/parser.y"
                                  { (yyval.node) = duration(p, (yyvsp[-1].i), (yyvsp[0].unit), (yyloc)); }
#line 2962 "build-fuzz/gen/parser.c"
    break;

  case 224: /* primary: "decimal number"  */
#line 432 "lang/parser.y"
                                  { (yyval.node) = ast_dec((yyvsp[0].s), LOC((yyloc))); }
#line 2968 "build-fuzz/gen/parser.c"
    break;

  case 225: /* primary: "text"  */
#line 433 "lang/parser.y"
                                  { (yyval.node) = ast_text((yyvsp[0].s), LOC((yyloc))); }
#line 2974 "build-fuzz/gen/parser.c"
    break;

  case 226: /* primary: "date"  */
#line 434 "lang/parser.y"
                                  { (yyval.node) = ast_date((yyvsp[0].date), LOC((yyloc))); }
#line 2980 "build-fuzz/gen/parser.c"
    break;

  case 227: /* primary: "'true'"  */
#line 435 "lang/parser.y"
                                  { (yyval.node) = ast_bool(true, LOC((yyloc))); }
#line 2986 "build-fuzz/gen/parser.c"
    break;

  case 228: /* primary: "'false'"  */
#line 436 "lang/parser.y"
                                  { (yyval.node) = ast_bool(false, LOC((yyloc))); }
#line 2992 "build-fuzz/gen/parser.c"
    break;

  case 229: /* primary: "'unknown'"  */
#line 437 "lang/parser.y"
                                  { (yyval.node) = ast_unknown(LOC((yyloc))); }
#line 2998 "build-fuzz/gen/parser.c"
    break;

  case 230: /* primary: '(' expr ')'  */
#line 438 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 3004 "build-fuzz/gen/parser.c"
    break;

  case 231: /* primary: set_items '}'  */
#line 439 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 3010 "build-fuzz/gen/parser.c"
    break;

  case 232: /* primary: set_items ',' '}'  */
#line 440 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ast_set_loc((yyvsp[-2].node), LOC((yyloc))); }
#line 3016 "build-fuzz/gen/parser.c"
    break;

  case 233: /* primary: list_items ']'  */
#line 441 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 3022 "build-fuzz/gen/parser.c"
    break;

  case 234: /* primary: list_items ',' ']'  */
#line 442 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ast_set_loc((yyvsp[-2].node), LOC((yyloc))); }
#line 3028 "build-fuzz/gen/parser.c"
    break;

  case 235: /* primary: '{' '}'  */
#line 443 "lang/parser.y"
                                  { (yyval.node) = ast_items(N_SET_LIT, LOC((yyloc))); }
#line 3034 "build-fuzz/gen/parser.c"
    break;

  case 236: /* primary: '[' ']'  */
#line 444 "lang/parser.y"
                                  { (yyval.node) = ast_items(N_LIST_LIT, LOC((yyloc))); }
#line 3040 "build-fuzz/gen/parser.c"
    break;

  case 237: /* primary: match_body '}'  */
#line 445 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_set_loc((yyvsp[-1].node), LOC((yyloc))); }
#line 3046 "build-fuzz/gen/parser.c"
    break;

  case 238: /* set_items: '{' expr  */
#line 447 "lang/parser.y"
                                  { (yyval.node) = ast_items(N_SET_LIT, LOC((yyloc))); ast_items_push((yyval.node), (yyvsp[0].node)); }
#line 3052 "build-fuzz/gen/parser.c"
    break;

  case 239: /* set_items: set_items ',' expr  */
#line 448 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ast_items_push((yyvsp[-2].node), (yyvsp[0].node)); }
#line 3058 "build-fuzz/gen/parser.c"
    break;

  case 240: /* list_items: '[' expr  */
#line 450 "lang/parser.y"
                                  { (yyval.node) = ast_items(N_LIST_LIT, LOC((yyloc))); ast_items_push((yyval.node), (yyvsp[0].node)); }
#line 3064 "build-fuzz/gen/parser.c"
    break;

  case 241: /* list_items: list_items ',' expr  */
#line 451 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ast_items_push((yyvsp[-2].node), (yyvsp[0].node)); }
#line 3070 "build-fuzz/gen/parser.c"
    break;

  case 242: /* unit: "'day'"  */
#line 454 "lang/parser.y"
          { (yyval.unit) = DUR_DAY; }
#line 3076 "build-fuzz/gen/parser.c"
    break;

  case 243: /* unit: "'days'"  */
#line 454 "lang/parser.y"
                                   { (yyval.unit) = DUR_DAY; }
#line 3082 "build-fuzz/gen/parser.c"
    break;

  case 244: /* unit: "'week'"  */
#line 454 "lang/parser.y"
                                                            { (yyval.unit) = DUR_WEEK; }
#line 3088 "build-fuzz/gen/parser.c"
    break;

  case 245: /* unit: "'weeks'"  */
#line 454 "lang/parser.y"
                                                                                       { (yyval.unit) = DUR_WEEK; }
#line 3094 "build-fuzz/gen/parser.c"
    break;

  case 246: /* unit: "'month'"  */
#line 455 "lang/parser.y"
            { (yyval.unit) = DUR_MONTH; }
#line 3100 "build-fuzz/gen/parser.c"
    break;

  case 247: /* unit: "'months'"  */
#line 455 "lang/parser.y"
                                         { (yyval.unit) = DUR_MONTH; }
#line 3106 "build-fuzz/gen/parser.c"
    break;

  case 248: /* unit: "'year'"  */
#line 455 "lang/parser.y"
                                                                    { (yyval.unit) = DUR_YEAR; }
#line 3112 "build-fuzz/gen/parser.c"
    break;

  case 249: /* unit: "'years'"  */
#line 455 "lang/parser.y"
                                                                                               { (yyval.unit) = DUR_YEAR; }
#line 3118 "build-fuzz/gen/parser.c"
    break;

  case 250: /* match_body: "'match'" expr '{'  */
#line 459 "lang/parser.y"
                                  { (yyval.node) = ast_match((yyvsp[-1].node), LOC((yyloc))); }
#line 3124 "build-fuzz/gen/parser.c"
    break;

  case 251: /* match_body: match_body arm  */
#line 460 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); ast_match_arm((yyvsp[-1].node), (yyvsp[0].node)); }
#line 3130 "build-fuzz/gen/parser.c"
    break;

  case 252: /* match_body: match_body ','  */
#line 461 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-1].node); }
#line 3136 "build-fuzz/gen/parser.c"
    break;

  case 253: /* arm: arm_patterns "'->'" expr  */
#line 463 "lang/parser.y"
                                  { (yyval.node) = (yyvsp[-2].node); ast_arm_body((yyvsp[-2].node), (yyvsp[0].node), LOC((yyloc))); }
#line 3142 "build-fuzz/gen/parser.c"
    break;

  case 254: /* arm: "'else'" "'->'" expr  */
#line 464 "lang/parser.y"
                                  { Name none = {0}; (yyval.node) = ast_arm(none, LOC((yyloc))); ast_arm_body((yyval.node), (yyvsp[0].node), LOC((yyloc))); }
#line 3148 "build-fuzz/gen/parser.c"
    break;

  case 255: /* arm_patterns: "identifier"  */
#line 466 "lang/parser.y"
                                  { (yyval.node) = ast_arm((yyvsp[0].name), LOC((yyloc))); }
#line 3154 "build-fuzz/gen/parser.c"
    break;

  case 256: /* arm_patterns: arm_patterns '|' "identifier"  */
#line 467 "lang/parser.y"
                                     { (yyval.node) = (yyvsp[-2].node); ast_arm_pattern((yyvsp[-2].node), (yyvsp[0].name)); }
#line 3160 "build-fuzz/gen/parser.c"
    break;


#line 3164 "build-fuzz/gen/parser.c"

        default: break;
      }
    if (yychar_backup != yychar)
      YY_LAC_DISCARD ("yychar change");
  }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == T_ZAN_EMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yyesa, &yyes, &yyes_capacity, yytoken, &yylloc};
        if (yychar != T_ZAN_EMPTY)
          YY_LAC_ESTABLISH;
        if (yyreport_syntax_error (&yyctx, p) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= T_END)
        {
          /* Return failure if at end of input.  */
          if (yychar == T_END)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, p);
          yychar = T_ZAN_EMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, p);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  /* If the stack popping above didn't lose the initial context for the
     current lookahead token, the shift below will for sure.  */
  YY_LAC_DISCARD ("error recovery");

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, p, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != T_ZAN_EMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, p);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, p);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif
  if (yyes != yyesa)
    YYSTACK_FREE (yyes);

  return yyresult;
}

#line 470 "lang/parser.y"


/* The token kind of a grammar symbol (0 for none): the reverse of YYTRANSLATE. */
static int sym_token(yysymbol_kind_t s) {
  for (int tok = 258; tok <= YYMAXUTOK; tok++)
    if (YYTRANSLATE(tok) == s) return tok;
  return 0;
}

/* A token's name for messages: the alias without bison's quotes ("'rule'", "identifier").
 * Keywords are shown in the file's keyword set (keywords.def). */
static const char *sym_name(const ZanParser *p, yysymbol_kind_t s) {
  int tok = sym_token(s);
  const char *t = tok ? lex_keyword_text(tok, p ? p->file->keyword_set : 0) : NULL;
  if (t) return zan_sprintf("'%s'", t);
  const char *n = yysymbol_name(s);
  size_t len = strlen(n);
  if (len >= 2 && n[0] == '"' && n[len - 1] == '"') return zan_strndup(n + 1, len - 2);
  return n;
}

/* Whether symbol s is a keyword (in any set). */
static bool sym_is_keyword(yysymbol_kind_t s) {
  int tok = sym_token(s);
  return tok && lex_keyword_text(tok, 0) != NULL;
}

const char *parse_token_name(int tok) {
  return sym_name(NULL, YYTRANSLATE(tok));
}

static bool expects(const yysymbol_kind_t *exp, int n, yysymbol_kind_t s) {
  for (int i = 0; i < n; i++) if (exp[i] == s) return true;
  return false;
}

/* "X", "X or Y", "X, Y or Z" — or NULL when too many to be useful. When an expression could
 * go on (many operators expected), the token that would close the construct is what the
 * writer most likely forgot: a bracket, `else` of an `if`, `then` of an `if` or a rule. */
static const char *expected_list(const ZanParser *p, const yysymbol_kind_t *exp, int n) {
  if (expects(exp, n, YYSYMBOL_IDENT) && expects(exp, n, YYSYMBOL_INT) && expects(exp, n, YYTRANSLATE('(')))
    return "an expression";
  if (n == 0) return NULL;
  if (n > 5) {
    static const int closers[] = { ')', ']', '}' };
    for (int i = 0; i < 3; i++)
      if (expects(exp, n, YYTRANSLATE(closers[i]))) return sym_name(p, YYTRANSLATE(closers[i]));
    if (expects(exp, n, YYSYMBOL_ELSE)) return sym_name(p, YYSYMBOL_ELSE);
    if (expects(exp, n, YYSYMBOL_THEN) && !(p->cur_rule && p->cur_rule->as.rule.value))
      return sym_name(p, YYSYMBOL_THEN);
    return NULL;
  }
  Buf b;
  buf_init(&b);
  for (int i = 0; i < n; i++) {
    if (i) buf_puts(&b, i == n - 1 ? " or " : ", ");
    buf_puts(&b, sym_name(p, exp[i]));
  }
  return buf_cstr(&b);
}

/* The found token as shown: identifiers with their text, keywords as aliases. */
static const char *found_text(const ZanParser *p, yysymbol_kind_t s, ZanLoc at) {
  const char *name = sym_name(p, s);
  if (s == YYSYMBOL_IDENT || s == YYSYMBOL_INT || s == YYSYMBOL_DEC || s == YYSYMBOL_DATE) {
    const char *txt = zan_strndup(p->src->text + at.start, at.end - at.start);
    return zan_sprintf("%s '%s'", name, txt);
  }
  return name;
}

/* parse.error custom: "expected X, found Y" from our catalogue, plus a hint where common. */
static int yyreport_syntax_error(const yypcontext_t *ctx, ZanParser *p) {
  enum { MAXEXP = 64 };
  yysymbol_kind_t exp[MAXEXP];
  int n = yypcontext_expected_tokens(ctx, exp, MAXEXP);
  if (n < 0) n = 0;
  yysymbol_kind_t found = yypcontext_token(ctx);
  ZanLoc at = *yypcontext_location(ctx);
  const char *fnd = found_text(p, found, at);
  const char *want = expected_list(p, exp, n);
  Diag *g = want ? diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_EXPECTED, want, fnd)
                 : diag_report(p->d, DIAG_ERROR, LOC(at), E_PARSE_UNEXPECTED, fnd);
  bool found_kw = sym_is_keyword(found);
  /* `правило` in an English file (or `rule` in a Russian one): a keyword of another set
   * reads as an identifier here — the found token, or the identifier just before it */
  int other = -1;
  Loc other_at = LOC(at);
  if (found == YYSYMBOL_IDENT)
    other = lex_keyword_other_set(p->src->text + at.start, at.end - at.start, p->file->keyword_set);
  if (other < 0 && p->lx.prev_kind == T_IDENT) {
    other_at = (Loc){ p->src, p->lx.prev_start, p->lx.prev_end };
    other = lex_keyword_other_set(p->src->text + other_at.start, other_at.end - other_at.start,
                                  p->file->keyword_set);
  }
  if (other >= 0)
    diag_add_note(p->d, g, other_at, N_PARSE_HINT_KEYWORD_SET,
                  zan_strndup(p->src->text + other_at.start, other_at.end - other_at.start),
                  lex_keyword_set_name(other), lex_keyword_set_name(p->file->keyword_set),
                  lex_keyword_set_name(other));
  else if (found == YYSYMBOL_IDENT && expects(exp, n, YYSYMBOL_THEN) && p->cur_rule
      && !p->cur_rule->as.rule.value)
    diag_add_note(p->d, g, LOC(at), N_PARSE_HINT_THEN, kw_local(p, "then"));
  else if (found_kw && expects(exp, n, YYSYMBOL_IDENT) && !expects(exp, n, YYSYMBOL_INT))
    diag_add_note(p->d, g, LOC(at), N_PARSE_HINT_KEYWORD,
                  zan_strndup(p->src->text + at.start, at.end - at.start));
  return 0;
}

/* Only bison's own failures come here (the parser stack exhausted by deep nesting). */
static void zan_error(ZanLoc *loc, ZanParser *p, const char *msg) {
  (void)msg;
  diag_report(p->d, DIAG_ERROR, LOC(*loc), E_PARSE_TOO_DEEP);
}

File *parse_file(const Source *src, Diags *d) {
  ZanParser *p = ZAN_NEW(ZanParser);
  p->file = ast_file_new(src);
  p->d = d;
  p->src = src;
  lex_init(&p->lx, src, d, p->file);
  zan_parse(p);
  return p->file;
}
