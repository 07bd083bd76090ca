namespace Pipeline.Emulator;

/// <summary>Azurite exited before it was ready (typically a port already in use).</summary>
public sealed class AzuriteExitedException(string message) : Exception(message);
