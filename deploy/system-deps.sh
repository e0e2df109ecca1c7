#!/usr/bin/env bash
# Installs the Debian packages DingHire needs. Usage: deploy/system-deps.sh [runtime|test]
#   runtime: ffmpeg (media probing and decoding); espeak-ng and fonts-noto-cjk so `dinghire demo`
#            can generate its candidates' Mandarin answers and render Chinese resumes
#   test:    runtime + the browser the end-to-end tests drive, and nginx and systemd, whose own
#            checkers (`nginx -t`, `systemd-analyze verify`) validate the files in deploy/
set -euo pipefail

profile="${1:-runtime}"
packages=(ffmpeg espeak-ng fonts-noto-cjk)
if [[ "$profile" == "test" ]]; then
  packages+=(chromium chromium-driver nginx systemd)
fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "system packages: all present (${packages[*]})"
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  echo "ERROR: missing Debian packages: ${missing[*]}; run as root or install them with apt-get." >&2
  exit 1
fi

echo "system packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "system packages: installed ${missing[*]}"
