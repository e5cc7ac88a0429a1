/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

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

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_ZAN_BUILD_FUZZ_GEN_PARSER_H_INCLUDED
# define YY_ZAN_BUILD_FUZZ_GEN_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef ZAN_DEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define ZAN_DEBUG 1
#  else
#   define ZAN_DEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define ZAN_DEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined ZAN_DEBUG */
#if ZAN_DEBUG
extern int zan_debug;
#endif
/* "%code requires" blocks.  */
#line 14 "lang/parser.y"

#include <stdint.h>
#include "ast.h"
typedef struct ZanParser ZanParser;
/* A token's or a rule's place: byte offsets into the source (end exclusive). */
typedef struct ZanLoc { uint32_t start, end; } ZanLoc;

#line 65 "build-fuzz/gen/parser.h"

/* Token kinds.  */
#ifndef ZAN_TOKENTYPE
# define ZAN_TOKENTYPE
  enum zan_tokentype
  {
    T_ZAN_EMPTY = -2,
    T_END = 0,                     /* "end of file"  */
    T_ZAN_error = 256,             /* error  */
    T_ZAN_UNDEF = 257,             /* "invalid token"  */
    T_IDENT = 258,                 /* "identifier"  */
    T_INT = 259,                   /* "integer"  */
    T_DEC = 260,                   /* "decimal number"  */
    T_STRING = 261,                /* "text"  */
    T_DATE = 262,                  /* "date"  */
    T_NE = 263,                    /* "'!='"  */
    T_LE = 264,                    /* "'<='"  */
    T_GE = 265,                    /* "'>='"  */
    T_ARROW = 266,                 /* "'->'"  */
    T_IN_FORCE = 267,              /* "'in force'"  */
    T_AS_OF = 268,                 /* "'as of'"  */
    T_POLICY = 269,                /* "'policy'"  */
    T_ALIAS = 270,                 /* "'alias'"  */
    T_VERSION = 271,               /* "'version'"  */
    T_SUBJECT = 272,               /* "'subject'"  */
    T_AS = 273,                    /* "'as'"  */
    T_OF = 274,                    /* "'of'"  */
    T_MODULE = 275,                /* "'module'"  */
    T_IMPORT = 276,                /* "'import'"  */
    T_ARTICLE = 277,               /* "'article'"  */
    T_ACT = 278,                   /* "'act'"  */
    T_TITLE = 279,                 /* "'title'"  */
    T_STATUS = 280,                /* "'status'"  */
    T_SOURCE = 281,                /* "'source'"  */
    T_IN = 282,                    /* "'in'"  */
    T_FORCE = 283,                 /* "'force'"  */
    T_FROM = 284,                  /* "'from'"  */
    T_UNTIL = 285,                 /* "'until'"  */
    T_ENUM = 286,                  /* "'enum'"  */
    T_TYPE = 287,                  /* "'type'"  */
    T_RECORD = 288,                /* "'record'"  */
    T_SET = 289,                   /* "'set'"  */
    T_LIST = 290,                  /* "'list'"  */
    T_FACT = 291,                  /* "'fact'"  */
    T_AT = 292,                    /* "'at'"  */
    T_LABEL = 293,                 /* "'label'"  */
    T_ASK = 294,                   /* "'ask'"  */
    T_OUTPUT = 295,                /* "'output'"  */
    T_COMBINE = 296,               /* "'combine'"  */
    T_DEFAULT = 297,               /* "'default'"  */
    T_RULE = 298,                  /* "'rule'"  */
    T_EXCEPTION = 299,             /* "'exception'"  */
    T_TO = 300,                    /* "'to'"  */
    T_CITES = 301,                 /* "'cites'"  */
    T_WHEN = 302,                  /* "'when'"  */
    T_THEN = 303,                  /* "'then'"  */
    T_INCLUDES = 304,              /* "'includes'"  */
    T_EXPLAIN = 305,               /* "'explain'"  */
    T_FN = 306,                    /* "'fn'"  */
    T_HANDLES = 307,               /* "'handles'"  */
    T_UNKNOWN = 308,               /* "'unknown'"  */
    T_CONST = 309,                 /* "'const'"  */
    T_PARAMETER = 310,             /* "'parameter'"  */
    T_TEST = 311,                  /* "'test'"  */
    T_GIVEN = 312,                 /* "'given'"  */
    T_EXPECT = 313,                /* "'expect'"  */
    T_UNDETERMINED = 314,          /* "'undetermined'"  */
    T_IF = 315,                    /* "'if'"  */
    T_ELSE = 316,                  /* "'else'"  */
    T_MATCH = 317,                 /* "'match'"  */
    T_ANY = 318,                   /* "'any'"  */
    T_ALL = 319,                   /* "'all'"  */
    T_AND = 320,                   /* "'and'"  */
    T_OR = 321,                    /* "'or'"  */
    T_NOT = 322,                   /* "'not'"  */
    T_CONTAINS = 323,              /* "'contains'"  */
    T_INTERSECTS = 324,            /* "'intersects'"  */
    T_TRUE = 325,                  /* "'true'"  */
    T_FALSE = 326,                 /* "'false'"  */
    T_DAY = 327,                   /* "'day'"  */
    T_DAYS = 328,                  /* "'days'"  */
    T_WEEK = 329,                  /* "'week'"  */
    T_WEEKS = 330,                 /* "'weeks'"  */
    T_MONTH = 331,                 /* "'month'"  */
    T_MONTHS = 332,                /* "'months'"  */
    T_YEAR = 333,                  /* "'year'"  */
    T_YEARS = 334,                 /* "'years'"  */
    T_LOWEST = 335,                /* LOWEST  */
    T_NAME = 336,                  /* NAME  */
    T_UMINUS = 337                 /* UMINUS  */
  };
  typedef enum zan_tokentype zan_token_kind_t;
#endif

/* Value type.  */
#if ! defined ZAN_STYPE && ! defined ZAN_STYPE_IS_DECLARED
union ZAN_STYPE
{
#line 109 "lang/parser.y"

  int64_t   i;
  const char *s;
  ZDate     date;
  Name      name;
  Node     *node;
  Texts    *texts;
  StrList  *strs;
  Validity  validity;
  DurUnit   unit;
  bool      b;

#line 177 "build-fuzz/gen/parser.h"

};
typedef union ZAN_STYPE ZAN_STYPE;
# define ZAN_STYPE_IS_TRIVIAL 1
# define ZAN_STYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef ZanLoc ZAN_LTYPE;




int zan_parse (ZanParser *p);


#endif /* !YY_ZAN_BUILD_FUZZ_GEN_PARSER_H_INCLUDED  */
