@echo off
rem Builds the kiosk's Windows installer, target\installer\wuzhen-kiosk-VERSION.msi, with jpackage (JDK 17), from the
rem jar ".\mvnw.cmd -B package" made. Needs the WiX Toolset 3 (candle.exe, light.exe) on the PATH:
rem   winget install WiXToolset.WiXToolset   (3.14; jpackage 17 does not use WiX 4 or later)
rem The same steps as tools/package.sh: a trimmed runtime (jlink, with jdk.zipfs for the bundled content) and a
rem launcher that keeps settings, logs and statistics in %LOCALAPPDATA%\WuzhenKiosk.
setlocal
cd /d "%~dp0.."
rem keep VERSION in step with <version> in pom.xml
set VERSION=0.1.0
if not exist target\wuzhen-kiosk.jar (
  echo package.cmd: target\wuzhen-kiosk.jar is missing: run mvnw.cmd -B package first
  exit /b 1
)
if exist target\installer rmdir /s /q target\installer
mkdir target\installer\input
copy target\wuzhen-kiosk.jar target\installer\input\ >nul
jlink --add-modules java.base,java.desktop,java.logging,java.sql,jdk.jfr,jdk.unsupported,jdk.zipfs,jdk.localedata ^
  --include-locales=en,zh --strip-debug --no-man-pages --no-header-files --compress=2 ^
  --output target\installer\runtime || exit /b 1
rem the runtime's own class archive of the JDK's classes (a stock JDK ships one, jlink leaves it out); none of the
rem kiosk's own classes: Java 17 ties that to the jar's exact path, and the .msi runs no step at install time
target\installer\runtime\bin\java -Xshare:dump >nul || exit /b 1
jpackage --type msi --name wuzhen-kiosk --app-version %VERSION% --vendor "Wuzhen Kiosk" ^
  --description "Offline touchscreen exhibition kiosk: timeline, cases and world map" ^
  --input target\installer\input --main-jar wuzhen-kiosk.jar --main-class org.wuzhenkiosk.cli.Main ^
  --runtime-image target\installer\runtime --dest target\installer ^
  --java-options "-Dwuzhen.kiosk.installed=true -Xmx512m -XX:+ExitOnOutOfMemoryError" ^
  --win-menu --win-menu-group "Wuzhen Kiosk" --win-shortcut --win-upgrade-uuid 8f6c1b52-3c1e-4d8a-9a57-1f2e6b7c9d31 ^
  || exit /b 1
dir target\installer
