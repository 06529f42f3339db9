#!/bin/sh
# Fuzz the story-script loader and the settings/theme/genogram reader for SECONDS each
# (default 60) under ASan + UBSan.
#   tests/fuzz/run.sh 60
# Configures a clang build in build-fuzz/, builds lineage_fuzz_loader (which writes the seed
# corpus from story/), runs it, and exits non-zero on any crash, leak, timeout or OOM.
# Findings are written to build-fuzz/fuzz-artifacts/.
set -eu
SECONDS_TO_RUN=${1:-60}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD="$ROOT/build-fuzz"
JOBS=${JOBS:-2}

cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DLINEAGE_FUZZ=ON -DLINEAGE_SANITIZE=ON -DLINEAGE_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target lineage_fuzz_loader lineage_fuzz_config -j "$JOBS"

FUZZ_DIR="$BUILD/tests/fuzz"
mkdir -p "$FUZZ_DIR/corpus" "$FUZZ_DIR/corpus-config" "$BUILD/fuzz-artifacts"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
# New inputs go to corpus/; seed-corpus/ is regenerated from story/ on each build.
"$FUZZ_DIR/lineage_fuzz_loader" "$FUZZ_DIR/corpus" "$FUZZ_DIR/seed-corpus" \
  -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -artifact_prefix="$BUILD/fuzz-artifacts/" -print_final_stats=1
# The settings, theme and genogram readers, seeded with the bundled assets.
"$FUZZ_DIR/lineage_fuzz_config" "$FUZZ_DIR/corpus-config" "$ROOT/assets" \
  -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$BUILD/fuzz-artifacts/config-" -print_final_stats=1
echo "fuzz: clean after ${SECONDS_TO_RUN}s per target"
