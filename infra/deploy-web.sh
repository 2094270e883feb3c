#!/usr/bin/env bash
# Publishes the web build (web/dist) to a deployed stage: uploads it to the stage's web bucket with the caching it
# allows, then has CloudFront fetch the index pages again. Run after `cdk deploy` of the stage and `npm run build`.
# Usage: infra/deploy-web.sh [stage, default dev]        (AWS CLI v2 with the target account's credentials)
set -euo pipefail
cd "$(dirname "$0")/.."
stage=${1:-dev}
stack=bazaar-$stage
dist=web/dist

if [ ! -f "$dist/index.html" ] || [ ! -f "$dist/console/index.html" ]; then
  echo "deploy-web: $dist has no index.html and console/index.html; build it first: (cd web && npm ci && npm run build)" >&2
  exit 1
fi

output() {
  aws cloudformation describe-stacks --stack-name "$stack" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
bucket=$(output WebBucketName)
distribution=$(output WebDistributionId)
if [ -z "$bucket" ] || [ "$bucket" = None ] || [ -z "$distribution" ] || [ "$distribution" = None ]; then
  echo "deploy-web: stack $stack has no WebBucketName/WebDistributionId outputs; deploy the stack first" >&2
  exit 1
fi

echo "==> Uploading hashed assets to s3://$bucket/assets (cached for a year)"
# first, so the new index pages never name a file that is not there yet; old assets stay for pages still open
aws s3 sync "$dist/assets" "s3://$bucket/assets" --cache-control "public, max-age=31536000, immutable" --only-show-errors

echo "==> Uploading the rest to s3://$bucket (revalidated on every use), removing files no longer built"
aws s3 sync "$dist" "s3://$bucket" --exclude "assets/*" --cache-control "no-cache" --delete --only-show-errors

echo "==> Invalidating the index pages on CloudFront ($distribution)"
# page paths are rewritten to these two before the cache is consulted, so they are all there is to invalidate
aws cloudfront create-invalidation --distribution-id "$distribution" \
  --paths "/index.html" "/console/index.html" --query "Invalidation.Id" --output text

echo "==> Done: $(output WebUrl)"
