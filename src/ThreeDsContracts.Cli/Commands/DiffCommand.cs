using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using ThreeDsContracts.Cli.Diff;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds diff</c>: breaking and non-breaking changes between two schema versions.</summary>
internal static class DiffCommand
{
    public static Command Create(CliHost host)
    {
        var oldSchema = new Argument<string>("old-schema") { Description = "The old version: schema id or file (its folder's other schemas serve its $refs)." };
        var newSchema = new Argument<string>("new-schema") { Description = "The new version: schema id or file." };
        var command = new Command(
            "diff",
            "Compare two versions of a schema, following $ref. Breaking: field removed, type changed, newly required, code value removed, constraint tightened, brand rule added or tightened. " +
            "Non-breaking: field added, code added, constraint relaxed, brand rule removed or relaxed, description changes. Exit 1 when there is a breaking change.");
        command.Arguments.Add(oldSchema);
        command.Arguments.Add(newSchema);
        command.SetAction(parse => host.Execute(parse, context => Run(context, parse.GetValue(oldSchema)!, parse.GetValue(newSchema)!)));
        return command;
    }

    private static int Run(CliContext context, string oldArgument, string newArgument)
    {
        SchemaTarget oldTarget = context.Schemas.Resolve(oldArgument);
        SchemaTarget newTarget = context.Schemas.Resolve(newArgument);
        IReadOnlyList<SchemaChange> changes = SchemaDiff.Compare(oldTarget, newTarget);
        int breaking = changes.Count(c => c.Breaking);
        if (context.Json)
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("old", oldArgument);
                w.WriteString("new", newArgument);
                w.WriteNumber("breaking", breaking);
                w.WriteNumber("nonBreaking", changes.Count - breaking);
                w.WriteStartArray("changes");
                foreach (SchemaChange change in changes)
                {
                    w.WriteStartObject();
                    w.WriteBoolean("breaking", change.Breaking);
                    w.WriteString("change", change.Change);
                    w.WriteString("path", change.Path);
                    w.WriteString("detail", change.Detail);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        else
        {
            context.Out.WriteLine($"{oldArgument} -> {newArgument}");
            if (changes.Count == 0)
            {
                context.Out.WriteLine("no changes");
            }
            else
            {
                Spectre.Console.Table table = Render.Table("impact", "change", "path / detail");
                table.ShowRowSeparators = true;
                Render.NoWrap(table, 0, 1);
                foreach (SchemaChange change in changes)
                {
                    Render.Row(table, change.Breaking ? "BREAKING" : "compatible", change.Change, change.Path + "\n" + change.Detail);
                }

                context.OutConsole.Write(table);
                context.Out.WriteLine(Render.Count(breaking, "breaking change", "breaking changes") + ", " + Render.Count(changes.Count - breaking, "non-breaking change", "non-breaking changes"));
            }
        }

        return breaking > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }
}
