using System;
using System.CommandLine;
using System.Linq;
using ThreeDsContracts.Cli.Import;
using ThreeDsContracts.Cli.Infrastructure;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds import openapi</c>: schema files from a provider's OpenAPI document, refreshed in place with the folder's annotations kept.</summary>
internal static class ImportCommand
{
    public static Command Create(CliHost host)
    {
        var document = new Argument<string>("document") { Description = "The OpenAPI 3.0 or 3.1 document, JSON or YAML; - reads stdin." };
        var components = new Option<string[]>("--component")
        {
            Description = "A schema component (#/components/schemas/NAME) to write as a payload schema file; repeatable. The components its $refs reach become definitions of common.schema.json.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "NAME",
        };
        var into = new Option<string>("--into") { Description = "The provider folder the schema files are written to; annotations of files already there are kept.", DefaultValueFactory = _ => ".", HelpName = "DIR" };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when the document would change the schema files (for CI watching a provider's published spec)." };
        var prefix = new Option<string>("--type-prefix") { Description = "Prefix of the x-type-name of new types (default: the folder name in Pascal case, jpm-payments → JpmPayments).", HelpName = "PREFIX" };
        var openapi = new Command(
            "openapi",
            "Import schema components of an OpenAPI 3.0/3.1 document as draft-07 schema files: nullable, readOnly/writeOnly, discriminator, oneOf/allOf translated; descriptions, formats, patterns, lengths, enums kept. " +
            "Into a folder that already has the files, every x- annotation is kept on the fields that still exist; removed, changed and added fields are listed. " +
            "Exit codes: 0 written or up to date, 1 with --check when files would change, 2 bad input (nothing written).");
        openapi.Arguments.Add(document);
        openapi.Options.Add(components);
        openapi.Options.Add(into);
        openapi.Options.Add(check);
        openapi.Options.Add(prefix);
        openapi.SetAction(parse => host.Execute(parse, context => Run(context, parse.GetValue(document)!, parse.GetValue(components)!, parse.GetValue(into)!, parse.GetValue(check), parse.GetValue(prefix))));
        var command = new Command("import", "Import provider schemas from a published specification (OpenAPI).");
        command.Subcommands.Add(openapi);
        return command;
    }

    private static int Run(CliContext context, string documentArgument, string[] components, string into, bool check, string? prefix)
    {
        OpenApiSource source = OpenApiSourceReader.Read(documentArgument, context.In);
        ImportResult result = OpenApiImporter.Plan(source, components, into, prefix ?? OpenApiImporter.DefaultTypePrefix(into));
        if (!check)
        {
            SchemaFileWriter.WriteAll(into, result.Files);
        }

        if (context.Json)
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("document", source.Name);
                w.WriteString("title", source.Title);
                w.WriteString("version", source.Version);
                w.WriteString("into", into);
                w.WriteBoolean("check", check);
                w.WriteBoolean("changed", result.WouldChange);
                w.WriteStartArray("files");
                foreach (ImportedFile file in result.Files)
                {
                    w.WriteStartObject();
                    w.WriteString("file", file.Name);
                    w.WriteString("status", file.Status);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("changes");
                foreach (ImportChange change in result.Changes)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", change.Kind);
                    w.WriteString("location", change.Location);
                    w.WriteString("detail", change.Detail);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        else
        {
            context.Out.WriteLine($"{source.Title} {source.Version} ({source.Name}) -> {into}");
            foreach (ImportedFile file in result.Files)
            {
                string verb = file.Status == ImportedFile.Unchanged ? "unchanged" : check ? "would be " + file.Status : file.Status;
                context.Out.WriteLine($"  {file.Name}: {verb}");
            }

            var listed = result.Changes.Where(c => c.Kind != ImportChange.DescriptionChanged).ToList();
            int reworded = result.Changes.Count - listed.Count;
            if (listed.Count > 0)
            {
                Spectre.Console.Table table = Render.Table("change", "file#pointer / detail");
                table.ShowRowSeparators = true;
                Render.NoWrap(table, 0);
                foreach (ImportChange change in listed)
                {
                    Render.Row(table, change.Kind, change.Location + "\n" + change.Detail);
                }

                context.OutConsole.Write(table);
            }

            int dropped = result.Changes.Count(c => c.Detail.StartsWith("annotations dropped", StringComparison.Ordinal));
            context.Out.WriteLine(Render.Count(listed.Count, "change", "changes") + (reworded > 0 ? ", " + Render.Count(reworded, "description reworded", "descriptions reworded") + " (--json lists them)" : string.Empty) + (dropped > 0 ? ", " + Render.Count(dropped, "removed field or definition lost annotations", "removed fields or definitions lost annotations") : string.Empty) +
                (check ? (result.WouldChange ? "; the schemas are out of date" : "; the schemas are up to date") : string.Empty));
        }

        return check && result.WouldChange ? ExitCodes.Invalid : ExitCodes.Ok;
    }
}
