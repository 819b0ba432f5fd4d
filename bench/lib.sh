# Shared by the bench/run-* scripts: where the programs are, and how one command is measured.
# Sourced, not run.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$BENCH_DIR/.." && pwd)
BUILD=${BUILD:-$REPO/build}
GEN=${GEN:-$BUILD/bench/gen_corpus}
TUYENTAP=${TUYENTAP:-$BUILD/tuyentap}
OUT=${BENCH_OUT:-$BENCH_DIR/out}
FONTS=$REPO/fonts
export TZ=UTC SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1577836800}

need_gen() {
  if [ ! -x "$GEN" ]; then
    echo "bench: $GEN not found; build it first:  cmake --build build --target gen_corpus" >&2
    exit 2
  fi
}

# True when the tuyentap CLI exists and knows the subcommand ($1); otherwise the rows that
# need it are shown as "not built yet" and the peers are still measured.
have_tuyentap() {
  [ -x "$TUYENTAP" ] && "$TUYENTAP" "$1" --help >/dev/null 2>&1
}

# gen DIR ARTICLES FROM TO [extra gen_corpus options]: a corpus, made once and reused while
# the options stay the same (the generator is deterministic, so reuse is safe).
gen() {
  local dir=$1 n=$2 from=$3 to=$4
  shift 4
  local stamp="$n $from $to $* $(stat -c %Y "$GEN")"
  if [ -f "$dir.stamp" ] && [ "$(cat "$dir.stamp")" = "$stamp" ]; then return; fi
  rm -rf "$dir" "$dir.zip"
  "$GEN" --out "$dir" --articles "$n" --from "$from" --to "$to" "$@" >/dev/null
  echo "$stamp" >"$dir.stamp"
}

# measure LABEL CMD...: runs CMD $RUNS times (stdout to /dev/null) under /usr/bin/time -v;
# keeps the best wall time, the best CPU time (user + sys, all threads: on a shared machine
# the fair measure, since wall time counts the waits for a busy core) and the highest peak
# RSS. Sets WALL (s), CPU (s), RSS (MB), STATUS, and appends a row to the table. TIMEOUT (s)
# stops a peer that would run for hours.
ROWS=()
measure() {
  local label=$1 i
  shift
  for ((i = 1; i <= ${RUNS:-1}; i++)); do
    run_once "$label" "$@"
  done
  add_row "$label"
}

# run_once LABEL CMD...: one run of CMD, kept with LABEL's earlier runs (the best wall and
# CPU times, the highest RSS, a failure); add_row LABEL then shows them. Two commands whose
# runs alternate (run_once A, run_once B, again …) meet the same load on a shared machine.
declare -A BEST_WALL=() BEST_CPU=() BEST_RSS=() BEST_STATUS=() BEST_ERR=()
run_once() {
  local label=$1 tf w c r s
  shift
  tf=$(mktemp)
  /usr/bin/time -v -o "$tf" timeout "${TIMEOUT:-1800}" "$@" >/dev/null 2>"$tf.err" || true
  w=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); t=0; for(k=1;k<=n;k++) t=t*60+p[k]; print t}' "$tf")
  c=$(awk -F': ' '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$tf")
  r=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf")
  s=$(awk -F': ' '/Exit status/ {print $2}' "$tf")
  # GNU time says "Exit status: 0" for a crash; the line before it tells.
  grep -q 'terminated by signal' "$tf" && s="signal $(grep -o 'signal [0-9]*' "$tf" | head -1 | cut -d' ' -f2)"
  [ -z "$w" ] && w=0 && s=127
  local best=${BEST_WALL[$label]:-} best_cpu=${BEST_CPU[$label]:-}
  if [ -z "$best" ] || awk "BEGIN{exit !($w < $best)}"; then BEST_WALL[$label]=$w; fi
  if [ -z "$best_cpu" ] || awk "BEGIN{exit !($c < $best_cpu)}"; then BEST_CPU[$label]=$c; fi
  [ "${r:-0}" -gt "${BEST_RSS[$label]:-0}" ] && BEST_RSS[$label]=$r
  if [ "$s" != 0 ]; then
    BEST_STATUS[$label]=$s
    BEST_ERR[$label]=$(head -c 120 "$tf.err" | tr '\n' ' ')
  fi
  rm -f "$tf" "$tf.err"
}

# add_row LABEL: sets WALL, CPU, RSS, STATUS from LABEL's runs and appends its row.
add_row() {
  local label=$1
  WALL=${BEST_WALL[$label]} CPU=${BEST_CPU[$label]} RSS=${BEST_RSS[$label]:-0}
  STATUS=${BEST_STATUS[$label]:-0}
  local note=""
  case "$STATUS" in
    0) ;;
    124) note="timed out after ${TIMEOUT:-1800} s" ;;
    signal*) note="CRASHED ($STATUS)" ;;
    *) note="exit $STATUS: ${BEST_ERR[$label]}" ;;
  esac
  ROWS+=("$(printf '%-34s %9.2f %9.2f %9s  %s' "$label" "$WALL" "$CPU" "$RSS" "$note")")
  unset "BEST_WALL[$label]" "BEST_CPU[$label]" "BEST_RSS[$label]" "BEST_STATUS[$label]" \
    "BEST_ERR[$label]"
}

# expect_output PATH: marks the last row when the command wrote nothing there.
expect_output() {
  if [ -z "$1" ] || [ ! -s "$1" ]; then
    local last=$((${#ROWS[@]} - 1))
    ROWS[$last]="${ROWS[$last]}  (no output written)"
  fi
}

skip_row() { ROWS+=("$(printf '%-34s %9s %9s %9s  %s' "$1" "-" "-" "-" "$2")"); }

print_table() {
  printf '%-34s %9s %9s %9s\n' "$1" "wall (s)" "CPU (s)" "RSS (MB)"
  printf '%s\n' "${ROWS[@]}"
  ROWS=()
}

# ratio A B: "3.2x" (A / B), or "-" when B is 0.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }

# pages PDF: the page count, or "-".
pages() {
  if [ -f "$1" ]; then pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; else echo "-"; fi
}
