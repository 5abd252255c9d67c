# Shared by start.sh and test.sh: the pinned package manager, service checks and friendly failures.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PNPM_VERSION="10.34.8"
export COREPACK_ENABLE_STRICT=0

# pnpm through npx at a pinned version: no global install, and corepack's signature check is not involved.
pnpm() { npx --yes "pnpm@${PNPM_VERSION}" "$@"; }

say() { printf '\033[1m▸ %s\033[0m\n' "$*"; }
fail() { printf '\033[31m✖ %s\033[0m\n' "$*" >&2; exit 1; }

# host and port of a URL such as postgres://user@127.0.0.1:5432/db
host_port() { node -e 'const u = new URL(process.argv[1]); console.log(u.hostname + " " + (u.port || process.argv[2]))' "$1" "$2"; }

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

# Checks that PostgreSQL and Redis answer, and says exactly how to start them when they do not.
check_services() {
  local pg redis
  read -r pg_host pg_port <<<"$(host_port "$DATABASE_URL" 5432)"
  read -r redis_host redis_port <<<"$(host_port "$REDIS_URL" 6379)"
  pg=ok; redis=ok
  port_open "$pg_host" "$pg_port" || pg=down
  port_open "$redis_host" "$redis_port" || redis=down
  if [[ $pg == ok && $redis == ok ]]; then return 0; fi
  {
    echo
    [[ $pg == down ]] && echo "PostgreSQL does not answer at $pg_host:$pg_port (DATABASE_URL)."
    [[ $redis == down ]] && echo "Redis does not answer at $redis_host:$redis_port (REDIS_URL)."
    echo
    echo "Start them, then run this command again:"
    echo "  • on a laptop with Docker:   docker compose -f infra/docker-compose.yml up -d"
    echo "  • on a machine with the Debian packages (no Docker):"
    [[ $pg == down ]] && echo "      pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start"
    [[ $redis == down ]] && echo "      redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no"
    echo
  } >&2
  exit 1
}

load_env() {
  cd "$ROOT"
  if [[ ! -f .env ]]; then
    cp .env.example .env
    say "Created .env from .env.example"
  fi
  set -a
  # shellcheck disable=SC1091
  source .env
  set +a
}
