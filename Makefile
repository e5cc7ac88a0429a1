# zan — build, test, demo.  `make demo` and `make check` are the two commands a user needs.
# Sources are found by wildcard, so a new .c file needs no edit here:
#   lang/base/*.c lang/*.c lang/author/*.c interp/*.c interp/api/*.c
#                                      -> build/libzan.a and build/libzan.so.0 (the library; no
#                                         main; only the zan_* API of include/zan.h exported)
#   interp/cli/*.c                     -> the `zan` command (thin layer on the library)
#   tests/unit/test_*.c                -> one Check runner; each file defines `Suite *suite_NAME(void)`
# BUILD=build-asan SAN=1 builds the same with ASan+UBSan and malloc instead of the GC.
# The build packages are installed first (scripts/install-deps.sh, an order-only step before
# any compile): pkg-config itself may be missing on a fresh machine, so its answers are
# asked lazily, once, when the first recipe needs them — after that step has run.

BUILD   ?= build
SAN     ?=
CC      ?= cc
PKGS     = bdw-gc libutf8proc yaml-0.1 libmicrohttpd nettle z3
ROOT    := $(abspath .)

WARN     = -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wshadow=local -Wstrict-prototypes
# lazy: expanded (and pkg-config run) on first use only, then kept
PKG_CFLAGS = $(eval PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lgc -lutf8proc -lyaml -lmicrohttpd -lnettle -lz3))$(PKG_LIBS)
CHECK_CFLAGS = $(eval CHECK_CFLAGS := $(shell pkg-config --cflags check 2>/dev/null))$(CHECK_CFLAGS)
CHECK_LIBS   = $(eval CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -lm))$(CHECK_LIBS)
CFLAGS_BASE = -std=c11 -D_GNU_SOURCE -g $(WARN) -I. -iquote lang -I$(BUILD)/gen \
              -DZAN_SOURCE_ROOT='"$(ROOT)"' $(PKG_CFLAGS)
LIBS     = $(PKG_LIBS) -lm -lpthread
ifeq ($(SAN),1)
  OPT    = -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all -DZAN_NO_GC
  LDSAN  = -fsanitize=address,undefined
else
  OPT    = -O2
  LDSAN  =
endif
CFLAGS  ?=
ALL_CFLAGS = $(CFLAGS_BASE) $(OPT) $(CFLAGS)

