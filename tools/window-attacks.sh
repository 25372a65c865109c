#!/usr/bin/env bash
# Attacks the kiosk's window from outside, as another program or the window manager would, under Xvfb with the
# openbox window manager (and once without any), and says after each whether the kiosk is back in front, full
# screen and still running (README, "Kiosk mode and presenter mode").
#
#   tools/window-attacks.sh [target/wuzhen-kiosk.jar]      after ./mvnw -B package; needs xvfb openbox xdotool
#                                                            wmctrl x11-utils (apt-get install them); exit 1 on a fail
set -u
jar=${1:-target/wuzhen-kiosk.jar}
for tool in Xvfb openbox xdotool wmctrl xwininfo; do
  command -v $tool >/dev/null || { echo "window-attacks.sh: $tool is missing (apt-get install xvfb openbox xdotool wmctrl x11-utils)" >&2; exit 2; }
done
failed=0 log=$(mktemp)

# one kiosk on a fresh display, with or without a window manager, then each attack in turn
run() {
  local wm=$1; shift
  local n=77; while [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]]; do n=$((n + 1)); done
  export DISPLAY=:$n
  Xvfb :$n -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 & local xvfb=$!
  sleep 1
  local openbox=
  if [[ $wm == openbox ]]; then openbox >/dev/null 2>&1 & openbox=$!; sleep 1; fi
  java -Xmx512m -jar "$jar" --lang en >"$log" 2>&1 & kiosk=$!
  for _ in $(seq 1 90); do grep -q "first frame" "$log" && break; sleep 1; done
  sleep 2
  for attack in "$@"; do
    eval "$attack"
    sleep 4
    check "$wm: $attack"
  done
  kill $kiosk $openbox $xvfb 2>/dev/null; wait $kiosk 2>/dev/null
}

# the kiosk's shown window fills the screen (and, under a window manager, is the active one)
check() {
  local ok=no
  if kill -0 $kiosk 2>/dev/null; then
    for w in $(xdotool search --pid $kiosk 2>/dev/null); do
      if xwininfo -id $w 2>/dev/null | grep -q IsViewable \
          && xdotool getwindowgeometry $w 2>/dev/null | grep -q "Geometry: 1920x1080" \
          && { [[ $1 != openbox* ]] || [[ $(xdotool getactivewindow 2>/dev/null) == "$w" ]]; }; then
        ok=yes
      fi
    done
  fi
  if [[ $ok == yes ]]; then echo "back in front: $1"; else echo "FAILED: $1"; failed=1; fi
}

kiosk_windows='$(xdotool search --pid $kiosk)'
run openbox "xdotool key ctrl+alt+Right" "xdotool key super+d" \
  "for w in $kiosk_windows; do wmctrl -i -r \$w -t 2; done" \
  "for w in $kiosk_windows; do xdotool windowminimize \$w; done" \
  "for w in $kiosk_windows; do xdotool windowclose \$w; done"
run none "for w in $kiosk_windows; do xdotool windowsize \$w 800 600; done" \
  "for w in $kiosk_windows; do xdotool windowclose \$w; done"
grep -E "front|anew|resized|exit code" "$log" | sed 's/^/  log: /' | tail -4
rm -f "$log"
exit $failed
