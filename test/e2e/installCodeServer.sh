#!/bin/sh
# Installs code-server (the real VS Code workbench and Node extension host, from npm) into a cache folder
# without downloads from anywhere but the npm registry: its install scripts fetch ripgrep and Node headers
# from GitHub and nodejs.org, so they are run by hand here with Debian's ripgrep and headers instead.
# Usage: installCodeServer.sh [DIR]. DIR defaults to the cache folder the e2e runner looks in (test/e2e/host.ts):
# ${ETCD_E2E_CACHE:-${XDG_CACHE_HOME:-~/.cache}/etcd-config-e2e}/code-server-4.100.3. A DIR with .complete is kept.
# Needs Debian's build-essential python3 pkg-config libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev ripgrep
# (.ci/run installs them).
set -eu
CS_VERSION=4.100.3   # = VS Code 1.100.3, the newest code-server whose engines field accepts Node 20
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}
DIR=${1:-${ETCD_E2E_CACHE:-$CACHE/etcd-config-e2e}/code-server-$CS_VERSION}
[ -f "$DIR/.complete" ] && exit 0

for tool in rg cc c++ make python3 pkg-config; do
	command -v "$tool" >/dev/null 2>&1 || { echo "installCodeServer: '$tool' is missing (see .ci/run for the Debian packages)" >&2; exit 1; }
done

# node-gyp must use Debian's headers in /usr/include/node; node-pty's postinstall runs npx, which must not ask.
export npm_config_nodedir=/usr npm_config_yes=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false npm_config_loglevel=error

rm -rf "$DIR"
mkdir -p "$DIR"
cd "$DIR"
echo '{"name":"etcd-config-e2e-code-server","private":true}' > package.json
npm install --save-exact --ignore-scripts "code-server@$CS_VERSION"
# code-server loads argon2 at start-up even with --auth none; its prebuilt download fails and it builds from source.
npm rebuild argon2

# What node_modules/code-server/postinstall.sh does, by hand.
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts
# @vscode/ripgrep's postinstall downloads rg unless its bin/ folder exists.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm rebuild --foreground-scripts >"$DIR/rebuild.log" 2>&1 || { tail -40 "$DIR/rebuild.log" >&2; exit 1; }
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev)

cd "$DIR"
# --version writes a default config.yaml into XDG_CONFIG_HOME: keep it in the cache.
XDG_CONFIG_HOME="$DIR/xdg/config" XDG_DATA_HOME="$DIR/xdg/data" node_modules/.bin/code-server --version
touch .complete
