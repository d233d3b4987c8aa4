#!/usr/bin/env bash
# Runs every test of the workspace. This is the command README.md gives and .ci/run calls.
# The first run restores crossgen2/ILAsm/ILDAsm from NuGet and builds the C# samples into
# .cache/ (content-addressed); later runs reuse them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
command -v dotnet >/dev/null || { echo "error: the .NET SDK (dotnet) is not on PATH" >&2; exit 1; }
scripts/cargo build --workspace --all-targets --locked
scripts/cargo test --workspace --locked -- --test-threads="${R2RHOST_TEST_THREADS:-2}"
