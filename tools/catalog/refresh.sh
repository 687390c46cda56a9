#!/usr/bin/env bash
# Regenerates compiler/catalog/aws-iam.tsv from the IAM data package pinned in
# package-lock.json (installed with `npm ci` into a temporary folder, never
# at build time). To move to newer AWS data: bump the version in package.json,
# run `npm install --package-lock-only` here, then this script, and review
# the diff of aws-iam.tsv (new actions, changed key types) before committing.
#
#   tools/catalog/refresh.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/refresh.mjs" "$work/"
(cd "$work" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
node "$work/refresh.mjs" "$here/../../compiler/catalog/aws-iam.tsv"
