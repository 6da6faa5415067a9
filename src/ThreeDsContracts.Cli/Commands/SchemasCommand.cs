using System.CommandLine;
using System.Linq;
using Spectre.Console;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds schemas</c>: every schema id with a one-line description.</summary>
internal static class SchemasCommand
{
    public static Command Create(CliHost host)
    {
        var command = new Command("schemas", "List every schema id (its path under schemas/ without .schema.json) with a one-line description.");
        command.SetAction(parse => host.Execute(parse, Run));
        return command;
    }

    private static int Run(CliContext context)
    {
        SchemaDocument[] documents = context.Schemas.Documents.ToArray();
        if (context.Json)
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("schemas");
                foreach (SchemaDocument document in documents)
                {
                    w.WriteStartObject();
                    w.WriteString("id", document.Id);
                    w.WriteString("description", document.Description);
                    w.WriteString("origin", document.Origin);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        Table table = Render.Table("schema", "description");
        table.Columns[0].NoWrap = true;
        foreach (SchemaDocument document in documents)
        {
            Render.Row(table, document.Id + (document.Origin == "built-in" ? string.Empty : " *"), document.Description);
        }

        context.OutConsole.Write(table);
        context.Out.WriteLine(Render.Count(documents.Length, "schema", "schemas") + (documents.Any(d => d.Origin != "built-in") ? " (* from --schemas)" : string.Empty));
        return ExitCodes.Ok;
    }
}
