#!/usr/bin/env bash
# Synthesizes the Bazaar stack with the real AWS CDK command line (the version pinned in infra/package.json), offline:
# no AWS credentials, no network. Writes the cloud assembly to infra/cdk.out/ and checks every template in it.
#
#   infra/synth.sh [-c key=value ...]     extra context, e.g. -c bazaar:stage=prod -c bazaar:mailFrom=no-reply@shop.example
#
# The function zips (functions/*-lambda/target/function.zip, importer/lambda/target/function.zip) are the stack's
# assets. When any is missing (no `./mvnw package` yet) the synthesis uses tiny stand-in zips under
# infra/target/synth-artifacts, as the Template tests do, and says so: the template is the same, the assets are not.
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd .. && pwd)

if [ ! -x node_modules/.bin/cdk ]; then
  echo "== npm ci (the pinned aws-cdk command line)"
  npm ci --no-audit --no-fund --loglevel=error
fi

artifacts=(functions/identity-lambda/target/function.zip functions/catalog-lambda/target/function.zip
  functions/cart-lambda/target/function.zip functions/orders-lambda/target/function.zip
  functions/reviews-lambda/target/function.zip functions/members-lambda/target/function.zip
  importer/lambda/target/function.zip)
artifacts_dir=$root
for zip in "${artifacts[@]}"; do
  if [ ! -f "$root/$zip" ]; then
    artifacts_dir=$PWD/target/synth-artifacts
    break
  fi
done
if [ "$artifacts_dir" != "$root" ]; then
  echo "== function zips missing: synthesizing with stand-ins in $artifacts_dir (./mvnw -B package -DskipTests builds the real ones)"
  for zip in "${artifacts[@]}"; do
    mkdir -p "$(dirname "$artifacts_dir/$zip")"
    [ -f "$artifacts_dir/$zip" ] || python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").writestr("README.txt", "stand-in for infra/synth.sh\n")' "$artifacts_dir/$zip"
  done
fi

# jsii's end-of-life banner for Node 20; no notices, version check or telemetry calls home (offline)
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20
export CDK_DISABLE_VERSION_CHECK=true
export CDK_DISABLE_CLI_TELEMETRY=true
rm -rf cdk.out
echo "== cdk synth"
started=$(date +%s)
node_modules/.bin/cdk synth --no-notices --no-version-reporting --quiet --ci \
  --app "$root/mvnw -B -o -q -f $PWD/pom.xml compile exec:java" \
  -c bazaar:mailFrom=no-reply@shop.example -c "bazaar:artifactsDir=$artifacts_dir" "$@"
echo "== synthesized in $(( $(date +%s) - started )) s"

# every template is JSON with resources, and names only assets the assembly holds
python3 - <<'PY'
import json, os, pathlib, sys
out = pathlib.Path("cdk.out")
manifest = json.loads((out / "manifest.json").read_text())
stacks = [a for a in manifest["artifacts"].values() if a["type"] == "aws:cloudformation:stack"]
if not stacks:
    sys.exit("no stack in cdk.out")
for stack in stacks:
    template = json.loads((out / stack["properties"]["templateFile"]).read_text())
    resources = template.get("Resources", {})
    kinds = {}
    for r in resources.values():
        kinds[r["Type"]] = kinds.get(r["Type"], 0) + 1
    print(f'{stack["properties"]["templateFile"]}: {len(resources)} resources, {len(template.get("Outputs", {}))} outputs, '
          f'{kinds.get("AWS::Lambda::Function", 0)} functions, {kinds.get("AWS::Events::Rule", 0)} rules')
    for asset_manifest in (a for a in manifest["artifacts"].values() if a["type"] == "cdk:asset-manifest"):
        assets = json.loads((out / asset_manifest["properties"]["file"]).read_text())
        for key, asset in assets.get("files", {}).items():
            path = out / asset["source"]["path"]
            if not path.exists():
                sys.exit(f"asset {key} is missing: {path}")
print("cdk.out is valid")
PY
