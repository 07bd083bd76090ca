namespace Pipeline.Web;

/// <summary>Placeholder (foundation commit) so the project builds before its handlers exist.</summary>
internal static class AssemblyMarker;
