#!/usr/bin/env bash
# Runs Bazaar on this machine: builds the all-in-one server, starts PostgreSQL and the AWS APIs (moto_server, or
# LocalStack when Docker answers), seeds the demo accounts and serves http://localhost:8080 until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash infra/local/setup.sh
./mvnw -B -q install -DskipTests -pl functions/server -am
exec java -jar functions/local-env/target/bazaar-local-env-0.1.0-SNAPSHOT.jar \
  functions/server/target/quarkus-app/quarkus-run.jar .local
