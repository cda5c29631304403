#!/usr/bin/env bash
# Runs the whole SiteErrorCms test suite (unit, PostgreSQL and browser tests).
#
#   tests/run.sh            # from any directory
#
# What it does:
#   1. installs Debian packages the tests need when they are missing
#      (chromium + fonts-dejavu-core for Playwright, postgresql for the
#      PostgreSQL tests) - needs root and apt-get, otherwise it says what
#      is missing and stops;
#   2. starts a throwaway PostgreSQL server on 127.0.0.1 (temp dir, free port,
#      generated password) unless SITEERRORCMS_TEST_POSTGRES is already set,
#      and always stops/removes it on exit;
#   3. runs `dotnet test SiteErrorCms.sln -c Release` with TRX + console loggers
#      into tests/.out/TestResults;
#   4. sums the TRX counters and prints, as the very last line,
#      "N passed, N failed, N skipped".
#
# With CI=true, PostgreSQL tests that were skipped (or not run at all) fail
# the run.
#
# Exit code: the exit code of `dotnet test`, or 1 if the TRX files report
# failures, no TRX was produced, or the CI PostgreSQL check fails.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

OUT_DIR="$ROOT/tests/.out"
RESULTS_DIR="$OUT_DIR/TestResults"
mkdir -p "$OUT_DIR"

log() { printf '[run.sh] %s\n' "$*"; }
die() { printf '[run.sh] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------------------
# Helpers to find tools
# ---------------------------------------------------------------------------

find_chromium() {
    local c
    if [[ -n "${PLAYWRIGHT_CHROMIUM_PATH:-}" && -x "${PLAYWRIGHT_CHROMIUM_PATH}" ]]; then
        printf '%s\n' "$PLAYWRIGHT_CHROMIUM_PATH"
        return 0
    fi
    for c in /usr/bin/chromium /usr/bin/chromium-browser; do
        if [[ -x "$c" ]]; then printf '%s\n' "$c"; return 0; fi
    done
    for c in chromium chromium-browser; do
        if command -v "$c" >/dev/null 2>&1; then command -v "$c"; return 0; fi
    done
    return 1
}

# Newest /usr/lib/postgresql/<ver>/bin that has initdb and pg_ctl.
find_pg_bindir() {
    local d best="" best_ver=-1 ver
    shopt -s nullglob
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] || continue
        ver="$(basename "$(dirname "$d")")"
        ver="${ver%%.*}"
        [[ "$ver" =~ ^[0-9]+$ ]] || ver=0
        if (( ver > best_ver )); then best_ver=$ver; best="$d"; fi
    done
    shopt -u nullglob
    [[ -n "$best" ]] || return 1
    printf '%s\n' "$best"
}

