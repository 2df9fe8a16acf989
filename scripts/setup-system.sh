#!/usr/bin/env bash
# Makes sure the system packages the browser tests and the demo need are here:
# Debian's Chromium (+ its Korean UI strings), Nanum fonts (Hangul in screenshots), Xvfb and
# xdotool (the real keyboard-shortcut test). Installs them when run as root; otherwise names them.
set -u
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/lib/chromium/locales/ko.pak ] || missing+=(chromium-l10n)
fc-list 2>/dev/null | grep -qi nanum || missing+=(fonts-nanum)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null || {
    echo "apt-get install failed for: ${missing[*]}" >&2
    exit 1
  }
  exit 0
fi
echo "Missing system packages: ${missing[*]}" >&2
echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
exit 1
