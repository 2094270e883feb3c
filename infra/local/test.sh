#!/usr/bin/env bash
# Runs every test of every module against real servers that the tests start themselves
# (PostgreSQL from the machine's binaries, moto_server or LocalStack, Chromium where pages are tested).
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/local/setup.sh
./mvnw -B verify "$@"
