#!/usr/bin/env bash
# Builds the kiosk's native installer for this OS with jpackage (JDK 17), from the jar `./mvnw -B package` made:
#   Linux:  target/installer/wuzhen-kiosk/ (app-image) and target/installer/wuzhen-kiosk_VERSION-1_amd64.deb
#           (no menu entry: xdg-desktop-menu fails on a machine with no desktop, such as a cage-only kiosk)
#   macOS:  target/installer/WuzhenKiosk-VERSION.dmg
#   Windows: use tools\package.cmd (an .msi; needs the WiX Toolset 3 on the PATH)
# The app-image and the .deb also get a class archive of the kiosk's own classes (AppCDS: README, "Start-up time"):
# a headless training run lists the classes the kiosk loads until its first frame; the archive is made from that list
# for the app-image here, and for the .deb by its postinst, at the path it is installed at.
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
  --java-options "-Dwuzhen.kiosk.installed=true -Xmx512m -XX:+ExitOnOutOfMemoryError"
  --java-options "-XX:SharedArchiveFile=\$APPDIR/wuzhen-kiosk.jsa")

# the runtime's own class archive of the JDK's classes, which a stock JDK ships and jlink leaves out; it moves
# with the runtime. (An archive of the kiosk's own classes cannot travel in an installer on JDK 17: it only
# serves the exact class path it was made with, and the installed jar is elsewhere. README, "Start-up time".)
"$out/runtime/bin/java" -Xshare:dump >/dev/null

# the classes the kiosk loads until its first frame, listed by a run on the headless Monocle platform (the test
# dependency ./mvnw -B package fetched), so no display is needed; a missing list only means a slower start
monocle_version=$(sed -n '/<artifactId>openjfx-monocle</{n;s:.*<version>\(.*\)</version>.*:\1:p;}' pom.xml)
monocle=${MAVEN_REPO:-$HOME/.m2/repository}/org/testfx/openjfx-monocle/$monocle_version/openjfx-monocle-$monocle_version.jar
classlist=$out/input/wuzhen-kiosk.classlist
training=$(mktemp -d) jarpath=$PWD/$jar
if [[ -f $monocle ]] && (cd "$training" && timeout 180 "$out/runtime/bin/java" -XX:DumpLoadedClassList="$classlist" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1080-32 \
    -Dwuzhen.kiosk.firstFrame=exit -cp "$jarpath:$monocle" org.wuzhenkiosk.cli.Main --windowed --size 1920x1080 \
    >"$training/run.log" 2>&1); then
  echo "package.sh: $(grep -c . "$classlist") classes listed for the class archive"
else
  rm -f "$classlist"
  echo "package.sh: no class archive (training run failed or $monocle is missing); the kiosk will start slower" >&2
fi
rm -rf "$training"

jpackage --type app-image "${common[@]}"
image=$out/wuzhen-kiosk
[[ $os == mac ]] && image=$out/wuzhen-kiosk.app
for type in $types; do
  case $type in
    app-image) ;;
    deb) jpackage --type deb --app-image "$image" --name wuzhen-kiosk --app-version "$version" \
           --vendor "Wuzhen Kiosk" --description "Offline touchscreen exhibition kiosk: timeline, cases and world map" \
           --dest "$out" --linux-package-name wuzhen-kiosk --linux-app-category misc \
           --linux-package-deps "libgtk-3-0 | libgtk-3-0t64" --resource-dir deploy/linux/deb ;;
    dmg) jpackage --type dmg --app-image "$image" --name wuzhen-kiosk --app-version "$version" \
           --vendor "Wuzhen Kiosk" --dest "$out" --mac-package-name WuzhenKiosk ;;
    *) echo "package.sh: unknown type $type (app-image, deb or dmg)" >&2; exit 2 ;;
  esac
done

# the Linux app-image's own class archive, for the path it has now (made after the .deb, which makes its own on
# install; the .dmg has none: a Mac app can be dragged anywhere)
app=$image/lib/app
if [[ $os == linux && -f $app/wuzhen-kiosk.classlist ]]; then
  "$image"/lib/runtime/bin/java -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile="$app/wuzhen-kiosk.classlist" \
    -XX:SharedArchiveFile="$app/wuzhen-kiosk.jsa" -cp "$app/wuzhen-kiosk.jar" >/dev/null 2>&1 \
    || echo "package.sh: could not make the app-image's class archive; it starts without it" >&2
fi
ls -l "$out"
