# mipsvm: the two commands are `make demo` and `make test`; both start with `make setup`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
APT_PKGS := gcc-mips64el-linux-gnuabi64 binutils-mips64el-linux-gnuabi64 libc6-dev-mips64el-cross \
            qemu-user gdb-multiarch \
            python3-venv python3-dev gcc make
CORE_SRC := $(wildcard mipsvm/core/*.pyx mipsvm/core/*.h mipsvm/mmu/*.h mipsvm/cp0/*.h mipsvm/vz/*.h mipsvm/isa/*.py mipsvm/cp0/*.py mipsvm/mmu/*.py) \
            mipsvm/host/pgtable.py mipsvm/models/cpu.py setup.py
TEST_ARGS ?=

.PHONY: setup apt demo test bench clean

setup: apt $(VENV)/.deps mipsvm/core/.built build/sysroot/.packages

# Debian packages the project needs: installed when absent (as root), idempotent.
apt:
	@missing=""; for p in $(APT_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else echo "missing Debian packages (run as root or install them):$$missing"; exit 1; fi; \
	fi

$(VENV)/.deps: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip setuptools wheel
	$(PY) -m pip install -q -r requirements.txt
	touch $@

mipsvm/core/.built: $(VENV)/.deps $(CORE_SRC)
	$(PY) setup.py -q build_ext --inplace
	$(PY) -m pip install -q --no-build-isolation --no-deps -e .
	touch $@

# The Debian mips64el packages the session tests run, unpacked into a sysroot.
build/sysroot/.packages: tools/make_sysroot.py tests/sessions/packages.txt | $(VENV)/.deps
	$(PY) tools/make_sysroot.py --dest build/sysroot --cache build/debs $$(cat tests/sessions/packages.txt)

demo: setup
	$(VENV)/bin/mipsvm run --outdir out/demo workloads/bin/intbench
	@echo "--- out/demo/stats.txt (excerpt) ---"
	@grep -E '^(sim_insts|cycles|syscalls|minor_faults|tlb\.refills|tlb\.refills\.ftlb|tlb\.dtlb\.misses|host_seconds|mips) ' out/demo/stats.txt

test: setup
	$(PY) -m pytest -q -n 2 $(TEST_ARGS)

bench: setup
	$(PY) tools/bench.py

clean:
	rm -rf build mipsvm/core/_core.c mipsvm/core/*.so mipsvm/core/decode_gen.h mipsvm/cp0/cp0_gen.h \
	       mipsvm/mmu/mmu_gen.h mipsvm/core/.built
