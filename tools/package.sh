#!/usr/bin/env bash
# Builds the kiosk's native installer for this OS with jpackage (JDK 17), from the jar `./mvnw -B package` made:
#   Linux:  target/installer/wuzhen-kiosk/ (app-image) and target/installer/wuzhen-kiosk_VERSION-1_amd64.deb
#           (no menu entry: xdg-desktop-menu fails on a machine with no desktop, such as a cage-only kiosk)
#   macOS:  target/installer/WuzhenKiosk-VERSION.dmg
#   Windows: use tools\package.cmd (an .msi; needs the WiX Toolset 3 on the PATH)
# jpackage cannot build for another OS: run this on each. Each installer carries a trimmed Java runtime (jlink)
# with jdk.zipfs, which reads the bundled content from the jar, and Chinese and English locale data.
#
#   tools/package.sh [app-image|deb|dmg]     (default: app-image and deb on Linux, dmg on macOS)
#
# The installed launcher passes -Dwuzhen.kiosk.installed=true: settings, logs and statistics then go to the user's
# data folder (README, "Install it on a kiosk PC"), not next to the program.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
jar=target/wuzhen-kiosk.jar
out=$PWD/target/installer
[[ -f $jar ]] || { echo "package.sh: $jar is missing: run ./mvnw -B package first" >&2; exit 1; }
command -v jpackage >/dev/null || { echo "package.sh: jpackage not found: install a full JDK 17" >&2; exit 1; }

case "$(uname -s)" in
  Linux) os=linux; types=${1:-app-image deb} ;;
  Darwin) os=mac; types=${1:-dmg} ;;
  *) echo "package.sh: on Windows run tools\\package.cmd" >&2; exit 1 ;;
esac

rm -rf "$out" && mkdir -p "$out/input"
cp "$jar" "$out/input/"
# what the kiosk needs of the JDK (jdeps on the jar) plus jdk.zipfs (the bundled content) and locale data
modules=java.base,java.desktop,java.logging,java.sql,jdk.jfr,jdk.unsupported,jdk.zipfs,jdk.localedata
jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-man-pages --no-header-files \
  --compress=2 --output "$out/runtime"

common=(--name wuzhen-kiosk --app-version "$version" --vendor "Wuzhen Kiosk"
  --description "Offline touchscreen exhibition kiosk: timeline, cases and world map"
  --input "$out/input" --main-jar wuzhen-kiosk.jar --main-class org.wuzhenkiosk.cli.Main
  --runtime-image "$out/runtime" --dest "$out"
  --java-options "-Dwuzhen.kiosk.installed=true -XX:+ExitOnOutOfMemoryError")

# the runtime's own class archive of the JDK's classes, which a stock JDK ships and jlink leaves out; it moves
# with the runtime. (An archive of the kiosk's own classes cannot travel in an installer on JDK 17: it only
# serves the exact class path it was made with, and the installed jar is elsewhere. README, "Start-up time".)
"$out/runtime/bin/java" -Xshare:dump >/dev/null

jpackage --type app-image "${common[@]}"
image=$out/wuzhen-kiosk
[[ $os == mac ]] && image=$out/wuzhen-kiosk.app
for type in $types; do
  case $type in
    app-image) ;;
    deb) jpackage --type deb --app-image "$image" --name wuzhen-kiosk --app-version "$version" \
           --vendor "Wuzhen Kiosk" --description "Offline touchscreen exhibition kiosk: timeline, cases and world map" \
           --dest "$out" --linux-package-name wuzhen-kiosk --linux-app-category misc \
           --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" ;;
    dmg) jpackage --type dmg --app-image "$image" --name wuzhen-kiosk --app-version "$version" \
           --vendor "Wuzhen Kiosk" --dest "$out" --mac-package-name WuzhenKiosk ;;
    *) echo "package.sh: unknown type $type (app-image, deb or dmg)" >&2; exit 2 ;;
  esac
done
ls -l "$out"
