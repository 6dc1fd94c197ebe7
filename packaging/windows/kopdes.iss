; Inno Setup 6 script for Kopdes Desktop: a per-user install that needs no administrator rights.
;
; Build on Windows after the PyInstaller bundle (see packaging/windows/README.md):
;   python packaging\build.py --installer
; which runs   ISCC /DAppVersion=<kopdes_desktop.__version__> /DBundleDir=dist\kopdes-desktop
;
; Upgrades: the AppId below never changes, so a newer setup finds the installed copy, closes the
; running app, replaces the program folder in place and keeps the shortcuts. The mentor's data
; (%LOCALAPPDATA%\Kopdes\KopdesDesktop) is never inside the program folder, and neither this
; setup nor the uninstaller touches it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (packaging\build.py --installer does this)
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\kopdes-desktop"
#endif
#if !FileExists(AddBackslash(BundleDir) + "kopdes-desktop.exe")
  #error The bundle is missing: run packaging\build.py first (looked in BundleDir)
#endif

; Indonesian is one of Inno Setup's unofficial translations: it is not installed with the
; compiler. Put Indonesian.isl (jrsoftware.org/files/istrans) in packaging\windows\Languages\
; or in the compiler's own Languages folder.
#define LocalIsl AddBackslash(SourcePath) + "Languages\Indonesian.isl"
#define CompilerIsl AddBackslash(CompilerPath) + "Languages\Indonesian.isl"
#if FileExists(LocalIsl)
  #define IndonesianIsl LocalIsl
#elif FileExists(CompilerIsl)
  #define IndonesianIsl CompilerIsl
#else
  #error Indonesian.isl not found: see packaging\windows\README.md
#endif

#define AppName "Kopdes Desktop"
#define AppExe "kopdes-desktop.exe"

[Setup]
; The AppId identifies the installation forever; changing it would install a second copy.
AppId={{6E0B3C5A-2F4D-4B8E-9A71-3C5D8E2F1A47}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kopdes Desktop
VersionInfoVersion={#AppVersion}
; Per-user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs for a non-administrative install.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running Kopdes Desktop before replacing its files; it checkpoints its database on exit.
CloseApplications=yes
RestartApplications=no
SetupIconFile=kopdes.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputBaseFilename=kopdes-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; Indonesian first: it is the default when Windows' language matches neither.
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DemoShortcut=Kopdes Desktop (data demo)
en.DemoShortcut=Kopdes Desktop (demo data)
id.DataKept=Data Anda tidak dihapus dan tetap tersimpan di:%n%n%1%n%nMemasang Kopdes Desktop lagi akan memakainya kembali.
en.DataKept=Your data was not removed; it is still in:%n%n%1%n%nInstalling Kopdes Desktop again will use it again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the libraries wholesale, so no module of an older build is left behind.
; Only the program folder's own _internal is removed; the data folder lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autoprograms}\{cm:DemoShortcut}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the uninstaller removes only the files this setup installed.

[Code]
function DataFolder(): String;
begin
  { platformdirs' user data folder for app "KopdesDesktop" by "Kopdes" }
  Result := ExpandConstant('{localappdata}\Kopdes\KopdesDesktop');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder()) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataFolder()]), mbInformation, MB_OK);
end;
