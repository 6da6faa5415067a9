using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace ThreeDsContracts.IdeCheck;

/// <summary>
/// Opens a consumer of the packed package in csharp-ls with analyzers enabled and checks what an IDE user sees:
/// the generated types resolve (no CS0246/CS0103), TDS1001 is reported on the object creation that lacks the
/// member, and an edit adding the member clears it while the other warning (TDS1006) stays, one line lower.
/// Usage: ThreeDsContracts.IdeCheck --feed DIR --work DIR --server-dir DIR [--budget SECONDS]
/// (--server-dir holds the tool manifest with csharp-ls: the server is started as `dotnet tool run csharp-ls` there).
/// </summary>
internal static class Program
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);

    /// <summary>A type, namespace or name that does not exist (CS0246, CS0234, CS0103), a generator that did not load or threw (CS8784, CS8785).</summary>
    private static readonly HashSet<string> UnresolvedCodes = new(StringComparer.Ordinal) { "CS0246", "CS0234", "CS0103", "CS8784", "CS8785" };

    private static async Task<int> Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("ide check: " + e.Message);
            Console.Error.WriteLine("usage: ThreeDsContracts.IdeCheck --feed DIR --work DIR --server-dir DIR [--budget SECONDS]");
            return 2;
        }

        var budget = new Budget(options.Budget);
        LanguageServerSession? session = null;
        // A CI timeout ends this process with SIGTERM: the server goes with it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => session?.Kill();
        try
        {
            ConsumerProject consumer = ConsumerProject.Write(Path.Combine(options.Work, "consumer"), options.Feed, Path.Combine(options.Work, "packages"));
            Say($"consumer of ThreeDsContracts {consumer.PackageVersion} written to {consumer.Directory}");
            await RestoreAsync(consumer, budget).ConfigureAwait(false);
            Say($"restored ({budget.Elapsed})");

            session = LanguageServerSession.Start("dotnet", ["tool", "run", "csharp-ls"], options.ServerDirectory);
            await using (session.ConfigureAwait(false))
            {
                await session.InitializeAsync(consumer.Directory, budget.Limit(TimeSpan.FromSeconds(90))).ConfigureAwait(false);
                Say($"{session.ServerInfo} initialized ({budget.Elapsed})");
                await session.OpenAsync(consumer.SourceFile, ConsumerProject.SourceText).ConfigureAwait(false);

                IReadOnlyList<LspDiagnostic> opened = await PollAsync(session, consumer, budget, TimeSpan.FromSeconds(300), "after opening", OpenedProblems).ConfigureAwait(false);
                if (session.ConfigurationRequests == 0)
                {
                    Say("note: the server never asked for the csharp settings; analyzersEnabled came from workspace/didChangeConfiguration");
                }

                Say($"{ConsumerProject.SourceName}: generated types resolve (no CS0246/CS0103, no errors); {Find(opened, "TDS1001")} and {Find(opened, "TDS1006")} ({budget.Elapsed})");

                await session.InsertAsync(consumer.SourceFile, 2, ConsumerProject.FixInsertLine, ConsumerProject.FixText).ConfigureAwait(false);
                IReadOnlyList<LspDiagnostic> edited = await PollAsync(session, consumer, budget, TimeSpan.FromSeconds(120), "after the edit that sets " + ConsumerProject.MissingMember, EditedProblems).ConfigureAwait(false);
                Say($"after the edit: TDS1001 cleared, {Find(edited, "TDS1006")} still reported ({budget.Elapsed})");
            }

            Say("passed");
            return 0;
        }
        catch (IdeCheckFailure e)
        {
            Console.Error.WriteLine("ide check FAILED: " + e.Message);
            if (session is not null)
            {
                Console.Error.WriteLine("the last lines of the language server's log:");
                Console.Error.WriteLine(session.LogTail);
            }

            return 1;
        }
    }

    /// <summary>What is missing after opening the document; empty when the IDE shows what it should.</summary>
    private static List<string> OpenedProblems(IReadOnlyList<LspDiagnostic> diagnostics)
    {
        List<string> problems = Unresolved(diagnostics);
        int line = ConsumerProject.Tds1001Line;
        if (!diagnostics.Any(d => d.Code == "TDS1001" && d.Severity == LspDiagnostic.Warning && d.Line == line && d.Message.Contains(ConsumerProject.MissingMember, StringComparison.Ordinal)))
        {
            problems.Add(Line($"no TDS1001 warning naming {ConsumerProject.MissingMember} on line {{0}} (the generator's brand rule through the analyzer)", line));
        }

        if (!diagnostics.Any(d => d.Code == "TDS1006" && d.Severity == LspDiagnostic.Warning && d.Line == ConsumerProject.Tds1006Line))
        {
            problems.Add(Line("no TDS1006 warning on line {0} (the analyzer on the package's canonical model)", ConsumerProject.Tds1006Line));
        }

        return problems;
    }

    /// <summary>What is wrong after the fix: TDS1001 must be gone, TDS1006 still there one line lower.</summary>
    private static List<string> EditedProblems(IReadOnlyList<LspDiagnostic> diagnostics)
    {
        List<string> problems = Unresolved(diagnostics);
        if (diagnostics.Any(d => d.Code == "TDS1001"))
        {
            problems.Add("TDS1001 is still reported although the edit set " + ConsumerProject.MissingMember);
        }

        int line = ConsumerProject.Tds1006Line + 1;
        if (!diagnostics.Any(d => d.Code == "TDS1006" && d.Line == line))
        {
            problems.Add(Line("no TDS1006 warning on line {0}, where the edit moved it (the server did not analyze the edited text)", line));
        }

        return problems;
    }

    /// <summary>Generated types that do not resolve, and any other error: the generator did not run in the server.</summary>
    private static List<string> Unresolved(IReadOnlyList<LspDiagnostic> diagnostics)
    {
        var problems = new List<string>();
        foreach (LspDiagnostic d in diagnostics.Where(d => UnresolvedCodes.Contains(d.Code)))
        {
            problems.Add($"a type or name does not resolve (the package or the generator's output is missing in the server): {d}");
        }

        foreach (LspDiagnostic d in diagnostics.Where(d => d.Severity == LspDiagnostic.Error && !UnresolvedCodes.Contains(d.Code)))
        {
            problems.Add($"an error: {d}");
        }

        return problems;
    }

    /// <summary>Pulls the document's diagnostics until <paramref name="problems"/> finds none, or fails naming them.</summary>
    private static async Task<IReadOnlyList<LspDiagnostic>> PollAsync(
        LanguageServerSession session,
        ConsumerProject consumer,
        Budget budget,
        TimeSpan limit,
        string when,
        Func<IReadOnlyList<LspDiagnostic>, List<string>> problems)
    {
        var stopwatch = Stopwatch.StartNew();
        TimeSpan phase = budget.Limit(limit);
        IReadOnlyList<LspDiagnostic> last = [];
        List<string> missing = ["no diagnostics report was received"];
        int pulls = 0;
        while (stopwatch.Elapsed < phase)
        {
            last = await session.PullDiagnosticsAsync(consumer.SourceFile, phase - stopwatch.Elapsed).ConfigureAwait(false);
            pulls++;
            missing = problems(last);
            if (missing.Count == 0)
            {
                return last;
            }

            await Task.Delay(PollInterval).ConfigureAwait(false);
        }

        throw new IdeCheckFailure(
            $"{ConsumerProject.SourceName} {when}, within {Seconds(phase)} s ({pulls.ToString(CultureInfo.InvariantCulture)} pulls of textDocument/diagnostic):{Environment.NewLine}"
            + string.Join(Environment.NewLine, missing.Select(m => "  - " + m)) + Environment.NewLine
            + $"the last diagnostics of {ConsumerProject.SourceName} (lines 1-based):{Environment.NewLine}{LspDiagnostic.Describe(last)}");
    }

    private static async Task RestoreAsync(ConsumerProject consumer, Budget budget)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = consumer.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("restore");
        start.ArgumentList.Add(consumer.ProjectFile);
        using Process restore = Process.Start(start) ?? throw new IdeCheckFailure("could not start dotnet restore");
        Task<string> output = restore.StandardOutput.ReadToEndAsync();
        Task<string> errors = restore.StandardError.ReadToEndAsync();
        TimeSpan limit = budget.Limit(TimeSpan.FromSeconds(240));
        Task exited = restore.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(limit)).ConfigureAwait(false) != exited)
        {
            restore.Kill(entireProcessTree: true);
            throw new IdeCheckFailure($"dotnet restore of the consumer did not finish within {Seconds(limit)} s");
        }

        if (restore.ExitCode != 0)
        {
            throw new IdeCheckFailure($"dotnet restore of the consumer failed (exit code {restore.ExitCode.ToString(CultureInfo.InvariantCulture)}):{Environment.NewLine}{await output.ConfigureAwait(false)}{await errors.ConfigureAwait(false)}");
        }
    }

    private static string Find(IReadOnlyList<LspDiagnostic> diagnostics, string code) =>
        diagnostics.First(d => d.Code == code).ToString();

    private static string Line(string format, int zeroBasedLine) =>
        string.Format(CultureInfo.InvariantCulture, format, zeroBasedLine + 1);

    private static string Seconds(TimeSpan time) => ((int)time.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static void Say(string text) => Console.WriteLine("ide check: " + text);

    /// <summary>The whole check's time budget; each wait takes its own limit or what is left, whichever is less.</summary>
    private sealed class Budget(TimeSpan total)
    {
        private readonly Stopwatch _stopwatch = Stopwatch.StartNew();

        public string Elapsed => Seconds(_stopwatch.Elapsed) + " s";

        public TimeSpan Limit(TimeSpan wanted)
        {
            TimeSpan left = total - _stopwatch.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                throw new IdeCheckFailure($"the check's budget of {Seconds(total)} s is used up");
            }

            return left < wanted ? left : wanted;
        }
    }

    private sealed record Options(string Feed, string Work, string ServerDirectory, TimeSpan Budget)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = 0; i < args.Length; i += 2)
            {
                if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"unexpected argument '{args[i]}'");
                }

                values[args[i]] = args[i + 1];
            }

            string Required(string name) => values.TryGetValue(name, out string? value) ? Path.GetFullPath(value) : throw new ArgumentException($"{name} is required");
            int budget = values.TryGetValue("--budget", out string? seconds) ? int.Parse(seconds, NumberStyles.None, CultureInfo.InvariantCulture) : 420;
            return new Options(Required("--feed"), Required("--work"), Required("--server-dir"), TimeSpan.FromSeconds(budget));
        }
    }
}
