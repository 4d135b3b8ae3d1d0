; Windows installer for the packaged UMKM Desk (Inno Setup 6).
;
; Build the folder first on a Windows PC, from the checkout, then compile this script:
;     python scripts\build_app.py --out dist-app
;     iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist-app\umkm-desk scripts\windows\umkm-desk.iss
; The installer lands in dist-installer\ beside the checkout's root.
;
; The data the office typed lives outside the installation, in the user's local app-data folder
; (%LOCALAPPDATA%\Disperindagkop Kota Serang\UMKM Desk: the database, its backups, the logs) and the settings in
; %APPDATA%\Disperindagkop Kota Serang\UMKM Desk. The uninstaller removes only the files it installed into {app}:
; there is deliberately no [UninstallDelete] or [Dirs] entry for any data folder, so uninstalling (or reinstalling
; a newer version) never deletes an office's database.
;
; Not yet run: no Windows machine has built or compiled this; see the README's "Packaging" section.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist-app\umkm-desk"
#endif

[Setup]
AppId={{6F1F0B5C-2D3E-4C55-9E0B-5A1D2C3B7E19}
AppName=UMKM Desk
AppVersion={#AppVersion}
AppPublisher=Disperindagkop Kota Serang
DefaultDirName={autopf}\UMKM Desk
DefaultGroupName=UMKM Desk
DisableProgramGroupPage=yes
; Installing for the current user needs no administrator; an administrator may still choose "all users".
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist-installer
OutputBaseFilename=umkm-desk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\umkm-desk.exe
; A running UMKM Desk holds its database open: ask to close it rather than replace files under it.
CloseApplications=yes

[Languages]
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\UMKM Desk"; Filename: "{app}\umkm-desk.exe"
Name: "{group}\{cm:UninstallProgram,UMKM Desk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\UMKM Desk"; Filename: "{app}\umkm-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\umkm-desk.exe"; Description: "{cm:LaunchProgram,UMKM Desk}"; Flags: nowait postinstall skipifsilent
