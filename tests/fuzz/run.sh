#!/bin/sh
# Fuzz every parser a user or a student's device can feed, for SECONDS each (default 60), under
# ASan + UBSan:
#   loader          story scripts (seeds: story/, tests/data/scripts)
#   config          settings.txt, theme and genogram files (seeds: assets/)
#   lesson          lesson scripts beside the bundled story (seeds: its lessons)
#   class_requests  what a device sends the class server: cookie, join/answer JSON, version
#   tests/fuzz/run.sh 60
# Configures a clang build in build-fuzz/ and exits non-zero on any crash, leak, timeout or
# OOM. A finding is written to tests/fuzz/regressions/TARGET/ (crash-*, leak-*, ...): commit
# it with its fix, and the ordinary test build replays it for good (fuzz-replay-* in CTest).
set -eu
SECONDS_TO_RUN=${1:-60}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD="$ROOT/build-fuzz"
JOBS=${JOBS:-2}
TARGETS="loader config lesson class_requests"

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DLINEAGE_FUZZ=ON -DLINEAGE_SANITIZE=ON -DLINEAGE_TESTS=OFF >/dev/null
set --  # the build targets, in place of the arguments
for t in $TARGETS; do set -- "$@" "lineage_fuzz_$t"; done
cmake --build "$BUILD" --target "$@" -j "$JOBS"

FUZZ_DIR="$BUILD/tests/fuzz"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
for t in $TARGETS; do
  folder=$(echo "$t" | tr _ -)
  kept="$ROOT/tests/fuzz/regressions/$folder"
  corpus="$FUZZ_DIR/corpus-$folder"  # what the fuzzer learns; not kept in the repository
  mkdir -p "$corpus" "$kept"
  case $t in
    loader) seeds="$FUZZ_DIR/seed-corpus"; max_len=262144 ;;  # written from story/ at build time
    config) seeds="$ROOT/assets"; max_len=65536 ;;
    lesson) seeds="$ROOT/story/the-push/lessons"; max_len=65536 ;;
    class_requests) seeds=""; max_len=8192 ;;  # the server reads at most 4 KB of a body
  esac
  echo "==> fuzzing $t for ${SECONDS_TO_RUN}s"
  # shellcheck disable=SC2086  # $seeds is one folder or none
  "$FUZZ_DIR/lineage_fuzz_$t" "$corpus" "$kept" $seeds \
    -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -artifact_prefix="$kept/" -print_final_stats=1
done
echo "fuzz: clean after ${SECONDS_TO_RUN}s per target ($TARGETS)"