deb_installed() {
    command -v dpkg-query >/dev/null 2>&1 || return 0 # not Debian: cannot tell, assume fine
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

# ---------------------------------------------------------------------------
# 1. Dependencies
# ---------------------------------------------------------------------------

missing_pkgs=()
if ! find_chromium >/dev/null; then
    missing_pkgs+=(chromium fonts-dejavu-core fonts-noto-color-emoji)
else
    deb_installed fonts-dejavu-core || missing_pkgs+=(fonts-dejavu-core)
    # Code pages show an emoji per code; without this font the screenshots show empty boxes.
    deb_installed fonts-noto-color-emoji || missing_pkgs+=(fonts-noto-color-emoji)
fi
if [[ -z "${SITEERRORCMS_TEST_POSTGRES:-}" ]] && ! find_pg_bindir >/dev/null; then
    missing_pkgs+=(postgresql)
fi
# The snippet check parses every code snippet with its language's own tools.
command -v node >/dev/null 2>&1 || missing_pkgs+=(nodejs)
command -v php >/dev/null 2>&1 || missing_pkgs+=(php-cli)
command -v ruby >/dev/null 2>&1 || missing_pkgs+=(ruby)
command -v gofmt >/dev/null 2>&1 || missing_pkgs+=(golang-go)
command -v xmllint >/dev/null 2>&1 || missing_pkgs+=(libxml2-utils)
[[ -x /usr/sbin/nginx ]] || command -v nginx >/dev/null 2>&1 || missing_pkgs+=(nginx-light)

if (( ${#missing_pkgs[@]} > 0 )); then
    if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
        {
            echo "[run.sh] ERROR: the tests need these missing packages: ${missing_pkgs[*]}"
            echo "[run.sh]   chromium (+ fonts-dejavu-core) for the Playwright browser tests,"
            echo "[run.sh]   postgresql (initdb/pg_ctl under /usr/lib/postgresql/<ver>/bin) for the PostgreSQL tests"
            echo "[run.sh]   nodejs, php-cli, ruby, golang-go, libxml2-utils, nginx-light for the snippet syntax check"
            echo "[run.sh]   (or set SITEERRORCMS_TEST_POSTGRES to an existing server's connection string)."
            echo "[run.sh] Install them, e.g.: sudo apt-get install -y --no-install-recommends ${missing_pkgs[*]}"
            echo "[run.sh] or run this script as root on a Debian/Ubuntu machine so it can install them itself."
        } >&2
        exit 1
    fi
    apt_log="$OUT_DIR/apt.log"
    : >"$apt_log"
    log "installing missing packages: ${missing_pkgs[*]} (log: $apt_log)"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get -o DPkg::Lock::Timeout=600 update >>"$apt_log" 2>&1 \
        || ! apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends \
                "${missing_pkgs[@]}" >>"$apt_log" 2>&1; then
        echo "[run.sh] ERROR: apt-get failed; last lines of $apt_log:" >&2
        tail -n 40 "$apt_log" >&2
        exit 1
    fi
fi

CHROMIUM="$(find_chromium)" || die "chromium still not found after installation"

# axe-core for the accessibility tests, from npm into tests/.out (nothing is committed).
AXE_DIR="$OUT_DIR/axe"
if [[ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]]; then
    log "installing axe-core from npm into $AXE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$AXE_DIR" axe-core@4.14.1 >"$OUT_DIR/npm.log" 2>&1 \
        || { tail -n 20 "$OUT_DIR/npm.log" >&2; die "npm install axe-core failed"; }
fi
export AXE_CORE_PATH="$AXE_DIR/node_modules/axe-core/axe.min.js"

# ---------------------------------------------------------------------------
# 2. Throwaway PostgreSQL (unless SITEERRORCMS_TEST_POSTGRES is given)
# ---------------------------------------------------------------------------

PG_TMP=""
PG_DATA=""
PG_BIN=""
PG_STARTED=0

# Runs a command as the OS user that owns the cluster (postgres when we are root).
as_pg_user() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

TEST_PID=""

# Stops a still-running `dotnet test` (it runs in its own session/process
# group, see below) - only needed when we are interrupted.
stop_tests() {
    [[ -n "$TEST_PID" ]] || return 0
    local pid=$TEST_PID i
    TEST_PID=""
    kill -0 -- "-$pid" 2>/dev/null || return 0
    kill -TERM -- "-$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
        kill -0 -- "-$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
}

cleanup() {
    # Must stay silent on stdout: the summary has to be the last line.
    stop_tests
    if [[ "$PG_STARTED" -eq 1 && -n "$PG_DATA" ]]; then
        PG_STARTED=0
        as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
        # Belt and braces: if the postmaster is still there, kill it.
        if [[ -f "$PG_DATA/postmaster.pid" ]]; then
            local pid
            pid="$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
            if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then
        rm -rf -- "$PG_TMP"
    fi
    PG_TMP=""
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() {
    # A successful TCP connect means something is listening already.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    PG_BIN="$(find_pg_bindir)" || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"

    if [[ "$(id -u)" -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        die "running as root but there is no 'postgres' OS user to run the server as"
    fi

    PG_TMP="$(mktemp -d /tmp/siteerrorcms-pg.XXXXXXXX)"
    PG_DATA="$PG_TMP/data"
    local sock="$PG_TMP/sock" pgpass="$PG_TMP/pwfile" pglog="$PG_TMP/postgres.log"
    mkdir -p "$sock"

    PG_PASSWORD="$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true)"
    [[ ${#PG_PASSWORD} -eq 24 ]] || die "could not generate a password"
    printf '%s\n' "$PG_PASSWORD" >"$pgpass"
    chmod 700 "$PG_TMP"
    chmod 600 "$pgpass"
    if [[ "$(id -u)" -eq 0 ]]; then
        chown -R postgres: "$PG_TMP"
    fi

    local locale=C
    if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then locale=C.UTF-8; fi

    # initdb's helper shells write to /dev/null as the postgres user; a machine whose /dev/null lost its
    # world-writable mode (seen after a package install here) makes initdb fail with no clear reason.
    if ! as_pg_user sh -c ': >/dev/null' 2>/dev/null; then
        if [[ "$(id -u)" -eq 0 && -c /dev/null ]]; then
            log "repairing /dev/null permissions (it was not writable for the postgres user)"
            chmod 666 /dev/null
        else
            die "/dev/null is not writable for the postgres user; PostgreSQL cannot be initialised"
        fi
    fi

    log "initialising throwaway PostgreSQL ($PG_BIN) in $PG_TMP"
    if ! as_pg_user "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --pwfile="$pgpass" \
            --auth=scram-sha-256 --encoding=UTF8 --locale="$locale" --no-sync \
            >"$PG_TMP/initdb.log" 2>&1; then
        cat "$PG_TMP/initdb.log" >&2
        die "initdb failed"
    fi
    rm -f "$pgpass"

    cat >>"$PG_DATA/postgresql.conf" <<EOF

# --- throwaway test server (tests/run.sh) ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$sock'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

    # From here on the cluster exists: let cleanup() try to stop it whatever
    # happens (stopping a server that is not running is harmless).
    PG_STARTED=1
    local port started=0
    for ((port = 55432; port < 55532; port++)); do
        if port_in_use "$port"; then continue; fi
        rm -f "$pglog"
        if as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$pglog" -w -t 60 \
                -o "-p $port" start >/dev/null 2>&1; then
            started=1
            break
        fi
        # Lost a race for the port (or another problem): try the next one, but
        # give up early if the log shows something other than a bind failure.
        if ! grep -qiE 'could not (bind|create listen)|address already in use' "$pglog" 2>/dev/null; then
            cat "$pglog" >&2 || true
            die "pg_ctl start failed"
        fi
    done
    (( started == 1 )) || { cat "$pglog" >&2 || true; die "could not start PostgreSQL on any port 55432-55531"; }
    PG_PORT=$port

    export SITEERRORCMS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=$PG_PASSWORD;Database=postgres;Include Error Detail=true"
    log "PostgreSQL is up on 127.0.0.1:$PG_PORT (log: $pglog)"
}

if [[ -n "${SITEERRORCMS_TEST_POSTGRES:-}" ]]; then
    log "using the PostgreSQL server from SITEERRORCMS_TEST_POSTGRES (starting none)"
else
    start_postgres
fi

# ---------------------------------------------------------------------------
# 3. Run the tests
# ---------------------------------------------------------------------------

export PLAYWRIGHT_CHROMIUM_PATH="$CHROMIUM"
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

rm -rf -- "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"

log "chromium: $PLAYWRIGHT_CHROMIUM_PATH"
log "running: dotnet test SiteErrorCms.sln -c Release"
# `dotnet test` runs in the background in its own session so that a SIGINT/
# SIGTERM sent to this script is handled at once (bash defers traps while a
# foreground child runs) and the whole test process tree can be stopped
# before PostgreSQL is. `wait` still gives us its exit code.
set +e
setsid -w dotnet test SiteErrorCms.sln -c Release \
    --logger "trx" \
    --logger "console;verbosity=normal" \
    --results-directory "$RESULTS_DIR" &
TEST_PID=$!
wait "$TEST_PID"
test_rc=$?
TEST_PID=""
set -e

# ---------------------------------------------------------------------------
# 4. Sum the TRX counters
# ---------------------------------------------------------------------------

# Prints "total executed passed failed notExecuted skipped" for one TRX file.
#  failed  = failed + error + timeout + aborted
#  skipped = notExecuted, or - because VSTest's TRX logger leaves notExecuted
#            at 0 for skipped tests - whatever is neither passed nor failed.
trx_counters() {
    awk 'BEGIN { RS = "<" }
        /^Counters[ \t\r\n]/ {
            rec = $0
            while (match(rec, /[A-Za-z]+[ \t\r\n]*=[ \t\r\n]*"[0-9]+"/)) {
                kv = substr(rec, RSTART, RLENGTH)
                rec = substr(rec, RSTART + RLENGTH)
                k = kv; sub(/[ \t\r\n]*=.*/, "", k)
                v = kv; sub(/^[^"]*"/, "", v); sub(/".*/, "", v)
                c[k] += v
            }
            found = 1
        }
        END {
            if (!found) exit 1
            failed = c["failed"] + c["error"] + c["timeout"] + c["aborted"]
            rest = c["total"] - c["passed"] - failed
            skipped = c["notExecuted"] > rest ? c["notExecuted"] : rest
            if (skipped < 0) skipped = 0
            printf "%d %d %d %d %d %d\n", c["total"], c["executed"], c["passed"], failed, c["notExecuted"], skipped
        }' "$1"
}

mapfile -t trx_files < <(find "$RESULTS_DIR" -type f -name '*.trx' 2>/dev/null | sort)

sum_passed=0
sum_failed=0
sum_skipped=0
bad_trx=0
pg_trx_count=0
pg_problem=""
for f in "${trx_files[@]}"; do
    if ! counts="$(trx_counters "$f")"; then
        log "no <Counters> in $f"
        bad_trx=1
        continue
    fi
    read -r total executed passed failed not_executed skipped <<<"$counts"
    sum_passed=$((sum_passed + passed))
    sum_failed=$((sum_failed + failed))
    sum_skipped=$((sum_skipped + skipped))
    # VSTest names TRX files <user>_<host>_<timestamp>_<tfm>.trx whatever the
    # project, so recognise the PostgreSQL project's file by its content
    # (test storage paths, or the "No test is available in ..." message).
    if grep -qi 'SiteErrorCms\.PostgresTests\.dll' "$f"; then
        pg_trx_count=$((pg_trx_count + 1))
        log "PostgresTests: total=$total executed=$executed passed=$passed failed=$failed skipped=$skipped ($(basename "$f"))"
        if (( not_executed > 0 || skipped > 0 || executed == 0 )); then
            pg_problem+="${pg_problem:+; }$(basename "$f"): total=$total executed=$executed notExecuted=$not_executed skipped=$skipped"
        fi
    fi
done

final_rc=$test_rc
if (( ${#trx_files[@]} == 0 )); then
    log "no TRX file was produced under $RESULTS_DIR (build failure?)"
    sum_passed=0 sum_failed=1 sum_skipped=0
    (( final_rc != 0 )) || final_rc=1
else
    # A test project of the solution that left no TRX did not build or its
    # test host crashed: count each one as a failure so the summary says so.
    missing_results=()
    for csproj in tests/*/*.csproj; do
        name="$(basename "$csproj" .csproj)"
        grep -qF "\"$name\"" SiteErrorCms.sln || continue
        grep -qiF "/$name.dll" "${trx_files[@]}" || missing_results+=("$name")
    done
    if (( ${#missing_results[@]} > 0 )); then
        log "no test results from: ${missing_results[*]} (build error or crashed test host? see the output above); counted as failed"
        sum_failed=$((sum_failed + ${#missing_results[@]}))
    fi
    if (( final_rc != 0 && sum_failed == 0 )); then
        log "dotnet test exited with code $final_rc although no test failed (build error or aborted run? see the output above); counted as 1 failed"
        sum_failed=1
    fi
    if (( sum_failed > 0 || bad_trx != 0 )) && (( final_rc == 0 )); then
        final_rc=1
    fi
fi

if [[ "${CI:-}" == "true" ]] && (( ${#trx_files[@]} > 0 )); then
    if (( pg_trx_count == 0 )); then
        log "CI: FAILED - no TRX file from SiteErrorCms.PostgresTests; the PostgreSQL tests did not run"
        (( final_rc != 0 )) || final_rc=1
    elif [[ -n "$pg_problem" ]]; then
        log "CI: FAILED - PostgreSQL tests were skipped or not executed (they must run in CI): $pg_problem"
        (( final_rc != 0 )) || final_rc=1
    fi
fi

# Stop PostgreSQL now (quietly) so nothing is printed after the summary.
cleanup

echo "$sum_passed passed, $sum_failed failed, $sum_skipped skipped"
exit "$final_rc"