LIB_SRC  = $(wildcard lang/base/*.c) $(wildcard lang/*.c) $(wildcard lang/author/*.c) $(wildcard interp/*.c) \
           $(wildcard interp/api/*.c)
GEN_SRC  = $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c
CLI_SRC  = $(wildcard interp/cli/*.c)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o) $(GEN_SRC:%.c=%.o)
CLI_OBJ  = $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ = $(UNIT_SRC:%.c=$(BUILD)/%.o)
HEADERS  = $(wildcard lang/base/*.h lang/*.h lang/author/*.h interp/*.h interp/api/*.h interp/cli/*.h \
             include/zan.h lang/base/messages/*.def lang/*.def)

ZAN      = $(if $(filter build,$(BUILD)),zan,$(BUILD)/zan)
# The shared library (not in the sanitizer builds: their runtime wants to be in the program).
SONAME   = libzan.so.0
SHLIB    = $(if $(SAN),,$(BUILD)/$(SONAME))

# Tests run on a fixed "today" so that results do not change with the calendar.
TEST_ENV = ZAN_TODAY=2026-03-01
# The sanitizer build never frees (malloc behind the GC wrappers): leaks are expected.
SAN_ENV  = ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

.PHONY: libzan python dask replicas
.PHONY: all deps demo check unit golden render cli bounds stress lsp conformance policy-tests fmt-check lint impact doc sanitize bench clean editors install serve serve-api serve-browser bench-serve
all: $(ZAN) $(SHLIB)

# --- dependencies: installed with apt-get where missing (sudo when not root) ---
deps:
	@sh scripts/install-deps.sh
deps-ok:
	@sh scripts/install-deps.sh --quiet
.PHONY: deps-ok

# --- generated sources ---
$(BUILD)/gen/lexer.c: lang/lexer.re lang/keywords.def | $(BUILD)/gen
	re2c -8 -c --no-generation-date -W -Wno-nondeterministic-tags -I /usr/share/re2c/stdlib -I lang -o $@ $<
# the grammar's keyword tokens and `word` rule come from keywords.def (same line numbers)
$(BUILD)/parser-keywords: lang/gen/parser_keywords.c lang/keywords.def | $(BUILD)/gen
	$(CC) -std=c11 -O1 $(WARN) -o $@ $<
$(BUILD)/gen/parser.y: lang/parser.y $(BUILD)/parser-keywords
	$(BUILD)/parser-keywords < lang/parser.y > $@.tmp && mv $@.tmp $@
$(BUILD)/gen/parser.c $(BUILD)/gen/parser.h &: $(BUILD)/gen/parser.y
	bison -Wall -Werror --defines=$(BUILD)/gen/parser.h -o $(BUILD)/gen/parser.c $<
$(BUILD)/gen/lexer.o: $(BUILD)/gen/parser.h
# editor grammars are generated from the one keyword table (`make editors`)
$(BUILD)/zan-keywords: editors/gen/zan-keywords.c lang/keywords.def | $(BUILD)/gen
	$(CC) -std=c11 -O1 $(WARN) -o $@ $<
$(BUILD)/gen: | deps-ok
	mkdir -p $@

# --- objects ---
$(BUILD)/%.o: %.c $(HEADERS) $(BUILD)/gen/parser.h | deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<
$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(HEADERS)
	$(CC) $(ALL_CFLAGS) -Wno-unused-function -Wno-shadow -c -o $@ $<

# zan serve's page is embedded (.incbin) from interp/cli/page/
$(BUILD)/interp/cli/serve_page.o: $(wildcard interp/cli/page/*)

# The library's objects are position-independent (one set for libzan.a and libzan.so) and
# hidden but for what include/zan.h marks ZAN_API; the version script names the ABI.
$(LIB_OBJ): ALL_CFLAGS += -fPIC -fvisibility=hidden
$(BUILD)/libzan.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^
$(BUILD)/$(SONAME): $(LIB_OBJ) interp/api/zan.map
	$(CC) -shared -Wl,-soname,$(SONAME) -Wl,--version-script=interp/api/zan.map -Wl,-z,defs \
	  -o $@ $(LIB_OBJ) $(LIBS)
	ln -sf $(SONAME) $(BUILD)/libzan.so

$(ZAN): $(CLI_OBJ) $(BUILD)/libzan.a
	$(CC) $(LDSAN) -o $@ $(CLI_OBJ) $(BUILD)/libzan.a $(LIBS)

# --- tests ---
$(BUILD)/gen/suites.h: $(UNIT_SRC) | $(BUILD)/gen
	@grep -ho 'Suite \*suite_[A-Za-z0-9_]*(void)' $(UNIT_SRC) | sed 's/Suite \*\(suite_[A-Za-z0-9_]*\)(void)/SUITE(\1)/' > $@.tmp; mv $@.tmp $@
$(BUILD)/tests/unit/main.o: tests/unit/main.c $(BUILD)/gen/suites.h | deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -c -o $@ $<
$(BUILD)/unit-tests: $(BUILD)/tests/unit/main.o $(UNIT_OBJ) $(BUILD)/libzan.a
	$(CC) $(LDSAN) -o $@ $^ $(CHECK_LIBS) $(LIBS)

# Every suite runs the binary of this BUILD (./zan, or build-asan/zan for the sanitizer pass).
unit: all $(BUILD)/unit-tests
	cd tests && $(TEST_ENV) $(if $(SAN),$(SAN_ENV)) ../$(BUILD)/unit-tests
golden: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/golden/run.sh ./$(ZAN)
render: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/golden/render/run.sh ./$(ZAN)
cli: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/cli/run.sh ./$(ZAN)
bounds: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/bounds/run.sh ./$(ZAN)
# The hostile inputs of issue 9 at full size, with time and peak memory (not in `make check`).
stress: all
	$(TEST_ENV) sh tests/bounds/stress.sh ./$(ZAN)
lsp: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/lsp/run.sh ./$(ZAN)
conformance: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/conformance/run.sh ./$(ZAN)
# zan serve over loopback (also under the sanitizers), its page in headless Chromium (each says
# "skipped" without its tools)
serve-api: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/serve/run.sh ./$(ZAN)
serve-browser: all
	$(TEST_ENV) sh tests/serve/browser/run.sh ./$(ZAN)
serve: serve-api serve-browser
receipts: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/receipts/run.sh ./$(ZAN)
# zan lint on a policy of its own, the bundled law and stdlib, and a law with planted findings
lint: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/lint/run.sh ./$(ZAN)
# zan impact: a copy of the law with one fine changed, against zan eval on both; PATH@REV
impact: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) sh tests/impact/run.sh ./$(ZAN)
# zan doc: the sites of a small policy, the bundled law and stdlib checked page by page; the index
# in headless Chromium (not under the sanitizers: the browser is not what they check)
doc: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV) DOC_BROWSER=0) sh tests/doc/run.sh ./$(ZAN)
policy-tests: all
	@for p in policies/*/ tests/bench/reference/ stdlib/; do \
	  ls $$p*.zan >/dev/null 2>&1 || continue; \
	  p=$${p%/}; echo "zan test $$p"; $(TEST_ENV) $(if $(SAN),$(SAN_ENV)) ./$(ZAN) test $$p || exit 1; \
	done
	@# the generator of make bench's policy-size curve (tests/bench/scale.sh) makes a valid policy
	@d=$$(mktemp -d) && python3 tests/bench/gen_policy.py 2000 $$d/p 3 >/dev/null && echo "zan test (generated, 2000 rules)" && \
	  $(TEST_ENV) $(if $(SAN),$(SAN_ENV)) ./$(ZAN) test $$d/p && \
	  $(TEST_ENV) $(if $(SAN),$(SAN_ENV)) ./$(ZAN) eval $$d/p --jsonl $$d/p/facts.jsonl > $$d/out && test $$(wc -l < $$d/out) = 3; \
	  s=$$?; rm -rf $$d; exit $$s

# The bundled policies and the standard library are in zan fmt's layout (docs/cli.md, zan fmt)
fmt-check: all
	$(TEST_ENV) $(if $(SAN),$(SAN_ENV)) ./$(ZAN) fmt --check policies/*/ stdlib/

# The installed library (docs/library.md): make install into a temporary DESTDIR, decide.c
# built with pkg-config against it, exports and soname (not under the sanitizers: the
# sanitizer build makes no shared library; the API's unit tests run there).
libzan: all
	$(TEST_ENV) sh tests/libzan/run.sh ./$(ZAN)
# The Python binding (ctypes) on the built libzan.so.0: bindings/python/test_zan.py (unittest)
python: all
	ZAN_LIBRARY=$(BUILD)/$(SONAME) ZAN_BIN=$(ROOT)/$(ZAN) $(TEST_ENV) python3 -m unittest discover -s bindings/python -p 'test_*.py'
# Beyond one machine (docs/scaling.md): scripts/dask-eval.py on a LocalCluster of 2 workers,
# and two zan serve replicas behind nginx under wrk with one killed (each skips, saying so,
# without python3-distributed / nginx and wrk)
dask: all
	$(TEST_ENV) sh tests/dask/run.sh ./$(ZAN)
replicas: all
	$(TEST_ENV) sh tests/replicas/run.sh ./$(ZAN)

# The sanitizer pass: the same suites, built with ASan+UBSan and malloc behind the allocation
# wrappers. Built with the jobs make was given, then run one suite after the other.
SUITES = unit golden render cli bounds lsp conformance receipts policy-tests fmt-check serve-api lint impact doc
sanitize:
	$(MAKE) BUILD=build-asan SAN=1 all build-asan/unit-tests
	@for t in $(SUITES); do $(MAKE) --no-print-directory BUILD=build-asan SAN=1 $$t || exit 1; done

# Suites run one after the other (their output stays readable); each build inside uses -j.
check: all
	@for t in $(SUITES) sanitize fuzz-regress; do $(MAKE) --no-print-directory $$t || exit 1; done
	$(TEST_ENV) sh tests/schema/run.sh ./$(ZAN)
	$(TEST_ENV) sh tests/law/run.sh ./$(ZAN)
	$(TEST_ENV) sh tests/i18n/run.sh ./$(ZAN)
	$(TEST_ENV) sh tests/files/run.sh ./$(ZAN)
	$(TEST_ENV) sh tests/fmt/run.sh ./$(ZAN)
	$(TEST_ENV) sh tests/messages/run.sh ./$(ZAN)
	$(MAKE) --no-print-directory serve-browser
	$(TEST_ENV) sh tests/missing/run.sh ./$(ZAN)
	$(MAKE) --no-print-directory libzan
	$(MAKE) --no-print-directory python
	$(MAKE) --no-print-directory dask
	$(MAKE) --no-print-directory replicas
	$(MAKE) --no-print-directory $(BUILD)/zan-keywords
	sh tests/editors/run.sh ./$(BUILD)/zan-keywords ./$(ZAN)
	@echo "make check: all suites passed"

# The demo: install what is missing, build, then decide on a bundled example.
DEMO_FACTS = policies/kz-ai-law/examples/bank-credit-scoring.json
demo: deps
	$(MAKE) --no-print-directory all
	./zan eval kz-ai-law $(DEMO_FACTS) --format text
	./zan eval kz-ai-law $(DEMO_FACTS) --explain --lang en

bench: all
	sh tests/bench/run.sh ./zan
	sh tests/bench/scale.sh ./zan

# zan serve under wrk (64 connections, 30 s) beside zan eval --jsonl --jobs 2 (docs/performance.md)
bench-serve: all
	sh tests/bench/serve.sh ./zan

# The VS Code extension as build/zan-language.vsix: vscode-languageclient and @vscode/vsce from
# npm (editors/vscode/package-lock.json) without install scripts or optional packages, so only
# JavaScript is downloaded (no native binaries); without npm the grammars are still made.
editors: $(BUILD)/zan-keywords
	./$(BUILD)/zan-keywords vim    > editors/vim/syntax/zan.vim
	./$(BUILD)/zan-keywords vscode > editors/vscode/syntaxes/zan.tmLanguage.json
	./$(BUILD)/zan-keywords emacs  > editors/emacs/zan-keywords.el
	@if command -v npm >/dev/null 2>&1; then \
	  cd editors/vscode && npm ci --no-audit --no-fund --ignore-scripts --omit=optional && \
	  npx --no-install vsce package --skip-license -o $(ROOT)/$(BUILD)/zan-language.vsix; \
	else echo "make editors: npm not found, so the VS Code extension (.vsix) is not packaged (apt-get install npm)"; fi

# make install PREFIX=… [DESTDIR=…]: the command; the library (libzan.so.0 with its soname,
# libzan.a) with its one public header zan.h and zan.pc — the internal headers are not
# installed, the API is include/zan.h (docs/library.md); the standard library and the bundled
# policies (found beside the binary and the library: PREFIX/share/zan/…); a man page.
PREFIX  ?= /usr/local
DESTDIR ?=
VERSION  = $(shell sed -n 's/^\#define ZAN_VERSION_STRING "\(.*\)"/\1/p' include/zan.h)
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/share/zan \
	  $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(PREFIX)/include
	install -m 755 zan $(DESTDIR)$(PREFIX)/bin/zan
	install -m 644 $(BUILD)/libzan.a $(DESTDIR)$(PREFIX)/lib/libzan.a
	install -m 755 $(BUILD)/$(SONAME) $(DESTDIR)$(PREFIX)/lib/libzan.so.$(VERSION)
	ln -sf libzan.so.$(VERSION) $(DESTDIR)$(PREFIX)/lib/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(PREFIX)/lib/libzan.so
	install -m 644 include/zan.h $(DESTDIR)$(PREFIX)/include/zan.h
	rm -rf $(DESTDIR)$(PREFIX)/share/zan/stdlib $(DESTDIR)$(PREFIX)/share/zan/policies
	cp -R stdlib policies $(DESTDIR)$(PREFIX)/share/zan/
	sh scripts/man.sh ./zan > $(DESTDIR)$(PREFIX)/share/man/man1/zan.1
	printf 'prefix=%s\nincludedir=$${prefix}/include\nlibdir=$${prefix}/lib\n\nName: zan\nDescription: rules of law as code (the zan interpreter as a library)\nVersion: %s\nRequires.private: $(filter-out libmicrohttpd,$(PKGS))\nCflags: -I$${includedir}\nLibs: -L$${libdir} -lzan\nLibs.private: -lm -lpthread\n' \
	  '$(PREFIX)' '$(VERSION)' > $(DESTDIR)$(PREFIX)/lib/pkgconfig/zan.pc

clean:
	rm -rf build build-asan zan

# --- fuzzing (docs/fuzzing.md; tests/fuzz/) — not part of `make check` except fuzz-regress ---
# make fuzz:         clang + libFuzzer + ASan/UBSan, the library with -DZAN_FUZZ (malloc, freed
#                    after each input) in build-fuzz/; each harness runs FUZZ_SECONDS, one at a
#                    time, on tests/fuzz/corpus/NAME (new finds land in build-fuzz/corpus/NAME).
# make fuzz-regress: no clang needed: the harnesses built with $(CC) on build-asan's library,
#                    with a plain main (tests/fuzz/driver.c); every committed corpus file once
#                    through every harness.
FUZZ_NAMES   = facts_json facts_yaml policy eval jsonl_jobs po
FUZZ_SECONDS ?= 60
FUZZ_CC      ?= $(shell command -v clang 2>/dev/null || command -v clang-14 2>/dev/null)
FUZZ_BUILD   = build-fuzz
FUZZ_ARGS    ?= -rss_limit_mb=4096 -timeout=10 -max_len=65536
FUZZ_HDRS    = tests/fuzz/fuzz_common.h $(HEADERS)
FUZZ_CFLAGS  = -Wno-unknown-warning-option -DZAN_FUZZ -fsanitize=fuzzer-no-link
.PHONY: fuzz fuzz-build fuzz-regress

fuzz-build:
	@[ -n "$(FUZZ_CC)" ] || { echo "make fuzz: clang is needed (apt-get install clang); see docs/fuzzing.md"; exit 1; }
	$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) SAN=1 CC=$(FUZZ_CC) CFLAGS='$(FUZZ_CFLAGS)' $(FUZZ_BUILD)/libzan.a
	@for n in $(FUZZ_NAMES); do \
	  echo "  build $(FUZZ_BUILD)/fuzz_$$n"; \
	  $(FUZZ_CC) -std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer -I. -iquote lang -DZAN_FUZZ \
	    -DZAN_SOURCE_ROOT='"$(ROOT)"' -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	    -o $(FUZZ_BUILD)/fuzz_$$n tests/fuzz/fuzz_$$n.c $(FUZZ_BUILD)/libzan.a $(LIBS) || exit 1; \
	done

fuzz: fuzz-build
	@for n in $(FUZZ_NAMES); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$n $(FUZZ_BUILD)/artifacts; \
	  echo "fuzz_$$n: $(FUZZ_SECONDS) s"; \
	  $(TEST_ENV) ASAN_OPTIONS=detect_leaks=0 ./$(FUZZ_BUILD)/fuzz_$$n $(FUZZ_ARGS) -max_total_time=$(FUZZ_SECONDS) \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/$$n- -dict=tests/fuzz/$$n.dict \
	    $(FUZZ_BUILD)/corpus/$$n tests/fuzz/corpus/$$n > $(FUZZ_BUILD)/fuzz_$$n.log 2>&1 \
	    || { tail -n 60 $(FUZZ_BUILD)/fuzz_$$n.log; echo "fuzz_$$n FAILED: reproducer in $(FUZZ_BUILD)/artifacts/"; exit 1; }; \
	  grep -E '^#[0-9]+.*(DONE|pulse)' $(FUZZ_BUILD)/fuzz_$$n.log | tail -n 1; \
	done
	@echo "make fuzz: no crash, hang or sanitizer report"

# fuzz_jsonl_jobs compiles the command's own files (eval.c, pool.c …) into the harness
build-asan/tests/fuzz/fuzz_jsonl_jobs: $(wildcard interp/cli/*.c interp/cli/*.h)
build-asan/tests/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/driver.c $(FUZZ_HDRS) build-asan/libzan.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDSAN) -o $@ $< tests/fuzz/driver.c build-asan/libzan.a $(LIBS)

fuzz-regress:
	$(MAKE) --no-print-directory BUILD=build-asan SAN=1 build-asan/libzan.a $(FUZZ_NAMES:%=build-asan/tests/fuzz/fuzz_%)
	@for n in $(FUZZ_NAMES); do \
	  $(TEST_ENV) $(SAN_ENV) ./build-asan/tests/fuzz/fuzz_$$n tests/fuzz/corpus/* || { echo "fuzz-regress: fuzz_$$n FAILED"; exit 1; }; \
	done
	@echo "fuzz-regress: all corpus files ran through all harnesses"
