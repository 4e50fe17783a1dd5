#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print its URL.
#
#   scripts/start-test-postgres.sh [DATA_DIR]     start; prints postgresql://postgres@127.0.0.1:PORT/ssc_test
#   scripts/start-test-postgres.sh --stop DATA_DIR  stop that server and delete DATA_DIR
#
# The server listens on 127.0.0.1 only, trusts local connections and keeps all
# its files in DATA_DIR (a new temporary folder when none is given).
# Only the URL goes to standard output; notes go to standard error. Whenever the
# server cannot be had (not root, not Debian, no package, initdb or start fails),
# it prints a note, no URL, and exits 0, so the PostgreSQL tests skip.
set -uo pipefail

note() { echo "start-test-postgres: $*" >&2; }
give_up() { note "$* -- PostgreSQL tests will be skipped"; exit 0; }

PG_USER=postgres
DB_NAME=ssc_test

as_postgres() {
    if command -v runuser >/dev/null 2>&1; then
        runuser -u "$PG_USER" -- "$@"
    else
        su -s /bin/sh "$PG_USER" -c "$(printf '%q ' "$@")"
    fi
}

pg_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
        pg_config --bindir
        return 0
    fi
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    return 1
}

if [ "${1:-}" = "--stop" ]; then
    data_dir="${2:-}"
    [ -n "$data_dir" ] || { note "usage: $0 --stop DATA_DIR"; exit 2; }
    if [ -f "$data_dir/cluster/postmaster.pid" ] && bindir="$(pg_bindir)"; then
        as_postgres "$bindir/pg_ctl" -D "$data_dir/cluster" -m immediate -w stop >/dev/null 2>&1 \
            || note "could not stop the server in $data_dir"
    fi
    case "$data_dir" in
        */ssc-test-pg.*) rm -rf -- "$data_dir" ;;
        *) note "left $data_dir in place (not made by this script)" ;;
    esac
    exit 0
fi

[ "$(id -u)" -eq 0 ] || give_up "not running as root"

if ! bindir="$(pg_bindir)"; then
    if ! command -v apt-get >/dev/null 2>&1; then
        give_up "no PostgreSQL server and no apt-get to install one"
    fi
    note "installing the postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends postgresql; } >/dev/null 2>&1 \
        || give_up "apt-get install postgresql failed"
    bindir="$(pg_bindir)" || give_up "postgresql installed but initdb not found"
fi

id "$PG_USER" >/dev/null 2>&1 || give_up "there is no '$PG_USER' user to run the server"

data_dir="${1:-}"
if [ -z "$data_dir" ]; then
    data_dir="$(mktemp -d "${TMPDIR:-/tmp}/ssc-test-pg.XXXXXX")" || give_up "cannot make a temporary folder"
fi
mkdir -p "$data_dir" && chown "$PG_USER" "$data_dir" && chmod 700 "$data_dir" \
    || give_up "cannot prepare $data_dir"

free_port() {
    python3 - <<'EOF' 2>/dev/null || echo $((40000 + RANDOM % 20000))
import socket
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    print(s.getsockname()[1])
EOF
}
port="$(free_port)"

as_postgres "$bindir/initdb" -D "$data_dir/cluster" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$data_dir/initdb.log" 2>&1 \
    || as_postgres "$bindir/initdb" -D "$data_dir/cluster" -U "$PG_USER" --auth=trust -E UTF8 --locale=C \
        >"$data_dir/initdb.log" 2>&1 \
    || give_up "initdb failed (see $data_dir/initdb.log)"

# fsync off: a test server need not survive a power cut, and it makes the suite faster.
options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data_dir -c fsync=off"
options="$options -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
as_postgres "$bindir/pg_ctl" -D "$data_dir/cluster" -l "$data_dir/server.log" -o "$options" -w -t 60 start \
    >/dev/null 2>&1 || give_up "the server did not start (see $data_dir/server.log)"

as_postgres "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$PG_USER" "$DB_NAME" >/dev/null 2>&1 \
    || { as_postgres "$bindir/pg_ctl" -D "$data_dir/cluster" -m immediate stop >/dev/null 2>&1; give_up "createdb failed"; }

note "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, files in $data_dir"
note "stop it with: $0 --stop $data_dir"
echo "postgresql://$PG_USER@127.0.0.1:$port/$DB_NAME"
