using System.Security.Cryptography;
using System.Text;
using Pipeline.Publishing.Stores;

namespace Pipeline.Storage.Azure;

/// <summary>
/// Row keys of status rows: the escaped draft path, readable in the table, while it fits a key
/// (<see cref="IndexKeys.IsKeyablePath"/>); otherwise <c>hash|</c> and the path's SHA-256, so a draft whose path is too
/// long to key still gets a status row saying so. An escaped path never holds <c>|</c>, so the two forms never meet.
/// </summary>
internal static class DraftStatusKeys
{
    private const string HashPrefix = "hash|";

    public static string For(string path) =>
        IndexKeys.IsKeyablePath(path) ? IndexKeys.Escape(path) : HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)));
}
