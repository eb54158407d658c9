#!/bin/bash
# Installs the Docker Compose v2 CLI plugin ("docker compose") from Debian packages, as root.
#
# Debian 12 (bookworm) has no Compose v2 package: its "docker-compose" is the old Python
# Compose 1.29.2, a separate "docker-compose" command and not the "docker compose" plugin.
# Debian 13 (trixie) ships Compose v2 in the package "docker-compose" (2.26.x), which installs
# /usr/libexec/docker/cli-plugins/docker-compose and needs nothing but libc6 (>= 2.34), so it
# installs cleanly on bookworm. This script fetches that one .deb with a private apt state
# under a temporary folder (the machine's apt sources are left as they are) and installs it
# with apt-get.
#
# Where a Compose v2 package is available from the configured sources (docker-compose-plugin
# from Docker's repository, docker-compose-v2 on Ubuntu, docker-compose >= 2 on Debian 13+),
# that package is installed instead.
#
# Usage: bash docker/install-compose.sh      (then: docker compose version)
set -euo pipefail

if docker compose version >/dev/null 2>&1; then
    docker compose version
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq

candidate() {
    apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/ { print $2 }'
}

for pkg in docker-compose-plugin docker-compose-v2; do
    version="$(candidate "$pkg")"
    if [ -n "$version" ] && [ "$version" != "(none)" ]; then
        apt-get install -y -qq "$pkg"
        docker compose version
        exit 0
    fi
done

version="$(candidate docker-compose)"
case "$version" in
    2.* | [3-9].*)
        apt-get install -y -qq docker-compose
        docker compose version
        exit 0
        ;;
esac

# Debian bookworm: take docker-compose (Compose v2) from Debian trixie.
work="$(mktemp -d)"
chmod 755 "$work"
chown _apt "$work" 2>/dev/null || true  # lets apt download without its "unsandboxed" warning
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/etc/sources.list.d" "$work/lists/partial" "$work/cache/archives/partial"
# The same Debian mirror the machine already uses, only with the next release's suite.
mirror="$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)"
[ -n "$mirror" ] || mirror="$(awk '$1 == "deb" { print $2; exit }' /etc/apt/sources.list)"
cat > "$work/etc/sources.list.d/trixie.sources" <<SOURCES
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
apt_private=(
    -o "Dir::Etc::SourceList=/dev/null"
    -o "Dir::Etc::SourceParts=$work/etc/sources.list.d"
    -o "Dir::State::Lists=$work/lists"
    -o "Dir::Cache=$work/cache"
)
apt-get "${apt_private[@]}" update -qq
(cd "$work" && apt-get "${apt_private[@]}" download docker-compose)
deb="$(ls "$work"/docker-compose_*.deb)"
apt-get install -y -qq --no-install-recommends "$deb"
docker compose version
