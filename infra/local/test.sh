#!/usr/bin/env bash
# Runs every test of every module against real servers that the tests start themselves
# (PostgreSQL from the machine's binaries, moto_server or LocalStack, Chromium where pages are tested).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/local/setup.sh
./mvnw -B verify "$@"
# The web pages: client types checked against the API document the server build stored, unit tests, the build,
# then the browser tests against one local stack (PostgreSQL, the AWS emulator and the server serving web/dist).
cd web
npm ci --no-audit --no-fund --loglevel=error
npm test
