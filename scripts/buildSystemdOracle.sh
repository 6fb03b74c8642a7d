#!/bin/sh
# Builds systemd's own env-file reader (../shared/systemd-oracle, read-only: it is built into out/ here) and the
# preload that runs it on many files in one go, for test/differential/systemd.test.ts. Needs gcc, binutils and
# Debian 12's libsystemd-shared (.ci/run installs them). SYSTEMD_ORACLE_DIR overrides where the oracle's sources are.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
oracle=${SYSTEMD_ORACLE_DIR:-$root/../shared/systemd-oracle}
mkdir -p "$root/out"
sh "$oracle/build.sh" "$root/out/systemd_env"
gcc -std=gnu11 -O1 -Wall -Wextra -shared -fPIC -o "$root/out/systemd_env_batch.so" "$root/test/differential/systemdBatch.c" -ldl
echo "built $root/out/systemd_env_batch.so"
