#!/usr/bin/env bash
# `npm start`: install, check services, build, migrate, seed the demo once, index it, then run api + worker + web.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
load_env

say "Installing dependencies (pnpm ${PNPM_VERSION})"
pnpm install --frozen-lockfile

say "Checking PostgreSQL and Redis"
check_services

say "Building"
pnpm exec turbo run build --env-mode=loose --output-logs=errors-only

say "Migrating the database"
(cd apps/api && node dist/cli.js migrate)

say "Loading the demo dataset (once)"
(cd apps/api && node dist/cli.js seed)

say "Rebuilding the search index"
(cd apps/worker && node dist/cli.js reindex)

cat <<MSG

  Linkage Exchange is starting:
    portal       http://localhost:${PORT:-3000}
    API          http://localhost:${API_PORT:-3001}   (OpenAPI: http://localhost:${API_PORT:-3001}/api/docs)
    e-mails      ${MAIL_DIR:-var/mail}/*.eml

  Demo accounts (password: linkage-demo):
    sourcing@andes-foods.demo     lead firm, Peru — needs dried herbs and green coffee
    achats@maison-verte.demo      lead firm, France — needs organic argan oil
    coordinator@vitargan.demo     producer group (argan oil cooperatives, Morocco)
    officer@programme.demo        programme officer (broker)

  Stop with Ctrl-C.

MSG
exec npx --yes "pnpm@${PNPM_VERSION}" exec turbo run start --env-mode=loose --filter=@linkage/api --filter=@linkage/worker --filter=@linkage/web
