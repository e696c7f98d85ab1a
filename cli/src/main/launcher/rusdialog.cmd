@echo off
rem Runs the rusdialog command line set up for a short run; see the shell script "rusdialog".
setlocal
set "DIR=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
set "CDS="
if exist "%DIR%rusdialog.jsa" set "CDS=-XX:SharedArchiveFile=%DIR%rusdialog.jsa -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %CDS% -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "%DIR%rusdialog.jar" %*
exit /b %ERRORLEVEL%
