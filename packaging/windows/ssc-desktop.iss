; Inno Setup script: a Windows installer for the PyInstaller bundle.
;
; Build on Windows, after packaging\build.sh (or the PowerShell lines in packaging\README.md):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\ssc-desktop.iss
; Output: packaging\dist\ssc-desktop-setup-<version>.exe
;
; Installs per user by default (no administrator needed: a coordinator's laptop at a
; university often has no admin rights); "Install for all users" asks for elevation.
; The databases, settings and logs live in the user's folders, not here, so an uninstall
; or an upgrade never touches a reunion's data.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "SSC Desktop"
#define Bundle "..\dist\ssc-desktop"

[Setup]
AppId={{6D3A2C1E-5B8F-4C7A-9E21-53C0D1A7F4B2}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Sakura Science Club chapters
DefaultDirName={autopf}\SSC Desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=ssc-desktop-setup-{#AppVersion}
SetupIconFile=..\icons\app.ico
UninstallDisplayIcon={app}\ssc-desktop.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
ArchitecturesAllowed=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "addtopath"; Description: "Add the ssc command line to PATH"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\ssc-desktop.exe"
Name: "{group}\{#AppName} (demo reunion)"; Filename: "{app}\ssc-desktop.exe"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\ssc-desktop.exe"; Tasks: desktopicon

[Registry]
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
    Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\ssc-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Folder: string): Boolean;
var
  Current: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Current) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Current) + ';') = 0;
end;
