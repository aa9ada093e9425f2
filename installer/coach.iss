; Inno Setup script for Coach on Windows (Inno Setup 6).
;
; Build the one-folder bundle first (`make installer` on Windows gives dist\coach\), then:
;   iscc /DAppVersion=1.2.3 installer\coach.iss
; The result is dist\Coach-1.2.3-setup.exe.
;
; Per-user install, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Coach. The coach's data (database, backups, photos, drafts) lives in
; %LOCALAPPDATA%\CoachApp\Coach, which this installer never touches: an upgrade replaces the
; program files only, and the database is migrated by Coach itself at first start (after a
; backup). Uninstalling removes the program and leaves the data folder in place.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; The same AppId for every version: that is what makes a new setup an upgrade in place.
AppId={{7C2E4F0B-5B7A-4E61-9C1D-3A8F2B6D9E14}
AppName=Coach
AppVerName=Coach {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Coach
DefaultDirName={localappdata}\Programs\Coach
DefaultGroupName=Coach
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Coach-{#AppVersion}-setup
SetupIconFile=..\resources\icons\coach.ico
UninstallDisplayIcon={app}\coach.exe
UninstallDisplayName=Coach {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Coach must not run while its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files a previous version shipped and this one does not (a one-folder bundle changes
; its DLLs between versions); the data folder is elsewhere and untouched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; dist\coach\ is the PyInstaller one-folder bundle: coach.exe and _internal\ (Python,
; Qt and its plugins, reportlab, resources\, the migration folders).
Source: "..\dist\coach\coach.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\dist\coach\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Coach"; Filename: "{app}\coach.exe"; Comment: "현장코칭 기록·진단·로드맵"
Name: "{autodesktop}\Coach"; Filename: "{app}\coach.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\coach.exe"; Description: "{cm:LaunchProgram,Coach}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what Coach writes beside itself; the data folder in %LOCALAPPDATA%\CoachApp stays.
Type: filesandordirs; Name: "{app}\_internal"
