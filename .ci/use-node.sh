# Sourced by .ci/run (and usable by hand: `source .ci/use-node.sh`): puts Node of the project's line
# first on PATH. .nvmrc names the exact release; the machine's node is used when it is of that
# major line, otherwise that release is unpacked from the npm registry's node-linux-<arch> package
# into $SLUICE_NODE_CACHE (default ~/.cache/sluice-node), once.
sluice_node_version="$(tr -d ' \n\r' < "$(dirname "${BASH_SOURCE[0]}")/../.nvmrc")"
if ! [[ "$sluice_node_version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo ".nvmrc should name one Node release, like 22.23.3" >&2
  return 1 2>/dev/null || exit 1
fi
sluice_node_major="${sluice_node_version%%.*}"
if [ "$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/')" != "$sluice_node_major" ]; then
  case "$(uname -m)" in
    x86_64) sluice_node_arch=x64 ;;
    aarch64 | arm64) sluice_node_arch=arm64 ;;
    *)
      echo "no node-linux package for $(uname -m): install Node $sluice_node_version by hand" >&2
      return 1 2>/dev/null || exit 1
      ;;
  esac
  sluice_node_home="${SLUICE_NODE_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/sluice-node}/$sluice_node_version-$sluice_node_arch"
  if [ ! -x "$sluice_node_home/bin/node" ]; then
    sluice_node_tmp="$(mktemp -d)"
    # npm pack checks the tarball against the registry's integrity hash; no install script runs.
    (cd "$sluice_node_tmp" && npm pack --silent "node-linux-$sluice_node_arch@$sluice_node_version" >/dev/null)
    mkdir -p "$sluice_node_tmp/node" "$(dirname "$sluice_node_home")"
    tar -xzf "$sluice_node_tmp"/node-linux-*.tgz --strip-components=1 -C "$sluice_node_tmp/node"
    rm -rf "$sluice_node_home"
    mv "$sluice_node_tmp/node" "$sluice_node_home"
    rm -rf "$sluice_node_tmp"
  fi
  export PATH="$sluice_node_home/bin:$PATH"
  # Native addons (node-gyp) build against this node's own headers, which the package ships.
  export npm_config_nodedir="$sluice_node_home"
fi
