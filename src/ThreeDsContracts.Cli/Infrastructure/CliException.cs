using System;

namespace ThreeDsContracts.Cli.Infrastructure;

/// <summary>
/// A usage error or unreadable input: printed as one line on stderr, exit code 2, no stack trace.
/// Messages name files, schema ids and positions, never payload values.
/// </summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }
}

/// <summary>Exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Valid, or done.</summary>
    public const int Ok = 0;

    /// <summary>The payload or the schema is invalid; the findings were printed.</summary>
    public const int Invalid = 1;

    /// <summary>Usage error or unreadable input; a one-line message was printed.</summary>
    public const int Usage = 2;
}
