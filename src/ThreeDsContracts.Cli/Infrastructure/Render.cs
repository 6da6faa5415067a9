using System.Collections.Generic;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;
using ThreeDsContracts.Cli.Validation;

namespace ThreeDsContracts.Cli.Infrastructure;

/// <summary>Tables for people (Spectre.Console, no markup interpretation of data).</summary>
internal static class Render
{
    public static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    /// <summary>Keeps short columns (paths, ids) on one line; the last column wraps.</summary>
    public static void NoWrap(Table table, params int[] columns)
    {
        foreach (int column in columns)
        {
            table.Columns[column].NoWrap = true;
        }
    }

    public static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());

    public static void Findings(IAnsiConsole console, IReadOnlyCollection<Finding> findings)
    {
        // Paths are long: each finding is its path, then its rule and message, beside the severity.
        Table table = Table("severity", "path / rule: message");
        table.ShowRowSeparators = true;
        NoWrap(table, 0);
        foreach (Finding finding in findings)
        {
            Row(table, finding.SeverityText, finding.Path + "\n" + finding.Rule + ": " + finding.Message);
        }

        console.Write(table);
    }

    public static string Count(int count, string singular, string plural) => count + " " + (count == 1 ? singular : plural);
}
