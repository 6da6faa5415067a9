using System;
using System.Collections.Generic;
using System.IO;
using Spectre.Console;
using ThreeDsContracts.Cli.Schemas;

namespace ThreeDsContracts.Cli.Infrastructure;

/// <summary>What one command run works with: its writers, stdin, the global options and the schema set.</summary>
internal sealed class CliContext
{
    /// <summary>Width of tables when the output is not a terminal (files, pipes, tests, docs).</summary>
    public const int DefaultWidth = 140;

    private readonly IReadOnlyList<string> _schemaDirectories;
    private SchemaSet? _schemas;
    private IAnsiConsole? _outConsole;
    private IAnsiConsole? _errorConsole;

    public CliContext(TextWriter output, TextWriter error, TextReader input, bool json, IReadOnlyList<string> schemaDirectories, int? width)
    {
        Out = output;
        Error = error;
        In = input;
        Json = json;
        _schemaDirectories = schemaDirectories;
        Width = width ?? DefaultWidth;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public TextReader In { get; }

    /// <summary>True with <c>--json</c>: machine-readable output.</summary>
    public bool Json { get; }

    public int Width { get; }

    /// <summary>The built-in schemas with the <c>--schemas</c> folders laid over them.</summary>
    public SchemaSet Schemas => _schemas ??= SchemaSet.Load(_schemaDirectories);

    public IReadOnlyList<string> SchemaDirectories => _schemaDirectories;

    /// <summary>A Spectre console over stdout, for tables.</summary>
    public IAnsiConsole OutConsole => _outConsole ??= CreateConsole(Out);

    /// <summary>A Spectre console over stderr, for tables.</summary>
    public IAnsiConsole ErrorConsole => _errorConsole ??= CreateConsole(Error);

    private IAnsiConsole CreateConsole(TextWriter writer)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = Width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
