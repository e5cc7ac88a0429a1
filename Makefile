# zan — build, test, demo.  `make demo` and `make check` are the two commands a user needs.
# Sources are found by wildcard, so a new .c file needs no edit here:
#   lang/base/*.c lang/*.c interp/*.c  -> build/libzan.a  (the library; no main)
#   interp/cli/*.c                     -> the `zan` command (thin layer on the library)
#   tests/unit/test_*.c                -> one Check runner; each file defines `Suite *suite_NAME(void)`
# BUILD=build-asan SAN=1 builds the same with ASan+UBSan and malloc instead of the GC.

BUILD   ?= build
SAN     ?=
CC      ?= cc
PKGS     = bdw-gc libutf8proc yaml-0.1
ROOT    := $(abspath .)

WARN     = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wshadow=local -Wstrict-prototypes
CFLAGS_BASE = -std=c11 -D_GNU_SOURCE -g $(WARN) -I. -Ilang -I$(BUILD)/gen \
              -DZAN_SOURCE_ROOT='"$(ROOT)"' $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS     = $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgc -lutf8proc -lyaml) -lm -lpthread
ifeq ($(SAN),1)
  OPT    = -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -DZAN_NO_GC
  LDSAN  = -fsanitize=address,undefined
else
  OPT    = -O2
  LDSAN  =
endif
CFLAGS  ?=
ALL_CFLAGS = $(CFLAGS_BASE) $(OPT) $(CFLAGS)

LIB_SRC  = $(wildcard lang/base/*.c) $(wildcard lang/*.c) $(wildcard interp/*.c)
GEN_SRC  = $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c
CLI_SRC  = $(wildcard interp/cli/*.c)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o) $(GEN_SRC:%.c=%.o)
CLI_OBJ  = $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ = $(UNIT_SRC:%.c=$(BUILD)/%.o)
HEADERS  = $(wildcard lang/base/*.h lang/*.h interp/*.h interp/cli/*.h lang/base/messages/*.def lang/*.def)

ZAN      = $(if $(filter build,$(BUILD)),zan,$(BUILD)/zan)

.PHONY: all deps demo check unit golden cli conformance sanitize bench clean editors
all: deps-ok $(ZAN)

# --- dependencies: installed with apt-get where missing (sudo when not root) ---
deps:
	@sh scripts/install-deps.sh
deps-ok:
	@sh scripts/install-deps.sh --quiet
.PHONY: deps-ok

# --- generated sources ---
$(BUILD)/gen/lexer.c: lang/lexer.re lang/keywords.def | $(BUILD)/gen
	re2c -8 -c --no-generation-date -W -Wno-nondeterministic-tags -I /usr/share/re2c/stdlib -I lang -o $@ $<
$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h: lang/parser.y | $(BUILD)/gen
	bison -Wall -Werror --defines=$(BUILD)/gen/parser.h -o $(BUILD)/gen/parser.c $<
$(BUILD)/gen/lexer.o: $(BUILD)/gen/parser.h
$(BUILD)/gen:
	mkdir -p $@

# --- objects ---
$(BUILD)/%.o: %.c $(HEADERS) $(BUILD)/gen/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(HEADERS)
	$(CC) $(ALL_CFLAGS) -Wno-unused-function -Wno-shadow -c -o $@ $<

$(BUILD)/libzan.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(ZAN): $(CLI_OBJ) $(BUILD)/libzan.a
	$(CC) $(LDSAN) -o $@ $(CLI_OBJ) $(BUILD)/libzan.a $(LIBS)

# --- tests ---
$(BUILD)/gen/suites.h: $(UNIT_SRC) | $(BUILD)/gen
	@grep -ho 'Suite \*suite_[A-Za-z0-9_]*(void)' $(UNIT_SRC) | sed 's/Suite \*\(suite_[A-Za-z0-9_]*\)(void)/SUITE(\1)/' > $@.tmp; mv $@.tmp $@
$(BUILD)/tests/unit/main.o: tests/unit/main.c $(BUILD)/gen/suites.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(shell pkg-config --cflags check) -c -o $@ $<
$(BUILD)/unit-tests: $(BUILD)/tests/unit/main.o $(UNIT_OBJ) $(BUILD)/libzan.a
	$(CC) $(LDSAN) -o $@ $^ $(shell pkg-config --libs check) $(LIBS)

unit: all $(BUILD)/unit-tests
	cd tests && ../$(BUILD)/unit-tests
golden: all
	sh tests/golden/run.sh ./$(ZAN)
cli: all
	sh tests/cli/run.sh ./$(ZAN)
conformance: all
	sh tests/conformance/run.sh ./$(ZAN)
policy-tests: all
	./$(ZAN) test kz-ai-law

# The sanitizer pass: the same tests, built with ASan+UBSan and malloc behind the allocation wrappers.
sanitize:
	$(MAKE) BUILD=build-asan SAN=1 unit golden cli conformance policy-tests

check: all
	$(MAKE) unit
	$(MAKE) golden
	$(MAKE) cli
	$(MAKE) conformance
	$(MAKE) policy-tests
	$(MAKE) sanitize
	@echo "make check: all suites passed"

demo: deps all
	./zan eval kz-ai-law policies/kz-ai-law/examples/credit-scoring.json --format text
	./zan eval kz-ai-law policies/kz-ai-law/examples/credit-scoring.json

bench: all
	sh tests/bench/run.sh ./zan

editors: $(BUILD)/zan-keywords
	./$(BUILD)/zan-keywords vim    > editors/vim/syntax/zan.vim
	./$(BUILD)/zan-keywords vscode > editors/vscode/syntaxes/zan.tmLanguage.json

clean:
	rm -rf build build-asan zan
