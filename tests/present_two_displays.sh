#!/usr/bin/env bash
# The present scene in a real X server with two displays, as a projector beside a laptop.
# Xvfb cannot give SDL two displays; Xorg's dummy driver can (two RandR outputs, DUMMY0 and
# DUMMY1, given a 1920x1080 mode and placed side by side). Opens a bundled lesson, checks that
# the projector window is fullscreen on the second display and the presenter view on the first,
# drives it with a clicker's keys (xdotool), saves a screenshot of each display at each point,
# and checks that Esc ends the lesson (the presenter view closes, the window returns).
#   tests/present_two_displays.sh LINEAGE_BINARY OUT_DIR
# Exit 0: passed; 1: failed; 77 (CTest's skip): Xorg or its dummy driver is not available here.
# Needs xserver-xorg-core xserver-xorg-video-dummy x11-xserver-utils x11-utils xdotool imagemagick
# (tools/setup --test installs them). Ends only the processes it started.
set -u
lineage=${1:?usage: present_two_displays.sh LINEAGE_BINARY OUT_DIR}
out=${2:?usage: present_two_displays.sh LINEAGE_BINARY OUT_DIR}
mkdir -p "$out"
W=1920 H=1080

skip() { echo "SKIP: $*" >&2; exit 77; }
fail() { echo "FAIL: $*" >&2; [ -f "$out/xorg.log" ] && tail -5 "$out/xorg.log" >&2; exit 1; }
for tool in Xorg xrandr cvt xdpyinfo xdotool import; do
  command -v $tool >/dev/null || skip "$tool is not installed (tools/setup --test installs it)"
done
[ -e /usr/lib/xorg/modules/drivers/dummy_drv.so ] || skip "Xorg's dummy driver is not installed (xserver-xorg-video-dummy)"

d=70
while [ -e /tmp/.X11-unix/X$d ] || [ -e /tmp/.X$d-lock ]; do d=$((d + 1)); done
conf="$out/xorg.conf"
printf 'Section "Device"\n Identifier "d"\n Driver "dummy"\n VideoRam 512000\nEndSection\nSection "Monitor"\n Identifier "m"\n HorizSync 5.0-1000.0\n VertRefresh 5.0-200.0\nEndSection\nSection "Screen"\n Identifier "s"\n Device "d"\n Monitor "m"\n DefaultDepth 24\n SubSection "Display"\n  Depth 24\n  Virtual %d %d\n EndSubSection\nEndSection\n' $((2 * W)) $H >"$conf"
Xorg :$d -config "$conf" -noreset -nolisten tcp -logfile "$out/xorg.log" >/dev/null 2>&1 &
xpid=$!
apid=""
trap '[ -n "$apid" ] && kill $apid 2>/dev/null; sleep 0.3; kill $xpid 2>/dev/null' EXIT
export DISPLAY=:$d
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
xdpyinfo >/dev/null 2>&1 || skip "Xorg with the dummy driver did not start here (see $out/xorg.log)"

mode=$(cvt $W $H 60 | sed -n 's/^Modeline //p' | tr -d '"')
name=$(echo "$mode" | awk '{print $1}')
xrandr --newmode $mode 2>/dev/null
xrandr --addmode DUMMY0 "$name" && xrandr --addmode DUMMY1 "$name" &&
  xrandr --output DUMMY0 --mode "$name" --pos 0x0 --primary --output DUMMY1 --mode "$name" --pos ${W}x0 ||
  fail "could not set up two displays with xrandr"
[ "$(xrandr --listactivemonitors | head -1)" = "Monitors: 2" ] || fail "xrandr does not list two monitors"

data=$(mktemp -d /tmp/lineage-two-displays.XXXXXX)
"$lineage" present mothers-before-blythe --data-dir "$data" >"$out/lineage.log" 2>&1 &
apid=$!

# The two windows, by title: "Lineage" (the projector) and "Lineage: presenter view".
find_window() {
  for _ in $(seq 50); do
    local id
    id=$(xdotool search --name "^$1\$" 2>/dev/null | head -1)
    [ -n "$id" ] && { echo "$id"; return 0; }
    sleep 0.2
  done
  return 1
}
projector=$(find_window "Lineage") || fail "no projector window (program output: $(cat "$out/lineage.log"))"
presenter=$(find_window "Lineage: presenter view") || fail "no presenter window"
sleep 1.5
presenter=$(find_window "Lineage: presenter view") || fail "the presenter window went away"
projector=$(find_window "Lineage") || fail "the projector window went away"
geometry() { xdotool getwindowgeometry --shell "$1" | tr '\n' ' '; }
pg=$(geometry "$projector") tg=$(geometry "$presenter")
echo "projector window: $pg"
echo "presenter window: $tg"
eval "$(xdotool getwindowgeometry --shell "$projector" | sed 's/^/P_/')"
eval "$(xdotool getwindowgeometry --shell "$presenter" | sed 's/^/T_/')"
[ "$P_X" = "$W" ] && [ "$P_Y" = 0 ] && [ "$P_WIDTH" = "$W" ] && [ "$P_HEIGHT" = "$H" ] ||
  fail "the projector is not fullscreen on the second display: $pg"
[ "$T_X" = 0 ] && [ "$T_Y" = 0 ] && [ "$T_WIDTH" = "$W" ] && [ "$T_HEIGHT" = "$H" ] ||
  fail "the presenter view does not fill the first display: $tg"

shot() {  # both displays, each in its own PNG
  import -window root -crop ${W}x${H}+0+0 +repage "$out/$1-presenter.png"
  import -window root -crop ${W}x${H}+${W}+0 +repage "$out/$1-projector.png"
}
key() { xdotool key --window "$projector" "$@"; sleep 0.5; }
shot 1-start
key Next; key Next                      # the family tree, then a content-noted moment: held
shot 2-holding
key Next                                # the teacher shows it
shot 3-shown
key period                              # black screen
shot 4-black
key b
key 5 Return                            # jump to step 5: think-pair-share
key Next                                # the countdown starts
sleep 1
shot 5-countdown
key 4 Return; key Next; key g           # the bathtub, held, told gently
shot 6-gentle
key 1 Return
shot 7-back-to-step-1
# The projector really changed between the points (not one frozen picture).
[ "$(compare -metric AE "$out/1-start-projector.png" "$out/4-black-projector.png" null: 2>&1)" != 0 ] ||
  fail "the black screen looks the same as the first step"
# X swaps the displays: the picture the class saw on display 2 is now on display 1.
import -window root -crop ${W}x${H}+${W}+0 +repage "$out/8-before-swap-display2.png"
key x
sleep 0.5
import -window root -crop ${W}x${H}+0+0 +repage "$out/8-swapped-display1.png"
moved=$(compare -metric AE -fuzz 5% "$out/8-before-swap-display2.png" "$out/8-swapped-display1.png" null: 2>&1)
[ "${moved%%.*}" -lt 20000 ] 2>/dev/null || fail "X did not move the projector's picture to display 1 ($moved pixels differ)"
key x
sleep 0.5
key Escape                              # ends the lesson: the presenter view closes
sleep 0.5
xdotool search --name "^Lineage: presenter view\$" >/dev/null 2>&1 && fail "the presenter view is still open after Esc"
kill -0 $apid 2>/dev/null || fail "the program exited on Esc instead of returning to its window"
shot 9-ended
echo "PASS: projector fullscreen on display 2, presenter view on display 1; screenshots in $out"
exit 0
