#!/usr/bin/env bash
# The one test command: installs what the tests need and is missing, then runs every test.
#   ./test.sh [extra `dotnet test` arguments, e.g. --filter Ll2PauseTests]
# What it installs, only when missing:
#   - with apt-get (sudo when not root, after one apt-get update): the Debian packages chromium (Banana Cake Pop
#     browser test), redis-server (Redis readiness test), docker-compose (compose file check) and npm (with nodejs);
#   - `npm ci` in tests/web and src/DockingGraph.Gateway/Ide/npm when node_modules is missing or older than the lock.
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

# npm writes node_modules/.package-lock.json on every install: older than the lock means stale.
stale_npm_folders() {
  local folder
  for folder in "${npm_folders[@]}"; do
    local installed="$folder/node_modules/.package-lock.json"
    if [ ! -f "$installed" ] || [ "$folder/package-lock.json" -nt "$installed" ]; then
      echo "$folder"
    fi
  done
}

mapfile -t missing < <(missing_packages)
mapfile -t stale < <(stale_npm_folders)

if [ "${DOCKINGGRAPH_TEST_PLAN:-}" = 1 ]; then
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

for folder in "${stale[@]}"; do
  echo "test.sh: npm ci in $folder"
  (cd "$folder" && npm ci --no-audit --no-fund)
done

exec dotnet test DockingGraph.sln "$@"
