namespace Pipeline.LocalHost.Tests;

/// <summary>
/// Reads the tables <c>pipeline status</c> prints back into rows of cells. Spectre wraps long cells onto continuation
/// lines (a redirected console is 80 columns wide, whatever <c>COLUMNS</c> says), so each cell is the concatenation of
/// its fragments with all whitespace removed; compare with <see cref="Squash"/>ed text.
/// </summary>
internal static class ConsoleTable
{
    public static List<string[]> Rows(string output)
    {
        var rows = new List<string[]>();
        foreach (var line in output.Split('\n'))
        {
            var parts = line.Split('│');
            if (parts.Length < 3)
            {
                continue; // a border or a line outside any table
            }

            var cells = parts[1..^1].Select(Squash).ToArray();
            if (cells[0].Length > 0 || rows.Count == 0 || rows[^1].Length != cells.Length)
            {
                rows.Add(cells);
            }
            else
            {
                var previous = rows[^1];
                for (var i = 0; i < cells.Length; i++)
                {
                    previous[i] += cells[i];
                }
            }
        }

        return rows;
    }

    public static string Squash(string text) => string.Concat(text.Where(character => !char.IsWhiteSpace(character)));
}
