using System;
using System.IO;
using System.Text;

namespace ThreeDsContracts.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(false);
        Console.OutputEncoding = utf8;
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        int? width = Console.IsOutputRedirected ? null : Math.Max(80, SafeWindowWidth());
        int code = CliApp.Run(args, stdout, stderr, stdin, width);
        stdout.Flush();
        if (Environment.GetEnvironmentVariable("THREEDS_DIAGNOSTICS") == "memory")
        {
            // For the bounded-memory check: the process's peak working set (VmHWM on Linux).
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            stderr.WriteLine("peak working set: " + process.PeakWorkingSet64.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes");
        }

        return code;
    }

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
