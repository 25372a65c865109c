@echo off
rem Starts the installed kiosk and starts it again 5 s after any fault; Exit in the staff panel (code 0) ends it.
rem Task Scheduler runs this at sign-in (wuzhen-kiosk-task.xml); copy it, as administrator, next to the kiosk:
rem C:\Program Files\wuzhen-kiosk\run-kiosk.cmd. Settings, logs, statistics: %LOCALAPPDATA%\WuzhenKiosk\.
cd /d "%LOCALAPPDATA%"
:again
start "" /wait "C:\Program Files\wuzhen-kiosk\wuzhen-kiosk.exe"
if %ERRORLEVEL% EQU 0 goto :eof
timeout /t 5 /nobreak >nul
goto again
