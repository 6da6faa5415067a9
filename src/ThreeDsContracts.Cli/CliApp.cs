using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using ThreeDsContracts.Cli.Commands;
using ThreeDsContracts.Cli.Infrastructure;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli;

/// <summary>
/// The <c>threeds</c> command line. <see cref="Run(string[], TextWriter, TextWriter, TextReader, int?)"/> is the
/// whole program with its standard streams passed in, so tests run every command in-process.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs the tool; returns the exit code (0 valid/done, 1 invalid, 2 usage error or unreadable input).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TextReader input, int? width = null)
    {
        var host = new CliHost(output, error, input, width);
        Command root = Build(host);
        ParseResult parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            string command = string.Join(" ", new[] { "threeds" }.Concat(CommandPath(parse)));
            string message = parse.Errors.Select(e => e.Message).OrderBy(m => m.StartsWith("Unrecognized", StringComparison.Ordinal) ? 0 : 1).FirstOrDefault() ?? "invalid command line";
            error.WriteLine($"{command}: {message.TrimEnd('.')}. See '{command} --help'.");
            error.Flush();
            return ExitCodes.Usage;
        }

        int code = parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        output.Flush();
        error.Flush();
        return code;
    }

    public static Command Build(CliHost host)
    {
        // A plain command named threeds (a RootCommand takes the host's name: testhost, dotnet).
        var root = new Command(
            "threeds",
            "threeds: 3-D Secure 2 payloads of Antom, the Payment Gateway, J.P. Morgan Checkout, J.P. Morgan Online Payments and ecommpay, " +
            "checked with the same schemas, brand rules and generator as the ThreeDsContracts library. " +
            "Exit codes: 0 valid or done, 1 payload or schema invalid (findings printed), 2 usage error or unreadable input.");
        root.Options.Add(new System.CommandLine.Help.HelpOption());
        root.Options.Add(new VersionOption());
        root.Options.Add(host.JsonOption);
        root.Options.Add(host.SchemasOption);
        root.Subcommands.Add(SchemasCommand.Create(host));
        root.Subcommands.Add(ValidateCommand.Create(host));
        root.Subcommands.Add(ConvertCommand.Create(host));
        root.Subcommands.Add(DecodeCommand.Create(host));
        root.Subcommands.Add(EncodeCommand.Create(host));
        root.Subcommands.Add(DiffCommand.Create(host));
        root.Subcommands.Add(GenerateCommand.Create(host));
        root.Subcommands.Add(ImportCommand.Create(host));
        return root;
    }

    private static System.Collections.Generic.IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new System.Collections.Generic.List<string>();
        for (System.CommandLine.Parsing.SymbolResult? result = parse.CommandResult; result is System.CommandLine.Parsing.CommandResult command; result = result.Parent)
        {
            if (command.Command.Name != "threeds")
            {
                names.Insert(0, command.Command.Name);
            }
        }

        return names;
    }
}

/// <summary>The streams and global options shared by every command of one run.</summary>
internal sealed class CliHost
{
    public CliHost(TextWriter output, TextWriter error, TextReader input, int? width)
    {
        Output = output;
        Error = error;
        Input = input;
        Width = width;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public TextReader Input { get; }

    public int? Width { get; }

    public Option<bool> JsonOption { get; } = new("--json")
    {
        Description = "Machine-readable JSON output instead of tables.",
        Recursive = true,
    };

    public Option<string[]> SchemasOption { get; } = new("--schemas")
    {
        Description = "A folder of *.schema.json files laid over the built-in schemas (same id overrides, new ids extend). Repeatable.",
        HelpName = "DIR",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Runs a command body: usage errors and unreadable input become one line and exit code 2.</summary>
    public int Execute(ParseResult parse, Func<CliContext, int> body)
    {
        var context = new CliContext(Output, Error, Input, parse.GetValue(JsonOption), parse.GetValue(SchemasOption) ?? Array.Empty<string>(), Width);
        try
        {
            return body(context);
        }
        catch (CliUsageException e)
        {
            Error.WriteLine("threeds: " + e.Message);
            return ExitCodes.Usage;
        }
        catch (SchemaLoadException e)
        {
            if (context.Json)
            {
                JsonOutput.Write(Output, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("schema", e.SchemaId);
                    w.WriteBoolean("valid", false);
                    w.WriteString("error", e.Message);
                    w.WriteEndObject();
                });
            }

            Error.WriteLine("threeds: " + e.Message);
            return ExitCodes.Invalid;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No message: it might quote payload text. THREEDS_DEBUG=1 shows the exception.
            Error.WriteLine($"threeds: internal error ({e.GetType().Name})" + (Environment.GetEnvironmentVariable("THREEDS_DEBUG") == "1" ? ": " + e : string.Empty));
            return ExitCodes.Usage;
        }
    }
}
