using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using ThreeDsContracts.Cli.Generation;
using ThreeDsContracts.Cli.Infrastructure;

namespace ThreeDsContracts.Cli.Commands;

/// <summary><c>threeds generate</c>: the C# the source generator produces, written out for review.</summary>
internal static class GenerateCommand
{
    public static Command Create(CliHost host)
    {
        var output = new Option<string>("--out") { Description = "Folder the generated .g.cs files are written to (created if missing).", Required = true, HelpName = "DIR" };
        var ns = new Option<string>("--namespace") { Description = "Root namespace of the generated types (the provider folder is appended).", DefaultValueFactory = _ => "ThreeDsContracts", HelpName = "namespace" };
        var visibility = new Option<string>("--visibility") { Description = "public or internal.", DefaultValueFactory = _ => "public", HelpName = "visibility" };
        visibility.AcceptOnlyFromAmong("public", "internal");
        var command = new Command(
            "generate",
            "Run the ThreeDsContracts source generator over the schemas and write the C# it produces. Without --schemas: every built-in schema (what the runtime library compiles). " +
            "With --schemas DIR: the schemas of DIR, with the built-in schemas available to their $refs, as in a consuming project.");
        command.Options.Add(output);
        command.Options.Add(ns);
        command.Options.Add(visibility);
        command.SetAction(parse => host.Execute(parse, context => Run(context, parse.GetValue(output)!, parse.GetValue(ns)!, parse.GetValue(visibility) == "public")));
        return command;
    }

    private static int Run(CliContext context, string outDirectory, string rootNamespace, bool isPublic)
    {
        GenerationResult result = CodeGenerator.Run(context.Schemas, projectSchemasOnly: context.SchemaDirectories.Count > 0, rootNamespace, isPublic);
        try
        {
            Directory.CreateDirectory(outDirectory);
            foreach (GeneratedFile file in result.Files)
            {
                File.WriteAllText(Path.Combine(outDirectory, file.HintName), file.Text, new UTF8Encoding(false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--out: cannot write to '{outDirectory}': {e.GetType().Name}");
        }

        if (context.Json)
        {
            JsonOutput.Write(context.Out, w =>
            {
                w.WriteStartObject();
                w.WriteString("out", outDirectory);
                w.WriteBoolean("valid", !result.HasErrors);
                if (result.Failure is not null)
                {
                    w.WriteString("failure", result.Failure);
                }

                w.WriteStartArray("files");
                foreach (GeneratedFile file in result.Files)
                {
                    w.WriteStartObject();
                    w.WriteString("file", file.HintName);
                    w.WriteNumber("lines", Lines(file.Text));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("diagnostics");
                foreach (GeneratorMessage message in result.Diagnostics)
                {
                    w.WriteStartObject();
                    w.WriteString("id", message.Id);
                    w.WriteString("severity", message.Severity);
                    w.WriteString("file", message.File);
                    w.WriteNumber("line", message.Line);
                    w.WriteNumber("column", message.Column);
                    w.WriteString("message", message.Message);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        else
        {
            Spectre.Console.Table table = Render.Table("file", "lines");
            foreach (GeneratedFile file in result.Files)
            {
                Render.Row(table, file.HintName, Lines(file.Text).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            context.OutConsole.Write(table);
            if (result.Diagnostics.Count > 0)
            {
                Spectre.Console.Table diagnostics = Render.Table("severity", "id", "where", "message");
                foreach (GeneratorMessage message in result.Diagnostics)
                {
                    Render.Row(diagnostics, message.Severity, message.Id, $"{message.File}({message.Line},{message.Column})", message.Message);
                }

                context.OutConsole.Write(diagnostics);
            }

            if (result.Failure is not null)
            {
                context.Error.WriteLine("threeds: " + result.Failure);
            }

            context.Out.WriteLine($"wrote {Render.Count(result.Files.Count, "file", "files")} to {outDirectory}" +
                (result.Diagnostics.Count > 0 ? "; " + Render.Count(result.Diagnostics.Count, "diagnostic", "diagnostics") : string.Empty));
        }

        return result.HasErrors ? ExitCodes.Invalid : ExitCodes.Ok;
    }

    private static int Lines(string text) => text.Count(c => c == '\n') + (text.Length > 0 && text[^1] != '\n' ? 1 : 0);
}
