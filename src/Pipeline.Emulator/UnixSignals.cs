using System.Runtime.InteropServices;

namespace Pipeline.Emulator;

/// <summary>SIGTERM lets Azurite flush its on-disk databases; .NET's Process.Kill only sends SIGKILL.</summary>
internal static partial class UnixSignals
{
    private const int SigTerm = 15;

    public static bool TryTerminate(int processId)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        return Kill(processId, SigTerm) == 0;
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
