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

    public static void Row(Table table, params string[] cells) => table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());

    public static void Findings(IAnsiConsole console, IReadOnlyCollection<Finding> findings)
    {
        Table table = Table("severity", "path", "rule", "message");
        foreach (Finding finding in findings)
        {
            Row(table, finding.SeverityText, finding.Path, finding.Rule, finding.Message);
        }

        console.Write(table);
    }

    public static string Count(int count, string singular, string plural) => count + " " + (count == 1 ? singular : plural);
}
