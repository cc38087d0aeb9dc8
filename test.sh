#!/usr/bin/env bash
# The one test command: installs what the tests need and is missing, then runs every test.
#   ./test.sh [extra `dotnet test` arguments, e.g. --filter Ll2PauseTests]
# What it installs, only when missing:
#   - with apt-get (sudo when not root, after one apt-get update): the Debian packages chromium (Banana Cake Pop
#     browser test), redis-server (Redis readiness test), docker-compose (compose file check) and npm (with nodejs);
#   - `npm ci` in tests/web and src/DockingGraph.Gateway/Ide/npm when node_modules is missing or does not match the
#     lock (never through a symlinked node_modules).
# Then `dotnet test DockingGraph.sln`. Nothing is skipped or hidden: a missing tool makes its tests fail.
# DOCKINGGRAPH_TEST_PLAN=1 prints what would be installed and stops (the tests of this script use it).
set -euo pipefail
cd "$(cd "${BASH_SOURCE[0]%/*}" && pwd)"

# Debian package → the program it provides.
packages=(chromium redis-server docker-compose npm)
declare -A program=([chromium]=chromium [redis-server]=redis-server [docker-compose]=docker-compose [npm]=npm)
npm_folders=(tests/web src/DockingGraph.Gateway/Ide/npm)

missing_packages() {
  local package
  for package in "${packages[@]}"; do
    command -v "${program[$package]}" >/dev/null 2>&1 || echo "$package"
  done
}

# npm writes node_modules/.package-lock.json on every install: stale when it is missing or names another version
# than package-lock.json for a package npm ci would install (without node it cannot be read: stale).
npm_tree_matches_lock() {
  command -v node >/dev/null 2>&1 && [ -f "$1/node_modules/.package-lock.json" ] && node -e '
    const fs = require("fs");
    const read = file => JSON.parse(fs.readFileSync(file, "utf8")).packages ?? {};
    const [locked, installed] = [read(process.argv[1]), read(process.argv[2])];
    const stale = Object.entries(locked).some(([path, p]) =>
      path !== "" && !p.optional && installed[path]?.version !== p.version);
    process.exit(stale ? 1 : 0);' "$1/package-lock.json" "$1/node_modules/.package-lock.json"
}

stale_npm_folders() {
  local folder
  for folder in "${npm_folders[@]}"; do
    npm_tree_matches_lock "$folder" || echo "$folder"
  done
}

mapfile -t missing < <(missing_packages)

if [ "${DOCKINGGRAPH_TEST_PLAN:-}" = 1 ]; then
  mapfile -t stale < <(stale_npm_folders)
  echo "apt-get install: ${missing[*]:-nothing}"
  echo "npm ci: ${stale[*]:-nothing}"
  exit 0
fi

if [ "${#missing[@]}" -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: missing ${missing[*]} and there is no apt-get: install them by hand; their tests will fail." >&2
  else
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
      sudo=(sudo)
    fi
    echo "test.sh: installing ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

# After apt-get: node may have just arrived.
mapfile -t stale < <(stale_npm_folders)
for folder in "${stale[@]}"; do
  if [ -L "$folder/node_modules" ]; then
    # npm ci empties node_modules first, and would empty the folder a symlink points at.
    echo "test.sh: $folder/node_modules is a symlink and does not match the lock; not running npm ci through it" >&2
    exit 1
  fi
  echo "test.sh: npm ci in $folder"
  (cd "$folder" && npm ci --no-audit --no-fund)
done

exec dotnet test DockingGraph.sln "$@"
